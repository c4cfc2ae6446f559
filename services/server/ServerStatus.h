#pragma once

#include "jobs/ProcessRegistry.h"
#include "jobs/RunControl.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What `quorum status` says of a workspace: what runs where (the processes' beats), the queue (depth,
// the oldest job that waits while due, jobs that failed for good), each store's and ad account's last
// sync, the breakers open in the running processes, and the problems: whatever a person must act on.
// A workspace with problems makes the command exit non-zero, so a monitor can call it.
namespace ServerStatus
{

struct Thresholds
{
    qint64 queueStuckMs = 15 * 60'000;   // a due job waiting longer: the queue is stuck
    qint64 syncLagMs = 2 * 3600'000;     // a connection not synced for longer (they sync every 15 min)
    qint64 deadWindowMs = 24 * 3600'000; // jobs that failed for good within this are reported, and the
                                         // failure rates below are over this window
    // Failure rates above which an area needs attention (issue 16's autopilot), judged once at least
    // minimumSample runs ended in the window.
    double publishingFailure = 0.50;
    double campaignsFailure = 0.30;
    double agentsFailure = 0.05;
    int minimumSample = 4;
};

// How often the runs of one area failed in the window.
struct Rate
{
    QString area; // "publishing", "campaigns", "agents" (translated)
    int failed = 0;
    int total = 0;
    double limit = 0;
    QString key; // publishing, campaigns, agents
    double rate() const { return total > 0 ? double(failed) / total : 0; }
};

struct Sync
{
    QString connection;
    QString what;      // "orders", "ad figures", ... (translated)
    QString resource;  // what it reads, untranslated (a sync_state resource, or "ads")
    qint64 lastAt = 0; // 0: never
    QString lastError;
    bool running = false;
};

// One thing a person must act on, with what it is about (the autopilot's alerts key on kind and
// subject): kind is emergency_stop, no_worker, queue_stuck, sync_failing, sync_late, failure_rate or
// breaker_open.
struct Problem
{
    QString kind;
    QString subject;
    QString text; // translated
};

struct Report
{
    QString location;
    int schema = 0;
    RunControl::State state = RunControl::State::Running;
    QList<ProcessRegistry::Entry> processes;
    int queued = 0; // waiting, due or not
    int due = 0;    // waiting and due now
    int running = 0;
    int dead = 0;           // failed for good within the window
    qint64 oldestDueAt = 0; // since when the oldest due job waits (0: none)
    QList<Sync> syncs;
    QList<Rate> rates;
    QStringList problems; // what a person must act on (the texts of findings); empty: all is well
    QList<Problem> findings;

    bool ok() const { return problems.isEmpty(); }
    // Processes beating now, and of those the ones with workers.
    int alive(qint64 now) const;
    int working(qint64 now) const;
};

Report read(const QSqlDatabase& db, const QString& location, qint64 now, const Thresholds& t = {});
// The report as lines for a terminal (translated).
QStringList format(const Report& report, qint64 now);
// "12 s", "4 min", "3 h", "2 days".
QString span(qint64 ms);

} // namespace ServerStatus
