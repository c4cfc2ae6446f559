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
    return status;
}

QStringList all()
{
    return {Pending, Approved, Rejected, Expired, AutoApproved};
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
    return state;
}

} // namespace ProposalStatus

namespace ActionType
{

QStringList all()
{
    return {u"budget_change"_s, u"campaign_launch"_s, u"price_change"_s, u"new_product"_s, u"new_supplier"_s,
        u"new_market"_s, u"strategic_pivot"_s, u"refund"_s, u"content_review"_s, u"publish_product"_s};
}

QString displayName(const QString& type)
{
    if (type == u"budget_change")
        return QCoreApplication::translate("ActionType", "Budget change");
    if (type == u"campaign_launch")
        return QCoreApplication::translate("ActionType", "Campaign launch");
    if (type == u"price_change")
        return QCoreApplication::translate("ActionType", "Price change");
    if (type == u"new_product")
        return QCoreApplication::translate("ActionType", "New product");
    if (type == u"new_supplier")
        return QCoreApplication::translate("ActionType", "New supplier");
    if (type == u"new_market")
        return QCoreApplication::translate("ActionType", "New market");
    if (type == u"strategic_pivot")
        return QCoreApplication::translate("ActionType", "Strategic pivot");
    if (type == u"refund")
        return QCoreApplication::translate("ActionType", "Refund / compensation");
    if (type == u"content_review")
        return QCoreApplication::translate("ActionType", "Content review");
    if (type == u"publish_product")
        return QCoreApplication::translate("ActionType", "Publish product");
    return type;
}

} // namespace ActionType

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
