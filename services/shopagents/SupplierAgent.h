#pragma once

#include "Suppliers.h"
#include "agents/Agent.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Supplier vetting (product cluster): compares each supplier in the owner's list that quotes for a SKU
// the shop buys elsewhere with the supplier it buys it from today, and proposes the new one when it scores
// clearly better. A new supplier always waits for a person (the risk rule says so, whatever the score).
// Daily, after store syncs bring orders, and at once when a list is imported. Last year's units weigh the
// costs: while a store's first order sync is under way, or the orders were last synced over a day ago,
// it waits.
//
// A comparison covers the SKUs both quote where the incumbent is current and the candidate is not, one per
// incumbent and currency. Each side's basket is the sum over those SKUs of its unit cost times the units the
// shop sold in the last 365 days (each SKU once when none sold); lead time, defect rate and rating are
// the means over its rows that have them. Points out of 100: cost = the cheaper basket / its own × 100, lead
// time = the shorter / its own × 100, defects = 100 − 10 per percent (0 from 10 %), rating = stars / 5 × 100.
// The score weighs them 40 / 25 / 25 / 10; defects or rating that the list leaves out for either side are left
// out for both (the other weights count in proportion). Proposed when the candidate leads
// by at least MinLead points; the confidence is the share of nine weightings (these, and each weight
// halved or raised by half in turn) under which it still leads. The estimated cost is the change in the
// cost of goods over a year at last year's units (negative: a saving). One proposal per candidate at a time;
// a comparison decided with the same figures is not proposed again (the candidate's next best may be), and
// figures that change in a new list are looked at again.
class SupplierAgent final : public Agent
{
public:
    static constexpr const char* Name = "Supplier Vetting";
    static constexpr double MinLead = 5.0;
    static constexpr double DefectPointsPerPercent = 10.0;
    static constexpr int YearDays = 365;

    struct Weights
    {
        double cost = 0.40;
        double lead = 0.25;
        double defects = 0.25;
        double rating = 0.10;
    };
    struct Side
    {
        QString supplier;
        qint64 basketCents = 0;
        double leadDays = 0;
        std::optional<double> defectPct;
        std::optional<double> rating;
        QString country;
        QString ref;
        std::optional<int> minOrderUnits;
    };
    struct Comparison
    {
        Side candidate;
        Side incumbent;
        QStringList skus;
        qint64 units = 0; // of those SKUs, sold in the last 365 days
        QString currency;
        double candidateScore = 0;
        double incumbentScore = 0;
        int weightingsWon = 0;
        std::optional<qint64> yearlyChangeCents; // candidate's cost of goods − the incumbent's; none when none sold
        double lead() const { return candidateScore - incumbentScore; }
    };

    // Points out of 100 for `own` against `other` (see above).
    static double score(const Side& own, const Side& other, const Weights& weights);
    static double score(const Side& own, const Side& other); // the base weighting
    // The base weighting first, then each weight halved and raised by half.
    static QList<Weights> weightings();
    // Every candidate against every incumbent it overlaps with, best lead first.
    static QList<Comparison> compare(const QList<Suppliers::Quote>& quotes, const QHash<QString, qint64>& unitsBySku);
    // Units sold per SKU over the 365 complete days before now. Throws SqlError.
    static QHash<QString, qint64> unitsSold(const QSqlDatabase& db, qint64 now);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
