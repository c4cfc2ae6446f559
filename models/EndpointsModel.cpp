#include "EndpointsModel.h"

#include "Format.h"
#include "Markup.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "llm/ProviderStore.h"
#include "resilience/ApiRuntime.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

EndpointsModel::EndpointsModel(const QSqlDatabase& db, ApiRuntime* runtime, const Clock* clock, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
    , m_runtime(runtime)
    , m_clock(clock)
{
    reload();
}

void EndpointsModel::reload()
{
    QList<Row> rows;
    if (m_runtime) {
        QHash<QString, QString> names;
        try {
            for (const ProviderConfig& p : ProviderStore::all(m_db))
                names.insert(p.endpointKey(), p.name.isEmpty() ? p.id : p.name);
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "cannot read the providers' names:" << e.message();
            names.clear();
        }
        QHash<QString, int> rowOf;
        for (const auto& b : m_runtime->breakers()->snapshot()) {
            rowOf.insert(b.endpoint, static_cast<int>(rows.size()));
            rows.append(Row{b.endpoint, names.value(b.endpoint, b.endpoint), CircuitBreaker::stateName(b.state),
                b.openUntilMs, b.recentFailures, b.recentCalls, 0, 0, 0});
        }
        for (const AdaptiveLimiter* l : m_runtime->limiters()) {
            auto it = rowOf.find(l->name());
            if (it == rowOf.end()) {
                it = rowOf.insert(l->name(), static_cast<int>(rows.size()));
                rows.append(Row{l->name(), names.value(l->name(), l->name()), u"closed"_s, 0, 0, 0, 0, 0, 0});
            }
            Row& r = rows[*it];
            r.limit = l->limit();
            r.inFlight = l->inFlight();
            r.waiting = l->waiting();
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.name < b.name; });
    replaceRows(rows, [](const Row& a, const Row& b) { return a.key == b.key; });
}

QVariant EndpointsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == CircuitKeyRole || role == ModelRoles::StatusKeyRole)
        return r.circuit;
    if (role == Qt::ToolTipRole)
        return Markup::toolTip(r.key);
    if (role == Qt::ForegroundRole && index.column() == Circuit)
        return r.circuit == u"closed" ? Theme::Success : (r.circuit == u"open" ? Theme::Danger : Theme::Warning);
    if (role == Qt::TextAlignmentRole && index.column() >= Failures)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Endpoint:
        return r.name;
    case Circuit:
        if (r.circuit == u"open")
            return tr("Paused after failures, calls resume %1").arg(Format::countdown(r.openUntil - m_clock->nowMs()));
        if (r.circuit == u"half_open")
            return tr("Trying one call");
        return tr("Calls go through");
    case Failures:
        return r.calls > 0 ? tr("%1 of the last %2").arg(r.failures).arg(r.calls) : QVariant(u"–"_s);
    case Concurrency:
        if (r.limit <= 0)
            return u"–"_s;
        return r.waiting > 0 ? tr("%1 / %2 (%3 waiting)").arg(r.inFlight).arg(qRound(r.limit)).arg(r.waiting)
                             : tr("%1 / %2").arg(r.inFlight).arg(qRound(r.limit));
    default:
        return {};
    }
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Endpoint:
        return tr("Service");
    case Circuit:
        return tr("Calls");
    case Failures:
        return tr("Recent failures");
    case Concurrency:
        return tr("In flight / limit found");
    default:
        return {};
    }
}
