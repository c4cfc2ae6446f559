#pragma once

#include <QList>
#include <QObject>
#include <QSqlDatabase>

class Clock;
class EventBus;
class WorkerPool;

// Keeps the deadlines of waiting proposals for the whole application, whether or not anyone looks at
// the Approvals pane: at start it applies the rule's default to every deadline that passed while
// Quorum was closed, then wakes at the next warning or deadline (on the injectable clock, and at
// least every 30 s for proposals written by other connections). It also notices new HIGH proposals
// and MEDIUM ones that ran on their own, so the tray can tell about them.
class DeadlineWatcher final : public QObject
{
    Q_OBJECT
public:
    DeadlineWatcher(const QSqlDatabase& db, const Clock* clock, EventBus* bus, WorkerPool* pool, const QString& machine,
        QObject* parent = nullptr);

    void start();
    // Applies what is due now and schedules the next check.
    void check();
    int expiringSoon() const { return m_expiringSoon; }

    static constexpr qint64 kMaxSleepMs = 30'000;

signals:
    void expired(const QList<qint64>& ids);
    void nearExpiry(const QList<qint64>& ids);
    void newHighRisk(const QList<qint64>& ids);
    // MEDIUM proposals the risk engine let run on their own since the last check.
    void mediumExecuted(const QList<qint64>& ids);
    void expiringSoonChanged(int count);

private:
    void schedule(qint64 at);

    QSqlDatabase m_db;
    const Clock* m_clock;
    EventBus* m_bus;
    WorkerPool* m_pool;
    QString m_machine;
    qint64 m_lastSeenId = 0;
    qint64 m_scheduledAt = -1;
    quint64 m_generation = 0;
    int m_expiringSoon = -1;
};
