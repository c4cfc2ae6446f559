#pragma once

#include "GatewaySettings.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class Clock;
class EventBus;
class GatewayServer;
class QThread;

// Runs the approval gateway's server in a thread of its own (with its own database connection), for the
// desktop (when the owner switched it on) and for `quorum serve`. Start and stop are asynchronous: the
// result comes back as a signal. Safe to use from the thread that made it.
class GatewayHost final : public QObject
{
    Q_OBJECT

public:
    GatewayHost(const QString& databasePath, EventBus* bus, const Clock* clock, const QString& machine,
        QObject* parent = nullptr);
    ~GatewayHost() override;

    // Starts (or restarts, with new settings) the server; started() or failed() follows.
    void start(const GatewaySettings::Set& settings);
    // Waits for the server's thread to finish (its connections are closed, its agents marked offline).
    void stop();
    bool isRunning() const { return m_running; }
    QUrl url() const { return m_url; }
    int clients() const { return m_clients; }
    // A key was revoked: its connections close at once.
    void closeKey(qint64 keyId);

signals:
    void started(const QUrl& url);
    void failed(const QString& error);
    void stopped();
    void clientsChanged(int count);

private:
    QString m_databasePath;
    EventBus* m_bus;
    const Clock* m_clock;
    QString m_machine;
    QThread* m_thread = nullptr;
    QPointer<GatewayServer> m_server;
    bool m_running = false;
    QUrl m_url;
    int m_clients = 0;
};
