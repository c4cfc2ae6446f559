#include "PipelineFixture.h"
#include "agents/AgentRuns.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "core/Json.h"
#include "jobs/JobRegistry.h"
#include "shopagents/FraudAgent.h"
#include "shopagents/SegmentsAgent.h"
#include "shopagents/ShopAgents.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The agents as code: the runtime that schedules, runs and records them on the durable queue, and
// the agents' numbers, recomputed here from the rows they read.
// An agent whose run never ends on its own: it writes, then asks the database the same thing again and again.
class EndlessAgent final : public Agent
{
public:
    Spec spec() const override
    {
        Spec s;
        s.name = u"Endless"_s;
        s.cluster = u"finance"_s;
        s.role = u"Never finishes"_s;
        s.intervalMs = 3'600'000;
        s.timeLimitMs = 250;
        return s;
    }
    Outcome run(const QSqlDatabase& db, qint64) const override
    {
        Settings::setValue(db, u"test.endless"_s, u"written"_s);
        for (;;)
            Sql::scalar(db, u"SELECT COUNT(*) FROM agents"_s);
    }
};

class TestShopAgents : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24LL * 3'600'000;
    static constexpr qint64 kHour = 3'600'000;

    static qint64 store(const QSqlDatabase& db)
    {
        return Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
    }
    static void customer(const QSqlDatabase& db, qint64 connection, const QString& id, const QString& country)
    {
        Sql::exec(db,
            u"INSERT INTO customers (connection_id, remote_id, name, email, country, updated_at) VALUES (?, ?, 'x', "
            u"'x', ?, 0)"_s,
            {connection, id, country});
    }
    static qint64 order(const QSqlDatabase& db, qint64 connection, const QString& number, qint64 cents, qint64 at,
        const QString& email, const QString& customerId = {}, const QString& country = u"NL"_s,
        const QString& shipTo = {})
    {
        return Sql::insert(db,
            u"INSERT INTO orders (connection_id, source, remote_id, number, paid, currency, total_cents, "
            u"shop_currency, shop_total_cents, customer_remote_id, email, country, shipping_country, created_at, "
            u"updated_at, synced_at) VALUES (?, 'woocommerce', ?, ?, 1, 'EUR', ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {connection, number, number, cents, cents, customerId, email, country, shipTo, at, at, at});
    }

private slots:
    void fraudHoldsOnlyTheRiskyOrdersAndSaysWhy()
    {
        try {
            fraudHolds();
        } catch (const SqlError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }
    void fraudHolds()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ApprovalRules::ensureDefaults(db, 0);
        const qint64 now = tw.clock().nowMs();
        const qint64 shop = store(db);
        // 30 ordinary orders of €100 over the last 60 days, each from its own customer: median €100.
        for (int i = 0; i < 30; ++i)
            order(db, shop, u"#%1"_s.arg(1000 + i), 10'000, now - (10 + i * 2) * kDay, u"c%1@example.com"_s.arg(i));
        // A: a first order of €450 (4.5x the median) billed to DE by a customer on file in NL: 40 + 25.
        customer(db, shop, u"c-a"_s, u"NL"_s);
        const qint64 a = order(db, shop, u"#2001"_s, 45'000, now - 2 * kHour, u"a@example.com"_s, u"c-a"_s, u"DE"_s);
        // B: three orders of €50 from one address within two hours: only the third is "velocity" (35).
        order(db, shop, u"#2002"_s, 5'000, now - 5 * kHour, u"b@example.com"_s);
        order(db, shop, u"#2003"_s, 5'000, now - 4 * kHour, u"b@example.com"_s);
        const qint64 b3 = order(db, shop, u"#2004"_s, 5'000, now - 3 * kHour, u"b@example.com"_s);
        // C: a first order of €400 alone (40): not enough for a hold.
        const qint64 c = order(db, shop, u"#2005"_s, 40'000, now - kHour, u"c@example.com"_s);
        // D: the same address as one of the ordinary orders (written otherwise), a big order: not a first
        // order, no points.
        const qint64 d = order(db, shop, u"#2006"_s, 90'000, now - kHour, u"C3@Example.COM"_s);
        // E: an ordinary first order billed in NL and shipped to BE (a gift abroad): 20, no hold.
        const qint64 e = order(db, shop, u"#2007"_s, 10'000, now - kHour, u"e@example.com"_s, {}, u"NL"_s, u"BE"_s);
        // F: a first order of €400 shipped to another country than it is billed in: 40 + 20, held.
        const qint64 f = order(db, shop, u"#2008"_s, 40'000, now - kHour, u"f@example.com"_s, {}, u"NL"_s, u"GB"_s);

        const FraudAgent::Score sa = FraudAgent::score(db, a);
        QCOMPARE(sa.score, 65);
        QCOMPARE(sa.factors.size(), 2);
        QCOMPARE(sa.factors.at(0).key, u"first_order_high_value"_s);
        QVERIFY2(sa.factors.at(0).detail.contains(u"4.5"_s), qPrintable(sa.factors.at(0).detail));
        QCOMPARE(sa.factors.at(1).key, u"country_mismatch"_s);
        QCOMPARE(FraudAgent::score(db, b3).score, 35);
        QCOMPARE(FraudAgent::score(db, c).score, 40);
        QCOMPARE(FraudAgent::score(db, d).score, 0);
        const FraudAgent::Score se = FraudAgent::score(db, e);
        QCOMPARE(se.score, 20);
        QCOMPARE(se.factors.size(), 1);
        QCOMPARE(se.factors.at(0).key, u"shipping_mismatch"_s);
        QCOMPARE(se.factors.at(0).detail, u"Billed in NL and shipped to BE"_s);
        QCOMPARE(FraudAgent::score(db, f).score, 60);

        FraudAgent agent;
        const Agent::Outcome o = agent.run(db, now);
        QVERIFY(!o.needsData);
        QCOMPARE(o.proposals, 2);
        // Every order of the last three days is scored once; only A and F are proposed, and they wait for a person.
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM order_risk"_s), 8);
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {e}), 20);
        QVERIFY(tw.count(u"SELECT proposal_id FROM order_risk WHERE order_id = ?"_s, {f}) > 0);
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {a}), 65);
        // The run reads the addresses' orders in one pass: the same scores as one order at a time.
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {b3}), 35);
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {c}), 40);
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {d}), 0);
        const qint64 id = tw.count(u"SELECT proposal_id FROM order_risk WHERE order_id = ?"_s, {a});
        const auto p = ApprovalDesk::load(db, id);
        QVERIFY(p);
        QCOMPARE(p->actionType, ActionType::OrderHold);
        QCOMPARE(p->status, u"pending"_s);
        QCOMPARE(p->parameters.value(u"order"_s).toString(), u"#2001"_s);
        QCOMPARE(p->parameters.value(u"score"_s).toInt(), 65);
        QCOMPARE(p->parameters.value(u"factors"_s).toArray().size(), 2);
        QVERIFY(!p->parameters.contains(u"email"_s)); // no personal data in the proposal
        // A second run scores nothing twice and proposes nothing again.
        const Agent::Outcome again = agent.run(db, now + 15 * 60'000);
        QCOMPARE(again.proposals, 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'order_hold'"_s), 2);
    }

    void fraudReadsManyAddressesInOneScan()
    {
        // Over 500 addresses to score (a big import's first run): the orders are read in one scan and
        // matched by address, with the same scores as a few addresses give.
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ApprovalRules::ensureDefaults(db, 0);
        const qint64 now = tw.clock().nowMs();
        const qint64 shop = store(db);
        {
            Transaction tx(db);
            for (int i = 0; i < 600; ++i)
                order(
                    db, shop, u"#%1"_s.arg(5000 + i), 10'000, now - 2 * kDay + i * 60'000, u"m%1@example.com"_s.arg(i));
            tx.commit();
        }
        // Returning: an order from two weeks ago and a big one now, in other case: not a first order.
        order(db, shop, u"#9000"_s, 10'000, now - 14 * kDay, u"back@example.com"_s);
        const qint64 back = order(db, shop, u"#9001"_s, 90'000, now - kHour, u"Back@Example.com"_s);
        order(db, shop, u"#9002"_s, 5'000, now - 5 * kHour, u"v@example.com"_s);
        order(db, shop, u"#9003"_s, 5'000, now - 4 * kHour, u"v@example.com"_s);
        const qint64 third = order(db, shop, u"#9004"_s, 5'000, now - 3 * kHour, u"v@example.com"_s);
        const FraudAgent::Score alone = FraudAgent::score(db, third);
        QCOMPARE(alone.score, 35);
        FraudAgent agent;
        QVERIFY(!agent.run(db, now).needsData);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM order_risk"_s), 604);
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {third}), 35);
        // €900 among €100 orders is 9x the median: only the earlier order, found in the scan, keeps it at 0.
        QCOMPARE(tw.count(u"SELECT score FROM order_risk WHERE order_id = ?"_s, {back}), 0);
        QCOMPARE(FraudAgent::score(db, back).score, 0);
    }

    void fraudWithTooFewOrdersLeavesTheMedianOut()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const qint64 shop = store(db);
        FraudAgent agent;
        QVERIFY(agent.run(db, now).needsData); // no orders at all: it says what it needs
        for (int i = 0; i < 5; ++i)
            order(db, shop, u"#%1"_s.arg(i), 10'000, now - (i + 5) * kDay, u"c%1@example.com"_s.arg(i));
        const qint64 big = order(db, shop, u"#9"_s, 90'000, now - kHour, u"new@example.com"_s);
        QCOMPARE(FraudAgent::score(db, big).score, 0); // five orders are too few for a median
    }

    void segmentsByRecencyFrequencyAndSpend()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const qint64 shop = store(db);
        for (const QString& id : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
            customer(db, shop, id, u"NL"_s);
        SegmentsAgent agent;
        QVERIFY(agent.run(db, now).needsData);
        // A: 5 orders of €100, 90 days apart in all, the last 2 days ago.
        for (int i = 0; i < 5; ++i)
            order(db, shop, u"A%1"_s.arg(i), 10'000, now - (2 + (4 - i) * 22) * kDay, u"a@x"_s, u"A"_s);
        // B: one order of €50 yesterday. C: 3 orders of €100, 30 days apart, the last 300 days ago.
        order(db, shop, u"B0"_s, 5'000, now - kDay, u"b@x"_s, u"B"_s);
        for (int i = 0; i < 3; ++i)
            order(db, shop, u"C%1"_s.arg(i), 10'000, now - (300 + (2 - i) * 30) * kDay, u"c@x"_s, u"C"_s);
        // D: one order of €20, 400 days ago. E has no orders.
        order(db, shop, u"D0"_s, 2'000, now - 400 * kDay, u"d@x"_s, u"D"_s);
        const Agent::Outcome o = agent.run(db, now);
        QVERIFY2(!o.needsData, qPrintable(o.note));
        QCOMPARE(o.proposals, 0);
        const auto row = [&](const QString& id) {
            QSqlQuery q = Sql::exec(db,
                u"SELECT rfm, segment, churn_risk, orders_count, spent_cents FROM customers WHERE remote_id = ?"_s,
                {id});
            q.next();
            return std::tuple{
                q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3).toInt(), q.value(4).toLongLong()};
        };
        // Percent ranks of four customers are 0, 1/3, 2/3 and 1: scores 1, 2, 4 and 5 (ties alike).
        // Recency: D, C, A, B. Frequency: B = D (1 order), C, A. Spend: D, B, C (€300), A (€500).
        const auto [ra, sa, churnA, na, ma] = row(u"A"_s);
        QCOMPARE(ra, u"455"_s);
        QCOMPARE(sa, u"champions"_s);
        QCOMPARE(churnA.toDouble(), 0.0); // 2 days since, a 22-day rhythm
        QCOMPARE(na, 5);
        QCOMPARE(ma, 50'000);
        const auto [rb, sb, churnB, nb, mb] = row(u"B"_s);
        QCOMPARE(rb, u"512"_s);
        QCOMPARE(sb, u"new"_s);
        QVERIFY(churnB.isNull()); // one order: no rhythm to compare with
        Q_UNUSED(nb);
        Q_UNUSED(mb);
        const auto [rc, sc, churnC, nc, mc] = row(u"C"_s);
        QCOMPARE(rc, u"244"_s);
        QCOMPARE(sc, u"at_risk"_s);
        QCOMPARE(churnC.toDouble(), 1.0); // 300 days since, a 30-day rhythm: far past three rhythms
        Q_UNUSED(nc);
        QCOMPARE(mc, 30'000);
        const auto [rd, sd, churnD, nd, md] = row(u"D"_s);
        QCOMPARE(rd, u"111"_s);
        QCOMPARE(sd, u"hibernating"_s);
        Q_UNUSED(churnD);
        Q_UNUSED(nd);
        Q_UNUSED(md);
        QCOMPARE(std::get<1>(row(u"E"_s)), QString());
        // The churn rule itself: none at one rhythm, half way at two, all at three or more.
        QCOMPARE(*SegmentsAgent::churnRisk(3, 0, 20 * kDay, 30 * kDay), 0.0);
        QCOMPARE(*SegmentsAgent::churnRisk(3, 0, 20 * kDay, 40 * kDay), 0.5);
        QCOMPARE(*SegmentsAgent::churnRisk(3, 0, 20 * kDay, 60 * kDay), 1.0);

        // The store's orders last synced three days ago: recency would be wrong, so it scores nobody, and
        // the fraud agent holds no order it may have shipped since. Each says what it needs.
        Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'orders', ?)"_s,
            {shop, now - 3 * kDay});
        Sql::exec(db, u"UPDATE customers SET segment = ''"_s);
        const Agent::Outcome stale = agent.run(db, now);
        QVERIFY(stale.needsData);
        QVERIFY2(stale.note.contains(u"synced 3 day"_s), qPrintable(stale.note));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM customers WHERE segment <> ''"_s), 0);
        const Agent::Outcome fraud = FraudAgent().run(db, now);
        QVERIFY(fraud.needsData);
        QVERIFY2(fraud.note.contains(u"synced 3 day"_s), qPrintable(fraud.note));
    }

    void runtimeSchedulesRecordsPausesAndRetries()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const QSqlDatabase db = f.db();
        const AgentRoster& roster = *f.domains().agents;
        QVERIFY(AgentRuns::install(db, roster, clock.nowMs()));
        // Every scheduled agent is queued once, and not twice while its run waits.
        const int scheduled = static_cast<int>(roster.scheduled().size());
        QVERIFY(scheduled >= 2);
        QCOMPARE(AgentRuns::queueDue(db, roster, clock.nowMs()), scheduled);
        QCOMPARE(AgentRuns::queueDue(db, roster, clock.nowMs()), 0);
        f.startPool();
        QVERIFY(f.runUntilIdle(20, 30'000));
        // No orders yet: each says what it needs, proposes nothing, and is not counted as failing.
        const QString fraud = FraudAgent().spec().name;
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = ? AND outcome = 'needs'"_s, {fraud}), 1);
        QCOMPARE(Sql::scalar(db, u"SELECT last_outcome FROM agents WHERE name = ?"_s, {fraud}).toString(), u"needs"_s);
        QVERIFY(Sql::scalar(db, u"SELECT last_note FROM agents WHERE name = ?"_s, {fraud})
                    .toString()
                    .contains(u"orders"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
        {
            QSqlQuery q
                = Sql::exec(db, u"SELECT "_s + Cluster::factsColumns() + u" FROM agents WHERE name = ?"_s, {fraud});
            QVERIFY(q.next());
            QCOMPARE(
                Cluster::health(Cluster::facts(q, 0, clock.nowMs()), Cluster::Halt::None), Cluster::Health::NeedsData);
        }
        // The writer and the reviewer beat without recording runs: they live by heartbeats (their
        // figures are calls); a roster agent by its schedule, or by its events once it records runs.
        QCOMPARE(Cluster::livesBy(u"internal"_s, 0, false, true), -1);
        QCOMPARE(Cluster::livesBy(u"internal"_s, 0, true, true), 0);
        QCOMPARE(Cluster::livesBy(u"internal"_s, 0, false, false), 0);
        QCOMPARE(Cluster::livesBy(u"internal"_s, 900'000, false, true), 900'000);
        QCOMPARE(Cluster::livesBy(u"external"_s, 900'000, true, true), -1);
        // Not again before its interval; again after it.
        // (From its recorded last run: runUntilIdle may have moved the clock on after it.)
        const qint64 interval = FraudAgent().spec().intervalMs;
        const qint64 last = f.count(u"SELECT last_run_at FROM agents WHERE name = ?"_s, {fraud});
        clock.setNow(std::max(clock.nowMs(), last + interval - 60'000));
        QCOMPARE(AgentRuns::queueDue(db, roster, clock.nowMs()), 0);
        clock.setNow(last + interval);
        QCOMPARE(AgentRuns::queueDue(db, roster, clock.nowMs()), 1);
        QVERIFY(f.runUntilIdle(20, 30'000));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = ? AND outcome = 'needs'"_s, {fraud}), 2);
        // A paused agent is not queued (and a run queued before the pause proposes nothing).
        Sql::exec(db, u"UPDATE agents SET paused = 1 WHERE name = ?"_s, {fraud});
        QCOMPARE(AgentRuns::queueDue(db, roster, clock.nowMs()), 0);
        QVERIFY(!AgentRuns::queueNow(db, fraud, clock.nowMs()).isEmpty());
        Sql::exec(db, u"UPDATE agents SET paused = 0 WHERE name = ?"_s, {fraud});

        // A run that throws is recorded as failed with its reason and retried with backoff; the pool
        // goes on; once the cause is gone the retry succeeds.
        const qint64 shop = store(db);
        order(db, shop, u"#1"_s, 10'000, clock.nowMs() - kHour, u"a@example.com"_s);
        Sql::exec(db, u"ALTER TABLE order_risk RENAME TO order_risk_away"_s);
        QVERIFY(AgentRuns::queueNow(db, fraud, clock.nowMs()).isEmpty());
        QVERIFY(f.runUntilIdle(20, 60'000));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = ? AND outcome = 'failed'"_s, {fraud}),
            AgentRuns::MaxAttempts);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND state = 'dead'"_s), 1);
        QCOMPARE(Sql::scalar(db, u"SELECT status FROM agents WHERE name = ?"_s, {fraud}).toString(), u"error"_s);
        QVERIFY(Sql::scalar(db, u"SELECT last_note FROM agents WHERE name = ?"_s, {fraud})
                    .toString()
                    .contains(u"order_risk"_s));
        // The pool goes on: once the cause is gone, the next run succeeds.
        Sql::exec(db, u"ALTER TABLE order_risk_away RENAME TO order_risk"_s);
        QVERIFY(AgentRuns::queueNow(db, fraud, clock.nowMs()).isEmpty());
        QVERIFY(f.runUntilIdle(20, 30'000));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = ? AND outcome = 'ok'"_s, {fraud}), 1);
        QCOMPARE(Sql::scalar(db, u"SELECT status FROM agents WHERE name = ?"_s, {fraud}).toString(), u"idle"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM order_risk"_s), 1);
        QCOMPARE(
            Sql::scalar(db, u"SELECT tasks_ok || '/' || tasks_failed FROM agents WHERE name = ?"_s, {fraud}).toString(),
            u"3/3"_s);
    }

    void aRunAskedForInTheMillisecondAnotherWasQueuedIsNotSwallowed()
    {
        // The run's key once named the agent and the moment only: a run asked for just after one finished, in the
        // same millisecond (a ManualClock that had not moved), was taken for a repeat of it and never ran.
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const QSqlDatabase db = f.db();
        QVERIFY(AgentRuns::install(db, *f.domains().agents, clock.nowMs()));
        const QString fraud = FraudAgent().spec().name;
        QVERIFY(AgentRuns::queueNow(db, fraud, clock.nowMs()).isEmpty());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND agent = ?"_s, {fraud}), 1);
        // Not twice while it waits.
        QVERIFY(AgentRuns::queueNow(db, fraud, clock.nowMs()).isEmpty());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND agent = ?"_s, {fraud}), 1);
        // Once it has run, another is queued, at the same moment.
        Sql::exec(db, u"UPDATE jobs SET state = 'done' WHERE kind = 'agent.run' AND agent = ?"_s, {fraud});
        QVERIFY(AgentRuns::queueNow(db, fraud, clock.nowMs()).isEmpty());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND agent = ? AND state = 'queued'"_s,
                     {fraud}),
            1);
    }

    void aRunPastItsTimeLimitIsStoppedAndTheOthersGoOn()
    {
        // Real time: the limit is on the time the work takes (as its latency), so the clock is the real one.
        PipelineFixture f;
        const QSqlDatabase db = f.db();
        auto roster = std::make_shared<AgentRoster>();
        roster->add(std::make_unique<EndlessAgent>());
        roster->add(std::make_unique<FraudAgent>());
        JobRegistry jobs;
        AgentRuns::registerHandler(jobs, roster);
        f.setRegistry(&jobs);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(AgentRuns::install(db, *roster, started));
        QCOMPARE(AgentRuns::queueDue(db, *roster, started), 2);
        f.startPool();
        QVERIFY(f.waitUntilIdle(30'000));
        const qint64 limit = EndlessAgent().spec().timeLimitMs;
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Endless' AND outcome = 'failed'"_s),
            AgentRuns::MaxAttempts);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Endless' AND outcome <> 'failed'"_s), 0);
        const QString note = Sql::scalar(db, u"SELECT last_note FROM agents WHERE name = 'Endless'"_s).toString();
        QVERIFY2(note.startsWith(u"Stopped: the run took longer than 0.25 s"_s), qPrintable(note));
        QCOMPARE(Sql::scalar(db, u"SELECT status FROM agents WHERE name = 'Endless'"_s).toString(), u"error"_s);
        // Each run was stopped once its time was up (not before), and retried after a wait.
        QSqlQuery runs = Sql::exec(
            db, u"SELECT started_at, finished_at FROM agent_runs WHERE agent = 'Endless' ORDER BY started_at"_s);
        qint64 previousEnd = 0;
        while (runs.next()) {
            const qint64 took = runs.value(1).toLongLong() - runs.value(0).toLongLong();
            QVERIFY2(took >= limit, qPrintable(QString::number(took)));
            QVERIFY(runs.value(0).toLongLong() >= previousEnd);
            previousEnd = runs.value(1).toLongLong();
        }
        // What it wrote before the limit rolled back with the run; the job gave up after its attempts.
        QVERIFY(Settings::value(db, u"test.endless"_s).isEmpty());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND agent = 'Endless' AND state = "
                         u"'dead'"_s),
            1);
        // The other agent ran when a stopped run let go of the database, and says what it needs.
        const QString fraud = FraudAgent().spec().name;
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = ? AND outcome = 'needs'"_s, {fraud}), 1);
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND agent = ? AND state = 'done'"_s, {fraud}),
            1);
    }
};

QTEST_GUILESS_MAIN(TestShopAgents)
#include "tst_shopagents.moc"
