#include "Pricing.h"

#include "ImportedList.h"
#include "campaigns/AdReportImport.h"
#include "core/CsvReader.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Pricing
{

namespace
{
const QString kSetting = u"pricing.rules"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("Pricing", text);
}
} // namespace

QString endingKey(Ending e)
{
    switch (e) {
    case Ending::X95:
        return u"0.95"_s;
    case Ending::X99:
        return u"0.99"_s;
    case Ending::X00:
        return u"0.00"_s;
    case Ending::None:
        break;
    }
    return u"none"_s;
}

std::optional<Ending> endingFromKey(const QString& key)
{
    for (const Ending e : {Ending::None, Ending::X95, Ending::X99, Ending::X00})
        if (endingKey(e) == key)
            return e;
    return std::nullopt;
}

QString endingName(Ending e)
{
    const QChar point = QLocale().decimalPoint().at(0);
    switch (e) {
    case Ending::X95:
        return u"x"_s + point + u"95"_s;
    case Ending::X99:
        return u"x"_s + point + u"99"_s;
    case Ending::X00:
        return u"x"_s + point + u"00"_s;
    case Ending::None:
        break;
    }
    return tr("as computed");
}

QJsonObject toJson(const Rules& r)
{
    return {{u"margin_floor_pct"_s, r.marginFloorPct}, {u"ending"_s, endingKey(r.ending)},
        {u"max_step_pct"_s, r.maxStepPct}};
}

Rules fromJson(const QJsonObject& o)
{
    Rules r;
    r.marginFloorPct = o.value(u"margin_floor_pct").toDouble(r.marginFloorPct);
    r.ending = endingFromKey(o.value(u"ending").toString()).value_or(r.ending);
    r.maxStepPct = o.value(u"max_step_pct").toInt(r.maxStepPct);
    return r;
}

Rules load(const QSqlDatabase& db)
{
    return fromJson(QJsonDocument::fromJson(Settings::value(db, kSetting).toUtf8()).object());
}

void save(const QSqlDatabase& db, const Rules& rules)
{
    Settings::setValue(db, kSetting, Json::compact(toJson(rules)));
}

QString validate(const Rules& r)
{
    if (!(r.marginFloorPct >= 0 && r.marginFloorPct <= 90))
        return tr("The margin floor must be from 0 to 90 %.");
    if (r.maxStepPct < 1 || r.maxStepPct > 50)
        return tr("The largest step must be from 1 to 50 %.");
    return {};
}

qint64 rounded(qint64 cents, Ending ending, Direction direction)
{
    if (ending == Ending::None)
        return std::max<qint64>(cents, 1);
    const qint64 tail = ending == Ending::X95 ? 95 : ending == Ending::X99 ? 99 : 0;
    // Candidates are n × 100 + tail; the one at or below cents, and the next one up.
    qint64 below = (cents - tail) >= 0 ? ((cents - tail) / 100) * 100 + tail : tail - 100;
    qint64 above = below == cents ? below : below + 100;
    if (below <= 0)
        below = above;
    return direction == Direction::Up ? above : below;
}

qint64 floorPrice(qint64 costCents, double floorPct)
{
    if (costCents <= 0)
        return 0;
    const double share = 1.0 - floorPct / 100.0;
    return static_cast<qint64>(std::ceil(static_cast<double>(costCents) / share - 1e-9));
}

std::optional<Elasticity> elasticity(const std::vector<Week>& weeks, QString* why)
{
    // y = a + e·x + b·t over the weeks that sold (a week without a sale has no price paid).
    std::vector<std::array<double, 3>> rows;
    std::vector<double> y;
    for (size_t t = 0; t < weeks.size(); ++t) {
        if (weeks[t].units <= 0 || weeks[t].netCents <= 0)
            continue;
        rows.push_back({1.0, std::log(weeks[t].netCents / weeks[t].units), static_cast<double>(t)});
        y.push_back(std::log(weeks[t].units));
    }
    const int n = static_cast<int>(y.size());
    const auto fail = [why](const QString& text) -> std::optional<Elasticity> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (n < MinWeeks)
        return fail(QCoreApplication::translate("Pricing", "%n week(s) with sales; the response needs 8.", nullptr, n));
    double meanX = 0;
    for (const auto& r : rows)
        meanX += r[1] / n;
    double spread = 0;
    for (const auto& r : rows)
        spread += (r[1] - meanX) * (r[1] - meanX) / n;
    spread = std::sqrt(spread);
    if (spread < MinPriceSpread)
        return fail(tr("the price paid varied by %1 % (standard deviation); at least 2 % is needed to see how "
                       "sales respond to it.")
                        .arg(QLocale().toString(spread * 100, 'f', 1)));
    // Centred, the intercept separates from the price and the trend, and the 2 × 2 system of those two
    // is solved directly: e = (Stt·Sxy − Sxt·Sty) / D with D = Sxx·Stt − Sxt², var(e) = s²·Stt / D.
    double meanT = 0;
    double meanY = 0;
    for (int i = 0; i < n; ++i) {
        meanT += rows[static_cast<size_t>(i)][2] / n;
        meanY += y[static_cast<size_t>(i)] / n;
    }
    double sxx = 0, stt = 0, sxt = 0, sxy = 0, sty = 0;
    for (int i = 0; i < n; ++i) {
        const double dx = rows[static_cast<size_t>(i)][1] - meanX;
        const double dt = rows[static_cast<size_t>(i)][2] - meanT;
        const double dy = y[static_cast<size_t>(i)] - meanY;
        sxx += dx * dx;
        stt += dt * dt;
        sxt += dx * dt;
        sxy += dx * dy;
        sty += dt * dy;
    }
    const double det = sxx * stt - sxt * sxt;
    // The price moved (almost) in step with time: what it did cannot be told apart from the trend's.
    if (!(det > 1e-6 * sxx * stt))
        return fail(tr("the price paid moved in step with time, so its effect cannot be told apart."));
    const double e = (stt * sxy - sxt * sty) / det;
    const double b = (sxx * sty - sxt * sxy) / det;
    double rss = 0;
    for (int i = 0; i < n; ++i) {
        const double r = (y[static_cast<size_t>(i)] - meanY) - e * (rows[static_cast<size_t>(i)][1] - meanX)
            - b * (rows[static_cast<size_t>(i)][2] - meanT);
        rss += r * r;
    }
    const double se = std::sqrt(rss / (n - 3) * stt / det);
    // A perfect fit has no error to measure confidence by: it is not read as certainty.
    if (!std::isfinite(se) || se <= 0)
        return fail(tr("the weeks fit a line exactly, so the error of the response cannot be measured."));
    Elasticity out;
    out.value = e;
    out.se = se;
    out.weeks = n;
    out.priceSpread = spread;
    return out;
}

std::optional<qint64> parsePrice(const QString& text)
{
    QString t = text.trimmed();
    static const QRegularExpression kept(u"[^0-9.,\\-]"_s);
    t.remove(kept);
    if (t.isEmpty())
        return std::nullopt;
    // The decimal separator is the last '.' or ',' followed by one or two digits at the end.
    QChar decimal = u'.';
    const qsizetype dot = t.lastIndexOf(u'.');
    const qsizetype comma = t.lastIndexOf(u',');
    const qsizetype last = std::max(dot, comma);
    if (last >= 0 && t.size() - last - 1 >= 1 && t.size() - last - 1 <= 2)
        decimal = t.at(last);
    else if (last >= 0 && t.size() - last - 1 == 3 && t.left(last) != u"0")
        decimal = t.at(last) == u'.' ? u',' : u'.'; // "1.234" or "1,234": thousands ("0.001" is not)
    const auto value = AdReportImport::number(t, decimal);
    if (!value || *value <= 0)
        return std::nullopt;
    const qint64 cents = std::llround(*value * 100);
    return cents > 0 ? std::optional<qint64>(cents) : std::nullopt; // less than a cent is no price
}

ParsedList parseCompetitorPrices(const QByteArray& bytes)
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
    const int sku = column({u"sku", u"variant sku", u"artikelnummer"});
    const int competitor = column({u"competitor", u"shop", u"store", u"concurrent"});
    const int price = column({u"price", u"competitor price", u"prijs"});
    const int currency = column({u"currency", u"valuta"});
    const int date = column({u"date", u"seen", u"seen on", u"datum"});
    QStringList missing;
    if (sku < 0)
        missing << u"sku"_s;
    if (competitor < 0)
        missing << u"competitor"_s;
    if (price < 0)
        missing << u"price"_s;
    if (!missing.isEmpty()) {
        out.error = QCoreApplication::translate("Pricing",
            "The price list has no column %1. It needs the columns sku, competitor and price (currency and date "
            "are optional); its columns are: %2.")
                        .arg(missing.join(u", "_s), doc.header.join(u", "_s));
        return out;
    }
    if (!doc.error.isEmpty())
        out.warnings.append(doc.error);
    for (const Csv::Record& r : doc.records) {
        CompetitorPrice row;
        row.line = r.line;
        row.sku = doc.value(r, sku).trimmed();
        row.competitor = doc.value(r, competitor).trimmed();
        const QString priceText = doc.value(r, price);
        if (row.sku.isEmpty() || row.competitor.isEmpty()) {
            out.problems.append(
                QCoreApplication::translate("Pricing", "Line %1: no SKU or no competitor.").arg(r.line));
            continue;
        }
        const auto cents = parsePrice(priceText);
        if (!cents) {
            out.problems.append(
                QCoreApplication::translate("Pricing", "Line %1: “%2” is not a price.").arg(r.line).arg(priceText));
            continue;
        }
        row.priceCents = *cents;
        if (currency >= 0) {
            row.currency = doc.value(r, currency).trimmed().toUpper();
            static const QRegularExpression code(u"^[A-Z]{3}$"_s);
            if (!row.currency.isEmpty() && !code.match(row.currency).hasMatch()) {
                out.problems.append(QCoreApplication::translate("Pricing", "Line %1: “%2” is not a currency code.")
                                        .arg(r.line)
                                        .arg(row.currency));
                continue;
            }
        }
        if (date >= 0 && !doc.value(r, date).trimmed().isEmpty()) {
            const QString d = doc.value(r, date).trimmed();
            for (const QString& format : {u"yyyy-MM-dd"_s, u"dd-MM-yyyy"_s, u"d-M-yyyy"_s, u"dd/MM/yyyy"_s})
                if (row.seenOn = QDate::fromString(d, format); row.seenOn.isValid())
                    break;
            if (!row.seenOn.isValid()) {
                out.problems.append(QCoreApplication::translate("Pricing", "Line %1: “%2” is not a date (2026-11-30).")
                                        .arg(r.line)
                                        .arg(d));
                continue;
            }
        }
        out.rows.append(row);
    }
    if (out.rows.isEmpty() && out.error.isEmpty())
        out.error = out.problems.isEmpty() ? tr("The price list has no rows.")
                                           : tr("No row of the price list could be read.");
    return out;
}

Written write(
    const QSqlDatabase& db, const ParsedList& list, const QString& workspaceCurrency, const QDate& today, qint64 now)
{
    Written w;
    Sql::Prepared insert(db,
        u"INSERT INTO competitor_prices (sku, competitor, price_cents, currency, seen_on, imported_at) VALUES (?, ?, "
        u"?, ?, ?, ?) ON CONFLICT (sku, competitor) DO UPDATE SET price_cents = excluded.price_cents, currency = "
        u"excluded.currency, seen_on = excluded.seen_on, imported_at = excluded.imported_at"_s);
    QSet<QString> competitors;
    QSet<QString> unknown;
    for (const CompetitorPrice& row : list.rows) {
        insert.exec({row.sku, row.competitor, row.priceCents, row.currency.isEmpty() ? workspaceCurrency : row.currency,
            (row.seenOn.isValid() ? row.seenOn : today).toString(Qt::ISODate), now});
        competitors.insert(row.competitor);
        if (!unknown.contains(row.sku) && !ImportedList::inCatalog(db, row.sku))
            unknown.insert(row.sku);
        ++w.prices;
    }
    w.competitors = static_cast<int>(competitors.size());
    w.unknownSkus = static_cast<int>(unknown.size());
    return w;
}

QString summary(const ParsedList& list, const Written& w)
{
    QString text = QCoreApplication::translate("Pricing", "%n competitor price(s)", nullptr, w.prices) + u" "_s
        + QCoreApplication::translate("Pricing", "from %n competitor(s) imported.", nullptr, w.competitors);
    if (w.unknownSkus > 0)
        text += u" "_s
            + QCoreApplication::translate("Pricing",
                "%n SKU(s) are not in the catalog; their prices are kept for when they are.", nullptr, w.unknownSkus);
    return text + ImportedList::leftOut(list.problems);
}

ListState listState(const QSqlDatabase& db)
{
    ListState s;
    QSqlQuery q = Sql::exec(db, u"SELECT COUNT(*), COUNT(DISTINCT competitor), MAX(seen_on) FROM competitor_prices"_s);
    if (q.next()) {
        s.prices = q.value(0).toInt();
        s.competitors = q.value(1).toInt();
        s.newest = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return s;
}

} // namespace Pricing
