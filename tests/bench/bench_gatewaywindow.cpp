// The approval gateway under load beside the real window (issue 17: "GUI stall p99 < 50 ms meanwhile"):
// Quorum itself (Application: the main window offscreen on the Approvals pane, its worker pool, the gateway
// it hosts because the workspace says so) while 500 agents (bench_gateway --load, a child process)
// propose 10,000 proposals in a minute; the person approves what waits through the desk's facade
// (ApprovalActions) on the GUI thread as it comes. Measured: the GUI thread's stall (lateness of a 10 ms
// timer) and the answers' and decisions' latencies as bench_gateway measures them.
// usage: bench_gatewaywindow [--agents 500] [--proposals 10000] [--seconds 60]
#include "Application.h"
#include "CommandLine.h"
#include "GatewayBench.h"
#include "MainWindow.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "gateway/AgentKeys.h"
#include "gateway/GatewaySettings.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
void waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}
} // namespace

int main(int argc, char** argv)
{
    QApplication qapp(argc, argv);
    QCoreApplication::setOrganizationName(u"QuorumBench"_s);
    QCoreApplication::setApplicationName(u"QuorumBenchGatewayWindow"_s);
    const QStringList args = qapp.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int agentCount = option(u"--agents"_s, u"500"_s).toInt();
    const int proposals = option(u"--proposals"_s, u"10000"_s).toInt();
    const int seconds = option(u"--seconds"_s, u"60"_s).toInt();

    // The workspace: the agents registered, the gateway switched on, no undo window.
    QTemporaryDir dir;
    quint16 port = 0;
    QString databasePath;
    {
        QString error;
        auto workspace = Workspace::open(dir.path(), &error);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        databasePath = workspace->databasePath();
        const QSqlDatabase db = workspace->db();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ApprovalRules::ensureDefaults(db, now);
        ApprovalDesk::setUndoWindowSeconds(db, 0);
        QStringList keys;
        Transaction tx(db);
        for (int i = 0; i < agentCount; ++i)
            keys.append(AgentKeys::registerAgent(
                db, {u"Load agent %1"_s.arg(i), u"finance"_s, {u"refund"_s, u"price_change"_s}, 0}, u"bench"_s, now));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        GatewaySettings::Set gateway;
        gateway.enabled = true;
        gateway.port = port;
        gateway.ratePerSecond = 100;
        GatewaySettings::save(db, gateway);
        tx.commit();
        QFile f(dir.filePath(u"keys.txt"_s));
        f.open(QIODevice::WriteOnly);
        f.write(keys.join(u'\n').toUtf8());
    }

    CommandLine cl;
    cl.workspace = dir.path();
    Application app(cl);
    QString error;
    if (!app.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow* window = app.mainWindow();
    window->showPane(PaneId::Approvals);
    window->grab();
    bool listening = false;
    waitFor(
        [&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            listening = s.waitForConnected(100);
            return listening;
        },
        20'000);
    if (!listening) {
        std::fprintf(stderr, "the gateway of the window does not listen\n");
        return 1;
    }

    QProcess agents;
    agents.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agents.start(QCoreApplication::applicationDirPath() + u"/bench_gateway"_s,
        {u"--load"_s, u"--port"_s, QString::number(port), u"--keys"_s, dir.filePath(u"keys.txt"_s), u"--proposals"_s,
            QString::number(proposals), u"--seconds"_s, QString::number(seconds)});
    QByteArray line;
    waitFor(
        [&] {
            if (agents.canReadLine())
                line = agents.readLine().trimmed();
            return line.startsWith("connected");
        },
        180'000);
    std::printf("%s\n", line.constData());

    GatewayBench::StallProbe probe;
    // The person: what waits is approved through the desk's facade, as the Approvals pane does.
    Connection reader(databasePath, u"bench-desk"_s);
    GatewayBench::Desk desk(reader.db(),
        [&app](const QList<qint64>& ids) { return app.context().approvalActions->approveMany(ids, {}).done; });
    agents.write("go\n");
    probe.start();
    desk.start();
    waitFor(
        [&] {
            while (agents.canReadLine())
                line = agents.readLine().trimmed();
            return agents.state() == QProcess::NotRunning;
        },
        400'000);
    while (agents.canReadLine())
        line = agents.readLine().trimmed();
    probe.stop();
    desk.stop();
    GatewayBench::report(QJsonDocument::fromJson(line).object(), desk, probe, "GUI thread");
    return 0;
}
