#include "ApprovalsModel.h"

#include "agents/Cluster.h"

#include "Format.h"
#include "Markup.h"
#include "ModelRoles.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "shopagents/ProposalRanking.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FId,
    FTitle,
    FAgent,
    FCluster,
    FType,
    FRisk,
    FStatus,
    FVerdict,
    FPriority,
    FConfidence,
    FDeadline,
    FRevenue,
    FCost,
    FCurrency,
    FProposedBy,
    FDescription,
    FValue,
    FReporting // the reporting currency the value is in
};
}

ApprovalsModel::ApprovalsModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : SqlTableModel(db, parent)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
    , m_status(ProposalStatus::Pending)
{
    // The countdown column ticks once a second; views repaint only the visible cells.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        emitColumnChanged(Deadline, {Qt::DisplayRole, Qt::ForegroundRole});
    });
    m_ticker->start();
    reload();
}

QString ApprovalsModel::fromClause() const
{
    return u"action_proposals p LEFT JOIN agents a ON a.name = p.agent"_s;
}

QString ApprovalsModel::idExpression() const
{
    return u"p.id"_s;
}

QStringList ApprovalsModel::fieldExpressions() const
{
    return {u"p.id"_s, u"p.title"_s, u"p.agent"_s, u"a.cluster"_s, u"p.action_type"_s, u"p.risk_level"_s, u"p.status"_s,
        u"p.verdict"_s, u"p.priority"_s, u"p.confidence"_s, u"p.deadline"_s, u"p.est_revenue_cents"_s,
        u"p.est_cost_cents"_s, u"p.currency"_s, u"p.proposed_by"_s, u"p.description"_s,
        ProposalRanking::expectedValueSql(database(), u"p"_s),
        u"COALESCE((SELECT value FROM settings WHERE key = 'workspace.currency'), 'EUR')"_s};
}

QString ApprovalsModel::header(int column) const
{
    switch (column) {
    case Priority:
        return tr("Priority");
    case Risk:
        return tr("Risk");
    case Title:
        return tr("Proposal");
    case Agent:
        return tr("Agent");
    case Action:
        return tr("Action");
    case Revenue:
        return tr("Est. revenue");
    case Cost:
        return tr("Est. cost");
    case Confidence:
        return tr("Confidence");
    case Value:
        return tr("Exp. value");
    case Deadline:
        return tr("Deadline");
    }
    return {};
}

QString ApprovalsModel::sortExpression(int column) const
{
    switch (column) {
    case Priority:
        return u"p.priority"_s;
    case Risk:
        return u"CASE p.risk_level WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END"_s;
    case Title:
        return u"p.title COLLATE NOCASE"_s;
    case Agent:
        return u"p.agent"_s;
    case Action:
        return u"p.action_type"_s;
    case Revenue:
        return u"p.est_revenue_cents"_s;
    case Cost:
        return u"p.est_cost_cents"_s;
    case Confidence:
        return u"p.confidence"_s;
    case Value: { // unranked last, whichever way (the first key is always ascending)
        const QString value = ProposalRanking::expectedValueSql(database(), u"p"_s);
        return u"(%1) IS NULL, %1"_s.arg(value);
    }
    case Deadline:
        return u"COALESCE(p.deadline, 9223372036854775807)"_s;
    }
    return {};
}

QString ApprovalsModel::defaultOrder() const
{
    // Matches the proposals_queue index (status, priority DESC, deadline), so a queue of 100,000 is
    // read in order instead of sorted. Waiting proposals always have a deadline.
    return u"p.priority DESC, p.deadline ASC"_s;
}

void ApprovalsModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (m_status == FailedFilter) {
        conditions->append(u"p.status IN ('approved', 'auto_approved') AND p.execution_state = 'failed'"_s);
    } else if (!m_status.isEmpty()) {
        conditions->append(u"p.status = ?"_s);
        binds->append(m_status);
    }
    if (!m_cluster.isEmpty()) {
        conditions->append(u"a.cluster = ?"_s);
        binds->append(m_cluster);
    }
    if (!m_agent.isEmpty()) {
        conditions->append(u"p.agent = ?"_s);
        binds->append(m_agent);
    }
    if (!m_risk.isEmpty()) {
        conditions->append(u"p.risk_level = ?"_s);
        binds->append(m_risk);
    }
    if (!m_actionType.isEmpty()) {
        conditions->append(u"p.action_type = ?"_s);
        binds->append(m_actionType);
    }
    if (!m_text.isEmpty()) {
        conditions->append(
            u"(p.title LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\' OR p.agent LIKE ? ESCAPE '\\')"_s);
        const QString pattern = Sql::likePattern(m_text);
        *binds << pattern << pattern << pattern;
    }
}

Qt::Alignment ApprovalsModel::columnAlignment(int column) const
{
    switch (column) {
    case Revenue:
    case Cost:
    case Confidence:
    case Value:
        return Qt::AlignRight;
    default:
        return Qt::AlignLeft;
    }
}

QVariant ApprovalsModel::cellData(const Row& row, int column, int role) const
{
    switch (role) {
    case ModelRoles::IdRole:
        return row.at(FId);
    case ModelRoles::RiskKeyRole:
        return row.at(FRisk);
    case ModelRoles::DeadlineRole:
        return row.at(FDeadline);
    case ModelRoles::StatusKeyRole:
        return row.at(FStatus);
    case Qt::ToolTipRole:
        if (column == Risk || column == Title)
            return Markup::toolTip(row.at(FVerdict).toString());
        if (column == Value)
            return row.at(FValue).isNull()
                ? tr("Not ranked: the proposal estimates no revenue or cost, or its currency has no rate to the "
                     "reporting currency.")
                : tr("Estimated revenue less estimated cost, times the confidence, in the reporting currency: "
                     "the CEO's ranking.");
        return {};
    case Qt::ForegroundRole:
        if (column == Risk)
            return Format::riskColor(row.at(FRisk).toString());
        if (column == Deadline && !row.at(FDeadline).isNull()) {
            const qint64 left = row.at(FDeadline).toLongLong() - m_clock->nowMs();
            if (left < 3'600'000)
                return Format::riskColor(u"high"_s);
        }
        return {};
    case ModelRoles::RawValueRole:
        switch (column) {
        case Priority:
            return row.at(FPriority);
        case Risk:
            return row.at(FRisk);
        case Title:
            return row.at(FTitle);
        case Agent:
            return Cluster::agentDisplayName(row.at(FAgent).toString());
        case Action:
            return row.at(FType);
        case Revenue:
            return row.at(FRevenue);
        case Cost:
            return row.at(FCost);
        case Confidence:
            return row.at(FConfidence);
        case Value:
            return row.at(FValue);
        case Deadline:
            return row.at(FDeadline);
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Priority:
            return ::Priority::displayName(row.at(FPriority).toInt());
        case Risk:
            return ::Risk::displayNameForKey(row.at(FRisk).toString());
        case Title:
            return row.at(FTitle);
        case Agent:
            return row.at(FAgent);
        case Action:
            return ActionTypes::displayNameForKey(row.at(FType).toString());
        case Revenue:
            return row.at(FRevenue).isNull()
                ? QVariant(u"–"_s)
                : QVariant(Money::format(row.at(FRevenue).toLongLong(), row.at(FCurrency).toString()));
        case Cost:
            return row.at(FCost).isNull()
                ? QVariant(u"–"_s)
                : QVariant(Money::format(row.at(FCost).toLongLong(), row.at(FCurrency).toString()));
        case Confidence:
            return Format::percent(row.at(FConfidence).toDouble());
        case Value:
            return row.at(FValue).isNull()
                ? QVariant(u"–"_s)
                : QVariant(Money::format(row.at(FValue).toLongLong(), row.at(FReporting).toString()));
        case Deadline:
            if (row.at(FDeadline).isNull())
                return u"–"_s;
            if (row.at(FStatus).toString() != ProposalStatus::Pending)
                return Format::dateTime(row.at(FDeadline).toLongLong());
            return Format::countdown(row.at(FDeadline).toLongLong() - m_clock->nowMs());
        }
        return {};
    default:
        return {};
    }
}

ApprovalsModel::Summary ApprovalsModel::summaryAt(const QModelIndex& index) const
{
    Summary s;
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return s;
    s.id = row->at(FId).toLongLong();
    s.title = row->at(FTitle).toString();
    s.agent = row->at(FAgent).toString();
    s.cluster = row->at(FCluster).toString();
    s.actionType = row->at(FType).toString();
    s.risk = row->at(FRisk).toString();
    s.status = row->at(FStatus).toString();
    s.verdict = row->at(FVerdict).toString();
    s.priority = row->at(FPriority).toInt();
    s.confidence = row->at(FConfidence).toDouble();
    s.deadline = row->at(FDeadline);
    s.proposedBy = row->at(FProposedBy).toString();
    return s;
}

template <typename T> void ApprovalsModel::setFilter(T* member, const T& value)
{
    if (*member == value)
        return;
    *member = value;
    filtersChanged();
}

void ApprovalsModel::setStatusFilter(const QString& status)
{
    setFilter(&m_status, status);
}

void ApprovalsModel::setClusterFilter(const QString& cluster)
{
    setFilter(&m_cluster, cluster);
}

void ApprovalsModel::setAgentFilter(const QString& agent)
{
    setFilter(&m_agent, agent);
}

void ApprovalsModel::setRiskFilter(const QString& risk)
{
    setFilter(&m_risk, risk);
}

void ApprovalsModel::setActionTypeFilter(const QString& type)
{
    setFilter(&m_actionType, type);
}

void ApprovalsModel::setTextFilter(const QString& text)
{
    setFilter(&m_text, text.trimmed());
}

QStringList ApprovalsModel::agents() const
{
    QStringList out;
    try {
        QSqlQuery q = Sql::exec(database(), u"SELECT name FROM agents ORDER BY name"_s);
        while (q.next())
            out.append(q.value(0).toString());
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read the agents:" << e.message();
    }
    return out;
}
