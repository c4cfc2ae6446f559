#pragma once

#include "ApprovalTypes.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What happened after a decision (table decision_outcomes, written by the CEO's measurement: see
// OutcomeMeasure). A proposal carried out is measured once the days after it have passed and their data
// has synced, against as many days before the day it ran:
//   Revenue     a price change: the SKU's net sales in the store's currency, and its units
//   AccountRoas an ad set paused: its ad account's purchase value / spend
//   AdSetRoas   an ad set's bid or budget changed: the ad set's own ROAS
//   PairValue   a budget shift: the purchase value of the two ad sets together (the spend stayed the same)
// It held when the figure after is at least the one before: the revenue was kept, the return not lower.
// The days around a decision also carry the season, other changes and chance: an outcome is what
// happened, not proof of what the decision caused, and is said as such.
namespace Outcomes
{

enum class Kind
{
    Revenue,
    AccountRoas,
    AdSetRoas,
    PairValue,
};
QString key(Kind kind);
std::optional<Kind> fromKey(const QString& key);

inline constexpr int RevenueDays = 28;
inline constexpr int AdDays = 14;

struct Outcome
{
    qint64 proposalId = 0;
    Kind kind = Kind::Revenue;
    QDate firstAfter; // the first day after the day it ran (the days before end the day before it ran)
    int days = 0;     // before and after, each
    double before = 0;
    double after = 0;
    qint64 unitsBefore = 0; // Revenue only
    qint64 unitsAfter = 0;
    QString currency; // Revenue and PairValue
    bool held() const { return after >= before; }
    // (after − before) / before in percent; none when there was nothing before.
    std::optional<double> changePercent() const;
    bool operator==(const Outcome&) const = default;
};

// Throws SqlError. Writes (or rewrites) the proposal's outcome.
void store(const QSqlDatabase& db, const Outcome& outcome, qint64 now);
std::optional<Outcome> of(const QSqlDatabase& db, qint64 proposalId);

// An agent's measured outcomes on one kind of action (every one carried out, whoever decided it).
struct Summary
{
    int measured = 0;
    int held = 0;
    std::optional<Kind> kind; // the kind most of them were measured by
    std::optional<double> medianChangePercent;
};
Summary summaryOf(const QSqlDatabase& db, const QString& agent, ActionType type);

// For people, in the window's language: "Revenue kept: €1,240.00 in the 28 days after it ran, €1,180.00
// in the 28 before (+5 %); 62 units after, 71 before."
QString describe(const Outcome& outcome);
// "Afterwards: 7 of 9 measured kept their revenue (median +4 %)."; empty when none was measured.
QString describe(const Summary& summary);

} // namespace Outcomes
