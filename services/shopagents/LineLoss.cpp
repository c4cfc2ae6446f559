#include "LineLoss.h"

#include "DemandAgent.h"
#include "approvals/ApprovalDesk.h"
#include "campaigns/AdProposals.h"
#include "campaigns/CampaignOrders.h"
#include "campaigns/DailySales.h"
#include "campaigns/ProductPnl.h"
#include "campaigns/RuleEngine.h"
#include "core/Money.h"
#include "publishing/Connections.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LineLoss
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("LineLoss", text);
}

qint64 converted(double cents, double rate)
{
    return std::llround(cents * rate);
}

struct ProductLine
{
    QString key;
    QString name;
};

// Every product's line: its category, or the product itself when it has none.
QHash<qint64, ProductLine> productLines(const QSqlDatabase& db)
{
    QHash<qint64, ProductLine> out;
    QSqlQuery q = Sql::exec(db, u"SELECT id, name, category FROM products"_s);
    while (q.next()) {
        const QString category = q.value(2).toString().trimmed();
        out.insert(q.value(0).toLongLong(),
            category.isEmpty() ? ProductLine{u"p:"_s + q.value(0).toString(), q.value(1).toString()}
                               : ProductLine{u"c:"_s + category, category});
    }
    return out;
}

QHash<QString, qint64> productsBySku(const QSqlDatabase& db)
{
    QHash<QString, qint64> out;
    QSqlQuery q = Sql::exec(db, u"SELECT sku, id FROM products WHERE sku <> ''"_s);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q = Sql::exec(db, u"SELECT sku, product_id FROM product_variants WHERE sku <> ''"_s);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

// The net sales per line of the store orders a campaign brought in the window (in the campaign's currency),
// and how many orders they were.
struct Brought
{
    QHash<QString, double> netByLine;
    double net = 0;
    int orders = 0;
};
Brought brought(const QSqlDatabase& db, qint64 campaign, qint64 fromMs, qint64 untilMs,
    const QHash<QString, qint64>& bySku, const QHash<qint64, ProductLine>& lines)
{
    Brought b;
    QSqlQuery q = Sql::exec(db,
        u"SELECT o.id, l.sku, l.total_cents FROM orders o JOIN campaigns c ON c.id = ? JOIN order_lines l ON "
        u"l.order_id = o.id WHERE "_s
            + CampaignOrders::matches() + u" AND o.created_at >= ? AND o.created_at < ?"_s,
        {campaign, fromMs, untilMs});
    QSet<qint64> orders;
    while (q.next()) {
        orders.insert(q.value(0).toLongLong());
        const double cents = q.value(2).toDouble();
        b.net += cents;
        const qint64 product = bySku.value(q.value(1).toString());
        if (product > 0 && lines.contains(product))
            b.netByLine[lines.value(product).key] += cents;
    }
    b.orders = static_cast<int>(orders.size());
    return b;
}

QList<Campaign::AdSet> activeAdSets(const QSqlDatabase& db, qint64 campaign, const Finding& f, double rate)
{
    QList<Campaign::AdSet> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT s.remote_id, s.name, COALESCE(SUM(d.spend_cents), 0) FROM ad_sets s LEFT JOIN ad_set_days d ON "
        u"d.ad_set_id = s.id AND d.day BETWEEN ? AND ? WHERE s.campaign_id = ? AND "
        u"s.status = 'ACTIVE' GROUP BY s.id, s.remote_id, s.name ORDER BY s.name"_s,
        {f.first.toString(Qt::ISODate), f.last.toString(Qt::ISODate), campaign});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), converted(q.value(2).toDouble(), rate)});
    return out;
}

template <typename F> qint64 sum(const QList<Campaign>& campaigns, F field)
{
    qint64 total = 0;
    for (const Campaign& c : campaigns)
        total += field(c);
    return total;
}
} // namespace

double Line::margin() const
{
    return netSalesCents > 0 ? static_cast<double>(grossProfitCents()) / static_cast<double>(netSalesCents) : 0.0;
}

qint64 Line::spendCents() const
{
    return sum(campaigns, [](const Campaign& c) { return c.spendCents; });
}

qint64 Line::valueCents() const
{
    return sum(campaigns, [](const Campaign& c) { return c.valueCents; });
}

qint64 Line::storeNetCents() const
{
    return sum(campaigns, [](const Campaign& c) { return c.storeNetCents; });
}

qint64 Line::purchases() const
{
    return sum(campaigns, [](const Campaign& c) { return c.purchases; });
}

qint64 Line::adsReturnCents() const
{
    return std::llround(std::max(0.0, margin()) * static_cast<double>(std::max(valueCents(), storeNetCents())));
}

double Line::confidence() const
{
    const double m = margin();
    if (m <= 0)
        return 0.99; // every sale loses money before the ads
    const qint64 value = std::max(valueCents(), storeNetCents());
    const qint64 order = units > 0 ? netSalesCents / units : 0;
    const double p = RuleEngine::probabilityBelow(1.0 / m, spendCents(), value, purchases(), order);
    return p < 0 ? 0.5 : std::min(p, 0.99);
}

QList<Line> Finding::losing() const
{
    QList<Line> out;
    for (const Line& l : lines)
        if (l.losing())
            out.append(l);
    return out;
}

Finding find(const QSqlDatabase& db, qint64 now)
{
    Finding f;
    f.last = QDateTime::fromMSecsSinceEpoch(now).date().addDays(-1);
    f.first = f.last.addDays(-(WindowDays - 1));
    f.currency = DailySales::reportingCurrency(db);
    if (const auto stale = DemandAgent::staleOrders(db, now)) {
        f.notJudged.append(*stale);
        return f;
    }
    const QHash<qint64, ProductLine> lineOf = productLines(db);
    const QHash<QString, qint64> bySku = productsBySku(db);
    QHash<QString, Line> lines;
    const ProductPnl::Figures pnl = ProductPnl::between(db, f.first, f.last);
    for (const ProductPnl::Row& r : pnl.rows) {
        if (r.productId <= 0 || !lineOf.contains(r.productId))
            continue;
        const ProductLine& pl = lineOf.value(r.productId);
        Line& l = lines[pl.key];
        l.key = pl.key;
        l.name = pl.name;
        ++l.products;
        l.units += r.units;
        l.costedUnits += r.costedUnits;
        l.netSalesCents += r.netSalesCents;
        l.refundCents += r.refundCents;
        l.goodsCostCents += r.goodsCostCents;
    }
    const qint64 fromMs = f.first.startOfDay().toMSecsSinceEpoch();
    const qint64 untilMs = f.last.addDays(1).startOfDay().toMSecsSinceEpoch();
    for (const Connections::Connection& account : Connections::adAccounts(db)) {
        QSqlQuery a = Sql::exec(
            db, u"SELECT currency, synced_through FROM ad_accounts WHERE connection_id = ?"_s, {account.id});
        if (!a.next())
            continue;
        const QString currency = a.value(0).toString();
        const QDate through = QDate::fromString(a.value(1).toString(), Qt::ISODate);
        a.finish();
        if (!through.isValid() || through < f.last.addDays(-MaxStaleDays)) {
            f.notJudged.append(
                tr("%1: its figures end on %2, more than two days ago (the ad sync has not run).")
                    .arg(account.name, through.isValid() ? QLocale().toString(through, QLocale::ShortFormat) : u"—"_s));
            continue;
        }
        const auto rate = DailySales::rate(db, currency);
        if (!rate) {
            f.notJudged.append(tr("%1: there is no rate from %2 to %3 (Settings → Currencies).")
                                   .arg(account.name, currency, f.currency));
            continue;
        }
        QSqlQuery q = Sql::exec(db,
            u"SELECT c.id, c.name, COALESCE(c.product_id, 0), SUM(d.spend_cents), SUM(d.value_cents), "
            u"SUM(d.purchases) FROM campaigns c JOIN ad_sets s ON s.campaign_id = c.id JOIN ad_set_days d ON "
            u"d.ad_set_id = s.id WHERE c.connection_id = ? AND d.day BETWEEN ? AND ? GROUP BY c.id, c.name, "
            u"c.product_id HAVING SUM(d.spend_cents) > 0 ORDER BY c.name"_s,
            {account.id, f.first.toString(Qt::ISODate), f.last.toString(Qt::ISODate)});
        QList<Campaign> campaigns;
        QList<qint64> products;
        while (q.next()) {
            Campaign c;
            c.id = q.value(0).toLongLong();
            c.connection = account.id;
            c.currency = currency;
            c.rate = *rate;
            c.name = q.value(1).toString();
            products.append(q.value(2).toLongLong());
            c.spendCents = converted(q.value(3).toDouble(), *rate);
            c.valueCents = converted(q.value(4).toDouble(), *rate);
            c.purchases = q.value(5).toLongLong();
            campaigns.append(c);
        }
        q.finish();
        for (qsizetype i = 0; i < campaigns.size(); ++i) {
            Campaign c = campaigns.at(i);
            const Brought b = brought(db, c.id, fromMs, untilMs, bySku, lineOf);
            c.orders = b.orders;
            QString key;
            if (const qint64 product = products.at(i); product > 0 && lineOf.contains(product)) {
                key = lineOf.value(product).key;
                c.launchedForProduct = true;
            } else if (b.orders >= MinOrders && b.net > 0) {
                for (auto it = b.netByLine.cbegin(); it != b.netByLine.cend(); ++it)
                    if (it.value() / b.net >= MinShare)
                        key = it.key();
            }
            if (key.isEmpty()) {
                ++f.unlinkedCampaigns;
                continue;
            }
            c.share = b.net > 0 ? b.netByLine.value(key) / b.net : 0;
            c.storeNetCents = converted(b.netByLine.value(key), *rate);
            c.activeAdSets = activeAdSets(db, c.id, f, *rate);
            Line& l = lines[key];
            if (l.key.isEmpty()) { // advertised, and sold nothing in the window
                l.key = key;
                for (const ProductLine& pl : lineOf)
                    if (pl.key == key)
                        l.name = pl.name;
            }
            l.campaigns.append(c);
        }
    }
    for (const Line& l : std::as_const(lines)) {
        if (l.campaigns.isEmpty() || l.spendCents() < MinSpendUnits * 100)
            continue;
        if (l.units > 0 && static_cast<double>(l.costedUnits) < MinCostedShare * static_cast<double>(l.units)) {
            f.notJudged.append(tr("%1: the cost is known for %2 of the %3 units sold (Catalog → the variants' costs).")
                                   .arg(l.name)
                                   .arg(l.costedUnits)
                                   .arg(l.units));
            continue;
        }
        f.lines.append(l);
    }
    std::sort(f.lines.begin(), f.lines.end(), [](const Line& a, const Line& b) {
        if (a.losing() != b.losing())
            return a.losing();
        return a.afterAdsCents() < b.afterAdsCents();
    });
    return f;
}

QString reasoning(const Line& l, const Finding& f)
{
    const auto money = [&f](qint64 cents) { return Money::format(cents, f.currency); };
    QStringList names;
    for (const Campaign& c : l.campaigns)
        names.append(c.launchedForProduct ? tr("“%1” (launched for one of its products)").arg(c.name)
                                          : tr("“%1” (the line's share of the %2 store orders it brought: %3 %)")
                                                .arg(c.name)
                                                .arg(c.orders)
                                                .arg(std::lround(c.share * 100)));
    return tr("%1 lost %2 from %3 to %4 after ads: %5 of gross profit on %6 of net sales (a margin of %7 %), and %8 of "
              "ad spend on %9. Counted generously (the larger of Meta's %10 of purchases and the store's own %11 "
              "from these campaigns), the ads brought %12 of gross profit for their spend.")
        .arg(l.name, money(-l.afterAdsCents()), QLocale().toString(f.first, QLocale::ShortFormat),
            QLocale().toString(f.last, QLocale::ShortFormat), money(l.grossProfitCents()), money(l.netSalesCents),
            QLocale().toString(l.margin() * 100, 'f', 1), money(l.spendCents()), QLocale().createSeparatedList(names))
        .arg(money(l.valueCents()), money(l.storeNetCents()), money(l.adsReturnCents()));
}

int propose(const QSqlDatabase& db, const Finding& f, const QString& agent, qint64 now)
{
    int proposed = 0;
    const double month = 30.0 / WindowDays;
    for (const Line& l : f.losing()) {
        const QString why = reasoning(l, f);
        const double returnShare
            = l.spendCents() > 0 ? static_cast<double>(l.adsReturnCents()) / static_cast<double>(l.spendCents()) : 0.0;
        for (const Campaign& c : l.campaigns) {
            const QString& currency = c.currency;
            for (const Campaign::AdSet& s : c.activeAdSets) {
                // In the ad account's currency: the spend saved and the gross profit the ad set's sales
                // brought (its share of the line's generous return), over 30 days.
                const double saved = static_cast<double>(s.spendCents) / c.rate * month;
                const double lost = static_cast<double>(s.spendCents) * returnShare / c.rate * month;
                ApprovalDesk::Proposal p;
                p.agent = agent;
                p.reasoning = why;
                p.description = tr("Pause the ads of %1: the line loses money after its ad spend.").arg(l.name);
                p.estRevenueCents = -std::llround(lost);
                p.estCostCents = -std::llround(saved);
                p.confidence = l.confidence();
                p.dataSources = {tr("Store orders, %1 days").arg(WindowDays),
                    tr("Meta ad sets, %1 days").arg(WindowDays), tr("Product costs")};
                p.riskFactors = {tr("The line's sales that the ads brought stop with them"),
                    tr("A store order counts for a campaign only when its visit carried the campaign's UTM "
                       "parameters")};
                QJsonArray alternatives;
                alternatives.append(QJsonObject{{u"description"_s, tr("Halve the ad set's daily budget instead")},
                    {u"pros"_s, QJsonArray{tr("Keeps some of the line's ad sales")}},
                    {u"cons"_s, QJsonArray{tr("At the same return it still loses money")}}});
                alternatives.append(QJsonObject{{u"description"_s, tr("Keep it running")},
                    {u"cons"_s,
                        QJsonArray{tr("About %1 a month of spend for %2 of gross profit")
                                       .arg(Money::format(std::llround(saved), currency),
                                           Money::format(std::llround(lost), currency))}}});
                p.alternatives = alternatives;
                p.parameters
                    = QJsonObject{{u"line"_s, l.name}, {u"line_margin_pct"_s, std::round(l.margin() * 1000) / 10},
                        {u"window_first"_s, f.first.toString(Qt::ISODate)},
                        {u"window_last"_s, f.last.toString(Qt::ISODate)}};
                proposed += AdProposals::proposePause(db, c.connection, s.remoteId, p, now) > 0 ? 1 : 0;
            }
        }
    }
    return proposed;
}

} // namespace LineLoss
