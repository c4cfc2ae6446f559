#include "CampaignEffects.h"

#include "approvals/ActionEffects.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace CampaignEffects
{

namespace
{
using Result = ActionEffects::Result;

Result changeBudget(const QSqlDatabase& db, const ApprovalDesk::Proposal&, QJsonObject params, qint64 now)
{
    const auto amount = ActionEffects::amount(params, u"amount"_s);
    const QString campaign = params.value(u"campaign"_s).toString();
    if (!amount)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The approved budget is not an amount."));
    const int changed = Sql::update(db,
        u"UPDATE campaigns SET daily_budget_cents = ?, updated_at = ? WHERE name = ? OR external_id = ?"_s,
        {*amount, now, campaign, campaign});
    if (changed == 0)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "There is no campaign called “%1”.").arg(campaign));
    return Result::done(params);
}

Result launch(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const auto budget = ActionEffects::amount(params, u"daily_budget"_s);
    const QString platform = params.value(u"platform"_s).toString();
    QString name = params.value(u"name"_s).toString();
    if (name.isEmpty())
        name = QCoreApplication::translate("ActionExecutor", "%1 launch").arg(platform);
    const qint64 id = Sql::insert(db,
        u"INSERT INTO campaigns (name, platform, status, daily_budget_cents, currency, product_id, started_on, "
        u"created_at, updated_at) VALUES (?, ?, 'learning', ?, ?, ?, ?, ?, ?)"_s,
        {name, platform, budget.value_or(0), params.value(u"currency"_s).toString(p.currency),
            p.productId > 0 ? QVariant(p.productId) : QVariant(),
            QDateTime::fromMSecsSinceEpoch(now).date().toString(Qt::ISODate), now, now});
    params.insert(u"campaign_id"_s, id);
    return Result::done(params);
}
} // namespace

void registerAll(ActionEffects& effects)
{
    effects.add(ActionType::BudgetChange, &changeBudget);
    effects.add(ActionType::CampaignLaunch, &launch);
}

} // namespace CampaignEffects
