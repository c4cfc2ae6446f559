#include "CampaignEffects.h"

#include "AdSync.h"
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

// An ad set on a connected ad account: the change is queued for the platform (AdWriteRun), which
// records Meta's answer on the proposal.
Result toPlatform(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, const QString& change,
    qint64 from, qint64 to, qint64 now)
{
    const qint64 connection = params.value(u"connection"_s).toInteger();
    const QString adSet = params.value(u"ad_set_id"_s).toString();
    if (connection <= 0 || adSet.isEmpty())
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "The change names no ad account or ad set."));
    params.insert(u"job"_s, AdSync::queueApply(db, connection, p.id, adSet, change, from, to, now));
    return Result::done(params);
}

Result changeBudget(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const auto amount = ActionEffects::amount(params, u"amount"_s);
    const QString campaign = params.value(u"campaign"_s).toString();
    if (!amount)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The approved budget is not an amount."));
    if (params.contains(u"ad_set_id"_s)) {
        if (*amount < 100)
            return Result::failed(
                QCoreApplication::translate("ActionExecutor", "A daily budget on Meta is at least 1.00."));
        return toPlatform(
            db, p, params, u"budget"_s, ActionEffects::amount(params, u"previous"_s).value_or(0), *amount, now);
    }
    const int changed = Sql::update(db,
        u"UPDATE campaigns SET daily_budget_cents = ?, updated_at = ? WHERE name = ? OR external_id = ?"_s,
        {*amount, now, campaign, campaign});
    if (changed == 0)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "There is no campaign called “%1”.").arg(campaign));
    return Result::done(params);
}

Result changeAdSet(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const QString change = params.value(u"change"_s).toString();
    if (change == u"bid") {
        const auto amount = ActionEffects::amount(params, u"amount"_s);
        if (!amount || *amount <= 0)
            return Result::failed(QCoreApplication::translate("ActionExecutor", "The approved bid is not an amount."));
        return toPlatform(
            db, p, params, change, ActionEffects::amount(params, u"previous"_s).value_or(0), *amount, now);
    }
    if (change != u"pause" && change != u"resume")
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "Quorum does not know the ad set change “%1”.").arg(change));
    return toPlatform(db, p, params, change, 0, 0, now);
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
    effects.add(ActionType::AdSetChange, &changeAdSet);
}

} // namespace CampaignEffects
