#include "ModelChecks.h"
#include "PipelineFixture.h"
#include "ProductsModel.h"
#include "StageSummaryModel.h"
#include "core/Json.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Correcting a product after the fact, through the PipelineActions facade: edit its facts (the
// content is checked again against the new ones), archive and restore it, duplicate it, and go back
// to an earlier version of a piece. Every change is audited; a viewer changes nothing.
class TestProductEdit : public QObject
{
    Q_OBJECT

private:
    static QJsonObject lastAudit(PipelineFixture& f, const QString& action)
    {
        return Json::objectFromString(
            Sql::scalar(f.db(), u"SELECT payload FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"_s, {action})
                .toString())
            .value(u"details"_s)
            .toObject();
    }
    static qint64 readyProduct(PipelineFixture& f, const QString& name)
    {
        const qint64 id = f.addProduct(PipelineFixture::facts(name));
        f.run({id});
        if (!f.waitUntilIdle())
            qWarning() << "the first run did not finish";
        return id;
    }

private slots:
    void correctedFactsAreCheckedAgain()
    {
        PipelineFixture f;
        f.startPool();
        const qint64 id = readyProduct(f, u"Stoneware Mug"_s);
        QCOMPARE(f.stageOf(id), u"ready"_s);
        const qint64 pieces = f.count(u"SELECT COUNT(*) FROM content_pieces WHERE product_id = ?"_s, {id});
        QVERIFY(pieces > 0);
        const qint64 versionsBefore = f.count(
            u"SELECT COUNT(*) FROM content_versions v JOIN content_pieces p ON p.id = v.piece_id WHERE p.product_id = ?"_s,
            {id});
        PipelineActions actions(f.db(), f.ws().path(), Clock::system(), &f.bus(), f.pool());

        // A viewer is refused and nothing changes.
        actions.setActor(u"Vic"_s, false, false);
        ProductFacts facts = *actions.facts(id);
        facts.priceCents = 5900;
        QString error, summary;
        QVERIFY(!actions.updateFacts(id, facts, &error, &summary));
        QVERIFY(error.contains(u"viewer"_s));
        QCOMPARE(f.count(u"SELECT price_cents FROM products WHERE id = ?"_s, {id}), 4900);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'product.facts_changed'"_s), 0);

        // The owner corrects the price: audited before and after, every written piece checked again.
        actions.setActor(u"Ann"_s);
        QVERIFY2(actions.updateFacts(id, facts, &error, &summary), qPrintable(error));
        QCOMPARE(f.count(u"SELECT price_cents FROM products WHERE id = ?"_s, {id}), 5900);
        // "%n piece(s)": the English plural comes from the translation file, not loaded here.
        QVERIFY2(summary.startsWith(u"Price changed; %1 piece"_s.arg(pieces)), qPrintable(summary));
        QVERIFY(summary.endsWith(u" will be checked again."_s));
        const QJsonObject audit = lastAudit(f, u"product.facts_changed"_s);
        QCOMPARE(audit.value(u"before"_s).toObject().value(u"price_cents"_s).toInteger(), 4900);
        QCOMPARE(audit.value(u"after"_s).toObject().value(u"price_cents"_s).toInteger(), 5900);
        QCOMPARE(audit.value(u"after"_s).toObject().keys(), QStringList{u"price_cents"_s});
        QCOMPARE(audit.value(u"pieces_rechecked"_s).toInt(), pieces);
        // One run of the product does it (the workers may have started it already).
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'generate' AND subject_id = ?"_s, {id}), 2);
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(id), u"ready"_s);
        // Each piece's current version was judged after the change, by checks that knew the new price.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_pieces WHERE product_id = ? AND state = 'accepted'"_s, {id}),
            pieces);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM content_versions v JOIN content_pieces p ON p.id = v.piece_id "
                        u"WHERE p.product_id = ?"_s,
                    {id})
            >= versionsBefore + pieces);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_pieces p JOIN validations v ON v.version_id = "
                         u"p.current_version_id AND v.stage = 'checks' AND v.passed = 1 WHERE p.product_id = ? "
                         u"AND p.run_no >= 2"_s,
                     {id}),
            pieces);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_pieces p JOIN content_versions v ON v.id = "
                         u"p.current_version_id WHERE p.product_id = ? AND (v.body LIKE '%49.00%' OR "
                         u"v.body LIKE '%49,00%')"_s,
                     {id}),
            0);

        // A change the content does not state (the cost) is saved and audited without a re-check.
        facts = *actions.facts(id);
        facts.costCents = 1200;
        QVERIFY(actions.updateFacts(id, facts, &error, &summary));
        QCOMPARE(summary, u"Facts saved."_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'queued'"_s), 0);
        f.stopPool();
    }

    void archivedProductsAreHiddenNotRunAndNotCounted()
    {
        PipelineFixture f;
        const qint64 a = f.addProduct(PipelineFixture::facts(u"Mug A"_s));
        const qint64 b = f.addProduct(PipelineFixture::facts(u"Mug B"_s));
        PipelineActions actions(f.db(), f.ws().path(), Clock::system(), &f.bus(), nullptr);
        ProductsModel products(f.db(), nullptr);
        ModelChecks::attachTester(&products);
        StageSummaryModel summary(f.db());
        ModelChecks::attachTester(&summary);
        products.refresh();
        summary.reload();
        QCOMPARE(products.rowCount(), 2);
        QCOMPARE(summary.total(), 2);

        actions.setActor(u"Vic"_s, false, false);
        QString error;
        QCOMPARE(actions.archive({a}, &error), 0);
        QVERIFY(!error.isEmpty());

        actions.setActor(u"Ann"_s);
        QCOMPARE(actions.archive({a}, &error), 1);
        QCOMPARE(lastAudit(f, u"product.archived"_s).value(u"products"_s).toArray().first().toInteger(), a);
        products.refresh();
        summary.reload();
        QCOMPARE(products.rowCount(), 1);
        QCOMPARE(products.productAt(products.index(0, 0)).id, b);
        QCOMPARE(summary.total(), 1);
        QCOMPARE(actions.draftCount(), 1);
        // Never run: asked directly, the archived one is skipped with the reason.
        const auto run = ProductStore::requestRun(f.db(), {a, b}, u"Ann"_s, 1);
        QCOMPARE(run.queued, QList<qint64>{b});
        QCOMPARE(run.skipped.size(), 1);
        QVERIFY(run.skipped.first().second.contains(u"archived"_s));

        // Show archived lists only them.
        products.setShowArchived(true);
        products.refresh();
        QCOMPARE(products.rowCount(), 1);
        QCOMPARE(products.productAt(products.index(0, 0)).id, a);
        QVERIFY(products.productAt(products.index(0, 0)).archived);
        products.setShowArchived(false);

        // Undo: restored, listed and counted again.
        QCOMPARE(actions.unarchive({a}, &error), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'product.unarchived'"_s), 1);
        products.refresh();
        summary.reload();
        QCOMPARE(products.rowCount(), 2);
        QCOMPARE(summary.total(), 2);
        QCOMPARE(actions.unarchive({a}, &error), 0); // nothing left to restore
    }

    void duplicateIsANewDraft()
    {
        PipelineFixture f;
        ProductFacts facts = PipelineFixture::facts(u"Linen Shirt"_s, u"Apparel"_s, 6900, u"linen"_s, {u"S"_s, u"M"_s});
        facts.sku = u"LS-1"_s;
        const qint64 id = f.addProduct(facts);
        PipelineActions actions(f.db(), f.ws().path(), Clock::system(), &f.bus(), nullptr);
        QString error;
        const qint64 copy = actions.duplicate(id, &error);
        QVERIFY2(copy > 0, qPrintable(error));
        const auto c = actions.facts(copy);
        QCOMPARE(c->name, u"Linen Shirt (copy)"_s);
        QVERIFY(c->sku.isEmpty());
        QCOMPARE(c->priceCents, 6900);
        QCOMPARE(c->sizes(), (QStringList{u"S"_s, u"M"_s}));
        QCOMPARE(f.stageOf(copy), u"draft"_s);
        QCOMPARE(lastAudit(f, u"product.duplicated"_s).value(u"from"_s).toInteger(), id);
        actions.setActor(u"Vic"_s, false, false);
        QCOMPARE(actions.duplicate(id, &error), 0);
    }

    void anEarlierVersionComesBack()
    {
        PipelineFixture f;
        f.startPool();
        const qint64 id = readyProduct(f, u"Stoneware Mug"_s);
        PipelineActions actions(f.db(), f.ws().path(), Clock::system(), &f.bus(), f.pool());
        const qint64 piece = f.count(u"SELECT MIN(id) FROM content_pieces WHERE product_id = ?"_s, {id});
        const qint64 first = f.count(u"SELECT MIN(id) FROM content_versions WHERE piece_id = ?"_s, {piece});
        // A person's edit makes a second version; then the first one is wanted back.
        QString error;
        const QString firstBody
            = Sql::scalar(f.db(), u"SELECT body FROM content_versions WHERE id = ?"_s, {first}).toString();
        QJsonObject edited = Json::objectFromString(firstBody);
        QVERIFY(actions.saveEdit(piece, edited, &error) > 0);
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(actions.restoreVersion(
                     f.count(u"SELECT current_version_id FROM content_pieces WHERE id = ?"_s, {piece}), &error),
            0); // already current
        actions.setActor(u"Vic"_s, false, false);
        QCOMPARE(actions.restoreVersion(first, &error), 0);
        actions.setActor(u"Ann"_s);
        const qint64 restored = actions.restoreVersion(first, &error);
        QVERIFY2(restored > 0, qPrintable(error));
        QCOMPARE(f.count(u"SELECT current_version_id FROM content_pieces WHERE id = ?"_s, {piece}), restored);
        QCOMPARE(Sql::scalar(f.db(), u"SELECT body FROM content_versions WHERE id = ?"_s, {restored}).toString(),
            QString::fromUtf8(Json::canonical(edited)));
        QCOMPARE(lastAudit(f, u"content.version_restored"_s).value(u"restored_from"_s).toInteger(), first);
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(
            Sql::scalar(f.db(), u"SELECT state FROM content_pieces WHERE id = ?"_s, {piece}).toString(), u"accepted"_s);
        f.stopPool();
    }
};

QTEST_GUILESS_MAIN(TestProductEdit)
#include "tst_productedit.moc"
