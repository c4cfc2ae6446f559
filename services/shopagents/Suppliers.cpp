#include "Suppliers.h"

#include "ImportedList.h"
#include "Pricing.h"
#include "core/CsvReader.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Suppliers
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Suppliers", text);
}

// "2.5", "2,5 %", "4.6/5", "4.6 / 5": a number with either decimal separator, and a per cent or "out of
// five" after it; nothing else ("2 weeks" is not a number of days).
std::optional<double> number(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(-?[0-9]+(?:[.,][0-9]+)?)\\s*(?:%|/\\s*5)?\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = m.captured(1).replace(u',', u'.').toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// "14", "14 days", "14 dagen", "1,000", "1.000" (thousands): a whole number of days or units.
std::optional<int> whole(const QString& text)
{
    static const QRegularExpression count(
        u"^\\s*([0-9]{1,3}(?:[.,][0-9]{3})+|[0-9]+)\\s*(?:days?|dagen|dag|d|units?|pcs|stuks?)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = count.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int v = m.captured(1).remove(u',').remove(u'.').toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<bool> yesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"no" || t == u"nee" || t == u"n" || t == u"0" || t == u"false" || t == u"onwaar")
        return false;
    if (t == u"yes" || t == u"ja" || t == u"y" || t == u"j" || t == u"1" || t == u"true" || t == u"waar" || t == u"x")
        return true;
    return std::nullopt;
}
} // namespace

ParsedList parse(const QByteArray& bytes)
{
    ParsedList out;
    const Csv::Document doc = Csv::parse(bytes);
    out.warnings = doc.warnings;
    if (!doc.error.isEmpty() && doc.records.isEmpty()) {
        out.error = doc.error;
        return out;
    }
    const auto column = [&doc](std::initializer_list<const char16_t*> names) {
        for (const char16_t* name : names)
            if (const int c = doc.column(QString::fromUtf16(name)); c >= 0)
                return c;
        return -1;
    };
    const int supplier = column({u"supplier", u"vendor", u"leverancier"});
    const int sku = column({u"sku", u"variant sku", u"artikelnummer"});
    const int cost = column({u"unit cost", u"cost", u"unit price", u"price", u"inkoopprijs", u"kostprijs"});
    const int lead = column({u"lead time", u"lead time (days)", u"lead time days", u"lead days", u"levertijd",
        u"levertijd (dagen)", u"levertijd dagen"});
    const int currency = column({u"currency", u"valuta"});
    const int defects = column({u"defect rate", u"defect rate (%)", u"defects", u"return rate", u"returns", u"defect %",
        u"uitval", u"retourpercentage"});
    const int rating = column({u"rating", u"rating (0-5)", u"rating (0–5)", u"score", u"beoordeling"});
    const int country = column({u"country", u"land"});
    const int minOrder = column({u"min order", u"minimum order", u"moq", u"min order units", u"minimale bestelling"});
    const int ref = column({u"supplier id", u"vendor id", u"leverancier id", u"leveranciersnummer"});
    const int current = column({u"current", u"in use", u"huidig", u"huidige leverancier"});
    QStringList missing;
    if (supplier < 0)
        missing << u"supplier"_s;
    if (sku < 0)
        missing << u"sku"_s;
    if (cost < 0)
        missing << u"unit cost"_s;
    if (lead < 0)
        missing << u"lead time"_s;
    if (!missing.isEmpty()) {
        out.error = tr("The supplier list has no column %1. It needs the columns supplier, sku, unit cost and lead "
                       "time (days); defect rate, rating, country, min order, currency, supplier id and current are "
                       "optional. Its columns are: %2.")
                        .arg(missing.join(u", "_s), doc.header.join(u", "_s));
        return out;
    }
    if (!doc.error.isEmpty())
        out.warnings.append(doc.error);
    for (const auto& [index, key] : {std::pair{defects, u"defect_pct"}, {rating, u"rating"}, {country, u"country"},
             {minOrder, u"min_order_units"}, {ref, u"supplier_ref"}, {current, u"current"}})
        if (index >= 0)
            out.optionalColumns.append(QString::fromUtf16(key));
    QSet<std::pair<QString, QString>> seen;
    for (const Csv::Record& r : doc.records) {
        Quote q;
        q.line = r.line;
        q.supplier = doc.value(r, supplier).trimmed();
        q.sku = doc.value(r, sku).trimmed();
        const auto problem = [&](const QString& what) { out.problems.append(tr("Line %1: %2").arg(r.line).arg(what)); };
        if (q.supplier.isEmpty() || q.sku.isEmpty()) {
            problem(tr("no supplier or no SKU."));
            continue;
        }
        if (seen.contains({q.supplier, q.sku})) {
            problem(tr("%1 quotes %2 twice; the first is kept.").arg(q.supplier, q.sku));
            continue;
        }
        const QString costText = doc.value(r, cost);
        const auto cents = Pricing::parsePrice(costText);
        if (!cents || *cents <= 0) {
            problem(tr("“%1” is not a unit cost.").arg(costText));
            continue;
        }
        q.unitCostCents = *cents;
        const QString leadText = doc.value(r, lead);
        const auto days = whole(leadText);
        if (!days || *days < 1 || *days > 365) {
            problem(tr("“%1” is not a lead time in days (1 to 365).").arg(leadText));
            continue;
        }
        q.leadDays = *days;
        if (currency >= 0) {
            q.currency = doc.value(r, currency).trimmed().toUpper();
            static const QRegularExpression code(u"^[A-Z]{3}$"_s);
            if (!q.currency.isEmpty() && !code.match(q.currency).hasMatch()) {
                problem(tr("“%1” is not a currency code.").arg(q.currency));
                continue;
            }
        }
        if (const QString t = defects >= 0 ? doc.value(r, defects).trimmed() : QString(); !t.isEmpty()) {
            const auto pct = number(t);
            if (!pct || *pct < 0 || *pct > 100) {
                problem(tr("“%1” is not a defect rate (0 to 100 %).").arg(t));
                continue;
            }
            q.defectPct = *pct;
        }
        if (const QString t = rating >= 0 ? doc.value(r, rating).trimmed() : QString(); !t.isEmpty()) {
            const auto stars = number(t);
            if (!stars || *stars < 0 || *stars > 5) {
                problem(tr("“%1” is not a rating from 0 to 5.").arg(t));
                continue;
            }
            q.rating = *stars;
        }
        if (const QString t = minOrder >= 0 ? doc.value(r, minOrder).trimmed() : QString(); !t.isEmpty()) {
            const auto units = whole(t);
            if (!units || *units < 1) {
                problem(tr("“%1” is not a minimum order in units.").arg(t));
                continue;
            }
            q.minOrderUnits = *units;
        }
        if (current >= 0) {
            const QString t = doc.value(r, current);
            const auto yes = yesNo(t);
            if (!yes) {
                problem(tr("“%1” in the column current is not yes or no.").arg(t));
                continue;
            }
            q.current = *yes;
        }
        q.country = country >= 0 ? doc.value(r, country).trimmed() : QString();
        q.ref = ref >= 0 ? doc.value(r, ref).trimmed() : QString();
        seen.insert({q.supplier, q.sku});
        out.rows.append(q);
    }
    if (out.rows.isEmpty() && out.error.isEmpty())
        out.error = out.problems.isEmpty() ? tr("The supplier list has no rows.")
                                           : tr("No row of the supplier list could be read.");
    return out;
}

Written write(const QSqlDatabase& db, const ParsedList& list, const QString& workspaceCurrency, qint64 now)
{
    Written w;
    // A figure the list has no column for keeps what an earlier list said (a new row has none).
    QStringList updates{u"unit_cost_cents = excluded.unit_cost_cents"_s, u"currency = excluded.currency"_s,
        u"lead_days = excluded.lead_days"_s, u"imported_at = excluded.imported_at"_s};
    for (const QString& column : list.optionalColumns)
        updates.append(u"%1 = excluded.%1"_s.arg(column));
    Sql::Prepared insert(db,
        u"INSERT INTO supplier_quotes (supplier, sku, unit_cost_cents, currency, lead_days, defect_pct, rating, "
        u"country, min_order_units, supplier_ref, current, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (supplier, sku) DO UPDATE SET "_s
            + updates.join(u", "_s));
    QSet<QString> suppliers;
    QSet<QString> unknown;
    // A typed NULL where the list leaves the figure out.
    const auto orNull = [](const auto& value) {
        using T = typename std::decay_t<decltype(value)>::value_type;
        return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
    };
    for (const Quote& q : list.rows) {
        insert.exec({q.supplier, q.sku, q.unitCostCents, q.currency.isEmpty() ? workspaceCurrency : q.currency,
            q.leadDays, orNull(q.defectPct), orNull(q.rating), q.country, orNull(q.minOrderUnits), q.ref,
            q.current ? 1 : 0, now});
        suppliers.insert(q.supplier);
        if (!unknown.contains(q.sku) && !ImportedList::inCatalog(db, q.sku))
            unknown.insert(q.sku);
        ++w.quotes;
    }
    w.suppliers = static_cast<int>(suppliers.size());
    w.unknownSkus = static_cast<int>(unknown.size());
    return w;
}

QString summary(const ParsedList& list, const Written& w)
{
    QString text = QCoreApplication::translate("Suppliers", "%n quote(s)", nullptr, w.quotes) + u" "_s
        + QCoreApplication::translate("Suppliers", "from %n supplier(s) imported.", nullptr, w.suppliers);
    if (w.unknownSkus > 0)
        text += u" "_s
            + QCoreApplication::translate("Suppliers",
                "%n SKU(s) are not in the catalog; their quotes are kept for when they are.", nullptr, w.unknownSkus);
    return text + ImportedList::leftOut(list.problems);
}

ListState listState(const QSqlDatabase& db)
{
    ListState s;
    QSqlQuery q = Sql::exec(db,
        u"SELECT COUNT(*), COUNT(DISTINCT supplier), COUNT(DISTINCT sku), COALESCE(MAX(imported_at), 0) FROM "
        u"supplier_quotes"_s);
    if (q.next()) {
        s.quotes = q.value(0).toInt();
        s.suppliers = q.value(1).toInt();
        s.skus = q.value(2).toInt();
        s.importedAt = q.value(3).toLongLong();
    }
    s.withoutCurrent = Sql::scalar(
        db, u"SELECT COUNT(*) FROM (SELECT sku FROM supplier_quotes GROUP BY sku HAVING MAX(current) = 0) AS s"_s)
                           .toInt();
    return s;
}

QList<Quote> quotes(const QSqlDatabase& db)
{
    QList<Quote> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT supplier, sku, unit_cost_cents, currency, lead_days, defect_pct, rating, country, min_order_units, "
        u"supplier_ref, current FROM supplier_quotes ORDER BY supplier, sku"_s);
    while (q.next()) {
        Quote row;
        row.supplier = q.value(0).toString();
        row.sku = q.value(1).toString();
        row.unitCostCents = q.value(2).toLongLong();
        row.currency = q.value(3).toString();
        row.leadDays = q.value(4).toInt();
        if (!q.value(5).isNull())
            row.defectPct = q.value(5).toDouble();
        if (!q.value(6).isNull())
            row.rating = q.value(6).toDouble();
        row.country = q.value(7).toString();
        if (!q.value(8).isNull())
            row.minOrderUnits = q.value(8).toInt();
        row.ref = q.value(9).toString();
        row.current = q.value(10).toInt() != 0;
        out.append(row);
    }
    return out;
}

int makeCurrent(const QSqlDatabase& db, const QString& supplier, const QStringList& skus)
{
    int n = 0;
    Sql::Prepared update(db, u"UPDATE supplier_quotes SET current = 1 WHERE supplier = ? AND sku = ?"_s);
    for (const QString& sku : skus)
        n += update.exec({supplier, sku}).numRowsAffected() > 0 ? 1 : 0;
    return n;
}

} // namespace Suppliers
