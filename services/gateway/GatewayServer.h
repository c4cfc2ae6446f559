#pragma once

#include "approvals/ExternalProposals.h"
#include "core/EventBus.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QUrl>

#include <list>
#include <memory>
#include <optional>
#include <vector>

class Clock;
class Connection;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QWebSocket;

// The approval gateway's server (README "The approval gateway"): one port for the WebSocket endpoint
// (ws://…/v1/ws) and its HTTP mirror (/v1/proposals, …), TLS when a certificate is configured, on the
// loopback address unless the owner opened it. It lives in a thread of its own with its own database
// connection (GatewayHost), so that a thousand agents never stall the window.
//
// Bounded everywhere: a message is at most GatewayProtocol::MaxMessageBytes; each key has a token bucket
// (a flood is answered "rate_limited" with when to retry); a connection that does not read what it is sent
// gets no more pushes past maxBufferedBytes and is closed past four times that (its decisions wait for its
// next connection: they are durable); a long-poll waits at most 55 s; a connection that answers no ping
// for idleMs is closed. Decisions are pushed as they are written (any process's: the event bus and, in a
// team, the doorbell say when), and a connecting agent first gets every one it did not acknowledge.
class GatewayServer final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString databasePath;
        QString machine;
        const Clock* clock = nullptr;
        EventBus* bus = nullptr;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        QString certificatePath;
        QString privateKeyPath;
        double ratePerSecond = 20; // messages a second per key, sustained
        int burst = 100;           // and at once
        qint64 maxBufferedBytes = 1 << 20;
        qint64 pingMs = 20'000;
        qint64 idleMs = 60'000;
        qint64 helloMs = 10'000; // to authenticate, without an Authorization header
        int maxWaitSeconds = 55;
        qint64 announceMs = 250;
    };

    explicit GatewayServer(Config config, QObject* parent = nullptr);
    ~GatewayServer() override;

    // Opens its connection and listens, in the thread it lives in. False with *error (the port in use,
    // the certificate unreadable, the workspace unreachable).
    bool start(QString* error);
    quint16 port() const { return m_port; }
    bool isSecure() const { return m_secure; }
    int clientCount() const;

    // The key was revoked: its connections close at once and its long-polls are answered.
    void closeKey(qint64 keyId);
    // Sends the decisions written since the last look to the agents waiting for them.
    void pushDecisions();

signals:
    void clientsChanged(int count);

private:
    struct Client;
    // An HTTP long-poll waiting for a proposal's decision.
    struct Waiter
    {
        qint64 serial = 0;
        qint64 proposalId = 0;
        QString agent;
        qint64 keyId = 0;
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };

    void onWebSocket();
    void onText(Client* client, const QString& text);
    void onRequest(Client* client, const QJsonObject& message);
    // Answers the waiting requests in one durable transaction, then sends the answers (never before the
    // commit: an agent told "stored" may rely on it).
    void runBatch();
    QJsonObject answer(Client* client, const QJsonObject& message);
    std::shared_ptr<Client> shared(Client* client) const;
    void welcome(Client* client, const ExternalProposals::Caller& caller);
    void send(Client* client, const QJsonObject& message, bool push = false);
    void catchUp(Client* client);
    // Sends one decision unless it was sent already (in order, or in an answer); false when the reader has
    // no room (it is sent later).
    bool deliver(Client* client, const QJsonObject& decision);
    void drop(Client* client, int code, const QString& reason);
    void removeClosed();
    void tick();
    void schedulePush();
    void pushEvents();
    void checkKeys();
    bool allow(qint64 keyId, qint64* retryAfterMs);
    // Tells the views that topic changed, at most every AnnounceMs (a thousand agents must not make the
    // window reload a thousand times a second).
    void announce(EventBus::Topic topic);
    void audit(const QString& action, const ExternalProposals::Caller& caller, const QJsonObject& details = {});
    // A wrong or revoked key from address (audited at most once a minute per address).
    void refused(const QString& address, const QString& why);
    // online: agent -> its load (percent of its key's rate limit used since the last tick), -1 to keep it.
    void writeHeartbeats(const QHash<QString, int>& online, const QSet<QString>& offline);

    void routeHttp();
    std::optional<ExternalProposals::Caller> httpCaller(const QHttpServerRequest& request, QJsonObject* error);
    void httpRequest(const QHttpServerRequest& request, QHttpServerResponder& responder, QJsonObject message);
    void httpStatus(qint64 id, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // Answers the long-poll with the proposal as it is now, or with error.
    void answerWaiter(std::list<Waiter>::iterator it, const QJsonObject& error = {});

    Config m_config;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QHttpServer> m_http;
    std::vector<std::shared_ptr<Client>> m_clients;
    // Requests waiting for the next batch, in the order they came (a closed client's are dropped).
    std::vector<std::pair<std::shared_ptr<Client>, QJsonObject>> m_batch;
    bool m_batchScheduled = false;
    std::list<Waiter> m_waiters;
    QHash<qint64, Bucket> m_buckets;
    QHash<QString, QString> m_clusterOf; // agent -> cluster, for what a subscriber may see
    quint16 m_port = 0;
    bool m_secure = false;
    bool m_pushScheduled = false;
    qint64 m_lastDecision = 0;
    qint64 m_lastEvent = 0;
    qint64 m_waiterSerial = 0;
    QSet<QString> m_onlineBefore;
    QHash<QString, int> m_messages; // per agent since the last tick (its load)
    QSet<EventBus::Topic> m_announce;
    struct Refusals
    {
        qint64 auditedAt = 0;
        int count = 0;
    };
    QHash<QString, Refusals> m_refusals; // by host
    // Agents that used the HTTP mirror since the last tick (their heartbeat), with the key and address;
    // and those that did in the tick before (offline when a whole tick passes without a request).
    QHash<QString, std::pair<qint64, QString>> m_httpSeen;
    QSet<QString> m_httpOnline;
    qint64 m_lastTick = 0;
};
