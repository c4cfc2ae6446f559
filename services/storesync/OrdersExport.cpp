#include "OrdersExport.h"

#include "catalog/CatalogFormats.h"
#include "core/CsvReader.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace OrdersExport
{

namespace
{

// The columns the import reads; -1 when the export has no such column (the optional ones).
struct Columns
{
    int name = -1;
    int email = -1;
    int financial = -1;
    int currency = -1;
    int shipping = -1;
    int taxes = -1;
    int total = -1;
    int discount = -1;
    int createdAt = -1;
    int quantity = -1;
    int lineName = -1;
    int linePrice = -1;
    int lineSku = -1;
    int lineDiscount = -1;
    int billingName = -1;
    int billingCountry = -1;
    int shippingCountry = -1;
    int cancelledAt = -1;
    int refunded = -1;
    int id = -1;
};

// An order as its rows come in; its rows need not be next to each other.
struct Draft
{
    StoreIngest::Order order;
    int line = 0;      // its first row
    bool head = false; // the row with the order's own fields was seen
    qint64 cancelledAt = 0;
    QString error; // the first thing that cannot be read
    int errorLine = 0;
};

QString cell(const Csv::Record& r, int c)
{
    return c >= 0 && c < r.fields.size() ? r.fields.at(c).trimmed() : QString();
}

class RowReader
{
public:
    RowReader(const Columns& c, const Csv::Record& r, Draft* d)
        : m_c(c)
        , m_r(r)
        , m_d(d)
    { }

    void read()
    {
        // Continuation rows repeat the Name (and Shopify fills Email and Created at on them too), not
        // the status, currency or total.
        const bool head = !cell(m_r, m_c.financial).isEmpty() || !cell(m_r, m_c.total).isEmpty()
            || !cell(m_r, m_c.currency).isEmpty();
        if (head && !m_d->head)
            readOrder();
        if (!cell(m_r, m_c.lineName).isEmpty() || !cell(m_r, m_c.quantity).isEmpty())
            readLine();
    }

private:
    void fail(const QString& reason)
    {
        if (!m_d->error.isEmpty())
            return;
        m_d->error = reason;
        m_d->errorLine = m_r.line;
    }

    qint64 money(int column, const QString& label, bool required)
    {
        const QString text = cell(m_r, column);
        if (text.isEmpty()) {
            if (required)
                fail(QCoreApplication::translate("OrdersExport", "%1 is empty.").arg(label));
            return 0;
        }
        const auto value = StoreIngest::cents(text);
        if (!value) {
            fail(QCoreApplication::translate("OrdersExport", "%1 \"%2\" is not an amount.").arg(label, text));
            return 0;
        }
        return *value;
    }

    qint64 time(int column, const QString& label, bool required)
    {
        const QString text = cell(m_r, column);
        if (text.isEmpty()) {
            if (required)
                fail(QCoreApplication::translate("OrdersExport", "%1 is empty.").arg(label));
            return 0;
        }
        const auto value = exportTime(text);
        if (!value) {
            fail(QCoreApplication::translate("OrdersExport", "%1 \"%2\" is not a date.").arg(label, text));
            return 0;
        }
        return *value;
    }

    void readOrder()
    {
        m_d->head = true;
        StoreIngest::Order& o = m_d->order;
        const QString id = cell(m_r, m_c.id);
        o.remoteId = id.isEmpty() ? o.number : id;
        o.storeStatus = cell(m_r, m_c.financial).toLower();
        // Shopify's financial statuses that are a sale (refunded ones are counted back as refunds).
        static const QSet<QString> paid{
            u"paid"_s, u"partially_refunded"_s, u"refunded"_s, u"authorized"_s, u"partially_paid"_s};
        o.currency = cell(m_r, m_c.currency).toUpper();
        if (o.currency.size() != 3)
            fail(QCoreApplication::translate("OrdersExport", "Currency \"%1\" is not a currency code.")
                     .arg(cell(m_r, m_c.currency)));
        o.totalCents = money(m_c.total, u"Total"_s, true);
        o.taxCents = money(m_c.taxes, u"Taxes"_s, false);
        o.shippingCents = money(m_c.shipping, u"Shipping"_s, false);
        o.discountCents = money(m_c.discount, u"Discount Amount"_s, false);
        o.refundedCents = std::abs(money(m_c.refunded, u"Refunded Amount"_s, false));
        o.createdAt = time(m_c.createdAt, u"Created at"_s, true);
        o.updatedAt = o.createdAt;
        m_d->cancelledAt = time(m_c.cancelledAt, u"Cancelled at"_s, false);
        // As the store sync reads Shopify: a cancelled order is no sale, whatever was paid.
        o.paid = paid.contains(o.storeStatus) && cell(m_r, m_c.cancelledAt).isEmpty();
        o.shopCurrency = o.currency;
        o.shopTotalCents = o.totalCents;
        o.email = cell(m_r, m_c.email);
        // The export names no customer id: the e-mail address stands for the customer.
        o.customerRemoteId = o.email.toLower();
        o.name = cell(m_r, m_c.billingName);
        o.shippingCountry = cell(m_r, m_c.shippingCountry);
        o.country = cell(m_r, m_c.billingCountry);
        if (o.country.isEmpty())
            o.country = o.shippingCountry;
    }

    void readLine()
    {
        StoreIngest::Line l;
        const QString quantity = cell(m_r, m_c.quantity);
        bool ok = false;
        l.quantity = quantity.toInt(&ok);
        if (!ok || l.quantity < 0)
            fail(QCoreApplication::translate("OrdersExport", "%1 \"%2\" is not a number.")
                     .arg(u"Lineitem quantity"_s, quantity));
        l.name = cell(m_r, m_c.lineName);
        l.sku = cell(m_r, m_c.lineSku);
        l.unitPriceCents = money(m_c.linePrice, u"Lineitem price"_s, true);
        l.totalCents = l.unitPriceCents * l.quantity - money(m_c.lineDiscount, u"Lineitem discount"_s, false);
        // The export has no line ids: a line is its place in the order (lines are replaced as a whole).
        l.remoteId = QString::number(m_d->order.lines.size() + 1);
        m_d->order.lines.append(l);
    }

    const Columns& m_c;
    const Csv::Record& m_r;
    Draft* m_d;
};

// The Name of the record the file is cut off in: its text up to the end of the file, with the quote
// closed, read by the same reader after the header (so the delimiter is the same).
QString cutOrderName(const QByteArray& utf8, qint64 headerEnd, qint64 recordStart, int nameColumn)
{
    QByteArray rest = utf8.left(headerEnd);
    if (!rest.endsWith('\n'))
        rest.append('\n');
    rest.append(utf8.mid(recordStart)).append("\"\n");
    Csv::Reader reader(rest);
    Csv::Record record;
    if (!reader.next(&record) || !reader.next(&record))
        return {};
    return cell(record, nameColumn);
}

Issue issue(int line, const QString& order, const QString& reason)
{
    return Issue{line, order, reason};
}

} // namespace

std::optional<qint64> exportTime(const QString& text)
{
    // "2024-03-05 14:22:10 +0100" (the admin's export); "2024-03-05 14:22" and no offset: UTC.
    static const QRegularExpression shape(
        u"^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(?:(Z|UTC)|([+-])(\\d{2}):?(\\d{2}))?$"_s);
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime clock = QTime::fromString(m.captured(2), u"H:mm:ss"_s);
    if (!clock.isValid())
        clock = QTime::fromString(m.captured(2), u"H:mm"_s);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    int offset = 0;
    if (!m.captured(4).isEmpty()) {
        offset = (m.captured(5).toInt() * 60 + m.captured(6).toInt()) * 60;
        if (m.captured(4) == u"-")
            offset = -offset;
    }
    return QDateTime(date, clock, QTimeZone(offset)).toMSecsSinceEpoch();
}

Parsed read(const QByteArray& bytes, const Progress& progress)
{
    Parsed out;
    QString error;
    const QByteArray utf8 = Csv::toUtf8(bytes, &out.warnings, &error);
    if (!error.isEmpty()) {
        out.fatal = error;
        return out;
    }
    Csv::Reader reader(utf8);
    Csv::Record header;
    if (!reader.next(&header)) {
        out.fatal = reader.error().isEmpty() ? QCoreApplication::translate("OrdersExport", "The file is empty.")
                                             : QCoreApplication::translate("OrdersExport", "Line %1: %2")
                                                   .arg(QString::number(reader.errorLine()), reader.error());
        return out;
    }
    const qint64 headerEnd = reader.position();
    const QStringList& h = header.fields;
    Columns c;
    const auto col = [&h](const char* name) { return Csv::columnOf(h, QString::fromLatin1(name)); };
    c.name = col("Name");
    c.email = col("Email");
    c.financial = col("Financial Status");
    c.currency = col("Currency");
    c.shipping = col("Shipping");
    c.taxes = col("Taxes");
    c.total = col("Total");
    c.discount = col("Discount Amount");
    c.createdAt = col("Created at");
    c.quantity = col("Lineitem quantity");
    c.lineName = col("Lineitem name");
    c.linePrice = col("Lineitem price");
    c.lineSku = col("Lineitem sku");
    c.lineDiscount = col("Lineitem discount");
    c.billingName = col("Billing Name");
    c.billingCountry = col("Billing Country");
    c.shippingCountry = col("Shipping Country");
    c.cancelledAt = col("Cancelled at");
    c.refunded = col("Refunded Amount");
    c.id = col("Id");
    const QList<std::pair<int, QString>> required{{c.name, u"Name"_s}, {c.financial, u"Financial Status"_s},
        {c.currency, u"Currency"_s}, {c.total, u"Total"_s}, {c.createdAt, u"Created at"_s},
        {c.quantity, u"Lineitem quantity"_s}, {c.lineName, u"Lineitem name"_s}, {c.linePrice, u"Lineitem price"_s}};
    QStringList missing;
    for (const auto& [column, name] : required) {
        if (column < 0)
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        if (c.quantity < 0 && (CatalogImport::looksLikeShopify(h) || CatalogImport::looksLikeWooCommerce(h)))
            out.fatal = QCoreApplication::translate("OrdersExport",
                "This is a product export, not an orders export. In Shopify, export the orders from Orders › "
                "Export (CSV for Excel or plain CSV).");
        else
            out.fatal = QCoreApplication::translate(
                "OrdersExport", "This is not a Shopify orders export: line %1 (the header) has no column %2.")
                            .arg(QString::number(header.line), missing.join(u", "_s));
        return out;
    }

    QList<Draft> drafts;
    QHash<QString, qsizetype> byName;
    Csv::Record record;
    qint64 recordStart = reader.position();
    while (reader.next(&record)) {
        ++out.rows;
        if (progress && out.rows % 1000 == 0 && !progress(reader.position(), reader.size())) {
            out.cancelled = true;
            return out;
        }
        const QString name = cell(record, c.name);
        if (name.isEmpty()) {
            out.issues.append(issue(record.line, {},
                QCoreApplication::translate("OrdersExport", "The row has no order Name; it was not read.")));
            recordStart = reader.position();
            continue;
        }
        // An order's rows are usually together; when they are not, they still make one order.
        auto it = byName.constFind(name);
        if (it == byName.constEnd()) {
            Draft d;
            d.line = record.line;
            d.order.number = name;
            drafts.append(d);
            it = byName.insert(name, drafts.size() - 1);
        }
        RowReader(c, record, &drafts[it.value()]).read();
        recordStart = reader.position();
    }
    if (!reader.error().isEmpty()) {
        out.cutOffLine = reader.errorLine();
        out.issues.append(issue(reader.errorLine(), {},
            QCoreApplication::translate("OrdersExport",
                "The file is cut off: a quoted field starts here and never ends, so the rows from this line "
                "on were not read. Export the orders again.")));
        // The order the cut row belongs to is missing rows: it is left out rather than written short.
        const QString cut = cutOrderName(utf8, headerEnd, recordStart, c.name);
        if (const auto it = byName.constFind(cut); !cut.isEmpty() && it != byName.constEnd()) {
            Draft& d = drafts[it.value()];
            if (d.error.isEmpty()) {
                d.error = QCoreApplication::translate("OrdersExport", "Its rows continue past the cut.");
                d.errorLine = d.line;
            }
        }
    }
    QSet<QString> ids;
    for (Draft& d : drafts) {
        if (d.error.isEmpty() && !d.head)
            d.error = QCoreApplication::translate(
                "OrdersExport", "No row of the order has its Financial Status, Currency and Total.");
        if (d.error.isEmpty() && ids.contains(d.order.remoteId))
            d.error = QCoreApplication::translate("OrdersExport", "Another order in the file has the same Id (%1).")
                          .arg(d.order.remoteId);
        if (!d.error.isEmpty()) {
            out.issues.append(issue(d.errorLine > 0 ? d.errorLine : d.line, d.order.number, d.error));
            continue;
        }
        ids.insert(d.order.remoteId);
        StoreIngest::Order& o = d.order;
        if (o.refundedCents > 0) {
            // The export has the refunded sum, not each refund: one refund, dated when the order was
            // cancelled (if it was), else when it was placed; a later export replaces it.
            o.refunds.append(StoreIngest::Refund{
                u"export"_s, o.refundedCents, o.refundedCents, d.cancelledAt > 0 ? d.cancelledAt : o.createdAt, {}});
        }
        out.orders.append(std::move(o));
    }
    std::stable_sort(
        out.issues.begin(), out.issues.end(), [](const Issue& a, const Issue& b) { return a.line < b.line; });
    if (progress)
        progress(reader.size(), reader.size());
    return out;
}

Parsed readFile(const QString& path, const Progress& progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Parsed out;
        out.fatal = QCoreApplication::translate("OrdersExport", "Cannot open %1: %2")
                        .arg(QFileInfo(path).fileName(), f.errorString());
        return out;
    }
    // Orders exports are a few megabytes a year of orders: read at once, up to a size that fits.
    constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;
    if (f.size() > kMaxBytes) {
        Parsed out;
        out.fatal = QCoreApplication::translate("OrdersExport", "%1 is larger than 1 GB; export a shorter period.")
                        .arg(QFileInfo(path).fileName());
        return out;
    }
    return read(f.readAll(), progress);
}

Written write(const QSqlDatabase& db, const QList<StoreIngest::Order>& orders, qint64 now, const Progress& progress,
    int batchSize)
{
    Written out;
    const QString count = u"SELECT COUNT(*) FROM orders WHERE source = ? AND connection_id IS NULL"_s;
    const qint64 before = Sql::scalar(db, count, {QString(kSource)}).toLongLong();
    StoreIngest::Writer writer(db, 0, QString(kSource));
    const qsizetype total = orders.size();
    for (qsizetype i = 0; i < total; i += batchSize) {
        if (progress && !progress(i, total)) {
            out.cancelled = true;
            break;
        }
        const QList<StoreIngest::Order> page = orders.mid(i, batchSize);
        Transaction tx(db);
        writer.orders(page, now);
        tx.commit();
        out.orders += static_cast<int>(page.size());
    }
    if (progress && !out.cancelled)
        progress(total, total);
    out.created = static_cast<int>(Sql::scalar(db, count, {QString(kSource)}).toLongLong() - before);
    return out;
}

QString summary(const Parsed& parsed, const Written& written)
{
    if (!parsed.fatal.isEmpty())
        return parsed.fatal;
    QString out;
    if (written.cancelled) {
        out = QCoreApplication::translate("OrdersExport",
            "Stopped: %Ln order(s) were written; importing the file again adds the rest.", nullptr, written.orders);
    } else if (written.orders == 0 && parsed.issues.isEmpty()) {
        return QCoreApplication::translate("OrdersExport", "The file holds no orders.");
    } else {
        const QString imported
            = QCoreApplication::translate("OrdersExport", "Imported %Ln order(s)", nullptr, written.orders);
        if (parsed.issues.isEmpty()) {
            out = imported + u'.';
        } else {
            const Issue& first = parsed.issues.first();
            QString detail = first.order.isEmpty() ? QCoreApplication::translate("OrdersExport", "line %1: %2")
                                                         .arg(QString::number(first.line), first.reason)
                                                   : QCoreApplication::translate("OrdersExport", "%1 on line %2: %3")
                                                         .arg(first.order, QString::number(first.line), first.reason);
            if (detail.endsWith(u'.'))
                detail.chop(1);
            if (parsed.issues.size() > 1)
                detail += u"; …"_s;
            const int skipped = static_cast<int>(parsed.issues.size());
            out = QCoreApplication::translate("OrdersExport", "%1 (%Ln skipped: %2).", nullptr, skipped)
                      .arg(imported, detail);
        }
    }
    return out;
}

} // namespace OrdersExport
