#include "ModelChecks.h"
#include "ThemeColors.h"
#include "VariantsModel.h"

#include <QDateTime>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The product detail's variants table: one row per variant, the option values as the first columns,
// then SKU, price, the compare-at or sale price, stock and cost, money in the product's currency; a
// product without variants has no rows and no columns; new values of the same variants change in
// place, another product resets.
class TestVariantsModel : public QObject
{
    Q_OBJECT

private:
    static ProductVariant variant(qint64 id, const QStringList& options, const QString& sku, qint64 price)
    {
        ProductVariant v;
        v.id = id;
        v.options = options;
        v.sku = sku;
        v.priceCents = price;
        return v;
    }

    static ProductFacts sweater()
    {
        ProductFacts f;
        f.id = 7;
        f.name = u"Merino crew"_s;
        f.currency = u"EUR"_s;
        f.optionNames = {u"Size"_s, u"Colour"_s};
        ProductVariant m = variant(1, {u"M"_s, u"Navy"_s}, u"MER-M-NAVY"_s, 9500);
        m.compareAtCents = 11000;
        m.stock = 4;
        m.costCents = 3800;
        ProductVariant l = variant(2, {u"L"_s, u"Navy"_s}, u"MER-L-NAVY"_s, 9500);
        l.stock = 0;
        ProductVariant xl = variant(3, {u"XL"_s, u"Grey"_s}, u"MER-XL-GREY"_s, 9900);
        xl.salePriceCents = 7900;
        xl.saleTo = QDateTime(QDate(2027, 1, 12), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        f.variants = {m, l, xl};
        return f;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void oneRowPerVariantWithItsOptionsAsColumns()
    {
        VariantsModel model;
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setFacts(sweater());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.optionCount(), 2);
        QCOMPARE(model.columnCount(), 2 + int(VariantsModel::ColumnCount));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Size"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Colour"_s);
        QCOMPARE(model.headerData(model.column(VariantsModel::Sku), Qt::Horizontal).toString(), u"SKU"_s);
        QCOMPARE(model.headerData(model.column(VariantsModel::Cost), Qt::Horizontal).toString(), u"Cost"_s);
        QCOMPARE(model.headerData(model.column(VariantsModel::CompareAt), Qt::Horizontal).toString(), u"Was / sale"_s);
        QCOMPARE(model.columnKind(0), -1);
        QCOMPARE(model.columnKind(model.column(VariantsModel::Stock)), int(VariantsModel::Stock));

        QCOMPARE(ModelChecks::columnValues(&model, 0), (QStringList{u"M"_s, u"L"_s, u"XL"_s}));
        QCOMPARE(ModelChecks::columnValues(&model, 1), (QStringList{u"Navy"_s, u"Navy"_s, u"Grey"_s}));
        QCOMPARE(ModelChecks::columnValues(&model, model.column(VariantsModel::Sku)),
            (QStringList{u"MER-M-NAVY"_s, u"MER-L-NAVY"_s, u"MER-XL-GREY"_s}));
        QCOMPARE(ModelChecks::columnValues(&model, model.column(VariantsModel::Price)),
            (QStringList{u"€95.00"_s, u"€95.00"_s, u"€99.00"_s}));
        QCOMPARE(ModelChecks::columnValues(&model, model.column(VariantsModel::CompareAt)),
            (QStringList{u"€110.00"_s, QString(), u"€79.00"_s}));
        // The "was" price struck through as shops show it; a sale price in the colour of a good deal.
        QVERIFY(model.index(0, model.column(VariantsModel::CompareAt)).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.index(2, model.column(VariantsModel::CompareAt)).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(2, model.column(VariantsModel::CompareAt)).data(Qt::ForegroundRole).value<QColor>(),
            Theme::Success);
        QCOMPARE(model.index(2, model.column(VariantsModel::CompareAt)).data(Qt::ToolTipRole).toString(),
            u"On sale until 12/01/2027"_s);
        QCOMPARE(ModelChecks::columnValues(&model, model.column(VariantsModel::Stock)),
            (QStringList{u"4"_s, u"0"_s, u"–"_s}));
        QCOMPARE(ModelChecks::columnValues(&model, model.column(VariantsModel::Cost)),
            (QStringList{u"€38.00"_s, u"–"_s, u"–"_s}));
    }

    void rolesCarryTheRawValues()
    {
        VariantsModel model;
        ModelChecks::attachTester(&model);
        model.setFacts(sweater());
        const QModelIndex price = model.index(2, model.column(VariantsModel::Price));
        QCOMPARE(price.data(VariantsModel::RawRole).toLongLong(), 9900);
        QCOMPARE(price.data(VariantsModel::VariantIdRole).toLongLong(), 3);
        QCOMPARE(price.data(VariantsModel::TitleRole).toString(), u"XL / Grey"_s);
        QCOMPARE(
            model.index(0, model.column(VariantsModel::CompareAt)).data(VariantsModel::RawRole).toLongLong(), 11000);
        QVERIFY(!model.index(2, model.column(VariantsModel::Stock)).data(VariantsModel::RawRole).isValid());
        QCOMPARE(model.index(1, model.column(VariantsModel::Stock)).data(VariantsModel::RawRole).toInt(), 0);
        // Sold out reads as a warning; what the store does not track is muted.
        QCOMPARE(
            model.index(1, model.column(VariantsModel::Stock)).data(Qt::ForegroundRole).value<QColor>(), Theme::Danger);
        QCOMPARE(
            model.index(2, model.column(VariantsModel::Stock)).data(Qt::ForegroundRole).value<QColor>(), Theme::Muted);
        QVERIFY(!model.index(2, model.column(VariantsModel::Stock)).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.variantAt(model.index(1, 0))->sku, u"MER-L-NAVY"_s);
        QCOMPARE(model.variantAt(QModelIndex()), nullptr);
    }

    void sameVariantsChangeInPlaceOthersReset()
    {
        VariantsModel model;
        ModelChecks::attachTester(&model);
        ProductFacts facts = sweater();
        model.setFacts(facts);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setFacts(facts); // the detail re-reads the same facts often: nothing happens
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);

        facts.variants[1].stock = 12;
        model.setFacts(facts);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, model.column(VariantsModel::Stock)).data().toString(), u"12"_s);

        facts.variants.append(variant(4, {u"S"_s, u"Grey"_s}, u"MER-S-GREY"_s, 9500));
        model.setFacts(facts);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);

        // One option only (WooCommerce's "Colour"): the columns follow.
        ProductFacts mug;
        mug.currency = u"USD"_s;
        mug.optionNames = {u"Colour"_s};
        mug.variants = {variant(9, {u"Black"_s}, u"MUG-B"_s, 1800)};
        mug.variants[0].salePriceCents = 1500;
        model.setFacts(mug);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.columnCount(), 1 + int(VariantsModel::ColumnCount));
        QCOMPARE(model.headerData(model.column(VariantsModel::CompareAt), Qt::Horizontal).toString(), u"Sale"_s);
        QCOMPARE(model.index(0, model.column(VariantsModel::Price)).data().toString(), u"$18.00"_s);

        // A simple product: no rows, no columns.
        model.setFacts(ProductFacts{});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setFacts(sweater());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

// A GUI application: the struck-through "was" price is a font.
QTEST_MAIN(TestVariantsModel)
#include "tst_variantsmodel.moc"
