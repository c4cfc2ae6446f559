#include "TestWorkspace.h"
#include "audit/AuditLog.h"
#include "campaigns/DailySales.h"
#include "core/EventBus.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storesync/OrdersExport.h"
#include "storesync/OrdersImportActions.h"
#include "users/Users.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace
{

// Shopify's orders export header, column for column as Orders › Export writes it.
const QString kHeader
    = u"Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
      u"Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,"
      u"Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
      u"Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,"
      u"Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,"
      u"Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
      u"Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,"
      u"Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,"
      u"Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,"
      u"Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,"
      u"Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References"_s;

using Row = QList<std::pair<QString, QString>>;

// One row in the header's layout: the named columns filled, every other one empty (as Shopify leaves
// them), quoted as Shopify quotes.
QString row(const Row& values)
{
    const QStringList columns = kHeader.split(u',');
    QStringList fields(columns.size());
    for (const auto& [name, value] : values) {
        const qsizetype i = columns.indexOf(name);
        Q_ASSERT_X(i >= 0, "row", qPrintable(name));
        QString v = value;
        if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
            v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
        fields[i] = v;
    }
    return fields.join(u',');
}

// An order's first row: its own fields and its first line.
Row head(const QString& name, const QString& id, const QString& status, const QString& currency, const QString& total,
    const QString& created, const Row& more = {})
{
    Row r{{u"Name"_s, name}, {u"Email"_s, name.mid(1) + u"@Example.com"_s}, {u"Financial Status"_s, status},
        {u"Currency"_s, currency}, {u"Total"_s, total}, {u"Subtotal"_s, total}, {u"Created at"_s, created},
        {u"Id"_s, id}, {u"Billing Name"_s, u"Buyer "_s + name}, {u"Accepts Marketing"_s, u"no"_s},
        {u"Source"_s, u"web"_s}};
    return r + more;
}

Row line(const QString& name, const QString& qty, const QString& item, const QString& price, const QString& sku,
    const QString& created, const QString& discount = u"0.00"_s)
{
    return {{u"Name"_s, name}, {u"Email"_s, name.mid(1) + u"@Example.com"_s}, {u"Created at"_s, created},
        {u"Lineitem quantity"_s, qty}, {u"Lineitem name"_s, item}, {u"Lineitem price"_s, price},
        {u"Lineitem sku"_s, sku}, {u"Lineitem discount"_s, discount}, {u"Lineitem requires shipping"_s, u"true"_s},
        {u"Lineitem taxable"_s, u"true"_s}, {u"Lineitem fulfillment status"_s, u"pending"_s}};
}

// Both together: an order of one line.
QString single(const QString& name, const QString& id, const QString& status, const QString& currency,
    const QString& total, const QString& created, const QString& qty, const QString& item, const QString& price,
    const Row& more = {})
{
    return row(line(name, qty, item, price, {}, created) + head(name, id, status, currency, total, created, more));
}

const QString kDay1 = u"2026-11-18 10:15:00 +0100"_s;
const QString kDay2 = u"2026-11-19 16:40:00 -0500"_s;

// Six orders: two lines with a line discount (#1001), another currency (#1002, USD), a partial
// refund (#1003), a pending order (#1004), an order whose rows are apart (#1005, around #1006), and
// a refunded, cancelled order (#1006, GBP).
QStringList shopRows(const QString& refunded1003 = u"20.00"_s)
{
    return {
        row(line(u"#1001"_s, u"2"_s, u"Merino Crew Sweater - M"_s, u"39.95"_s, u"MER-M"_s, kDay1, u"5.00"_s)
            + head(u"#1001"_s, u"5001"_s, u"paid"_s, u"EUR"_s, u"109.90"_s, kDay1,
                {{u"Shipping"_s, u"4.95"_s}, {u"Taxes"_s, u"17.34"_s}, {u"Discount Amount"_s, u"5.00"_s},
                    {u"Discount Code"_s, u"WELCOME5"_s}, {u"Billing Country"_s, u"NL"_s},
                    {u"Shipping Country"_s, u"BE"_s}, {u"Notes"_s, u"Please wrap it, \"thanks\"\nTwo lines"_s}})),
        row(line(u"#1001"_s, u"1"_s, u"Oak Serving Board"_s, u"30.00"_s, u"OAK-1"_s, kDay1)),
        single(u"#1002"_s, u"5002"_s, u"paid"_s, u"USD"_s, u"56.29"_s, kDay2, u"1"_s, u"Fern Print"_s, u"47.00"_s,
            {{u"Shipping Country"_s, u"US"_s}}),
        single(u"#1003"_s, u"5003"_s, u"partially_refunded"_s, u"EUR"_s, u"80.00"_s, kDay1, u"2"_s, u"Candle"_s,
            u"40.00"_s, {{u"Refunded Amount"_s, refunded1003}, {u"Billing Country"_s, u"DE"_s}}),
        single(u"#1004"_s, u"5004"_s, u"pending"_s, u"EUR"_s, u"25.00"_s, kDay2, u"1"_s, u"Mug"_s, u"25.00"_s),
        row(line(u"#1005"_s, u"1"_s, u"Mug"_s, u"25.00"_s, u"MUG"_s, kDay2)
            + head(u"#1005"_s, u"5005"_s, u"paid"_s, u"EUR"_s, u"50.00"_s, kDay2)),
        single(u"#1006"_s, u"5006"_s, u"refunded"_s, u"GBP"_s, u"30.00"_s, kDay1, u"1"_s, u"Scarf"_s, u"30.00"_s,
            {{u"Refunded Amount"_s, u"30.00"_s}, {u"Cancelled at"_s, u"2026-11-19 09:00:00 +0000"_s}}),
        row(line(u"#1005"_s, u"1"_s, u"Mug"_s, u"25.00"_s, u"MUG"_s, kDay2)),
    };
}

QByteArray file(const QStringList& rows, bool bom = true)
{
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + (QStringList{kHeader} + rows).join(u"\r\n").toUtf8()
        + "\r\n";
}

QString issues(const OrdersExport::Parsed& p)
{
    QStringList out;
    for (const auto& i : p.issues)
        out.append(u"%1 %2: %3"_s.arg(i.line).arg(i.order, i.reason));
    return out.join(u'\n');
}

const StoreIngest::Order* find(const OrdersExport::Parsed& p, const QString& number)
{
    for (const auto& o : p.orders) {
        if (o.number == number)
            return &o;
    }
    return nullptr;
}

} // namespace

// A Shopify orders export in, the workspace's orders out: one order per Name however its rows lie,
// each in its own currency, refunds and pending orders as the store sync reads them, every order
// that cannot be read named with its line, and the same file twice changing nothing.
class TestOrdersExport : public QObject
{
    Q_OBJECT

private:
    static qint64 count(TestWorkspace& ws, const QString& table)
    {
        return ws.count(u"SELECT COUNT(*) FROM %1"_s.arg(table));
    }

    static OrdersExport::Written import(TestWorkspace& ws, const QByteArray& bytes)
    {
        const OrdersExport::Parsed p = OrdersExport::read(bytes);
        return OrdersExport::write(ws.db(), p.orders, TestWorkspace::fixedNow());
    }

private slots:
    void readsTimes()
    {
        QCOMPARE(OrdersExport::exportTime(u"2024-03-05 14:22:10 +0100"_s).value_or(0),
            QDateTime(QDate(2024, 3, 5), QTime(13, 22, 10), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(OrdersExport::exportTime(u"2024-03-05 14:22:10 -0530"_s).value_or(0),
            QDateTime(QDate(2024, 3, 5), QTime(19, 52, 10), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(OrdersExport::exportTime(u"2024-03-05T14:22:10Z"_s).value_or(0),
            QDateTime(QDate(2024, 3, 5), QTime(14, 22, 10), QTimeZone::utc()).toMSecsSinceEpoch());
        QVERIFY(!OrdersExport::exportTime(u"05/03/2024 14:22"_s));
        QVERIFY(!OrdersExport::exportTime(u"2024-02-31 10:00:00 +0000"_s));
        QVERIFY(!OrdersExport::exportTime(u"yesterday"_s));
    }

    void readsMultiLineAndMixedCurrencyOrders()
    {
        const OrdersExport::Parsed p = OrdersExport::read(file(shopRows()));
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QVERIFY2(p.issues.isEmpty(), qPrintable(issues(p)));
        QCOMPARE(p.rows, 8);
        QCOMPARE(p.orders.size(), 6);

        const auto* o = find(p, u"#1001"_s);
        QVERIFY(o);
        QCOMPARE(o->remoteId, u"5001"_s);
        QCOMPARE(o->storeStatus, u"paid"_s);
        QVERIFY(o->paid);
        QCOMPARE(o->currency, u"EUR"_s);
        QCOMPARE(o->shopCurrency, u"EUR"_s);
        QCOMPARE(o->totalCents, 10990);
        QCOMPARE(o->shopTotalCents, 10990);
        QCOMPARE(o->shippingCents, 495);
        QCOMPARE(o->taxCents, 1734);
        QCOMPARE(o->discountCents, 500);
        QCOMPARE(o->name, u"Buyer #1001"_s);
        QCOMPARE(o->email, u"1001@Example.com"_s);
        QCOMPARE(o->customerRemoteId, u"1001@example.com"_s);
        QCOMPARE(o->country, u"NL"_s); // billing before shipping
        QCOMPARE(o->createdAt, OrdersExport::exportTime(kDay1).value_or(-1));
        QCOMPARE(o->updatedAt, o->createdAt);
        QCOMPARE(o->lines.size(), 2);
        QCOMPARE(o->lines.at(0).quantity, 2);
        QCOMPARE(o->lines.at(0).name, u"Merino Crew Sweater - M"_s);
        QCOMPARE(o->lines.at(0).sku, u"MER-M"_s);
        QCOMPARE(o->lines.at(0).unitPriceCents, 3995);
        QCOMPARE(o->lines.at(0).totalCents, 2 * 3995 - 500);
        QCOMPARE(o->lines.at(1).sku, u"OAK-1"_s);
        QCOMPARE(o->lines.at(1).totalCents, 3000);
        QVERIFY(o->lines.at(0).remoteId != o->lines.at(1).remoteId);
        QVERIFY(o->refunds.isEmpty());

        const auto* usd = find(p, u"#1002"_s);
        QVERIFY(usd);
        QCOMPARE(usd->currency, u"USD"_s);
        QCOMPARE(usd->shopCurrency, u"USD"_s);
        QCOMPARE(usd->totalCents, 5629);
        QCOMPARE(usd->country, u"US"_s); // no billing country: the shipping one

        // Rows apart from each other still make one order.
        const auto* apart = find(p, u"#1005"_s);
        QVERIFY(apart);
        QCOMPARE(apart->lines.size(), 2);
        QCOMPARE(apart->totalCents, 5000);
    }

    void readsRefundsAndPendingOrders()
    {
        const OrdersExport::Parsed p = OrdersExport::read(file(shopRows()));
        const auto* refunded = find(p, u"#1003"_s);
        QVERIFY(refunded);
        QVERIFY(refunded->paid); // a sale, partly given back
        QCOMPARE(refunded->refundedCents, 2000);
        QCOMPARE(refunded->refunds.size(), 1);
        QCOMPARE(refunded->refunds.first().remoteId, u"export"_s);
        QCOMPARE(refunded->refunds.first().amountCents, 2000);
        QCOMPARE(refunded->refunds.first().shopCents, 2000);
        QCOMPARE(refunded->refunds.first().createdAt, refunded->createdAt);

        const auto* pending = find(p, u"#1004"_s);
        QVERIFY(pending);
        QVERIFY(!pending->paid);

        // Cancelled: no sale (as the store sync reads it); the refund is dated when it was cancelled.
        const auto* cancelled = find(p, u"#1006"_s);
        QVERIFY(cancelled);
        QVERIFY(!cancelled->paid);
        QCOMPARE(cancelled->currency, u"GBP"_s);
        QCOMPARE(cancelled->refunds.size(), 1);
        QCOMPARE(cancelled->refunds.first().createdAt,
            OrdersExport::exportTime(u"2026-11-19 09:00:00 +0000"_s).value_or(-1));
    }

    void readsLatin1WithAWarning()
    {
        // Saved again by a spreadsheet in Windows-1252: read, and said so.
        QByteArray bytes = file({single(u"#3001"_s, u"7001"_s, u"paid"_s, u"EUR"_s, u"10.00"_s, kDay1, u"1"_s, u"Mug"_s,
                                    u"10.00"_s, {{u"Billing Name"_s, u"Ren\u00e9 M\u00fcller"_s}})},
            false);
        bytes.replace("Ren\xC3\xA9 M\xC3\xBCller", "Ren\xE9 M\xFCller");
        const OrdersExport::Parsed p = OrdersExport::read(bytes);
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.orders.size(), 1);
        QCOMPARE(p.orders.first().name, u"Ren\u00e9 M\u00fcller"_s);
        QCOMPARE(p.warnings.size(), 1);
    }

    void skipsOrdersThatCannotBeRead()
    {
        const QStringList rows{
            single(u"#2001"_s, u"6001"_s, u"paid"_s, u"EUR"_s, u"12,50x"_s, kDay1, u"1"_s, u"Mug"_s, u"12.50"_s),
            single(
                u"#2002"_s, u"6002"_s, u"paid"_s, u"EUR"_s, u"12.50"_s, u"yesterday"_s, u"1"_s, u"Mug"_s, u"12.50"_s),
            single(u"#2003"_s, u"6003"_s, u"paid"_s, u"EUR"_s, u"25.00"_s, kDay1, u"1"_s, u"Mug"_s, u"12.50"_s),
            row(line(u"#2003"_s, u"1"_s, u"Bowl"_s, u"abc"_s, {}, kDay1)),
            single(u"#2004"_s, u"6004"_s, u"paid"_s, u"EUR"_s, u"9.00"_s, kDay1, u"1"_s, u"Spoon"_s, u"9.00"_s),
            row(line(u"#2005"_s, u"1"_s, u"Orphan"_s, u"1.00"_s, {}, kDay1)), // no row with its total
            row(line(QString(), u"1"_s, u"Nameless"_s, u"1.00"_s, {}, kDay1)),
            single(u"#2006"_s, u"6006"_s, u"paid"_s, u"EURO"_s, u"9.00"_s, kDay1, u"1"_s, u"Spoon"_s, u"9.00"_s),
        };
        const OrdersExport::Parsed p = OrdersExport::read(file(rows));
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.orders.size(), 1);
        QCOMPARE(p.orders.first().number, u"#2004"_s);
        QCOMPARE(p.issues.size(), 6);
        // Lines of the file: the header is line 1.
        QCOMPARE(p.issues.at(0).line, 2);
        QCOMPARE(p.issues.at(0).order, u"#2001"_s);
        QCOMPARE(p.issues.at(0).reason, u"Total \"12,50x\" is not an amount."_s);
        QCOMPARE(p.issues.at(1).line, 3);
        QCOMPARE(p.issues.at(1).reason, u"Created at \"yesterday\" is not a date."_s);
        QCOMPARE(p.issues.at(2).line, 5); // the continuation row with the bad price
        QCOMPARE(p.issues.at(2).order, u"#2003"_s);
        QVERIFY(p.issues.at(2).reason.contains(u"Lineitem price \"abc\""_s));
        QCOMPARE(p.issues.at(3).order, u"#2005"_s);
        QCOMPARE(p.issues.at(4).line, 8);
        QVERIFY(p.issues.at(4).order.isEmpty());
        QVERIFY(p.issues.at(4).reason.contains(u"no order Name"_s));
        QCOMPARE(p.issues.at(5).order, u"#2006"_s);
        QVERIFY(p.issues.at(5).reason.contains(u"EURO"_s));

        const QString summary = OrdersExport::summary(p, {1, 1, false});
        QCOMPARE(summary, u"Imported 1 order(s) (6 skipped: #2001 on line 2: Total \"12,50x\" is not an amount; …)."_s);
    }

    void refusesMissingColumns()
    {
        QString header = kHeader;
        header.replace(u",Currency,"_s, u","_s).replace(u",Total,"_s, u","_s);
        const QByteArray bytes = (header + u"\n#1,a@b.c,paid\n"_s).toUtf8();
        const OrdersExport::Parsed p = OrdersExport::read(bytes);
        QVERIFY(p.orders.isEmpty());
        QCOMPARE(p.fatal, u"This is not a Shopify orders export: line 1 (the header) has no column Currency, Total."_s);
        QCOMPARE(OrdersExport::summary(p, {}), p.fatal);
        QVERIFY(OrdersExport::read(QByteArray()).fatal.contains(u"empty"_s));
    }

    void refusesAProductExport()
    {
        const QByteArray products
            = "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,"
              "Variant SKU,Variant Price,Image Src,Status\r\n"
              "merino-crew,Merino Crew Sweater,<p>Warm</p>,Wool & "
              "Co,Apparel,Sweaters,,TRUE,Size,S,MER-S,89.00,,active\r\n";
        const OrdersExport::Parsed p = OrdersExport::read(products);
        QVERIFY(p.orders.isEmpty());
        QVERIFY2(p.fatal.startsWith(u"This is a product export, not an orders export."_s), qPrintable(p.fatal));
    }

    void keepsOrdersBeforeACut()
    {
        // Cut inside the Notes of #1003's first row: #1001 and #1002 are whole.
        QStringList rows = shopRows().mid(0, 3);
        const QString cut = single(u"#1003"_s, u"5003"_s, u"paid"_s, u"EUR"_s, u"80.00"_s, kDay1, u"1"_s, u"Candle"_s,
            u"40.00"_s, {{u"Notes"_s, u"Leave it at the door, please"_s}});
        rows.append(cut.left(cut.indexOf(u"please"_s)));
        QByteArray bytes = file(rows);
        bytes.chop(2); // the file ends inside the quoted note
        OrdersExport::Parsed p = OrdersExport::read(bytes);
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.orders.size(), 2);
        QCOMPARE(p.orders.at(0).lines.size(), 2);
        QCOMPARE(p.cutOffLine, 6); // #1001's note spans lines 2 and 3
        QCOMPARE(p.issues.size(), 1);
        QVERIFY(p.issues.first().reason.contains(u"cut off"_s));

        // Cut inside a continuation row of #1001: #1001 is missing rows and is left out, not written short.
        rows = shopRows().mid(2, 1); // #1002
        rows.append(row(line(u"#1001"_s, u"1"_s, u"Oak Serving Board"_s, u"30.00"_s, u"OAK-1"_s, kDay1)
            + head(u"#1001"_s, u"5001"_s, u"paid"_s, u"EUR"_s, u"30.00"_s, kDay1)));
        rows.append(row(line(u"#1001"_s, u"1"_s, u"Sweater, \"grey"_s, u"39.95"_s, {}, kDay1)));
        bytes = file(rows);
        bytes.truncate(bytes.lastIndexOf("grey") + 4);
        p = OrdersExport::read(bytes);
        QCOMPARE(p.orders.size(), 1);
        QCOMPARE(p.orders.first().number, u"#1002"_s);
        QCOMPARE(p.issues.size(), 2);
        QCOMPARE(p.issues.at(0).order, u"#1001"_s);
        QVERIFY(p.issues.at(0).reason.contains(u"past the cut"_s));
    }

    void importsIdempotently()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QByteArray bytes = file(shopRows());
        const OrdersExport::Written first = import(ws, bytes);
        QCOMPARE(first.orders, 6);
        QCOMPARE(first.created, 6);
        const qint64 orders = count(ws, u"orders"_s);
        const qint64 lines = count(ws, u"order_lines"_s);
        const qint64 refunds = count(ws, u"order_refunds"_s);
        QCOMPARE(orders, 6);
        QCOMPARE(lines, 8);
        QCOMPARE(refunds, 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM orders WHERE source = 'shopify-csv' AND connection_id IS NULL"_s), 6);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM orders WHERE paid = 1"_s), 4);
        QCOMPARE(ws.count(u"SELECT COUNT(DISTINCT currency) FROM orders"_s), 3);

        const OrdersExport::Written again = import(ws, bytes);
        QCOMPARE(again.orders, 6);
        QCOMPARE(again.created, 0);
        QCOMPARE(count(ws, u"orders"_s), orders);
        QCOMPARE(count(ws, u"order_lines"_s), lines);
        QCOMPARE(count(ws, u"order_refunds"_s), refunds);
        QCOMPARE(
            ws.count(u"SELECT SUM(total_cents) FROM order_lines"_s), 7490 + 3000 + 4700 + 8000 + 2500 + 5000 + 3000);

        // A later export: more of #1003 was refunded since.
        const OrdersExport::Written later = import(ws, file(shopRows(u"50.00"_s)));
        QCOMPARE(later.created, 0);
        QCOMPARE(count(ws, u"orders"_s), orders);
        QCOMPARE(count(ws, u"order_refunds"_s), refunds);
        QCOMPARE(ws.count(u"SELECT refunded_cents FROM orders WHERE number = '#1003'"_s), 5000);
        QCOMPARE(ws.count(u"SELECT r.amount_cents FROM order_refunds r JOIN orders o ON o.id = r.order_id "
                          u"WHERE o.number = '#1003'"_s),
            5000);
    }

    void countsInTheDashboardRevenue()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Settings::setValue(ws.db(), u"workspace.currency"_s, u"EUR"_s);
        Settings::setValue(ws.db(), u"reporting.rates"_s, u"{\"USD\": \"0.9\", \"GBP\": \"1.2\"}"_s);
        import(ws, file(shopRows()));
        const QDate first(2026, 11, 1);
        const QDate last(2026, 11, 30);
        const DailySales::Figures figures = DailySales::between(ws.db(), first, last);
        QVERIFY(figures.unconverted.isEmpty());
        qint64 revenue = 0;
        qint64 refunds = 0;
        qint64 orders = 0;
        qint64 units = 0;
        for (const DailySales::Day& d : figures.days) {
            revenue += d.revenueCents;
            refunds += d.refundCents;
            orders += d.orders;
            units += d.units;
        }
        // Paid: #1001 (EUR 109.90), #1002 (USD 56.29 × 0.9), #1003 (EUR 80.00), #1005 (EUR 50.00); not the
        // pending #1004 nor the cancelled #1006.
        QCOMPARE(orders, 4);
        QCOMPARE(revenue, 10990 + qRound64(5629 * 0.9) + 8000 + 5000);
        QCOMPARE(refunds, 2000);
        QCOMPARE(units, 3 + 1 + 2 + 2);
    }

    void importsFromTheDesktopWithRolesAndAudit()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString path = ws.path() + u"/orders_export_1.csv"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file(shopRows()
            + QStringList{
                single(u"#1007"_s, u"5007"_s, u"paid"_s, u"EUR"_s, u"1O.00"_s, kDay1, u"1"_s, u"Mug"_s, u"10.00"_s)}));
        f.close();
        EventBus bus;
        UserSession viewer(Users::User{2, u"vera"_s, Users::Role::Viewer, true}, u"desk"_s);
        OrdersImportActions refused(ws.workspace().databasePath(), &ws.clock(), &bus, &viewer);
        QVERIFY(!refused.whyNot().isEmpty());
        QSignalSpy refusedDone(&refused, &OrdersImportActions::imported);
        refused.import(path);
        QCOMPARE(refusedDone.size(), 1);
        QCOMPARE(refusedDone.first().first().value<OrdersImportActions::Outcome>().summary, refused.whyNot());
        QCOMPARE(count(ws, u"orders"_s), 0);

        UserSession owner(Users::User{1, u"olga"_s, Users::Role::Owner, true}, u"desk"_s);
        OrdersImportActions actions(ws.workspace().databasePath(), &ws.clock(), &bus, &owner);
        QSignalSpy done(&actions, &OrdersImportActions::imported);
        QSignalSpy progress(&actions, &OrdersImportActions::progress);
        QSignalSpy changed(&bus, &EventBus::changed);
        actions.import(path);
        QVERIFY(actions.isBusy());
        QVERIFY(done.wait(30'000));
        QVERIFY(!actions.isBusy());
        const auto outcome = done.first().first().value<OrdersImportActions::Outcome>();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.orders, 6);
        QCOMPARE(outcome.created, 6);
        QCOMPARE(outcome.issues.size(), 1);
        QCOMPARE(
            outcome.summary, u"Imported 6 order(s) (1 skipped: #1007 on line 11: Total \"1O.00\" is not an amount)."_s);
        QVERIFY(!progress.isEmpty());
        bool storeData = false;
        for (const auto& c : changed)
            storeData = storeData || c.first().value<EventBus::Topic>() == EventBus::Topic::StoreData;
        QVERIFY(storeData);
        QCOMPARE(count(ws, u"orders"_s), 6);
        // In the audit trail: who, which file, what it counted.
        QSqlQuery q = Sql::exec(ws.db(),
            u"SELECT actor, json_extract(payload, '$.details.file'), json_extract(payload, '$.details.orders'), "
            u"json_extract(payload, '$.details.skipped') FROM audit_log WHERE action = 'orders.imported'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"olga"_s);
        QCOMPARE(q.value(1).toString(), u"orders_export_1.csv"_s);
        QCOMPARE(q.value(2).toInt(), 6);
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(!q.next());
        QVERIFY(AuditLog::verify(ws.db()).ok);
    }
};

QTEST_GUILESS_MAIN(TestOrdersExport)
#include "tst_ordersexport.moc"
