#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The owner's goals, which the CEO agent measures the business against each month (setting
// "ceo.goals"). Each is optional: a goal not set is shown as a figure without a target.
namespace Goals
{

struct Set
{
    std::optional<qint64> monthlyRevenueCents; // in the reporting currency
    std::optional<double> grossMarginPct;      // gross profit / revenue, month to date
    std::optional<double> roas;                // ad purchase value / ad spend, month to date
    std::optional<int> stockCoverDays;         // every selling variant has at least this many days of stock
    std::optional<qint64> aiSpendMicros;       // AI spend ceiling a month, US dollars in millionths
    bool isEmpty() const
    {
        return !monthlyRevenueCents && !grossMarginPct && !roas && !stockCoverDays && !aiSpendMicros;
    }
    bool operator==(const Set&) const = default;
};

QJsonObject toJson(const Set& goals);
Set fromJson(const QJsonObject& json);

Set load(const QSqlDatabase& db);
// Stores the goals (the caller checks the role and writes the audit entry). Throws SqlError.
void save(const QSqlDatabase& db, const Set& goals);

// Why the goals cannot be saved (a negative or out-of-range value), or empty.
QString validate(const Set& goals);

} // namespace Goals
