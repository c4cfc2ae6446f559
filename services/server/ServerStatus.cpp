#include "ServerStatus.h"

#include "jobs/JobQueue.h"
#include "storage/Dialect.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storesync/StoreSync.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ServerStatus
{
namespace
{
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ServerStatus", text, disambiguation, n);
}

QString roleName(const QString& role)
{
    if (role == u"serve")
        return tr("server");
    if (role == u"worker")
        return tr("worker");
    if (role == u"desktop")
        return tr("desktop");
    if (role == u"run-pipeline")
        return tr("run-pipeline");
    return role;
}

QString stateName(RunControl::State state)
{
    switch (state) {
    case RunControl::State::Running:
        return tr("running");
    case RunControl::State::Paused:
        return tr("paused");
    case RunControl::State::Stopped:
        return tr("under an emergency stop");
    }
    return {};
}

void readSyncs(const QSqlDatabase& db, Report* r)
{
    QSet<qint64> active;
    QSqlQuery running
        = Sql::exec(db, u"SELECT DISTINCT subject_id FROM jobs WHERE kind = ? AND state IN ('queued', 'running')"_s,
            {StoreSync::Sync.key()});
    while (running.next())
        active.insert(running.value(0).toLongLong());
    running.finish();
    // A store: each thing it reads; its last good read, or what went wrong the last time.
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, c.name, s.resource, COALESCE(s.updated_at, 0), COALESCE(s.last_error, '') FROM connections c "
        u"LEFT JOIN sync_state s ON s.connection_id = c.id WHERE c.kind IN ('woocommerce', 'shopify') ORDER BY c.id, "
        u"s.resource"_s);
    while (q.next()) {
        Sync s;
        s.connection = q.value(1).toString();
        s.what = q.value(2).isNull() || q.value(2).toString().isEmpty()
            ? tr("store data")
            : StoreSync::resourceName(q.value(2).toString());
        s.resource = q.value(2).toString();
        s.lastAt = q.value(3).toLongLong();
        s.lastError = q.value(4).toString();
        s.running = active.contains(q.value(0).toLongLong());
        r->syncs.append(s);
    }
    q.finish();
    QSqlQuery ads = Sql::exec(db,
        u"SELECT c.name, COALESCE(a.last_sync_at, 0), COALESCE(a.last_error, '') FROM connections c LEFT JOIN "
        u"ad_accounts a ON a.connection_id = c.id WHERE c.kind = 'meta_ads' ORDER BY c.id"_s);
    while (ads.next())
        r->syncs.append(Sync{ads.value(0).toString(), tr("ad figures"), u"ads"_s, ads.value(1).toLongLong(),
            ads.value(2).toString(), false});
}
// Publishing and campaign jobs that ended (done, or failed for good) and the agents' runs, since `since`.
QList<Rate> readRates(const QSqlDatabase& db, qint64 since, const Thresholds& t)
{
    Rate publishing{tr("publishing"), 0, 0, t.publishingFailure, u"publishing"_s};
    Rate campaigns{tr("campaigns"), 0, 0, t.campaignsFailure, u"campaigns"_s};
    Rate agents{tr("agents"), 0, 0, t.agentsFailure, u"agents"_s};
    QSqlQuery q = Sql::exec(db,
        u"SELECT kind, state, COUNT(*) FROM jobs WHERE state IN ('done', 'dead') AND updated_at >= ? AND kind IN "
        u"('publish', 'publish.preview', 'ads.apply', 'ads.launch', 'ads.sync') GROUP BY kind, state"_s,
        {since});
    while (q.next()) {
        Rate& r = q.value(0).toString().startsWith(u"ads."_s) ? campaigns : publishing;
        const int n = q.value(2).toInt();
        r.total += n;
        if (q.value(1).toString() == u"dead")
            r.failed += n;
    }
    q.finish();
    // An agent that lacked data ("needs") did not fail.
    QSqlQuery runs
        = Sql::exec(db, u"SELECT outcome, COUNT(*) FROM agent_runs WHERE finished_at >= ? GROUP BY outcome"_s, {since});
    while (runs.next()) {
        agents.total += runs.value(1).toInt();
        if (runs.value(0).toString() == u"failed")
            agents.failed += runs.value(1).toInt();
    }
    return {publishing, campaigns, agents};
}

QString percent(double rate)
{
    return QString::number(qRound(rate * 100)) + u" %"_s;
}
} // namespace

int Report::alive(qint64 now) const
{
    return static_cast<int>(
        std::count_if(processes.begin(), processes.end(), [now](const auto& p) { return p.isAlive(now); }));
}

int Report::working(qint64 now) const
{
    return static_cast<int>(std::count_if(
        processes.begin(), processes.end(), [now](const auto& p) { return p.isAlive(now) && p.workers > 0; }));
}

QString span(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 120)
        return tr("%n s", nullptr, static_cast<int>(s));
    if (s < 2 * 3600)
        return tr("%n min", nullptr, static_cast<int>(s / 60));
    if (s < 2 * 86400)
        return tr("%n h", nullptr, static_cast<int>(s / 3600));
    return tr("%n day(s)", nullptr, static_cast<int>(s / 86400));
}

Report read(const QSqlDatabase& db, const QString& location, qint64 now, const Thresholds& t)
{
    Report r;
    r.location = location;
    r.schema = Migrator::currentVersion(db);
    r.state = RunControl::state(db);
    r.processes = ProcessRegistry::list(db, now);
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT SUM(CASE WHEN state = 'queued' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'queued' AND run_after "
            u"<= ? THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END), MIN(CASE WHEN state = "
            u"'queued' AND run_after <= ? THEN CASE WHEN run_after > created_at THEN run_after ELSE created_at END "
            u"END), SUM(CASE WHEN state = 'dead' AND updated_at >= ? THEN 1 ELSE 0 END) FROM jobs WHERE state IN "
            u"('queued', 'running', 'dead')"_s,
            {now, now, now - t.deadWindowMs});
        if (q.next()) {
            r.queued = q.value(0).toInt();
            r.due = q.value(1).toInt();
            r.running = q.value(2).toInt();
            r.oldestDueAt = q.value(3).toLongLong();
            r.dead = q.value(4).toInt();
        }
    }
    readSyncs(db, &r);
    r.rates = readRates(db, now - t.deadWindowMs, t);

    // What a person must act on.
    const auto problem = [&r](const QString& kind, const QString& subject, const QString& text) {
        r.problems.append(text);
        r.findings.append(Problem{kind, subject, text});
    };
    if (r.state == RunControl::State::Stopped)
        problem(u"emergency_stop"_s, {}, tr("The pipeline is under an emergency stop: an owner resumes it in Quorum."));
    if (r.due > 0 && r.working(now) == 0)
        problem(u"no_worker"_s, {},
            tr("%n job(s) wait and no worker runs: start “quorum serve” or “quorum worker”, or open Quorum.", nullptr,
                r.due));
    else if (r.state == RunControl::State::Running && r.oldestDueAt > 0 && now - r.oldestDueAt > t.queueStuckMs)
        problem(u"queue_stuck"_s, {},
            tr("The queue is stuck: a job has waited %1 while workers run.").arg(span(now - r.oldestDueAt)));
    for (const Sync& s : std::as_const(r.syncs)) {
        const QString subject = s.connection + u" / "_s + s.resource;
        if (!s.lastError.isEmpty())
            problem(u"sync_failing"_s, subject,
                tr("%1 (%2): the last sync failed: %3").arg(s.connection, s.what, s.lastError));
        else if (s.lastAt > 0 && !s.running && now - s.lastAt > t.syncLagMs)
            problem(u"sync_late"_s, subject,
                tr("%1 (%2): last synced %3 ago.").arg(s.connection, s.what, span(now - s.lastAt)));
    }
    for (const Rate& rate : std::as_const(r.rates))
        if (rate.total >= t.minimumSample && rate.rate() > rate.limit)
            problem(u"failure_rate"_s, rate.key,
                tr("%1: %2 of %3 failed in the last day (%4; more than %5).")
                    .arg(rate.area)
                    .arg(rate.failed)
                    .arg(rate.total)
                    .arg(percent(rate.rate()), percent(rate.limit)));
    for (const ProcessRegistry::Entry& p : std::as_const(r.processes)) {
        if (!p.isAlive(now))
            continue;
        for (const QString& endpoint : p.openBreakers)
            problem(u"breaker_open"_s, endpoint,
                tr("%1 does not answer: its breaker is open in the %2 on %3.").arg(endpoint, roleName(p.role), p.host));
    }
    return r;
}

QStringList format(const Report& r, qint64 now)
{
    QStringList out;
    out.append(tr("Workspace: %1 (schema %2)").arg(r.location).arg(r.schema));
    out.append(tr("Pipeline: %1").arg(stateName(r.state)));
    if (r.processes.isEmpty())
        out.append(tr("Processes: none has worked on this workspace in the last day."));
    else
        out.append(tr("Processes:"));
    for (const ProcessRegistry::Entry& p : std::as_const(r.processes)) {
        QString line = u"  %1 %2 (pid %3)"_s.arg(roleName(p.role), p.host).arg(p.pid);
        if (p.isAlive(now))
            line += u": "_s + tr("running for %1").arg(span(now - p.startedAt)) + u", "_s
                + tr("%n worker(s)", nullptr, p.workers) + u", "_s + tr("%n job(s) in hand", nullptr, p.runningJobs);
        else if (p.stoppedCleanly())
            line += u": "_s + tr("stopped %1 ago").arg(span(now - p.stoppedAt));
        else
            line += u": "_s
                + tr("not heard from for %1 (stopped without a word: killed, or its machine is gone)")
                      .arg(span(now - p.seenAt));
        out.append(line);
    }
    QString queue = tr("Queue: %1 waiting (%2 due), %3 running").arg(r.queued).arg(r.due).arg(r.running);
    if (r.oldestDueAt > 0)
        queue += u"; "_s + tr("the oldest due job waits for %1").arg(span(now - r.oldestDueAt));
    out.append(queue);
    if (r.dead > 0)
        out.append(
            tr("  %n job(s) failed for good in the last day (Quorum shows them in the Pipeline).", nullptr, r.dead));
    QStringList rates;
    for (const Rate& rate : std::as_const(r.rates))
        if (rate.total > 0)
            rates.append(tr("%1 %2 of %3 failed").arg(rate.area).arg(rate.failed).arg(rate.total));
    if (!rates.isEmpty())
        out.append(tr("In the last day: %1").arg(rates.join(u", "_s)));
    if (!r.syncs.isEmpty())
        out.append(tr("Syncs:"));
    for (const Sync& s : std::as_const(r.syncs)) {
        QString line = u"  %1, %2: "_s.arg(s.connection, s.what);
        if (s.running)
            line += tr("syncing now");
        else if (!s.lastError.isEmpty())
            line += tr("failed: %1").arg(s.lastError);
        else if (s.lastAt > 0)
            line += tr("last synced %1 ago").arg(span(now - s.lastAt));
        else
            line += tr("not synced yet");
        out.append(line);
    }
    if (r.problems.isEmpty()) {
        out.append(tr("All is well."));
    } else {
        out.append(tr("Needs attention:"));
        for (const QString& p : std::as_const(r.problems))
            out.append(u"  - "_s + p);
    }
    return out;
}

} // namespace ServerStatus
