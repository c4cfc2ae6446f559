#include "PipelineFixture.h"
#include "StoreSeeds.h"
#include "approvals/ApprovalDesk.h"
#include "catalog/CatalogImport.h"
#include "core/Json.h"
#include "pipeline/BrandProfile.h"
#include "publishing/Publications.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A product the shop owner made in the store, exported, imported into Quorum, written about, and
// published back: the store keeps exactly the product it had (no second one beside it), with every
// variant, its stock, its images, its metafields and other plugins' meta; only what Quorum wrote
// changes. Publishing again with nothing new writes nothing: the store is byte for byte the same.
// An approved price reaches the store, an imported draft stays a draft, and the approver can read
// the diff against the store before anything is written.
class TestStoreRoundTrip : public QObject
{
    Q_OBJECT

private:
    // A CSV from rows of column -> value, every row with every column (as exporters write them).
    static QByteArray csv(const QStringList& header, const QList<QHash<QString, QString>>& rows)
    {
        const auto quote = [](QString v) {
            if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
                v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
            return v;
        };
        QStringList lines{header.join(u',')};
        for (const auto& row : rows) {
            QStringList fields;
            for (const QString& h : header)
                fields.append(quote(row.value(h)));
            lines.append(fields.join(u','));
        }
        return lines.join(u'\n').toUtf8() + '\n';
    }

    static QList<qint64> import(PipelineFixture& f, const QByteArray& bytes)
    {
        auto preview = CatalogImport::read(bytes, {});
        if (!preview.issues.isEmpty())
            qWarning() << "import issue:" << preview.issues.first().line << preview.issues.first().reason;
        CatalogImport::match(f.db(), &preview);
        const auto result = CatalogImport::apply(f.db(), preview, u"test"_s, Clock::system()->nowMs());
        return result.created;
    }

    static bool ready(PipelineFixture& f, qint64 product)
    {
        f.run({product});
        return f.waitUntilIdle() && f.stageOf(product) == u"ready";
    }

    static qint64 propose(PipelineFixture& f, qint64 product, const QString& type, const QJsonObject& params)
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Publisher"_s;
        p.actionType = ActionTypes::fromKey(type);
        p.title = type;
        p.productId = product;
        p.parameters = params;
        return ApprovalDesk::propose(f.db(), p, u"test"_s, Clock::system()->nowMs());
    }

    static bool approve(PipelineFixture& f, qint64 proposal)
    {
        const qint64 now = Clock::system()->nowMs();
        Users::signIn(f.db(), u"Ann"_s, now);
        const auto out = ApprovalDesk::approve(f.db(), proposal, *Users::find(f.db(), u"Ann"_s), {}, u"test"_s, now);
        f.pool()->wake();
        return out.ok;
    }

    static QByteArray canonical(const QList<QJsonObject>& list)
    {
        QJsonArray a;
        for (const QJsonObject& o : list)
            a.append(o);
        return Json::canonical(a);
    }

    static int writesIn(PipelineFixture& f, const QString& route)
    {
        int writes = 0;
        for (const auto& r : f.sandbox()->requests(route)) {
            if (r.method != "GET" && !r.body.contains("productByIdentifier"))
                ++writes;
        }
        return writes;
    }

    static QJsonObject shopifySeed() { return StoreSeeds::shopifyMerino(); }

    // The store's export of the product before XL was added: six variants, three images.
    static QByteArray shopifyExport(const QString& status = u"active"_s, const QString& handle = u"merino-crew"_s)
    {
        const QStringList header{u"Handle"_s, u"Title"_s, u"Body (HTML)"_s, u"Vendor"_s, u"Type"_s, u"Tags"_s,
            u"Published"_s, u"Option1 Name"_s, u"Option1 Value"_s, u"Option2 Name"_s, u"Option2 Value"_s,
            u"Variant SKU"_s, u"Variant Grams"_s, u"Variant Inventory Qty"_s, u"Variant Price"_s,
            u"Variant Compare At Price"_s, u"Variant Requires Shipping"_s, u"Variant Taxable"_s, u"Image Src"_s,
            u"Image Position"_s, u"Gift Card"_s, u"SEO Title"_s, u"SEO Description"_s, u"Cost per item"_s, u"Status"_s};
        QList<QHash<QString, QString>> rows;
        int stock = 3;
        int image = 1;
        for (const QString& size : {u"S"_s, u"M"_s, u"L"_s}) {
            for (const QString& colour : {u"Navy"_s, u"Grey"_s}) {
                QHash<QString, QString> r{{u"Handle"_s, handle}, {u"Option1 Value"_s, size},
                    {u"Option2 Value"_s, colour}, {u"Variant SKU"_s, u"MER-%1-%2"_s.arg(size, colour.toUpper())},
                    {u"Variant Grams"_s, u"300"_s}, {u"Variant Inventory Qty"_s, QString::number(stock++)},
                    {u"Variant Price"_s, size == u"L" ? u"95.00"_s : u"89.00"_s},
                    {u"Variant Compare At Price"_s, colour == u"Navy" ? u"110.00"_s : QString()},
                    {u"Variant Requires Shipping"_s, u"TRUE"_s}, {u"Variant Taxable"_s, u"TRUE"_s},
                    {u"Cost per item"_s, u"31.50"_s}};
                if (image <= 3) {
                    r.insert(u"Image Src"_s, u"https://cdn.example/merino-%1.jpg"_s.arg(image));
                    r.insert(u"Image Position"_s, QString::number(image++));
                }
                if (rows.isEmpty())
                    r.insert({{u"Title"_s, u"Merino Crew"_s}, {u"Body (HTML)"_s, u"<p>100% merino wool.</p>"_s},
                        {u"Vendor"_s, u"Lindenhof"_s}, {u"Type"_s, u"Sweaters"_s}, {u"Tags"_s, u"wool, winter"_s},
                        {u"Published"_s, u"TRUE"_s}, {u"Option1 Name"_s, u"Size"_s}, {u"Option2 Name"_s, u"Colour"_s},
                        {u"Gift Card"_s, u"FALSE"_s}, {u"SEO Title"_s, u"Merino crew"_s},
                        {u"SEO Description"_s, u"Soft merino"_s}, {u"Status"_s, status}});
                rows.append(r);
            }
        }
        return csv(header, rows);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void importKeepsEveryVariantAndListingField()
    {
        const auto p = CatalogImport::read(shopifyExport(u"draft"_s), {});
        QCOMPARE(p.items.size(), 1);
        const ProductFacts f = p.items.first().facts();
        QCOMPARE(f.optionNames, (QStringList{u"Size"_s, u"Colour"_s}));
        QCOMPARE(f.variants.size(), 6);
        const ProductVariant& first = f.variants.first();
        QCOMPARE(first.sku, u"MER-S-NAVY"_s);
        QCOMPARE(first.options, (QStringList{u"S"_s, u"Navy"_s}));
        QCOMPARE(first.priceCents, 8900);
        QCOMPARE(first.compareAtCents.value_or(0), 11000);
        QCOMPARE(first.costCents.value_or(0), 3150);
        QCOMPARE(first.stock.value_or(-1), 3);
        QCOMPARE(first.weightGrams.value_or(0), 300);
        QCOMPARE(f.variants.at(4).priceCents, 9500);
        QVERIFY(!f.variants.at(1).compareAtCents);
        QCOMPARE(f.listing.status, u"draft"_s);
        QCOMPARE(f.listing.type, u"variable"_s);
        QCOMPARE(f.listing.seoTitle, u"Merino crew"_s);
        QCOMPARE(f.listing.seoDescription, u"Soft merino"_s);
        QCOMPARE(f.listing.vendor, u"Lindenhof"_s);
        QCOMPARE(f.listing.storePlatform, u"shopify"_s);
        QCOMPARE(f.images.size(), 3);

        // Stored and read back whole; importing the same file again changes nothing.
        PipelineFixture fx;
        const QList<qint64> ids = import(fx, shopifyExport(u"draft"_s));
        QCOMPARE(ids.size(), 1);
        const auto stored = ProductFacts::load(fx.db(), ids.first());
        QVERIFY(stored);
        QVERIFY(stored->sameFactsAs(f));
        QCOMPARE(stored->variants.size(), 6);
        QVERIFY(stored->variants.first().id > 0);
        auto again = CatalogImport::read(shopifyExport(u"draft"_s), {});
        CatalogImport::match(fx.db(), &again);
        QCOMPARE(again.count(CatalogImport::Action::Unchanged), 1);
        // The writer is told the variants: the sizes and prices that exist, and nothing else.
        const QJsonObject prompt = stored->promptFacts({});
        QCOMPARE(prompt.value(u"variants"_s).toArray().size(), 6);
        QCOMPARE(prompt.value(u"options"_s).toArray().size(), 2);
        QVERIFY(stored->factText().contains(u"95.00"_s));
    }

    void shopifyKeepsWhatItHadAndRepublishesNothing()
    {
        PipelineFixture f;
        f.startPool();
        f.connectToSandbox(Connections::Kind::Shopify, u"Lindenhof"_s);
        const QJsonObject seeded = f.sandbox()->seedShopifyProduct(shopifySeed());
        const QList<qint64> ids = import(f, shopifyExport());
        QCOMPARE(ids.size(), 1);
        const qint64 product = ids.first();
        QVERIFY(ready(f, product));

        // The approver reads the store's copy against what would be written, before anything is.
        QCOMPARE(Publications::queueStorePreviews(f.db(), product, Clock::system()->nowMs()), 1);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const auto previews = Publications::storePreviews(f.db(), product);
        QCOMPARE(previews.size(), 1);
        QVERIFY2(previews.first().error.isEmpty(), qPrintable(previews.first().error));
        const QJsonObject diff = previews.first().diff;
        QVERIFY(diff.value(u"exists"_s).toBool());
        QCOMPARE(diff.value(u"kept"_s).toObject().value(u"store_only_variants"_s).toInt(), 1);
        QStringList fields;
        for (const QJsonValue& c : diff.value(u"changes"_s).toArray())
            fields.append(c.toObject().value(u"field"_s).toString());
        QVERIFY2(fields.contains(u"title"_s) && fields.contains(u"description"_s), qPrintable(fields.join(u',')));
        QVERIFY2(!fields.contains(u"price"_s) && !fields.contains(u"status"_s), qPrintable(fields.join(u',')));
        QCOMPARE(writesIn(f, u"shopify"_s), 0);

        QVERIFY(approve(f, propose(f, product, u"publish_product"_s, {})));
        QVERIFY(f.waitUntilIdle());
        const auto pubs = Publications::forProduct(f.db(), product);
        QCOMPARE(pubs.size(), 1);
        QVERIFY2(pubs.first().status == u"published", qPrintable(pubs.first().error));
        QCOMPARE(pubs.first().externalId, seeded.value(u"id"_s).toString());

        // One product, the one the shop had: every variant by id with its price, compare-at price and
        // stock; its images, metafields and tags; Quorum's words in it.
        QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);
        const QJsonObject after = f.sandbox()->shopifyProducts().first();
        QCOMPARE(after.value(u"id"_s), seeded.value(u"id"_s));
        QCOMPARE(after.value(u"variants"_s), seeded.value(u"variants"_s));
        QCOMPARE(after.value(u"media"_s), seeded.value(u"media"_s));
        QCOMPARE(after.value(u"metafields"_s), seeded.value(u"metafields"_s));
        QCOMPARE(after.value(u"options"_s), seeded.value(u"options"_s));
        QCOMPARE(after.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(after.value(u"vendor"_s), seeded.value(u"vendor"_s));
        QCOMPARE(after.value(u"productType"_s), seeded.value(u"productType"_s));
        const QStringList tags = Json::toStringList(after.value(u"tags"_s).toArray());
        QVERIFY(tags.startsWith(u"wool"_s) && tags.contains(u"winter"_s));
        QVERIFY(after.value(u"descriptionHtml"_s) != seeded.value(u"descriptionHtml"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM variant_links"_s), 6);

        // Again, with nothing new to say: nothing is written.
        const QByteArray before = canonical(f.sandbox()->shopifyProducts());
        f.sandbox()->clearRequests();
        QString why;
        QVERIFY(!Publications::queueProduct(f.db(), product, false, Clock::system()->nowMs(), &why).isEmpty());
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(Publications::forProduct(f.db(), product).first().status, u"published"_s);
        QVERIFY(f.sandbox()->requestCount(u"shopify"_s) > 0); // it did read
        QCOMPARE(writesIn(f, u"shopify"_s), 0);
        QCOMPARE(canonical(f.sandbox()->shopifyProducts()), before);

        // An approved price reaches the store: that variant, by its id; the others as they were.
        QVERIFY(approve(f,
            propose(f, product, u"price_change"_s,
                QJsonObject{{u"sku"_s, u"MER-M-GREY"_s}, {u"new_price"_s, u"92.00"_s}, {u"currency"_s, u"EUR"_s}})));
        QVERIFY(f.waitUntilIdle());
        const QJsonObject priced = f.sandbox()->shopifyProducts().first();
        const QJsonArray pricedVariants = priced.value(u"variants"_s).toObject().value(u"nodes"_s).toArray();
        const QJsonArray seededVariants = seeded.value(u"variants"_s).toObject().value(u"nodes"_s).toArray();
        QCOMPARE(pricedVariants.size(), seededVariants.size());
        for (qsizetype i = 0; i < pricedVariants.size(); ++i) {
            QJsonObject expected = seededVariants.at(i).toObject();
            if (expected.value(u"sku"_s).toString() == u"MER-M-GREY")
                expected.insert(u"price"_s, u"92.00"_s);
            QCOMPARE(pricedVariants.at(i).toObject(), expected);
        }
        QCOMPARE(
            Sql::scalar(f.db(), u"SELECT price_cents FROM product_variants WHERE sku = 'MER-M-GREY'"_s).toInt(), 9200);
    }

    void anImportedDraftStaysADraft()
    {
        PipelineFixture f;
        f.startPool();
        f.connectToSandbox(Connections::Kind::Shopify, u"Lindenhof"_s);
        const QList<qint64> ids = import(f, shopifyExport(u"draft"_s, u"merino-draft"_s));
        QVERIFY(ready(f, ids.first()));
        QVERIFY(approve(f, propose(f, ids.first(), u"publish_product"_s, {})));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);
        const QJsonObject p = f.sandbox()->shopifyProducts().first();
        QCOMPARE(p.value(u"status"_s).toString(), u"DRAFT"_s);
        QCOMPARE(p.value(u"handle"_s).toString(), u"merino-draft"_s); // the store's handle, not a generated one
        QCOMPARE(p.value(u"variants"_s).toObject().value(u"nodes"_s).toArray().size(), 6);
        QCOMPARE(p.value(u"options"_s).toArray().size(), 2);
    }

    void wooKeepsWhatItHadAndRepublishesNothing()
    {
        PipelineFixture f;
        f.startPool();
        f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        QJsonArray variations;
        int stock = 3;
        for (const QString& size : {u"S"_s, u"M"_s, u"L"_s}) {
            for (const QString& colour : {u"Navy"_s, u"Grey"_s})
                variations.append(QJsonObject{{u"sku"_s, u"MER-%1-%2"_s.arg(size, colour.toUpper())},
                    {u"regular_price"_s, size == u"L" ? u"95.00"_s : u"89.00"_s},
                    {u"sale_price"_s, colour == u"Navy" ? u"79.00"_s : QString()}, {u"manage_stock"_s, true},
                    {u"stock_quantity"_s, stock++}, {u"weight"_s, u"0.3"_s},
                    {u"attributes"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Size"_s}, {u"option"_s, size}},
                            QJsonObject{{u"id"_s, 0}, {u"name"_s, u"Colour"_s}, {u"option"_s, colour}}}}});
        }
        const qint64 wooId = f.sandbox()->seedWooProduct(
            QJsonObject{{u"name"_s, u"Merino Crew"_s}, {u"type"_s, u"variable"_s}, {u"sku"_s, u"MER"_s},
                {u"slug"_s, u"merino-crew"_s}, {u"status"_s, u"publish"_s},
                {u"description"_s, u"<p>100% merino wool.</p>"_s},
                {u"attributes"_s,
                    QJsonArray{QJsonObject{{u"name"_s, u"Size"_s}, {u"options"_s, QJsonArray{u"S"_s, u"M"_s, u"L"_s}},
                                   {u"variation"_s, true}, {u"visible"_s, true}},
                        QJsonObject{{u"name"_s, u"Colour"_s}, {u"options"_s, QJsonArray{u"Navy"_s, u"Grey"_s}},
                            {u"variation"_s, true}, {u"visible"_s, true}}}},
                {u"images"_s,
                    QJsonArray{QJsonObject{{u"id"_s, 501}, {u"src"_s, u"https://shop.example/m1.jpg"_s}},
                        QJsonObject{{u"id"_s, 502}, {u"src"_s, u"https://shop.example/m2.jpg"_s}},
                        QJsonObject{{u"id"_s, 503}, {u"src"_s, u"https://shop.example/m3.jpg"_s}}}},
                {u"tags"_s, QJsonArray{QJsonObject{{u"id"_s, 7}, {u"name"_s, u"wool"_s}}}},
                {u"meta_data"_s,
                    QJsonArray{QJsonObject{{u"id"_s, 90}, {u"key"_s, u"_other_plugin"_s}, {u"value"_s, u"keep me"_s}},
                        QJsonObject{
                            {u"id"_s, 91}, {u"key"_s, u"_yoast_wpseo_title"_s}, {u"value"_s, u"Merino crew"_s}}}}},
            variations);
        const QList<QJsonObject> seededVariations = f.sandbox()->wooVariations(wooId);
        QCOMPARE(seededVariations.size(), 6);

        // The store's export: the parent and its six variations, by their ids.
        const QStringList header{u"ID"_s, u"Type"_s, u"SKU"_s, u"Name"_s, u"Published"_s, u"Description"_s,
            u"Tax status"_s, u"Stock"_s, u"Weight (kg)"_s, u"Sale price"_s, u"Regular price"_s, u"Categories"_s,
            u"Tags"_s, u"Images"_s, u"Parent"_s, u"Attribute 1 name"_s, u"Attribute 1 value(s)"_s,
            u"Attribute 2 name"_s, u"Attribute 2 value(s)"_s};
        QList<QHash<QString, QString>> rows{{{u"ID"_s, QString::number(wooId)}, {u"Type"_s, u"variable"_s},
            {u"SKU"_s, u"MER"_s}, {u"Name"_s, u"Merino Crew"_s}, {u"Published"_s, u"1"_s},
            {u"Description"_s, u"<p>100% merino wool.</p>"_s}, {u"Tax status"_s, u"taxable"_s},
            {u"Categories"_s, u"Sweaters"_s}, {u"Tags"_s, u"wool"_s},
            {u"Images"_s, u"https://shop.example/m1.jpg, https://shop.example/m2.jpg, https://shop.example/m3.jpg"_s},
            {u"Attribute 1 name"_s, u"Size"_s}, {u"Attribute 1 value(s)"_s, u"S, M, L"_s},
            {u"Attribute 2 name"_s, u"Colour"_s}, {u"Attribute 2 value(s)"_s, u"Navy, Grey"_s}}};
        for (const QJsonObject& v : seededVariations) {
            const QJsonArray a = v.value(u"attributes"_s).toArray();
            rows.append({{u"ID"_s, QString::number(v.value(u"id"_s).toInteger())}, {u"Type"_s, u"variation"_s},
                {u"SKU"_s, v.value(u"sku"_s).toString()}, {u"Name"_s, u"Merino Crew"_s}, {u"Published"_s, u"1"_s},
                {u"Tax status"_s, u"taxable"_s}, {u"Stock"_s, QString::number(v.value(u"stock_quantity"_s).toInt())},
                {u"Weight (kg)"_s, u"0.3"_s}, {u"Sale price"_s, v.value(u"sale_price"_s).toString()},
                {u"Regular price"_s, v.value(u"regular_price"_s).toString()}, {u"Parent"_s, u"id:%1"_s.arg(wooId)},
                {u"Attribute 1 name"_s, u"Size"_s},
                {u"Attribute 1 value(s)"_s, a.at(0).toObject().value(u"option"_s).toString()},
                {u"Attribute 2 name"_s, u"Colour"_s},
                {u"Attribute 2 value(s)"_s, a.at(1).toObject().value(u"option"_s).toString()}});
        }
        const QList<qint64> ids = import(f, csv(header, rows));
        QCOMPARE(ids.size(), 1);
        const qint64 product = ids.first();
        const auto facts = ProductFacts::load(f.db(), product);
        QCOMPARE(facts->variants.size(), 6);
        QCOMPARE(facts->variants.first().salePriceCents.value_or(0), 7900);
        QCOMPARE(facts->variants.first().weightGrams.value_or(0), 300);
        QCOMPARE(facts->listing.storeId, QString::number(wooId));
        QVERIFY(ready(f, product));

        QVERIFY(approve(f, propose(f, product, u"publish_product"_s, {})));
        QVERIFY(f.waitUntilIdle());
        const auto pubs = Publications::forProduct(f.db(), product);
        QVERIFY2(pubs.first().status == u"published", qPrintable(pubs.first().error));
        QCOMPARE(pubs.first().externalId, QString::number(wooId));
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
        const QJsonObject after = f.sandbox()->wooProducts().first();
        QCOMPARE(after.value(u"type"_s).toString(), u"variable"_s);
        QCOMPARE(after.value(u"images"_s).toArray().size(), 3);
        QCOMPARE(after.value(u"attributes"_s).toArray().size(), 2);
        bool kept = false;
        for (const QJsonValue& m : after.value(u"meta_data"_s).toArray())
            kept = kept || m.toObject().value(u"value"_s).toString() == u"keep me";
        QVERIFY(kept);
        // No variation was written: prices, sale prices and stock as the shop has them.
        QCOMPARE(canonical(f.sandbox()->wooVariations(wooId)), canonical(seededVariations));

        const QByteArray productBefore = canonical(f.sandbox()->wooProducts());
        f.sandbox()->clearRequests();
        QString why;
        QVERIFY(!Publications::queueProduct(f.db(), product, false, Clock::system()->nowMs(), &why).isEmpty());
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(writesIn(f, u"woo"_s), 0);
        QCOMPARE(canonical(f.sandbox()->wooProducts()), productBefore);
        QCOMPARE(canonical(f.sandbox()->wooVariations(wooId)), canonical(seededVariations));

        // A price change writes that variation's price, nothing else.
        QVERIFY(approve(f,
            propose(f, product, u"price_change"_s,
                QJsonObject{{u"sku"_s, u"MER-L-GREY"_s}, {u"new_price"_s, u"99.00"_s}, {u"currency"_s, u"EUR"_s}})));
        QVERIFY(f.waitUntilIdle());
        for (const QJsonObject& v : f.sandbox()->wooVariations(wooId)) {
            const QString sku = v.value(u"sku"_s).toString();
            QCOMPARE(v.value(u"regular_price"_s).toString(),
                sku == u"MER-L-GREY" ? u"99.00"_s : (sku.contains(u"-L-"_s) ? u"95.00"_s : u"89.00"_s));
        }
        QCOMPARE(canonical(f.sandbox()->wooProducts()), productBefore);
    }
};

QTEST_GUILESS_MAIN(TestStoreRoundTrip)
#include "tst_storeroundtrip.moc"
