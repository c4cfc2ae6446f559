#include "PipelineFixture.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentStore.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/ProductStore.h"
#include "publishing/Connections.h"
#include "publishing/Publications.h"
#include "publishing/PublishJobs.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// A price change against the words that state the old price, through the real worker pool and the sandbox's
// WooCommerce: written but not yet in a store, the words are checked again and rewritten at once; in the store,
// the new price is published, the SEO agent (run because a publish finished) proposes a refresh, and once the
// rewrite is approved and published the store states the new price only.
class TestPriceWords : public QObject
{
    Q_OBJECT

private:
    // A product through the pipeline to Ready, with a real image file in the workspace; the sandbox writer
    // states its price in the description.
    // Until no job waits: in real time, or with a manual clock moved on to whatever is due next (a run queued to
    // start later).
    static bool idle(PipelineFixture& f, const ManualClock* clock)
    {
        return clock ? f.runUntilIdle(20, 120'000) : f.waitUntilIdle();
    }

    static qint64 readyProduct(
        PipelineFixture& f, const QString& sku, qint64 priceCents, const ManualClock* clock = nullptr)
    {
        ProductFacts facts = PipelineFixture::facts(u"Stoneware Mug "_s + sku, u"Home"_s, priceCents);
        facts.sku = sku;
        const qint64 id = f.addProduct(facts);
        QDir(f.ws().path()).mkpath(u"images"_s);
        QFile image(QDir(f.ws().path()).filePath(facts.images.first()));
        if (!image.open(QIODevice::WriteOnly))
            return 0;
        image.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        image.close();
        f.run({id});
        if (!idle(f, clock))
            return 0;
        return f.stageOf(id) == u"ready" ? id : 0;
    }

    static qint64 propose(PipelineFixture& f, qint64 product, const QString& type, const QJsonObject& params,
        const Clock* clock = Clock::system())
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Pricing"_s;
        p.actionType = ActionTypes::fromKey(type);
        p.title = type;
        p.productId = product;
        p.parameters = params;
        return ApprovalDesk::propose(f.db(), p, u"test"_s, clock->nowMs());
    }

    // Approved by an owner; a proposal the risk engine let run on its own (a change under 20 %) is already approved.
    static bool approve(PipelineFixture& f, qint64 proposal, const Clock* clock = Clock::system())
    {
        if (Sql::scalar(f.db(), u"SELECT status FROM action_proposals WHERE id = ?"_s, {proposal}).toString()
            == u"auto_approved") {
            f.pool()->wake();
            return true;
        }
        const qint64 now = clock->nowMs();
        Users::signIn(f.db(), u"Ann"_s, now);
        const auto out = ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now);
        if (!out.ok)
            qWarning() << "approving failed:" << out.error;
        f.pool()->wake();
        return out.ok;
    }

    static QJsonObject executed(PipelineFixture& f, qint64 proposal)
    {
        return Json::objectFromString(
            Sql::scalar(f.db(), u"SELECT executed_parameters FROM action_proposals WHERE id = ?"_s, {proposal})
                .toString());
    }

    static QString wooDescription(PipelineFixture& f)
    {
        const QList<QJsonObject> products = f.sandbox()->wooProducts();
        return products.isEmpty() ? QString() : products.first().value(u"description"_s).toString();
    }

    static int placesStating(PipelineFixture& f, qint64 product, const QString& sku, qint64 cents)
    {
        int places = 0;
        for (const ContentStore::Mention& m : ContentStore::priceStated(f.db(), product, sku, cents))
            places += m.places;
        return places;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void wordsNotYetInAStoreAreRewrittenAtOnce()
    {
        PipelineFixture f;
        f.startPool();
        const qint64 product = readyProduct(f, u"MUG-1"_s, 4900);
        QVERIFY(product > 0);
        QVERIFY2(placesStating(f, product, u"MUG-1"_s, 4900) > 0, "the sandbox writer states the price");

        const qint64 change = propose(f, product, u"price_change"_s,
            {{u"sku"_s, u"MUG-1"_s}, {u"new_price"_s, u"55.00"_s}, {u"currency"_s, u"EUR"_s}});
        QVERIFY(approve(f, change));
        QVERIFY(f.waitUntilIdle());
        const QJsonObject ran = executed(f, change);
        QVERIFY2(ran.value(u"pieces_rechecked"_s).toInt() > 0, qPrintable(Json::compact(ran)));
        QVERIFY2(ran.value(u"note"_s).toString().contains(u"checked again against the new price"_s),
            qPrintable(ran.value(u"note"_s).toString()));
        // The writer has rewritten what stated €49.00: the accepted words state the new price, not the old.
        QCOMPARE(f.stageOf(product), u"ready"_s);
        QCOMPARE(placesStating(f, product, u"MUG-1"_s, 4900), 0);
        QVERIFY(placesStating(f, product, u"MUG-1"_s, 5500) > 0);
    }

    void wordsInTheStoreAreRefreshedAfterThePriceIsPublished()
    {
        // A manual clock: the SEO agent's run after a publish is queued to start a minute later.
        ManualClock clock(Clock::system()->nowMs());
        PipelineFixture f(&clock);
        f.startPool();
        AgentRuns::install(f.db(), *f.domains().agents, clock.nowMs());
        const qint64 product = readyProduct(f, u"MUG-2"_s, 4900, &clock);
        QVERIFY(product > 0);
        f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        QVERIFY(approve(f, propose(f, product, u"publish_product"_s, {}, &clock), &clock));
        QVERIFY(idle(f, &clock));
        QCOMPARE(f.stageOf(product), u"published"_s);
        QVERIFY2(wooDescription(f).contains(u"€49.00"_s), qPrintable(wooDescription(f)));
        // Published: the SEO agent looked a minute later and found the words sound.
        const auto seoRuns
            = [&] { return f.count(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'SEO' AND outcome = 'ok'"_s); };
        QCOMPARE(seoRuns(), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'content_refresh'"_s), 0);

        // The new price goes to the store at once; the words stay as they were, and the note says what follows.
        const qint64 change = propose(f, product, u"price_change"_s,
            {{u"sku"_s, u"MUG-2"_s}, {u"new_price"_s, u"65.00"_s}, {u"currency"_s, u"EUR"_s}}, &clock);
        QCOMPARE(Sql::scalar(f.db(), u"SELECT status FROM action_proposals WHERE id = ?"_s, {change}).toString(),
            u"pending"_s); // 33 %: a person decides
        const qint64 approvedAt = clock.nowMs();
        QVERIFY(approve(f, change, &clock));
        QVERIFY(idle(f, &clock));
        QCOMPARE(f.sandbox()->wooProducts().first().value(u"regular_price"_s).toString(), u"65.00"_s);
        const QJsonObject ran = executed(f, change);
        QVERIFY2(ran.value(u"note"_s).toString().contains(u"SEO agent"_s), qPrintable(Json::compact(ran)));
        QVERIFY(!ran.contains(u"pieces_rechecked"_s));
        QCOMPARE(f.stageOf(product), u"published"_s);

        // The republish finished, and the SEO agent ran on its own a minute later: a refresh is proposed.
        QCOMPARE(seoRuns(), 2);
        QVERIFY(f.count(u"SELECT MAX(started_at) FROM agent_runs WHERE agent = 'SEO'"_s)
            >= approvedAt + AgentRuns::AfterPublishDelayMs);
        const qint64 refresh = f.count(
            u"SELECT id FROM action_proposals WHERE action_type = 'content_refresh' AND product_id = ? AND status = "
            u"'pending'"_s,
            {product});
        QVERIFY(refresh > 0);
        const QString reasoning
            = Sql::scalar(f.db(), u"SELECT reasoning FROM action_proposals WHERE id = ?"_s, {refresh}).toString();
        QVERIFY2(reasoning.contains(u"€49.00"_s) && reasoning.contains(u"€65.00"_s), qPrintable(reasoning));

        // Approved, the writer rewrites what fails; publishing the new words is approved as before.
        QVERIFY(approve(f, refresh, &clock));
        QVERIFY(idle(f, &clock));
        QCOMPARE(f.stageOf(product), u"ready"_s);
        QVERIFY(wooDescription(f).contains(u"€49.00"_s)); // the store keeps the published words until then
        QVERIFY(approve(f, propose(f, product, u"publish_product"_s, {}, &clock), &clock));
        QVERIFY(idle(f, &clock));
        QCOMPARE(f.stageOf(product), u"published"_s);
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
        const QString words = wooDescription(f);
        QVERIFY2(words.contains(u"€65.00"_s) && !words.contains(u"€49.00"_s), qPrintable(words));
        QCOMPARE(f.sandbox()->wooProducts().first().value(u"regular_price"_s).toString(), u"65.00"_s);
        // The agent looked again after that publish, and has nothing more to say.
        QCOMPARE(seoRuns(), 3);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'content_refresh'"_s), 1);

        // A paused agent is not queued by a publish.
        Sql::exec(f.db(), u"UPDATE agents SET paused = 1 WHERE name = 'SEO'"_s);
        QCOMPARE(AgentRuns::queueOnPublished(f.db(), *f.domains().agents, clock.nowMs()), 0);
    }

    void wordsAreCountedPerPieceAndVariant()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 product = Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, currency, created_at, updated_at) VALUES ('TEE', 'Tee', "
            u"2500, 'EUR', 0, 0)"_s);
        const auto piece = [&](const QString& kind, const QJsonObject& body) {
            const qint64 id = Sql::insert(db,
                u"INSERT INTO content_pieces (product_id, kind, state, run_no, updated_at) VALUES (?, ?, 'accepted', "
                u"1, 0)"_s,
                {product, kind});
            const qint64 v = Sql::insert(db,
                u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, "
                u"created_at) VALUES (?, 1, 1, 'writer', ?, ?, 0)"_s,
                {id, Json::compact(body), u"k%1"_s.arg(id)});
            Sql::exec(db, u"UPDATE content_pieces SET accepted_version_id = ?, current_version_id = ? WHERE id = ?"_s,
                {v, v, id});
        };
        piece(u"description"_s,
            {{u"body"_s, u"Soft cotton tee for €25.00. Two for €25.00 each, or $25.00 in the US."_s},
                {u"bullets"_s, QJsonArray{u"Now €25"_s, u"Was €30.00"_s}}});
        piece(u"seo"_s, {{u"seo_title"_s, u"Cotton tee"_s}, {u"meta_description"_s, u"A soft cotton tee."_s}});
        const QList<ContentStore::Mention> stated = ContentStore::priceStated(db, product, u"TEE"_s, 2500);
        QCOMPARE(stated.size(), 1); // the SEO piece does not state it
        QCOMPARE(stated.first().kind, u"description"_s);
        QCOMPARE(stated.first().places, 3); // two in the body and a bullet; the dollars are another currency
        QVERIFY(ContentStore::priceStated(db, product, u"TEE"_s, 1999).isEmpty());

        // A variant priced the same keeps the words true: nothing is stale.
        Sql::exec(db,
            u"INSERT INTO product_variants (product_id, sku, options, price_cents, position) VALUES (?, 'TEE-S', "
            u"'[\"S\"]', 2500, 0), (?, 'TEE-L', '[\"L\"]', 2500, 1)"_s,
            {product, product});
        QVERIFY(ContentStore::priceStated(db, product, u"TEE-S"_s, 2500).isEmpty());
        Sql::exec(db, u"UPDATE product_variants SET price_cents = 2900 WHERE sku = 'TEE-L'"_s);
        QCOMPARE(ContentStore::priceStated(db, product, u"TEE-S"_s, 2500).size(), 1);
        // Nor when the product's own description states the amount: the gate's price check accepts it there.
        Sql::exec(db, u"UPDATE products SET description = 'Launch price €25.00.' WHERE id = ?"_s, {product});
        QVERIFY(ContentStore::priceStated(db, product, u"TEE-S"_s, 2500).isEmpty());
    }

    // A price approved while the product's publish is running is followed by another publish (the running one may
    // have read the old price); asking again while that one waits adds nothing; taking the product down while a
    // publish waits replaces the waiting publish, and the running one is left to finish.
    void aPublishWaitingOrRunningIsFollowedAsAsked()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const qint64 product = Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, created_at, updated_at) VALUES ('MUG-3', 'Mug', 4900, 0, "
            u"0)"_s);
        const qint64 connection = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        const qint64 pub = Sql::insert(db,
            u"INSERT INTO publications (product_id, connection_id, target, status, updated_at) VALUES (?, ?, "
            u"'product', 'queued', 0)"_s,
            {product, connection});
        const qint64 running = JobQueue::enqueue(db,
            {PublishJobs::Publish, pub, u"publish:running"_s,
                QJsonObject{
                    {u"publication"_s, pub}, {u"unpublish"_s, false}, {u"lane"_s, u"connection:%1"_s.arg(connection)}}},
            now)
                                   .first;
        Sql::exec(db, u"UPDATE jobs SET state = 'running' WHERE id = ?"_s, {running});
        const auto jobs = [&](const QString& state, bool unpublish) {
            return tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'publish' AND subject_id = ? AND state = ? AND "
                            u"COALESCE(json_extract(payload, '$.unpublish'), 0) = ?"_s,
                {pub, state, unpublish ? 1 : 0});
        };
        QCOMPARE(Publications::queueRepublish(db, product, now), QList<qint64>{pub});
        QCOMPARE(jobs(u"queued"_s, false), 1);
        QCOMPARE(Publications::queueRepublish(db, product, now + 1), QList<qint64>{pub});
        QCOMPARE(jobs(u"queued"_s, false), 1); // one waits, as asked twice

        QString why;
        QCOMPARE(Publications::queueProduct(db, product, true, now + 2, &why), QList<qint64>{pub});
        QCOMPARE(jobs(u"queued"_s, false), 0);
        QCOMPARE(jobs(u"queued"_s, true), 1);
        QCOMPARE(jobs(u"canceled"_s, false), 1);
        QCOMPARE(jobs(u"running"_s, false), 1);
    }

    // An imported product whose variants differ in price lists those prices among its facts; a changed price
    // follows into that list, and the gate's price check reads today's variant prices, not the import's.
    void aChangedVariantPriceIsNoLongerAFact()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 product = Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, currency, attributes, created_at, updated_at) VALUES "
            u"('', 'Tee', 2500, 'EUR', '{\"prices\": [\"25.00\", \"29.00\"]}', 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO product_variants (product_id, sku, options, price_cents, position) VALUES (?, 'TEE-S', "
            u"'[\"S\"]', 2500, 0), (?, 'TEE-L', '[\"L\"]', 2900, 1)"_s,
            {product, product});
        const QJsonObject body{{u"body"_s, u"The small one is €25.00, the large €29.00."_s}};
        QVERIFY(ContentChecks::checkPrices(body, *ProductFacts::load(db, product)).isEmpty());

        QCOMPARE(ProductStore::setPrice(db, u"TEE-S"_s, 2700, 1), product);
        const ProductFacts after = *ProductFacts::load(db, product);
        QCOMPARE(after.attributes.value(u"prices"_s).toArray(), (QJsonArray{u"27.00"_s, u"29.00"_s}));
        const QList<ContentChecks::Problem> problems = ContentChecks::checkPrices(body, after);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(u"€25.00"_s), qPrintable(problems.first().message));
        // The import's list alone, as an older workspace may have it, does not keep the old price true either.
        ProductFacts stale = after;
        stale.attributes.insert(u"prices"_s, QJsonArray{u"25.00"_s, u"29.00"_s});
        QCOMPARE(ContentChecks::checkPrices(body, stale).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPriceWords)
#include "tst_pricewords.moc"
