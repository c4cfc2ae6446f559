#include "TestWorkspace.h"
#include "jobs/JobQueue.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/ContentStore.h"
#include "pipeline/PipelineJobs.h"
#include "pipeline/ProductStage.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The per-product state machine of DESIGN.md section 2 and how ProductStore applies it: every
// transition is a product_events row, forbidden ones change nothing.
class TestProductStage : public QObject
{
    Q_OBJECT

private:
    static qint64 addProduct(TestWorkspace& ws, const QString& sku = u"SKU-1"_s)
    {
        ProductFacts f;
        f.sku = sku;
        f.name = u"Mug "_s + sku;
        f.description = u"A mug."_s;
        f.priceCents = 1500;
        f.category = u"Home"_s;
        f.source = u"manual"_s;
        Transaction tx(ws.db());
        const qint64 id = ProductStore::create(ws.db(), f, u"test"_s, 1);
        tx.commit();
        return id;
    }

private slots:
    void keysRoundTrip()
    {
        for (ProductStage s : Stage::all()) {
            bool ok = false;
            QCOMPARE(Stage::fromKey(Stage::key(s), &ok), s);
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(Stage::fromKey(u"nonsense"_s, &ok), ProductStage::Draft);
        QVERIFY(!ok);
    }

    void theDesignedJourneyIsAllowed()
    {
        using S = ProductStage;
        const QList<S> journey{S::Draft, S::Enhancing, S::Validating, S::Ready, S::AwaitingApproval, S::Approved,
            S::Publishing, S::Published, S::Promoting, S::Live};
        for (int i = 1; i < journey.size(); ++i)
            QVERIFY2(Stage::canTransition(journey.at(i - 1), journey.at(i)), qPrintable(Stage::key(journey.at(i))));
        QVERIFY(Stage::canTransition(S::Validating, S::NeedsReview));
        QVERIFY(Stage::canTransition(S::NeedsReview, S::AwaitingApproval));
        QVERIFY(Stage::canTransition(S::NeedsReview, S::Enhancing)); // a retry
    }

    void failedAndEscalatedAreReachableFromEveryWorkingState()
    {
        for (ProductStage s : Stage::all()) {
            if (!Stage::isWorking(s))
                continue;
            QVERIFY2(Stage::canTransition(s, ProductStage::Failed), qPrintable(Stage::key(s)));
            QVERIFY2(Stage::canTransition(s, ProductStage::Escalated), qPrintable(Stage::key(s)));
        }
        // And both lead back to work.
        QVERIFY(Stage::canTransition(ProductStage::Failed, ProductStage::Enhancing));
        QVERIFY(Stage::canTransition(ProductStage::Escalated, ProductStage::Enhancing));
    }

    void shortcutsAreRefused()
    {
        using S = ProductStage;
        QVERIFY(!Stage::canTransition(S::Draft, S::Ready));
        QVERIFY(!Stage::canTransition(S::Draft, S::Published));
        QVERIFY(!Stage::canTransition(S::Enhancing, S::Ready));
        QVERIFY(!Stage::canTransition(S::Validating, S::Published));
        QVERIFY(!Stage::canTransition(S::Ready, S::Published));
        QVERIFY(!Stage::canTransition(S::AwaitingApproval, S::Publishing));
        QVERIFY(!Stage::canTransition(S::Live, S::Draft));
    }

    void transitionsAreLoggedAndForbiddenOnesChangeNothing()
    {
        TestWorkspace ws;
        const qint64 id = addProduct(ws);
        QString error;
        QVERIFY(ProductStore::transition(ws.db(), id, ProductStage::Enhancing, u"go"_s, u"pipeline"_s, 10, &error));
        QVERIFY(!ProductStore::transition(ws.db(), id, ProductStage::Published, u"skip"_s, u"pipeline"_s, 11, &error));
        QVERIFY2(error.contains(u"cannot go from Enhancing to Published"_s), qPrintable(error));
        QCOMPARE(ProductStore::stage(ws.db(), id), ProductStage::Enhancing);
        // The same stage again only changes the reason.
        QVERIFY(ProductStore::transition(ws.db(), id, ProductStage::Enhancing, u"still going"_s, u"pipeline"_s, 12));
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM product_events WHERE product_id = ?"_s, {id}), 2);
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT stage_reason FROM products WHERE id = ?"_s, {id}).toString(),
            u"still going"_s);
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT progress FROM products WHERE id = ?"_s, {id}).toInt(), 20);
        QCOMPARE(Sql::scalar(ws.db(),
                     u"SELECT from_stage || '>' || to_stage || ':' || actor FROM product_events "
                     u"WHERE product_id = ? ORDER BY id DESC LIMIT 1"_s,
                     {id})
                     .toString(),
            u"draft>enhancing:pipeline"_s);
    }

    void runRequestsQueueOnceAndSkipWithReasons()
    {
        TestWorkspace ws;
        const qint64 draft = addProduct(ws, u"A"_s);
        const qint64 ready = addProduct(ws, u"B"_s);
        Sql::exec(ws.db(), u"UPDATE products SET stage = 'ready' WHERE id = ?"_s, {ready});
        const auto first = ProductStore::requestRun(ws.db(), {draft, ready, 999}, u"Ann"_s, 5);
        QCOMPARE(first.queued, QList<qint64>{draft});
        QCOMPARE(first.skipped.size(), 2);
        QVERIFY(first.skipped.at(0).second.contains(u"Regenerate single pieces"_s));
        QVERIFY(first.skipped.at(1).second.contains(u"no longer exists"_s));
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'generate' AND subject_id = ?"_s, {draft}), 1);
        // Every piece of the content set is queued under run 1.
        for (const auto& p : ContentStore::pieces(ws.db(), draft)) {
            QCOMPARE(p.runNo, 1);
            QCOMPARE(p.state, QString(ContentStore::PieceState::Queued));
        }
        // While that run is queued, asking again for a product being written is refused...
        Sql::exec(ws.db(), u"UPDATE products SET stage = 'enhancing' WHERE id = ?"_s, {draft});
        const auto second = ProductStore::requestRun(ws.db(), {draft}, u"Ann"_s, 6);
        QVERIFY(second.queued.isEmpty());
        QVERIFY(second.skipped.first().second.contains(u"already queued or being written"_s));
        // ...and so is one still in Draft whose run never started (a session that ended before it did)...
        Sql::exec(ws.db(), u"UPDATE products SET stage = 'draft' WHERE id = ?"_s, {draft});
        QVERIFY(ProductStore::requestRun(ws.db(), {draft}, u"Ann"_s, 6).queued.isEmpty());
        QString error;
        QVERIFY(!ProductStore::requestPieceRun(ws.db(), draft, u"faq"_s, {}, u"Ann"_s, 6, &error));
        Sql::exec(ws.db(), u"UPDATE products SET stage = 'enhancing' WHERE id = ?"_s, {draft});
        // ...but a product stuck in Enhancing without a job (its job was cancelled) can be run again.
        JobQueue::cancelFor(ws.db(), PipelineJobs::Generate, draft, 7);
        QCOMPARE(ProductStore::requestRun(ws.db(), {draft}, u"Ann"_s, 8).queued.size(), 1);
    }

    void manyRunsAreQueuedInBatchesWithEachProductsOwnPieces()
    {
        TestWorkspace ws;
        // 1,203 products over three batches, every third one apparel (it also gets a size guide).
        QList<qint64> ids;
        {
            Transaction tx(ws.db());
            for (int i = 0; i < 1203; ++i) {
                ProductFacts f;
                f.sku = u"SKU-%1"_s.arg(i);
                f.name = u"Item %1"_s.arg(i);
                f.priceCents = 1000;
                f.category = i % 3 == 0 ? u"Apparel"_s : u"Home"_s;
                f.source = u"manual"_s;
                ids.append(ProductStore::create(ws.db(), f, u"test"_s, 1));
            }
            tx.commit();
        }
        // One product asked for twice in one request is queued once.
        const auto result = ProductStore::requestRun(ws.db(), ids + QList<qint64>{ids.at(7)}, u"Ann"_s, 5);
        QCOMPARE(result.queued, ids);
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.first().first, ids.at(7));
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'generate' AND state = 'queued'"_s), 1203);
        const qsizetype all = ContentSpec::forProduct(u"Apparel"_s, {}).size();
        const qsizetype home = ContentSpec::forProduct(u"Home"_s, {}).size();
        QVERIFY(all > home);
        for (int i : {0, 1, 2, 499, 500, 501, 1202}) {
            const auto pieces = ContentStore::pieces(ws.db(), ids.at(i));
            QCOMPARE(pieces.size(), i % 3 == 0 ? all : home);
            for (const auto& p : pieces) {
                QCOMPARE(p.runNo, 1);
                QCOMPARE(p.state, QString(ContentStore::PieceState::Queued));
            }
            QCOMPARE(
                Sql::scalar(ws.db(), u"SELECT run_no || ':' || stage_reason FROM products WHERE id = ?"_s, {ids.at(i)})
                    .toString(),
                u"1:Queued"_s);
            QCOMPARE(Sql::scalar(
                         ws.db(), u"SELECT payload FROM jobs WHERE kind = 'generate' AND subject_id = ?"_s, {ids.at(i)})
                         .toString(),
                u"{\"run\":1}"_s);
        }

        // A retry runs every piece again except the accepted ones, under the next run number.
        const qint64 retried = ids.at(3);
        JobQueue::cancelFor(ws.db(), PipelineJobs::Generate, retried, 6);
        Sql::exec(ws.db(), u"UPDATE products SET stage = 'failed' WHERE id = ?"_s, {retried});
        Sql::exec(ws.db(),
            u"UPDATE content_pieces SET state = CASE kind WHEN 'description' THEN 'accepted' ELSE 'failed' END "
            u"WHERE product_id = ?"_s,
            {retried});
        const auto again = ProductStore::requestRun(ws.db(), {retried, ids.at(4)}, u"Ann"_s, 7);
        QCOMPARE(again.queued, QList<qint64>{retried});
        QVERIFY(again.skipped.first().second.contains(u"already queued or being written"_s));
        for (const auto& p : ContentStore::pieces(ws.db(), retried)) {
            if (p.kind == u"description") {
                QCOMPARE(p.state, u"accepted"_s);
                QCOMPARE(p.runNo, 1);
            } else {
                QCOMPARE(p.state, QString(ContentStore::PieceState::Queued));
                QCOMPARE(p.runNo, 2);
            }
        }
        QCOMPARE(Sql::scalar(ws.db(), u"SELECT run_no || ':' || stage_reason FROM products WHERE id = ?"_s, {retried})
                     .toString(),
            u"2:Queued for a retry"_s);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs WHERE idempotency_key = ? AND state = 'queued'"_s,
                     {u"generate:%1:2"_s.arg(retried)}),
            1);
    }

    void contentChangesOnlyWhereTheStageAllowsIt()
    {
        TestWorkspace ws;
        const qint64 id = addProduct(ws);
        Sql::exec(ws.db(), u"UPDATE products SET stage = 'publishing' WHERE id = ?"_s, {id});
        QString error;
        QVERIFY(!ProductStore::requestPieceRun(ws.db(), id, u"faq"_s, {}, u"Ann"_s, 1, &error));
        QVERIFY2(error.contains(u"Publishing"_s), qPrintable(error));
        const auto faq = ContentStore::piece(ws.db(), id, u"faq"_s);
        QVERIFY(faq);
        QCOMPARE(ProductStore::saveEdit(ws.db(), faq->id, QJsonObject{}, u"Ann"_s, 1, &error), 0);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM jobs"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestProductStage)
#include "tst_productstage.moc"
