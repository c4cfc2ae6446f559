#pragma once

#include "Pricing.h"
#include "agents/Agent.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// Pricing (product cluster): once a day and after a store sync brings orders, for each variant of the catalog with a
// price and a cost, one price proposal at most, judged by the price-change approval rule (small steps run and notify,
// large ones wait for a person). In this order:
//  1. Margin floor: the price leaves less than the owner's floor over cost → the lowest price that
//     does not (rounded up to the owner's ending), however large the step.
//  2. Measured response: when the variant's sales over HistoryWeeks weeks show how units respond to
//     the price paid (Pricing::elasticity) and the 95 % interval lies wholly on one side of −1: if
//     elastic, towards the price that earns most over cost, c·e / (1 + e); if inelastic, up, to at most
//     CompetitorMargin × the cheapest competitor when there is one. At most the owner's step at once,
//     never below the floor.
//  3. Competitors (prices imported in the last CompetitorMaxAgeDays days, in the product's currency):
//     ours more than CompetitorAbove × the cheapest and units in the last VelocityDays days fell below
//     Falling × the days before → down towards it; ours below CompetitorBelow × the cheapest and units
//     did not fall → up towards just under it. Either needs MinUnits in the days before, to call it a
//     trend. At most the owner's step, never below the floor. Sales are those of the stores that sell
//     in the product's currency.
// Nothing is proposed for a variant on sale, one whose price change waits for a person, or one decided
// in the last QuietDays days. The expected effect over 30 days uses the measured response when there
// is one; otherwise units are taken as unchanged and the proposal says so. Confidence is the chance
// that the elasticity is on the side of −1 it was read on for moves made on the response, and 50 % for
// the floor and the competitors (policy and another shop's price, not an estimate): the price-change
// rule then leaves them to a person.
class PricingAgent final : public Agent
{
public:
    static constexpr const char* Name = "Pricing";
    static constexpr int VelocityDays = 28;
    static constexpr int HistoryWeeks = 26;
    static constexpr double CompetitorAbove = 1.10;
    static constexpr double CompetitorBelow = 0.85;
    static constexpr double CompetitorMargin = 0.95; // raise to at most 95 % of the cheapest competitor
    static constexpr double Falling = 0.8;
    static constexpr int MinUnits = 5; // in the 28 days before, to call a change in sales a trend
    static constexpr int CompetitorMaxAgeDays = 30;
    static constexpr int QuietDays = 14;
    static constexpr double OptimumBand = 0.05; // within 5 % of the best price: leave it

    // One variant as the agent sees it.
    struct Item
    {
        QString sku;
        qint64 productId = 0;
        QString label; // "Merino Crew Sweater — M / Oatmeal"
        QString currency;
        qint64 priceCents = 0;
        qint64 costCents = 0;
        int unitsLast = 0;                     // units sold in the last VelocityDays complete days
        int unitsPrevious = 0;                 // and in the VelocityDays before them
        std::vector<Pricing::Week> weeks;      // oldest first, HistoryWeeks complete weeks
        std::optional<qint64> competitorCents; // the cheapest competitor's price
        QString competitor;
        QDate competitorSeen;
    };

    enum class Reason
    {
        MarginFloor,
        Elastic,
        Inelastic,
        CompetitorLower,
        CompetitorRaise,
    };
    static QString reasonKey(Reason r);

    struct Decision
    {
        Reason reason = Reason::MarginFloor;
        qint64 priceCents = 0;
        std::optional<Pricing::Elasticity> response;
        QString responseWhy; // why there is no measured response
        double confidence = 0.5;
        double unitsBefore = 0; // expected units over 30 days at today's price
        double unitsAfter = 0;  // and at the new one
    };
    // Nothing when the variant's price should stay.
    static std::optional<Decision> decide(const Item& item, const Pricing::Rules& rules);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
