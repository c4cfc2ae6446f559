#include "PipelineFixture.h"
#include "jobs/RunControl.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `quorum run-pipeline` as a user runs it: a real child process on a workspace whose providers are
// this test's sandbox. Output, summary and exit codes.
class TestHeadless : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.start(QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum"_s), args);
        if (!p.waitForFinished(120'000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

private slots:
    void importsRunsAndSummarises()
    {
        PipelineFixture f;
        const QString csv = writeFile(m_home.filePath(u"export.csv"_s),
            "Handle,Title,Body (HTML),Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src\n"
            "linen-shirt,Linen Shirt,<p>A linen shirt.</p>,Shirts,Size,S,LS-S,69.00,https://cdn.example/l.jpg\n"
            "linen-shirt,,,,,M,LS-M,69.00,\n"
            "mug,Stoneware Mug,A stoneware mug.,Kitchen,Title,Default Title,MUG-1,19.00,\n"
            ",Broken,No handle,Kitchen,,,X,1.00,\n");
        const Run r = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path(), u"--import"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.contains(u"Imported Shopify product export: 2 new, 0 updated, 0 unchanged."_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"1 row could not be imported:"_s));
        QVERIFY(r.out.contains(u"line 5: The row has no Handle"_s));
        QVERIFY(r.out.contains(u"Done (ready for approval): 2"_s));
        QVERIFY(r.out.contains(u"Failed: 0"_s));
        QVERIFY(r.out.contains(u"AI cost: $"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products WHERE stage = 'ready'"_s), 2);

        // Again: the same file changes nothing and there is nothing left to do.
        const Run again = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path(), u"--import"_s, csv});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"0 new, 0 updated, 2 unchanged"_s), qPrintable(again.out));
        QVERIFY(again.out.contains(u"Nothing to do"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products"_s), 2);
    }

    void aFailedProductMeansExitCodeOne()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.retry_base_ms"_s, u"100"_s);
        const QJsonObject down{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"401"_s}, {u"rate"_s, 1.0}}}}};
        f.sandbox()->setRouteFaults(u"openai.chat"_s, down);
        f.sandbox()->setRouteFaults(u"gemini.generate"_s, down);
        f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        const Run r = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Failed: 1"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Stoneware Mug: Writing"_s), qPrintable(r.out));
    }

    void refusesToRunWhenStoppedOrWithoutProviders()
    {
        PipelineFixture f;
        f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        RunControl::setState(f.db(), RunControl::State::Stopped, u"Ann"_s, 1);
        Run r = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"emergency stop"_s), qPrintable(r.err));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs"_s), 0);

        QTemporaryDir empty;
        r = run({u"run-pipeline"_s, u"--workspace"_s, empty.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"No AI provider is set up to write"_s), qPrintable(r.err));
    }

    void aFileCutOffInsideAQuoteFailsTheRun()
    {
        PipelineFixture f;
        RunControl::setState(f.db(), RunControl::State::Paused, u"Ann"_s, 1);
        const QString csv = writeFile(m_home.filePath(u"cut.csv"_s),
            "Handle,Title,Body (HTML),Variant Price\n"
            "a,Apron,A canvas apron.,29.00\n"
            "b,Bowl,\"A bowl whose quote never closes,19.00\n"
            "c,Cup,A cup.,9.00\n");
        const Run r = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path(), u"--import"_s, csv});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"cut.csv is cut off: lines 3 to 4 were not read"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Lines 3 to 4 were not read"_s), qPrintable(r.out));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products"_s), 1);
    }

    void aKilledImportIsCompletedByTheNextRun()
    {
        PipelineFixture f;
        // Paused: the runs import and stop there (exit 3), so only the import is exercised.
        RunControl::setState(f.db(), RunControl::State::Paused, u"Ann"_s, 1);
        QByteArray csv = "Handle,Title,Body (HTML),Variant SKU,Variant Price\n";
        constexpr int kProducts = 30'000;
        for (int i = 0; i < kProducts; ++i)
            csv += "p" + QByteArray::number(i) + ",Product " + QByteArray::number(i)
                + ",<p>A useful thing with a plain description.</p>,S-" + QByteArray::number(i) + ",9.00\n";
        const QString file = writeFile(m_home.filePath(u"big.csv"_s), csv);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.start(QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum"_s),
            {u"run-pipeline"_s, u"--workspace"_s, f.ws().path(), u"--import"_s, file});
        QVERIFY(p.waitForStarted());
        // Killed while it writes: once products are going in, and before they are all in.
        QTRY_VERIFY_WITH_TIMEOUT(f.count(u"SELECT COUNT(*) FROM products"_s) > 0, 60'000);
        p.kill();
        QVERIFY(p.waitForFinished());
        const qint64 written = f.count(u"SELECT COUNT(*) FROM products"_s);
        QVERIFY2(written < kProducts, qPrintable(QString::number(written)));
        if (!Dialect::isPostgres(f.db())) // PostgreSQL keeps its own files whole
            QCOMPARE(Sql::scalar(f.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // Whole batches only: every product that is there has its first event.
        QCOMPARE(written % 500, 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM product_events e WHERE "
                         u"e.product_id = p.id)"_s),
            0);
        const Run again = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path(), u"--import"_s, file});
        QCOMPARE(again.exitCode, 3); // imported, then: the pipeline is paused
        QVERIFY2(again.out.contains(u"%1 new, 0 updated, %2 unchanged"_s.arg(kProducts - written).arg(written)),
            qPrintable(again.out));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products"_s), kProducts);
    }

    void aBrokenFileIsReportedAndNothingRuns()
    {
        PipelineFixture f;
        const QString csv = writeFile(m_home.filePath(u"bank.csv"_s), "Date,Amount\n2026-01-01,3\n");
        const Run r = run({u"run-pipeline"_s, u"--workspace"_s, f.ws().path(), u"--import"_s, csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a Shopify or WooCommerce product export"_s), qPrintable(r.err));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM products"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
