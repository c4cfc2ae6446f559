#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "jobs/JobQueue.h"
#include "jobs/RunControl.h"
#include "publishing/Connections.h"
#include "publishing/Publications.h"
#include "publishing/PublishActions.h"
#include "publishing/PublishJobs.h"
#include "publishing/PublishPayloads.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

#include <mutex>

using namespace Qt::StringLiterals;

namespace
{
// Every worker thread logs through the handler: the lines are appended under a lock.
std::mutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const std::lock_guard lock(g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

// Publishing through the real worker pool to the sandbox's WooCommerce, Shopify and WordPress:
// only after an approval, looked up before created, updated rather than duplicated, exactly one
// resource after a timeout that came after the server wrote, unpublished to a draft, held by the
// emergency stop and by being offline, then drained in order.
class TestPublishing : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        qint64 product = 0;
        qint64 woo = 0;
        qint64 wp = 0;
        qint64 shopify = 0;
    };

    static qint64 connect(PipelineFixture& f, Connections::Kind kind, const QString& name, qint64 mediaSite = 0)
    {
        return f.connectToSandbox(kind, name, mediaSite);
    }

    // A product through the pipeline to Ready, with a real image file in the workspace.
    static qint64 readyProduct(PipelineFixture& f, const QString& name, const QString& category = {})
    {
        ProductFacts facts = PipelineFixture::facts(name, category);
        const qint64 id = f.addProduct(facts);
        QDir(f.ws().path()).mkpath(u"images"_s);
        QFile image(QDir(f.ws().path()).filePath(facts.images.first()));
        image.open(QIODevice::WriteOnly);
        image.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        image.close();
        f.run({id});
        if (!f.waitUntilIdle())
            return 0;
        return f.stageOf(id) == u"ready" ? id : 0;
    }

    // Publishing proposed and approved by an owner, as a person would in the Approvals pane.
    static bool approvePublishing(PipelineFixture& f, qint64 product)
    {
        const QString sku = Sql::scalar(f.db(), u"SELECT sku FROM products WHERE id = ?"_s, {product}).toString();
        ApprovalDesk::Proposal p;
        p.agent = u"Publisher"_s;
        p.actionType = ActionTypes::fromKey(u"publish_product"_s);
        p.title = u"Publish "_s + sku;
        p.productId = product;
        p.parameters = QJsonObject{{u"sku"_s, sku}};
        const qint64 now = Clock::system()->nowMs();
        const qint64 id = ApprovalDesk::propose(f.db(), p, u"test"_s, now);
        Users::signIn(f.db(), u"Ann"_s, now);
        const auto out = ApprovalDesk::approve(f.db(), id, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now);
        if (f.pool())
            f.pool()->wake();
        return out.ok;
    }

    static QList<Publications::Publication> publications(PipelineFixture& f, qint64 product)
    {
        return Publications::forProduct(f.db(), product);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        g_previous = qInstallMessageHandler(capture);
    }

    // Nothing logs into the captured lines once they are gone at exit.
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void publishesEverywhereOnceAfterApproval()
    {
        PipelineFixture f;
        Setup s;
        f.startPool();
        s.product = readyProduct(f, u"Stoneware Mug"_s, u"Home"_s);
        QVERIFY(s.product > 0);
        s.wp = connect(f, Connections::Kind::WordPress, u"Blog"_s);
        s.woo = connect(f, Connections::Kind::WooCommerce, u"Shop"_s, s.wp);
        s.shopify = connect(f, Connections::Kind::Shopify, u"Shopify"_s);

        // Nothing is published without approval: asking is refused, and so is a job that asks anyway.
        QString why;
        QVERIFY(Publications::queueProduct(f.db(), s.product, false, Clock::system()->nowMs(), &why).isEmpty());
        QVERIFY2(why.contains(u"approved"_s), qPrintable(why));

        QVERIFY(approvePublishing(f, s.product));
        QVERIFY(f.waitUntilIdle());
        const auto pubs = publications(f, s.product);
        QCOMPARE(pubs.size(), 4); // WooCommerce and Shopify products, the blog post and the landing page
        for (const auto& p : pubs) {
            QVERIFY2(p.status == u"published", qPrintable(p.target + u": "_s + p.error));
            QVERIFY(!p.externalId.isEmpty());
        }
        QCOMPARE(f.stageOf(s.product), u"published"_s);
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
        const QJsonObject woo = f.sandbox()->wooProducts().first();
        // The product has no SKU of its own: it gets a stable one, the key every retry looks up.
        QCOMPARE(woo.value(u"sku"_s).toString(), u"QRM-%1"_s.arg(s.product));
        QCOMPARE(woo.value(u"images"_s).toArray().size(), 1); // uploaded to the media library and attached
        QCOMPARE(woo.value(u"categories"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Home"_s);
        QCOMPARE(f.sandbox()->wordpressItems(u"media"_s).size(), 1);
        QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).size(), 1);
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
        QVERIFY(f.sandbox()
                    ->wordpressItems(u"pages"_s)
                    .first()
                    .value(u"content"_s)
                    .toObject()
                    .value(u"raw"_s)
                    .toString()
                    .contains(u"Stoneware Mug"_s));
        // The landing page tells search engines what it sells: schema.org Product with its offer.
        QVERIFY(f.sandbox()
                    ->wordpressItems(u"pages"_s)
                    .first()
                    .value(u"content"_s)
                    .toObject()
                    .value(u"raw"_s)
                    .toString()
                    .contains(u"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""_s));
        QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'publication.published'"_s), 4);
        // No secret in any log line or any row of the workspace.
        const QStringList secrets{u"sandbox-consumer_secret"_s, u"sandbox-app_password"_s, u"sandbox-access_token"_s,
            u"sandbox-consumer_key"_s};
        QStringList lines;
        {
            const std::lock_guard lock(g_logMutex);
            lines = g_log;
        }
        for (const QString& line : std::as_const(lines)) {
            for (const QString& secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
        for (const QString& v : TestWorkspace::everyValue(f.db())) {
            for (const QString& secret : secrets)
                QVERIFY2(!v.contains(secret), "a secret is stored in the workspace");
        }

        // Publishing again (edited content, a second click) updates; nothing is created twice.
        QVERIFY(!Publications::queueProduct(f.db(), s.product, false, Clock::system()->nowMs(), &why).isEmpty());
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
        QCOMPARE(f.sandbox()->wordpressItems(u"media"_s).size(), 1);
        QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).size(), 1);
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
        QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);

        // Unpublish: back to a draft everywhere.
        QVERIFY(!Publications::queueProduct(f.db(), s.product, true, Clock::system()->nowMs(), &why).isEmpty());
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        for (const auto& p : publications(f, s.product))
            QCOMPARE(p.status, u"draft"_s);
        QCOMPARE(f.sandbox()->wooProducts().first().value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).first().value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(f.sandbox()->shopifyProducts().first().value(u"status"_s).toString(), u"DRAFT"_s);
    }

    void timeoutAfterTheServerWroteEndsWithOne_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("route");
        QTest::newRow("woocommerce") << int(Connections::Kind::WooCommerce) << u"woo"_s;
        QTest::newRow("wordpress") << int(Connections::Kind::WordPress) << u"wp"_s;
        QTest::newRow("shopify") << int(Connections::Kind::Shopify) << u"shopify"_s;
    }

    void timeoutAfterTheServerWroteEndsWithOne()
    {
        QFETCH(int, kind);
        QFETCH(QString, route);
        PipelineFixture f;
        f.setStallTimeoutMs(1500);
        f.startPool();
        const qint64 product = readyProduct(f, u"Linen Runner"_s);
        QVERIFY(product > 0);
        connect(f, Connections::Kind(kind), u"Target"_s);
        // The lookup answers; the write happens on the server, then its answer never comes.
        const QJsonArray sequence{u"ok"_s, u"timeout_after_create"_s};
        f.sandbox()->setRouteFaults(route, QJsonObject{{u"sequence"_s, sequence}});
        QVERIFY(approvePublishing(f, product));
        QVERIFY(f.waitUntilIdle(30'000));
        const auto pubs = publications(f, product);
        QCOMPARE(pubs.size(), Connections::Kind(kind) == Connections::Kind::WordPress ? 2 : 1); // post and page
        for (const auto& pub : pubs)
            QVERIFY2(pub.status == u"published", qPrintable(pub.error));
        // After the timeout the next attempt looked up first and found what the first one wrote.
        QVERIFY(f.sandbox()->requestCount(route) >= 3);
        switch (Connections::Kind(kind)) {
        case Connections::Kind::WooCommerce:
            QCOMPARE(f.sandbox()->wooProducts().size(), 1);
            QCOMPARE(QString::number(f.sandbox()->wooProducts().first().value(u"id"_s).toInteger()),
                pubs.first().externalId);
            break;
        case Connections::Kind::WordPress:
            QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).size(), 1);
            QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
            break;
        case Connections::Kind::Shopify:
            QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);
            break;
        case Connections::Kind::MetaAds:
            QFAIL("an ad account is not a publishing target");
        }
    }

    void stopAndOfflineHoldTheOutbox()
    {
        PipelineFixture f;
        f.startPool();
        const qint64 a = readyProduct(f, u"Oak Board"_s);
        const qint64 b = readyProduct(f, u"Oak Spoon"_s);
        QVERIFY(a > 0 && b > 0);
        connect(f, Connections::Kind::WooCommerce, u"Shop"_s);

        // Offline: publish jobs wait in the queue; nothing fails, nothing is sent.
        f.pool()->setOffline(true);
        QVERIFY(approvePublishing(f, a));
        QVERIFY(approvePublishing(f, b));
        QVERIFY(!f.waitUntilIdle(1000));
        QCOMPARE(Publications::outboxCount(f.db()), 2);
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 0);
        // The emergency stop holds them too, after the network is back.
        f.pool()->setState(f.db(), RunControl::State::Stopped, u"Ann"_s);
        f.pool()->setOffline(false);
        QVERIFY(!f.waitUntilIdle(1000));
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 0);
        // Resumed: they drain in the order they were asked for.
        f.pool()->setState(f.db(), RunControl::State::Running, u"Ann"_s);
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(Publications::outboxCount(f.db()), 0);
        const auto products = f.sandbox()->wooProducts();
        QCOMPARE(products.size(), 2);
        const QString skuA = u"QRM-%1"_s.arg(a);
        const auto first = std::min_element(products.begin(), products.end(),
            [](const auto& x, const auto& y) { return x.value(u"id"_s).toInteger() < y.value(u"id"_s).toInteger(); });
        QCOMPARE(first->value(u"sku"_s).toString(), skuA);
    }

    void unapprovedJobsAreRefusedByTheWorker()
    {
        PipelineFixture f;
        f.startPool();
        const qint64 product = readyProduct(f, u"Tea Towel"_s);
        QVERIFY(product > 0);
        const qint64 conn = connect(f, Connections::Kind::WooCommerce, u"Shop"_s);
        // A job written around the UI (an old queue, a bug) still meets the publisher's own check.
        const qint64 pub = Sql::insert(f.db(),
            u"INSERT INTO publications (product_id, connection_id, target, status, updated_at) VALUES (?, ?, "
            u"'product', 'queued', 1)"_s,
            {product, conn});
        JobQueue::enqueue(f.db(), {PublishJobs::Publish, pub, u"sneaky"_s, QJsonObject{{u"publication"_s, pub}}}, 1);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->wooProducts().size(), 0);
        const auto p = Publications::load(f.db(), pub);
        QCOMPARE(p->status, u"failed"_s);
        QVERIFY2(p->error.contains(u"approved"_s), qPrintable(p->error));
    }

    void aGeneratedSiteGoesLiveAsAPage()
    {
        PipelineFixture f;
        f.startPool();
        connect(f, Connections::Kind::WordPress, u"Blog"_s);
        QDir(f.ws().path()).mkpath(u"sites"_s);
        QFile html(QDir(f.ws().path()).filePath(u"sites/autumn.html"_s));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<h1>Autumn collection</h1>");
        html.close();
        const qint64 site = Sql::insert(f.db(),
            u"INSERT INTO sites (name, kind, title, html_path, created_at, updated_at) VALUES ('Autumn collection', "
            u"'collection', 'Autumn', 'sites/autumn.html', 1, 1)"_s);
        const qint64 now = Clock::system()->nowMs();
        Users::signIn(f.db(), u"Ann"_s, now);
        UserSession session(*Users::find(f.db(), u"Ann"_s), u"test"_s);
        PublishActions actions(f.db(), Clock::system(), &f.bus(), f.pool(), &session);
        bool ok = false;
        const QString said = actions.publishSite(site, &ok);
        QVERIFY2(ok && said.contains(u"approval"_s), qPrintable(said));
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 0);
        // Asked by the Publisher; a person approves it.
        const qint64 proposal = Sql::scalar(f.db(),
            u"SELECT id FROM action_proposals WHERE proposed_by = 'Publisher' AND json_extract(parameters, '$.site') = ?"_s,
            {site})
                                    .toLongLong();
        QVERIFY(proposal > 0);
        QVERIFY(ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
        QCOMPARE(Publications::forSite(f.db(), site).first().status, u"published"_s);
        // Publishing it again updates the same page.
        QVERIFY(!actions.publishSite(site, &ok).isEmpty() && ok);
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
    }

    void payloadsAreDeterministic()
    {
        ProductFacts facts = PipelineFixture::facts(u"Crème Brûlée Dish"_s);
        facts.sku = u"HOM-014"_s;
        PublishPayloads::Content c;
        c.description = QJsonObject{{u"headline"_s, u"A dish"_s},
            {u"body"_s, u"One.\n\nTwo <b>bold<script>alert(1)</script>"_s}, {u"bullets"_s, QJsonArray{u"a"_s}}};
        c.seo = QJsonObject{{u"seo_title"_s, u"T"_s}, {u"meta_description"_s, u"M"_s}, {u"slug"_s, u""_s}};
        QCOMPARE(PublishPayloads::productSlug(facts, c), u"creme-brulee-dish"_s);
        QCOMPARE(PublishPayloads::blogSlug(facts), u"hom-014-creme-brulee-dish-story"_s);
        const QJsonObject a = PublishPayloads::wooProduct(facts, c, 3, {7});
        QCOMPARE(PublishPayloads::hash(a), PublishPayloads::hash(PublishPayloads::wooProduct(facts, c, 3, {7})));
        QVERIFY(PublishPayloads::hash(a) != PublishPayloads::hash(PublishPayloads::wooProduct(facts, c, 3, {8})));
        // The model's markup keeps only the allow-list, closed: <b> stays, the script goes.
        const QString description = a.value(u"description"_s).toString();
        QVERIFY2(description.contains(u"<p>Two <b>bold</b></p>"_s), qPrintable(description));
        QVERIFY2(!description.contains(u"script"_s), qPrintable(description));
        // Shopify: online images by URL (local files have no address Shopify could fetch).
        facts.images = {u"https://cdn.example/dish.jpg"_s, u"images/local.png"_s};
        const QJsonArray files = PublishPayloads::shopifyProduct(facts, c).value(u"files"_s).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value(u"originalSource"_s).toString(), u"https://cdn.example/dish.jpg"_s);
    }
};

QTEST_GUILESS_MAIN(TestPublishing)
#include "secrets/SecretCache.h"
#include "tst_publishing.moc"
