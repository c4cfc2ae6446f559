#pragma once

#include "agents/Agent.h"
#include "approvals/ApprovalDesk.h"
#include "storesync/Forecast.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

// Demand Forecast (product cluster): once a day, a forecast per SKU from its paid sales in every store
// (the sales rollup's days), with its backtest error (Forecast), stored in demand_forecasts for the
// product detail's chart; and, from the forecast, the stock on hand and the product's delivery time,
// reorder proposals with the date the stock runs out.
//
// A reorder is proposed when the forecast sells what is on hand before an order placed now, plus a
// week (the agent looks again within it), would arrive: runs out in <= lead + ReviewDays days. The
// quantity covers the forecast demand of the delivery time and the days the product's reorder rule
// asks to cover after it (DefaultLeadDays and DefaultCoverDays without a rule), plus safety stock of
// ServiceZ x the backtest's daily RMSE x sqrt(lead days) (about 95 % of deliveries arrive before the
// stock is gone), less what is on hand. A variant the forecast sells less than one unit of in the
// delivery time gets no proposal: whether to stock a slow seller again is a person's call, not a
// forecast's. Confidence is 1 / (1 + MASE): 0.5 when the forecast errs as
// much as the naive one; 0.5 too when there is no MASE.
class DemandAgent final : public Agent
{
public:
    static constexpr int WindowDays = 364; // the history a fit reads: a year, whole weeks
    static constexpr int HorizonDays = 90;
    static constexpr int ReviewDays = 7;
    static constexpr int DefaultLeadDays = 14;
    static constexpr int DefaultCoverDays = 30;
    static constexpr double ServiceZ = 1.65;
    static constexpr double MinUnitsInLead = 1.0;
    static constexpr qint64 StaleAfterMs = 24LL * 3600 * 1000;

    struct Plan
    {
        std::optional<int> runsOutInDays; // 0: today; nullopt: not within the forecast's horizon
        double demand = 0;                // forecast units over the delivery time and the days to cover
        int safety = 0;
        double duringLead = 0; // forecast units over the delivery time
        int quantity = 0;      // 0: nothing to order now
    };
    // forecast[0] is today.
    static Plan plan(const std::vector<double>& forecast, double rmse, int onHand, int leadDays, int coverDays);
    // The forecast units an order of the plan serves that would otherwise not be sold: the demand over
    // the delivery time and cover beyond the larger of the delivery time's demand and the stock on hand,
    // at most the order.
    static double served(const Plan& plan, int onHand);
    // What the order of a plan is worth, for the CEO's ranking: the gross profit on the forecast sales it
    // serves after it arrives (served()), set on p with the reasoning's sentence that says so. Without
    // the variant's price and cost nothing is estimated, and the proposal is not ranked.
    static void estimateWorth(
        const QSqlDatabase& db, const QString& sku, const Plan& plan, int onHand, ApprovalDesk::Proposal& p);
    // The forecast's units over `days` days from today; past its horizon the last week repeats.
    static double units(const std::vector<double>& forecast, int days);

    // Units sold per day for each SKU, oldest first, over the days before `today` (a local Julian day):
    // from WindowDays before it, or from the SKU's first sale when that is later. SKUs that never sold
    // in the window have no series.
    static QHash<QString, std::vector<double>> series(const QSqlDatabase& db, qint64 today);
    // What an agent that reads the orders says when no store has synced them for StaleAfterMs (nothing
    // when they are fresh, or came from an export, whose age says nothing).
    static std::optional<QString> staleOrders(const QSqlDatabase& db, qint64 now);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
