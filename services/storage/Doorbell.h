#pragma once

#include "core/EventBus.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

class Clock;
class Connection;

// Live updates between the processes of a team workspace (PostgreSQL's LISTEN/NOTIFY), used as a
// doorbell only: what changed travels (the event bus's topics), never the data, which each process
// reads itself. A change published on this process's bus is sent after its commit, debounced (a burst
// of commits rings once), from a connection of its own that does nothing else; a ring from another
// process is published on this one's bus, so its models reload and its workers look for work. NOTIFY is
// never replayed: when the connection comes back after a loss, every topic is published (the catch-up:
// every model reads again). The workers' polling stays as the fallback. On SQLite it does nothing.
// A desktop runs it in a thread of its own (WorkspaceSession): reaching a server that is away takes up to
// the connect timeout, which the GUI thread must never wait for. Its signals reach others queued.
class Doorbell final : public QObject
{
    Q_OBJECT
public:
    Doorbell(const QString& location, EventBus* bus, const Clock* clock, QObject* parent = nullptr);
    ~Doorbell() override;

    // Connects and listens, in the thread the doorbell lives in (its connection belongs to that thread).
    void start();
    // Listening now (false on SQLite, and while the server cannot be reached). Safe from any thread.
    bool isListening() const { return m_listening.load(); }
    static constexpr qint64 DebounceMs = 30;
    static constexpr qint64 CheckMs = 2'000; // how often the connection is checked, and retried when lost

signals:
    // Another process rang: these topics changed.
    void rang(const QSet<EventBus::Topic>& topics);
    // The server was lost, or came back.
    void listeningChanged(bool listening);

private:
    void onChanged(EventBus::Topic topic);
    void send();
    void onNotification(const QString& name, int source, const QVariant& payload);
    void check();
    bool listen();
    void setListening(bool listening);

    QString m_location;
    EventBus* m_bus;
    const Clock* m_clock;
    std::unique_ptr<Connection> m_connection;
    QSet<EventBus::Topic> m_pending;
    bool m_sendScheduled = false;
    bool m_relaying = false; // publishing what another process rang: not sent back
    std::atomic<bool> m_listening = false;
};
