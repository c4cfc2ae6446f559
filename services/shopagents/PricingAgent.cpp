#include "PricingAgent.h"

#include "DemandAgent.h"
#include "approvals/ApprovalDesk.h"
#include "core/Money.h"
#include "pipeline/ContentStore.h"
#include "storage/Sql.h"
#include "storesync/Reorders.h"
#include "storesync/SalesRollup.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Pricing");
const char* const kRole = QT_TRANSLATE_NOOP("AgentRoles",
    "Proposes prices per variant from the margin floor, the response of sales to price and competitors' prices");

QString percent(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals) + u" %"_s;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

double phi(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

using Pricing::Direction;
using Pricing::rounded;

// Whether the rounded price moves the way it should; the step it would take otherwise is too small.
std::optional<qint64> moved(qint64 from, qint64 to)
{
    return to != from && to > 0 ? std::optional<qint64>(to) : std::nullopt;
}
} // namespace

QString PricingAgent::reasonKey(Reason r)
{
    switch (r) {
    case Reason::MarginFloor:
        return u"margin_floor"_s;
    case Reason::Elastic:
        return u"elastic"_s;
    case Reason::Inelastic:
        return u"inelastic"_s;
    case Reason::CompetitorLower:
        return u"competitor_lower"_s;
    case Reason::CompetitorRaise:
        return u"competitor_raise"_s;
    }
    return {};
}

std::optional<PricingAgent::Decision> PricingAgent::decide(const Item& item, const Pricing::Rules& rules)
{
    if (item.priceCents <= 0 || item.costCents <= 0)
        return std::nullopt;
    const double p = static_cast<double>(item.priceCents);
    const double step = rules.maxStepPct / 100.0;
    const qint64 floor
        = rounded(Pricing::floorPrice(item.costCents, rules.marginFloorPct), rules.ending, Direction::Up);
    Decision d;
    d.unitsBefore = item.unitsLast * 30.0 / VelocityDays;
    d.response = Pricing::elasticity(item.weeks, &d.responseWhy);
    const auto finish = [&](Reason reason, qint64 price) -> std::optional<Decision> {
        d.reason = reason;
        d.priceCents = price;
        d.unitsAfter
            = d.response ? d.unitsBefore * std::pow(static_cast<double>(price) / p, d.response->value) : d.unitsBefore;
        // Only a move made on the measured response has a measured chance of being right: the chance
        // that the elasticity lies on the side of −1 it was read on. The floor and the competitors are
        // the owner's policy and another shop's price, not an estimate: a person weighs them.
        d.confidence = 0.5;
        if (reason == Reason::Elastic || reason == Reason::Inelastic)
            d.confidence = std::min(0.99, phi(std::abs(d.response->value + 1.0) / d.response->se));
        return d;
    };
    // 1. The floor, whatever the step: a price under the true floor goes up to the owner's ending above it.
    if (item.priceCents < Pricing::floorPrice(item.costCents, rules.marginFloorPct))
        return finish(Reason::MarginFloor, floor);
    // 2. The measured response, when its interval is on one side of −1.
    if (d.response) {
        const double e = d.response->value;
        const double hi = e + Pricing::Z95 * d.response->se;
        const double lo = e - Pricing::Z95 * d.response->se;
        if (hi < -1.0) {
            const double best = static_cast<double>(item.costCents) * e / (1.0 + e);
            if (p > best * (1 + OptimumBand)) {
                const double target = std::max(best, p * (1 - step));
                if (const auto to = moved(item.priceCents,
                        std::max(floor, rounded(static_cast<qint64>(std::ceil(target)), rules.ending, Direction::Up))))
                    if (*to < item.priceCents)
                        return finish(Reason::Elastic, *to);
            } else if (p < best * (1 - OptimumBand)) {
                const double target = std::min(best, p * (1 + step));
                if (const auto to = moved(item.priceCents,
                        rounded(static_cast<qint64>(std::floor(target)), rules.ending, Direction::Down)))
                    if (*to > item.priceCents)
                        return finish(Reason::Elastic, *to);
            }
            return std::nullopt;
        }
        if (lo > -1.0) {
            double target = p * (1 + step);
            if (item.competitorCents)
                target = std::min(target, static_cast<double>(*item.competitorCents) * CompetitorMargin);
            if (const auto to = moved(
                    item.priceCents, rounded(static_cast<qint64>(std::floor(target)), rules.ending, Direction::Down)))
                if (*to > item.priceCents)
                    return finish(Reason::Inelastic, *to);
            return std::nullopt;
        }
    }
    // 3. Competitors, with the trend of our own sales.
    if (!item.competitorCents)
        return std::nullopt;
    const double cheapest = static_cast<double>(*item.competitorCents);
    const bool trend = item.unitsPrevious >= MinUnits;
    const bool falling = trend && item.unitsLast < Falling * item.unitsPrevious;
    if (p > cheapest * CompetitorAbove && falling) {
        const double target = std::max(cheapest, p * (1 - step));
        if (const auto to = moved(item.priceCents,
                std::max(floor, rounded(static_cast<qint64>(std::ceil(target)), rules.ending, Direction::Up))))
            if (*to < item.priceCents)
                return finish(Reason::CompetitorLower, *to);
    }
    if (p < cheapest * CompetitorBelow && trend && !falling) {
        const double target = std::min(cheapest * CompetitorMargin, p * (1 + step));
        if (const auto to
            = moved(item.priceCents, rounded(static_cast<qint64>(std::floor(target)), rules.ending, Direction::Down)))
            if (*to > item.priceCents)
                return finish(Reason::CompetitorRaise, *to);
    }
    return std::nullopt;
}

Agent::Spec PricingAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(kName);
    s.cluster = u"product"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"products"_s, u"orders"_s, u"competitor_prices"_s, u"decisions"_s};
    s.proposes = {u"price_change"_s};
    s.intervalMs = 24 * 3'600'000LL;
    s.onNewOrders = true; // new sales change the trends it reads
    return s;
}

namespace
{
// The catalog's variants (and products without variants) that are for sale at their own price.
struct Catalog
{
    QList<PricingAgent::Item> items;
    int withoutCost = 0;
    int onSale = 0;
};

Catalog catalog(const QSqlDatabase& db, qint64 now)
{
    Catalog c;
    QSqlQuery q = Sql::exec(db,
        u"SELECT v.sku, v.product_id, v.price_cents, v.cost_cents, p.currency, v.sale_price_cents, v.sale_from, "
        u"v.sale_to FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.sku <> '' AND p.status = "
        u"'active' UNION ALL SELECT p.sku, p.id, p.price_cents, p.cost_cents, p.currency, NULL, NULL, NULL FROM "
        u"products p WHERE p.sku <> '' AND p.status = 'active' AND NOT EXISTS (SELECT 1 FROM product_variants v "
        u"WHERE v.product_id = p.id)"_s);
    QSet<QString> seen;
    while (q.next()) {
        PricingAgent::Item item;
        item.sku = q.value(0).toString();
        if (seen.contains(item.sku))
            continue;
        seen.insert(item.sku);
        item.productId = q.value(1).toLongLong();
        item.priceCents = q.value(2).toLongLong();
        item.currency = q.value(4).toString();
        if (q.value(3).isNull() || q.value(3).toLongLong() <= 0) {
            ++c.withoutCost;
            continue;
        }
        item.costCents = q.value(3).toLongLong();
        const bool saleNow = !q.value(5).isNull() && (q.value(6).isNull() || q.value(6).toLongLong() <= now)
            && (q.value(7).isNull() || q.value(7).toLongLong() > now);
        if (saleNow) {
            ++c.onSale;
            continue;
        }
        c.items.append(item);
    }
    return c;
}

// Sales per SKU in the product's currency: the two velocity windows and the weeks, from the rollup.
void readSales(const QSqlDatabase& db, qint64 today, QList<PricingAgent::Item>& items)
{
    QHash<std::pair<QString, QString>, PricingAgent::Item*> bySku;
    for (PricingAgent::Item& item : items) {
        bySku.insert({item.sku, item.currency}, &item);
        item.weeks.assign(PricingAgent::HistoryWeeks, Pricing::Week{});
    }
    const qint64 from = today - 7LL * PricingAgent::HistoryWeeks;
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.sku, k.shop_currency, d.day, SUM(d.units), SUM(d.net_micro) FROM sales_lines_daily d JOIN "
        u"sales_keys k ON k.id = d.key_id WHERE k.sku <> '' AND d.day >= ? AND d.day < ? GROUP BY k.sku, "
        u"k.shop_currency, d.day"_s,
        {from, today});
    while (q.next()) {
        PricingAgent::Item* item = bySku.value({q.value(0).toString(), q.value(1).toString()});
        if (!item)
            continue;
        const qint64 day = q.value(2).toLongLong();
        const int units = q.value(3).toInt();
        if (day >= today - PricingAgent::VelocityDays)
            item->unitsLast += units;
        else if (day >= today - 2 * PricingAgent::VelocityDays)
            item->unitsPrevious += units;
        Pricing::Week& w = item->weeks[static_cast<size_t>((day - from) / 7)];
        w.units += units;
        w.netCents += q.value(4).toDouble() / 1e6;
    }
}

void readCompetitors(const QSqlDatabase& db, const QDate& today, QList<PricingAgent::Item>& items)
{
    QHash<std::pair<QString, QString>, PricingAgent::Item*> bySku;
    for (PricingAgent::Item& item : items)
        bySku.insert({item.sku, item.currency}, &item);
    QSqlQuery q = Sql::exec(db,
        u"SELECT sku, currency, competitor, price_cents, seen_on FROM competitor_prices WHERE seen_on >= ? ORDER BY "
        u"price_cents, competitor"_s,
        {today.addDays(-PricingAgent::CompetitorMaxAgeDays).toString(Qt::ISODate)});
    while (q.next()) {
        PricingAgent::Item* item = bySku.value({q.value(0).toString(), q.value(1).toString()});
        if (!item || item->competitorCents)
            continue;
        item->competitor = q.value(2).toString();
        item->competitorCents = q.value(3).toLongLong();
        item->competitorSeen = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    }
}

QSet<QString> quietSkus(const QSqlDatabase& db, qint64 now)
{
    QSet<QString> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT json_extract(parameters, '$.sku') FROM action_proposals WHERE action_type = 'price_change' AND "
        u"(status = 'pending' OR COALESCE(decided_at, created_at) > ?)"_s,
        {now - qint64(PricingAgent::QuietDays) * 86'400'000LL});
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QString responseText(const PricingAgent::Decision& d)
{
    if (!d.response)
        return QCoreApplication::translate("PricingAgent",
            "How sales respond to the price could not be measured: %1 The effect assumes the same units "
            "sold, which overstates a raise and understates a cut.")
            .arg(d.responseWhy);
    return QCoreApplication::translate("PricingAgent",
        "Sales respond to the price paid with an elasticity of %1 ± %2 (95 %: %3 to %4), from %5 weeks of "
        "sales in which the price paid varied by %6.")
        .arg(number(d.response->value, 2), number(Pricing::Z95 * d.response->se, 2),
            number(d.response->value - Pricing::Z95 * d.response->se, 2),
            number(d.response->value + Pricing::Z95 * d.response->se, 2))
        .arg(d.response->weeks)
        .arg(percent(d.response->priceSpread * 100, 1));
}

void propose(const QSqlDatabase& db, const PricingAgent::Item& item, const PricingAgent::Decision& d,
    const Pricing::Rules& rules, qint64 now)
{
    using R = PricingAgent::Reason;
    const QString cur = item.currency;
    const auto money = [&cur](qint64 cents) { return Money::format(cents, cur); };
    const double change = (static_cast<double>(d.priceCents) / static_cast<double>(item.priceCents) - 1) * 100;
    const double marginBefore
        = 100.0 * static_cast<double>(item.priceCents - item.costCents) / static_cast<double>(item.priceCents);
    const double marginAfter
        = 100.0 * static_cast<double>(d.priceCents - item.costCents) / static_cast<double>(d.priceCents);
    ApprovalDesk::Proposal p;
    p.agent = QString::fromLatin1(PricingAgent::Name);
    p.actionType = ActionType::PriceChange;
    p.currency = cur;
    p.productId = item.productId;
    p.title = QCoreApplication::translate("PricingAgent", "%1: %2 → %3")
                  .arg(item.label, money(item.priceCents), money(d.priceCents));
    QString why;
    switch (d.reason) {
    case R::MarginFloor:
        why = QCoreApplication::translate(
            "PricingAgent", "At %1 the margin over the cost of %2 is %3, below the floor of %4.")
                  .arg(money(item.priceCents), money(item.costCents), percent(marginBefore, 1),
                      percent(rules.marginFloorPct));
        break;
    case R::Elastic:
        why = QCoreApplication::translate("PricingAgent",
            "Sales respond strongly to the price: the price that earns most over the cost of %1 is about %2 "
            "(cost × e / (1 + e)). This moves towards it by at most %3.")
                  .arg(money(item.costCents),
                      money(static_cast<qint64>(
                          static_cast<double>(item.costCents) * d.response->value / (1 + d.response->value))),
                      percent(rules.maxStepPct));
        break;
    case R::Inelastic:
        why = QCoreApplication::translate("PricingAgent",
            "Sales hardly respond to the price: a higher price earns more on almost the same units. This "
            "raises it by at most %1.")
                  .arg(percent(rules.maxStepPct));
        break;
    case R::CompetitorLower:
        why = QCoreApplication::translate("PricingAgent",
            "%1 sells it for %2 (seen %3), and units sold fell: %5 in the last %6 days against %4 in the %6 "
            "before.")
                  .arg(item.competitor, money(*item.competitorCents),
                      QLocale().toString(item.competitorSeen, QLocale::ShortFormat))
                  .arg(item.unitsPrevious)
                  .arg(item.unitsLast)
                  .arg(PricingAgent::VelocityDays);
        break;
    case R::CompetitorRaise:
        why = QCoreApplication::translate("PricingAgent",
            "The cheapest competitor, %1, asks %2 (seen %3), and units sold did not fall: %4 in the last %6 "
            "days against %5 in the %6 before.")
                  .arg(item.competitor, money(*item.competitorCents),
                      QLocale().toString(item.competitorSeen, QLocale::ShortFormat))
                  .arg(item.unitsLast)
                  .arg(item.unitsPrevious)
                  .arg(PricingAgent::VelocityDays);
        break;
    }
    p.description = why + u" "_s
        + QCoreApplication::translate("PricingAgent", "The margin goes from %1 to %2.")
              .arg(percent(marginBefore, 1), percent(marginAfter, 1));
    const double revenueBefore = d.unitsBefore * static_cast<double>(item.priceCents);
    const double revenueAfter = d.unitsAfter * static_cast<double>(d.priceCents);
    const double profitChange = d.unitsAfter * static_cast<double>(d.priceCents - item.costCents)
        - d.unitsBefore * static_cast<double>(item.priceCents - item.costCents);
    p.reasoning = QStringList{why, responseText(d),
        QCoreApplication::translate("PricingAgent",
            "Over 30 days at the pace of the last %1 days: %2 units at %3 now, %4 units at %5 after; revenue %6 → "
            "%7, gross profit %8%9.")
            .arg(PricingAgent::VelocityDays)
            .arg(number(d.unitsBefore, 1), money(item.priceCents), number(d.unitsAfter, 1), money(d.priceCents),
                money(std::llround(revenueBefore)), money(std::llround(revenueAfter)),
                profitChange >= 0 ? u"+"_s : QString(), money(std::llround(profitChange))),
        QCoreApplication::translate(
            "PricingAgent", "Prices end as the pricing rules say (%1); the floor is %2 over cost.")
            .arg(Pricing::endingName(rules.ending), percent(rules.marginFloorPct))}
                      .join(u"\n"_s);
    const int weeks = PricingAgent::HistoryWeeks; // lupdate drops a translate() whose arguments name a scope
    const QString weekly = QCoreApplication::translate(
        "PricingAgent", "units and prices paid per week, %n week(s), every store", nullptr, weeks);
    p.dataSources
        = {QCoreApplication::translate("PricingAgent", "the catalog's price and cost of the variant"), weekly};
    if (item.competitorCents)
        p.dataSources.append(
            QCoreApplication::translate("PricingAgent", "the competitor price list (Settings → Pricing)"));
    p.confidence = d.confidence;
    p.estRevenueCents = std::llround(revenueAfter - revenueBefore);
    const auto unitsAt = [&](qint64 price) {
        return d.response ? d.unitsBefore
                * std::pow(static_cast<double>(price) / static_cast<double>(item.priceCents), d.response->value)
                          : d.unitsBefore;
    };
    const auto signedMoney
        = [&money](qint64 cents) -> QString { return (cents > 0 ? u"+"_s : QString()) + money(cents); };
    QJsonArray alternatives;
    // Half the step, ending as the owner's prices do (rounded towards today's price).
    const qint64 half = Pricing::rounded(item.priceCents + (d.priceCents - item.priceCents) / 2, rules.ending,
        d.priceCents > item.priceCents ? Pricing::Direction::Down : Pricing::Direction::Up);
    if ((half - item.priceCents) * (d.priceCents - half) > 0 && d.reason != R::MarginFloor)
        alternatives.append(QJsonObject{
            {u"description"_s, QCoreApplication::translate("PricingAgent", "Half the step: %1").arg(money(half))},
            {u"pros"_s,
                QJsonArray{QCoreApplication::translate("PricingAgent", "a smaller risk if the estimate is off")}},
            {u"cons"_s, QJsonArray{QCoreApplication::translate("PricingAgent", "half the effect")}},
            // The same measure as the estimate: revenue over 30 days against today's, at the response measured.
            {u"impact"_s, signedMoney(std::llround(unitsAt(half) * static_cast<double>(half) - revenueBefore))}});
    alternatives.append(QJsonObject{
        {u"description"_s, QCoreApplication::translate("PricingAgent", "Keep %1").arg(money(item.priceCents))},
        {u"pros"_s, QJsonArray{QCoreApplication::translate("PricingAgent", "nothing changes for customers")}},
        {u"cons"_s,
            QJsonArray{d.reason == R::MarginFloor
                    ? QCoreApplication::translate("PricingAgent", "each sale keeps earning less than the floor")
                    : QCoreApplication::translate("PricingAgent", "the expected gain is not made")}},
        {u"impact"_s, money(0)}});
    p.alternatives = alternatives;
    QJsonObject params{{u"sku"_s, item.sku}, {u"new_price"_s, Money::toDecimalString(d.priceCents)},
        {u"old_price"_s, Money::toDecimalString(item.priceCents)}, {u"currency"_s, cur},
        {u"reason"_s, PricingAgent::reasonKey(d.reason)}, {u"cost"_s, Money::toDecimalString(item.costCents)},
        {u"margin_floor_pct"_s, rules.marginFloorPct}, {u"units_last"_s, item.unitsLast},
        {u"units_previous"_s, item.unitsPrevious}, {u"change_pct"_s, std::round(change * 10) / 10}};
    if (d.response) {
        params.insert(u"elasticity"_s, std::round(d.response->value * 1000) / 1000);
        params.insert(u"elasticity_se"_s, std::round(d.response->se * 1000) / 1000);
        params.insert(u"weeks"_s, d.response->weeks);
    }
    if (item.competitorCents) {
        params.insert(u"competitor"_s, item.competitor);
        params.insert(u"competitor_price"_s, Money::toDecimalString(*item.competitorCents));
        params.insert(u"competitor_seen"_s, item.competitorSeen.toString(Qt::ISODate));
    }
    // Words that state today's price contradict the new one until they are rewritten: said before deciding.
    const QList<ContentStore::Mention> stated
        = ContentStore::priceStated(db, item.productId, item.sku, item.priceCents);
    if (!stated.isEmpty()) {
        int places = 0;
        for (const ContentStore::Mention& m : stated)
            places += m.places;
        const QString list = ContentStore::piecesText(stated);
        params.insert(u"price_stated_in"_s, list);
        p.riskFactors.append(QCoreApplication::translate("PricingAgent",
            "Today's price, %2, is written in %n place(s) of its content (%1), which the new price makes wrong. "
            "Approving has them checked again: written pieces at once; words already in a store by the SEO agent, "
            "once the new price is published.",
            nullptr, places)
                                 .arg(list, money(item.priceCents)));
    }
    p.parameters = params;
    ApprovalDesk::propose(db, p, QString(), now);
}
} // namespace

Agent::Outcome PricingAgent::run(const QSqlDatabase& db, qint64 now) const
{
    Catalog c = catalog(db, now);
    if (c.items.isEmpty()) {
        if (c.withoutCost > 0)
            return Outcome::needs(QCoreApplication::translate("PricingAgent",
                "Needs the cost of the products to price above a margin: %n variant(s) have a price but no cost. Add "
                "the cost in the catalog import or on the product.",
                nullptr, c.withoutCost));
        return Outcome::needs(QCoreApplication::translate("PricingAgent",
            "Needs products with a price and a cost: import the catalog (Pipeline → Import CSV…) or add a product."));
    }
    if (const auto stale = DemandAgent::staleOrders(db, now))
        return Outcome::needs(
            *stale + u" "_s + QCoreApplication::translate("PricingAgent", "Sync the stores, then it prices."));
    const Pricing::Rules rules = Pricing::load(db);
    const qint64 today = SalesRollup::localDay(now);
    readSales(db, today, c.items);
    readCompetitors(db, QDate::fromJulianDay(today), c.items);
    const QSet<QString> quiet = quietSkus(db, now);
    int proposed = 0;
    int competitors = 0;
    for (PricingAgent::Item& item : c.items) {
        if (item.competitorCents)
            ++competitors;
        if (quiet.contains(item.sku))
            continue;
        const auto d = decide(item, rules);
        if (!d)
            continue;
        if (const auto owner = Reorders::ownerOf(db, item.sku))
            item.label = owner->label();
        else
            item.label = item.sku;
        propose(db, item, *d, rules, now);
        ++proposed;
    }
    const int checked = static_cast<int>(c.items.size());
    QString note = QCoreApplication::translate("PricingAgent", "Checked %n variant(s)", nullptr, checked) + u" ("_s
        + QCoreApplication::translate("PricingAgent", "%n with competitor prices", nullptr, competitors) + u")"_s;
    if (c.withoutCost > 0)
        note += u"; "_s
            + QCoreApplication::translate("PricingAgent", "%n without a cost left out", nullptr, c.withoutCost);
    if (c.onSale > 0)
        note += u"; "_s + QCoreApplication::translate("PricingAgent", "%n on sale left alone", nullptr, c.onSale);
    note += u"; "_s + QCoreApplication::translate("PricingAgent", "proposed %n price change(s).", nullptr, proposed);
    return Outcome::done(note, proposed);
}
