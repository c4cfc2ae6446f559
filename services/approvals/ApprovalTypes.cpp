#include "ApprovalTypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Risk
{

QString key(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return u"low"_s;
    case RiskLevel::Medium:
        return u"medium"_s;
    case RiskLevel::High:
        return u"high"_s;
    }
    return u"high"_s;
}

RiskLevel fromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    if (key == u"low")
        return RiskLevel::Low;
    if (key == u"medium")
        return RiskLevel::Medium;
    if (key == u"high")
        return RiskLevel::High;
    if (ok)
        *ok = false;
    return RiskLevel::High;
}

QString displayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QCoreApplication::translate("Risk", "Low");
    case RiskLevel::Medium:
        return QCoreApplication::translate("Risk", "Medium");
    case RiskLevel::High:
        return QCoreApplication::translate("Risk", "High");
    }
    return {};
}

QString displayNameForKey(const QString& key)
{
    bool ok = false;
    const RiskLevel level = fromKey(key, &ok);
    return ok ? displayName(level) : key;
}

int rank(const QString& key)
{
    return static_cast<int>(fromKey(key));
}

RiskLevel raised(RiskLevel level)
{
    return level == RiskLevel::Low ? RiskLevel::Medium : RiskLevel::High;
}

} // namespace Risk

namespace ProposalStatus
{

QString displayName(const QString& status)
{
    if (status == Pending)
        return QCoreApplication::translate("ProposalStatus", "Pending");
    if (status == Approved)
        return QCoreApplication::translate("ProposalStatus", "Approved");
    if (status == Rejected)
        return QCoreApplication::translate("ProposalStatus", "Rejected");
    if (status == Expired)
        return QCoreApplication::translate("ProposalStatus", "Expired");
    if (status == AutoApproved)
        return QCoreApplication::translate("ProposalStatus", "Auto-approved");
    if (status == Withdrawn)
        return QCoreApplication::translate("ProposalStatus", "Withdrawn");
    if (status == Revoked)
        return QCoreApplication::translate("ProposalStatus", "Revoked");
    return status;
}

QStringList all()
{
    return {Pending, Approved, Rejected, Expired, AutoApproved, Withdrawn, Revoked};
}

QString executionDisplayName(const QString& state)
{
    if (state == u"queued")
        return QCoreApplication::translate("ProposalStatus", "queued to run");
    if (state == u"done")
        return QCoreApplication::translate("ProposalStatus", "done");
    if (state == u"retrying")
        return QCoreApplication::translate("ProposalStatus", "failed, will retry");
    if (state == u"failed")
        return QCoreApplication::translate("ProposalStatus", "failed");
    if (state == u"none" || state.isEmpty())
        return QCoreApplication::translate("ProposalStatus", "nothing to run");
    if (state == u"running")
        return QCoreApplication::translate("ProposalStatus", "running");
    if (state == u"agent")
        return QCoreApplication::translate("ProposalStatus", "the agent carries it out");
    if (state == u"skipped")
        return QCoreApplication::translate("ProposalStatus", "skipped by the agent");
    return QCoreApplication::translate("ProposalStatus", "unknown state");
}

} // namespace ProposalStatus

namespace ActionTypes
{

namespace
{
struct Descriptor
{
    ActionType type;
    const char* key;
    const char* name;
};
// clang-format off
constexpr Descriptor kTypes[] = {
    {ActionType::BudgetChange, "budget_change", QT_TRANSLATE_NOOP("ActionType", "Budget change")},
    {ActionType::CampaignLaunch, "campaign_launch", QT_TRANSLATE_NOOP("ActionType", "Campaign launch")},
    {ActionType::PriceChange, "price_change", QT_TRANSLATE_NOOP("ActionType", "Price change")},
    {ActionType::NewProduct, "new_product", QT_TRANSLATE_NOOP("ActionType", "New product")},
    {ActionType::NewSupplier, "new_supplier", QT_TRANSLATE_NOOP("ActionType", "New supplier")},
    {ActionType::NewMarket, "new_market", QT_TRANSLATE_NOOP("ActionType", "New market")},
    {ActionType::StrategicPivot, "strategic_pivot", QT_TRANSLATE_NOOP("ActionType", "Strategic pivot")},
    {ActionType::Refund, "refund", QT_TRANSLATE_NOOP("ActionType", "Refund / compensation")},
    {ActionType::ContentReview, "content_review", QT_TRANSLATE_NOOP("ActionType", "Content review")},
    {ActionType::PublishProduct, "publish_product", QT_TRANSLATE_NOOP("ActionType", "Publish product")},
    {ActionType::StockUpdate, "stock_update", QT_TRANSLATE_NOOP("ActionType", "Stock update")},
    {ActionType::Reorder, "reorder", QT_TRANSLATE_NOOP("ActionType", "Reorder")},
    {ActionType::AdSetChange, "ad_set_change", QT_TRANSLATE_NOOP("ActionType", "Ad set change")},
    {ActionType::ExperimentWinner, "experiment_winner", QT_TRANSLATE_NOOP("ActionType", "A/B test winner")},
    {ActionType::OrderHold, "order_hold", QT_TRANSLATE_NOOP("ActionType", "Order hold")},
    {ActionType::BudgetShift, "budget_shift", QT_TRANSLATE_NOOP("ActionType", "Budget shift")},
    {ActionType::RuleChange, "rule_change", QT_TRANSLATE_NOOP("ActionType", "Approval rule change")},
    {ActionType::ReviewReply, "review_reply", QT_TRANSLATE_NOOP("ActionType", "Review reply")},
    {ActionType::FeatureProduct, "feature_product", QT_TRANSLATE_NOOP("ActionType", "Feature a product")},
    {ActionType::RetireProduct, "retire_product", QT_TRANSLATE_NOOP("ActionType", "Retire a product")},
    {ActionType::SocialPost, "social_post", QT_TRANSLATE_NOOP("ActionType", "Social post")},
    {ActionType::ContentRefresh, "content_refresh", QT_TRANSLATE_NOOP("ActionType", "Content refresh")},
    {ActionType::OutreachEmail, "outreach_email", QT_TRANSLATE_NOOP("ActionType", "Outreach e-mail")},
    {ActionType::PromptTrial, "prompt_trial", QT_TRANSLATE_NOOP("ActionType", "Prompt trial")},
};
// clang-format on

const Descriptor* find(ActionType type)
{
    for (const Descriptor& d : kTypes) {
        if (d.type == type)
            return &d;
    }
    return nullptr;
}
} // namespace

QList<ActionType> all()
{
    QList<ActionType> out;
    for (const Descriptor& d : kTypes)
        out.append(d.type);
    return out;
}

QString key(ActionType type)
{
    const Descriptor* d = find(type);
    return d ? QString::fromLatin1(d->key) : u"unknown"_s;
}

ActionType fromKey(const QString& key)
{
    for (const Descriptor& d : kTypes) {
        if (key == QLatin1StringView(d.key))
            return d.type;
    }
    return ActionType::Unknown;
}

QString displayName(ActionType type)
{
    const Descriptor* d = find(type);
    return d ? QCoreApplication::translate("ActionType", d->name)
             : QCoreApplication::translate("ActionType", "Unknown action");
}

} // namespace ActionTypes

namespace Priority
{

QString displayName(int priority)
{
    switch (priority) {
    case 0:
        return QCoreApplication::translate("Priority", "Low");
    case 1:
        return QCoreApplication::translate("Priority", "Normal");
    case 2:
        return QCoreApplication::translate("Priority", "High");
    default:
        return QCoreApplication::translate("Priority", "Urgent");
    }
}

} // namespace Priority

namespace Platform
{
QString displayName(const QString& key)
{
    if (key == u"meta")
        return QCoreApplication::translate("Platform", "Meta");
    if (key == u"google")
        return QCoreApplication::translate("Platform", "Google Ads");
    if (key == u"tiktok")
        return QCoreApplication::translate("Platform", "TikTok");
    return key;
}
} // namespace Platform
