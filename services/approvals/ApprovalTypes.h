#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Vocabulary of action proposals (DESIGN.md section 3): risk levels, statuses, action types.
enum class RiskLevel
{
    Low,
    Medium,
    High
};

namespace Risk
{
QString key(RiskLevel level); // "low", "medium", "high"
RiskLevel fromKey(const QString& key, bool* ok = nullptr);
QString displayName(RiskLevel level);
QString displayNameForKey(const QString& key);
int rank(const QString& key); // low 0, medium 1, high 2
RiskLevel raised(RiskLevel level);
} // namespace Risk

namespace ProposalStatus
{
inline constexpr QLatin1StringView Pending{"pending"};
inline constexpr QLatin1StringView Approved{"approved"};
inline constexpr QLatin1StringView Rejected{"rejected"};
inline constexpr QLatin1StringView Expired{"expired"};
inline constexpr QLatin1StringView AutoApproved{"auto_approved"};
inline constexpr QLatin1StringView Withdrawn{"cancelled"}; // an external agent took it back
inline constexpr QLatin1StringView Revoked{"revoked"};     // the agent's key was revoked while it waited
QString displayName(const QString& status);
QStringList all();
// queued, done, retrying, failed
QString executionDisplayName(const QString& state);
} // namespace ProposalStatus

// The kinds of action an agent may propose. The risk engine judges each kind by its rule, the Modify
// form is generated from its parameters (ActionSchema), and the domain that owns the effect registers
// what running it does (ActionEffects). The key is what the workspace stores.
enum class ActionType
{
    Unknown, // a stored key this version does not know
    BudgetChange,
    CampaignLaunch,
    PriceChange,
    NewProduct,
    NewSupplier,
    NewMarket,
    StrategicPivot,
    Refund,
    ContentReview,
    PublishProduct,
    StockUpdate,      // one store's stock set to the shared quantity
    Reorder,          // order more of a variant from the supplier (carried out outside Quorum)
    AdSetChange,      // an ad set paused, resumed or its bid changed on the ad platform
    ExperimentWinner, // an A/B test's winner declared (its other arms proposed for a pause)
    OrderHold,        // an order held for a fraud check (put on hold in the store by a person)
    BudgetShift,      // part of one ad set's daily budget moved to another's in the same ad account
    RuleChange,       // an approval rule's band raised, as the decisions people made support it
    ReviewReply,      // a public reply to a customer's product review (posted in the store by a person)
    FeatureProduct,   // a product put forward in the store (home page, a collection: done there by a person)
    RetireProduct,    // a product taken out of the range (set to draft in the stores by a person)
    SocialPost,       // a post about a product on the social platforms (posted there by a person)
    ContentRefresh,   // a product in the store taken back to work: its content checked again, what fails rewritten
    OutreachEmail,    // a first e-mail to a lead's business offering its concept site, sent by SMTP when approved
    PromptTrial,      // a prompt trial decided: the version that passed the gate more often is kept
};

namespace ActionTypes
{
QList<ActionType> all(); // every known type, without Unknown
QString key(ActionType type);
ActionType fromKey(const QString& key); // Unknown when not a known key
QString displayName(ActionType type);
inline QString displayNameForKey(const QString& key)
{
    const ActionType t = fromKey(key);
    return t == ActionType::Unknown ? key : displayName(t);
}
} // namespace ActionTypes

namespace Priority
{
// 0 low, 1 normal, 2 high, 3 urgent
QString displayName(int priority);
} // namespace Priority

// The ad platforms a campaign or a launch names ("meta", "google", "tiktok"), as people call them.
namespace Platform
{
QString displayName(const QString& key);
} // namespace Platform
