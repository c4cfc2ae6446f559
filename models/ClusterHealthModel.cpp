#include "ClusterHealthModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "agents/Cluster.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "jobs/RunControl.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

ClusterHealthModel::ClusterHealthModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_clock(clock)
{
    reload();
}

int ClusterHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

void ClusterHealthModel::reload()
{
    QVector<Entry> entries;
    for (const QString& key : Cluster::keys())
        entries.append({key, 0, 0});
    try {
        const RunControl::State run = RunControl::state(m_db);
        const Cluster::Halt halt = run == RunControl::State::Stopped ? Cluster::Halt::Stopped
            : run == RunControl::State::Paused                       ? Cluster::Halt::Paused
                                                                     : Cluster::Halt::None;
        const qint64 now = m_clock->nowMs();
        QSqlQuery q = Sql::exec(m_db, u"SELECT cluster, "_s + Cluster::factsColumns() + u" FROM agents"_s);
        while (q.next()) {
            auto it = std::find_if(
                entries.begin(), entries.end(), [&](const Entry& e) { return e.key == q.value(0).toString(); });
            if (it == entries.end()) {
                entries.append({q.value(0).toString(), 0, 0});
                it = entries.end() - 1;
            }
            const Cluster::Health h = Cluster::health(Cluster::facts(q, 1, now), halt);
            it->healthy += h == Cluster::Health::Healthy ? 1 : 0;
            it->total += Cluster::counts(h) ? 1 : 0;
            it->waiting += h == Cluster::Health::NeedsData ? 1 : 0;
            it->notRun += h == Cluster::Health::NotRun ? 1 : 0;
            it->held += h == Cluster::Health::Paused || h == Cluster::Health::Stopped ? 1 : 0;
        }
        m_halt = halt;
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cluster health query failed:" << e.message();
    }
    if (entries.size() != m_entries.size()) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    m_entries = entries;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1));
}

QVariant ClusterHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    const int health = e.total == 0 ? 0 : e.healthy * 100 / e.total;
    const QString status = e.total == 0 && e.held == 0 && e.waiting > 0 ? u"stale"_s
        : e.total == 0 && e.held > 0                  ? (m_halt == Cluster::Halt::Stopped ? u"stopped"_s : u"paused"_s)
        : e.total == 0 && e.held == 0 && e.notRun > 0 ? u"idle"_s
        : e.total == 0                                ? u"offline"_s
        : e.healthy == e.total                        ? u"healthy"_s
        : e.healthy * 2 >= e.total                    ? u"degraded"_s
                                                      : u"down"_s;
    switch (role) {
    case Qt::DisplayRole:
        return Cluster::displayName(e.key);
    case Qt::ToolTipRole:
        if (e.held > 0)
            return tr("%1 of %2 working agents healthy; %3 paused or stopped on purpose")
                .arg(e.healthy)
                .arg(e.total)
                .arg(e.held);
        return tr("%1 of %2 agents healthy").arg(e.healthy).arg(e.total);
    case ModelRoles::SummaryTextRole:
        if (e.total == 0 && e.held == 0 && e.waiting > 0)
            return tr("%n need(s) data", nullptr, e.waiting);
        if (e.total == 0 && e.held == 0 && e.notRun > 0)
            return tr("%n not run yet", nullptr, e.notRun);
        if (e.total == 0 && e.held > 0)
            return m_halt == Cluster::Halt::Stopped ? tr("all stopped") : tr("all paused");
        return e.held > 0 ? tr("%1 of %2 healthy · %3 paused").arg(e.healthy).arg(e.total).arg(e.held)
                          : tr("%1 of %2 healthy").arg(e.healthy).arg(e.total);
    case KeyRole:
        return e.key;
    case HealthyRole:
        return e.healthy;
    case TotalRole:
        return e.total;
    case HealthRole:
        return health;
    case StatusKeyRole:
        return status;
    case Qt::DecorationRole:
        return Format::statusColor(status);
    default:
        return {};
    }
}
