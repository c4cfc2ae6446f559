#include "ActivityModel.h"

#include "Format.h"
#include "Markup.h"
#include "ModelRoles.h"
#include "agents/Cluster.h"
#include "approvals/ActionSchema.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FSeq,
    FAt,
    FActor,
    FAction,
    FSubject,
    FTitle,
    FRisk,
    FVerdict,
    FNote,
    FModifiedBy,
    FActionType,
    FParameters,
    FCurrency,
    FOnlyApprover
};
}

ActivityModel::ActivityModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : SqlTableModel(db, parent)
    , m_clock(clock)
{
    setAppendOnly(Qt::DescendingOrder); // the audit trail: newest first, and nothing ever leaves it
    reload();
}

// What external agents and the approval gateway wrote.
QString ActivityModel::gatewayDisplayName(const QString& action)
{
    if (action == u"gateway.proposed")
        return tr("Proposed through the gateway");
    if (action == u"gateway.cancelled")
        return tr("Withdrawn by the agent");
    if (action == u"gateway.receipt")
        return tr("Receipt from the agent");
    if (action == u"gateway.receipt_mismatch")
        return tr("Receipt differs from the approval");
    if (action == u"gateway.decision")
        return tr("Decision told to the agent");
    if (action == u"gateway.acknowledged")
        return tr("Decisions acknowledged");
    if (action == u"gateway.connected")
        return tr("Agent connected");
    if (action == u"gateway.disconnected" || action == u"gateway.closed")
        return tr("Agent disconnected");
    if (action == u"gateway.subscribed")
        return tr("Agent subscribed to events");
    if (action == u"gateway.refused")
        return tr("Key refused");
    if (action == u"gateway.request_refused")
        return tr("Request refused");
    if (action == u"gateway.agent_registered")
        return tr("External agent registered");
    if (action == u"gateway.key_issued")
        return tr("Gateway key issued");
    if (action == u"gateway.key_revoked")
        return tr("Gateway key revoked");
    if (action == u"settings.gateway")
        return tr("Gateway settings changed");
    if (action == u"proposal.revoked")
        return tr("Revoked with its key");
    return tr("Recorded change");
}

QString ActivityModel::actionDisplayName(const QString& action)
{
    if (action == u"proposal.created")
        return tr("Proposed");
    if (action == u"proposal.auto_executed")
        return tr("Executed automatically");
    if (action == u"ai_budget.shared")
        return tr("AI budget shared out");
    if (action == u"proposal.approved")
        return tr("Approved");
    if (action == u"proposal.rejected")
        return tr("Rejected");
    if (action == u"proposal.modified")
        return tr("Modified and resubmitted");
    if (action == u"proposal.expired")
        return tr("Expired");
    if (action == u"proposal.executed")
        return tr("Executed");
    if (action == u"override.emergency_stop")
        return tr("Emergency stop");
    if (action == u"override.resume")
        return tr("Resumed");
    if (action == u"override.pause")
        return tr("Paused");
    if (action == u"content.needs_review")
        return tr("Sent for content review");
    if (action == u"proposal.failed")
        return tr("Execution failed");
    if (action == u"override.pause_agent")
        return tr("Agent paused");
    if (action == u"override.resume_agent")
        return tr("Agent resumed");
    if (action == u"override.pause_cluster")
        return tr("Cluster paused");
    if (action == u"override.resume_cluster")
        return tr("Cluster resumed");
    if (action == u"rule.changed")
        return tr("Rule changed");
    if (action == u"user.added")
        return tr("User added");
    if (action == u"user.changed")
        return tr("User changed");
    if (action == u"user.switched")
        return tr("User switched");
    if (action == u"product.archived")
        return tr("Products archived");
    if (action == u"product.unarchived")
        return tr("Products restored from the archive");
    if (action == u"product.duplicated")
        return tr("Product duplicated");
    if (action == u"product.facts_changed")
        return tr("Product facts corrected");
    if (action == u"content.version_restored")
        return tr("Earlier version restored");
    if (action == u"llm.fallback")
        return tr("Another AI provider stood in");
    if (action == u"catalog.imported")
        return tr("Products imported");
    if (action == u"control.pipeline")
        return tr("Pipeline state changed");
    if (action == u"publication.published")
        return tr("Published");
    if (action == u"publication.unpublished")
        return tr("Unpublished");
    if (action == u"publication.failed")
        return tr("Publishing failed");
    if (action == u"settings.brand")
        return tr("Brand profile changed");
    if (action == u"settings.pipeline")
        return tr("Pipeline settings changed");
    if (action == u"settings.prompt")
        return tr("Prompt changed");
    if (action == u"settings.provider_saved")
        return tr("AI provider saved");
    if (action == u"settings.provider_removed")
        return tr("AI provider removed");
    if (action == u"settings.providers_assigned")
        return tr("Writers and reviewers assigned");
    if (action == u"proposal.undone")
        return tr("Decision undone");
    if (action == u"settings.undo_window")
        return tr("Undo window changed");
    if (action == u"settings.self_review")
        return tr("One-model review changed");
    if (action == u"settings.connection_added")
        return tr("Store connected");
    if (action == u"settings.connection_changed")
        return tr("Store connection changed");
    if (action == u"settings.connection_removed")
        return tr("Store connection removed");
    if (action.startsWith(u"gateway.") || action == u"settings.gateway" || action == u"proposal.revoked")
        return gatewayDisplayName(action);
    if (action == u"leads.imported")
        return tr("Leads imported");
    if (action == u"lead.status")
        return tr("Lead marked");
    if (action == u"settings.territory")
        return tr("Territory changed");
    // Never a raw key on screen: an action this list does not know yet reads as a generic entry.
    return tr("Recorded change");
}

QString ActivityModel::fromClause() const
{
    return u"audit_log a"_s;
}

QString ActivityModel::idExpression() const
{
    return u"a.seq"_s;
}

QStringList ActivityModel::fieldExpressions() const
{
    return {u"a.seq"_s, u"a.at"_s,
        u"CASE WHEN a.action IN ('proposal.created', 'proposal.auto_executed', 'proposal.executed') THEN "
        u"COALESCE(json_extract(a.payload, '$.details.agent'), a.actor) ELSE a.actor END"_s,
        u"a.action"_s, u"a.subject"_s, u"json_extract(a.payload, '$.details.title')"_s,
        u"json_extract(a.payload, '$.details.risk_level')"_s, u"json_extract(a.payload, '$.details.verdict')"_s,
        u"json_extract(a.payload, '$.details.note')"_s, u"json_extract(a.payload, '$.details.modified_by')"_s,
        u"json_extract(a.payload, '$.details.action_type')"_s, u"json_extract(a.payload, '$.details.parameters')"_s,
        u"json_extract(a.payload, '$.details.currency')"_s, u"json_extract(a.payload, '$.details.only_approver')"_s};
}

QString ActivityModel::header(int column) const
{
    switch (column) {
    case Time:
        return tr("When");
    case Actor:
        return tr("Who");
    case Event:
        return tr("What");
    case Subject:
        return tr("Subject");
    case Risk:
        return tr("Risk");
    case Detail:
        return tr("Why");
    }
    return {};
}

QString ActivityModel::sortExpression(int column) const
{
    switch (column) {
    case Time:
        return u"a.seq"_s;
    case Actor:
        return u"a.actor"_s;
    case Event:
        return u"a.action"_s;
    default:
        return {};
    }
}

QString ActivityModel::defaultOrder() const
{
    return u"a.seq DESC"_s;
}

void ActivityModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (!m_actions.isEmpty()) {
        conditions->append(u"a.action IN ("_s + Sql::placeholders(m_actions.size()) + u')');
        for (const QString& a : m_actions)
            binds->append(a);
    }
    if (!m_text.isEmpty()) {
        conditions->append(u"(a.actor LIKE ? ESCAPE '\\' OR a.payload LIKE ? ESCAPE '\\')"_s);
        *binds << Sql::likePattern(m_text) << Sql::likePattern(m_text);
    }
}

QVariant ActivityModel::cellData(const Row& row, int column, int role) const
{
    switch (role) {
    case ModelRoles::IdRole:
        return row.at(FSeq);
    case ModelRoles::RiskKeyRole:
        return row.at(FRisk);
    case Qt::ToolTipRole:
        if (column == Time)
            return Format::dateTime(row.at(FAt).toLongLong());
        return Markup::toolTip(row.at(FVerdict).toString());
    case Qt::ForegroundRole:
        if (column == Risk && !row.at(FRisk).isNull())
            return Format::riskColor(row.at(FRisk).toString());
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Time:
            return Format::age(m_clock->nowMs() - row.at(FAt).toLongLong());
        case Actor:
            return Cluster::agentDisplayName(row.at(FActor).toString()); // a person's name passes through
        case Event:
            return actionDisplayName(row.at(FAction).toString());
        case Subject:
            return subject(row);
        case Risk:
            return row.at(FRisk).isNull() ? QString() : ::Risk::displayNameForKey(row.at(FRisk).toString());
        case Detail: {
            const QString why = row.at(FNote).isNull() || row.at(FNote).toString().isEmpty()
                ? row.at(FVerdict).toString()
                : row.at(FNote).toString();
            if (row.at(FOnlyApprover).toBool())
                return why.isEmpty() ? tr("Decided as the only approver")
                                     : tr("Decided as the only approver: %1").arg(why);
            return why;
        }
        }
        return {};
    default:
        return {};
    }
}

QString ActivityModel::subject(const Row& row)
{
    if (row.at(FTitle).isNull())
        return row.at(FSubject).toString();
    const QString title = row.at(FTitle).toString();
    // After a person's change, what ran is the change: say it beside the agent's title.
    const QString action = row.at(FAction).toString();
    const bool ran = action == u"proposal.executed" || action == u"proposal.auto_executed"
        || action == u"proposal.approved" || action == u"proposal.modified";
    if (!ran || row.at(FModifiedBy).toString().isEmpty())
        return title;
    const ActionType type = ActionTypes::fromKey(row.at(FActionType).toString());
    const QString what = ActionSchema::summary(type,
        QJsonDocument::fromJson(row.at(FParameters).toString().toUtf8()).object(), row.at(FCurrency).toString(), true);
    return what.isEmpty() ? title : tr("%1 — as changed: %2").arg(title, what);
}

void ActivityModel::setActions(const QStringList& actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    filtersChanged();
}

void ActivityModel::setTextFilter(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    filtersChanged();
}
