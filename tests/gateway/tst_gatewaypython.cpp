#include "ApprovalsModel.h"
#include "GatewayTestSupport.h"
#include "PipelineFixture.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "approvals/ExternalProposals.h"
#include "gateway/GatewayServer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GatewayTest;

// The shipped Python client, end to end, as a shop owner's agent would run it from a terminal: the
// example agent proposes a price change the rules hold for a person, it appears in Approvals, a person
// changes the price and approves, the agent receives the changed parameters, applies exactly those,
// sends its receipt, and the proposal shows the receipt. Real processes, real sockets, the real worker
// pool.
class TestGatewayPython : public QObject
{
    Q_OBJECT

    // Debian's Python, where python3-websockets is installed (not a python3 of a version manager).
    static QString python() { return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s; }

    static QString clientFolder() { return qEnvironmentVariable("QUORUM_SOURCE_DIR") + u"/resources/python"_s; }

    // Starts the example agent; its output lines are collected as they come.
    static std::unique_ptr<QProcess> runAgent(
        quint16 port, const QString& key, const QString& ledger, QStringList* lines, const QString& newPrice)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcess* p = process.get();
        QObject::connect(p, &QProcess::readyRead, p, [p, lines] {
            while (p->canReadLine())
                lines->append(QString::fromUtf8(p->readLine()).trimmed());
        });
        process->start(python(),
            {clientFolder() + u"/example_price_agent.py"_s, u"--url"_s, u"ws://127.0.0.1:%1/v1/ws"_s.arg(port),
                u"--key"_s, key, u"--sku"_s, u"MUG-1"_s, u"--old-price"_s, u"20.00"_s, u"--new-price"_s, newPrice,
                u"--ledger"_s, ledger, u"--timeout"_s, u"100"_s});
        return process;
    }

    static QString lineStarting(const QStringList& lines, const QString& prefix)
    {
        for (const QString& l : lines)
            if (l.startsWith(prefix))
                return l;
        return {};
    }

    // The workspace with the scout registered, the real worker pool, a gateway, the person at the desk,
    // and the example agent started against them, its proposal made (id).
    struct Rig
    {
        PipelineFixture fx;
        qint64 now = Clock::system()->nowMs();
        QString key;
        GatewayServer::Config config;
        std::unique_ptr<GatewayServer> server;
        QTemporaryDir dir;
        QStringList lines;
        std::unique_ptr<QProcess> agent;
        std::unique_ptr<UserSession> session;
        std::unique_ptr<ApprovalActions> actions;
        qint64 id = 0;
        QSqlDatabase db() const { return fx.db(); }
        QString ledger() const { return dir.filePath(u"ledger.jsonl"_s); }
        QString said() const { return lines.join(u'\n'); }
    };

    static void startGateway(Rig& r)
    {
        r.server = std::make_unique<GatewayServer>(r.config);
        QString error;
        QVERIFY2(r.server->start(&error), qPrintable(error));
        r.config.port = r.server->port(); // the same port when it starts again
    }

    static void setUp(Rig& r, const QString& newPrice)
    {
        const QSqlDatabase db = r.db();
        ApprovalRules::ensureDefaults(db, r.now);
        ApprovalDesk::setUndoWindowSeconds(db, 0); // the decision goes out at once
        r.key = registerScout(db, r.now);
        r.fx.startPool();
        r.config.databasePath = r.fx.ws().workspace().databasePath();
        r.config.machine = u"test-host"_s;
        r.config.clock = Clock::system();
        r.config.bus = &r.fx.bus();
        startGateway(r);
        if (QTest::currentTestFailed())
            return;
        r.session = std::make_unique<UserSession>(Users::signIn(db, u"Ann"_s, r.now), u"desk"_s);
        r.actions = std::make_unique<ApprovalActions>(db, Clock::system(), &r.fx.bus(), r.fx.pool(), r.session.get());
        r.agent = runAgent(r.server->port(), r.key, r.ledger(), &r.lines, newPrice);
        QTRY_VERIFY2_WITH_TIMEOUT(!lineStarting(r.lines, u"proposed "_s).isEmpty(), qPrintable(r.said()), 30'000);
        r.id = lineStarting(r.lines, u"proposed "_s).section(u' ', 1, 1).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QProcess check;
        check.start(python(), {u"-c"_s, u"import websockets; print(websockets.__version__)"_s});
        QVERIFY(check.waitForFinished(30'000));
        QVERIFY2(check.exitCode() == 0,
            "python3-websockets is missing: the test command installs it (installer/dev-setup.sh)");
    }

    void theExampleAgentActsOnlyOnTheChangedDecision()
    {
        Rig r;
        setUp(r, u"26.00"_s);
        if (QTest::currentTestFailed())
            return;
        const QSqlDatabase db = r.db();
        const qint64 id = r.id;
        const QStringList proposed = lineStarting(r.lines, u"proposed "_s).split(u' ');
        QCOMPARE(proposed.value(2), u"pending"_s);
        QCOMPARE(proposed.value(3), u"high"_s);

        // It waits in Approvals like any agent's proposal.
        ApprovalsModel approvals(db, const_cast<Clock*>(Clock::system()));
        QAbstractItemModelTester tester(&approvals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(approvals.indexForId(id, 0).isValid());

        // A person changes the price to 22.00 (10 %: the rule lets that run) through the desk's facade.
        QJsonObject edited = ApprovalDesk::load(db, id)->parameters;
        edited.insert(u"new_price"_s, u"22.00"_s);
        const auto modified = r.actions->modify(id, edited, u"22 is enough"_s);
        QVERIFY2(modified.ok, qPrintable(modified.error));

        // The agent gets the changed price, applies exactly that, and reports it.
        QTRY_VERIFY2_WITH_TIMEOUT(r.agent->state() == QProcess::NotRunning, qPrintable(r.said()), 60'000);
        QCOMPARE(r.agent->exitCode(), 0);
        QVERIFY2(r.lines.contains(u"executed MUG-1 at 22.00 EUR"_s), qPrintable(r.said()));
        QVERIFY(lineStarting(r.lines, u"decision modified"_s).contains(u"\"new_price\": \"22.00\""_s));
        QFile applied(r.ledger());
        QVERIFY(applied.open(QIODevice::ReadOnly));
        const QByteArray written = applied.readAll();
        QVERIFY(written.contains("\"price\": \"22.00\""));
        QVERIFY(!written.contains("26.00"));

        // The proposal shows the receipt, for the parameters that were approved.
        const auto receipt = ExternalProposals::receiptOf(db, id);
        QVERIFY(receipt);
        QCOMPARE(receipt->outcome, u"executed"_s);
        QCOMPARE(receipt->reference, u"ledger:MUG-1:22.00"_s);
        QVERIFY(!receipt->mismatch);
        QCOMPARE(ApprovalDesk::load(db, id)->executionState, u"done"_s);
        QCOMPARE(r.fx.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.receipt' AND subject = ?"_s,
                     {u"proposal:%1"_s.arg(id)}),
            1);
        // Its run is on the Agents pane's figures.
        QCOMPARE(r.fx.count(u"SELECT tasks_ok FROM agents WHERE name = 'Price Scout'"_s), 1);
    }

    void theAgentWaitsThroughARestartOfTheGateway()
    {
        // Quorum quits while the agent waits; the decision is made while no gateway runs; when it runs
        // again the client connects again by itself and gets it.
        Rig r;
        setUp(r, u"26.00"_s);
        if (QTest::currentTestFailed())
            return;
        r.server.reset();
        QVERIFY(r.actions->approve(r.id, {}).ok);
        QTRY_COMPARE_WITH_TIMEOUT(ApprovalDesk::load(r.db(), r.id)->executionState, u"agent"_s, 30'000);
        QCOMPARE(r.agent->state(), QProcess::Running); // still waiting, trying to connect again
        startGateway(r);
        QTRY_VERIFY2_WITH_TIMEOUT(r.agent->state() == QProcess::NotRunning, qPrintable(r.said()), 60'000);
        QCOMPARE(r.agent->exitCode(), 0);
        QVERIFY2(r.lines.contains(u"executed MUG-1 at 26.00 EUR"_s), qPrintable(r.said()));
        QCOMPARE(ExternalProposals::receiptOf(r.db(), r.id)->outcome, u"executed"_s);
    }

    void aRejectedProposalChangesNothing()
    {
        Rig r;
        setUp(r, u"30.00"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(r.actions->reject(r.id, u"Not in December"_s).ok);
        QTRY_VERIFY2_WITH_TIMEOUT(r.agent->state() == QProcess::NotRunning, qPrintable(r.said()), 60'000);
        QCOMPARE(r.agent->exitCode(), 2);
        QVERIFY2(lineStarting(r.lines, u"not approved"_s).contains(u"Not in December"_s), qPrintable(r.said()));
        QVERIFY(!QFile::exists(r.ledger()));
        QVERIFY(!ExternalProposals::receiptOf(r.db(), r.id));
    }
};

QTEST_MAIN(TestGatewayPython)
#include "tst_gatewaypython.moc"
