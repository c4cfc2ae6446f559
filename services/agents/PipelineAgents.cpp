#include "PipelineAgents.h"

#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PipelineAgents
{

bool refresh(const QSqlDatabase& db, qint64 now, int runningJobs, int capacity, bool halted)
{
    struct Role
    {
        QString name;
        QString role;
        QString purposes; // SQL condition on provider_calls.purpose
    };
    // Stored in English, shown in the UI's language (Cluster::agentDisplayName, agentRoleText).
    static const char* const names[]
        = {QT_TRANSLATE_NOOP("AgentNames", "Content Writer"), QT_TRANSLATE_NOOP("AgentNames", "Quality Reviewer")};
    static const char* const texts[]
        = {QT_TRANSLATE_NOOP("AgentRoles", "Writes the content set and answers the reviewer"),
            QT_TRANSLATE_NOOP("AgentRoles", "Reviews every piece against the rubric")};
    const QList<Role> roles{{QString::fromLatin1(names[0]), QString::fromLatin1(texts[0]),
                                u"(purpose LIKE 'write:%' OR purpose LIKE 'agree:%') AND purpose <> 'write:reply'"_s},
        {QString::fromLatin1(names[1]), QString::fromLatin1(texts[1]),
            u"purpose LIKE 'review:%' AND purpose <> 'review:reply'"_s}};
    Q_ASSERT(roles.at(0).name == QLatin1StringView(WriterName) && roles.at(1).name == QLatin1StringView(ReviewerName));
    const qint64 since = now - 24LL * 3600 * 1000;
    const QString status = halted ? u"paused"_s : (runningJobs > 0 ? u"running"_s : u"idle"_s);
    const int load = capacity > 0 ? std::clamp(runningJobs * 100 / capacity, 0, 100) : 0;
    bool changed = false;
    // A heartbeat: when other writes are under way (an import, a busy pipeline), skip this beat rather
    // than keep the window waiting; the next one comes in five seconds.
    Transaction tx(db, Transaction::Normal, Transaction::IfFree);
    for (const Role& r : roles) {
        Sql::exec(db,
            u"INSERT INTO agents (name, cluster, role, kind, status, updated_at) VALUES (?, 'product', ?, "
            u"'internal', 'idle', ?) ON CONFLICT DO NOTHING"_s,
            {r.name, r.role, now});
        QSqlQuery q = Sql::exec(db,
            // A call still on the wire ('pending') is neither done nor failed yet, and has no latency.
            u"SELECT COALESCE(SUM(outcome = 'ok'), 0), COALESCE(SUM(outcome IN ('error', 'lost')), 0), "
            u"COALESCE(AVG(CASE WHEN outcome <> 'pending' THEN latency_ms END), 0), COALESCE(SUM(cost_micros), 0) "
            u"FROM provider_calls WHERE at >= ? AND "_s
                + r.purposes,
            {since});
        q.next();
        const qint64 ok = q.value(0).toLongLong();
        const qint64 failed = q.value(1).toLongLong();
        const qint64 latency = q.value(2).toLongLong();
        const qint64 cost = q.value(3).toLongLong();
        q.finish();
        changed |= Sql::update(db,
                       u"UPDATE agents SET status = ?, load_pct = ?, heartbeat_at = ?, tasks_ok = ?, tasks_failed = ?, "
                       u"avg_latency_ms = ?, cost_micros = ?, updated_at = ? WHERE name = ? AND paused = 0"_s,
                       {status, load, now, ok, failed, latency, cost, now, r.name})
            > 0;
    }
    tx.commit();
    return changed;
}

} // namespace PipelineAgents
