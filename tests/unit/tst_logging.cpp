#include "core/Log.h"
#include "core/Logging.h"
#include "core/Redaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The message handler forwards every category to spdlog's rotating file, redacted.
class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Logging::uninstall(); }

    void writesRedactedLinesToTheWorkspaceLog()
    {
        QTemporaryDir dir;
        Logging::install(Logging::Level::Debug, false);
        Logging::setLogDirectory(dir.path());
        QStringList observed;
        Logging::setObserver([&observed](const QString& line) { observed.append(line); });
        qCInfo(lcNet) << "POST https://api.example.com/v1/chat Authorization: Bearer sk-test-0123456789abcdef";
        qCDebug(lcPipeline) << "debug lines are enabled at debug level";
        qCWarning(lcStorage) << "password=swordfish-42 in a connection string";
        Logging::flush();
        QFile f(QDir(dir.path()).filePath(u"quorum.log"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(f.readAll());
        QVERIFY2(content.contains(u"[quorum.net]"_s), qPrintable(content));
        QVERIFY(content.contains(u"debug lines are enabled"_s));
        QVERIFY(!content.contains(u"sk-test-0123456789abcdef"_s));
        QVERIFY(!content.contains(u"swordfish-42"_s));
        QCOMPARE(observed.size(), 3);
        QVERIFY(observed.first().startsWith(u"quorum.net: "_s));
    }

    void infoLevelDropsDebugLines()
    {
        QTemporaryDir dir;
        Logging::install(Logging::Level::Info, false);
        Logging::setLogDirectory(dir.path());
        qCDebug(lcPipeline) << "hidden detail";
        qCInfo(lcPipeline) << "visible summary";
        Logging::flush();
        QFile f(QDir(dir.path()).filePath(u"quorum.log"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(f.readAll());
        QVERIFY(content.contains(u"visible summary"_s));
        QVERIFY(!content.contains(u"hidden detail"_s));
    }

    void parsesLevels()
    {
        Logging::Level level;
        QVERIFY(Logging::parseLevel(u"WARN"_s, &level));
        QCOMPARE(level, Logging::Level::Warning);
        QVERIFY(Logging::parseLevel(u"trace"_s, &level));
        QCOMPARE(level, Logging::Level::Trace);
        QVERIFY(!Logging::parseLevel(u"verbose"_s, &level));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
