#include "ProcessRegistry.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace ProcessRegistry
{

QString ownerOf(const QString& host, qint64 pid)
{
    return host + u':' + QString::number(pid);
}

void beat(const QSqlDatabase& db, const Entry& e, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO processes (owner, role, host, pid, version, started_at, seen_at, beat_ms, workers, "
        u"running_jobs, breakers, stopped_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (owner) DO "
        u"UPDATE SET role = excluded.role, seen_at = excluded.seen_at, beat_ms = excluded.beat_ms, workers = "
        u"excluded.workers, running_jobs = excluded.running_jobs, breakers = excluded.breakers, stopped_at = NULL"_s,
        {e.owner, e.role, e.host, e.pid, e.version, e.startedAt, now, e.beatMs, e.workers, e.runningJobs,
            e.openBreakers.join(u'\n')});
}

void stopped(const QSqlDatabase& db, const QString& owner, qint64 now)
{
    Sql::exec(
        db, u"UPDATE processes SET stopped_at = ?, seen_at = ?, running_jobs = 0 WHERE owner = ?"_s, {now, now, owner});
}

QList<Entry> list(const QSqlDatabase& db, qint64 now)
{
    QList<Entry> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT owner, role, host, pid, version, started_at, seen_at, beat_ms, workers, running_jobs, breakers, "
        u"COALESCE(stopped_at, 0) FROM processes WHERE seen_at >= ? ORDER BY seen_at DESC, owner"_s,
        {now - RememberMs});
    while (q.next()) {
        Entry e;
        e.owner = q.value(0).toString();
        e.role = q.value(1).toString();
        e.host = q.value(2).toString();
        e.pid = q.value(3).toLongLong();
        e.version = q.value(4).toString();
        e.startedAt = q.value(5).toLongLong();
        e.seenAt = q.value(6).toLongLong();
        e.beatMs = q.value(7).toLongLong();
        e.workers = q.value(8).toInt();
        e.runningJobs = q.value(9).toInt();
        const QString breakers = q.value(10).toString();
        if (!breakers.isEmpty())
            e.openBreakers = breakers.split(u'\n');
        e.stoppedAt = q.value(11).toLongLong();
        out.append(e);
    }
    return out;
}

int forgetBefore(const QSqlDatabase& db, qint64 before)
{
    return Sql::exec(db, u"DELETE FROM processes WHERE seen_at < ?"_s, {before}).numRowsAffected();
}

} // namespace ProcessRegistry

ProcessBeat::ProcessBeat(const QSqlDatabase& db, const Clock* clock, ProcessRegistry::Entry self,
    std::function<void(ProcessRegistry::Entry*)> say, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_self(std::move(self))
    , m_say(std::move(say))
{
    if (m_self.beatMs <= 0)
        m_self.beatMs = ProcessRegistry::DefaultBeatMs;
    if (m_self.startedAt == 0)
        m_self.startedAt = m_clock->nowMs();
}

ProcessBeat::~ProcessBeat()
{
    if (!m_started)
        return;
    try {
        ProcessRegistry::stopped(m_db, m_self.owner, m_clock->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcJobs) << "cannot record that this process stopped:" << e.message();
    }
}

void ProcessBeat::start()
{
    if (m_started)
        return;
    m_started = true;
    try {
        ProcessRegistry::forgetBefore(m_db, m_clock->nowMs() - ProcessRegistry::RememberMs);
    } catch (const SqlError& e) {
        qCDebug(lcJobs) << "old process entries stay for now:" << e.message();
    }
    beat();
}

void ProcessBeat::beat()
{
    if (m_say)
        m_say(&m_self);
    try {
        if (Dialect::isPostgres(m_db)) {
            // One row of its own, written alone: nothing to wait for.
            ProcessRegistry::beat(m_db, m_self, m_clock->nowMs());
        } else {
            // SQLite: never waits for the write lock (a desktop beats on its GUI thread); when another
            // write holds it, this beat is skipped and the next one is written.
            Transaction tx(m_db, Transaction::Normal, Transaction::IfFree);
            ProcessRegistry::beat(m_db, m_self, m_clock->nowMs());
            tx.commit();
        }
        const qint64 now = m_clock->nowMs();
        int working = 0;
        for (const ProcessRegistry::Entry& p : ProcessRegistry::list(m_db, now))
            working += p.isAlive(now) && p.workers > 0 ? 1 : 0;
        emit workingProcesses(working);
    } catch (const SqlError& e) {
        qCDebug(lcJobs) << "beat not written; the next one tries again:" << e.message();
    }
    m_clock->callAfter(m_self.beatMs, this, [this] { beat(); });
}
