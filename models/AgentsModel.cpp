#include "AgentsModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "agents/Cluster.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "jobs/RunControl.h"
#include "shopagents/AiBudget.h"
#include "storage/Sql.h"

#include <QFont>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

AgentsModel::AgentsModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
{
    // Heartbeat ages are relative to now, so the column is refreshed every few seconds.
    m_ticker->setInterval(5000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        for (int c = 0; c < m_clusters.size(); ++c) {
            const QModelIndex parentIndex = index(c, 0);
            emit dataChanged(index(c, Heartbeat), index(c, Heartbeat), {Qt::DisplayRole});
            if (!m_clusters.at(c).agents.isEmpty())
                emit dataChanged(index(0, Status, parentIndex),
                    index(static_cast<int>(m_clusters.at(c).agents.size()) - 1, Heartbeat, parentIndex));
        }
    });
    m_ticker->start();
    reload();
}

QString AgentsModel::sortExpression() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    switch (m_sortColumn) {
    case Name:
        return u"name COLLATE NOCASE"_s + dir;
    case Status:
        return u"status"_s + dir;
    case Heartbeat:
        return u"heartbeat_at"_s + (m_sortOrder == Qt::AscendingOrder ? u" DESC"_s : u" ASC"_s);
    case Load:
        return u"load_pct"_s + dir;
    case SuccessRate:
        return u"CAST(tasks_ok AS DOUBLE PRECISION) / CASE WHEN tasks_ok + tasks_failed > 1 THEN tasks_ok + tasks_failed ELSE 1 END"_s
            + dir;
    case Latency:
        return u"avg_latency_ms"_s + dir;
    case Cost:
        return u"cost_micros"_s + dir;
    default:
        return u"id ASC"_s;
    }
}

QVector<AgentsModel::ClusterNode> AgentsModel::query()
{
    QVector<ClusterNode> out;
    for (const QString& key : Cluster::keys())
        out.append({key, {}});
    try {
        const RunControl::State run = RunControl::state(m_db);
        m_halt = run == RunControl::State::Stopped ? Cluster::Halt::Stopped
            : run == RunControl::State::Paused     ? Cluster::Halt::Paused
                                                   : Cluster::Halt::None;
        QString sql
            = u"SELECT id, name, cluster, role, status, paused, heartbeat_at, load_pct, tasks_ok, tasks_failed, "
              u"avg_latency_ms, cost_micros, kind, interval_ms, last_run_at, last_outcome, last_note, contract FROM agents"_s;
        QVariantList binds;
        if (!m_text.isEmpty()) {
            sql += u" WHERE name LIKE ? ESCAPE '\\' OR role LIKE ? ESCAPE '\\'"_s;
            binds << Sql::likePattern(m_text) << Sql::likePattern(m_text);
        }
        sql += u" ORDER BY "_s + sortExpression() + u", id"_s;
        const AiBudget::Plan plan = AiBudget::load(m_db);
        const qint64 now = m_clock->nowMs();
        QSqlQuery q = Sql::exec(m_db, sql, binds);
        while (q.next()) {
            Agent a;
            a.id = q.value(0).toLongLong();
            a.name = q.value(1).toString();
            a.cluster = q.value(2).toString();
            a.role = q.value(3).toString();
            a.status = q.value(4).toString();
            a.paused = q.value(5).toBool();
            a.heartbeatAt = q.value(6).toLongLong();
            a.load = q.value(7).toInt();
            a.ok = q.value(8).toInt();
            a.failed = q.value(9).toInt();
            a.latencyMs = q.value(10).toInt();
            a.costMicros = q.value(11).toLongLong();
            a.kind = q.value(12).toString();
            a.intervalMs = q.value(13).toLongLong();
            a.lastRunAt = q.value(14).toLongLong();
            a.lastOutcome = q.value(15).toString();
            a.lastNote = q.value(16).toString();
            const QJsonObject contract = Json::objectFromString(q.value(17).toString());
            for (const QJsonValue& v : contract.value(u"reads"_s).toArray())
                a.reads.append(v.toString());
            for (const QJsonValue& v : contract.value(u"proposes"_s).toArray())
                a.proposes.append(v.toString());
            for (const QJsonValue& v : contract.value(u"events"_s).toArray())
                a.events.append(v.toString());
            a.budgetMicros = contract.value(u"budget_micros"_s).toInteger();
            a.budgetText = AiBudget::explain(plan, a.name, now);
            auto it = std::find_if(out.begin(), out.end(), [&](const ClusterNode& n) { return n.key == a.cluster; });
            if (it == out.end()) {
                out.append({a.cluster, {}});
                it = out.end() - 1;
            }
            it->agents.append(a);
        }
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "agents query failed:" << e.message();
    }
    // Clusters without (matching) agents are left out, so an empty tree means "nothing to show".
    out.removeIf([](const ClusterNode& n) { return n.agents.isEmpty(); });
    return out;
}

void AgentsModel::reload()
{
    QVector<ClusterNode> fresh = query();
    bool sameShape = fresh.size() == m_clusters.size();
    for (int c = 0; sameShape && c < fresh.size(); ++c) {
        const auto& a = fresh.at(c).agents;
        const auto& b = m_clusters.at(c).agents;
        sameShape = fresh.at(c).key == m_clusters.at(c).key && a.size() == b.size();
        for (int i = 0; sameShape && i < a.size(); ++i)
            sameShape = a.at(i).id == b.at(i).id;
    }
    if (!sameShape) {
        beginResetModel();
        m_clusters = std::move(fresh);
        endResetModel();
        return;
    }
    m_clusters = std::move(fresh);
    for (int c = 0; c < m_clusters.size(); ++c) {
        emit dataChanged(index(c, 0), index(c, ColumnCount - 1));
        const int n = static_cast<int>(m_clusters.at(c).agents.size());
        if (n > 0)
            emit dataChanged(index(0, 0, index(c, 0)), index(n - 1, ColumnCount - 1, index(c, 0)));
    }
}

void AgentsModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& idx : persistent)
        ids.append(isCluster(idx) ? -1 : agentAt(idx).id);
    m_clusters = query();
    QModelIndexList to;
    for (int i = 0; i < persistent.size(); ++i) {
        const QModelIndex& old = persistent.at(i);
        if (ids.at(i) < 0) {
            to.append(old.row() < m_clusters.size() ? index(old.row(), old.column()) : QModelIndex());
            continue;
        }
        QModelIndex found;
        for (int c = 0; c < m_clusters.size() && !found.isValid(); ++c) {
            const auto& agents = m_clusters.at(c).agents;
            for (int r = 0; r < agents.size(); ++r) {
                if (agents.at(r).id == ids.at(i)) {
                    found = index(r, old.column(), index(c, 0));
                    break;
                }
            }
        }
        to.append(found);
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged();
}

void AgentsModel::setTextFilter(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    beginResetModel();
    m_clusters = query();
    endResetModel();
}

QModelIndex AgentsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_clusters.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_clusters.size())
        return {};
    if (row >= m_clusters.at(parent.row()).agents.size())
        return {};
    // Agent rows carry their cluster's row + 1 as internal id.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgentsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int AgentsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_clusters.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_clusters.at(parent.row()).agents.size());
}

int AgentsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool AgentsModel::isCluster(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() == 0;
}

QString AgentsModel::clusterKeyAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const int c = isCluster(index) ? index.row() : static_cast<int>(index.internalId() - 1);
    return c < m_clusters.size() ? m_clusters.at(c).key : QString();
}

AgentsModel::Agent AgentsModel::agentAt(const QModelIndex& index) const
{
    if (!index.isValid() || isCluster(index))
        return {};
    const int c = static_cast<int>(index.internalId() - 1);
    if (c >= m_clusters.size() || index.row() >= m_clusters.at(c).agents.size())
        return {};
    return m_clusters.at(c).agents.at(index.row());
}

int AgentsModel::agentCount() const
{
    int n = 0;
    for (const ClusterNode& c : m_clusters)
        n += static_cast<int>(c.agents.size());
    return n;
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Cluster / agent");
    case Status:
        return tr("Status");
    case Heartbeat:
        return tr("Heartbeat");
    case Load:
        return tr("Load");
    case SuccessRate:
        return tr("Success");
    case Latency:
        return tr("Avg. latency");
    case Cost:
        return tr("AI cost");
    }
    return {};
}

QVariant AgentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool right = index.column() == Load || index.column() == SuccessRate || index.column() == Latency
            || index.column() == Cost;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == ModelRoles::IsClusterRole)
        return isCluster(index);
    if (isCluster(index))
        return clusterData(m_clusters.at(index.row()), index.column(), role);
    const Agent a = agentAt(index);
    return a.id < 0 ? QVariant() : agentData(a, index.column(), role);
}

QVariant AgentsModel::clusterData(const ClusterNode& node, int column, int role) const
{
    const qint64 now = m_clock->nowMs();
    int healthy = 0;
    int counted = 0;
    int held = 0;
    int waiting = 0; // need data: neither a fault nor paused
    int notRun = 0;  // event agents whose event has not come yet
    qint64 latest = 0;
    int load = 0;
    int ok = 0;
    int failed = 0;
    qint64 latency = 0;
    qint64 cost = 0;
    for (const Agent& a : node.agents) {
        const Cluster::Health h = healthOf(a);
        healthy += h == Cluster::Health::Healthy ? 1 : 0;
        counted += Cluster::counts(h) ? 1 : 0;
        waiting += h == Cluster::Health::NeedsData ? 1 : 0;
        notRun += h == Cluster::Health::NotRun ? 1 : 0;
        held += h == Cluster::Health::Paused || h == Cluster::Health::Stopped ? 1 : 0;
        latest = std::max(latest, a.heartbeatAt);
        load += a.load;
        ok += a.ok;
        failed += a.failed;
        latency += a.latencyMs;
        cost += a.costMicros;
    }
    const int n = static_cast<int>(node.agents.size());
    const int health = counted == 0 ? 100 : healthy * 100 / counted;
    const QString statusKey = counted == 0 && held == 0 ? u"stale"_s
        : counted == 0           ? (m_halt == Cluster::Halt::Stopped ? u"stopped"_s : u"paused"_s)
        : healthy == counted     ? u"healthy"_s
        : healthy * 2 >= counted ? u"degraded"_s
                                 : u"down"_s;
    if (role == ModelRoles::HealthRole)
        return health;
    if (role == ModelRoles::StatusKeyRole)
        return statusKey;
    if (role == Qt::ToolTipRole && column == Status)
        return QString(clusterData(node, column, Qt::DisplayRole).toString() + u"\n"_s
            + tr("Counts the agents that are not paused or stopped: paused on purpose is not a fault."));
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && column == Status)
        return Format::statusColor(statusKey);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return Cluster::displayName(node.key);
    case Status:
        if (counted == 0 && held == 0)
            return waiting > 0 ? tr("%n need(s) data", nullptr, waiting) : tr("%n not run yet", nullptr, notRun);
        if (counted == 0)
            return m_halt == Cluster::Halt::Stopped ? tr("All stopped (emergency stop)") : tr("All paused");
        {
            QString text = tr("%1 of %2 healthy").arg(healthy).arg(counted);
            if (held > 0)
                text += tr(" · %1 paused").arg(held);
            if (waiting > 0)
                text += tr(" · %n need(s) data", nullptr, waiting);
            if (notRun > 0)
                text += tr(" · %n not run yet", nullptr, notRun);
            return text;
        }
    case Heartbeat:
        return latest > 0 ? Format::age(now - latest) : u"–"_s;
    case Load:
        return n == 0 ? u"–"_s : tr("%1 %").arg(load / n);
    case SuccessRate:
        return ok + failed == 0 ? u"–"_s : Format::percent(static_cast<double>(ok) / (ok + failed), 1);
    case Latency:
        return n == 0 ? u"–"_s : tr("%1 ms").arg(latency / n);
    case Cost:
        return Format::aiCost(cost);
    }
    return {};
}

Cluster::AgentFacts AgentsModel::facts(const Agent& a) const
{
    Cluster::AgentFacts f;
    f.status = a.status;
    f.paused = a.paused;
    f.heartbeatAgeMs = a.heartbeatAt > 0 ? m_clock->nowMs() - a.heartbeatAt : -1;
    f.ok = a.ok;
    f.failed = a.failed;
    f.intervalMs = Cluster::livesBy(a.kind, a.intervalMs, a.lastRunAt > 0, a.heartbeatAt > 0);
    f.lastRunAgeMs = a.lastRunAt > 0 ? m_clock->nowMs() - a.lastRunAt : -1;
    f.lastOutcome = a.lastOutcome;
    return f;
}

Cluster::Health AgentsModel::healthAt(const QModelIndex& index) const
{
    const Agent a = agentAt(index);
    return a.id < 0 ? Cluster::Health::Healthy : healthOf(a);
}

Cluster::Health AgentsModel::healthOf(const Agent& a) const
{
    return Cluster::health(facts(a), m_halt);
}

QVariant AgentsModel::agentData(const Agent& a, int column, int role) const
{
    const qint64 now = m_clock->nowMs();
    switch (role) {
    case ModelRoles::IdRole:
        return a.id;
    case ModelRoles::StatusKeyRole:
        return Cluster::healthKey(healthOf(a));
    case ModelRoles::HealthRole:
        return healthOf(a) == Cluster::Health::Healthy ? 100 : 0;
    case Qt::ToolTipRole:
        if (column != Status)
            return Cluster::agentRoleText(a.role);
        return a.lastNote.isEmpty() ? Cluster::healthExplanation(healthOf(a), facts(a))
                                    : Cluster::healthExplanation(healthOf(a), facts(a)) + u"\n\n"_s + a.lastNote;
    case Qt::ForegroundRole:
        if (column == Status)
            return Format::statusColor(Cluster::healthKey(healthOf(a)));
        if (column == Heartbeat && healthOf(a) == Cluster::Health::Silent)
            return Format::statusColor(u"error"_s);
        return {};
    case ModelRoles::RawValueRole:
        switch (column) {
        case Name:
            return a.name;
        case Status:
            return a.status;
        case Heartbeat:
            return a.heartbeatAt;
        case Load:
            return a.load;
        case SuccessRate:
            return a.ok + a.failed == 0 ? 1.0 : static_cast<double>(a.ok) / (a.ok + a.failed);
        case Latency:
            return a.latencyMs;
        case Cost:
            return a.costMicros;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return Cluster::agentDisplayName(a.name);
        case Status:
            return Cluster::healthText(healthOf(a), facts(a), m_halt);
        case Heartbeat:
            return a.heartbeatAt > 0 ? Format::age(now - a.heartbeatAt) : u"–"_s;
        case Load:
            return tr("%1 %").arg(a.load);
        case SuccessRate:
            return a.ok + a.failed == 0 ? u"–"_s : Format::percent(static_cast<double>(a.ok) / (a.ok + a.failed), 1);
        case Latency:
            return tr("%1 ms").arg(a.latencyMs);
        case Cost:
            return Format::aiCost(a.costMicros);
        }
        return {};
    default:
        return {};
    }
}
