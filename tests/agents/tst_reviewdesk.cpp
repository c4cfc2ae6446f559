#include "PipelineFixture.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "pipeline/BrandProfile.h"
#include "sandbox/ShopGenerator.h"
#include "shopagents/ReviewDesk.h"
#include "shopagents/ReviewReading.h"
#include "shopagents/ReviewReply.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

// The Review Desk end to end: it reads the reviews, queues replies only where one is needed and the
// product is known, and each draft goes through the real worker pool, the sandbox's writer and a
// second model, the deterministic checks and the approval desk — or is left to a person with the
// reason. Faults: a writer that promises what no list allows, a reviewer that refuses, an outage.
class TestReviewDesk : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24LL * 3'600'000;

    struct Shop
    {
        qint64 connection = 0;
        qint64 shirt = 0;
        qint64 recentComplaint = 0;
        qint64 praise = 0;
        qint64 oldComplaint = 0;
        qint64 unknownProduct = 0;
    };

    static qint64 review(
        const QSqlDatabase& db, qint64 connection, const QString& product, int rating, const QString& body, qint64 at)
    {
        static int n = 0;
        return Sql::insert(db,
            u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, reviewer, body, "
            u"created_at) VALUES (?, ?, ?, ?, 'Sam', ?, ?)"_s,
            {connection, QString::number(++n), product, rating, body, at});
    }

    // A store selling the Linen Shirt as product 77 (SKU LS-1) and something Quorum does not know as 88.
    static Shop shop(PipelineFixture& f, qint64 now)
    {
        Shop s;
        ProductFacts facts
            = PipelineFixture::facts(u"Linen Shirt"_s, u"Apparel"_s, 6900, u"linen"_s, {u"S"_s, u"M"_s, u"L"_s});
        facts.sku = u"LS-1"_s;
        s.shirt = f.addProduct(facts);
        s.connection = Sql::insert(f.db(),
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        Sql::exec(f.db(),
            u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) "
            u"VALUES (?, '77', '', 'LS-1', 'EUR', 'Linen Shirt'), (?, '88', '', 'X-9', 'EUR', 'Wool Hat')"_s,
            {s.connection, s.connection});
        s.recentComplaint = review(f.db(), s.connection, u"77"_s, 2,
            u"Runs small and the fabric feels thinner than expected."_s, now - 2 * kDay);
        s.praise = review(f.db(), s.connection, u"77"_s, 5, u"Lovely soft fabric, true to size."_s, now - kDay);
        s.oldComplaint = review(
            f.db(), s.connection, u"77"_s, 1, u"Fell apart after two washes. Disappointed."_s, now - 40 * kDay);
        s.unknownProduct
            = review(f.db(), s.connection, u"88"_s, 2, u"The colour is nothing like the photos."_s, now - 3 * kDay);
        Sql::exec(f.db(),
            u"INSERT INTO sync_state (connection_id, resource, since, updated_at) VALUES (?, 'reviews', '', ?)"_s,
            {s.connection, now - 3'600'000});
        return s;
    }

    static Agent::Outcome runDesk(PipelineFixture& f, qint64 now)
    {
        ReviewDesk desk;
        Transaction tx(f.db());
        const Agent::Outcome o = AgentRuns::runAndRecord(f.db(), desk, now);
        tx.commit();
        return o;
    }

    static void install(PipelineFixture& f, qint64 now) { AgentRuns::install(f.db(), *f.domains().agents, now); }

    static QString state(PipelineFixture& f, qint64 review)
    {
        return Sql::scalar(f.db(), u"SELECT reply_state FROM review_insights WHERE review_id = ?"_s, {review})
            .toString();
    }

private slots:
    void needsReviewsAndFreshOnes()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        Agent::Outcome o = runDesk(f, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"WooCommerce"_s), qPrintable(o.note));
        const Shop s = shop(f, now);
        // The last good sync of the reviews was two days ago: it says so and reads nothing.
        Sql::exec(f.db(), u"UPDATE sync_state SET updated_at = ?"_s, {now - 2 * kDay - 1});
        o = runDesk(f, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.startsWith(u"The reviews were last synced 2 day(s) ago."_s), qPrintable(o.note));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM review_insights"_s), 0);
        QCOMPARE(Sql::scalar(f.db(), u"SELECT last_outcome FROM agents WHERE name = 'Review Desk'"_s).toString(),
            u"needs"_s);
        Q_UNUSED(s);
    }

    void readsEveryReviewAndDraftsOnlyWhereNeeded()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        const Shop s = shop(f, now);
        const Agent::Outcome o = runDesk(f, now);
        QVERIFY(!o.needsData);
        // Every review is read, with the Quorum product where the store's sales name it.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM review_insights"_s), 4);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM review_insights WHERE product_id = ?"_s, {s.shirt}), 3);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM review_insights WHERE review_id = ? AND product_id IS NULL"_s,
                     {s.unknownProduct}),
            1);
        QCOMPARE(
            Sql::scalar(f.db(), u"SELECT sentiment FROM review_insights WHERE review_id = ?"_s, {s.praise}).toString(),
            u"positive"_s);
        QCOMPARE(Json::objectFromString(Sql::scalar(
                     f.db(), u"SELECT topics FROM review_insights WHERE review_id = ?"_s, {s.recentComplaint})
                                            .toString()),
            (QJsonObject{{u"fit"_s, -1}, {u"material"_s, -1}}));
        // One draft: the recent complaint. Not the praise, not the one from 40 days ago, not the product
        // Quorum does not know (the note says so).
        QCOMPARE(state(f, s.recentComplaint), u"drafting"_s);
        QCOMPARE(state(f, s.praise), QString());
        QCOMPARE(state(f, s.oldComplaint), QString());
        QCOMPARE(state(f, s.unknownProduct), QString());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply' AND agent = 'Review Desk'"_s), 1);
        QVERIFY2(o.note.contains(u"Read 4 new review(s)."_s), qPrintable(o.note));
        QVERIFY2(o.note.contains(u"This week 3 review(s); praised: fit and size, material; complaints: fit and size"_s),
            qPrintable(o.note));
        QVERIFY2(o.note.contains(u"Drafting 1 repl(y/ies)."_s), qPrintable(o.note));
        QVERIFY2(
            o.note.contains(u"1 review(s) needing a reply are of products Quorum does not know"_s), qPrintable(o.note));
        // A second run reads nothing new and queues nothing twice.
        QVERIFY(runDesk(f, now + 1000).note.contains(u"Read 0 new review(s)."_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply'"_s), 1);

        // The weekly summary per product, recomputed from the reviews.
        const auto week = ReviewDesk::week(f.db(), now);
        QCOMPARE(week.size(), 2);
        QCOMPARE(week.at(0).productId, s.shirt);
        QCOMPARE(week.at(0).reviews, 2);
        QCOMPARE(week.at(0).stars, 3.5);
        QCOMPARE(week.at(0).negative, 1);
        QCOMPARE(week.at(0).praised, (QStringList{u"fit"_s, u"material"_s}));
        QCOMPARE(week.at(0).complaints, (QStringList{u"fit"_s, u"material"_s}));
        QCOMPARE(week.at(1).productId, 0);
        QCOMPARE(week.at(1).product, u"Wool Hat"_s);

        // The draft: written, checked, proposed for a person.
        f.startPool();
        QVERIFY(f.runUntilIdle(20, 60'000));
        QCOMPARE(state(f, s.recentComplaint), u"proposed"_s);
        const qint64 id
            = Sql::scalar(f.db(), u"SELECT proposal_id FROM review_insights WHERE review_id = ?"_s, {s.recentComplaint})
                  .toLongLong();
        const auto p = ApprovalDesk::load(f.db(), id);
        QVERIFY(p);
        QCOMPARE(p->actionType, ActionType::ReviewReply);
        QCOMPARE(p->agent, u"Review Desk"_s);
        QCOMPARE(p->status, u"pending"_s);
        QCOMPARE(p->riskLevel, u"high"_s);
        QCOMPARE(p->productId, s.shirt);
        QCOMPARE(p->title, u"Reply to a 2-star review of Linen Shirt"_s);
        QCOMPARE(p->confidence, 1.0); // passed on the first attempt
        const QString reply = p->parameters.value(u"reply"_s).toString();
        QVERIFY2(reply.contains(u"Linen Shirt"_s), qPrintable(reply));
        QCOMPARE(
            p->parameters.value(u"review"_s).toString(), u"Runs small and the fabric feels thinner than expected."_s);
        QCOMPARE(p->parameters.value(u"rating"_s).toInt(), 2);
        QCOMPARE(p->parameters.value(u"review_id"_s).toInteger(), s.recentComplaint);
        QVERIFY(!p->parameters.value(u"writer"_s).toString().isEmpty());
        QVERIFY(p->parameters.value(u"writer"_s).toString() != p->parameters.value(u"reviewer"_s).toString());
        // The reply passes the checks when they are run again here.
        const auto facts = ProductFacts::load(f.db(), s.shirt);
        QVERIFY(
            ReviewReply::check(reply, facts->factText(), p->parameters.value(u"review"_s).toString(), {}).isEmpty());
        // One write and one check, by two different providers, on the desk's account.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'write:reply'"_s), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'review:reply'"_s), 1);
        QCOMPARE(f.count(u"SELECT COUNT(DISTINCT provider) FROM provider_calls WHERE purpose LIKE '%:reply'"_s), 2);
        QCOMPARE(Sql::scalar(f.db(), u"SELECT cost_micros FROM agents WHERE name = 'Review Desk'"_s).toLongLong(),
            f.count(u"SELECT SUM(cost_micros) FROM provider_calls WHERE purpose LIKE '%:reply'"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Review Desk' AND proposals = 1"_s), 1);

        // A person shortens the reply, another approves it: what is recorded is the shortened reply.
        const Users::User ann = Users::signIn(f.db(), u"Ann"_s, clock.nowMs());
        QJsonObject changed = p->parameters;
        const QString mine = u"Thank you for telling us about the fit of the Linen Shirt. We are sorry it runs "
                             u"small for you; please get in touch and we will help you choose."_s;
        changed.insert(u"reply"_s, mine);
        QVERIFY(ApprovalDesk::modify(f.db(), id, ann, changed, u"shorter"_s, u"test"_s, clock.nowMs()).ok);
        const Users::User bob = Users::signIn(f.db(), u"Bob"_s, clock.nowMs(), true);
        const auto approved = ApprovalDesk::approve(f.db(), id, bob, QString(), u"test"_s, clock.nowMs());
        QVERIFY2(approved.ok, qPrintable(approved.error));
        f.pool()->wake();
        QVERIFY(f.runUntilIdle(20, 60'000));
        const auto done = ApprovalDesk::load(f.db(), id);
        QCOMPARE(done->executedParameters.value(u"reply"_s).toString(), mine);
        QVERIFY(done->executedParameters.value(u"note"_s).toString().contains(u"Quorum does not post replies"_s));
    }

private:
    // Drafts the recent complaint's reply with a fault on one route; checks run on the settled fixture.
    static void draftWithFault(const QString& route, const QJsonObject& fault,
        const std::function<void(PipelineFixture&, const Shop&, ManualClock&)>& checks)
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        const Shop s = shop(f, now);
        f.sandbox()->setRouteFaults(route, fault);
        runDesk(f, now);
        f.startPool();
        QVERIFY(f.runUntilIdle(20, 60'000));
        // Every draft refused: the review is left to a person, nothing is proposed, the job is done.
        QCOMPARE(state(f, s.recentComplaint), u"rejected"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'review_reply'"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply' AND state = 'done'"_s), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'write:reply'"_s), 3);
        checks(f, s, clock);
    }

    static QString note(PipelineFixture& f, qint64 review)
    {
        return Sql::scalar(f.db(), u"SELECT reply_note FROM review_insights WHERE review_id = ?"_s, {review})
            .toString();
    }

private slots:
    void aWriterThatPromisesTooMuchIsLeftToAPerson()
    {
        draftWithFault(u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 1.0}},
            [](PipelineFixture& f, const Shop& s, ManualClock& clock) {
                // Each draft was refused by the checks before any reviewer saw it.
                const QString why = note(f, s.recentComplaint);
                QVERIFY2(why.startsWith(u"No draft passed the checks in 3 attempt(s): "_s), qPrintable(why));
                QVERIFY2(why.contains(u"offers a refund"_s) && why.contains(u"states 20"_s), qPrintable(why));
                QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'review:reply'"_s), 0);
                // The writer was told why: the second and third prompts carry the problems.
                const auto requests = f.sandbox()->requests(u"openai.chat"_s);
                QCOMPARE(requests.size(), 3);
                QVERIFY(!requests.at(0).body.contains("Your previous draft was refused"));
                QVERIFY(requests.at(2).body.contains("Your previous draft was refused"));
                QVERIFY(requests.at(2).body.contains("offers a refund"));
                // A later run does not draft it again (each try is a job of its own, so a second would show).
                runDesk(f, clock.nowMs());
                QCOMPARE(state(f, s.recentComplaint), u"rejected"_s);
                QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply'"_s), 1);
            });
    }

    void aReviewerThatRefusesEveryDraft()
    {
        draftWithFault(u"anthropic.messages"_s, QJsonObject{{u"reviewReject"_s, 1.0}},
            [](PipelineFixture& f, const Shop& s, ManualClock&) {
                QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'review:reply'"_s), 3);
                QVERIFY(note(f, s.recentComplaint).contains(u"does not answer what the customer raised"_s));
            });
    }

    void aPausedDeskDraftsNothing()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        const Shop s = shop(f, now);
        runDesk(f, now);
        QCOMPARE(state(f, s.recentComplaint), u"drafting"_s);
        // Paused, its draft stays in the queue: no worker may claim it.
        Sql::exec(f.db(), u"UPDATE agents SET paused = 1 WHERE name = 'Review Desk'"_s);
        QVERIFY(!JobQueue::claim(f.db(), u"test"_s, now + 1000, 60'000));
        Sql::exec(f.db(), u"UPDATE agents SET paused = 0 WHERE name = 'Review Desk'"_s);
        const auto job = JobQueue::claim(f.db(), u"test"_s, now + 1000, 60'000);
        QVERIFY(job);
        QCOMPARE(job->kind, u"review.reply"_s);
        QCOMPARE(job->payload.value(u"review_id"_s).toInteger(), s.recentComplaint);
    }

    void aDraftWhoseJobEndedUnsettledIsMarkedFailed()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        const Shop s = shop(f, now);
        runDesk(f, now);
        QCOMPARE(state(f, s.recentComplaint), u"drafting"_s);
        // The queue gave the job up (claimed too often without finishing) without the draft settling it.
        Sql::exec(f.db(), u"UPDATE jobs SET state = 'dead' WHERE kind = 'review.reply'"_s);
        runDesk(f, now + 1000);
        QCOMPARE(state(f, s.recentComplaint), u"failed"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply'"_s), 1);
    }

    void anOutageWaitsAndEndsWithTheCause()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        f.setSetting(u"pipeline.give_up_after_hours"_s, u"1"_s);
        const Shop s = shop(f, now);
        const QJsonObject down{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"500"_s}, {u"rate"_s, 1.0}}}}};
        f.sandbox()->setRouteFaults(u"openai.chat"_s, down);
        f.sandbox()->setRouteFaults(u"gemini.generate"_s, down);
        runDesk(f, now);
        f.startPool();
        QVERIFY(f.runUntilIdle(20, 120'000));
        // It waited without spending attempts, then gave up; the review says why, the desk's health too.
        QCOMPARE(state(f, s.recentComplaint), u"failed"_s);
        QCOMPARE(f.count(u"SELECT attempts FROM jobs WHERE kind = 'review.reply'"_s), 0);
        QVERIFY(f.count(u"SELECT waits FROM jobs WHERE kind = 'review.reply'"_s) > 3);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
        QVERIFY(f.count(u"SELECT tasks_failed FROM agents WHERE name = 'Review Desk'"_s) > 0);
        QVERIFY(
            Sql::scalar(f.db(), u"SELECT reply_note FROM review_insights WHERE review_id = ?"_s, {s.recentComplaint})
                .toString()
                .contains(u"Writing the reply failed"_s));
    }

    void theDaysBudgetStopsNewDrafts()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        const qint64 now = clock.nowMs();
        install(f, now);
        const Shop s = shop(f, now);
        // Earlier today the desk's drafts spent its whole budget.
        const qint64 job = Sql::insert(f.db(),
            u"INSERT INTO jobs (kind, state, idempotency_key, payload, agent, created_at, updated_at, run_after) "
            u"VALUES ('review.reply', 'done', 'earlier', '{}', 'Review Desk', ?, ?, 0)"_s,
            {now - 1000, now - 1000});
        Sql::exec(f.db(),
            u"INSERT INTO provider_calls (at, purpose, provider, model, cost_micros, outcome, job_id) VALUES (?, "
            u"'write:reply', 'sandbox-writer', 'm', ?, 'ok', ?)"_s,
            {now - now % kDay + 1, ReviewDesk::DailyBudgetMicros, job});
        const Agent::Outcome o = runDesk(f, now);
        QVERIFY2(o.note.contains(u"Today's AI budget is spent"_s), qPrintable(o.note));
        QCOMPARE(state(f, s.recentComplaint), QString());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply'"_s), 1);
        // The next day it drafts.
        runDesk(f, now - now % kDay + kDay + 1000);
        QCOMPARE(state(f, s.recentComplaint), u"drafting"_s);
    }

    void theSandboxStoresDutchReviewsComeInAndAreRead()
    {
        // A real sync of a Dutch shop's store: its reviews reach the desk, matched to the product Quorum
        // knows by the SKU the store sells it under.
        PipelineFixture f;
        ProductFacts facts = PipelineFixture::facts(u"Linnen overhemd"_s, u"Apparel"_s, 6900, u"linnen"_s);
        facts.sku = u"LO-1"_s;
        const qint64 shirt = f.addProduct(facts);
        ShopData::Options o;
        o.seed = 5;
        o.products = 40;
        o.orders = 600;
        o.dutch = true;
        o.named = {{u"LO-1"_s, u"Linnen overhemd"_s, 6900, 2300}};
        f.sandbox()->generateShop(o);
        const qint64 store = f.connectToSandbox(Connections::Kind::WooCommerce, u"Winkel"_s);
        f.startPool();
        QVERIFY(f.syncStore(store));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        install(f, now);
        QVERIFY(!runDesk(f, now).needsData);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM review_insights WHERE product_id = ?"_s, {shirt}) > 0);
        // Every review of it is Dutch, and read as the stars and words say.
        QSqlQuery q = Sql::exec(f.db(),
            u"SELECT r.body, r.rating, i.sentiment FROM review_insights i JOIN product_reviews r ON r.id = i.review_id "
            u"WHERE i.product_id = ?"_s,
            {shirt});
        int read = 0;
        while (q.next()) {
            const QString body = q.value(0).toString();
            QVERIFY2(!body.contains(u" the "_s), qPrintable(body));
            if (q.value(1).toInt() <= 2)
                QCOMPARE(q.value(2).toString(), u"negative"_s);
            ++read;
        }
        QVERIFY(read > 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
