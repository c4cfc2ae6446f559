#include "CommandLine.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Parsing rules, and the real binary: --version answers, a bad argument exits with 2 and says why.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLine parse(QStringList args)
    {
        args.prepend(u"quorum"_s);
        return CommandLine::parse(args);
    }
    static QString binary() { return QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum"_s); }

private slots:
    void defaultsToTheWindow()
    {
        const CommandLine cl = parse({});
        QCOMPARE(cl.mode, CommandLine::Mode::Gui);
        QVERIFY(!cl.demo);
        QCOMPARE(cl.logLevel, Logging::Level::Info);
    }

    void readsOptions()
    {
        const CommandLine cl = parse({u"--workspace"_s, u"/tmp/shop"_s, u"--lang"_s, u"NL"_s, u"--log-level=debug"_s});
        QCOMPARE(cl.mode, CommandLine::Mode::Gui);
        QCOMPARE(cl.workspace, u"/tmp/shop"_s);
        QCOMPARE(cl.language, u"nl"_s);
        QCOMPARE(cl.logLevel, Logging::Level::Debug);
        QVERIFY(parse({u"--demo"_s}).demo);
        QCOMPARE(parse({u"--version"_s}).mode, CommandLine::Mode::Version);
        QCOMPARE(parse({u"-h"_s}).mode, CommandLine::Mode::Help);
        QCOMPARE(CommandLine::peekLanguage({u"quorum"_s, u"--lang"_s, u"nl"_s}), u"nl"_s);
    }

    void readsAuditVerify()
    {
        const CommandLine cl = parse({u"audit"_s, u"verify"_s, u"--workspace"_s, u"/tmp/shop"_s});
        QCOMPARE(cl.mode, CommandLine::Mode::AuditVerify);
        QCOMPARE(cl.workspace, u"/tmp/shop"_s);
        QVERIFY(cl.helpText.contains(u"audit verify"_s));
    }

    void readsTheServerCommands()
    {
        QCOMPARE(parse({u"serve"_s, u"--workspace"_s, u"/srv/shop"_s}).mode, CommandLine::Mode::Serve);
        QCOMPARE(parse({u"serve"_s, u"--demo"_s}).mode, CommandLine::Mode::Serve);
        QCOMPARE(parse({u"worker"_s, u"--workspace"_s, u"/srv/shop"_s}).mode, CommandLine::Mode::Worker);
        QCOMPARE(parse({u"status"_s, u"--workspace"_s, u"/srv/shop"_s}).mode, CommandLine::Mode::Status);
        const CommandLine move
            = parse({u"migrate-workspace"_s, u"--workspace"_s, u"/srv/shop"_s, u"--to"_s, u"postgresql://q@db/shop"_s});
        QCOMPARE(move.mode, CommandLine::Mode::MigrateWorkspace);
        QCOMPARE(move.target, u"postgresql://q@db/shop"_s);
        QVERIFY(move.helpText.contains(u"migrate-workspace"_s) && move.helpText.contains(u"status"_s));
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing value") << QStringList{u"--workspace"_s} << u"workspace"_s;
        QTest::newRow("bad language") << QStringList{u"--lang"_s, u"fr"_s} << u"use en or nl"_s;
        QTest::newRow("bad level") << QStringList{u"--log-level"_s, u"loud"_s} << u"loud"_s;
        QTest::newRow("unknown command") << QStringList{u"publish-all"_s} << u"publish-all"_s;
        QTest::newRow("pipeline without workspace") << QStringList{u"run-pipeline"_s} << u"--workspace"_s;
        QTest::newRow("import without pipeline") << QStringList{u"--import"_s, u"x.csv"_s} << u"run-pipeline"_s;
        QTest::newRow("two commands") << QStringList{u"run-pipeline"_s, u"again"_s} << u"Too many"_s;
        QTest::newRow("audit without verb") << QStringList{u"audit"_s} << u"audit verify"_s;
        QTest::newRow("unknown audit verb") << QStringList{u"audit"_s, u"repair"_s} << u"audit verify"_s;
        QTest::newRow("verify without workspace") << QStringList{u"audit"_s, u"verify"_s} << u"--workspace"_s;
        QTest::newRow("verify with more") << QStringList{u"audit"_s, u"verify"_s, u"x"_s} << u"Too many"_s;
        QTest::newRow("verify with import") << QStringList{u"audit"_s, u"verify"_s, u"--workspace"_s, u"/tmp/w"_s,
            u"--import"_s, u"x.csv"_s} << u"run-pipeline"_s;
        QTest::newRow("worker without workspace") << QStringList{u"worker"_s} << u"--workspace"_s;
        QTest::newRow("worker on the demo") << QStringList{u"worker"_s, u"--demo"_s} << u"--workspace"_s;
        QTest::newRow("status without workspace") << QStringList{u"status"_s} << u"--workspace"_s;
        QTest::newRow("migrate without target")
            << QStringList{u"migrate-workspace"_s, u"--workspace"_s, u"/tmp/w"_s} << u"--to postgresql://"_s;
        QTest::newRow("migrate to a file") << QStringList{u"migrate-workspace"_s, u"--workspace"_s, u"/tmp/w"_s,
            u"--to"_s, u"/tmp/other.db"_s} << u"--to postgresql://"_s;
        QTest::newRow("to without migrate") << QStringList{u"serve"_s, u"--workspace"_s, u"/tmp/w"_s, u"--to"_s,
            u"postgresql://q@db/x"_s} << u"migrate-workspace"_s;
        QTest::newRow("serve with import")
            << QStringList{u"serve"_s, u"--workspace"_s, u"/tmp/w"_s, u"--import"_s, u"x.csv"_s} << u"run-pipeline"_s;
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CommandLine cl = parse(args);
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QVERIFY2(cl.error.contains(message), qPrintable(cl.error));
    }

    void binaryAnswersVersion()
    {
        QProcess p;
        p.start(binary(), {u"--version"_s});
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(), u"Quorum %1"_s.arg(QStringLiteral(QUORUM_VERSION)));
    }

    void binaryExitsWithTwoOnBadArguments()
    {
        QProcess p;
        p.start(binary(), {u"--no-such-option"_s});
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"no-such-option"_s), qPrintable(err));
        QVERIFY(err.contains(u"--help"_s));
    }

    void binaryAnswersHelpInDutch()
    {
        QProcess p;
        p.start(binary(), {u"--lang"_s, u"nl"_s, u"--help"_s});
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(u"De demowerkruimte openen"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
