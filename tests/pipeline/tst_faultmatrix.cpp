#include "PipelineFixture.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// A bad hour at the providers fails nothing. Every LLM route the pipeline uses answers 30 % of calls
// with a fault (500, 503, 529, a truncated or malformed body, a reset connection, a stall); then every
// provider is down for ten minutes of the injectable clock. Either way the products end Ready with
// each piece accepted once; while the providers are down the work waits (saying for what, and that
// there is nothing to do) without spending its attempts.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    static QStringList llmRoutes()
    {
        return {u"openai.chat"_s, u"anthropic.messages"_s, u"gemini.generate"_s, u"ollama.chat"_s};
    }

    static QList<qint64> addProducts(PipelineFixture& f, int n)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            const bool apparel = i % 3 == 0;
            ids.append(f.addProduct(
                PipelineFixture::facts(u"Product %1"_s.arg(i), apparel ? u"Apparel"_s : u"Home"_s, 2900 + i * 100,
                    apparel ? u"cotton"_s : u"stoneware"_s, apparel ? QStringList{u"S"_s, u"M"_s} : QStringList{})));
        }
        return ids;
    }

    static void everyPieceAcceptedOnce(PipelineFixture& f, const QList<qint64>& ids)
    {
        for (qint64 id : ids) {
            const QString reason
                = Sql::scalar(f.db(), u"SELECT stage_reason FROM products WHERE id = ?"_s, {id}).toString();
            QVERIFY2(f.stageOf(id) == u"ready", qPrintable(u"%1: %2 (%3)"_s.arg(id).arg(f.stageOf(id), reason)));
        }
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products WHERE stage = 'failed'"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_pieces WHERE state <> 'accepted'"_s), 0);
        // Accepted once: one accepted version per piece, and no piece has a version from a run after it.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_pieces WHERE accepted_version_id IS NULL"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM (SELECT 1 FROM content_versions GROUP BY piece_id, version_no "
                         u"HAVING COUNT(*) > 1) AS d"_s),
            0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE outcome = 'pending'"_s), 0);
    }

private slots:
    void thirtyPercentFaultsOnEveryRouteFailNothing()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        PipelineFixture f(&clock);
        f.setStallTimeoutMs(1'500);
        QJsonArray errors;
        // Seven kinds at 5 % each: about 30 % of calls fail, one way or another.
        for (const char* kind : {"500", "503", "529", "truncated", "malformed", "reset", "stall"})
            errors.append(QJsonObject{{u"kind"_s, QString::fromLatin1(kind)}, {u"rate"_s, 0.05}});
        QJsonObject routes;
        for (const QString& route : llmRoutes())
            routes.insert(route, QJsonObject{{u"errors"_s, errors}});
        f.sandbox()->setFaults(QJsonObject{{u"seed"_s, 11}, {u"routes"_s, routes}});
        const QList<qint64> ids = addProducts(f, 12);
        f.startPool();
        f.run(ids);
        QVERIFY(f.runUntilIdle(20, 240'000));
        everyPieceAcceptedOnce(f, ids);
        const qint64 failedCalls = f.count(u"SELECT COUNT(*) FROM provider_calls WHERE outcome = 'error'"_s);
        QVERIFY2(failedCalls > 20, qPrintable(QString::number(failedCalls)));
        qInfo("%lld calls failed along the way; every product is Ready", failedCalls);
    }

    void aTenMinuteOutageOfEveryProviderFailsNothing()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        PipelineFixture f(&clock);
        const QJsonObject down{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"503"_s}, {u"rate"_s, 1.0}}}}};
        QJsonObject routes;
        for (const QString& route : llmRoutes())
            routes.insert(route, down);
        f.sandbox()->setFaults(QJsonObject{{u"routes"_s, routes}});
        const QList<qint64> ids = addProducts(f, 6);
        f.startPool();
        f.run(ids);
        const qint64 start = clock.nowMs();
        bool outage = true;
        QString waitingReason;
        qint64 maxAttempts = 0;
        QVERIFY(f.runUntilIdle(20, 240'000, [&] {
            if (!outage)
                return;
            maxAttempts = std::max(maxAttempts,
                f.count(
                    u"SELECT COALESCE(MAX(attempts), 0) FROM jobs WHERE kind IN ('generate', 'piece', 'recheck')"_s));
            if (waitingReason.isEmpty())
                waitingReason = Sql::scalar(
                    f.db(), u"SELECT stage_reason FROM products WHERE stage_reason LIKE 'Waiting%' LIMIT 1"_s)
                                    .toString();
            if (clock.nowMs() - start >= 10 * 60'000) {
                outage = false;
                f.sandbox()->setFaults(QJsonObject{});
            }
        }));
        QVERIFY2(!outage, "the work ended during the outage");
        everyPieceAcceptedOnce(f, ids);
        // While it lasted, the work waited without spending an attempt, and said so.
        QCOMPARE(maxAttempts, 0);
        QVERIFY2(
            waitingReason.contains(u"503"_s) || waitingReason.contains(u"overloaded"_s), qPrintable(waitingReason));
        QVERIFY2(waitingReason.contains(u"nothing to do"_s), qPrintable(waitingReason));
        QVERIFY(f.count(u"SELECT COALESCE(MAX(waits), 0) FROM jobs"_s) > 0);
        qInfo("while waiting the product said: %s", qPrintable(waitingReason));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
