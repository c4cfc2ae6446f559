#include "ShopRows.h"
#include "TestWorkspace.h"
#include "approvals/DecisionLearning.h"
#include "approvals/Outcomes.h"
#include "core/Json.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/OutcomeMeasure.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// What happened after a decision, on shops whose figures are worked out here by hand: a price change that
// kept its revenue and one that did not, an ad set paused, a bid changed and a budget shifted, each measured
// once its days after are in and not before, and what the track record says of them. The test workspace's
// clock stands at 2026-11-20 12:00.
class TestDecisionOutcomes : public QObject
{
    Q_OBJECT

private:
    static qint64 local(const QDate& day, int hour = 10) { return QDateTime(day, QTime(hour, 0)).toMSecsSinceEpoch(); }

    // A proposal carried out at ranAt, decided by a person.
    static qint64 carriedOut(
        const QSqlDatabase& db, const QString& agent, const QString& type, const QJsonObject& params, qint64 ranAt)
    {
        return Sql::insert(db,
            u"INSERT INTO action_proposals (agent, action_type, title, parameters, approved_parameters, "
            u"executed_parameters, risk_level, status, execution_state, decided_by, decided_at, currency, ran_at, "
            u"created_at, updated_at) VALUES (?, ?, 'A decision', ?, ?, ?, 'high', 'approved', 'done', 'sanne', ?, "
            u"'EUR', ?, ?, ?)"_s,
            {agent, type, Json::compact(params), Json::compact(params), Json::compact(params), ranAt - 3'600'000, ranAt,
                ranAt - 7'200'000, ranAt});
    }

    static void ordersSyncedAt(const QSqlDatabase& db, qint64 when)
    {
        Sql::exec(db, u"DELETE FROM sync_state"_s);
        Sql::exec(db,
            u"INSERT INTO sync_state (connection_id, resource, updated_at) SELECT id, 'orders', ? FROM connections "
            u"WHERE "
            u"kind = 'woocommerce'"_s,
            {when});
    }

    // An ad set spending `spend` a day with `value` of purchases from first to last (the account's days).
    static void adSetDays(const QSqlDatabase& db, qint64 connection, const QString& remote, const QDate& first,
        const QDate& last, qint64 spend, qint64 value)
    {
        qint64 id = Sql::scalar(
            db, u"SELECT id FROM ad_sets WHERE connection_id = ? AND remote_id = ?"_s, {connection, remote})
                        .toLongLong();
        if (id == 0)
            id = Sql::insert(db,
                u"INSERT INTO ad_sets (connection_id, remote_id, name, status, updated_at) VALUES (?, ?, ?, 'ACTIVE', "
                u"0)"_s,
                {connection, remote, remote.toUpper()});
        for (QDate d = first; d <= last; d = d.addDays(1))
            Sql::exec(db,
                u"INSERT INTO ad_set_days (ad_set_id, day, spend_cents, value_cents, synced_at) VALUES (?, ?, ?, ?, "
                u"0)"_s,
                {id, d.toString(Qt::ISODate), spend, value});
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aPriceChangeIsMeasuredOnceItsDaysAfterAreIn()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs(); // 20 November
        const QDate ran(2026, 10, 10);
        qint64 kept = 0;
        qint64 fell = 0;
        {
            Transaction tx(db);
            const qint64 store = ShopRows::store(db);
            const auto sell = [&](const QString& sku, qint64 cents, qint64 when) {
                ShopRows::order(db, store, when, {{sku, cents}});
            };
            // Apron: 10 sold at €50 in the 28 days before (12 September – 9 October), 12 at €45 in the 28 after
            // (11 October – 7 November). Sales on the day itself and outside the windows do not count.
            for (int i = 0; i < 10; ++i)
                sell(u"A"_s, 5000, local(ran.addDays(-1 - i * 2)));
            for (int i = 0; i < 12; ++i)
                sell(u"A"_s, 4500, local(ran.addDays(1 + i * 2)));
            for (int i = 0; i < 5; ++i)
                sell(u"A"_s, 4500, local(ran, 9 + i));
            sell(u"A"_s, 5000, local(ran.addDays(-29)));
            sell(u"A"_s, 4500, local(ran.addDays(29)));
            // Basket: 10 at €40 before, 8 at €31 after.
            for (int i = 0; i < 10; ++i)
                sell(u"B"_s, 4000, local(ran.addDays(-3 - i)));
            for (int i = 0; i < 8; ++i)
                sell(u"B"_s, 3100, local(ran.addDays(3 + i)));
            SalesRollup::rebuild(db);
            const qint64 at = local(ran, 12);
            kept = carriedOut(db, u"Pricing"_s, u"price_change"_s,
                {{u"sku"_s, u"A"_s}, {u"new_price"_s, u"45.00"_s}, {u"currency"_s, u"EUR"_s}}, at);
            fell = carriedOut(db, u"Pricing"_s, u"price_change"_s,
                {{u"sku"_s, u"B"_s}, {u"new_price"_s, u"31.00"_s}, {u"currency"_s, u"EUR"_s}}, at);
            // A price change of something that sold neither before nor after: nothing to compare.
            carriedOut(db, u"Pricing"_s, u"price_change"_s,
                {{u"sku"_s, u"C"_s}, {u"new_price"_s, u"9.95"_s}, {u"currency"_s, u"EUR"_s}}, at);
            // The store last synced its orders on the evening of the last day after: not all in yet.
            ordersSyncedAt(db, local(ran.addDays(28), 20));
            tx.commit();
        }
        OutcomeMeasure::Pass pass = OutcomeMeasure::run(db, now);
        QCOMPARE(pass.measured, 0);
        QCOMPARE(pass.waiting, 3);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM decision_outcomes"_s), 0);

        ordersSyncedAt(db, local(ran.addDays(29), 1));
        pass = OutcomeMeasure::run(db, now);
        QCOMPARE(pass.measured, 2);
        QCOMPARE(pass.waiting, 0);

        const auto a = Outcomes::of(db, kept);
        QVERIFY(a);
        QCOMPARE(a->kind, Outcomes::Kind::Revenue);
        QCOMPARE(a->firstAfter, ran.addDays(1));
        QCOMPARE(a->days, 28);
        QCOMPARE(a->before, 50000.0);
        QCOMPARE(a->after, 54000.0);
        QCOMPARE(a->unitsBefore, 10);
        QCOMPARE(a->unitsAfter, 12);
        QVERIFY(a->held());
        QCOMPARE(*a->changePercent(), 8.0);
        const QString said = Outcomes::describe(*a);
        QVERIFY2(said.startsWith(u"Revenue kept"_s) && said.contains(u"+8 %"_s) && said.contains(u"12 units"_s),
            qPrintable(said));

        const auto b = Outcomes::of(db, fell);
        QVERIFY(b);
        QCOMPARE(b->before, 40000.0);
        QCOMPARE(b->after, 24800.0);
        QCOMPARE(b->unitsAfter, 8);
        QVERIFY(!b->held());
        QVERIFY2(Outcomes::describe(*b).startsWith(u"Revenue fell"_s) && Outcomes::describe(*b).contains(u"−38 %"_s),
            qPrintable(Outcomes::describe(*b)));

        // Measured once: another run adds nothing, and the one that sold nothing is looked at again.
        pass = OutcomeMeasure::run(db, now);
        QCOMPARE(pass.measured, 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM decision_outcomes"_s), 2);

        // The track record: 1 of 2 kept their revenue, the median change (8 − 38) / 2 = −15 %.
        const DecisionLearning::Record r = DecisionLearning::recordOf(db, u"Pricing"_s, ActionType::PriceChange);
        QCOMPARE(r.outcomes.measured, 2);
        QCOMPARE(r.outcomes.held, 1);
        QCOMPARE(r.outcomes.kind, Outcomes::Kind::Revenue);
        QCOMPARE(*r.outcomes.medianChangePercent, -15.0);
        const QString summary = Outcomes::describe(r.outcomes);
        QVERIFY2(summary == u"Afterwards: 1 of 2 measured kept their revenue (median −15 %)."_s, qPrintable(summary));
        // Another agent's outcomes are not this one's.
        QCOMPARE(DecisionLearning::recordOf(db, u"CEO"_s, ActionType::PriceChange).outcomes.measured, 0);
    }

    void adChangesAreMeasuredInTheAccountsOwnDays()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        // The account is in Auckland: 1 November 12:00 UTC is 2 November there, the day the changes ran.
        const qint64 ranAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const QDate ran(2026, 11, 2);
        qint64 pause = 0;
        qint64 bid = 0;
        qint64 shift = 0;
        qint64 connection = 0;
        {
            Transaction tx(db);
            connection = ShopRows::metaAccount(db, u"Ads"_s, u"Pacific/Auckland"_s, ran.addDays(13), now);
            // x: €100 a day for €50 of purchases, paused on the 2nd; y: €100 for €300 throughout, then €150 for
            // €300 after its bid changed. The day it ran counts on neither side.
            adSetDays(db, connection, u"x"_s, ran.addDays(-14), ran, 10000, 5000);
            adSetDays(db, connection, u"y"_s, ran.addDays(-14), ran.addDays(-1), 10000, 30000);
            adSetDays(db, connection, u"y"_s, ran, ran.addDays(14), 15000, 30000);
            const QJsonObject base{{u"connection"_s, connection}, {u"currency"_s, u"EUR"_s}};
            QJsonObject p = base;
            p.insert(u"ad_set_id"_s, u"x"_s);
            p.insert(u"change"_s, u"pause"_s);
            pause = carriedOut(db, u"Ad Rules"_s, u"ad_set_change"_s, p, ranAt);
            p = base;
            p.insert(u"ad_set_id"_s, u"y"_s);
            p.insert(u"change"_s, u"bid"_s);
            bid = carriedOut(db, u"Ad Rules"_s, u"ad_set_change"_s, p, ranAt);
            p = base;
            p.insert(u"ad_set_id"_s, u"x"_s);
            p.insert(u"change"_s, u"resume"_s);
            carriedOut(db, u"Ad Rules"_s, u"ad_set_change"_s, p, ranAt); // spent nothing before: not measured
            p = base;
            p.insert(u"from_ad_set_id"_s, u"x"_s);
            p.insert(u"to_ad_set_id"_s, u"y"_s);
            shift = carriedOut(db, u"CEO"_s, u"budget_shift"_s, p, ranAt);
            tx.commit();
        }
        // Synced through the 15th: the 16th, the last day after, is not in.
        OutcomeMeasure::Pass pass = OutcomeMeasure::run(db, now);
        QCOMPARE(pass.measured, 0);
        QCOMPARE(pass.waiting, 3);

        Sql::exec(db, u"UPDATE ad_accounts SET synced_through = ?"_s, {ran.addDays(14).toString(Qt::ISODate)});
        pass = OutcomeMeasure::run(db, now);
        QCOMPARE(pass.measured, 3);

        // The pause: the account's ROAS before (50 + 300) / (100 + 100) = 1.75; after 300 / 150 = 2.0.
        const auto paused = Outcomes::of(db, pause);
        QVERIFY(paused);
        QCOMPARE(paused->kind, Outcomes::Kind::AccountRoas);
        QCOMPARE(paused->firstAfter, ran.addDays(1));
        QCOMPARE(paused->before, 1.75);
        QCOMPARE(paused->after, 2.0);
        QVERIFY(paused->held());
        // The bid: y's own ROAS 3.0 before, 2.0 after.
        const auto changed = Outcomes::of(db, bid);
        QVERIFY(changed);
        QCOMPARE(changed->kind, Outcomes::Kind::AdSetRoas);
        QCOMPARE(changed->before, 3.0);
        QCOMPARE(changed->after, 2.0);
        QVERIFY(!changed->held());
        QVERIFY2(Outcomes::describe(*changed).contains(u"ROAS 2.00"_s), qPrintable(Outcomes::describe(*changed)));
        // The shift: x and y's purchases 14 × (50 + 300) = €4,900 before, 14 × 300 = €4,200 after.
        const auto shifted = Outcomes::of(db, shift);
        QVERIFY(shifted);
        QCOMPARE(shifted->kind, Outcomes::Kind::PairValue);
        QCOMPARE(shifted->before, 490000.0);
        QCOMPARE(shifted->after, 420000.0);
        QCOMPARE(shifted->currency, u"EUR"_s);
        QVERIFY(!shifted->held());
    }

    void theCeoMeasuresOnItsRunAndSaysSo()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QDate ran(2026, 10, 10);
        {
            Transaction tx(db);
            const qint64 store = ShopRows::store(db);
            const auto sell = [&](const QString& sku, qint64 cents, qint64 when) {
                ShopRows::order(db, store, when, {{sku, cents}});
            };
            sell(u"A"_s, 5000, local(ran.addDays(-2)));
            sell(u"A"_s, 5000, local(ran.addDays(2)));
            SalesRollup::rebuild(db);
            carriedOut(db, u"Pricing"_s, u"price_change"_s,
                {{u"sku"_s, u"A"_s}, {u"new_price"_s, u"50.00"_s}, {u"currency"_s, u"EUR"_s}}, local(ran, 12));
            ordersSyncedAt(db, now - 3'600'000);
            tx.commit();
        }
        Agent::Outcome o;
        {
            Transaction tx(db);
            o = CeoAgent().run(db, now);
            tx.commit();
        }
        QVERIFY2(o.note.contains(u"Measured what happened after 1 decision"_s), qPrintable(o.note));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM decision_outcomes"_s), 1);
    }

    void aProposalCarriedOutGetsTheMomentItRan()
    {
        // The migration gives the proposals carried out before it the moment of their audit entry.
        TestWorkspace tw(true);
        QVERIFY(tw.isValid());
        QCOMPARE(
            tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE execution_state = 'done' AND ran_at IS NULL"_s), 0);
        QVERIFY(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE execution_state = 'done'"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDecisionOutcomes)
#include "tst_decisionoutcomes.moc"
