#pragma once

#include "Forecast.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

// The Demand Forecast agent's forecasts (table demand_forecasts) as the product detail reads them:
// for one product, the sum of its SKUs' history and forecast
// per day, and each SKU's method and backtest error.
namespace DemandForecasts
{
struct Sku
{
    QString sku;
    Forecast::Method method = Forecast::Method::HoltWinters;
    std::optional<double> mase;
    int historyDays = 0;
    double next28 = 0; // forecast units over the next 28 days
};
struct Product
{
    qint64 firstDay = 0;          // local Julian day of history[0]
    std::vector<double> history;  // units per day, the last 12 weeks before the fit
    std::vector<double> forecast; // units per day from the day after the history
    QList<Sku> skus;
    qint64 fittedAt = 0;
};
// nullopt when no SKU of the product has a forecast.
std::optional<Product> forProduct(const QSqlDatabase& db, qint64 productId);

QString methodKey(Forecast::Method method); // holt_winters, croston (stored)
QString methodName(Forecast::Method method);
} // namespace DemandForecasts
