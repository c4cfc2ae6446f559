#include "TestWorkspace.h"
#include "agents/AgentRuns.h"
#include "core/Json.h"
#include "resilience/Pricing.h"
#include "shopagents/AiBudget.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/Goals.h"
#include "shopagents/ReviewDesk.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The CEO shares the monthly AI spend ceiling out day by day: what the month has left spread over the
// days left, the owner's content runs first, the rest to the agents that call AI on their own, by need
// and scaled by their track record. The shares cap the calls (SpendGuard) and Review Desk's drafting.
// Every figure is recomputed here from the rows the test wrote.
class TestAiBudget : public QObject
{
    Q_OBJECT

    static constexpr qint64 kHour = 3'600'000;
    static constexpr qint64 kDay = 24 * kHour;

    static void call(const QSqlDatabase& db, qint64 at, const QString& purpose, qint64 cost, const QVariant& product,
        const QVariant& job)
    {
        Sql::exec(db,
            u"INSERT INTO provider_calls (at, purpose, provider, cost_micros, outcome, product_id, job_id) VALUES (?, "
            u"?, 'p', ?, 'ok', ?, ?)"_s,
            {at, purpose, cost, product, job});
    }

    static void job(const QSqlDatabase& db, const QString& kind, const QString& state, qint64 now)
    {
        static int n = 0;
        Sql::exec(db,
            u"INSERT INTO jobs (kind, subject_id, state, idempotency_key, created_at, updated_at) VALUES (?, 1, ?, ?, "
            u"?, ?)"_s,
            {kind, state, u"k%1"_s.arg(++n), now, now});
    }

    // A review that needs a reply, of a product Quorum knows (or not), written `age` ago.
    static void waitingReview(const QSqlDatabase& db, qint64 connection, const QVariant& product, qint64 age,
        const QString& state, qint64 now)
    {
        static int n = 0;
        const qint64 id = Sql::insert(db,
            u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, body, created_at) "
            u"VALUES (?, ?, '77', 2, 'Too small', ?)"_s,
            {connection, QString::number(++n), now - age});
        Sql::exec(db,
            u"INSERT INTO review_insights (review_id, product_id, sentiment, score, needs_reply, reply_state, "
            u"analysed_at) VALUES (?, ?, 'negative', -0.5, 1, ?, ?)"_s,
            {id, product, state, now});
    }

    static void decided(const QSqlDatabase& db, int approved, int rejected, qint64 now)
    {
        for (int i = 0; i < approved + rejected; ++i)
            Sql::exec(db,
                u"INSERT INTO action_proposals (agent, action_type, title, risk_level, status, decided_by, decided_at, "
                u"created_at, updated_at) VALUES ('Review Desk', 'review_reply', 'Reply', 'medium', ?, 'sanne', ?, "
                u"?, ?)"_s,
                {i < approved ? u"approved"_s : u"rejected"_s, now - kDay, now - 2 * kDay, now - kDay});
    }

    struct Shop
    {
        qint64 product = 0;
        qint64 connection = 0;
    };

    // November 2026, the 20th at noon: 11 days left. This month before today $0.12 of content (two
    // products, $0.05 and $0.07) and $0.03 of three reply drafts; $5.00 in October, which does not count;
    // today $0.40 already (today's spend is the day's, not the month's before it).
    static Shop shop(const QSqlDatabase& db, qint64 now)
    {
        Shop s;
        s.product = Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, created_at, updated_at) VALUES ('LS-1', 'Linen Shirt', "
            u"6900, 0, 0)"_s);
        s.connection = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        const qint64 earlier = now - 3 * kDay;
        call(db, earlier, u"write:description"_s, 30'000, 1, {});
        call(db, earlier, u"review:description"_s, 20'000, 1, {});
        call(db, earlier, u"write:description"_s, 50'000, 2, {});
        call(db, earlier, u"image"_s, 20'000, 2, {});
        call(db, earlier, u"write:reply"_s, 6'000, {}, 11);
        call(db, earlier, u"review:reply"_s, 3'000, {}, 11);
        call(db, earlier, u"write:reply"_s, 12'000, {}, 12);
        call(db, earlier, u"write:reply"_s, 9'000, {}, 13);
        call(db, earlier - 5 * kDay, u"test:provider"_s, 1'000'000, {}, {}); // Nov 12: counts for the month
        call(db, now - 31 * kDay, u"write:description"_s, 5'000'000, 3, {}); // October
        call(db, now - kHour, u"test:provider"_s, 400'000, {}, {});          // today
        return s;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sharesCapTheirPurposes()
    {
        TestWorkspace tw;
        const qint64 now = tw.clock().nowMs();
        call(tw.db(), now - kHour, u"write:reply"_s, 900, {}, 1);
        call(tw.db(), now - kHour, u"write:description"_s, 5'000, 1, {});
        SpendGuard guard(&tw.clock());
        guard.setDailyBudget(10'000);
        guard.loadSpentToday(tw.db());
        QCOMPARE(guard.spentToday(), 5'900);
        SpendGuard::Shares shares;
        shares.day = SpendGuard::dayOf(now);
        shares.list = {
            {u"review replies"_s, {u"write:reply"_s, u"review:reply"_s}, 1'000}, {u"other"_s, {u"write:"_s}, 100'000}};
        guard.setShares(shares);
        QString why;
        // 900 of the replies' 1,000 spent: a reply call of 200 is refused, the most specific share counts.
        QCOMPARE(guard.reserve(200, u"write:reply"_s, &why), 0u);
        QVERIFY2(why.contains(u"review replies"_s) && why.contains(u"$0.00"_s), qPrintable(why));
        const quint64 small = guard.reserve(100, u"review:reply"_s, &why);
        QVERIFY(small != 0);
        QCOMPARE(guard.reserve(1, u"write:reply"_s, &why), 0u); // 900 + 100 reserved
        guard.settle(small, 40);
        QVERIFY(guard.reserve(60, u"write:reply"_s, &why) != 0);
        // A content call counts against "write:" (and the day's 10,000 only).
        QVERIFY(guard.reserve(1'000, u"write:description"_s, &why) != 0);
        QCOMPARE(guard.reserve(5'000, u"agree:description"_s, &why), 0u); // no share: the day's budget
        QVERIFY2(why.contains(u"Today's AI budget"_s), qPrintable(why));
        // The last plan's shares hold until the next replaces them, also on a later day; none, and nothing is capped.
        shares.day = SpendGuard::dayOf(now - kDay);
        guard.setShares(shares);
        QCOMPARE(guard.reserve(500, u"write:reply"_s, &why), 0u);
        guard.setShares({});
        QVERIFY(guard.reserve(500, u"write:reply"_s, &why) != 0);
        // Stored and read back.
        shares.day = SpendGuard::dayOf(now);
        SpendGuard::storeShares(tw.db(), shares);
        QCOMPARE(SpendGuard::storedShares(tw.db()), shares);
        SpendGuard::storeShares(tw.db(), {});
        QVERIFY(SpendGuard::storedShares(tw.db()).list.isEmpty());
    }

    void planSharesWhatTheMonthLeaves()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const Shop s = shop(db, now);
        job(db, u"generate"_s, u"queued"_s, now);
        job(db, u"generate"_s, u"running"_s, now);
        job(db, u"piece"_s, u"queued"_s, now);
        job(db, u"generate"_s, u"done"_s, now); // finished: not waiting
        for (int i = 0; i < 3; ++i)
            waitingReview(db, s.connection, s.product, kDay, u""_s, now);
        waitingReview(db, s.connection, s.product, kDay, u"drafting"_s, now);
        waitingReview(db, s.connection, {}, kDay, u""_s, now);                // a product Quorum does not know
        waitingReview(db, s.connection, s.product, 40 * kDay, u""_s, now);    // too old to answer
        waitingReview(db, s.connection, s.product, kDay, u"proposed"_s, now); // answered
        Goals::Set goals;
        goals.aiSpendMicros = 30'000'000;

        const AiBudget::Plan p = AiBudget::compute(db, goals, now);
        QCOMPARE(p.day, u"2026-11-20"_s);
        QCOMPARE(p.daysLeft, 11);
        const qint64 before = 30'000 + 20'000 + 50'000 + 20'000 + 6'000 + 3'000 + 12'000 + 9'000 + 1'000'000;
        QCOMPARE(p.spentBeforeTodayMicros, before);
        const qint64 envelope = (30'000'000 - before) / 11;
        QCOMPARE(p.envelopeMicros, envelope);
        // Content: three runs waiting at (50,000 + 70,000) / 2 products each.
        QCOMPARE(p.content.waiting, 3);
        QCOMPARE(p.content.measured, 2);
        QCOMPARE(p.content.unitMicros, 60'000);
        QCOMPARE(p.content.setAsideMicros, 180'000);
        // Replies: four waiting at 30,000 / 3 drafts; nothing decided yet, so not scaled.
        QCOMPARE(p.spenders.size(), 1);
        const AiBudget::Spender& r = p.spenders.first();
        QCOMPARE(r.agent, u"Review Desk"_s);
        QCOMPARE(r.waiting, 4);
        QCOMPARE(r.unitMicros, 10'000);
        QCOMPARE(r.needMicros, 40'000);
        QVERIFY(!r.approvedShare);
        QCOMPARE(r.budgetMicros, envelope - 180'000);

        // Stored: the shares cap the replies' calls, Review Desk's budget is its share, and the CEO's
        // audit entry says so once.
        Transaction tx(db);
        QVERIFY(AiBudget::store(db, p, now));
        QVERIFY(!AiBudget::store(db, p, now)); // the same shares: no second entry
        tx.commit();
        const SpendGuard::Shares shares = SpendGuard::storedShares(db);
        QCOMPARE(shares.day, p.day);
        QCOMPARE(shares.list.size(), 1);
        QCOMPARE(shares.list.first().budgetMicros, r.budgetMicros);
        QVERIFY(shares.find(u"write:reply"_s) && !shares.find(u"write:description"_s));
        QCOMPARE(
            Sql::scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'ai_budget.shared' AND actor = 'CEO'"_s)
                .toInt(),
            1);
        QCOMPARE(AiBudget::budgetFor(db, u"Review Desk"_s, 1'000'000, now), r.budgetMicros);
        // Tomorrow, until the CEO's next run re-plans, the last share holds (for the calls too) and says so.
        QCOMPARE(AiBudget::budgetFor(db, u"Review Desk"_s, 1'000'000, now + kDay), r.budgetMicros);
        const AiBudget::Plan loaded = AiBudget::load(db);
        QCOMPARE(loaded.spenders.first().budgetMicros, r.budgetMicros);
        QCOMPARE(loaded.content.setAsideMicros, 180'000);
        const QString why = AiBudget::explain(loaded, u"Review Desk"_s, now);
        QVERIFY2(why.contains(u"4 item(s) waiting when it was shared out, at $0.01 each"_s), qPrintable(why));
        QVERIFY2(AiBudget::explain(loaded, u"Content Writer"_s, now).contains(u"3 content run(s)"_s),
            qPrintable(AiBudget::explain(loaded, u"Content Writer"_s, now)));
        QVERIFY(AiBudget::explain(loaded, u"Fraud Detection"_s, now).isEmpty());
        QVERIFY2(AiBudget::explain(loaded, u"Review Desk"_s, now + kDay).contains(u"holds until the CEO's next run"_s),
            qPrintable(AiBudget::explain(loaded, u"Review Desk"_s, now + kDay)));
    }

    void trackRecordAndShortDays()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const Shop s = shop(db, now);
        for (int i = 0; i < 2; ++i)
            waitingReview(db, s.connection, s.product, kDay, u""_s, now);
        Goals::Set goals;
        goals.aiSpendMicros = 30'000'000;
        // Nine decisions are too few to count; at ten, 6 approved of 10 scales the share to 60 %.
        decided(db, 5, 4, now);
        AiBudget::Plan p = AiBudget::compute(db, goals, now);
        QCOMPARE(p.spenders.first().decided, 9);
        QVERIFY(!p.spenders.first().approvedShare);
        const qint64 whole = p.spenders.first().budgetMicros;
        QCOMPARE(whole, p.envelopeMicros); // nothing waits for content
        decided(db, 1, 0, now);
        p = AiBudget::compute(db, goals, now);
        QCOMPARE(p.spenders.first().decided, 10);
        QCOMPARE(*p.spenders.first().approvedShare, 0.6);
        QCOMPARE(p.spenders.first().budgetMicros, std::llround(static_cast<double>(whole) * 0.6));

        // The owner's daily budget caps the envelope; content that waits with no cost measured takes it all.
        SpendGuard::storeDailyBudget(db, 100'000);
        Sql::exec(db, u"DELETE FROM provider_calls WHERE purpose NOT LIKE '%:reply'"_s);
        job(db, u"generate"_s, u"queued"_s, now);
        p = AiBudget::compute(db, goals, now);
        QCOMPARE(p.envelopeMicros, 100'000);
        QCOMPARE(p.content.unitMicros, 0);
        QCOMPARE(p.content.setAsideMicros, 100'000);
        QCOMPARE(p.spenders.first().budgetMicros, 0);

        // A month spent to its ceiling leaves nothing; no ceiling: each keeps its own.
        goals.aiSpendMicros = 10'000;
        QCOMPARE(AiBudget::compute(db, goals, now).envelopeMicros, 0);
        goals.aiSpendMicros.reset();
        p = AiBudget::compute(db, goals, now);
        QCOMPARE(p.spenders.first().budgetMicros, ReviewDesk::DailyBudgetMicros);
        Transaction tx(db);
        AiBudget::store(db, p, now);
        tx.commit();
        QVERIFY(SpendGuard::storedShares(db).list.isEmpty());
        QCOMPARE(AiBudget::budgetFor(db, u"Review Desk"_s, ReviewDesk::DailyBudgetMicros, now),
            ReviewDesk::DailyBudgetMicros);
    }

    void theCeoPlansAndReviewDeskKeepsToItsShare()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const Shop s = shop(db, now);
        Sql::exec(db,
            u"INSERT INTO sync_state (connection_id, resource, since, updated_at) VALUES (?, 'reviews', '', ?)"_s,
            {s.connection, now - kHour});
        for (int i = 0; i < 2; ++i)
            waitingReview(db, s.connection, s.product, kDay, u""_s, now);
        Goals::Set goals;
        goals.aiSpendMicros = 30'000'000;
        Goals::save(db, goals);
        // Review Desk has spent 30,000 today through its jobs.
        Sql::exec(db,
            u"INSERT INTO jobs (id, kind, state, idempotency_key, created_at, updated_at, agent) VALUES (500, "
            u"'review.reply', 'done', 'r500', ?, ?, 'Review Desk')"_s,
            {now, now});
        call(db, now - kHour, u"write:reply"_s, 30'000, {}, 500);

        CeoAgent ceo;
        {
            Transaction tx(db);
            const Agent::Outcome o = AgentRuns::runAndRecord(db, ceo, now);
            tx.commit();
            QVERIFY2(o.note.contains(u"Shared today's AI budget of"_s), qPrintable(o.note));
        }
        const AiBudget::Plan p = AiBudget::load(db);
        QCOMPARE(p.spenders.first().budgetMicros, AiBudget::compute(db, goals, now).spenders.first().budgetMicros);
        QVERIFY(p.spenders.first().budgetMicros > 30'000);
        // The share is more than it spent: it drafts. Cut below what it spent: it waits and says why.
        ReviewDesk desk;
        {
            Transaction tx(db);
            const Agent::Outcome o = AgentRuns::runAndRecord(db, desk, now);
            tx.commit();
            QVERIFY2(o.note.contains(u"Drafting 2 repl"_s), qPrintable(o.note));
        }
        Sql::exec(db, u"UPDATE review_insights SET reply_state = ''"_s);
        AiBudget::Plan cut = p;
        cut.spenders.first().budgetMicros = 20'000;
        {
            Transaction tx(db);
            AiBudget::store(db, cut, now);
            const Agent::Outcome o = AgentRuns::runAndRecord(db, desk, now);
            tx.commit();
            QVERIFY2(o.note.contains(u"Today's AI budget is spent"_s), qPrintable(o.note));
            QVERIFY2(!o.note.contains(u"Drafting"_s), qPrintable(o.note));
        }
        cut.spenders.first().budgetMicros = 0;
        {
            Transaction tx(db);
            AiBudget::store(db, cut, now);
            const Agent::Outcome o = AgentRuns::runAndRecord(db, desk, now);
            tx.commit();
            QVERIFY2(o.note.contains(u"gives it no AI budget today"_s), qPrintable(o.note));
        }
    }
};

QTEST_GUILESS_MAIN(TestAiBudget)
#include "tst_aibudget.moc"
