#pragma once

#include <QSqlDatabase>
#include <QString>

// The CEO's stock orders: a variant about to sell out that the Demand Forecast cannot plan yet.
//
// The Demand Forecast proposes reorders from a forecast fitted and backtested on at least
// Forecast::MinHistoryDays of sales; a product new in the shop that sells fast runs out before it has
// that history. For each SKU with no stored forecast whose first sale is at least MinSalesDays and less
// than Forecast::MinHistoryDays days ago (an older SKU is the Demand Forecast's, even before its first
// run, or while it is paused or failing) and whose stock on hand is known, the CEO takes its pace over the last
// PaceDays days (or since its first sale), plans the order with the Demand Forecast's rule (DemandAgent::plan: runs out
// within the delivery time and a week, the delivery time's and cover days' demand plus safety stock from the days'
// spread, less what is on hand) and proposes it when no reorder of the SKU waits or is on its way. Confidence is
// PaceConfidence: a pace is no backtested forecast. Not judged: orders stale for more than a day.
namespace StockOrders
{

inline constexpr int PaceDays = 14;
inline constexpr int MinSalesDays = 7;
inline constexpr double PaceConfidence = 0.4;

// Proposes the stock orders; returns how many it proposed.
int propose(const QSqlDatabase& db, const QString& agent, qint64 now);

} // namespace StockOrders
