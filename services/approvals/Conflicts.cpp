#include "Conflicts.h"

#include "agents/Cluster.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Conflicts
{

namespace
{
// A product leaving the range contradicts putting it forward, buying more of it, posting about it and
// rewriting its content (a price change may well go with it: clearing the stock).
constexpr const char* kAgainstRetiring = "'feature_product', 'reorder', 'social_post', 'content_refresh'";

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
    QStringList conditions;
    QVariantList values;
    const auto add = [&](const QString& condition, const QVariantList& v) {
        conditions.append(u"("_s + condition + u")"_s);
        values += v;
    };
    const qint64 product = p.productId > 0 ? p.productId : params.value(u"product_id"_s).toInteger();
    switch (p.actionType) {
    case ActionType::PriceChange:
        if (!text("sku").isEmpty())
            add(u"action_type = 'price_change' AND json_extract(parameters, '$.sku') = ?"_s, {text("sku")});
        break;
    case ActionType::Reorder:
        if (!text("sku").isEmpty())
            add(u"action_type = 'reorder' AND json_extract(parameters, '$.sku') = ?"_s, {text("sku")});
        break;
    case ActionType::OrderHold:
        // By the order's row: order numbers repeat across stores.
        if (!text("order_id").isEmpty())
            add(u"action_type = 'order_hold' AND json_extract(parameters, '$.order_id') = ?"_s,
                {params.value(u"order_id"_s).toInteger()});
        break;
    case ActionType::ReviewReply:
        if (!text("review_id").isEmpty())
            add(u"action_type = 'review_reply' AND json_extract(parameters, '$.review_id') = ?"_s,
                {params.value(u"review_id"_s).toInteger()});
        break;
    case ActionType::RuleChange:
        if (!text("rule_key").isEmpty())
            add(u"action_type = 'rule_change' AND json_extract(parameters, '$.rule_key') = ?"_s, {text("rule_key")});
        break;
    case ActionType::AdSetChange:
    case ActionType::BudgetChange:
        if (!text("ad_set_id").isEmpty())
            add(adSets.arg(u"?"_s), {text("ad_set_id"), text("ad_set_id"), text("ad_set_id")});
        break;
    case ActionType::BudgetShift:
        if (!text("from_ad_set_id").isEmpty() && !text("to_ad_set_id").isEmpty()) {
            const QString from = text("from_ad_set_id");
            const QString to = text("to_ad_set_id");
            add(adSets.arg(u"?, ?"_s), {from, to, from, to, from, to});
        }
        break;
    case ActionType::FeatureProduct:
        if (product > 0)
            add(u"action_type = 'feature_product' AND product_id = ?"_s, {product});
        break;
    case ActionType::RetireProduct:
        if (product > 0)
            add(u"action_type IN ('retire_product', %1) AND product_id = ?"_s.arg(QLatin1StringView(kAgainstRetiring)),
                {product});
        break;
    default:
        break;
    }
    // Whatever keeps a product going contradicts a proposal to retire it.
    const ActionType t = p.actionType;
    if (product > 0
        && (t == ActionType::FeatureProduct || t == ActionType::Reorder || t == ActionType::SocialPost
            || t == ActionType::ContentRefresh))
        add(u"action_type = 'retire_product' AND product_id = ?"_s, {product});
    if (conditions.isEmpty())
        return {};
    return {u"("_s + conditions.join(u" OR "_s) + u")"_s, values};
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
