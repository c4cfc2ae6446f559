#include "ScoutAgent.h"

#include "DemandAgent.h"
#include "Pricing.h"
#include "approvals/ApprovalDesk.h"
#include "campaigns/ProductPnl.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Scout");
const char* const kRole
    = QT_TRANSLATE_NOOP("AgentRoles", "Ranks products by momentum and proposes featuring, retiring and bundling");
constexpr qint64 kDay = 86'400'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("ScoutAgent", text);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0) + u" %"_s;
}

// A proposal of the kind for the product waits, or one was decided in the last 30 days.
bool quiet(const QSqlDatabase& db, ActionType type, qint64 productId, qint64 now)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = ? AND product_id = ? AND (status = "
        u"'pending' OR COALESCE(decided_at, 0) > ?))"_s,
        {ActionTypes::key(type), productId, now - 30 * kDay})
        .toBool();
}

struct Facts
{
    QString name;
    QString sku;
    QString category;
    QString currency;
    qint64 priceCents = 0;
    std::optional<qint64> costCents;
};

QHash<qint64, Facts> catalog(const QSqlDatabase& db)
{
    QHash<qint64, Facts> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, name, sku, category, currency, price_cents, cost_cents FROM products WHERE archived_at IS NULL"_s);
    while (q.next())
        out.insert(q.value(0).toLongLong(),
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toLongLong(),
                q.value(6).isNull() ? std::nullopt : std::optional<qint64>(q.value(6).toLongLong())});
    return out;
}

QList<ScoutAgent::Pair> pairs(const QSqlDatabase& db, qint64 now, const QHash<qint64, Facts>& products)
{
    QHash<QString, qint64> bySku;
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        if (!it.value().sku.isEmpty())
            bySku.insert(it.value().sku, it.key());
    QSqlQuery v = Sql::exec(db, u"SELECT sku, product_id FROM product_variants WHERE sku <> ''"_s);
    while (v.next())
        if (products.contains(v.value(1).toLongLong()))
            bySku.insert(v.value(0).toString(), v.value(1).toLongLong());
    QSqlQuery q = Sql::exec(db,
        u"SELECT l.order_id, l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.paid = 1 AND "
        u"o.created_at >= ? AND l.sku <> '' ORDER BY l.order_id"_s,
        {now - ScoutAgent::BundleDays * kDay});
    QHash<qint64, int> withProduct;
    QHash<QPair<qint64, qint64>, int> together;
    int orders = 0;
    qint64 current = -1;
    QSet<qint64> basket;
    const auto close = [&] {
        if (basket.isEmpty())
            return;
        ++orders;
        QList<qint64> ids(basket.cbegin(), basket.cend());
        std::sort(ids.begin(), ids.end());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            ++withProduct[ids.at(i)];
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                ++together[{ids.at(i), ids.at(j)}];
        }
        basket.clear();
    };
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            close();
            current = q.value(0).toLongLong();
        }
        if (const qint64 id = bySku.value(q.value(1).toString()); id > 0)
            basket.insert(id);
    }
    close();
    QList<ScoutAgent::Pair> out;
    for (auto it = together.cbegin(); it != together.cend(); ++it) {
        ScoutAgent::Pair p{it.key().first, it.key().second, it.value(), withProduct.value(it.key().first),
            withProduct.value(it.key().second), orders};
        if (p.together >= ScoutAgent::MinPairOrders && p.lift() >= ScoutAgent::MinLift)
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const ScoutAgent::Pair& a, const ScoutAgent::Pair& b) {
        return a.together != b.together ? a.together > b.together : a.lift() > b.lift();
    });
    return out;
}
} // namespace

double ScoutAgent::binomialUpper(qint64 k, qint64 n)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    // Summed in log space: n may be thousands of units.
    const double logHalf = std::log(0.5) * static_cast<double>(n);
    const double logN = std::lgamma(static_cast<double>(n) + 1);
    double sum = 0;
    for (qint64 i = k; i <= n; ++i)
        sum += std::exp(
            logN - std::lgamma(static_cast<double>(i) + 1) - std::lgamma(static_cast<double>(n - i) + 1) + logHalf);
    return std::clamp(sum, 0.0, 1.0);
}

double ScoutAgent::Momentum::change() const
{
    if (unitsBefore == 0)
        return unitsNow > 0 ? 10.0 : 0.0;
    return static_cast<double>(unitsNow - unitsBefore) / static_cast<double>(unitsBefore);
}

std::optional<double> ScoutAgent::Momentum::margin() const
{
    if (netNow <= 0 || static_cast<double>(costedNow) < 0.8 * static_cast<double>(unitsNow))
        return std::nullopt;
    return static_cast<double>(profitNow) / static_cast<double>(netNow);
}

double ScoutAgent::Momentum::refundShare() const
{
    return netNow > 0 ? static_cast<double>(refundNow) / static_cast<double>(netNow) : 0.0;
}

double ScoutAgent::Momentum::chanceRose() const
{
    return 1.0 - binomialUpper(unitsNow, unitsNow + unitsBefore);
}

double ScoutAgent::Momentum::chanceFell() const
{
    return 1.0 - binomialUpper(unitsBefore, unitsNow + unitsBefore);
}

double ScoutAgent::Pair::lift() const
{
    return withA > 0 && withB > 0
        ? static_cast<double>(together) * orders / (static_cast<double>(withA) * static_cast<double>(withB))
        : 0.0;
}

ScoutAgent::Reading ScoutAgent::read(const QSqlDatabase& db, qint64 now)
{
    Reading r;
    r.last = QDateTime::fromMSecsSinceEpoch(now).date().addDays(-1);
    r.first = r.last.addDays(-(Window - 1));
    const QHash<qint64, Facts> products = catalog(db);
    QHash<qint64, Momentum> by;
    qint64 net = 0;
    qint64 profit = 0;
    const auto add = [&](const ProductPnl::Figures& f, bool nowWindow) {
        for (const ProductPnl::Row& row : f.rows) {
            if (!products.contains(row.productId))
                continue;
            Momentum& m = by[row.productId];
            m.productId = row.productId;
            m.name = products.value(row.productId).name;
            m.sku = products.value(row.productId).sku;
            if (!nowWindow) {
                m.unitsBefore = row.units;
                continue;
            }
            m.unitsNow = row.units;
            m.costedNow = row.costedUnits;
            m.netNow = row.netSalesCents;
            m.refundNow = row.refundCents;
            m.profitNow = row.profitCents();
            if (row.costedUnits == row.units) {
                net += row.netSalesCents;
                profit += row.profitCents();
            }
        }
    };
    add(ProductPnl::between(db, r.first, r.last), true);
    add(ProductPnl::between(db, r.first.addDays(-Window), r.first.addDays(-1)), false);
    if (net > 0)
        r.catalogMargin = static_cast<double>(profit) / static_cast<double>(net);
    r.products = by.values();
    std::sort(r.products.begin(), r.products.end(), [](const Momentum& a, const Momentum& b) {
        return a.change() != b.change() ? a.change() > b.change() : a.productId < b.productId;
    });
    r.pairs = pairs(db, now, products);
    return r;
}

Agent::Spec ScoutAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"product"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"orders"_s, u"products"_s, u"decisions"_s};
    s.proposes = {u"feature_product"_s, u"retire_product"_s, u"new_product"_s};
    s.intervalMs = 24 * 3'600'000LL;
    s.onNewOrders = true;
    return s;
}

Agent::Outcome ScoutAgent::run(const QSqlDatabase& db, qint64 now) const
{
    if (!Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM sales_lines_daily)"_s).toBool())
        return Outcome::needs(tr("Needs orders: connect a store or import an orders export."));
    if (const auto stale = DemandAgent::staleOrders(db, now))
        return Outcome::needs(*stale);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    const QDate first = QDate::fromJulianDay(Sql::scalar(db, u"SELECT MIN(day) FROM sales_lines_daily"_s).toLongLong());
    if (first > today.addDays(-2 * Window))
        return Outcome::needs(tr("Needs %1 days of orders to compare two periods; the first is from %2.")
                                  .arg(2 * Window)
                                  .arg(QLocale().toString(first, QLocale::ShortFormat)));
    const Reading r = read(db, now);
    const QString name = QString::fromLatin1(Name);
    const QString period = tr("%1 – %2").arg(
        QLocale().toString(r.first, QLocale::ShortFormat), QLocale().toString(r.last, QLocale::ShortFormat));
    int proposed = 0;
    int features = 0;
    for (const Momentum& m : r.products) {
        const auto margin = m.margin();
        const bool rising = m.unitsNow >= MinUnits && static_cast<double>(m.unitsNow) >= RiseFactor * m.unitsBefore
            && margin && r.catalogMargin && *margin >= *r.catalogMargin && m.refundShare() <= MaxFeatureRefunds;
        const bool falling = m.unitsBefore >= MinUnits && static_cast<double>(m.unitsNow) <= FallFactor * m.unitsBefore
            && ((margin && *margin < LowMargin) || m.refundShare() >= HighRefunds);
        if (!(rising && features < MaxFeatures) && !falling)
            continue;
        const ActionType type = rising ? ActionType::FeatureProduct : ActionType::RetireProduct;
        if (quiet(db, type, m.productId, now))
            continue;
        ApprovalDesk::Proposal p;
        p.agent = name;
        p.actionType = type;
        p.productId = m.productId;
        p.confidence = rising ? m.chanceRose() : m.chanceFell();
        const QString change = (m.change() >= 0 ? u"+"_s : QString()) + percent(m.change());
        const QString marginText = margin ? percent(*margin) : tr("not known");
        p.parameters = QJsonObject{{u"product"_s, m.name}, {u"sku"_s, m.sku}, {u"product_id"_s, m.productId},
            {u"units_now"_s, m.unitsNow}, {u"units_before"_s, m.unitsBefore},
            {u"margin_pct"_s, margin ? QJsonValue(std::round(*margin * 1000) / 10) : QJsonValue()}};
        p.dataSources = {tr("Store orders, two periods of %1 days").arg(Window), tr("Product costs")};
        if (rising) {
            ++features;
            p.title = tr("Feature “%1”: units %2").arg(m.name, change);
            p.reasoning = tr("%1 sold %2 units from %3 against %4 in the %5 days before (%6); its gross margin is %7 "
                             "(the catalog's %8) and %9 of its sales were refunded. Chance the rise is not chance: "
                             "%10.")
                              .arg(m.name)
                              .arg(m.unitsNow)
                              .arg(period)
                              .arg(m.unitsBefore)
                              .arg(Window)
                              .arg(change, marginText, percent(*r.catalogMargin), percent(m.refundShare()),
                                  percent(p.confidence));
            p.parameters.insert(u"placement"_s, tr("home page"));
            p.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Put it in a newsletter instead")}},
                QJsonObject{{u"description"_s, tr("Leave it as it is")}}};
        } else {
            p.title = tr("Retire “%1”: units %2").arg(m.name, change);
            p.reasoning = tr("%1 sold %2 units from %3 against %4 in the %5 days before (%6); its gross margin is %7 "
                             "and %8 of its sales were refunded. Chance the fall is not chance: %9.")
                              .arg(m.name)
                              .arg(m.unitsNow)
                              .arg(period)
                              .arg(m.unitsBefore)
                              .arg(Window)
                              .arg(change, marginText, percent(m.refundShare()), percent(p.confidence));
            p.parameters.insert(u"refund_pct"_s, std::round(m.refundShare() * 1000) / 10);
            p.riskFactors = {tr("Customers who buy it again find it gone")};
            p.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Lower its price to clear the stock")}},
                QJsonObject{{u"description"_s, tr("Keep it in the range")}}};
        }
        p.description = p.reasoning;
        proposed += ApprovalDesk::propose(db, p, QString(), now) > 0 ? 1 : 0;
    }
    // One bundle a run: the pair bought together most often.
    const QHash<qint64, Facts> products = catalog(db);
    const Pricing::Rules rules = Pricing::load(db);
    for (const Pair& pair : r.pairs) {
        const Facts a = products.value(pair.a);
        const Facts b = products.value(pair.b);
        if (!a.costCents || !b.costCents || a.priceCents <= 0 || b.priceCents <= 0 || a.currency != b.currency)
            continue;
        const QString bundle = tr("%1 + %2").arg(a.name, b.name);
        const QString key = u"%1,%2"_s.arg(pair.a).arg(pair.b);
        if (Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM products WHERE name = ?)"_s, {bundle}).toBool()
            || Sql::scalar(db,
                u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'new_product' AND "
                u"json_extract(parameters, '$.bundle_of') = ? AND (status = 'pending' OR COALESCE(decided_at, 0) > "
                u"?))"_s,
                {key, now - 30 * kDay})
                   .toBool())
            continue;
        const qint64 price = Pricing::rounded(std::llround(0.9 * static_cast<double>(a.priceCents + b.priceCents)),
            rules.ending, Pricing::Direction::Down);
        ApprovalDesk::Proposal p;
        p.agent = name;
        p.actionType = ActionType::NewProduct;
        p.currency = a.currency;
        p.confidence = 0.5;
        p.title = tr("Bundle “%1” and “%2”").arg(a.name, b.name);
        p.reasoning = tr("%1 and %2 were bought together in %3 of the %4 orders with a catalog product in the last %5 "
                         "days: %6 times as often as chance would put them together (%7 orders had the one, %8 the "
                         "other). As a bundle at %9 (90 % of %10) with their costs added (%11), its margin is %12. "
                         "Whether a bundle sells is not measured: a person decides.")
                          .arg(a.name, b.name)
                          .arg(pair.together)
                          .arg(pair.orders)
                          .arg(BundleDays)
                          .arg(QLocale().toString(pair.lift(), 'f', 1))
                          .arg(pair.withA)
                          .arg(pair.withB)
                          .arg(Money::format(price, a.currency), Money::format(a.priceCents + b.priceCents, a.currency),
                              Money::format(*a.costCents + *b.costCents, a.currency),
                              percent(static_cast<double>(price - *a.costCents - *b.costCents) / price));
        p.description = tr("A bundle of %1 and %2.").arg(a.name, b.name);
        p.parameters
            = QJsonObject{{u"name"_s, bundle}, {u"category"_s, a.category}, {u"price"_s, Money::toDecimalString(price)},
                {u"cost"_s, Money::toDecimalString(*a.costCents + *b.costCents)}, {u"currency"_s, a.currency},
                {u"bundle_of"_s, key}, {u"together"_s, pair.together}, {u"lift"_s, std::round(pair.lift() * 10) / 10}};
        p.dataSources = {tr("Store orders, %1 days").arg(BundleDays)};
        p.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Show them together on both product pages")}},
            QJsonObject{{u"description"_s, tr("Leave them apart")}}};
        proposed += ApprovalDesk::propose(db, p, QString(), now) > 0 ? 1 : 0;
        break;
    }
    QStringList rising;
    QStringList falling;
    for (const Momentum& m : r.products) {
        if (m.unitsNow + m.unitsBefore < MinUnits)
            continue;
        const QString entry = u"%1 (%2%3)"_s.arg(m.name, m.change() >= 0 ? u"+"_s : QString(), percent(m.change()));
        if (m.change() > 0 && rising.size() < 3)
            rising.append(entry);
    }
    for (auto it = r.products.crbegin(); it != r.products.crend() && falling.size() < 3; ++it)
        if (it->unitsNow + it->unitsBefore >= MinUnits && it->change() < 0)
            falling.append(u"%1 (%2)"_s.arg(it->name, percent(it->change())));
    return Outcome::done(tr("Rising: %1; falling: %2.")
                             .arg(rising.isEmpty() ? tr("none") : rising.join(u", "_s),
                                 falling.isEmpty() ? tr("none") : falling.join(u", "_s))
            + (proposed > 0
                    ? u" "_s + QCoreApplication::translate("ScoutAgent", "Made %n proposal(s).", nullptr, proposed)
                    : QString()),
        proposed);
}
