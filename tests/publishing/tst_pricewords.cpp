#include "PipelineFixture.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "pipeline/ContentStore.h"
#include "publishing/Connections.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QFile>
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
    static qint64 readyProduct(PipelineFixture& f, const QString& sku, qint64 priceCents)
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
        if (!f.waitUntilIdle())
            return 0;
        return f.stageOf(id) == u"ready" ? id : 0;
    }

    static qint64 propose(PipelineFixture& f, qint64 product, const QString& type, const QJsonObject& params)
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Pricing"_s;
        p.actionType = ActionTypes::fromKey(type);
        p.title = type;
        p.productId = product;
        p.parameters = params;
        return ApprovalDesk::propose(f.db(), p, u"test"_s, Clock::system()->nowMs());
    }

    // Approved by an owner; a proposal the risk engine let run on its own (a change under 20 %) is already approved.
    static bool approve(PipelineFixture& f, qint64 proposal)
    {
        if (Sql::scalar(f.db(), u"SELECT status FROM action_proposals WHERE id = ?"_s, {proposal}).toString()
            == u"auto_approved") {
            f.pool()->wake();
            return true;
        }
        const qint64 now = Clock::system()->nowMs();
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
        PipelineFixture f;
        f.startPool();
        const qint64 now = Clock::system()->nowMs();
        AgentRuns::install(f.db(), *f.domains().agents, now);
        const qint64 product = readyProduct(f, u"MUG-2"_s, 4900);
        QVERIFY(product > 0);
        f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        QVERIFY(approve(f, propose(f, product, u"publish_product"_s, {})));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(product), u"published"_s);
        QVERIFY2(wooDescription(f).contains(u"€49.00"_s), qPrintable(wooDescription(f)));

        // The new price goes to the store at once; the words stay as they were, and the note says what follows.
        const qint64 change = propose(f, product, u"price_change"_s,
            {{u"sku"_s, u"MUG-2"_s}, {u"new_price"_s, u"65.00"_s}, {u"currency"_s, u"EUR"_s}});
        QCOMPARE(Sql::scalar(f.db(), u"SELECT status FROM action_proposals WHERE id = ?"_s, {change}).toString(),
            u"pending"_s); // 33 %: a person decides
        QVERIFY(approve(f, change));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->wooProducts().first().value(u"regular_price"_s).toString(), u"65.00"_s);
        const QJsonObject ran = executed(f, change);
        QVERIFY2(ran.value(u"note"_s).toString().contains(u"SEO agent"_s), qPrintable(Json::compact(ran)));
        QVERIFY(!ran.contains(u"pieces_rechecked"_s));
        QCOMPARE(f.stageOf(product), u"published"_s);

        // A publish finished: the agents that check the stores after publishing run, the SEO agent only.
        QCOMPARE(AgentRuns::queueOnPublished(f.db(), *f.domains().agents, Clock::system()->nowMs()), 1);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const qint64 refresh = f.count(
            u"SELECT id FROM action_proposals WHERE action_type = 'content_refresh' AND product_id = ? AND status = "
            u"'pending'"_s,
            {product});
        QVERIFY(refresh > 0);
        const QString reasoning
            = Sql::scalar(f.db(), u"SELECT reasoning FROM action_proposals WHERE id = ?"_s, {refresh}).toString();
        QVERIFY2(reasoning.contains(u"€49.00"_s) && reasoning.contains(u"€65.00"_s), qPrintable(reasoning));

        // Approved, the writer rewrites what fails; publishing the new words is approved as before.
        QVERIFY(approve(f, refresh));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(product), u"ready"_s);
        QVERIFY(wooDescription(f).contains(u"€49.00"_s)); // the store keeps the published words until then
        QVERIFY(approve(f, propose(f, product, u"publish_product"_s, {})));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(product), u"published"_s);
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
        const QString words = wooDescription(f);
        QVERIFY2(words.contains(u"€65.00"_s) && !words.contains(u"€49.00"_s), qPrintable(words));
        QCOMPARE(f.sandbox()->wooProducts().first().value(u"regular_price"_s).toString(), u"65.00"_s);
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
    }
};

QTEST_GUILESS_MAIN(TestPriceWords)
#include "tst_pricewords.moc"
