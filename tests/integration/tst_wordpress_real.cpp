#include "ApiFixture.h"
#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "catalog/CatalogImport.h"
#include "commerce/WordPressClient.h"
#include "publishing/Connections.h"
#include "publishing/Publications.h"
#include "publishing/PublishActions.h"
#include "publishing/PublishPayloads.h"
#include "sites/SiteActions.h"
#include "sites/SiteStore.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// Against a real WordPress (Debian's package, MariaDB and PHP on loopback, installed by
// tests/integration/wordpress/wp-up.sh as a ctest fixture): the client finds the REST root from the
// Link header (this site has plain permalinks, so it is ?rest_route=), authenticates with an
// application password, creates, finds and updates posts, pages and media, and reads them back. Then
// the publisher puts a product's blog post and landing page there, once, even when a post from an
// earlier attempt already exists.
class TestWordPressReal : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    // Runs share the site: every slug and SKU a test makes is its own.
    const QString m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    QString m_user;
    QString m_password;
    inline static const QByteArray kPng = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    template <typename Call> static QPair<ApiError, QJsonObject> wait(ApiFixture& f, Call call)
    {
        return f.item(call, 30'000);
    }

    // The real WordPress as a connection, its application password in the runtime's cache bound to
    // its address (as the SecretStore loads it at start).
    qint64 connectToWordPress(PipelineFixture& f) const
    {
        Connections::Connection c;
        c.kind = Connections::Kind::WordPress;
        c.name = u"Local WordPress"_s;
        c.url = m_url.toString();
        c.account = m_user;
        const qint64 conn = Connections::save(f.db(), c, 1);
        f.runtime().secrets()->put(
            Connections::secretKey(conn, u"app_password"_s), m_password, SecretCache::originOf(m_url));
        return conn;
    }

    // A product imported from a Shopify export and generated to Ready, as a shop owner would.
    qint64 importReady(PipelineFixture& f, const QString& handle, const QString& title, const QString& sku) const
    {
        const QByteArray csv = "Handle,Title,Body (HTML),Type,Tags,Variant SKU,Variant Price,Image Src\n"
            + (handle + u'-' + m_run + u',' + title + u",<p>A heavy linen apron with deep pockets.</p>,Kitchen,linen,"_s
                + sku + u",29.00,\n"_s)
                  .toUtf8();
        CatalogImport::Preview preview = CatalogImport::read(csv, CatalogImport::Options{});
        if (!preview.fatal.isEmpty())
            return 0;
        CatalogImport::match(f.db(), &preview);
        const CatalogImport::Result imported
            = CatalogImport::apply(f.db(), preview, u"test"_s, Clock::system()->nowMs());
        if (imported.created.size() != 1)
            return 0;
        const qint64 product = imported.created.first();
        f.run({product});
        return f.waitUntilIdle() && f.stageOf(product) == u"ready" ? product : 0;
    }

    // Publishing proposed and approved by an owner, and carried out.
    static bool approvePublishing(PipelineFixture& f, qint64 product, const QString& sku)
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Publisher"_s;
        p.actionType = ActionTypes::fromKey(u"publish_product"_s);
        p.title = u"Publish "_s + sku;
        p.productId = product;
        p.parameters = QJsonObject{{u"sku"_s, sku}};
        const qint64 now = Clock::system()->nowMs();
        const qint64 proposal = ApprovalDesk::propose(f.db(), p, u"test"_s, now);
        Users::signIn(f.db(), u"Ann"_s, now);
        if (!ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now).ok)
            return false;
        f.pool()->wake();
        return f.waitUntilIdle(60'000);
    }

private slots:
    void initTestCase()
    {
        QFile env(qEnvironmentVariable("QUORUM_WP_ENV"));
        QVERIFY2(env.open(QIODevice::ReadOnly), "the wordpress fixture did not write its environment file");
        for (const QByteArray& line : env.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line);
            if (l.startsWith(u"QUORUM_WP_URL="_s))
                m_url = QUrl(l.section(u'=', 1));
            else if (l.startsWith(u"QUORUM_WP_USER="_s))
                m_user = l.section(u'=', 1);
            else if (l.startsWith(u"QUORUM_WP_APP_PASSWORD="_s))
                m_password = l.section(u'=', 1);
        }
        QVERIFY(m_url.isValid() && !m_password.isEmpty());
    }

    void postsPagesAndMediaRoundTrip()
    {
        ApiFixture f;
        WordPressClient wp(&f.caller(), &f.runtime(), {m_url, m_user, m_password, {}});
        QUrl root;
        bool found = false;
        wp.discover(f.context(), [&](const ApiError& e, const QUrl& r) {
            QVERIFY2(!e.isError(), qPrintable(e.toString()));
            root = r;
            found = true;
        });
        QVERIFY(f.runUntil([&] { return found; }, 30'000));
        QVERIFY2(root.toString().contains(u"rest_route"_s), qPrintable(root.toString()));

        auto [e1, me] = wait(f, [&](auto cb) { wp.currentUser(f.context(), cb); });
        QVERIFY2(!e1.isError(), qPrintable(e1.toString()));
        QCOMPARE(me.value(u"slug"_s).toString(), m_user);

        auto [e2, post] = wait(f, [&](auto cb) {
            wp.create(u"posts"_s,
                QJsonObject{{u"title"_s, u"Warm without the weight"_s},
                    {u"content"_s, u"<p>Merino, knitted to last.</p>"_s},
                    {u"slug"_s, QString(u"quorum-roundtrip-post-"_s + m_run)}, {u"status"_s, u"draft"_s}},
                f.context(), cb);
        });
        QVERIFY2(!e2.isError(), qPrintable(e2.toString()));
        const qint64 id = post.value(u"id"_s).toInteger();
        auto [e3, bySlug] = wait(f,
            [&](auto cb) { wp.findBySlug(u"posts"_s, QString(u"quorum-roundtrip-post-"_s + m_run), f.context(), cb); });
        QVERIFY2(!e3.isError(), qPrintable(e3.toString()));
        QCOMPARE(bySlug.value(u"id"_s).toInteger(), id); // a draft, found with the application password
        auto [e4, published] = wait(f, [&](auto cb) {
            wp.update(u"posts"_s, id, QJsonObject{{u"status"_s, u"publish"_s}}, f.context(), cb);
        });
        QVERIFY2(!e4.isError(), qPrintable(e4.toString()));
        auto [e5, read] = wait(f, [&](auto cb) { wp.get(u"posts"_s, id, f.context(), cb); });
        QVERIFY(!e5.isError());
        QCOMPARE(read.value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(read.value(u"title"_s).toObject().value(u"raw"_s).toString(), u"Warm without the weight"_s);
        QVERIFY(read.value(u"content"_s).toObject().value(u"raw"_s).toString().contains(u"knitted to last"_s));

        auto [e6, page] = wait(f, [&](auto cb) {
            wp.create(u"pages"_s,
                QJsonObject{
                    {u"title"_s, u"Merino landing"_s}, {u"content"_s, u"<h2>Hi</h2>"_s}, {u"status"_s, u"publish"_s}},
                f.context(), cb);
        });
        QVERIFY2(!e6.isError(), qPrintable(e6.toString()));
        QCOMPARE(page.value(u"type"_s).toString(), u"page"_s);

        auto [e7, media] = wait(f, [&](auto cb) {
            wp.uploadMedia(kPng, QString(u"quorum-roundtrip-"_s + m_run + u".png"_s), "image/png", f.context(), cb);
        });
        QVERIFY2(!e7.isError(), qPrintable(e7.toString()));
        QCOMPARE(media.value(u"mime_type"_s).toString(), u"image/png"_s);
        auto [e8, mediaFound]
            = wait(f, [&](auto cb) { wp.findMediaBySlug(u"quorum-roundtrip-"_s + m_run, f.context(), cb); });
        QVERIFY(!e8.isError());
        QCOMPARE(mediaFound.value(u"id"_s), media.value(u"id"_s));
    }

    void wrongPasswordIsAnAuthError()
    {
        ApiFixture f;
        WordPressClient wp(&f.caller(), &f.runtime(), {m_url, m_user, u"wrong wrong wrong wrong"_s, {}});
        auto [e, me] = wait(f, [&](auto cb) { wp.currentUser(f.context(), cb); });
        QCOMPARE(e.cls, ErrorClass::Auth);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(u"wrong wrong"_s));
    }

    void publisherPutsAProductThereOnce()
    {
        PipelineFixture f;
        f.startPool();
        // Imported from a Shopify export, as a shop owner would.
        const QString sku = u"WP-REAL-"_s + m_run;
        const QByteArray csv = "Handle,Title,Body (HTML),Type,Tags,Variant SKU,Variant Price,Image Src\n"
                               "walnut-desk-tray-"
            + m_run.toUtf8()
            + ",Walnut Desk Tray,<p>A solid walnut tray that keeps a desk in order.</p>,Office,"
              "desk,"
            + sku.toUtf8() + ",39.00,\n";
        CatalogImport::Preview preview = CatalogImport::read(csv, CatalogImport::Options{});
        QVERIFY2(preview.fatal.isEmpty(), qPrintable(preview.fatal));
        CatalogImport::match(f.db(), &preview);
        const CatalogImport::Result imported
            = CatalogImport::apply(f.db(), preview, u"test"_s, Clock::system()->nowMs());
        QCOMPARE(imported.created.size(), 1);
        const qint64 product = imported.created.first();
        ProductFacts facts = *ProductFacts::load(f.db(), product);
        QCOMPARE(facts.sku, sku);
        f.run({product});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(product), u"ready"_s);
        // A generated landing page for it.
        QDir(f.ws().path()).mkpath(u"sites"_s);
        QFile html(QDir(f.ws().path()).filePath(u"sites/tray.html"_s));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<section><h1>Order on your desk</h1><p>Solid walnut.</p></section>");
        html.close();
        Sql::exec(f.db(),
            u"INSERT INTO sites (name, kind, product_id, title, html_path, status, created_at, updated_at) VALUES "
            u"(?, 'landing', ?, 'Order on your desk', 'sites/tray.html', 'draft', 1, 1)"_s,
            {QString(u"Tray landing "_s + facts.sku), product});

        connectToWordPress(f);

        // An earlier attempt's post already exists (created, answer lost): it must be updated, not doubled.
        ApiFixture api;
        WordPressClient wp(&api.caller(), &api.runtime(), {m_url, m_user, m_password, {}});
        const QString slug = PublishPayloads::blogSlug(*ProductFacts::load(f.db(), product));
        auto [e0, earlier] = wait(api, [&](auto cb) {
            wp.create(u"posts"_s,
                QJsonObject{{u"title"_s, u"half-written"_s}, {u"slug"_s, slug}, {u"status"_s, u"draft"_s}},
                api.context(), cb);
        });
        QVERIFY2(!e0.isError(), qPrintable(e0.toString()));

        ApprovalDesk::Proposal p;
        p.agent = u"Publisher"_s;
        p.actionType = ActionTypes::fromKey(u"publish_product"_s);
        p.title = u"Publish "_s + sku;
        p.productId = product;
        p.parameters = QJsonObject{{u"sku"_s, sku}};
        const qint64 now = Clock::system()->nowMs();
        const qint64 proposal = ApprovalDesk::propose(f.db(), p, u"test"_s, now);
        Users::signIn(f.db(), u"Ann"_s, now);
        QVERIFY(ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle(60'000));

        const auto pubs = Publications::forProduct(f.db(), product)
            + Publications::forSite(
                f.db(), Sql::scalar(f.db(), u"SELECT id FROM sites WHERE product_id = ?"_s, {product}).toLongLong());
        QCOMPARE(pubs.size(), 2);
        for (const auto& pub : pubs)
            QVERIFY2(pub.status == u"published", qPrintable(pub.target + u": "_s + pub.error));

        // Read back through the REST API: one post with that slug, published, with the blog draft.
        auto [e1, post] = wait(api, [&](auto cb) { wp.findBySlug(u"posts"_s, slug, api.context(), cb); });
        QVERIFY(!e1.isError());
        QCOMPARE(QString::number(post.value(u"id"_s).toInteger()),
            pubs.first().target == u"post" ? pubs.first().externalId : pubs.last().externalId);
        QCOMPARE(post.value(u"id"_s).toInteger(), earlier.value(u"id"_s).toInteger());
        QCOMPARE(post.value(u"status"_s).toString(), u"publish"_s);
        QVERIFY(post.value(u"title"_s).toObject().value(u"raw"_s).toString() != u"half-written"_s);
        auto [e2, page] = wait(api, [&](auto cb) {
            wp.findBySlug(u"pages"_s, PublishPayloads::slugify(u"Tray landing "_s + facts.sku), api.context(), cb);
        });
        QVERIFY(!e2.isError());
        QCOMPARE(page.value(u"status"_s).toString(), u"publish"_s);
        QVERIFY(page.value(u"content"_s).toObject().value(u"raw"_s).toString().contains(u"Solid walnut"_s));
    }
    void aGeneratedSitesApprovedVersionBecomesAPage()
    {
        PipelineFixture f;
        f.startPool();
        const ProductFacts mug = PipelineFixture::facts(u"Stoneware Mug "_s + m_run);
        // Its photo in the workspace (a real PNG: WordPress checks what it is given).
        QDir(f.ws().path()).mkpath(u"images"_s);
        QFile photo(QDir(f.ws().path()).filePath(mug.images.first()));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        photo.close();
        const qint64 product = f.addProduct(mug);
        const qint64 now = Clock::system()->nowMs();
        Users::signIn(f.db(), u"Ann"_s, now);
        UserSession session(*Users::find(f.db(), u"Ann"_s), u"test"_s);
        EventBus bus;
        SiteActions sites(ChangeDoor(f.db(), Clock::system(), &bus, &session), &session);
        PublishActions publish(f.db(), Clock::system(), &f.bus(), f.pool(), &session);
        QString error;
        const qint64 site = sites.generateForProduct(product, &error);
        QVERIFY2(site > 0, qPrintable(error));
        QVERIFY(f.waitUntilIdle(120'000));
        QCOMPARE(SiteStore::site(f.db(), site)->stage, QString(SiteStore::Stage::Ready));
        connectToWordPress(f);
        bool ok = false;
        QVERIFY(publish.publishSite(site, &ok).contains(u"approval"_s));
        const qint64 proposal = Sql::scalar(f.db(),
            u"SELECT id FROM action_proposals WHERE json_extract(parameters, '$.site') = ? AND "
            u"json_extract(parameters, '$.page_version') = 1"_s,
            {site})
                                    .toLongLong();
        QVERIFY(ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle(60'000));
        const auto pubs = Publications::forSite(f.db(), site);
        QCOMPARE(pubs.size(), 1);
        QVERIFY2(pubs.first().status == u"published", qPrintable(pubs.first().error));
        QCOMPARE(SiteStore::site(f.db(), site)->status, u"published"_s);
        // Read back: the page version that was approved, its stylesheet from the design tokens, its sections.
        ApiFixture api;
        WordPressClient wp(&api.caller(), &api.runtime(), {m_url, m_user, m_password, {}});
        auto [e, page] = wait(api, [&](auto cb) {
            wp.findBySlug(u"pages"_s,
                PublishPayloads::slugify(u"Stoneware Mug "_s + m_run) + u'-' + QString::number(site), api.context(),
                cb);
        });
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        QCOMPARE(page.value(u"status"_s).toString(), u"publish"_s);
        const QString raw = page.value(u"content"_s).toObject().value(u"raw"_s).toString();
        QVERIFY2(raw.contains(u"--c-primary"_s) && raw.contains(u"id=\"hero\""_s), qPrintable(raw.left(300)));
        // The photo is shown from the site's media library, not from a path on this machine.
        QVERIFY(SiteStore::page(f.db(), site, 1)->html.contains(u"src=\""_s + mug.images.first()));
        QVERIFY2(raw.contains(u"/wp-content/uploads/"_s) && !raw.contains(u"src=\""_s + mug.images.first()),
            qPrintable(raw.left(1500)));
        QVERIFY(raw.contains(SiteStore::page(f.db(), site, 1)
                                 ->html.section(u"<main>"_s, 1)
                                 .section(u"</main>"_s, 0, 0)
                                 .trimmed()
                                 .left(80)));
    }

    void hostileProductRendersAsText()
    {
        // A product from a hostile CSV whose content a model wrote with markup in it: what the real
        // WordPress stores (raw) and renders (rendered: its own title, excerpt and content filters,
        // what a theme prints) holds no live markup but the allow-list, and the words are still there.
        PipelineFixture f;
        f.startPool();
        const QString sku = u"WP-MARKUP-"_s + m_run;
        const qint64 product = importReady(f, u"linen-apron"_s, u"Linen Apron"_s, sku);
        QVERIFY(product > 0);
        Sql::exec(f.db(), u"UPDATE products SET name = ? WHERE id = ?"_s,
            {u"Linen <img src=x onerror=alert(1)>Apron <b>MKV</b><!--"_s, product});
        const auto setPiece = [&](const QString& kind, const QString& path, const QString& value) {
            Sql::exec(f.db(),
                u"UPDATE content_versions SET body = json_set(body, '%1', ?) WHERE id = (SELECT accepted_version_id "
                u"FROM content_pieces WHERE product_id = ? AND kind = ?)"_s.arg(path),
                {value, product, kind});
        };
        setPiece(u"blog"_s, u"$.title"_s, u"Apron story <b>MKV</b><!--"_s);
        setPiece(u"blog"_s, u"$.excerpt"_s, u"Short <img src=x onerror=alert(1)>read <b>MKX</b><!--"_s);
        setPiece(u"blog"_s, u"$.body"_s,
            u"Soft <strong>linen</strong> <script>alert(1)</script>cloth. <img src=x onerror=alert(1)>\n\nSee "
            u"<a href=\"https://shop.example/care\" onclick=\"alert(1)\">care</a> or <a "
            u"href=\"javascript:alert(1)\">this</a>.<iframe src=\"https://evil.example\"></iframe><!-- hidden "
            u"MKHIDDEN"_s);
        setPiece(u"description"_s, u"$.headline"_s, u"Linen <b>MKV</b><!-- apron"_s);

        connectToWordPress(f);
        QVERIFY(approvePublishing(f, product, sku));
        const auto pubs = Publications::forProduct(f.db(), product);
        QCOMPARE(pubs.size(), 2); // the blog post and the landing page
        for (const auto& pub : pubs)
            QVERIFY2(pub.status == u"published", qPrintable(pub.target + u": "_s + pub.error));

        ApiFixture api;
        WordPressClient wp(&api.caller(), &api.runtime(), {m_url, m_user, m_password, {}});
        QStringList problems;
        // Live markup of ours: a tag we planted, an event handler or a script link inside a tag, a
        // script, a frame, the comment that hides what follows. Escaped text (&lt;b&gt;) is not live.
        const auto live = [&problems](const QString& where, const QString& html) {
            static const QList<QRegularExpression> patterns{QRegularExpression(u"<b>MK[VX]"_s),
                QRegularExpression(u"<[^<>]*\\bon(error|click)\\s*=\\s*[\"']?alert"_s),
                QRegularExpression(u"<[^<>]*href\\s*=\\s*[\"']?javascript:"_s), QRegularExpression(u"<script>alert"_s),
                QRegularExpression(u"<iframe[^<>]*evil\\.example"_s), QRegularExpression(u"<!-- hidden"_s),
                QRegularExpression(u"<img[^<>]*src=[\"']?x[\"' >]"_s)};
            for (const QRegularExpression& re : patterns) {
                if (re.match(html).hasMatch())
                    problems.append(u"%1 holds live markup (%2)"_s.arg(where, re.pattern()));
            }
        };
        for (const auto& pub : pubs) {
            const QString collection = pub.target == u"post" ? u"posts"_s : u"pages"_s;
            auto [e, item]
                = wait(api, [&](auto cb) { wp.get(collection, pub.externalId.toLongLong(), api.context(), cb); });
            QVERIFY2(!e.isError(), qPrintable(e.toString()));
            for (const QString& field : {u"title"_s, u"excerpt"_s, u"content"_s}) {
                const QJsonObject o = item.value(field).toObject();
                live(collection + u' ' + field + u" (stored)"_s, o.value(u"raw"_s).toString());
                live(collection + u' ' + field + u" (rendered)"_s, o.value(u"rendered"_s).toString());
            }
            // The title is text: WordPress shows it as the words, without a tag of any kind.
            if (item.value(u"title"_s).toObject().value(u"rendered"_s).toString().contains(u'<'))
                problems.append(collection + u" title renders with a tag: "_s
                    + item.value(u"title"_s).toObject().value(u"rendered"_s).toString());
            if (collection == u"posts") {
                const QString content = item.value(u"content"_s).toObject().value(u"rendered"_s).toString();
                if (!content.contains(u"<strong>linen</strong>"_s))
                    problems.append(u"the post lost the allowed emphasis: "_s + content);
                if (!content.contains(u"href=\"https://shop.example/care\""_s))
                    problems.append(u"the post lost the allowed link: "_s + content);
                if (!item.value(u"title"_s).toObject().value(u"rendered"_s).toString().contains(u"Apron story"_s))
                    problems.append(u"the post title lost its words"_s);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    void republishKeepsAPersonsEditsAndTheJsonLdStaysData()
    {
        // The real WordPress stores the post's JSON-LD as a script and renders it as one (no quotes
        // curled, no tags stripped), so a search engine reads the product from the page. A person then
        // retitles the post there; re-publishing new words keeps their title and updates the rest.
        PipelineFixture f;
        f.startPool();
        const QString sku = u"WP-EDIT-"_s + m_run;
        const qint64 product = importReady(f, u"linen-tea-towel"_s, u"Linen Tea Towel"_s, sku);
        QVERIFY(product > 0);
        connectToWordPress(f);
        QVERIFY(approvePublishing(f, product, sku));
        Publications::Publication post;
        for (const auto& pub : Publications::forProduct(f.db(), product))
            if (pub.target == Publications::Post)
                post = pub;
        QVERIFY2(post.status == u"published", qPrintable(post.error));
        QVERIFY2(post.error.isEmpty(), qPrintable(post.error));

        ApiFixture api;
        WordPressClient wp(&api.caller(), &api.runtime(), {m_url, m_user, m_password, {}});
        const auto read = [&] {
            return wait(api, [&](auto cb) { wp.get(u"posts"_s, post.externalId.toLongLong(), api.context(), cb); });
        };
        const auto jsonLd = [](const QString& html) {
            static const QRegularExpression re(u"<script type=\"application/ld\\+json\">(.*?)</script>"_s,
                QRegularExpression::DotMatchesEverythingOption);
            QList<QJsonObject> out;
            for (auto it = re.globalMatch(html); it.hasNext();) {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(it.next().captured(1).toUtf8(), &error);
                out.append(error.error == QJsonParseError::NoError ? doc.object() : QJsonObject{});
            }
            return out;
        };
        auto [e1, item] = read();
        QVERIFY2(!e1.isError(), qPrintable(e1.toString()));
        for (const QString& form : {u"raw"_s, u"rendered"_s}) {
            const QList<QJsonObject> blocks = jsonLd(item.value(u"content"_s).toObject().value(form).toString());
            QVERIFY2(blocks.size() == 1,
                qPrintable(form + u": "_s + item.value(u"content"_s).toObject().value(form).toString()));
            QCOMPARE(blocks.first().value(u"@type"_s).toString(), u"Product"_s);
            QCOMPARE(blocks.first().value(u"sku"_s).toString(), sku);
            QCOMPARE(blocks.first().value(u"offers"_s).toObject().value(u"price"_s).toString(), u"29.00"_s);
        }

        auto [e2, edited] = wait(api, [&](auto cb) {
            wp.update(u"posts"_s, post.externalId.toLongLong(), QJsonObject{{u"title"_s, u"Our tea towel, by us"_s}},
                api.context(), cb);
        });
        QVERIFY2(!e2.isError(), qPrintable(e2.toString()));
        Sql::exec(f.db(),
            u"UPDATE content_versions SET body = json_set(body, '$.body', ?) WHERE id = (SELECT accepted_version_id "
            u"FROM content_pieces WHERE product_id = ? AND kind = 'blog')"_s,
            {u"Washed linen that dries a stack of plates."_s, product});
        Sql::exec(f.db(), u"UPDATE product_variants SET price_cents = 3150 WHERE product_id = ?"_s, {product});
        Sql::exec(f.db(), u"UPDATE products SET price_cents = 3150 WHERE id = ?"_s, {product});
        QString why;
        QVERIFY2(!Publications::queueProduct(f.db(), product, false, Clock::system()->nowMs(), &why).isEmpty(),
            qPrintable(why));
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle(60'000));

        auto [e3, after] = read();
        QVERIFY(!e3.isError());
        QCOMPARE(after.value(u"title"_s).toObject().value(u"raw"_s).toString(), u"Our tea towel, by us"_s);
        const QString raw = after.value(u"content"_s).toObject().value(u"raw"_s).toString();
        QVERIFY2(raw.contains(u"Washed linen that dries a stack of plates."_s), qPrintable(raw));
        const QList<QJsonObject> blocks = jsonLd(after.value(u"content"_s).toObject().value(u"rendered"_s).toString());
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().value(u"offers"_s).toObject().value(u"price"_s).toString(), u"31.50"_s);
        const auto pubs = Publications::forProduct(f.db(), product);
        for (const auto& pub : pubs)
            if (pub.target == Publications::Post) {
                QCOMPARE(pub.status, u"published"_s);
                QCOMPARE(pub.error, u"Kept as edited in WordPress: the title."_s);
            }
    }
};

QTEST_GUILESS_MAIN(TestWordPressReal)
#include "secrets/SecretCache.h"
#include "tst_wordpress_real.moc"
