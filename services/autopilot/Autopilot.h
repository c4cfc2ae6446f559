#pragma once

#include "Alerts.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

class Clock;
class EventBus;

// The autopilot's cycle in one process (a desk, `quorum serve`): every health period (the owner's
// "health every N minutes"; setting server.health_ms overrides it in milliseconds) it reads the
// workspace's health (ServerStatus) and Finance Watch's open alerts, judges the alerts (raising and
// resolving them, their e-mails and webhooks queued), and makes the daily and weekly reports the
// owner's schedule wants. Several processes may run it on one workspace: raising an alert and making a
// report happen once (see Alerts and Reports). Every problem found is logged when it appears and when
// it is resolved. Results reach the views by the event bus (topic Alerts).
class Autopilot final : public QObject
{
    Q_OBJECT
public:
    Autopilot(
        const QSqlDatabase& db, const QString& location, const Clock* clock, EventBus* bus, QObject* parent = nullptr);

    // The first cycle runs at once, then every period.
    void start();
    // One cycle now (tests; the desk's "check now").
    void cycle();
    qint64 periodMs() const;
    // Cycles run (not those that waited for the server).
    int cycles() const { return m_cycles; }
    // A team workspace's server lost or back (the doorbell's word). While it is away a scheduled cycle
    // waits instead of trying (each statement would first wait for the connection, on a desk in its
    // window's thread); when it is back, a cycle that waited runs at once. cycle() itself always runs.
    void setServerReachable(bool reachable);

signals:
    // Raised by this process in the last cycle (its desktop shows them).
    void alertsRaised(const QList<Alerts::Alert>& alerts);
    // The messages this cycle queued (alerts raised, reports made): the pool has work.
    void notificationsQueued();
    void reportMade(qint64 id);

private:
    void schedule();
    void scheduledCycle();

    QSqlDatabase m_db;
    QString m_location;
    const Clock* m_clock;
    QPointer<EventBus> m_bus;
    QStringList m_problems;
    bool m_started = false;
    bool m_serverAway = false;
    bool m_waited = false;
    int m_cycles = 0;
};
