#include "ModelChecks.h"
#include "ModelRoles.h"
#include "ProductsModel.h"
#include "TestWorkspace.h"
#include "ThemeColors.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProductsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void showsEveryProduct()
    {
        TestWorkspace tw(true);
        ProductsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), int(tw.count(u"SELECT COUNT(*) FROM products"_s)));
        QCOMPARE(model.columnCount(), int(ProductsModel::ColumnCount));
        QCOMPARE(model.headerData(ProductsModel::Stage, Qt::Horizontal).toString(), u"Stage"_s);
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("sqlOrder");
        QTest::newRow("price") << int(ProductsModel::Price) << u"price_cents"_s;
        QTest::newRow("name") << int(ProductsModel::Name) << u"name COLLATE NOCASE"_s;
        QTest::newRow("updated") << int(ProductsModel::Updated) << u"updated_at"_s;
        QTest::newRow("attempts") << int(ProductsModel::Attempts) << u"attempts"_s;
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(QString, sqlOrder);
        TestWorkspace tw(true);
        ProductsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QList<qint64> expected;
            const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
            QSqlQuery q = Sql::exec(tw.db(), u"SELECT id FROM products ORDER BY %1 %2, id %2"_s.arg(sqlOrder, dir));
            while (q.next())
                expected.append(q.value(0).toLongLong());
            QCOMPARE(ModelChecks::columnAs<qint64>(&model, 0, ModelRoles::IdRole), expected);
        }
    }

    void filtersInSql()
    {
        TestWorkspace tw(true);
        ProductsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.setTextFilter(u"merino"_s);
        QCOMPARE(model.rowCount(),
            int(tw.count(
                u"SELECT COUNT(*) FROM products WHERE name LIKE '%merino%' OR sku LIKE '%merino%' OR category LIKE '%merino%'"_s)));
        QVERIFY(model.rowCount() >= 2);
        for (const QString& name : ModelChecks::columnValues(&model, ProductsModel::Name))
            QVERIFY(name.contains(u"Merino"_s, Qt::CaseInsensitive));
        model.setTextFilter(QString());
        model.setStageFilter(u"live"_s);
        QCOMPARE(model.rowCount(), int(tw.count(u"SELECT COUNT(*) FROM products WHERE stage = 'live'"_s)));
        for (const QString& stage : ModelChecks::columnValues(&model, 0, ModelRoles::StageKeyRole))
            QCOMPARE(stage, u"live"_s);
        model.setCategoryFilter(u"Outdoor"_s);
        QCOMPARE(model.rowCount(),
            int(tw.count(u"SELECT COUNT(*) FROM products WHERE stage = 'live' AND category = 'Outdoor'"_s)));
        // LIKE wildcards in the search are literal characters.
        model.setStageFilter(QString());
        model.setCategoryFilter(QString());
        model.setTextFilter(u"%"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.categories().size() == 5);
    }

    void rolesAndTypedAccessor()
    {
        TestWorkspace tw(true);
        ProductsModel model(tw.db(), &tw.clock());
        model.setTextFilter(u"APP-006"_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex idx = model.index(0, ProductsModel::Stage);
        QCOMPARE(idx.data(ModelRoles::StageKeyRole).toString(), u"needs_review"_s);
        QCOMPARE(idx.data(Qt::DisplayRole).toString(), u"Needs review"_s);
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(u"disagreed"_s));
        const ProductsModel::Product p = model.productAt(idx);
        QCOMPARE(p.sku, u"APP-006"_s);
        QCOMPARE(p.priceCents, 4900);
        QCOMPARE(p.attempts, 3);
        QCOMPARE(model.index(0, ProductsModel::Price).data().toString(), u"€49.00"_s);
        QCOMPARE(model.index(0, ProductsModel::Price).data(ModelRoles::RawValueRole).toLongLong(), 4900);
        QCOMPARE(model.rowForId(p.id), 0);
        QCOMPARE(model.idAt(0), p.id);
    }

    // The Step column says what really happened: no percentages, real piece counts while writing, and
    // a retry countdown that counts down with the clock.
    void stepSaysWhatHappened()
    {
        TestWorkspace tw(true);
        const qint64 now = tw.clock().nowMs();
        ProductsModel model(tw.db(), &tw.clock());
        model.setTextFilter(u"APP-006"_s);
        QCOMPARE(model.rowCount(), 1);
        const qint64 id = model.idAt(0);
        Sql::exec(tw.db(), u"UPDATE products SET stage = 'draft' WHERE id = ?"_s, {id});
        Sql::exec(tw.db(), u"DELETE FROM content_pieces WHERE product_id = ?"_s, {id});
        model.reload();
        const QModelIndex step = model.index(0, ProductsModel::Step);
        QCOMPARE(step.data().toString(), u"Not started"_s);
        QCOMPARE(step.data(ModelRoles::StepRole).toInt(), 0);
        QVERIFY(!step.data().toString().contains(u'%'));

        Sql::exec(tw.db(), u"UPDATE products SET stage = 'enhancing' WHERE id = ?"_s, {id});
        for (const char* kind : {"title", "description", "faq"})
            Sql::exec(tw.db(),
                u"INSERT INTO content_pieces (product_id, kind, state, updated_at) VALUES (?, ?, ?, ?)"_s,
                {id, QString::fromLatin1(kind), kind == std::string_view("title") ? u"accepted"_s : u"writing"_s, now});
        model.reload();
        QCOMPARE(model.index(0, ProductsModel::Step).data().toString(), u"1 of 3 pieces done"_s);

        Sql::exec(tw.db(),
            u"INSERT INTO jobs (kind, subject_id, state, attempts, run_after, idempotency_key, created_at, updated_at) "
            u"VALUES ('generate', ?, 'queued', 1, ?, 'step-test', ?, ?)"_s,
            {id, now + 30'000, now, now});
        model.reload();
        QCOMPARE(model.index(0, ProductsModel::Step).data().toString(), u"Retry in 30 s"_s);
        QVERIFY(model.hasCountdown());
        tw.clock().advance(12'000);
        QCOMPARE(model.index(0, ProductsModel::Step).data().toString(), u"Retry in 18 s"_s);
        tw.clock().advance(20'000);
        QVERIFY(!model.hasCountdown());
        QCOMPARE(model.index(0, ProductsModel::Step).data().toString(), u"1 of 3 pieces done"_s);
        // The tooltip explains the stage in words.
        QVERIFY(model.index(0, ProductsModel::Stage).data(Qt::ToolTipRole).toString().contains(u"writer model"_s));

        // The waiting filter separates products that wait out a failure from those at work.
        model.setTextFilter({});
        model.setStageFilter(u"enhancing,validating"_s, ProductsModel::Waiting::Only);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), id);
        model.setStageFilter(u"enhancing,validating"_s, ProductsModel::Waiting::Not);
        QCOMPARE(model.rowCount(),
            int(tw.count(u"SELECT COUNT(*) FROM products WHERE stage IN ('enhancing', 'validating')"_s)) - 1);
    }

    // Live updates: a changed row is a dataChanged; new and removed rows arrive as inserts and
    // removals, so the view keeps its selection.
    void liveUpdatesAreIncremental()
    {
        TestWorkspace tw(true);
        ProductsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.sort(ProductsModel::Name, Qt::AscendingOrder);
        const int before = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QPersistentModelIndex keep = model.index(model.rowCount() - 1, 0);
        const qint64 keptId = keep.data(ModelRoles::IdRole).toLongLong();

        const qint64 id = Sql::insert(tw.db(),
            u"INSERT INTO products (name, price_cents, stage, created_at, updated_at) VALUES ('AAA First', 100, 'draft', 0, 0)"_s);
        model.notifyChanged({id}, true);
        model.refresh();
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(keep.data(ModelRoles::IdRole).toLongLong(), keptId);

        Sql::exec(tw.db(), u"UPDATE products SET stage = 'enhancing', progress = 20 WHERE id = ?"_s, {id});
        model.notifyChanged({id}, false);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0, ProductsModel::Stage).data(ModelRoles::StageKeyRole).toString(), u"enhancing"_s);

        // A rename moves the row to the end: a layout change, not a reset.
        Sql::exec(tw.db(), u"UPDATE products SET name = 'ZZZ Last' WHERE id = ?"_s, {id});
        model.notifyChanged({id}, true);
        model.refresh();
        QCOMPARE(model.idAt(model.rowCount() - 1), id);
        QCOMPARE(keep.data(ModelRoles::IdRole).toLongLong(), keptId);

        Sql::exec(tw.db(), u"DELETE FROM products WHERE id = ?"_s, {id});
        model.notifyChanged({id}, true);
        model.refresh();
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(keep.data(ModelRoles::IdRole).toLongLong(), keptId);
    }

    // The Name column shows a thumbnail of the product's first image in the workspace, read in the
    // background; a product without a readable local image shows the placeholder square instead.
    void thumbnailsLoadInTheBackground()
    {
        // A missing or broken picture is not worth a warning: it quietly gets the placeholder.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        TestWorkspace tw;
        QVERIFY(QDir(tw.workspace().root()).mkpath(u"images"_s));
        const QString images = QDir(tw.workspace().root()).filePath(u"images"_s);
        // 64 × 48: the thumbnail keeps the aspect (32 × 24, centred in the 32 × 32 square).
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(images + u"/real.png"_s));
        QFile corrupt(images + u"/corrupt.png"_s);
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("\x89PNG\r\n\x1a\nthis is not really a picture");
        corrupt.close();

        const auto add = [&tw](const QString& name, const QString& imagesJson) {
            return Sql::insert(tw.db(),
                u"INSERT INTO products (name, price_cents, stage, images, created_at, updated_at) "
                u"VALUES (?, 100, 'draft', ?, 0, 0)"_s,
                {name, imagesJson});
        };
        const qint64 real = add(u"Real"_s, u"[\"https://example.com/first.png\", \"images/real.png\"]"_s);
        const qint64 none = add(u"None"_s, u"[]"_s);
        const qint64 missing = add(u"Missing"_s, u"[\"images/missing.png\"]"_s);
        const qint64 broken = add(u"Broken"_s, u"[\"images/corrupt.png\"]"_s);
        const qint64 remote = add(u"Remote"_s, u"[\"https://example.com/a.png\"]"_s);
        const qint64 outside = add(u"Outside"_s, u"[\"../real.png\", \"/etc/passwd\"]"_s);

        ProductsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.setImageFolder(tw.workspace().root());
        QSignalSpy decorations(&model, &QAbstractItemModel::dataChanged);
        const auto decoration = [&model](qint64 id) {
            return model.index(model.rowForId(id), ProductsModel::Name).data(Qt::DecorationRole).value<QImage>();
        };
        const QSize square(ProductsModel::ThumbnailSize, ProductsModel::ThumbnailSize);
        const auto isPlaceholder = [&square](const QImage& image) {
            return image.size() == square && image.pixelColor(2, square.height() / 2) == Theme::Border;
        };

        // Asked for, the rows get the placeholder at once (nothing is read on this thread) ...
        for (const qint64 id : {real, none, missing, broken, remote, outside}) {
            const QImage image = decoration(id);
            QVERIFY2(isPlaceholder(image), qPrintable(model.productAt(model.indexForId(id)).name));
        }
        // ... and the real picture arrives as a dataChanged for its row.
        QTRY_VERIFY(decoration(real).pixelColor(16, 16) == QColor(Qt::red));
        const QImage thumbnail = decoration(real);
        QCOMPARE(thumbnail.size(), square);
        QCOMPARE(thumbnail.pixelColor(16, 1).alpha(), 0); // above the 32 × 24 picture
        bool sawRealRow = false;
        for (const QList<QVariant>& args : decorations) {
            const QModelIndex topLeft = args.at(0).value<QModelIndex>();
            if (topLeft.row() == model.rowForId(real)
                && args.at(2).value<QList<int>>() == QList<int>{Qt::DecorationRole})
                sawRealRow = true;
        }
        QVERIFY(sawRealRow);
        // The missing and the broken file were tried (in the background) and stay placeholders.
        QTRY_VERIFY(decorations.count() >= 3);
        for (const qint64 id : {none, missing, broken, remote, outside})
            QVERIFY2(isPlaceholder(decoration(id)), qPrintable(model.productAt(model.indexForId(id)).name));
        // Placeholders for the same initial are the same image, drawn once.
        QCOMPARE(decoration(missing).cacheKey(), decoration(missing).cacheKey());
        // Other columns have no decoration.
        QVERIFY(!model.index(model.rowForId(real), ProductsModel::Sku).data(Qt::DecorationRole).isValid());

        // Without a workspace folder there is nothing to read: placeholders only.
        ProductsModel bare(tw.db(), &tw.clock());
        QVERIFY(isPlaceholder(
            bare.index(bare.rowForId(real), ProductsModel::Name).data(Qt::DecorationRole).value<QImage>()));
    }

    void emptyWorkspaceHasNoRows()
    {
        TestWorkspace tw;
        ProductsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.categories().isEmpty());
    }
};

// A GUI application: the placeholder's initial is drawn with a font.
QTEST_MAIN(TestProductsModel)
#include "tst_productsmodel.moc"
