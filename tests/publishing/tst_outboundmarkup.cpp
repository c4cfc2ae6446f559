#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "publishing/Connections.h"
#include "publishing/PostMerge.h"
#include "publishing/Publications.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// What leaves the machine for a store is what each field can safely hold: a product whose facts came
// from a hostile CSV and whose content a model wrote with markup in it is published to the sandbox's
// WooCommerce, Shopify and WordPress, and what they stored is read back. Names, SKUs, titles, tags,
// the category, the product type, SEO fields and the excerpt arrive as plain text (no tag, no
// comment); the long descriptions and the post's body arrive as HTML holding only the allow-list
// (p, br, lists, strong/em/b/i, headings, http(s) links).
class TestOutboundMarkup : public QObject
{
    Q_OBJECT

private:
    static qint64 connect(PipelineFixture& f, Connections::Kind kind, const QString& name, qint64 mediaSite = 0)
    {
        return f.connectToSandbox(kind, name, mediaSite);
    }

    static void setPiece(PipelineFixture& f, qint64 product, const QString& kind, const QString& path,
        const QVariant& value, bool json = false)
    {
        Sql::exec(f.db(),
            u"UPDATE content_versions SET body = json_set(body, '%1', %2) WHERE id = (SELECT accepted_version_id "
            u"FROM content_pieces WHERE product_id = ? AND kind = ?)"_s.arg(path, json ? u"json(?)"_s : u"?"_s),
            {value, product, kind});
    }

    // Plain text: nothing a browser would take for a tag or a comment.
    static void plain(QStringList* problems, const QString& field, const QString& value, const QString& expected = {})
    {
        if (value.contains(u'<') || value.contains(u'>'))
            problems->append(u"%1 is not plain text: %2"_s.arg(field, value));
        if (!expected.isEmpty() && !value.contains(expected))
            problems->append(u"%1 lost its text (%2): %3"_s.arg(field, expected, value));
    }

    // HTML holding only the allow-list (and the structure Quorum writes around it).
    static void allowed(QStringList* problems, const QString& field, const QString& html)
    {
        static const QStringList tags{u"p"_s, u"br"_s, u"ul"_s, u"ol"_s, u"li"_s, u"strong"_s, u"em"_s, u"b"_s, u"i"_s,
            u"h2"_s, u"h3"_s, u"h4"_s, u"a"_s, u"table"_s, u"tr"_s, u"th"_s, u"td"_s};
        static const QRegularExpression tag(u"<\\s*/?\\s*([A-Za-z0-9!-]+)"_s);
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(1).toLower();
            if (!tags.contains(name))
                problems->append(u"%1 holds <%2>: %3"_s.arg(field, name, html.left(400)));
        }
        for (const QString& bad : {u"onerror"_s, u"javascript:"_s, u"alert("_s}) {
            if (html.contains(bad, Qt::CaseInsensitive))
                problems->append(u"%1 holds %2: %3"_s.arg(field, bad, html.left(400)));
        }
        // What a model may use stays: emphasis and a link to a web page.
        if (!html.contains(u"<strong>merino</strong>"_s))
            problems->append(u"%1 lost the allowed <strong>: %2"_s.arg(field, html.left(400)));
        if (!html.contains(u"<a href=\"https://shop.example/care\""_s))
            problems->append(u"%1 lost the allowed link: %2"_s.arg(field, html.left(400)));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void hostileProductArrivesAsText()
    {
        PipelineFixture f;
        f.startPool();
        ProductFacts facts = PipelineFixture::facts(u"Merino Wrap"_s, u"Knitwear"_s);
        const qint64 product = f.addProduct(facts);
        QDir(f.ws().path()).mkpath(u"images"_s);
        QFile image(QDir(f.ws().path()).filePath(facts.images.first()));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        image.close();
        f.run({product});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(product), u"ready"_s);

        // The facts as a hostile CSV would have them, and content as a model could write it.
        Sql::exec(f.db(), u"UPDATE products SET name = ?, sku = ?, category = ? WHERE id = ?"_s,
            {u"Merino <img src=x onerror=alert(1)>Wrap <b>V</b><!--"_s, u"MK-<b>7</b>"_s,
                u"Knit<script>alert(1)</script>wear"_s, product});
        const QString body = u"Soft <strong>merino</strong> <script>alert(1)</script>knit. <img src=x "
                             u"onerror=alert(1)>\n\nSee <a href=\"https://shop.example/care\" onclick=\"alert(1)\">"
                             u"care</a> or <a href=\"javascript:alert(1)\">this</a>.<iframe "
                             u"src=\"https://evil.example\"></iframe><!-- the rest is hidden"_s;
        setPiece(
            f, product, u"description"_s, u"$.headline"_s, u"Warm <img src=x onerror=alert(1)>wrap <b>V</b><!--"_s);
        setPiece(f, product, u"description"_s, u"$.body"_s, body);
        setPiece(f, product, u"description"_s, u"$.bullets"_s,
            u"[\"<b>Light</b> <img src=x onerror=alert(1)>\", \"Warm <style>body{}</style>\"]"_s, true);
        setPiece(f, product, u"seo"_s, u"$.seo_title"_s, u"Merino wrap <b>V</b><!--"_s);
        setPiece(f, product, u"seo"_s, u"$.meta_description"_s, u"Soft <script>alert(1)</script>wrap <img src=x>"_s);
        setPiece(f, product, u"tags"_s, u"$.tags"_s, u"[\"<b>knit</b><!--\", \"wool <i>x</i>\"]"_s, true);
        setPiece(f, product, u"blog"_s, u"$.title"_s, u"The wrap <b>V</b><!--"_s);
        setPiece(f, product, u"blog"_s, u"$.excerpt"_s, u"Short <img src=x onerror=alert(1)> read <!--"_s);
        setPiece(f, product, u"blog"_s, u"$.body"_s, body);

        const qint64 wp = connect(f, Connections::Kind::WordPress, u"Blog"_s);
        connect(f, Connections::Kind::WooCommerce, u"Shop"_s, wp);
        connect(f, Connections::Kind::Shopify, u"Shopify"_s);
        ApprovalDesk::Proposal p;
        p.agent = u"Publisher"_s;
        p.actionType = ActionTypes::fromKey(u"publish_product"_s);
        p.title = u"Publish the wrap"_s;
        p.productId = product;
        p.parameters = QJsonObject{{u"sku"_s, u"MK-<b>7</b>"_s}};
        const qint64 now = Clock::system()->nowMs();
        const qint64 proposal = ApprovalDesk::propose(f.db(), p, u"test"_s, now);
        Users::signIn(f.db(), u"Ann"_s, now);
        QVERIFY(ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const auto pubs = Publications::forProduct(f.db(), product);
        QCOMPARE(pubs.size(), 4);
        for (const auto& pub : pubs)
            QVERIFY2(pub.status == u"published", qPrintable(pub.target + u": "_s + pub.error));

        QStringList problems;
        // WooCommerce.
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
        const QJsonObject woo = f.sandbox()->wooProducts().first();
        plain(&problems, u"woo name"_s, woo.value(u"name"_s).toString(), u"wrap"_s);
        plain(&problems, u"woo sku"_s, woo.value(u"sku"_s).toString(), u"MK-7"_s);
        plain(&problems, u"woo short_description"_s, woo.value(u"short_description"_s).toString(), u"Soft"_s);
        for (const QJsonValue& t : woo.value(u"tags"_s).toArray())
            plain(&problems, u"woo tag"_s, t.toObject().value(u"name"_s).toString());
        for (const QJsonValue& c : woo.value(u"categories"_s).toArray())
            plain(&problems, u"woo category"_s, c.toObject().value(u"name"_s).toString(), u"Knitwear"_s);
        for (const QJsonValue& m : woo.value(u"meta_data"_s).toArray())
            plain(&problems, u"woo "_s + m.toObject().value(u"key"_s).toString(),
                m.toObject().value(u"value"_s).toString());
        allowed(&problems, u"woo description"_s, woo.value(u"description"_s).toString());
        // Shopify.
        QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);
        const QJsonObject shop = f.sandbox()->shopifyProducts().first();
        plain(&problems, u"shopify title"_s, shop.value(u"title"_s).toString(), u"wrap"_s);
        plain(&problems, u"shopify productType"_s, shop.value(u"productType"_s).toString(), u"Knitwear"_s);
        for (const QJsonValue& t : shop.value(u"tags"_s).toArray())
            plain(&problems, u"shopify tag"_s, t.toString());
        plain(&problems, u"shopify seo title"_s, shop.value(u"seo"_s).toObject().value(u"title"_s).toString());
        plain(&problems, u"shopify seo description"_s,
            shop.value(u"seo"_s).toObject().value(u"description"_s).toString());
        for (const QJsonValue& v : shop.value(u"variants"_s).toArray())
            plain(&problems, u"shopify sku"_s, v.toObject().value(u"sku"_s).toString(), u"MK-7"_s);
        allowed(&problems, u"shopify descriptionHtml"_s, shop.value(u"descriptionHtml"_s).toString());
        // WordPress: the post and the landing page.
        QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).size(), 1);
        const QJsonObject post = f.sandbox()->wordpressItems(u"posts"_s).first();
        const auto raw = [](const QJsonObject& item, const QString& key) {
            return item.value(key).toObject().value(u"raw"_s).toString();
        };
        plain(&problems, u"post title"_s, raw(post, u"title"_s), u"The wrap"_s);
        plain(&problems, u"post excerpt"_s, raw(post, u"excerpt"_s), u"Short"_s);
        // The post's words hold only the allow-list; after them comes Quorum's own JSON-LD block, one
        // script whose JSON holds no "<" (so no name can end it) and parses.
        const QString postContent = raw(post, u"content"_s);
        allowed(&problems, u"post content"_s, PostMerge::withoutStructuredData(postContent));
        const QString block = PostMerge::structuredData(postContent);
        const QString json = block.section(u'>', 1).section(u"</script"_s, 0, 0);
        if (block.isEmpty() || json.contains(u'<') || !QJsonDocument::fromJson(json.toUtf8()).isObject())
            problems.append(u"post structured data is not one clean JSON-LD block: "_s + block);
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
        const QJsonObject page = f.sandbox()->wordpressItems(u"pages"_s).first();
        plain(&problems, u"page title"_s, raw(page, u"title"_s), u"wrap"_s);
        for (const QString& bad : {u"onerror"_s, u"<script>alert"_s, u"<b>V</b>"_s}) {
            if (raw(page, u"content"_s).contains(bad))
                problems.append(u"page content holds %1"_s.arg(bad));
        }
        // The category WooCommerce was asked to create.
        for (const SandboxServer::LoggedRequest& r : f.sandbox()->requests(u"woo"_s)) {
            if (r.method == "POST" && r.path.contains(u"/products/categories"_s))
                plain(&problems, u"woo new category"_s,
                    QJsonDocument::fromJson(r.body).object().value(u"name"_s).toString(), u"Knitwear"_s);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestOutboundMarkup)
#include "tst_outboundmarkup.moc"
