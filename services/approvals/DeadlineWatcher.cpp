#include "DeadlineWatcher.h"

#include "ApprovalDesk.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

DeadlineWatcher::DeadlineWatcher(const QSqlDatabase& db, const Clock* clock, EventBus* bus, WorkerPool* pool,
    const QString& machine, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_bus(bus)
    , m_pool(pool)
    , m_machine(machine)
{ }

void DeadlineWatcher::start()
{
    try {
        // Proposals that exist at start are not news; those that arrive later are.
        m_lastSeenId = Sql::scalar(m_db, u"SELECT COALESCE(MAX(id), 0) FROM action_proposals"_s).toLongLong();
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the proposals:" << e.message();
    }
    if (m_bus) {
        connect(m_bus, &EventBus::changed, this, [this](EventBus::Topic topic, const QList<qint64>&, bool membership) {
            if (topic == EventBus::Topic::Proposals && membership)
                check();
        });
    }
    check();
}

void DeadlineWatcher::check()
{
    const qint64 now = m_clock->nowMs();
    QList<qint64> expiredIds;
    QList<qint64> warned;
    QList<qint64> fresh;
    QList<qint64> ranMedium;
    int soon = m_expiringSoon;
    qint64 next = -1;
    try {
        expiredIds = ApprovalDesk::expireDue(m_db, m_machine, now);
        warned = ApprovalDesk::warnDue(m_db, now);
        // News since the last look: HIGH proposals waiting, and MEDIUM ones that ran on their own
        // (DESIGN: MEDIUM executes and notifies).
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT id, status FROM action_proposals WHERE id > ? AND ((status = 'pending' AND risk_level = 'high') "
            u"OR (status = 'auto_approved' AND risk_level = 'medium')) ORDER BY id"_s,
            {m_lastSeenId});
        while (q.next())
            (q.value(1).toString() == u"pending" ? fresh : ranMedium).append(q.value(0).toLongLong());
        m_lastSeenId = qMax(
            m_lastSeenId, Sql::scalar(m_db, u"SELECT COALESCE(MAX(id), 0) FROM action_proposals"_s).toLongLong());
        soon = ApprovalDesk::expiringSoon(m_db, now);
        next = ApprovalDesk::nextEventAt(m_db);
    } catch (const SqlError& e) {
        // Busy for longer than the busy timeout: the next check tries again.
        qCWarning(lcApprovals) << "deadline check failed:" << e.message();
    }
    if (!expiredIds.isEmpty()) {
        qCInfo(lcApprovals) << expiredIds.size() << "proposals reached their deadline";
        if (m_pool)
            m_pool->wake();
        if (m_bus) {
            m_bus->publishChanged(EventBus::Topic::Proposals, expiredIds, true);
            m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
        }
        emit expired(expiredIds);
    }
    if (!warned.isEmpty())
        emit nearExpiry(warned);
    if (!fresh.isEmpty())
        emit newHighRisk(fresh);
    if (!ranMedium.isEmpty())
        emit mediumExecuted(ranMedium);
    if (soon != m_expiringSoon) {
        m_expiringSoon = soon;
        emit expiringSoonChanged(soon);
    }
    const qint64 latest = now + kMaxSleepMs;
    schedule(next < 0 ? latest : qBound(now, next, latest));
}

void DeadlineWatcher::schedule(qint64 at)
{
    // One pending wake-up: a later check replaces it (the generation makes the old one a no-op).
    const quint64 generation = ++m_generation;
    m_scheduledAt = at;
    m_clock->callAfter(qMax<qint64>(0, at - m_clock->nowMs()), this, [this, generation] {
        if (generation == m_generation)
            check();
    });
}
