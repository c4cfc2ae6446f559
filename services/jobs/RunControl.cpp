#include "RunControl.h"

#include "audit/AuditLog.h"
#include "storage/Dialect.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

PoolSettings PoolSettings::load(const QSqlDatabase& db)
{
    PoolSettings p;
    // On a team server a job's statements are round trips that hold its worker's thread (and the other
    // jobs' answers waiting on it): more threads, each with its own connection, keep the calls flowing.
    if (Dialect::isPostgres(db))
        p.workers = ServerWorkers;
    p.workers = static_cast<int>(std::clamp<qint64>(Settings::intValue(db, u"pipeline.workers"_s, p.workers), 1, 32));
    p.jobsPerWorker = static_cast<int>(
        std::clamp<qint64>(Settings::intValue(db, u"pipeline.jobs_per_worker"_s, p.jobsPerWorker), 1, 64));
    p.leaseMs = std::clamp<qint64>(Settings::intValue(db, u"pipeline.lease_ms"_s, p.leaseMs), 2'000, 3'600'000);
    p.pollMs = std::clamp<qint64>(Settings::intValue(db, u"pipeline.poll_ms"_s, p.pollMs), 100, 60'000);
    p.retryBaseMs
        = std::clamp<qint64>(Settings::intValue(db, u"pipeline.retry_base_ms"_s, p.retryBaseMs), 100, 3'600'000);
    return p;
}

void PoolSettings::save(const QSqlDatabase& db) const
{
    Settings::setValue(db, u"pipeline.workers"_s, static_cast<qint64>(workers));
    Settings::setValue(db, u"pipeline.jobs_per_worker"_s, static_cast<qint64>(jobsPerWorker));
}

namespace RunControl
{

QString stateKey(State state)
{
    switch (state) {
    case State::Running:
        return u"running"_s;
    case State::Paused:
        return u"paused"_s;
    case State::Stopped:
        return u"stopped"_s;
    }
    return u"running"_s;
}

State state(const QSqlDatabase& db)
{
    const QString v = Settings::value(db, u"control.pipeline"_s, u"running"_s);
    if (v == u"stopped")
        return State::Stopped;
    if (v == u"paused")
        return State::Paused;
    return State::Running;
}

void setState(const QSqlDatabase& db, State s, const QString& actor, qint64 now)
{
    // The change and its audit entry commit together and durably: a stop must survive a crash.
    Transaction tx(db, Transaction::Durable);
    const QString before = Settings::value(db, u"control.pipeline"_s, u"running"_s);
    Settings::setValue(db, u"control.pipeline"_s, stateKey(s));
    const QString action = s == State::Stopped ? u"override.emergency_stop"_s
        : s == State::Paused                   ? u"override.pause"_s
                                               : u"override.resume"_s;
    AuditLog::append(db, now, actor, action, u"pipeline"_s, QJsonObject{{u"from"_s, before}, {u"to"_s, stateKey(s)}});
    tx.commit();
}

} // namespace RunControl
