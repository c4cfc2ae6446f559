#include "AgentRuns.h"

#include "core/Clock.h"
#include "core/Deadline.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "resilience/ApiRuntime.h"
#include "resilience/Pricing.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

#include <QLocale>
#include <optional>

using namespace Qt::StringLiterals;

namespace AgentRuns
{

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kKeepRunsMs = 30 * kDayMs;

QString contractJson(const Agent::Spec& s)
{
    // Besides its schedule, the events that run it (Cluster::scheduleText).
    QStringList events;
    if (s.onNewOrders)
        events.append(u"new_orders"_s);
    if (s.onPublished)
        events.append(u"published"_s);
    return Json::compact(QJsonObject{{u"reads"_s, QJsonArray::fromStringList(s.reads)},
        {u"proposes"_s, QJsonArray::fromStringList(s.proposes)}, {u"budget_micros"_s, s.dailyBudgetMicros},
        {u"events"_s, QJsonArray::fromStringList(events)}});
}

void store(const QSqlDatabase& db, const QString& agent, qint64 startedAt, qint64 finishedAt, const QString& outcome,
    const QString& note, int proposals)
{
    Sql::exec(db,
        u"INSERT INTO agent_runs (agent, started_at, finished_at, outcome, note, proposals, latency_ms) VALUES (?, ?, "
        u"?, ?, ?, ?, ?)"_s,
        {agent, startedAt, finishedAt, outcome, note, proposals, std::max<qint64>(0, finishedAt - startedAt)});
    Sql::exec(db, u"DELETE FROM agent_runs WHERE agent = ? AND finished_at < ?"_s, {agent, finishedAt - kKeepRunsMs});
    const QString status = outcome == u"ok" ? u"idle"_s : (outcome == u"needs" ? u"waiting"_s : u"error"_s);
    const qint64 since = finishedAt - kDayMs;
    const QString within = u"FROM agent_runs WHERE agent = ? AND finished_at >= ?"_s;
    Sql::exec(db,
        u"UPDATE agents SET heartbeat_at = ?, last_run_at = ?, last_outcome = ?, last_note = ?, "
        u"status = CASE WHEN paused = 1 THEN 'paused' ELSE ? END, load_pct = 0, "
        u"tasks_ok = (SELECT COUNT(*) "_s
            + within + u" AND outcome <> 'failed'), tasks_failed = (SELECT COUNT(*) "_s + within
            + u" AND outcome = 'failed'), avg_latency_ms = (SELECT COALESCE(AVG(latency_ms), 0) "_s + within
            + u"), cost_micros = (SELECT COALESCE(SUM(c.cost_micros), 0) FROM provider_calls c JOIN jobs j ON j.id = "
              u"c.job_id WHERE j.agent = ? AND c.at >= ?), updated_at = ? WHERE name = ?"_s,
        {finishedAt, finishedAt, outcome, note, status, agent, since, agent, since, agent, since, agent, since,
            finishedAt, agent});
}

class RunHandler final : public JobHandler
{
public:
    explicit RunHandler(std::shared_ptr<const AgentRoster> roster)
        : m_roster(std::move(roster))
    { }

    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        const QSqlDatabase db = ctx.db();
        const QString name = job.payload.value(u"agent"_s).toString();
        const Agent* agent = m_roster->find(name);
        const qint64 started = ctx.clock()->nowMs();
        if (!agent) {
            const QString why
                = QCoreApplication::translate("AgentRuns", "No agent called %1 is on this version's roster.").arg(name);
            done(settle(ctx, job, why, false, started, false), why);
            return nullptr;
        }
        QString failure;
        try {
            Transaction tx(db);
            if (paused(db, name)) {
                // Paused after it was claimed: it proposes nothing, and the run waits for the resume.
                if (!JobQueue::release(db, job.id, ctx.owner(), started)) {
                    done(JobOutcome::LostLease, {});
                    return nullptr;
                }
                tx.commit();
                done(JobOutcome::Released, u"paused"_s);
                return nullptr;
            }
            // Within the lease too, as it is now (waiting for the write lock took some of it, and a run cannot
            // renew it while it works), with time left to record the stop.
            const qint64 lease = std::max<qint64>(1'000, (job.leaseExpires - ctx.clock()->nowMs()) * 3 / 4);
            const Agent::Outcome o = runAndRecord(db, *agent, started, std::min(agent->spec().timeLimitMs, lease));
            if (!JobQueue::complete(
                    db, job.id, ctx.owner(), QJsonObject{{u"proposals"_s, o.proposals}}, ctx.clock()->nowMs())) {
                done(JobOutcome::LostLease, {});
                return nullptr;
            }
            tx.commit();
            // The calls of the day follow the AI budget's shares as the CEO last stored them.
            if (ApiRuntime* runtime = ctx.runtime())
                runtime->spend()->setShares(SpendGuard::storedShares(db));
            if (EventBus* bus = ctx.bus()) {
                bus->publishChanged(EventBus::Topic::Agents);
                if (o.proposals > 0)
                    bus->publishChanged(EventBus::Topic::Proposals, {}, true);
            }
            done(JobOutcome::Done, o.note);
            return nullptr;
        } catch (const SqlError& e) {
            if (e.isBusy()) {
                // Another write held the file: the lease runs out and the run is claimed again.
                done(JobOutcome::LostLease, e.message());
                return nullptr;
            }
            failure = e.message();
        } catch (const AgentError& e) {
            failure = e.reason();
        } catch (const Deadline::Exceeded& e) {
            failure = QCoreApplication::translate("AgentRuns",
                "Stopped: the run took longer than %1 s, the most a run may take. Nothing it did was kept.")
                          .arg(QLocale().toString(static_cast<double>(e.limitMs()) / 1000.0, 'g', 3));
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        }
        qCWarning(lcAgents) << "agent" << name << "failed:" << failure;
        const JobOutcome outcome = settle(ctx, job, failure, true, started, true);
        if (EventBus* bus = ctx.bus())
            bus->publishChanged(EventBus::Topic::Agents);
        done(outcome, failure);
        return nullptr;
    }

private:
    // A failed run: recorded with its reason, and the job retried with backoff (or given up).
    static JobOutcome settle(
        JobContext& ctx, const JobQueue::Job& job, const QString& reason, bool retryable, qint64 started, bool onRoster)
    {
        const QSqlDatabase db = ctx.db();
        const qint64 now = ctx.clock()->nowMs();
        try {
            Transaction tx(db);
            if (onRoster)
                recordFailure(db, job.payload.value(u"agent"_s).toString(), started, now, reason);
            const auto f = JobQueue::fail(db, job.id, ctx.owner(), reason, retryable,
                JobQueue::backoffMs(job.attempts + 1, ctx.random01(), ctx.retryBaseMs()), now);
            if (f == JobQueue::FailOutcome::LostLease)
                return JobOutcome::LostLease;
            tx.commit();
            return f == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying;
        } catch (const SqlError& e) {
            qCWarning(lcAgents) << "cannot record the failed run:" << e.message();
            return JobOutcome::LostLease;
        }
    }

    std::shared_ptr<const AgentRoster> m_roster;
};
} // namespace

qint64 spentToday(const QSqlDatabase& db, const QString& agent, qint64 now)
{
    // The local day, as the AI budget's shares and the spend guard count it.
    const qint64 dayStart = QDateTime::fromMSecsSinceEpoch(now).date().startOfDay().toMSecsSinceEpoch();
    return Sql::scalar(db,
        u"SELECT COALESCE(SUM(c.cost_micros), 0) FROM provider_calls c JOIN jobs j ON j.id = c.job_id WHERE j.agent = "
        u"? AND c.at >= ?"_s,
        {agent, dayStart})
        .toLongLong();
}

void registerHandler(JobRegistry& registry, std::shared_ptr<const AgentRoster> roster)
{
    registry.add(Run, std::make_unique<RunHandler>(std::move(roster)));
}

bool install(const QSqlDatabase& db, const AgentRoster& roster, qint64 now)
{
    Transaction tx(db);
    bool changed = false;
    QStringList names;
    for (const Agent::Spec& s : roster.specs()) {
        names.append(s.name);
        changed |= Sql::update(db,
                       u"INSERT INTO agents (name, cluster, role, kind, status, interval_ms, contract, updated_at) "
                       u"VALUES (?, ?, ?, 'internal', 'idle', ?, ?, ?) ON CONFLICT (name) DO NOTHING"_s,
                       {s.name, s.cluster, s.role, s.intervalMs, contractJson(s), now})
            > 0;
        Sql::exec(db,
            u"UPDATE agents SET cluster = ?, role = ?, interval_ms = ?, contract = ? WHERE name = ? AND (cluster <> ? "
            u"OR role <> ? OR interval_ms <> ? OR contract <> ?)"_s,
            {s.cluster, s.role, s.intervalMs, contractJson(s), s.name, s.cluster, s.role, s.intervalMs,
                contractJson(s)});
    }
    changed |= Sql::update(db,
                   u"DELETE FROM agents WHERE kind = 'internal' AND name NOT IN (%1)"_s.arg(
                       Sql::placeholders(names.size())),
                   QVariantList(names.cbegin(), names.cend()))
        > 0;
    tx.commit();
    return changed;
}

namespace
{
bool waiting(const QSqlDatabase& db, const QString& name)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM jobs WHERE kind = ? AND agent = ? AND state IN ('queued', 'running'))"_s,
        {Run.key(), name})
        .toBool();
}

void enqueue(const QSqlDatabase& db, const QString& name, qint64 now, qint64 runAfter = 0)
{
    // The key names this run among the agent's runs: two runs queued in the same millisecond (a run asked for just
    // after one finished) are two runs, not one swallowed as a repeat of the other. The callers decide whether a run
    // may be queued (none waiting), inside their transaction.
    const qint64 runs
        = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND agent = ?"_s, {Run.key(), name}).toLongLong();
    JobQueue::enqueue(db,
        {Run, 0, u"agent:%1:%2:%3"_s.arg(name).arg(now).arg(runs), QJsonObject{{u"agent"_s, name}}, 0, MaxAttempts,
            runAfter, name},
        now);
}

// A run queued and not started yet: it will read the data as it is when it starts.
bool queued(const QSqlDatabase& db, const QString& name)
{
    return Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM jobs WHERE kind = ? AND agent = ? AND state = 'queued')"_s,
        {Run.key(), name})
        .toBool();
}
} // namespace

int queueDue(const QSqlDatabase& db, const AgentRoster& roster, qint64 now)
{
    int queued = 0;
    Transaction tx(db);
    for (const Agent* agent : roster.scheduled()) {
        const Agent::Spec s = agent->spec();
        QSqlQuery q = Sql::exec(db, u"SELECT paused, last_run_at FROM agents WHERE name = ?"_s, {s.name});
        if (!q.next())
            continue;
        const bool paused = q.value(0).toBool();
        const QVariant last = q.value(1);
        q.finish();
        if (paused || (!last.isNull() && last.toLongLong() + s.intervalMs > now) || waiting(db, s.name))
            continue;
        enqueue(db, s.name, now);
        ++queued;
    }
    tx.commit();
    return queued;
}

QString queueNow(const QSqlDatabase& db, const QString& name, qint64 now)
{
    Transaction tx(db);
    QSqlQuery q
        = Sql::exec(db, u"SELECT interval_ms, paused FROM agents WHERE name = ? AND kind = 'internal'"_s, {name});
    if (!q.next() || q.value(0).toLongLong() <= 0)
        return QCoreApplication::translate("AgentRuns", "%1 runs when its events come, not on request.")
            .arg(QCoreApplication::translate("AgentNames", name.toUtf8().constData()));
    if (q.value(1).toBool())
        return QCoreApplication::translate("AgentRuns", "%1 is paused: resume it first.")
            .arg(QCoreApplication::translate("AgentNames", name.toUtf8().constData()));
    q.finish();
    if (!waiting(db, name))
        enqueue(db, name, now);
    tx.commit();
    return {};
}

bool queueAfterChange(const QSqlDatabase& db, const QString& name, qint64 now)
{
    Transaction tx(db);
    const bool queue = Sql::scalar(db,
        u"SELECT interval_ms > 0 AND paused = 0 AND NOT EXISTS (SELECT 1 FROM jobs WHERE kind = ? AND agent = ? AND "
        u"state = 'queued') FROM agents WHERE name = ? AND kind = 'internal'"_s,
        {Run.key(), name, name})
                           .toBool();
    if (queue)
        enqueue(db, name, now);
    tx.commit();
    return queue;
}

namespace
{
int queueOnEvent(const QSqlDatabase& db, const AgentRoster& roster, qint64 now, bool (*acts)(const Agent::Spec&),
    bool orWaitedForData, qint64 runAfter = 0)
{
    int count = 0;
    Transaction tx(db);
    for (const Agent* agent : roster.scheduled()) {
        const Agent::Spec s = agent->spec();
        const bool waitedForData = orWaitedForData
            && Sql::scalar(db, u"SELECT last_outcome = 'needs' FROM agents WHERE name = ?"_s, {s.name}).toBool();
        if (!(acts(s) || waitedForData) || queued(db, s.name)
            || Sql::scalar(db, u"SELECT paused FROM agents WHERE name = ?"_s, {s.name}, 1).toBool())
            continue;
        enqueue(db, s.name, now, runAfter);
        ++count;
    }
    tx.commit();
    return count;
}
} // namespace

int queueOnNewOrders(const QSqlDatabase& db, const AgentRoster& roster, qint64 now)
{
    // Agents that act on new orders, and any that waited for data (the sync may have brought it).
    return queueOnEvent(
        db, roster, now, [](const Agent::Spec& s) { return s.onNewOrders; }, true);
}

int queueOnPublished(const QSqlDatabase& db, const AgentRoster& roster, qint64 now, qint64 delayMs)
{
    return queueOnEvent(
        db, roster, now, [](const Agent::Spec& s) { return s.onPublished; }, false, now + delayMs);
}

Agent::Outcome runAndRecord(const QSqlDatabase& db, const Agent& agent, qint64 now, qint64 limitMs)
{
    // The clock says when it ran; its latency is the real time the work took.
    QElapsedTimer elapsed;
    elapsed.start();
    const Agent::Outcome o = [&] {
        // Only the work is limited: a run that finished in time is recorded, however long that takes.
        std::optional<Deadline::Scope> limit;
        if (limitMs > 0)
            limit.emplace(limitMs);
        return agent.run(db, now);
    }();
    record(db, agent.spec().name, now, now + elapsed.elapsed(), o);
    return o;
}

void recordFailure(
    const QSqlDatabase& db, const QString& agent, qint64 startedAt, qint64 finishedAt, const QString& reason)
{
    store(db, agent, startedAt, finishedAt, u"failed"_s, reason, 0);
}

void record(
    const QSqlDatabase& db, const QString& agent, qint64 startedAt, qint64 finishedAt, const Agent::Outcome& outcome)
{
    store(db, agent, startedAt, finishedAt, outcome.needsData ? u"needs"_s : u"ok"_s, outcome.note, outcome.proposals);
}

bool paused(const QSqlDatabase& db, const QString& agent)
{
    return Sql::scalar(db, u"SELECT paused FROM agents WHERE name = ?"_s, {agent}).toBool();
}

} // namespace AgentRuns
