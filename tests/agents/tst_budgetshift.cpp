#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "campaigns/BudgetShift.h"
#include "core/Money.h"
#include "publishing/Connections.h"
#include "shopagents/CeoAgent.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The CEO's budget shift: the return of the next unit of spend per ad set (measured, or taken as the
// ROAS when spend hardly varied), the brakes, the step, and the proposal whose numbers the test works
// out again from the rows it wrote.
class TestBudgetShift : public QObject
{
    Q_OBJECT

    static constexpr qint64 kHour = 3'600'000;
    static QDate last() { return QDate(2026, 11, 19); }

    // 14 days ending at last(): spend `spend` a day (times a factor that cycles through `spread`), value
    // spend × roas (or k × spend^b when b > 0), `purchases` a day.
    static RuleEngine::Object adSet(const QString& id, qint64 budget, qint64 spend, double roas, qint64 purchases,
        double spread = 0.0, double b = 0.0)
    {
        RuleEngine::Object o;
        o.id = id;
        o.name = u"Set "_s + id;
        o.budgetCents = budget;
        for (int i = 0; i < 20; ++i) {
            const QDate day = last().addDays(-19 + i);
            const double factor = 1.0 + spread * ((i % 5) - 2) / 2.0;
            const double s = static_cast<double>(spend) * factor;
            const double value = b > 0 ? roas * static_cast<double>(spend) * std::pow(factor, b) : s * roas;
            RuleEngine::Day d;
            d.day = day;
            d.spendCents = std::llround(s);
            d.valueCents = std::llround(value);
            d.purchases = purchases;
            o.days.append(d);
        }
        return o;
    }

    static double phi(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

    static qint64 nowMs() { return QDateTime(last().addDays(1), QTime(10, 0)).toMSecsSinceEpoch(); }

private slots:
    void theNextUnitsReturnIsMeasuredWhenSpendVaried()
    {
        // value = k × spend^0.5: the next unit returns half the average.
        const RuleEngine::Object o = adSet(u"a"_s, 5000, 4000, 3.0, 2, 0.4, 0.5);
        const BudgetShift::Return r = BudgetShift::returnOf(o, last().addDays(-13), last());
        QCOMPARE(r.days, 14);
        qint64 spend = 0, value = 0;
        for (const RuleEngine::Day& d : o.days)
            if (d.day >= last().addDays(-13)) {
                spend += d.spendCents;
                value += d.valueCents;
            }
        QCOMPARE(r.spendCents, spend);
        QCOMPARE(r.valueCents, value);
        QCOMPARE(r.purchases, 28);
        QVERIFY(r.measured);
        QVERIFY2(std::abs(r.elasticity - 0.5) < 0.01, qPrintable(QString::number(r.elasticity)));
        QVERIFY(r.elasticityError < 0.01);
        QVERIFY(std::abs(r.marginal - r.elasticity * double(value) / double(spend)) < 1e-9);
    }

    void flatSpendTakesTheRoas()
    {
        const BudgetShift::Return r
            = BudgetShift::returnOf(adSet(u"a"_s, 5000, 4000, 2.5, 2, 0.02), last().addDays(-13), last());
        QVERIFY(!r.measured);
        QCOMPARE(r.elasticity, 1.0);
        QCOMPARE(r.marginal, r.roas);
        QVERIFY(std::abs(r.roas - 2.5) < 0.01);
    }

    void movesTheSmallerBudgetsStepFromWorstToBest()
    {
        RuleEngine::Account a;
        a.objects = {adSet(u"low"_s, 5000, 4500, 1.0, 2), adSet(u"mid"_s, 4000, 3600, 2.0, 2),
            adSet(u"high"_s, 3000, 2800, 4.0, 2)};
        QList<BudgetShift::Return> returns;
        const auto p = BudgetShift::plan(a, last(), {}, nowMs(), &returns);
        QVERIFY(p);
        QCOMPARE(returns.size(), 3);
        QCOMPARE(p->from.id, u"low"_s);
        QCOMPARE(p->to.id, u"high"_s);
        // 20 % of the smaller budget (30.00), in whole units: 6.00.
        QCOMPARE(p->amountCents, 600);
        const double z = std::log(p->to.marginal / p->from.marginal) / std::sqrt(1.0 / 28 + 1.0 / 28);
        QVERIFY(std::abs(p->confidence - std::min(0.99, phi(z))) < 1e-12);
        QCOMPARE(p->extraValuePerDayCents(), std::llround(600 * (p->to.marginal - p->from.marginal)));
        QCOMPARE(p->first, last().addDays(-13));
        // A closer pair: the chance is the normal probability, below the cap.
        a.objects = {adSet(u"a"_s, 5000, 4500, 2.0, 2), adSet(u"b"_s, 5000, 4500, 3.0, 2)};
        const auto close = BudgetShift::plan(a, last(), {}, nowMs());
        QVERIFY(close);
        const double zc = std::log(close->to.marginal / close->from.marginal) / std::sqrt(2.0 / 28);
        QVERIFY(phi(zc) > 0.9 && phi(zc) < 0.95);
        QVERIFY(std::abs(close->confidence - phi(zc)) < 1e-12);
    }

    void brakesLeaveAdSetsOut()
    {
        const qint64 now = nowMs();
        RuleEngine::Account a;
        RuleEngine::Object learning = adSet(u"learning"_s, 5000, 4500, 0.5, 2);
        learning.learning = true;
        RuleEngine::Object edited = adSet(u"edited"_s, 5000, 4500, 0.6, 2);
        edited.lastEditMs = now - 71 * kHour;
        RuleEngine::Object paused = adSet(u"paused"_s, 5000, 4500, 0.4, 2);
        paused.active = false;
        RuleEngine::Object campaignBudget = adSet(u"cbo"_s, 0, 4500, 0.3, 2);
        RuleEngine::Object thin = adSet(u"thin"_s, 5000, 500, 0.2, 0);
        a.objects = {learning, edited, paused, campaignBudget, thin, adSet(u"busy"_s, 5000, 4500, 0.1, 2),
            adSet(u"worst"_s, 5000, 4500, 1.0, 2), adSet(u"best"_s, 4000, 3800, 3.0, 2)};
        QList<BudgetShift::Return> returns;
        const auto p = BudgetShift::plan(a, last(), {u"busy"_s}, now, &returns);
        QVERIFY(p);
        QCOMPARE(p->from.id, u"worst"_s);
        QCOMPARE(p->to.id, u"best"_s);
        QStringList skipped;
        for (const BudgetShift::Return& r : std::as_const(returns))
            if (!r.skip.isEmpty())
                skipped.append(r.id);
        QCOMPARE(skipped, (QStringList{u"learning"_s, u"edited"_s, u"paused"_s, u"cbo"_s, u"thin"_s, u"busy"_s}));
        // Edited 73 hours ago: it may take part again (and, returning least, is the one lowered).
        a.objects[1].lastEditMs = now - 73 * kHour;
        QCOMPARE(BudgetShift::plan(a, last(), {u"busy"_s}, now)->from.id, u"edited"_s);
    }

    void noShiftWithoutAClearGap()
    {
        RuleEngine::Account a;
        // A gap under 1.25×: nothing to gain worth a learning restart.
        a.objects = {adSet(u"a"_s, 5000, 4500, 2.0, 2), adSet(u"b"_s, 5000, 4500, 2.4, 2)};
        QVERIFY(!BudgetShift::plan(a, last(), {}, nowMs()));
        // A 1.3× gap on 10 purchases each: the chance it gains (72 %) is too small.
        a.objects = {adSet(u"a"_s, 5000, 4500, 2.0, 1), adSet(u"b"_s, 5000, 4500, 2.6, 1)};
        a.objects[0].days = a.objects[0].days.mid(10);
        a.objects[1].days = a.objects[1].days.mid(10);
        for (RuleEngine::Object& o : a.objects)
            for (int i = 0; i < o.days.size(); ++i)
                o.days[i].purchases = i < 10 ? 1 : 0;
        QVERIFY(!BudgetShift::plan(a, last(), {}, nowMs()));
        // A budget too small to move a whole unit from.
        a.objects = {adSet(u"a"_s, 400, 4500, 1.0, 2), adSet(u"b"_s, 5000, 4500, 3.0, 2)};
        QVERIFY(!BudgetShift::plan(a, last(), {}, nowMs()));
    }

    void theProposalsNumbersComeFromTheRows()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = nowMs();
        qint64 connection = 0;
        {
            Transaction tx(db);
            Connections::Connection c;
            c.kind = Connections::Kind::MetaAds;
            c.name = u"Ads"_s;
            c.url = u"https://graph.facebook.com"_s;
            c.account = u"123"_s;
            connection = Connections::save(db, c, now);
            Sql::exec(db,
                u"INSERT INTO ad_accounts (connection_id, name, currency, time_zone, synced_through, updated_at) "
                u"VALUES (?, 'Shop', 'EUR', 'Europe/Amsterdam', ?, 0)"_s,
                {connection, last().toString(Qt::ISODate)});
            const std::tuple<const char*, qint64, qint64, double> sets[]
                = {{"Broad", 6000, 5400, 1.1}, {"Cart", 3000, 2900, 4.2}, {"Lookalike", 5000, 4700, 2.0}};
            for (const auto& [name, budget, spend, roas] : sets) {
                const qint64 id = Sql::insert(db,
                    u"INSERT INTO ad_sets (connection_id, remote_id, name, status, daily_budget_cents, updated_at) "
                    u"VALUES (?, ?, ?, 'ACTIVE', ?, 0)"_s,
                    {connection, QString::fromLatin1(name).toLower(), QString::fromLatin1(name), budget});
                for (const RuleEngine::Day& d : adSet(QString(), budget, spend, roas, 3, 0.05).days)
                    Sql::exec(db,
                        u"INSERT INTO ad_set_days (ad_set_id, day, spend_cents, value_cents, purchases, synced_at) "
                        u"VALUES (?, ?, ?, ?, ?, 0)"_s,
                        {id, d.day.toString(Qt::ISODate), d.spendCents, d.valueCents, d.purchases});
            }
            tx.commit();
        }
        QString why;
        qint64 id = 0;
        {
            Transaction tx(db);
            id = BudgetShift::propose(db, connection, u"CEO"_s, now, &why);
            tx.commit();
        }
        QVERIFY2(id > 0, qPrintable(why));
        const auto p = ApprovalDesk::load(db, id);
        QCOMPARE(p->actionType, ActionType::BudgetShift);
        QCOMPARE(p->status, ProposalStatus::Pending); // always a person's decision
        const QJsonObject params = p->parameters;
        QCOMPARE(params.value(u"from_ad_set_id"_s).toString(), u"broad"_s);
        QCOMPARE(params.value(u"to_ad_set_id"_s).toString(), u"cart"_s);
        QCOMPARE(params.value(u"amount"_s).toString(), u"6.00"_s); // 20 % of 30.00
        QCOMPARE(params.value(u"from_budget"_s).toString(), u"60.00"_s);
        QCOMPARE(params.value(u"to_budget"_s).toString(), u"30.00"_s);

        // Worked out again from the rows: the window's sums, the ROAS, the confidence, the estimate.
        const auto sums = [&](const QString& remote) {
            QSqlQuery q = Sql::exec(db,
                u"SELECT SUM(d.spend_cents), SUM(d.value_cents), SUM(d.purchases) FROM ad_set_days d JOIN ad_sets s "
                u"ON s.id = d.ad_set_id WHERE s.remote_id = ? AND d.day BETWEEN ? AND ?"_s,
                {remote, last().addDays(-13).toString(Qt::ISODate), last().toString(Qt::ISODate)});
            q.next();
            return std::tuple{q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble()};
        };
        const auto [fs, fv, fp] = sums(u"broad"_s);
        const auto [ts, tv, tp] = sums(u"cart"_s);
        const double fromRoas = fv / fs, toRoas = tv / ts;
        QCOMPARE(params.value(u"from_marginal_roas"_s).toDouble(), fromRoas);
        QCOMPARE(params.value(u"to_marginal_roas"_s).toDouble(), toRoas);
        const double z = std::log(toRoas / fromRoas) / std::sqrt(1 / fp + 1 / tp);
        QVERIFY(std::abs(p->confidence - std::min(0.99, phi(z))) < 1e-9);
        QCOMPARE(*p->estRevenueCents, std::llround(600 * (toRoas - fromRoas)) * BudgetShift::EstimateDays);
        QVERIFY2(p->reasoning.contains(QLocale().toString(fromRoas, 'f', 2)), qPrintable(p->reasoning));
        QVERIFY(p->reasoning.contains(Money::format(std::llround(fs), u"EUR"_s)));
        QVERIFY(p->title.contains(u"Broad"_s) && p->title.contains(u"Cart"_s));
        QCOMPARE(p->alternatives.size(), 2);

        // Not twice while it waits, nor the same pair again for a window after a rejection.
        {
            Transaction tx(db);
            QCOMPARE(BudgetShift::propose(db, connection, u"CEO"_s, now + 7 * kHour, &why), 0);
            tx.commit();
        }
        const auto rejected
            = ApprovalDesk::reject(db, id, Users::signIn(db, u"Ann"_s, now), u"not now"_s, u"test"_s, now + kHour);
        QVERIFY2(rejected.ok, qPrintable(rejected.error));
        {
            Transaction tx(db);
            Sql::exec(db, u"UPDATE action_proposals SET created_at = ?, decided_at = ? WHERE id = ?"_s,
                {now - 3 * 24 * kHour, now - 3 * 24 * kHour, id});
            QCOMPARE(BudgetShift::propose(db, connection, u"CEO"_s, now, &why), 0);
            Sql::exec(db, u"UPDATE action_proposals SET created_at = ?, decided_at = ? WHERE id = ?"_s,
                {now - 15 * 24 * kHour, now - 15 * 24 * kHour, id});
            QVERIFY(BudgetShift::propose(db, connection, u"CEO"_s, now, &why) > 0);
        }
        // Figures whose last day is three days old: nothing is moved, and the CEO says why.
        {
            Transaction tx(db);
            Sql::exec(db, u"DELETE FROM action_proposals"_s);
            why.clear();
            QCOMPARE(BudgetShift::propose(db, connection, u"CEO"_s, now + 2 * 24 * kHour, &why), 0);
            QVERIFY2(why.contains(u"sync has not run"_s), qPrintable(why));
        }

        // The CEO proposes it on its run.
        {
            Transaction tx(db);
            Sql::exec(db, u"DELETE FROM action_proposals"_s);
            const Agent::Outcome o = CeoAgent().run(db, now);
            QCOMPARE(o.proposals, 1);
            QVERIFY2(o.note.contains(u"budget shift"_s), qPrintable(o.note));
        }
    }
};

QTEST_GUILESS_MAIN(TestBudgetShift)
#include "tst_budgetshift.moc"
