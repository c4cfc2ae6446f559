#include "DailySales.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace DailySales
{

QList<Day> between(const QSqlDatabase& db, const QDate& first, const QDate& last)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT m.day, COALESCE(SUM(m.revenue_cents), 0), COALESCE(SUM(m.spend_cents), 0), "
        u"COALESCE(SUM(m.conversions * COALESCE(p.cost_cents, 0)), 0) FROM campaign_metrics m "
        u"JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN products p ON p.id = c.product_id "
        u"WHERE m.day >= ? AND m.day <= ? GROUP BY m.day ORDER BY m.day"_s,
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    QList<Day> out;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (day.isValid())
            out.append({day, q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return out;
}

} // namespace DailySales
