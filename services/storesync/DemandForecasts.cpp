#include "DemandForecasts.h"

#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kHistoryShownDays = 84;
} // namespace

namespace DemandForecasts
{

QString methodKey(Forecast::Method method)
{
    return method == Forecast::Method::Croston ? u"croston"_s : u"holt_winters"_s;
}

QString methodName(Forecast::Method method)
{
    return method == Forecast::Method::Croston
        ? QCoreApplication::translate("DemandForecasts", "Croston (intermittent demand)")
        : QCoreApplication::translate("DemandForecasts", "Holt-Winters (weekly season)");
}

std::optional<Product> forProduct(const QSqlDatabase& db, qint64 productId)
{
    Product out;
    qint64 today = 0;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT sku, method, mase, history_from, history_days, forecast, fitted_at FROM demand_forecasts WHERE "
            u"product_id = ? ORDER BY sku"_s,
            {productId});
        while (q.next()) {
            Sku s;
            s.sku = q.value(0).toString();
            s.method = q.value(1).toString() == u"croston" ? Forecast::Method::Croston : Forecast::Method::HoltWinters;
            if (!q.value(2).isNull())
                s.mase = q.value(2).toDouble();
            s.historyDays = q.value(4).toInt();
            today = std::max(today, q.value(3).toLongLong() + s.historyDays);
            const QJsonArray values = Json::arrayFromString(q.value(5).toString());
            if (out.forecast.size() < static_cast<size_t>(values.size()))
                out.forecast.resize(static_cast<size_t>(values.size()), 0.0);
            for (qsizetype i = 0; i < values.size(); ++i) {
                out.forecast[static_cast<size_t>(i)] += values.at(i).toDouble();
                if (i < 28)
                    s.next28 += values.at(i).toDouble();
            }
            out.fittedAt = std::max(out.fittedAt, q.value(6).toLongLong());
            out.skus.append(s);
        }
    }
    if (out.skus.isEmpty())
        return std::nullopt;
    out.firstDay = today - kHistoryShownDays;
    out.history.assign(kHistoryShownDays, 0.0);
    QSqlQuery q = Sql::exec(db,
        u"SELECT d.day, SUM(d.units) FROM sales_lines_daily d JOIN sales_keys k ON k.id = d.key_id WHERE d.day >= ? "
        u"AND d.day < ? AND k.sku IN (SELECT sku FROM demand_forecasts WHERE product_id = ?) GROUP BY d.day"_s,
        {out.firstDay, today, productId});
    while (q.next())
        out.history[static_cast<size_t>(q.value(0).toLongLong() - out.firstDay)] = q.value(1).toDouble();
    return out;
}

} // namespace DemandForecasts
