#include "TestWorkspace.h"
#include "core/HtmlText.h"
#include "core/Json.h"
#include "core/SiteRenderer.h"
#include "publishing/StructuredData.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The schema.org Product JSON-LD a published landing page carries: what Google's Product rich
// results require (a name; offers with a price, its currency and an availability from schema.org),
// one offer per variant at the price a customer pays, the brand, the store's rating where it has
// reviews, and nothing a product's own text could turn into markup.
class TestStructuredData : public QObject
{
    Q_OBJECT

private:
    static ProductFacts merino()
    {
        ProductFacts f;
        f.id = 1;
        f.name = u"Merino Crew"_s;
        f.sku = u"MER"_s;
        f.currency = u"EUR"_s;
        f.priceCents = 8900;
        f.images = {u"https://cdn.example/merino-1.jpg"_s, u"images/local.png"_s};
        f.listing.vendor = u"Lindenhof"_s;
        f.optionNames = {u"Size"_s};
        for (const auto& [size, price, stock] :
            {std::tuple{u"S"_s, 8900, 4}, std::tuple{u"M"_s, 8900, 0}, std::tuple{u"L"_s, 9500, -1}}) {
            ProductVariant v;
            v.sku = u"MER-"_s + size;
            v.options = {size};
            v.priceCents = price;
            if (stock >= 0)
                v.stock = stock;
            f.variants.append(v);
        }
        f.variants[2].salePriceCents = 7900;
        return f;
    }

    // The one JSON-LD script of a page, parsed.
    static QJsonObject jsonLdOf(const QString& html, int* scripts)
    {
        static const QRegularExpression re(
            u"<script type=\"application/ld\\+json\">(.*?)</script>"_s, QRegularExpression::DotMatchesEverythingOption);
        QJsonObject out;
        *scripts = 0;
        for (auto it = re.globalMatch(html); it.hasNext();) {
            ++*scripts;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(it.next().captured(1).toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                out = doc.object();
        }
        return out;
    }

private slots:
    void aProductWithItsOffers()
    {
        const QJsonObject p = StructuredData::product(
            merino(), u"Merino Crew"_s, u"Soft and warm."_s, u"https://shop.example/merino"_s, std::nullopt);
        QCOMPARE(p.value(u"@context"_s).toString(), u"https://schema.org"_s);
        QCOMPARE(p.value(u"@type"_s).toString(), u"Product"_s);
        QCOMPARE(p.value(u"name"_s).toString(), u"Merino Crew"_s);
        QCOMPARE(p.value(u"description"_s).toString(), u"Soft and warm."_s);
        QCOMPARE(p.value(u"brand"_s).toObject().value(u"name"_s).toString(), u"Lindenhof"_s);
        QCOMPARE(p.value(u"image"_s).toArray(), QJsonArray{u"https://cdn.example/merino-1.jpg"_s}); // addresses only
        const QJsonArray offers = p.value(u"offers"_s).toArray();
        QCOMPARE(offers.size(), 3);
        for (const QJsonValue& v : offers) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"@type"_s).toString(), u"Offer"_s);
            QVERIFY(QRegularExpression(u"^\\d+\\.\\d{2}$"_s).match(o.value(u"price"_s).toString()).hasMatch());
            QCOMPARE(o.value(u"priceCurrency"_s).toString(), u"EUR"_s);
            QVERIFY(o.value(u"availability"_s).toString().startsWith(u"https://schema.org/"_s));
            QCOMPARE(o.value(u"url"_s).toString(), u"https://shop.example/merino"_s);
        }
        QCOMPARE(offers.at(0).toObject().value(u"sku"_s).toString(), u"MER-S"_s);
        QCOMPARE(offers.at(0).toObject().value(u"availability"_s).toString(), u"https://schema.org/InStock"_s);
        QCOMPARE(offers.at(1).toObject().value(u"availability"_s).toString(), u"https://schema.org/OutOfStock"_s);
        QCOMPARE(offers.at(2).toObject().value(u"price"_s).toString(), u"79.00"_s); // on sale
        QCOMPARE(offers.at(2).toObject().value(u"availability"_s).toString(), u"https://schema.org/InStock"_s);
        QVERIFY(!p.contains(u"aggregateRating"_s)); // no reviews: no rating, never an invented one

        ProductFacts simple = merino();
        simple.variants.clear();
        simple.optionNames.clear();
        const QJsonObject one = StructuredData::product(simple, {}, {}, {}, StructuredData::Rating{4.25, 12});
        QCOMPARE(one.value(u"offers"_s).toObject().value(u"price"_s).toString(), u"89.00"_s);
        QCOMPARE(one.value(u"aggregateRating"_s).toObject().value(u"ratingValue"_s).toString(), u"4.3"_s);
        QCOMPARE(one.value(u"aggregateRating"_s).toObject().value(u"reviewCount"_s).toInt(), 12);
    }

    void theRatingComesFromTheStoresReviews()
    {
        TestWorkspace tw;
        ProductFacts f = merino();
        QVERIFY(!StructuredData::rating(tw.db(), f));
        Sql::exec(tw.db(),
            u"INSERT INTO connections (id, kind, name, url, created_at, updated_at) VALUES (1, 'woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        for (const auto& [id, product, stars] :
            {std::tuple{1, u"501"_s, 5}, std::tuple{2, u"501"_s, 4}, std::tuple{3, u"777"_s, 1}})
            Sql::exec(tw.db(),
                u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, created_at) "
                u"VALUES (1, ?, ?, ?, 0)"_s,
                {QString::number(id), product, stars});
        f.listing.storePlatform = u"woocommerce"_s;
        f.listing.storeId = u"501"_s;
        const auto rating = StructuredData::rating(tw.db(), f);
        QVERIFY(rating);
        QCOMPARE(rating->count, 2);
        QCOMPARE(rating->average, 4.5);
    }

    void theLandingPageCarriesItAndTextCannotBreakOut()
    {
        ProductFacts f = merino();
        f.name = u"Crew </script><script>alert(1)</script>"_s;
        SiteRenderer::Page page;
        page.title = f.name;
        page.headExtra = StructuredData::scriptTag(StructuredData::product(f, f.name, {}, {}, std::nullopt));
        const QString html = SiteRenderer::render(page);
        int scripts = 0;
        const QJsonObject parsed = jsonLdOf(html, &scripts);
        QCOMPARE(scripts, 1);
        QCOMPARE(parsed.value(u"name"_s).toString(), HtmlText::plain(f.name)); // words, never markup
        QVERIFY(!html.contains(u"<script>alert"_s));
        QVERIFY(html.indexOf(u"application/ld+json"_s) < html.indexOf(u"</head>"_s));
    }
};

QTEST_GUILESS_MAIN(TestStructuredData)
#include "tst_structureddata.moc"
