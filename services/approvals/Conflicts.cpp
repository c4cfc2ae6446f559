#include "Conflicts.h"

#include "agents/Cluster.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Conflicts
{

namespace
{
// The condition that finds the proposals on p's objects, with its values; empty when p acts on nothing
// another proposal could contradict.
std::pair<QString, QVariantList> sameObjects(const ApprovalDesk::Proposal& p)
{
    const QJsonObject params = p.effectiveParameters();
    const auto text
        = [&params](const char* key) { return params.value(QLatin1StringView(key)).toVariant().toString(); };
    const QString adSets = u"((action_type IN ('ad_set_change', 'budget_change') AND json_extract(parameters, "
                           u"'$.ad_set_id') IN (%1)) OR (action_type = 'budget_shift' AND (json_extract(parameters, "
                           u"'$.from_ad_set_id') IN (%1) OR json_extract(parameters, '$.to_ad_set_id') IN (%1))))"_s;
    switch (p.actionType) {
    case ActionType::PriceChange:
        if (!text("sku").isEmpty())
            return {u"action_type = 'price_change' AND json_extract(parameters, '$.sku') = ?"_s, {text("sku")}};
        break;
    case ActionType::Reorder:
        if (!text("sku").isEmpty())
            return {u"action_type = 'reorder' AND json_extract(parameters, '$.sku') = ?"_s, {text("sku")}};
        break;
    case ActionType::OrderHold:
        // By the order's row: order numbers repeat across stores.
        if (!text("order_id").isEmpty())
            return {u"action_type = 'order_hold' AND json_extract(parameters, '$.order_id') = ?"_s,
                {params.value(u"order_id"_s).toInteger()}};
        break;
    case ActionType::ReviewReply:
        if (!text("review_id").isEmpty())
            return {u"action_type = 'review_reply' AND json_extract(parameters, '$.review_id') = ?"_s,
                {params.value(u"review_id"_s).toInteger()}};
        break;
    case ActionType::RuleChange:
        if (!text("rule_key").isEmpty())
            return {
                u"action_type = 'rule_change' AND json_extract(parameters, '$.rule_key') = ?"_s, {text("rule_key")}};
        break;
    case ActionType::AdSetChange:
    case ActionType::BudgetChange:
        if (!text("ad_set_id").isEmpty())
            return {adSets.arg(u"?"_s), {text("ad_set_id"), text("ad_set_id"), text("ad_set_id")}};
        break;
    case ActionType::BudgetShift:
        if (!text("from_ad_set_id").isEmpty() && !text("to_ad_set_id").isEmpty()) {
            const QString from = text("from_ad_set_id");
            const QString to = text("to_ad_set_id");
            return {adSets.arg(u"?, ?"_s), {from, to, from, to, from, to}};
        }
        break;
    default:
        break;
    }
    return {};
}
} // namespace

QList<Conflict> of(const QSqlDatabase& db, const ApprovalDesk::Proposal& p)
{
    QList<Conflict> out;
    auto [condition, values] = sameObjects(p);
    if (condition.isEmpty())
        return out;
    values << p.id << p.createdAt;
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, title, agent, status FROM action_proposals WHERE %1 AND id <> ? AND (status = 'pending' OR "
        u"(status IN ('approved', 'auto_approved') AND decided_at >= ?)) ORDER BY id"_s.arg(condition),
        values);
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QString whyNotApprove(const QSqlDatabase& db, const ApprovalDesk::Proposal& p)
{
    for (const Conflict& c : of(db, p))
        if (c.status != u"pending")
            return QCoreApplication::translate("Conflicts",
                "#%1 “%2” (%3) acts on the same thing and was approved after this was proposed: only one of them can "
                "be approved. Reject this one, or undo that one first.")
                .arg(c.id)
                .arg(c.title, Cluster::agentDisplayName(c.agent));
    return {};
}

QString describe(const QList<Conflict>& conflicts)
{
    QStringList items;
    for (const Conflict& c : conflicts)
        items.append(QCoreApplication::translate("Conflicts", "#%1 “%2” (%3, %4)")
                         .arg(c.id)
                         .arg(c.title, Cluster::agentDisplayName(c.agent),
                             c.status == u"pending" ? QCoreApplication::translate("Conflicts", "waiting")
                                                    : QCoreApplication::translate("Conflicts", "approved")));
    if (items.isEmpty())
        return {};
    return QCoreApplication::translate("Conflicts", "Conflicts with %1: only one of them can be approved.")
        .arg(items.join(u"; "_s));
}

} // namespace Conflicts
