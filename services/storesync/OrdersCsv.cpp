#include "OrdersCsv.h"

#include "CustomerPrivacy.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace OrdersCsv
{

namespace
{
QString cell(QString v)
{
    // A spreadsheet runs a cell that starts like a formula: an apostrophe keeps it text.
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

QString amount(qint64 cents)
{
    return Money::toDecimalString(cents);
}

// The header, then a line for each row of the query, into path as a whole or not at all; progress every
// 2,000 rows (false stops, and nothing is written).
Result writeFile(const QString& path, const QByteArray& header, QSqlQuery& q, qint64 total,
    const std::function<QStringList(const QSqlQuery&)>& row, const std::function<bool(qint64, qint64)>& progress)
{
    Result out;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        out.error = QCoreApplication::translate("OrdersCsv", "%1 cannot be written: %2").arg(path, file.errorString());
        return out;
    }
    file.write(header + '\n');
    while (q.next()) {
        file.write(row(q).join(u',').toUtf8() + '\n');
        ++out.rows;
        if (progress && out.rows % 2000 == 0 && !progress(out.rows, total)) {
            file.cancelWriting();
            out.cancelled = true;
            return out;
        }
    }
    if (!file.commit()) {
        out.error = QCoreApplication::translate("OrdersCsv", "%1 cannot be written: %2").arg(path, file.errorString());
        out.rows = 0;
    }
    return out;
}
} // namespace

Result write(const QSqlDatabase& db, const QString& path, bool personal,
    const std::function<bool(qint64 done, qint64 total)>& progress)
{
    const qint64 total = Sql::scalar(db, u"SELECT COUNT(*) FROM orders"_s).toLongLong();
    const CustomerPrivacy::Pseudonyms pseudonyms(db);
    QStringList header{u"store"_s, u"order"_s, u"number"_s, u"created_utc"_s, u"status"_s, u"paid"_s, u"currency"_s,
        u"total"_s, u"tax"_s, u"shipping"_s, u"discount"_s, u"refunded"_s, u"shop_currency"_s, u"shop_total"_s,
        u"country"_s, u"customer"_s};
    if (personal)
        header << u"name"_s << u"email"_s;
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(c.name, CASE o.source WHEN 'shopify-csv' THEN 'Shopify export' ELSE o.source END), "
        u"o.remote_id, o.number, o.created_at, o.store_status, o.paid, o.currency, o.total_cents, o.tax_cents, "
        u"o.shipping_cents, o.discount_cents, o.refunded_cents, o.shop_currency, o.shop_total_cents, o.country, "
        u"o.connection_id, o.customer_remote_id, o.email, o.name, EXISTS (SELECT 1 FROM erased_customers e WHERE "
        u"e.connection_id IS o.connection_id AND e.customer_remote_id = o.customer_remote_id AND "
        u"o.customer_remote_id <> '') FROM orders o LEFT JOIN connections c ON c.id = o.connection_id ORDER BY "
        u"o.created_at, o.id"_s);
    return writeFile(
        path, header.join(u',').toUtf8(), q, total,
        [&](const QSqlQuery& r) {
            // The person behind the order: the store's customer, else (a guest) the e-mail address. An
            // erased customer gets no pseudonym: their orders can no longer be told apart from a stranger's.
            const bool erased = r.value(19).toBool();
            const QString customerId = erased ? QString() : r.value(16).toString();
            const QString email = r.value(17).toString();
            const QString identity = !customerId.isEmpty() ? u"id:%1:%2"_s.arg(r.value(15).toLongLong()).arg(customerId)
                : !email.isEmpty()                         ? email.trimmed().toLower()
                                                           : QString();
            QStringList row{cell(r.value(0).toString()), cell(r.value(1).toString()), cell(r.value(2).toString()),
                QDateTime::fromMSecsSinceEpoch(r.value(3).toLongLong(), Qt::UTC).toString(Qt::ISODate),
                cell(r.value(4).toString()), r.value(5).toBool() ? u"1"_s : u"0"_s, r.value(6).toString(),
                amount(r.value(7).toLongLong()), amount(r.value(8).toLongLong()), amount(r.value(9).toLongLong()),
                amount(r.value(10).toLongLong()), amount(r.value(11).toLongLong()), r.value(12).toString(),
                amount(r.value(13).toLongLong()), r.value(14).toString(), pseudonyms.of(identity)};
            if (personal)
                row << cell(r.value(18).toString()) << cell(email);
            return row;
        },
        progress);
}

Result writeCustomers(const QSqlDatabase& db, const QString& path, const QString& segment,
    const std::function<bool(qint64 done, qint64 total)>& progress)
{
    const QString where = u" FROM customers c LEFT JOIN connections k ON k.id = c.connection_id WHERE c.erased_at IS "
                          u"NULL AND c.email <> '' AND c.segment <> '' AND (? = '' OR c.segment = ?)"_s;
    const qint64 total = Sql::scalar(db, u"SELECT COUNT(*)"_s + where, {segment, segment}).toLongLong();
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.email, c.name, c.country, COALESCE(k.name, ''), c.segment, c.churn_risk, c.orders_count, "
        u"c.spent_cents, COALESCE((SELECT o.shop_currency FROM orders o WHERE o.connection_id = c.connection_id AND "
        u"o.customer_remote_id = c.remote_id LIMIT 1), ''), c.last_order_at"_s
            + where + u" ORDER BY c.spent_cents DESC, c.id"_s,
        {segment, segment});
    return writeFile(
        path, "email,name,country,store,segment,churn_risk,orders,spent,currency,last_order_utc", q, total,
        [](const QSqlQuery& r) {
            return QStringList{cell(r.value(0).toString()), cell(r.value(1).toString()), cell(r.value(2).toString()),
                cell(r.value(3).toString()), r.value(4).toString(),
                r.value(5).isNull() ? QString() : QString::number(r.value(5).toDouble(), 'f', 2),
                QString::number(r.value(6).toLongLong()), amount(r.value(7).toLongLong()), r.value(8).toString(),
                r.value(9).isNull()
                    ? QString()
                    : QDateTime::fromMSecsSinceEpoch(r.value(9).toLongLong(), Qt::UTC).toString(Qt::ISODate)};
        },
        progress);
}

} // namespace OrdersCsv
