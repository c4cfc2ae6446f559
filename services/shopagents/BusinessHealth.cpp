#include "BusinessHealth.h"

#include "campaigns/DailySales.h"
#include "campaigns/ProductPnl.h"
#include "core/Json.h"
#include "core/Money.h"
#include "shopagents/DemandAgent.h"
#include "storage/Sql.h"
#include "storesync/Reorders.h"
#include "storesync/StockPool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace BusinessHealth
{

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString tr(const char* text)
{
    return QCoreApplication::translate("BusinessHealth", text);
}

QString money(double cents, const QString& currency)
{
    return Money::format(static_cast<qint64>(std::llround(cents)), currency);
}

QString aiMoney(double micros)
{
    return Money::format(static_cast<qint64>(std::llround(micros / 10'000.0)), u"USD"_s);
}

QString percent(double pct)
{
    return QLocale().toString(pct, 'f', 1) + u" %"_s;
}

QString ratio(double value)
{
    return QLocale().toString(value, 'f', 2);
}

// What AI calls were for, as people say it.
QString purposeName(const QString& role)
{
    if (role == u"write")
        return QCoreApplication::translate("BusinessHealth", "Writing");
    if (role == u"review")
        return QCoreApplication::translate("BusinessHealth", "Reviewing");
    if (role == u"image")
        return QCoreApplication::translate("BusinessHealth", "Images");
    if (role == u"test")
        return QCoreApplication::translate("BusinessHealth", "Provider tests");
    return QCoreApplication::translate("BusinessHealth", "Other");
}

Line needs(const QString& key, const std::optional<double>& goal, const QString& what, const QString& goalText)
{
    Line l;
    l.key = key;
    l.status = Status::NeedsData;
    l.goal = goal;
    l.goalText = goalText;
    l.actualText = what;
    return l;
}

void judge(Line& l, bool onTrack)
{
    l.status = !l.goal ? Status::NoGoal : (onTrack ? Status::OnTrack : Status::OffTrack);
}

struct Month
{
    QDate today;
    QDate first;
    QDate last;
};

Line revenue(const QSqlDatabase& db, const Month& m, const Goals::Set& goals)
{
    const std::optional<double> goal = goals.monthlyRevenueCents
        ? std::optional<double>(static_cast<double>(*goals.monthlyRevenueCents))
        : std::nullopt;
    const QDate from = std::min(m.first, m.today.addDays(-28));
    const DailySales::Figures f = DailySales::between(db, from, m.today);
    const QString goalText = goal ? money(*goal, f.currency) : QString();
    // Days with ad spend only are not sales: without a paid order there is nothing to measure.
    if (!Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM orders WHERE paid = 1)"_s).toBool())
        return needs(u"revenue"_s, goal, tr("Needs orders: connect a store or import an orders export."), goalText);
    double soFar = 0;
    double throughYesterday = 0;
    double weekday[8] = {}; // by Qt's day of the week, 1..7: the last 28 days' sum
    for (const DailySales::Day& d : f.days) {
        const auto cents = static_cast<double>(d.revenueCents);
        if (d.day >= m.first) {
            soFar += cents;
            if (d.day < m.today)
                throughYesterday += cents;
        }
        if (d.day >= m.today.addDays(-28) && d.day < m.today)
            weekday[d.day.dayOfWeek()] += cents;
    }
    double forecast = throughYesterday;
    for (QDate d = m.today; d <= m.last; d = d.addDays(1))
        forecast += weekday[d.dayOfWeek()] / 4.0;
    Line l;
    l.key = u"revenue"_s;
    l.value = soFar;
    l.forecast = forecast;
    l.goal = goal;
    l.actualText = money(soFar, f.currency);
    l.forecastText = money(forecast, f.currency);
    l.goalText = goalText;
    judge(l, goal && forecast >= *goal);
    if (l.status != Status::OffTrack)
        return l;
    l.reasons.append(QCoreApplication::translate(
        "BusinessHealth", "At the last 4 weeks' pace per weekday the month ends at %1, %2 short of the goal.")
                         .arg(money(forecast, f.currency), money(*goal - forecast, f.currency)));
    // The products whose sales fell most: the last 14 days against the 14 before.
    const ProductPnl::Figures recent = ProductPnl::between(db, m.today.addDays(-14), m.today.addDays(-1));
    const ProductPnl::Figures before = ProductPnl::between(db, m.today.addDays(-28), m.today.addDays(-15));
    QHash<QString, qint64> now;
    for (const ProductPnl::Row& r : recent.rows)
        now.insert(r.key, r.netSalesCents);
    QList<std::pair<qint64, const ProductPnl::Row*>> drops;
    for (const ProductPnl::Row& r : before.rows) {
        const qint64 drop = r.netSalesCents - now.value(r.key);
        if (drop > 0)
            drops.append({drop, &r});
    }
    std::sort(drops.begin(), drops.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, drops.size()); ++i) {
        const ProductPnl::Row& r = *drops.at(i).second;
        l.reasons.append(
            QCoreApplication::translate("BusinessHealth", "%1: %2 in the last 14 days, %3 in the 14 before")
                .arg(r.name, Money::format(now.value(r.key), f.currency), Money::format(r.netSalesCents, f.currency)));
    }
    return l;
}

Line margin(const QSqlDatabase& db, const Month& m, const Goals::Set& goals)
{
    const std::optional<double> goal = goals.grossMarginPct;
    const QString goalText = goal ? percent(*goal) : QString();
    // Per product: a margin over goods whose cost nobody entered would count them as free and flatter it.
    // The margin is that of the products whose every item sold has a cost; it is judged against the goal
    // only when those make most of the month's sales.
    const ProductPnl::Figures products = ProductPnl::between(db, m.first, m.today);
    qint64 sales = 0, costedSales = 0, costedProfit = 0;
    for (const ProductPnl::Row& r : products.rows) {
        sales += r.netSalesCents;
        if (r.units > 0 && r.costedUnits == r.units) {
            costedSales += r.netSalesCents;
            costedProfit += r.profitCents();
        }
    }
    if (sales <= 0)
        return needs(u"gross_margin"_s, goal, tr("No sales this month yet."), goalText);
    if (costedSales <= 0)
        return needs(u"gross_margin"_s, goal, tr("Needs product costs: add a cost to the products or their variants."),
            goalText);
    const double value = static_cast<double>(costedProfit) * 100.0 / static_cast<double>(costedSales);
    const double coverage = static_cast<double>(costedSales) * 100.0 / static_cast<double>(sales);
    const QString onThose = QCoreApplication::translate("BusinessHealth",
        "The products with a cost for every item sold make %1 of the month's sales; their margin is %2.")
                                .arg(percent(coverage), percent(value));
    if (coverage < MinCostCoveragePct) {
        Line l = needs(u"gross_margin"_s, goal,
            QCoreApplication::translate("BusinessHealth",
                "Needs product costs: those with a cost make %1 of the month's sales, and the margin is judged "
                "from %2.")
                .arg(percent(coverage), percent(MinCostCoveragePct)),
            goalText);
        l.reasons = {l.actualText, onThose};
        return l;
    }
    Line l;
    l.key = u"gross_margin"_s;
    l.value = value;
    l.goal = goal;
    l.actualText = percent(l.value);
    l.goalText = goalText;
    judge(l, goal && l.value >= *goal);
    if (costedSales < sales)
        l.reasons.append(onThose);
    if (l.status != Status::OffTrack)
        return l;
    // The products that pull the margin down: the lowest margins among those with at least 2 % of sales.
    QList<const ProductPnl::Row*> low;
    for (const ProductPnl::Row& r : products.rows)
        if (r.netSalesCents * 50 >= sales && r.netSalesCents > 0 && r.units > 0 && r.costedUnits == r.units)
            low.append(&r);
    const auto rate = [](const ProductPnl::Row* r) {
        return static_cast<double>(r->profitCents()) / static_cast<double>(r->netSalesCents);
    };
    std::sort(low.begin(), low.end(), [&](const auto* a, const auto* b) { return rate(a) < rate(b); });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, low.size()); ++i)
        l.reasons.append(QCoreApplication::translate("BusinessHealth", "%1: %2 margin on %3 of sales")
                             .arg(low.at(i)->name, percent(rate(low.at(i)) * 100),
                                 Money::format(low.at(i)->netSalesCents, products.currency)));
    return l;
}

Line roas(const QSqlDatabase& db, const Month& m, const Goals::Set& goals)
{
    const std::optional<double> goal = goals.roas;
    const QString goalText = goal ? ratio(*goal) : QString();
    if (!Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM ad_set_days)"_s).toBool())
        return needs(u"roas"_s, goal, tr("Needs an ad account: connect one in Settings → Connections."), goalText);
    const QVariantList month{m.first.toString(Qt::ISODate), m.today.toString(Qt::ISODate)};
    QSqlQuery total = Sql::exec(db,
        u"SELECT COALESCE(SUM(spend_cents), 0), COALESCE(SUM(value_cents), 0) FROM ad_set_days WHERE day >= ? AND "
        u"day <= ?"_s,
        month);
    total.next();
    const double spend = total.value(0).toDouble();
    const double value = total.value(1).toDouble();
    total.finish();
    if (spend <= 0)
        return needs(u"roas"_s, goal, tr("No ad spend this month yet."), goalText);
    Line l;
    l.key = u"roas"_s;
    l.value = value / spend;
    l.goal = goal;
    l.actualText = ratio(l.value);
    l.goalText = goalText;
    judge(l, goal && l.value >= *goal);
    if (l.status != Status::OffTrack)
        return l;
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(c.name, s.name), SUM(d.spend_cents) AS spend, SUM(d.value_cents), COALESCE(c.currency, "
        u"'EUR') FROM ad_set_days d JOIN ad_sets s ON s.id = d.ad_set_id LEFT JOIN campaigns c ON c.id = "
        u"s.campaign_id WHERE d.day >= ? AND d.day <= ? GROUP BY COALESCE(c.id, -s.id) HAVING spend > 0 ORDER BY "
        u"1.0 * SUM(d.value_cents) / SUM(d.spend_cents), spend DESC LIMIT 3"_s,
        month);
    while (q.next())
        l.reasons.append(QCoreApplication::translate("BusinessHealth", "%1: ROAS %2 on %3 of spend")
                             .arg(q.value(0).toString(), ratio(q.value(2).toDouble() / q.value(1).toDouble()),
                                 Money::format(q.value(1).toLongLong(), q.value(3).toString())));
    return l;
}

Line stockCover(const QSqlDatabase& db, const Month& m, const Goals::Set& goals)
{
    const std::optional<double> goal
        = goals.stockCoverDays ? std::optional<double>(*goals.stockCoverDays) : std::nullopt;
    const QString goalText
        = goal ? QCoreApplication::translate("BusinessHealth", "%n day(s)", nullptr, *goals.stockCoverDays) : QString();
    if (!Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM demand_forecasts)"_s).toBool())
        return needs(u"stock_cover"_s, goal,
            tr("Needs demand forecasts: Demand Forecast makes them once a variant has 8 weeks of sales."), goalText);
    struct Cover
    {
        QString sku;
        int days = 0; // DemandAgent::HorizonDays: at least that
    };
    QList<Cover> covers;
    {
        const QHash<QString, int> stock = StockPool::onHand(db);
        QSqlQuery q = Sql::exec(db, u"SELECT sku, forecast FROM demand_forecasts"_s);
        while (q.next()) {
            const auto onHand = stock.constFind(q.value(0).toString());
            if (onHand == stock.cend())
                continue;
            const QJsonArray values = Json::arrayFromString(q.value(1).toString());
            std::vector<double> forecast;
            forecast.reserve(static_cast<size_t>(values.size()));
            for (const QJsonValue& v : values)
                forecast.push_back(v.toDouble());
            if (DemandAgent::units(forecast, 28) <= 0)
                continue; // not selling: no cover to speak of
            const auto plan = DemandAgent::plan(forecast, 0, onHand.value(), 0, 0);
            covers.append({q.value(0).toString(), plan.runsOutInDays.value_or(DemandAgent::HorizonDays)});
        }
    }
    if (covers.isEmpty())
        return needs(u"stock_cover"_s, goal, tr("Needs stock levels: sync a store's stock."), goalText);
    std::sort(covers.begin(), covers.end(), [](const Cover& a, const Cover& b) { return a.days < b.days; });
    const int total = static_cast<int>(covers.size());
    Line l;
    l.key = u"stock_cover"_s;
    l.goal = goal;
    l.goalText = goalText;
    if (!goal) {
        const int median = covers.at(total / 2).days;
        l.value = median;
        l.actualText = QCoreApplication::translate("BusinessHealth", "median %n day(s) of stock", nullptr, median);
        judge(l, true);
        return l;
    }
    const int under = static_cast<int>(
        std::count_if(covers.cbegin(), covers.cend(), [&](const Cover& c) { return c.days < *goal; }));
    l.value = under;
    l.actualText = QCoreApplication::translate("BusinessHealth", "%1 of %n variant(s)", nullptr, total).arg(under);
    judge(l, under == 0);
    l.reasons.append(QCoreApplication::translate(
        "BusinessHealth", "Fewer days of stock than the goal: %1 of %n selling variant(s).", nullptr, total)
                         .arg(under));
    for (qsizetype i = 0; i < std::min<qsizetype>(3, under); ++i) {
        const Cover& c = covers.at(i);
        const auto owner = Reorders::ownerOf(db, c.sku);
        l.reasons.append(
            QCoreApplication::translate("BusinessHealth", "%1: %n day(s) of stock (runs out on %2)", nullptr, c.days)
                .arg(
                    owner ? owner->label() : c.sku, QLocale().toString(m.today.addDays(c.days), QLocale::ShortFormat)));
    }
    return l;
}

Line aiSpend(const QSqlDatabase& db, const Month& m, const Goals::Set& goals, qint64 now)
{
    const std::optional<double> goal
        = goals.aiSpendMicros ? std::optional<double>(static_cast<double>(*goals.aiSpendMicros)) : std::nullopt;
    const qint64 monthStart = m.first.startOfDay().toMSecsSinceEpoch();
    const AiPace pace = aiPace(db, m.first, now);
    const double spent = pace.spent;
    Line l;
    l.key = u"ai_spend"_s;
    l.value = spent;
    l.forecast = pace.forecast;
    l.goal = goal;
    l.actualText = aiMoney(spent);
    l.forecastText = aiMoney(*l.forecast);
    l.goalText = goal ? aiMoney(*goal) : QString();
    judge(l, goal && *l.forecast <= *goal);
    if (l.status != Status::OffTrack)
        return l;
    l.reasons.append(QCoreApplication::translate(
        "BusinessHealth", "At the last 7 days' pace (%1 a day) the month ends at %2, over the ceiling of %3.")
                         .arg(aiMoney(pace.daily), aiMoney(*l.forecast), aiMoney(*goal)));
    // By what the calls were for: "write:description" is writing, "review:faq" reviewing.
    QSqlQuery q = Sql::exec(db,
        u"SELECT substr(purpose, 1, instr(purpose || ':', ':') - 1) AS role, SUM(cost_micros) AS spent FROM "
        u"provider_calls WHERE at >= ? AND at <= ? GROUP BY role ORDER BY spent DESC LIMIT 3"_s,
        {monthStart, now});
    while (q.next())
        l.reasons.append(QCoreApplication::translate("BusinessHealth", "%1: %2 this month")
                             .arg(purposeName(q.value(0).toString()), aiMoney(q.value(1).toDouble())));
    return l;
}
} // namespace

AiPace aiPace(const QSqlDatabase& db, const QDate& monthFirst, qint64 now)
{
    const qint64 monthStart = monthFirst.startOfDay().toMSecsSinceEpoch();
    const qint64 monthEnd = monthFirst.addMonths(1).startOfDay().toMSecsSinceEpoch();
    AiPace p;
    p.spent = Sql::scalar(
        db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ? AND at <= ?"_s, {monthStart, now})
                  .toDouble();
    p.daily = Sql::scalar(db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at > ? AND at <= ?"_s,
                  {now - 7 * kDayMs, now})
                  .toDouble()
        / 7.0;
    p.forecast = p.spent + p.daily * static_cast<double>(std::max<qint64>(0, monthEnd - now)) / kDayMs;
    return p;
}

QString statusKey(Status s)
{
    switch (s) {
    case Status::OnTrack:
        return u"on_track"_s;
    case Status::OffTrack:
        return u"off_track"_s;
    case Status::NeedsData:
        return u"needs_data"_s;
    case Status::NoGoal:
        break;
    }
    return u"no_goal"_s;
}

Status statusFromKey(const QString& key)
{
    if (key == u"on_track")
        return Status::OnTrack;
    if (key == u"off_track")
        return Status::OffTrack;
    if (key == u"needs_data")
        return Status::NeedsData;
    return Status::NoGoal;
}

QString statusName(Status s)
{
    switch (s) {
    case Status::OnTrack:
        return QCoreApplication::translate("BusinessHealth", "On track");
    case Status::OffTrack:
        return QCoreApplication::translate("BusinessHealth", "Off track");
    case Status::NeedsData:
        return QCoreApplication::translate("BusinessHealth", "Needs data");
    case Status::NoGoal:
        break;
    }
    return QCoreApplication::translate("BusinessHealth", "No goal set");
}

QString lineName(const QString& key)
{
    if (key == u"revenue")
        return QCoreApplication::translate("BusinessHealth", "Revenue");
    if (key == u"gross_margin")
        return QCoreApplication::translate("BusinessHealth", "Gross margin");
    if (key == u"roas")
        return QCoreApplication::translate("BusinessHealth", "ROAS");
    if (key == u"stock_cover")
        return QCoreApplication::translate("BusinessHealth", "Stock cover");
    if (key == u"ai_spend")
        return QCoreApplication::translate("BusinessHealth", "AI spend");
    return key;
}

int Report::onTrack() const
{
    return static_cast<int>(
        std::count_if(lines.cbegin(), lines.cend(), [](const Line& l) { return l.status == Status::OnTrack; }));
}

int Report::withGoal() const
{
    return static_cast<int>(std::count_if(lines.cbegin(), lines.cend(), [](const Line& l) { return l.goal; }));
}

std::optional<Line> Report::line(const QString& key) const
{
    for (const Line& l : lines)
        if (l.key == key)
            return l;
    return std::nullopt;
}

QJsonObject toJson(const Report& r)
{
    QJsonArray lines;
    for (const Line& l : r.lines) {
        QJsonObject o{{u"key"_s, l.key}, {u"status"_s, statusKey(l.status)}, {u"value"_s, l.value},
            {u"actual"_s, l.actualText}, {u"forecast_text"_s, l.forecastText}, {u"goal_text"_s, l.goalText},
            {u"reasons"_s, Json::fromStringList(l.reasons)}};
        if (l.forecast)
            o.insert(u"forecast"_s, *l.forecast);
        if (l.goal)
            o.insert(u"goal"_s, *l.goal);
        lines.append(o);
    }
    return QJsonObject{{u"at"_s, r.at}, {u"first"_s, r.first.toString(Qt::ISODate)},
        {u"last"_s, r.last.toString(Qt::ISODate)}, {u"lines"_s, lines}};
}

Report fromJson(const QJsonObject& json)
{
    Report r;
    r.at = json.value(u"at").toInteger();
    r.first = QDate::fromString(json.value(u"first").toString(), Qt::ISODate);
    r.last = QDate::fromString(json.value(u"last").toString(), Qt::ISODate);
    for (const QJsonValue& v : json.value(u"lines").toArray()) {
        const QJsonObject o = v.toObject();
        Line l;
        l.key = o.value(u"key").toString();
        l.status = statusFromKey(o.value(u"status").toString());
        l.value = o.value(u"value").toDouble();
        if (o.contains(u"forecast"))
            l.forecast = o.value(u"forecast").toDouble();
        if (o.contains(u"goal"))
            l.goal = o.value(u"goal").toDouble();
        l.actualText = o.value(u"actual").toString();
        l.forecastText = o.value(u"forecast_text").toString();
        l.goalText = o.value(u"goal_text").toString();
        l.reasons = Json::toStringList(o.value(u"reasons").toArray());
        r.lines.append(l);
    }
    return r;
}

Report compute(const QSqlDatabase& db, const Goals::Set& goals, qint64 now)
{
    Month m;
    m.today = QDateTime::fromMSecsSinceEpoch(now).date();
    m.first = QDate(m.today.year(), m.today.month(), 1);
    m.last = m.first.addMonths(1).addDays(-1);
    Report r;
    r.at = now;
    r.first = m.first;
    r.last = m.last;
    r.lines = {revenue(db, m, goals), margin(db, m, goals), roas(db, m, goals), stockCover(db, m, goals),
        aiSpend(db, m, goals, now)};
    // Orders a day or more behind: the month's sales are not all in, so neither figure can be judged.
    if (const auto stale = DemandAgent::staleOrders(db, now)) {
        for (Line& l : r.lines) {
            if ((l.key == u"revenue" || l.key == u"gross_margin") && l.status != Status::NeedsData)
                l = needs(l.key, l.goal,
                    *stale + u" "_s + QCoreApplication::translate("BusinessHealth", "Sync the stores to measure it."),
                    l.goalText);
        }
    }
    return r;
}

void store(const QSqlDatabase& db, const Report& report)
{
    Sql::exec(
        db, u"INSERT INTO business_health (at, report) VALUES (?, ?)"_s, {report.at, Json::compact(toJson(report))});
    Sql::exec(db, u"DELETE FROM business_health WHERE at < ?"_s, {report.at - 90 * kDayMs});
}

std::optional<Report> stored(const QSqlDatabase& db)
{
    const QVariant text = Sql::scalar(db, u"SELECT report FROM business_health ORDER BY at DESC, id DESC LIMIT 1"_s);
    if (!text.isValid())
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(text.toString().toUtf8()).object());
}

} // namespace BusinessHealth
