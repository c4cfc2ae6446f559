#include "ShopRows.h"

#include "publishing/Connections.h"
#include "storage/Sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ShopRows
{

qint64 store(const QSqlDatabase& db, qint64 syncedAt)
{
    const qint64 id = Sql::insert(db,
        u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
        u"'https://shop.example', 0, 0)"_s);
    if (syncedAt > 0)
        Sql::exec(db,
            u"INSERT INTO sync_state (connection_id, resource, since, updated_at) VALUES (?, 'orders', ?, ?)"_s,
            {id, QDateTime::fromMSecsSinceEpoch(syncedAt, Qt::UTC).toString(Qt::ISODate), syncedAt});
    return id;
}

qint64 order(const QSqlDatabase& db, qint64 connection, qint64 when, const QList<std::pair<QString, qint64>>& lines,
    const QString& utmCampaign)
{
    qint64 total = 0;
    for (const auto& line : lines)
        total += line.second;
    const QString number = QString::number(
        Sql::scalar(db, u"SELECT COUNT(*) + 1 FROM orders WHERE connection_id = ?"_s, {connection}).toLongLong());
    const qint64 id = Sql::insert(db,
        u"INSERT INTO orders (connection_id, source, remote_id, number, paid, currency, total_cents, shop_currency, "
        u"shop_total_cents, created_at, updated_at, synced_at, utm_source, utm_campaign) VALUES (?, 'woocommerce', ?, "
        u"?, 1, 'EUR', ?, 'EUR', ?, ?, ?, ?, ?, ?)"_s,
        {connection, number, number, total, total, when, when, when, utmCampaign.isEmpty() ? QString() : u"facebook"_s,
            utmCampaign});
    for (const auto& [sku, cents] : lines)
        Sql::exec(db,
            u"INSERT INTO order_lines (order_id, sku, name, quantity, unit_price_cents, total_cents) VALUES (?, ?, ?, "
            u"1, ?, ?)"_s,
            {id, sku, sku, cents, cents});
    return id;
}

qint64 metaAccount(
    const QSqlDatabase& db, const QString& name, const QString& timeZone, const QDate& syncedThrough, qint64 now)
{
    Connections::Connection c;
    c.kind = Connections::Kind::MetaAds;
    c.name = name;
    c.url = u"https://graph.facebook.com"_s;
    c.account = u"123"_s;
    const qint64 id = Connections::save(db, c, now);
    Sql::exec(db,
        u"INSERT INTO ad_accounts (connection_id, name, currency, time_zone, synced_through, updated_at) VALUES (?, ?, "
        u"'EUR', ?, ?, 0)"_s,
        {id, name, timeZone, syncedThrough.toString(Qt::ISODate)});
    return id;
}

} // namespace ShopRows
