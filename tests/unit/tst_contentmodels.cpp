#include "ContentModels.h"
#include "ImportPreviewModel.h"
#include "ModelChecks.h"
#include "TestWorkspace.h"
#include "catalog/CatalogImport.h"
#include "pipeline/TextDiff.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The detail panel's models (pieces and versions of a product, from the demo's generated content),
// the import preview's models, and the word diff between two versions.
class TestContentModels : public QObject
{
    Q_OBJECT

private:
    static qint64 productBySku(TestWorkspace& ws, const QString& sku)
    {
        return ws.count(u"SELECT id FROM products WHERE sku = ?"_s, {sku});
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void piecesOfAReadyProduct()
    {
        TestWorkspace ws(true);
        PiecesModel model(ws.db());
        ModelChecks::attachTester(&model);
        model.setProduct(productBySku(ws, u"APP-001"_s)); // live apparel product: nine pieces
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(0, PiecesModel::Piece).data().toString(), u"Long description"_s);
        QCOMPARE(ModelChecks::columnValues(&model, PiecesModel::State).filter(u"Accepted"_s).size(), 9);
        QVERIFY(model.index(0, PiecesModel::Quality).data().toInt() >= 90);
        QCOMPARE(model.index(3, 0).data(PiecesModel::KindRole).toString(), u"size_guide"_s);
        // Reloading the same pieces keeps the rows (the selection survives live updates).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.count(), 0);
        model.setProduct(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void versionsShowEveryAttemptAndItsVerdict()
    {
        TestWorkspace ws(true);
        // APP-006 needs review: its care instructions failed the reviewer three times.
        const qint64 product = productBySku(ws, u"APP-006"_s);
        const qint64 care
            = ws.count(u"SELECT id FROM content_pieces WHERE product_id = ? AND kind = 'care'"_s, {product});
        PiecesModel pieces(ws.db());
        pieces.setProduct(product);
        const int row = pieces.rowOfPiece(care);
        QVERIFY(row >= 0);
        QCOMPARE(pieces.index(row, PiecesModel::State).data().toString(), u"Needs review"_s);
        QCOMPARE(pieces.index(row, PiecesModel::Attempts).data().toInt(), 3);

        VersionsModel versions(ws.db());
        ModelChecks::attachTester(&versions);
        versions.setPiece(care);
        QCOMPARE(versions.rowCount(), 3);
        // Newest first, each a model's attempt that fell below the pass marks.
        QCOMPARE(
            ModelChecks::columnValues(&versions, VersionsModel::Version), (QStringList{u"v3"_s, u"v2"_s, u"v1"_s}));
        QVERIFY(
            versions.index(0, VersionsModel::Source).data().toString().startsWith(u"Attempt 3 · sandbox-writer-1"_s));
        QCOMPARE(
            ModelChecks::columnValues(&versions, VersionsModel::Verdict).filter(u"Below the pass marks"_s).size(), 3);
        QCOMPARE(versions.index(0, 0).data(VersionsModel::PassedRole).toBool(), false);

        const qint64 faq
            = ws.count(u"SELECT id FROM content_pieces WHERE product_id = ? AND kind = 'faq'"_s, {product});
        versions.setPiece(faq);
        QCOMPARE(versions.rowCount(), 1);
        QCOMPARE(versions.index(0, VersionsModel::Verdict).data().toString(), u"Accepted"_s);
        QCOMPARE(versions.rowOfVersion(versions.index(0, 0).data(VersionsModel::VersionIdRole).toLongLong()), 0);
    }

    void importPreviewModels()
    {
        auto preview = CatalogImport::read("Handle,Title,Variant Price,Option1 Name,Option1 Value\n"
                                           "tee,Tee,20.00,Size,S\n"
                                           "tee,,,,M\n"
                                           ",Nameless,3.00,,\n",
            {});
        ImportPreviewModel items;
        ModelChecks::attachTester(&items);
        items.setPreview(preview);
        QCOMPARE(items.rowCount(), 1);
        QCOMPARE(items.index(0, ImportPreviewModel::Action).data().toString(), u"New"_s);
        QCOMPARE(items.index(0, ImportPreviewModel::Price).data().toString(), u"€20.00"_s);
        QCOMPARE(items.index(0, ImportPreviewModel::Details).data().toString(), u"sizes S, M"_s);
        ImportIssuesModel issues;
        ModelChecks::attachTester(&issues);
        issues.setIssues(preview.issues);
        QCOMPARE(issues.rowCount(), 1);
        QCOMPARE(issues.index(0, ImportIssuesModel::Line).data().toInt(), 4);
        QCOMPARE(issues.index(0, ImportIssuesModel::Result).data().toString(),
            ImportIssuesModel::tr("%n row(s) not imported", nullptr, 1));
    }

    void diffsWords()
    {
        const auto spans
            = TextDiff::diff(u"A warm wool sweater for cold days."_s, u"A warm merino sweater for winter days."_s);
        QString rebuiltNew, rebuiltOld;
        for (const auto& s : spans) {
            if (s.op != TextDiff::Op::Delete)
                rebuiltNew += s.text;
            if (s.op != TextDiff::Op::Insert)
                rebuiltOld += s.text;
        }
        QCOMPARE(rebuiltNew, u"A warm merino sweater for winter days."_s);
        QCOMPARE(rebuiltOld, u"A warm wool sweater for cold days."_s);
        QCOMPARE(TextDiff::wordCounts(spans), std::make_pair(2, 2));
        QCOMPARE(spans.first().op, TextDiff::Op::Equal);
        QCOMPARE(spans.first().text, u"A warm "_s);
        // A rewritten sentence reads as one change, not as confetti of words.
        const auto rewritten = TextDiff::diff(u"The cat sat. Dogs bark."_s, u"The cat sat. Birds sing loudly."_s);
        QCOMPARE(rewritten.size(), 3);
        QCOMPARE(rewritten.at(0).text, u"The cat sat. "_s);
        QCOMPARE(rewritten.at(1).op, TextDiff::Op::Delete);
        QCOMPARE(rewritten.at(1).text, u"Dogs bark."_s);
        QCOMPARE(rewritten.at(2).op, TextDiff::Op::Insert);
        QCOMPARE(rewritten.at(2).text, u"Birds sing loudly."_s);
        const auto same = TextDiff::diff(u"same"_s, u"same"_s);
        QCOMPARE(same.size(), 1);
        QCOMPARE(TextDiff::diff(QString(), u"new"_s).first().op, TextDiff::Op::Insert);
    }
};

QTEST_GUILESS_MAIN(TestContentModels)
#include "tst_contentmodels.moc"
