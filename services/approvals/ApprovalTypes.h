#pragma once

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
QString displayName(const QString& status);
QStringList all();
// queued, done, retrying, failed
QString executionDisplayName(const QString& state);
} // namespace ProposalStatus

namespace ActionType
{
QStringList all();
QString displayName(const QString& type);
} // namespace ActionType

namespace Priority
{
// 0 low, 1 normal, 2 high, 3 urgent
QString displayName(int priority);
} // namespace Priority
