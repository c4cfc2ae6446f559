#pragma once

#include "RuleEngine.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The CEO's budget shift: part of the daily budget of the ad set whose next euro returns least moves
// to the ad set whose next euro returns most, in one ad account, so the account's total spend stays
// what the owner set. A proposal like any other (always a person's decision); approved, the source is
// lowered first and the target raised after it (AdWriteRun), so the account never spends more than
// before, not even for a moment.
//
// The return on the next euro (marginal ROAS) of an ad set over the window: when its daily spend
// varied enough to measure it, the elasticity b of purchase value to spend (least squares on the log
// of both, days with spend and value: a day without purchase value has no log and is left out of the fit)
// times its ROAS, b clipped to [0, 1]; otherwise its ROAS, which
// assumes the next euro returns what the average one did (said so in the proposal). The confidence
// that the target's next euro returns more than the source's: purchase counts as Poisson, so the log
// of an ROAS has a variance of about 1/purchases (plus the elasticity's, when measured); the normal
// probability that the difference of the logs is above zero, never more than MaxConfidence (the counts'
// noise is not the only one: attribution and seasons move ROAS too).
//
// Brakes (each a constant, each said in the proposal): both ad sets active with a daily budget of
// their own (not a campaign's), not learning, no significant edit in the last EditQuietHours, no
// change to either waiting or under way, at least MinSpendCents and MinPurchases in the window; the
// target's marginal ROAS at least MinGap times the source's and the confidence at least
// MinConfidence. The step is MaxStepPercent of the smaller budget (whole currency units), and the
// source keeps at least AdRules::kMinimumBudgetCents. Figures whose last day is more than MaxStaleDays
// old are not decided on. One shift per account at a time (waiting or being carried out), at most one
// proposed a day; a rejected pair is not proposed again for WindowDays.
namespace BudgetShift
{

inline constexpr int WindowDays = 14;
// The account's last complete day may be at most this many days before today.
inline constexpr int MaxStaleDays = 2;
inline constexpr qint64 MinSpendCents = 10'000;
inline constexpr int MinPurchases = 10;
inline constexpr int EditQuietHours = 72;
inline constexpr double MaxStepPercent = 20;
inline constexpr double MinGap = 1.25;
inline constexpr double MinConfidence = 0.8;
inline constexpr double MaxConfidence = 0.99;
// Elasticity is measured only from at least this many days whose log spend varies this much.
inline constexpr int MinElasticityDays = 10;
inline constexpr double MinLogSpendSpread = 0.15;
inline constexpr double MaxElasticityError = 0.25;
// How far ahead the proposal's estimate looks.
inline constexpr int EstimateDays = 30;

struct Return
{
    QString id;
    QString name;
    qint64 budgetCents = 0;
    qint64 spendCents = 0;
    qint64 valueCents = 0;
    qint64 purchases = 0;
    int days = 0;               // days with spend in the window
    double roas = 0;            // value / spend
    bool measured = false;      // the elasticity was measurable
    double elasticity = 1;      // b (1 when not measured)
    double elasticityError = 0; // its standard error (0 when not measured)
    double marginal = 0;        // b × ROAS
    QString skip;               // why it cannot take part (empty: it can)
};

// One ad set's return over its days in [from, to] (the days of `o` outside are ignored).
Return returnOf(const RuleEngine::Object& o, QDate from, QDate to);

struct Plan
{
    Return from; // lowered
    Return to;   // raised
    qint64 amountCents = 0;
    double confidence = 0;
    QDate first;
    QDate last;
    // Expected extra purchase value per day: amount × (target marginal − source marginal).
    qint64 extraValuePerDayCents() const;
};

// The shift for an account whose days end at `last` (the last complete account day), with the ids of
// ad sets that have a change waiting or under way in `busy`. `returns` (optional) receives every ad
// set's return with why it was left out.
std::optional<Plan> plan(const RuleEngine::Account& account, QDate last, const QStringList& busy, qint64 nowMs,
    QList<Return>* returns = nullptr);

// The CEO's shift for one Meta ad account, proposed unless one is waiting; inside the caller's
// transaction. Returns the proposal's id, or 0 (with *why when there is a reason worth saying).
qint64 propose(const QSqlDatabase& db, qint64 connectionId, const QString& agent, qint64 nowMs, QString* why);

} // namespace BudgetShift
