#pragma once

#include "AdRules.h"
#include "RuleEngine.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

// Ad rules in the workspace, the synced ad account as the rule engine reads it, and what each
// evaluation found (ad_rule_firings). A notify-only rule's findings say what it would do; a live
// rule's become action proposals (AdProposals), judged by the approval rules and carried out on the
// platform when they run.
namespace AdRuleStore
{

QJsonObject toJson(const AdRules::Rule& rule);
// The rule in the JSON; nullopt with *why when it is not one.
std::optional<AdRules::Rule> fromJson(const QJsonObject& json, QString* why);

// What keeps the rule from being saved: its problems (AdRules::problems) and the conflicts with the
// account's other rules that would certainly fire against it; conflicts that only might go to *warnings.
QStringList check(const QSqlDatabase& db, const AdRules::Rule& rule, qint64 connectionId, QStringList* warnings);
// Inserts (id 0) or updates the rule after checking it (AdRules::problems) and the conflicts with the
// account's other rules that would certainly fire against it; 0 with *why when it cannot be saved.
// Inside the caller's transaction; the caller checks the role and writes the audit entry.
qint64 save(const QSqlDatabase& db, const AdRules::Rule& rule, qint64 connectionId, const QString& who, qint64 now,
    QString* why);
// The enabled rules that apply to the ad account (its own and those for every account).
QList<AdRules::Rule> rulesFor(const QSqlDatabase& db, qint64 connectionId);

// The ad account's ad sets with their days since `since`, and the actions rules took on them; with
// `onlyObject`, that one ad set alone.
RuleEngine::Account loadAccount(
    const QSqlDatabase& db, qint64 connectionId, QDate since, const QString& onlyObject = {});
// How far back a live finding's proposal replays its rule on the ad set.
inline constexpr int kBacktestDays = 90;

// Evaluates the account's rules at `nowMs` and records what they found (a firing at most once per rule,
// object and account day); a live rule's new firing is proposed in the same transaction. Inside the
// caller's transaction. Returns how many new rows it wrote.
int evaluate(const QSqlDatabase& db, qint64 connectionId, qint64 nowMs);

} // namespace AdRuleStore
