#include "TestWorkspace.h"
#include "catalog/CatalogImport.h"
#include "core/CsvReader.h"
#include "core/Json.h"
#include "pipeline/ContentStore.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// A Shopify export as the admin writes it: BOM, CRLF, a quoted multi-line HTML body with doubled
// quotes, variants and extra images on continuation rows sharing the Handle.
const QByteArray kShopify
    = "\xEF\xBB\xBF"
      "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,"
      "Variant SKU,Variant Price,Image Src,Image Position,Cost per item,Status\r\n"
      "merino-crew,Merino Crew Sweater,\"<p>A fine-knit crew neck in <strong>100% merino wool</strong>.</p>\r\n"
      "<ul><li>Machine washable at 30 &deg;C</li><li>Called \"\"the good one\"\"</li></ul>\",Wool & Co,"
      "Apparel & Accessories > Clothing > Sweaters,Sweaters,\"knit, winter\",TRUE,Size,S,MER-S,89.00,"
      "https://cdn.example/merino-1.jpg,1,31.50,active\r\n"
      "merino-crew,,,,,,,,,M,MER-M,89.00,https://cdn.example/merino-2.jpg,2,,\r\n"
      "merino-crew,,,,,,,,,L,MER-L,95.00,,,,\r\n"
      "oak-board,Oak Serving Board,Solid oak board for bread and cheese.,Wood & Co,Home & Garden,Kitchen,,TRUE,Title,"
      "Default Title,OAK-1,45.00,https://cdn.example/oak.jpg,1,,active\r\n";

const QByteArray kWoo
    = "ID,Type,SKU,Name,Published,Short description,Description,Regular price,Categories,Tags,Images,Parent,"
      "Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s)\n"
      "10,variable,HOOD,Logo Hoodie,1,Warm hoodie.,\"<p>Brushed cotton.\n\nUnisex fit.</p>\",,Clothing > Hoodies,,"
      "https://shop.example/h1.jpg,,Size,\"S, M, L\",Material,cotton\n"
      "11,variation,HOOD-S,Logo Hoodie - S,1,,,49.00,,,,id:10,Size,S,,\n"
      "12,variation,HOOD-L,Logo Hoodie - L,1,,,54.00,,,,HOOD,Size,L,,\n"
      "13,simple,,Beeswax Candle,1,Hand-poured beeswax candle.,,18.50,Home > Candles,,"
      "\"https://shop.example/c1.jpg, https://shop.example/c2.jpg\",,,,,\n";

} // namespace

// Store exports in, products out: both formats, their quirks, every row with a problem reported with
// its line, nothing dropped silently, and no duplicates when the same file comes again.
class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    static CatalogImport::Preview preview(const QByteArray& bytes)
    {
        return CatalogImport::read(bytes, CatalogImport::Options{});
    }
    static QString issues(const CatalogImport::Preview& p)
    {
        QStringList out;
        for (const auto& i : p.issues)
            out.append(u"%1: %2"_s.arg(i.line).arg(i.reason));
        return out.join(u'\n');
    }

private slots:
    void readsQuotedMultilineFieldsAndKeepsLineNumbers()
    {
        const Csv::Document d = Csv::parse("a,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n\r\nlast,row\r\n");
        QVERIFY(d.error.isEmpty());
        QCOMPARE(d.header, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(d.records.size(), 2);
        QCOMPARE(d.records.at(0).fields, (QStringList{u"x\ny"_s, u"say \"hi\""_s}));
        QCOMPARE(d.records.at(0).line, 2);
        QCOMPARE(d.records.at(1).line, 5);
    }

    void detectsSemicolonsAndTheByteOrderMark()
    {
        const Csv::Document d = Csv::parse("\xEF\xBB\xBFNaam;Prijs\nThee;\"3,50\"\n");
        QCOMPARE(d.delimiter, u';');
        QCOMPARE(d.header.first(), u"Naam"_s);
        QCOMPARE(d.records.first().fields, (QStringList{u"Thee"_s, u"3,50"_s}));
    }

    void reportsAFileCutOffInsideAQuote()
    {
        const Csv::Document d = Csv::parse("a,b\n1,2\n3,\"never\nclosed\n");
        QCOMPARE(d.records.size(), 1);
        QCOMPARE(d.errorLine, 3);
        QVERIFY2(d.error.contains(u"line 3"_s), qPrintable(d.error));
    }

    void readsOtherEncodingsWithAWarning()
    {
        const Csv::Document d = Csv::parse("name\ncaf\xE9\n");
        QCOMPARE(d.records.first().fields.first(), u"café"_s);
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY(!Csv::parse(QByteArray()).error.isEmpty());
        QVERIFY(Csv::parse(QByteArray("a\0b", 3)).error.contains(u"binary"_s));
    }

    void importsAShopifyExport()
    {
        const auto p = preview(kShopify);
        QCOMPARE(p.format, CatalogImport::Format::Shopify);
        QVERIFY2(p.issues.isEmpty(), qPrintable(issues(p)));
        QCOMPARE(p.rows, 4);
        QCOMPARE(p.items.size(), 2);
        const ProductFacts& merino = p.items.at(0).facts();
        QCOMPARE(p.items.at(0).line, 2);
        QCOMPARE(merino.handle, u"merino-crew"_s);
        QCOMPARE(merino.sku, u"MER-S"_s);
        QCOMPARE(merino.priceCents, 8900);
        QCOMPARE(merino.costCents.value_or(-1), 3150);
        QCOMPARE(merino.category, u"Sweaters"_s);
        QCOMPARE(merino.sizes(), (QStringList{u"S"_s, u"M"_s, u"L"_s}));
        QCOMPARE(merino.images.size(), 2);
        QCOMPARE(merino.attributes.value(u"prices"_s).toArray().size(), 2);
        QVERIFY(merino.description.contains(u"100% merino wool."_s));
        QVERIFY(merino.description.contains(u"• Machine washable at 30 °C"_s));
        QVERIFY(merino.description.contains(u"\"the good one\""_s));
        QVERIFY(!merino.description.contains(u'<'));
        // Shopify's stand-in option ("Title: Default Title") is not a fact.
        const ProductFacts& oak = p.items.at(1).facts();
        QVERIFY(!oak.attributes.contains(u"title"_s));
        QCOMPARE(oak.category, u"Kitchen"_s);
        QCOMPARE(p.items.at(1).line, 6); // the body above spans two lines
    }

    void readsShopifysNewColumnNames()
    {
        const QByteArray csv
            = "Title,URL handle,Description,SKU,Price,Product image URL,Option1 name,Option1 value\n"
              "Tea Towel,tea-towel,Linen tea towel.,TT-1,12.00,https://cdn.example/t.jpg,Title,Default\n";
        const auto p = preview(csv);
        QCOMPARE(p.format, CatalogImport::Format::Shopify);
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(p.items.first().facts().priceCents, 1200);
        QCOMPARE(p.items.first().facts().images.size(), 1);
    }

    void reportsEveryBadShopifyRowWithItsLine()
    {
        const QByteArray csv = "Handle,Title,Body (HTML),Type,Variant SKU,Variant Price,Image Src\n"
                               "good,Good Mug,A mug.,Mugs,G-1,12.00,\n"     // 2: fine
                               ",Orphan,No handle.,Mugs,O-1,5.00,\n"        // 3: no handle
                               "good,Good Mug again,Dup.,Mugs,G-2,12.00,\n" // 4: second title row
                               "ghost,,,,,,https://x/ghost.jpg\n"           // 5: continuation without product
                               "free,Free Thing,No price.,Misc,F-1,,\n"     // 6: no price: not imported
                               "odd,Odd Price,Bad.,Misc,P-1,twelve,\n"      // 7: price not a number
                               "wide,Wide,Too many,Misc,W-1,1.00,,extra\n"; // 8: more fields than the header
        const auto p = preview(csv);
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(p.items.first().facts().name, u"Good Mug"_s);
        QList<int> lines;
        for (const auto& i : p.issues)
            lines.append(i.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 7, 8}));
        const QString all = issues(p);
        QVERIFY2(all.contains(u"3: The row has no Handle"_s), qPrintable(all));
        QVERIFY(all.contains(u"line 2 is used"_s));
        QVERIFY(all.contains(u"“ghost” has no row with a Title"_s));
        QVERIFY(all.contains(u"“Free Thing” is not imported: Enter a price above zero."_s));
        QVERIFY(all.contains(u"“twelve” is not an amount"_s));
        QVERIFY(all.contains(u"has 8 fields but the header has 7"_s));
        // Six rows are not imported (line 7 has two reasons: its price, and so its product has none).
        QCOMPARE(p.skippedRows(), 6);
    }

    void importsAWooCommerceExportWithVariations()
    {
        const auto p = preview(kWoo);
        QCOMPARE(p.format, CatalogImport::Format::WooCommerce);
        QVERIFY2(p.issues.isEmpty(), qPrintable(issues(p)));
        QCOMPARE(p.items.size(), 2);
        const ProductFacts& hoodie = p.items.at(0).facts();
        QCOMPARE(hoodie.sku, u"HOOD"_s);
        QCOMPARE(hoodie.priceCents, 4900); // the lowest variation price
        QCOMPARE(hoodie.sizes(), (QStringList{u"S"_s, u"M"_s, u"L"_s}));
        QCOMPARE(hoodie.material(), u"cotton"_s);
        QCOMPARE(hoodie.category, u"Hoodies"_s);
        QVERIFY(hoodie.description.startsWith(u"Warm hoodie."_s));
        QVERIFY(hoodie.description.contains(u"Unisex fit."_s));
        const ProductFacts& candle = p.items.at(1).facts();
        QVERIFY(candle.sku.isEmpty());
        QCOMPARE(candle.handle, u"beeswax-candle"_s);
        QCOMPARE(candle.images.size(), 2);
        QCOMPARE(candle.priceCents, 1850);
    }

    void readsADutchWooCommerceExport()
    {
        const QByteArray csv = "ID;Type;SKU;Naam;Korte beschrijving;Reguliere prijs;Categorieën;Afbeeldingen\n"
                               "5;simple;THEE-1;Groene thee;Losse groene thee.;\"7,95\";Thee;\n"
                               "6;variation;THEE-2;Wees;;\"3,00\";;\n";
        const auto p = preview(csv);
        QCOMPARE(p.format, CatalogImport::Format::WooCommerce);
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(p.items.first().facts().priceCents, 795);
        QCOMPARE(p.items.first().facts().category, u"Thee"_s);
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues.first().line, 3);
        QVERIFY(p.issues.first().reason.contains(u"no parent"_s));
    }

    void refusesFilesThatAreNotProductExports()
    {
        const auto p = preview("Date,Amount\n2026-01-01,12\n");
        QCOMPARE(p.format, CatalogImport::Format::Unknown);
        QVERIFY2(p.fatal.contains(u"Date, Amount"_s), qPrintable(p.fatal));
        QVERIFY(!preview(QByteArray()).fatal.isEmpty());
        QVERIFY(!CatalogImport::readFile(u"/nonexistent/export.csv"_s, {}).fatal.isEmpty());
    }

    void keepsWhatCameBeforeACutOff()
    {
        QByteArray cut = kWoo;
        cut.append("14,simple,X-1,Broken,1,\"never closed,,3.00\n");
        const auto p = preview(cut);
        QCOMPARE(p.items.size(), 2);
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues.first().line, 8); // the hoodie's description spans lines 2 to 4
    }

    void refusesARowOneFieldShortWithItsLine()
    {
        // The cost column of the second product is missing: every later value would shift one column
        // left and the compare-at price would be read as the price.
        const QByteArray csv
            = "Handle,Title,Body (HTML),Variant SKU,Cost per item,Variant Price,Variant Compare At Price\n"
              "tee,Tee,A tee.,T-1,10.00,89.00,109.00\n"
              "cap,Cap,A cap.,C-1,89.00,109.00\n";
        const auto p = preview(csv);
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(p.items.first().priceCents, 8900);
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues.first().line, 3);
        QVERIFY2(p.issues.first().reason.contains(u"has 6 fields but the header has 7"_s),
            qPrintable(p.issues.first().reason));
        QCOMPARE(p.skippedRows(), 1);
    }

    void namesTheLinesACutOffFileLeftUnread()
    {
        QByteArray csv = "Handle,Title,Body (HTML),Variant Price\n"
                         "a,A,One.,1.00\n"
                         "b,B,\"Two, and a quote that never closes,2.00\n"
                         "c,C,Three.,3.00\n"
                         "d,D,Four.,4.00\n";
        const auto p = preview(csv);
        QVERIFY(p.cutOff());
        QCOMPARE(p.cutOffLine, 3);
        QCOMPARE(p.lastLine, 5);
        QCOMPARE(p.items.size(), 1);
        const QString all = issues(p);
        QVERIFY2(all.contains(u"Lines 3 to 5 were not read"_s), qPrintable(all));
    }

    void readsUtf16AsExcelWritesIt()
    {
        // Excel's "Unicode text": UTF-16 little endian with its byte order mark, tab-delimited.
        const QString text = u"Handle\tTitle\tBody (HTML)\tVariant Price\nkaffe\tKaffe Crème\tRöstung.\t12,50\n"_s;
        QByteArray le("\xFF\xFE");
        for (const QChar c : text)
            le.append(static_cast<char>(c.unicode() & 0xFF)).append(static_cast<char>(c.unicode() >> 8));
        auto p = preview(le);
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(p.items.first().name(), u"Kaffe Crème"_s);
        QCOMPARE(p.items.first().priceCents, 1250);
        // Big endian, and without the mark: still read, never called binary.
        QByteArray be("\xFE\xFF");
        QByteArray bare;
        for (const QChar c : text) {
            be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xFF));
            bare.append(static_cast<char>(c.unicode() & 0xFF)).append(static_cast<char>(c.unicode() >> 8));
        }
        QCOMPARE(preview(be).items.size(), 1);
        QCOMPARE(preview(bare).items.size(), 1);
    }

    void theSummaryCountsTheRowsItLists()
    {
        // A hostile file: every kind of problem, some rows with two of them.
        const QByteArray csv = "Handle,Title,Body (HTML),Variant SKU,Variant Price,Cost per item\n"
                               "ok,Fine,Fine.,K-1,10.00,2.00\n"
                               "ok,,,K-2,lots,\n"           // a price that is not one (imported, with a warning)
                               "nop,No price,None.,N-1,,\n" // not imported: no price
                               "nop,,,N-2,,\n"              // ...and its second row with it
                               ",Nameless,,X-1,1.00,\n"
                               "ok,Twice,Dup.,K-3,10.00,\n"
                               "short,Short,One short,S-1,1.00\n"
                               "cost,Cost,Bad cost.,C-1,5.00,cheap\n"; // imported, with a warning
        const auto p = preview(csv);
        QSet<int> listed;
        int rows = 0;
        for (const auto& i : p.issues) {
            if (i.skipped && !listed.contains(i.line)) {
                listed.insert(i.line);
                rows += i.rows;
            }
        }
        QCOMPARE(p.skippedRows(), rows);
        QCOMPARE(p.skippedRows(), 5); // lines 4 (2 rows), 6, 7, 8
        QCOMPARE(p.items.size(), 2);  // Fine and Cost
        QCOMPARE(p.rows, 8);
    }

    void cutsLongValuesInMessages()
    {
        const QString huge(10'000, u'9');
        const QByteArray csv = "Handle,Title,Body (HTML),Variant Price\nx,X,An x.," + huge.toUtf8() + "x\n";
        const auto p = preview(csv);
        QVERIFY(!p.issues.isEmpty());
        for (const auto& i : p.issues)
            QVERIFY2(i.reason.size() < 300, qPrintable(QString::number(i.reason.size())));
        QVERIFY2(issues(p).contains(QLocale().toString(10'001) + u" characters"_s), qPrintable(issues(p)));
    }

    void saysWhenAProductsRowsAreNotTogether()
    {
        const QByteArray csv = "Handle,Title,Variant SKU,Variant Price\n"
                               "mug,Mug,M-1,9.00\n"
                               "cup,Cup,C-1,5.00\n"
                               "mug,,M-2,11.00\n";
        const auto p = preview(csv);
        QCOMPARE(p.items.size(), 2);
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues.first().line, 4);
        QVERIFY2(p.issues.first().reason.contains(u"start on line 2"_s), qPrintable(p.issues.first().reason));
    }

    void turnsHtmlIntoPlainText()
    {
        QCOMPARE(
            CatalogImport::htmlToText(u"<p>Soft <b>merino</b>.</p><ul><li>30 &deg;C</li><li>A &amp; B</li></ul>"_s),
            u"Soft merino.\n• 30 °C\n• A & B"_s);
        QCOMPARE(CatalogImport::htmlToText(u"<script>alert(1)</script><p>One</p>\n\n\n<p>Two&#33; &#x263A;</p>"_s),
            u"One\n\nTwo! ☺"_s);
        // Escaped markup stays text, and a lone "<" is not a tag.
        QCOMPARE(CatalogImport::htmlToText(u"&lt;b&gt;bold&lt;/b&gt; 3 < 4"_s), u"<b>bold</b> 3 < 4"_s);
        QCOMPARE(CatalogImport::htmlToText(u"Line<br/>next<br>last"_s), u"Line\nnext\nlast"_s);
    }

    void aCancelledImportLeavesWholeBatchesAndImportingAgainCompletesIt()
    {
        TestWorkspace ws;
        QByteArray csv = "Handle,Title,Body (HTML),Variant SKU,Variant Price\n";
        for (int i = 0; i < 250; ++i)
            csv += "p" + QByteArray::number(i) + ",Product " + QByteArray::number(i) + ",A thing.,S-"
                + QByteArray::number(i) + ",9.00\n";
        auto p = preview(csv);
        QCOMPARE(p.items.size(), 250);
        CatalogImport::match(ws.db(), &p);
        int calls = 0;
        const auto first = CatalogImport::apply(
            ws.db(), p, u"Ann"_s, 1, [&calls](qint64, qint64) { return ++calls <= 2; }, 100);
        QVERIFY(first.cancelled);
        QCOMPARE(first.created.size(), 200);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products"_s), 200);
        // Every product that is there is whole: its first event came with it.
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM product_events e "
                          u"WHERE e.product_id = p.id)"_s),
            0);
        auto again = preview(csv);
        CatalogImport::match(ws.db(), &again);
        QCOMPARE(again.count(CatalogImport::Action::Unchanged), 200);
        const auto second = CatalogImport::apply(ws.db(), again, u"Ann"_s, 2);
        QCOMPARE(second.created.size(), 50);
        QCOMPARE(second.unchanged, 200);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products"_s), 250);
    }

    void importingTheSameFileTwiceCreatesNothingTheSecondTime()
    {
        TestWorkspace ws;
        auto p = preview(kShopify);
        CatalogImport::match(ws.db(), &p);
        QCOMPARE(p.count(CatalogImport::Action::Create), 2);
        const auto first = CatalogImport::apply(ws.db(), p, u"Ann"_s, 1);
        QCOMPARE(first.created.size(), 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products"_s), 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products WHERE stage = 'draft' AND source = 'shopify-csv'"_s), 2);
        // The content pieces come with the first run: the sweater is apparel and gets a size guide.
        QCOMPARE(ContentStore::pieces(ws.db(), first.created.at(0)).size(), 0);
        QCOMPARE(ProductStore::requestRun(ws.db(), first.created, u"Ann"_s, 1).queued.size(), 2);
        QCOMPARE(ContentStore::pieces(ws.db(), first.created.at(0)).size(), 9);
        QCOMPARE(ContentStore::pieces(ws.db(), first.created.at(1)).size(), 8);
        Sql::exec(ws.db(), u"DELETE FROM jobs"_s);

        auto again = preview(kShopify);
        CatalogImport::match(ws.db(), &again);
        QCOMPARE(again.count(CatalogImport::Action::Unchanged), 2);
        const auto second = CatalogImport::apply(ws.db(), again, u"Ann"_s, 2);
        QVERIFY(second.created.isEmpty());
        QVERIFY(second.updated.isEmpty());
        QCOMPARE(second.unchanged, 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products"_s), 2);

        // A changed price updates the product, keeping what the export does not carry.
        Sql::exec(ws.db(), u"UPDATE products SET audience_hint = 'Commuters' WHERE handle = 'oak-board'"_s);
        QByteArray changed = kShopify;
        changed.replace("OAK-1,45.00", "OAK-1,49.00");
        auto third = preview(changed);
        CatalogImport::match(ws.db(), &third);
        QCOMPARE(third.count(CatalogImport::Action::Update), 1);
        const auto result = CatalogImport::apply(ws.db(), third, u"Ann"_s, 3);
        QCOMPARE(result.updated.size(), 1);
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT price_cents || audience_hint FROM products WHERE handle = 'oak-board'"_s)
                     .toString(),
            u"4900Commuters"_s);
    }

    void wooProductsWithoutSkuAreMatchedByName()
    {
        TestWorkspace ws;
        for (int round = 0; round < 2; ++round) {
            auto p = preview(kWoo);
            CatalogImport::match(ws.db(), &p);
            CatalogImport::apply(ws.db(), p, u"Ann"_s, round);
        }
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM products"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
