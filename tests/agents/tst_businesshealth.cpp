#include "BusinessHealthModel.h"
#include "TestWorkspace.h"
#include "agents/AgentRuns.h"
#include "core/EventBus.h"
#include "core/Money.h"
#include "shopagents/BusinessHealth.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/DemandAgent.h"
#include "shopagents/GoalActions.h"
#include "shopagents/Goals.h"
#include "shopagents/ShopAgents.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"
#include "users/Users.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The CEO's business health on a shop whose month is worked out here by hand: revenue and its
// forecast, gross margin, the AI spend's pace, the figures it cannot work out, and the reasons it gives.
// The test workspace's clock stands at 2026-11-20 12:00 local time.
class TestBusinessHealth : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24LL * 3'600'000;

    // Noon of a day of November 2026 (or before: day <= 0 is in October).
    static qint64 at(int novemberDay, int hour = 10)
    {
        return QDateTime(QDate(2026, 11, 1).addDays(novemberDay - 1), QTime(hour, 0)).toMSecsSinceEpoch();
    }

    static void sale(const QSqlDatabase& db, qint64 connection, const QString& sku, qint64 when, int& n)
    {
        const qint64 order = Sql::insert(db,
            u"INSERT INTO orders (connection_id, source, remote_id, number, paid, currency, total_cents, "
            u"shop_currency, shop_total_cents, created_at, updated_at, synced_at) VALUES (?, 'woocommerce', ?, ?, 1, "
            u"'EUR', 5000, 'EUR', 5000, ?, ?, ?)"_s,
            {connection, QString::number(++n), QString::number(n), when, when, when});
        Sql::exec(db,
            u"INSERT INTO order_lines (order_id, sku, name, quantity, unit_price_cents, total_cents) VALUES (?, ?, ?, "
            u"1, 5000, 5000)"_s,
            {order, sku, sku});
    }

    // Product A sells one a day (€50, cost €20) from 23 October; B (€50, cost €45) one a day until 5
    // November, then none. Provider calls: $1 on 1 November, $0.50 a day from 14 to 20 November.
    static void shop(TestWorkspace& tw)
    {
        const QSqlDatabase db = tw.db();
        Transaction tx(db);
        const qint64 connection = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO products (sku, name, price_cents, cost_cents, created_at, updated_at) VALUES ('A', 'Apron', "
            u"5000, 2000, 0, 0), ('B', 'Basket', 5000, 4500, 0, 0)"_s);
        int n = 0;
        for (int d = -8; d <= 20; ++d) {
            sale(db, connection, u"A"_s, at(d), n);
            if (d <= 5)
                sale(db, connection, u"B"_s, at(d), n);
        }
        SalesRollup::rebuild(db);
        Sql::exec(db,
            u"INSERT INTO provider_calls (at, purpose, provider, cost_micros, outcome) VALUES (?, 'write:copy', "
            u"'openai', 1000000, 'ok')"_s,
            {at(1)});
        for (int d = 14; d <= 20; ++d)
            Sql::exec(db,
                u"INSERT INTO provider_calls (at, purpose, provider, cost_micros, outcome) VALUES (?, 'review:faq', "
                u"'anthropic', 500000, 'ok')"_s,
                {at(d, 9)});
        tx.commit();
    }

private slots:
    void theMonthAgainstTheGoals()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        Goals::Set goals;
        goals.monthlyRevenueCents = 300'000;
        goals.grossMarginPct = 60;
        goals.roas = 3;
        goals.aiSpendMicros = 8'000'000;
        const BusinessHealth::Report r = BusinessHealth::compute(db, goals, tw.clock().nowMs());
        QCOMPARE(r.first, QDate(2026, 11, 1));
        QCOMPARE(r.last, QDate(2026, 11, 30));
        QCOMPARE(r.lines.size(), 5);

        // Revenue: A 20 days + B 5 days this month = €1,250. Through yesterday €1,200; the last 28 days
        // (23 Oct - 19 Nov) average €75 on every weekday (A every day, B on two of each weekday's four),
        // so today and the 10 days left add 11 x €75: €2,025, short of €3,000.
        const auto revenue = r.line(u"revenue"_s);
        QVERIFY(revenue);
        QCOMPARE(revenue->value, 125'000.0);
        QCOMPARE(*revenue->forecast, 202'500.0);
        QCOMPARE(revenue->status, BusinessHealth::Status::OffTrack);
        QVERIFY2(revenue->reasons.value(0).contains(u"2,025.00"_s), qPrintable(revenue->reasons.join(u'|')));
        // B sold €700 in the 14 days before the last 14, and nothing since: named as the reason.
        QVERIFY2(revenue->reasons.value(1).startsWith(u"Basket"_s), qPrintable(revenue->reasons.join(u'|')));
        QVERIFY(revenue->reasons.value(1).contains(u"700.00"_s));

        // Gross margin: (€1,250 − 20 x €20 − 5 x €45) / €1,250 = 50 %, under 60 %; B's 10 % named first.
        const auto margin = r.line(u"gross_margin"_s);
        QCOMPARE(margin->status, BusinessHealth::Status::OffTrack);
        QVERIFY(std::abs(margin->value - 50.0) < 1e-9);
        QVERIFY2(margin->reasons.value(0).startsWith(u"Basket: 10.0 %"_s), qPrintable(margin->reasons.join(u'|')));

        // No ad account, no forecasts: it says what it needs instead of a figure.
        QCOMPARE(r.line(u"roas"_s)->status, BusinessHealth::Status::NeedsData);
        QVERIFY(r.line(u"roas"_s)->actualText.contains(u"ad account"_s));
        QCOMPARE(r.line(u"stock_cover"_s)->status, BusinessHealth::Status::NeedsData);

        // AI spend: $4.50 so far; the last 7 days' $0.50 a day for the 10.5 days left: $9.75, over $8.
        const auto ai = r.line(u"ai_spend"_s);
        QCOMPARE(ai->value, 4'500'000.0);
        QVERIFY(std::abs(*ai->forecast - 9'750'000.0) < 1.0);
        QCOMPARE(ai->status, BusinessHealth::Status::OffTrack);
        QVERIFY2(ai->reasons.value(1).startsWith(u"Reviewing: "_s + Money::format(350, u"USD"_s)),
            qPrintable(ai->reasons.join(u'|')));

        QCOMPARE(r.withGoal(), 4);
        QCOMPARE(r.onTrack(), 0);
        // Stored and read back whole.
        BusinessHealth::store(db, r);
        const auto back = BusinessHealth::stored(db);
        QVERIFY(back);
        QCOMPARE(back->lines.size(), 5);
        QCOMPARE(*back->line(u"revenue"_s)->forecast, 202'500.0);
        QCOMPARE(back->line(u"gross_margin"_s)->reasons, margin->reasons);

        // A goal within reach is on track, and a figure without a goal is only a figure.
        goals.monthlyRevenueCents = 200'000;
        goals.grossMarginPct.reset();
        const BusinessHealth::Report easier = BusinessHealth::compute(db, goals, tw.clock().nowMs());
        QCOMPARE(easier.line(u"revenue"_s)->status, BusinessHealth::Status::OnTrack);
        QVERIFY(easier.line(u"revenue"_s)->reasons.isEmpty());
        QCOMPARE(easier.line(u"gross_margin"_s)->status, BusinessHealth::Status::NoGoal);

        // Goods nobody gave a cost are not free: the margin is that of the products with a cost, and said so.
        goals.grossMarginPct = 45;
        int n = 1000;
        const qint64 connection = Sql::scalar(db, u"SELECT id FROM connections"_s).toLongLong();
        Sql::exec(db,
            u"INSERT INTO products (sku, name, price_cents, created_at, updated_at) VALUES ('C', 'Cup', 5000, 0, 0)"_s);
        for (int d = 1; d <= 2; ++d)
            sale(db, connection, u"C"_s, at(d), n);
        SalesRollup::rebuild(db);
        const BusinessHealth::Report partly = BusinessHealth::compute(db, goals, tw.clock().nowMs());
        const auto costed = partly.line(u"gross_margin"_s);
        QVERIFY(std::abs(costed->value - 50.0) < 1e-9); // A and B as before; C's €100 is not counted as profit
        QCOMPARE(costed->status, BusinessHealth::Status::OnTrack);
        QVERIFY2(costed->reasons.value(0).contains(u"make 92.6 % of the month's sales"_s),
            qPrintable(costed->reasons.join(u'|')));
        // Most of the month's sales without a cost: no margin to judge, and what it needs.
        for (int d = 3; d <= 20; ++d)
            sale(db, connection, u"C"_s, at(d), n);
        SalesRollup::rebuild(db);
        const BusinessHealth::Report mostly = BusinessHealth::compute(db, goals, tw.clock().nowMs());
        const auto unknown = mostly.line(u"gross_margin"_s);
        QCOMPARE(unknown->status, BusinessHealth::Status::NeedsData);
        QVERIFY2(unknown->actualText.contains(u"make 55.6 % of the month's sales"_s), qPrintable(unknown->actualText));
        QVERIFY2(
            unknown->reasons.value(1).contains(u"their margin is 50.0 %"_s), qPrintable(unknown->reasons.join(u'|')));

        // The orders last synced two days ago: the month's sales are not all in, and it says so.
        Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'orders', ?)"_s,
            {connection, tw.clock().nowMs() - 2 * kDay});
        const BusinessHealth::Report behind = BusinessHealth::compute(db, goals, tw.clock().nowMs());
        QCOMPARE(behind.line(u"revenue"_s)->status, BusinessHealth::Status::NeedsData);
        QVERIFY2(behind.line(u"revenue"_s)->actualText.contains(u"synced 2 day"_s),
            qPrintable(behind.line(u"revenue"_s)->actualText));
        QCOMPARE(behind.line(u"gross_margin"_s)->status, BusinessHealth::Status::NeedsData);
        QCOMPARE(behind.line(u"ai_spend"_s)->status, BusinessHealth::Status::OffTrack); // not from the orders
    }

    void stockCoverCountsTheVariantsThatRunOutFirst()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        // X sells 2 a day with 10 on hand (5 days); Y 1 a day with 100 (the horizon's 90 and more);
        // Z sells nothing: it has no cover to speak of.
        const auto forecast = [](double perDay) -> QString {
            QStringList days;
            for (int i = 0; i < 90; ++i)
                days.append(QString::number(perDay));
            return u"["_s + days.join(u',') + u"]"_s;
        };
        struct Row
        {
            QString sku;
            double perDay;
            int onHand;
        };
        for (const Row& r : {Row{u"X"_s, 2.0, 10}, Row{u"Y"_s, 1.0, 100}, Row{u"Z"_s, 0.0, 3}}) {
            Sql::exec(db,
                u"INSERT INTO demand_forecasts (sku, method, alpha, beta, gamma, history_from, history_days, adi, "
                u"rmse, "
                u"forecast, fitted_at) VALUES (?, 'holt_winters', 0.2, 0, 0.1, 0, 120, 1, 0.5, ?, 0)"_s,
                {QVariant(r.sku), QVariant(forecast(r.perDay))});
            Sql::exec(db, u"INSERT INTO stock_pool (sku, available, updated_at) VALUES (?, ?, 0)"_s,
                {QVariant(r.sku), QVariant(r.onHand)});
        }
        Goals::Set goals;
        goals.stockCoverDays = 21;
        const auto cover = BusinessHealth::compute(db, goals, tw.clock().nowMs()).line(u"stock_cover"_s);
        QCOMPARE(cover->status, BusinessHealth::Status::OffTrack);
        QCOMPARE(cover->value, 1.0);
        QVERIFY2(cover->actualText.startsWith(u"1 of 2"_s), qPrintable(cover->actualText));
        QVERIFY2(cover->reasons.value(1).startsWith(u"X: 5 day"_s), qPrintable(cover->reasons.join(u'|')));
        // Without a goal: the median cover, and nothing off track.
        const auto plain = BusinessHealth::compute(db, {}, tw.clock().nowMs()).line(u"stock_cover"_s);
        QCOMPARE(plain->status, BusinessHealth::Status::NoGoal);
        QCOMPARE(plain->value, double(DemandAgent::HorizonDays));
    }

    void theCeoStoresItAndTheModelShowsIt()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        BusinessHealthModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // not measured yet

        // An empty workspace: every figure says what it needs; nothing is invented.
        CeoAgent ceo;
        Agent::Outcome o = AgentRuns::runAndRecord(db, ceo, tw.clock().nowMs());
        QVERIFY(!o.needsData);
        QVERIFY2(o.note.contains(u"No goals"_s), qPrintable(o.note));
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, BusinessHealthModel::Status), BusinessHealthModel::StatusKeyRole).toString(),
            u"needs_data"_s);
        QCOMPARE(model.data(model.index(0, BusinessHealthModel::ThisMonth)).toString(), u"—"_s);
        QVERIFY(model.data(model.index(0, BusinessHealthModel::ThisMonth), Qt::ToolTipRole)
                    .toString()
                    .contains(u"orders"_s));

        shop(tw);
        Goals::Set goals;
        goals.monthlyRevenueCents = 100'000;
        Goals::save(db, goals);
        o = AgentRuns::runAndRecord(db, ceo, tw.clock().nowMs());
        QVERIFY2(o.note.startsWith(u"1 of 1"_s), qPrintable(o.note));
        model.reload();
        QCOMPARE(model.data(model.index(0, BusinessHealthModel::Goal)).toString(), u"Revenue"_s);
        QCOMPARE(model.data(model.index(0, BusinessHealthModel::Status), BusinessHealthModel::StatusKeyRole).toString(),
            u"on_track"_s);
        QCOMPARE(model.data(model.index(0, BusinessHealthModel::Target)).toString(), Money::format(100'000, u"EUR"_s));
        QCOMPARE(model.data(model.index(1, BusinessHealthModel::Target)).toString(), u"—"_s);
    }

    void onlyAnOwnerSetsGoalsAndTheChangeIsAudited()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        QVERIFY(AgentRuns::install(db, *ShopAgents::roster(), tw.clock().nowMs()));
        EventBus bus;
        UserSession session{Users::User{0, u"Vera"_s, Users::Role::Viewer, true}, u"test"_s};
        GoalActions actions(ChangeDoor(db, &tw.clock(), &bus, &session), nullptr);
        Goals::Set g;
        g.roas = 2.5;
        QString error;
        QVERIFY(!actions.save(g, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(actions.goals().isEmpty());

        session.setUser(Users::User{0, u"Olga"_s, Users::Role::Owner, true});
        g.grossMarginPct = 120; // out of range: refused with the reason, nothing saved
        QVERIFY(!actions.save(g, &error));
        QVERIFY2(error.contains(u"100"_s), qPrintable(error));
        QVERIFY(actions.goals().isEmpty());
        g.grossMarginPct = 45;
        bool queued = false;
        QVERIFY2(actions.save(g, &error, &queued), qPrintable(error));
        QVERIFY(queued);
        QCOMPARE(actions.goals(), g);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.goals' AND actor = 'Olga'"_s), 1);
        // The CEO is asked to measure the month against them now, and Finance Watch to judge the AI ceiling.
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND state = 'queued'"_s), 2);
        // A paused CEO is not run; the save says so rather than promise a measurement.
        Sql::exec(db, u"UPDATE agents SET paused = 1 WHERE name IN ('CEO', 'Finance Watch')"_s);
        Sql::exec(db, u"DELETE FROM jobs"_s);
        g.roas = 3;
        QVERIFY(actions.save(g, &error, &queued));
        QVERIFY(!queued);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs"_s), 0);
    }
};

QTEST_MAIN(TestBusinessHealth)
#include "tst_businesshealth.moc"
