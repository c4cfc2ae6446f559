// The approval gateway under load (issue 17, DESIGN section 7): 500 external agents connected over
// WebSocket propose 10,000 proposals in a minute (a tenth held for a person, the rest approved by the
// rules in the answer; one in a hundred sent twice with the same idempotency key, as a retry would).
// Measured: every proposal stored once; the answer to those the rules approve (p50/p99, from the client's
// send to its read); a person's decision to the waiting agent (p50/p99, from the approval's commit to the
// client's read: the approvals are made on this process's main thread, as the desk makes them, the decision
// goes out when the real worker pool has run its job); the main thread's stall meanwhile (p99 lateness of
// a 10 ms timer); resident memory per idle connection.
// The agents run in a child process (this binary with --load), the gateway in its own thread here.
// usage: bench_gateway [--agents 500] [--proposals 10000] [--seconds 60]
#include "GatewayBench.h"
#include "approvals/ActionEffects.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalJobs.h"
#include "approvals/ApprovalRules.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "gateway/AgentKeys.h"
#include "gateway/GatewayHost.h"
#include "jobs/JobRegistry.h"
#include "jobs/WorkerPool.h"
#include "resilience/ApiRuntime.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

long rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// --- The agents (child process) ------------------------------------------------------------------------

int load(quint16 port, const QString& keysFile, int proposals, int seconds)
{
    QFile f(keysFile);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QList<QByteArray> keys = f.readAll().trimmed().split('\n');
    struct Agent
    {
        std::unique_ptr<QWebSocket> socket;
        bool welcomed = false;
    };
    std::vector<Agent> agents(keys.size());
    int welcomed = 0;
    QHash<QString, qint64> sentAt;  // request id -> µs
    QHash<QString, QString> kindOf; // request id -> "low" / "high" / "again"
    QHash<QString, qint64> idOfKey; // idempotency key -> proposal id
    QList<double> lowMs;
    QJsonArray decisions; // [proposal id, µs]
    int answered = 0;
    int errors = 0;
    int duplicatesWrong = 0;
    QString firstError;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        agents[i].socket = std::make_unique<QWebSocket>();
        QWebSocket* s = agents[i].socket.get();
        QObject::connect(s, &QWebSocket::textMessageReceived, s, [&, i](const QString& text) {
            const qint64 at = nowUs();
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(u"type"_s).toString();
            if (type == u"welcome") {
                agents[i].welcomed = true;
                ++welcomed;
                return;
            }
            if (type == u"decision") {
                if (!m.value(u"automatic"_s).toBool())
                    decisions.append(QJsonArray{m.value(u"proposal_id"_s), at});
                return;
            }
            const QString rid = m.value(u"in_reply_to"_s).toString();
            if (rid.isEmpty())
                return;
            ++answered;
            if (type == u"error") {
                ++errors;
                if (firstError.isEmpty())
                    firstError = text;
                return;
            }
            const QString key = m.value(u"idempotency_key"_s).toString();
            const qint64 id = m.value(u"id"_s).toInteger();
            if (kindOf.value(rid) == u"again") {
                if (idOfKey.value(key) != id)
                    ++duplicatesWrong;
            } else {
                idOfKey.insert(key, id);
            }
            if (kindOf.value(rid) == u"low")
                lowMs.append((at - sentAt.value(rid)) / 1000.0);
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/v1/ws"_s.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + keys.at(i));
        s->open(request);
    }
    QElapsedTimer wait;
    wait.start();
    while (welcomed < int(keys.size()) && wait.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("connected %d\n", welcomed);
    std::fflush(stdout);
    // The parent measures its memory, then says go.
    char go[16] = {};
    if (!std::fgets(go, sizeof go, stdin))
        return 3;

    const double interval = seconds * 1000.0 / proposals;
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    int again = 0;
    while (sent < proposals) {
        const qint64 due = qint64(sent * interval);
        if (clock.elapsed() < due) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, int(due - clock.elapsed()));
            continue;
        }
        const int a = sent % int(keys.size());
        const bool high = sent % 10 == 0;
        const QString idem = u"bench-%1"_s.arg(sent);
        QJsonObject m{{u"type"_s, u"propose"_s}, {u"id"_s, idem}, {u"idempotency_key"_s, idem},
            {u"title"_s, u"proposal %1"_s.arg(sent)}, {u"confidence"_s, 0.95}};
        if (high) {
            m.insert(u"action_type"_s, u"price_change"_s);
            m.insert(u"parameters"_s,
                QJsonObject{{u"sku"_s, u"SKU-%1"_s.arg(sent)}, {u"old_price"_s, u"20.00"_s},
                    {u"new_price"_s, u"30.00"_s}, {u"currency"_s, u"EUR"_s}});
        } else {
            m.insert(u"action_type"_s, u"refund"_s);
            m.insert(u"parameters"_s,
                QJsonObject{{u"order"_s, u"#%1"_s.arg(100000 + sent)}, {u"amount"_s, u"%1.00"_s.arg(10 + sent % 30)},
                    {u"currency"_s, u"EUR"_s}});
        }
        kindOf.insert(idem, high ? u"high"_s : u"low"_s);
        sentAt.insert(idem, nowUs());
        agents[a].socket->sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
        // One in a hundred is sent again a little later, as a client retrying after a lost answer would.
        if (sent % 100 == 50) {
            QJsonObject retry = m;
            const QString rid = idem + u"-again"_s;
            retry.insert(u"id"_s, rid);
            kindOf.insert(rid, u"again"_s);
            QTimer::singleShot(200, agents[a].socket.get(), [&agents, a, retry] {
                agents[a].socket->sendTextMessage(
                    QString::fromUtf8(QJsonDocument(retry).toJson(QJsonDocument::Compact)));
            });
            ++again;
        }
        ++sent;
    }
    const int expectedDecisions = proposals / 10;
    wait.restart();
    while ((answered < sent + again || decisions.size() < expectedDecisions) && wait.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const QJsonObject out{{u"sent"_s, sent}, {u"again"_s, again}, {u"answered"_s, answered}, {u"errors"_s, errors},
        {u"first_error"_s, firstError}, {u"duplicates_wrong"_s, duplicatesWrong},
        {u"send_seconds"_s, clock.elapsed() / 1000.0}, {u"low_p50"_s, Bench::median(lowMs)},
        {u"low_p99"_s, Bench::percentile(lowMs, 0.99)}, {u"low_count"_s, lowMs.size()}, {u"decisions"_s, decisions}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

// --- The desk and the gateway (parent) -----------------------------------------------------------------

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int agentCount = option(u"--agents"_s, u"500"_s).toInt();
    const int proposals = option(u"--proposals"_s, u"10000"_s).toInt();
    const int seconds = option(u"--seconds"_s, u"60"_s).toInt();
    if (args.contains(u"--load"_s))
        return load(quint16(option(u"--port"_s, {}).toUInt()), option(u"--keys"_s, {}), proposals, seconds);

    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.path(), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QSqlDatabase db = workspace->db();
    const Clock* clock = Clock::system();
    const qint64 start = clock->nowMs();
    ApprovalRules::ensureDefaults(db, start);
    ApprovalDesk::setUndoWindowSeconds(db, 0);
    QStringList keys;
    {
        Transaction tx(db);
        for (int i = 0; i < agentCount; ++i)
            keys.append(AgentKeys::registerAgent(
                db, {u"Load agent %1"_s.arg(i), u"finance"_s, {u"refund"_s, u"price_change"_s}, 0}, u"bench"_s, start));
        tx.commit();
    }
    const Users::User owner = Users::signIn(db, u"Ann"_s, start);
    QFile keysFile(dir.filePath(u"keys.txt"_s));
    keysFile.open(QIODevice::WriteOnly);
    keysFile.write(keys.join(u'\n').toUtf8());
    keysFile.close();

    EventBus bus;
    ApiRuntime runtime(clock);
    JobRegistry registry;
    ActionEffects effects;
    ApprovalJobs::registerAll(registry, effects);
    WorkerPool::Config config;
    config.registry = &registry;
    config.databasePath = workspace->databasePath();
    config.clock = clock;
    config.runtime = &runtime;
    config.bus = &bus;
    WorkerPool pool(config);
    pool.start(db);
    GatewayHost host(workspace->databasePath(), &bus, clock, u"bench"_s);
    GatewaySettings::Set settings;
    settings.port = freePort();
    settings.ratePerSecond = 100;
    host.start(settings);
    QElapsedTimer wait;
    wait.start();
    while (!host.isRunning() && wait.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const long rssBefore = rssKb();

    QProcess agents;
    agents.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agents.start(QCoreApplication::applicationFilePath(),
        {u"--load"_s, u"--port"_s, QString::number(settings.port), u"--keys"_s, keysFile.fileName(), u"--proposals"_s,
            QString::number(proposals), u"--seconds"_s, QString::number(seconds)});
    QByteArray line;
    wait.restart();
    while (!line.startsWith("connected") && wait.elapsed() < 180'000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (agents.canReadLine())
            line = agents.readLine().trimmed();
    }
    // The connections settle (welcome, the first heartbeat write), then memory is read.
    wait.restart();
    while (wait.elapsed() < 2'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const long rssConnected = rssKb();
    std::printf("%s; gateway RSS %ld KB idle -> %ld KB with %d connections: %.1f KB each\n", line.constData(),
        rssBefore, rssConnected, agentCount, double(rssConnected - rssBefore) / agentCount);

    // The desk: a 10 ms timer's lateness on this thread, and a person approving what waits, as it comes.
    GatewayBench::StallProbe probe;
    GatewayBench::Desk desk(db, [&](const QList<qint64>& ids) {
        const auto done = ApprovalDesk::approveMany(db, ids, owner, {}, u"bench"_s, clock->nowMs());
        pool.wake();
        return done.done;
    });
    agents.write("go\n");
    probe.start();
    desk.start();
    wait.restart();
    while (agents.state() != QProcess::NotRunning && wait.elapsed() < 400'000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (agents.canReadLine())
            line = agents.readLine().trimmed();
    }
    while (agents.canReadLine())
        line = agents.readLine().trimmed();
    probe.stop();
    desk.stop();
    const QJsonObject result = QJsonDocument::fromJson(line).object();
    GatewayBench::report(result, desk, probe, "main thread");
    const qint64 stored = Sql::scalar(db, u"SELECT COUNT(*) FROM external_proposals"_s).toLongLong();
    const qint64 distinctKeys
        = Sql::scalar(db, u"SELECT COUNT(DISTINCT agent || '/' || idempotency_key) FROM external_proposals"_s)
              .toLongLong();
    const qint64 told = Sql::scalar(db, u"SELECT COUNT(*) FROM gateway_decisions"_s).toLongLong();
    std::printf(
        "stored %lld proposals (%lld distinct idempotency keys), %lld decisions told\n", stored, distinctKeys, told);
    pool.stop();
    host.stop();
    return stored == proposals && distinctKeys == proposals && result.value(u"duplicates_wrong"_s).toInt() == 0 ? 0 : 1;
}
