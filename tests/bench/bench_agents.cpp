// Benchmark: the scheduled agents' cycle on a generated shop.
//
//   bench_agents [--orders 100000] [--customers 25000] [--products 2000] [--repeats 5]
//
// A workspace (SQLite, as a shop owner has it) with one store, its customers and N paid orders over
// two years (a fifth from guests; the last three days hold ~400 orders, as a two-year shop of this
// size has), their lines in the sales rollup (1-3 lines an order over the products' 1-4 variants,
// popular products selling more, with a weekly rhythm) and every SKU's stock. Each repeat times, in
// one transaction each, what the agent.run jobs do: Customer Segments over every order (RFM for every
// customer, written back), Fraud Detection scoring the orders of the last three days not scored yet
// (its scores are removed between repeats so each repeat scores them all), and Demand Forecast
// fitting and backtesting every SKU and proposing its reorders (the proposals are removed between
// repeats), Pricing reading every variant's 26 weeks of sales and the competitor list and proposing
// its price changes (removed between repeats), the CEO measuring the month against five goals, and the
// Review Desk reading every review (6,000 over two years; its readings are removed between repeats so
// each repeat reads them all) and queueing its reply drafts (removed too), Finance Watch, the Scout, and
// Supplier Vetting comparing a list of 21 suppliers (one current for every SKU, twenty quoting for 250
// SKUs each) weighed by last year's units, and Social choosing posts among every product (all live, with
// accepted social posts) by momentum and the hour customers buy (the proposals of both are removed
// between repeats). No LLM calls.
// Reports medians of the repeats and a check of the results.
#include "BenchSupport.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "core/Json.h"
#include "core/Money.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/DemandAgent.h"
#include "shopagents/FinanceWatch.h"
#include "shopagents/FraudAgent.h"
#include "shopagents/Goals.h"
#include "shopagents/PricingAgent.h"
#include "shopagents/ReviewDesk.h"
#include "shopagents/ScoutAgent.h"
#include "shopagents/SegmentsAgent.h"
#include "shopagents/SeoAgent.h"
#include "shopagents/SocialAgent.h"
#include "shopagents/SupplierAgent.h"
#include "shopagents/Suppliers.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"
#include "storesync/SalesRollup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"orders"_s, u"Orders."_s, u"n"_s, u"100000"_s}, {u"customers"_s, u"Customers."_s, u"n"_s, u"25000"_s},
            {u"products"_s, u"Products."_s, u"n"_s, u"2000"_s}, {u"repeats"_s, u"Repeats."_s, u"n"_s, u"5"_s}});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int customers = parser.value(u"customers"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const int products = parser.value(u"products"_s).toInt();

    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.path(), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QSqlDatabase db = workspace->db();
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    const qint64 now = 1'796'284'800'000; // 2026-12-03
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(db);
        ApprovalRules::ensureDefaults(db, now);
        const qint64 store = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Bench', "
            u"'https://bench.example', 0, 0)"_s);
        std::mt19937 rng(7);
        QVariantList values;
        for (int c = 1; c <= customers; ++c)
            values << store << u"c%1"_s.arg(c) << u"c%1@example.com"_s.arg(c) << u"NL"_s << now;
        Sql::insertRows(db, u"INSERT INTO customers (connection_id, remote_id, email, country, updated_at) VALUES "_s,
            u"(?, ?, ?, ?, ?)"_s, values);
        values.clear();
        std::uniform_int_distribution<int> who(1, customers);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int i = 0; i < orders; ++i) {
            // Evenly over two years, newest last; a fifth are guests.
            const qint64 at = now - 730 * kDay + static_cast<qint64>(static_cast<double>(i) / orders * 730 * kDay);
            const bool guest = unit(rng) < 0.2;
            const int c = who(rng);
            const qint64 cents = 1'500 + static_cast<qint64>(unit(rng) * unit(rng) * 30'000);
            values << store << u"o%1"_s.arg(i) << u"#%1"_s.arg(i) << cents << cents
                   << (guest ? QString() : u"c%1"_s.arg(c))
                   << (guest ? u"g%1@guest.example.com"_s.arg(i) : u"c%1@example.com"_s.arg(c)) << u"NL"_s << at << at
                   << at;
        }
        Sql::insertRows(db,
            u"INSERT INTO orders (connection_id, source, remote_id, number, paid, currency, total_cents, "
            u"shop_currency, "
            u"shop_total_cents, customer_remote_id, email, country, created_at, updated_at, synced_at) VALUES "_s,
            u"(?, 'woocommerce', ?, ?, 1, 'EUR', ?, 'EUR', ?, ?, ?, ?, ?, ?, ?)"_s, values);
        // The orders' lines as the sales rollup holds them: units per SKU and day.
        values.clear();
        QList<QString> skus;
        QList<qint64> keys;
        QList<int> firstSku; // per product, the index of its first SKU
        for (int p = 0; p < products; ++p) {
            const int variants = 1 + p % 4;
            firstSku.append(static_cast<int>(skus.size()));
            for (int v = 0; v < variants; ++v)
                skus.append(u"SKU-%1-%2"_s.arg(p).arg(v));
        }
        for (const QString& sku : std::as_const(skus))
            keys.append(Sql::insert(db,
                u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) "
                u"VALUES (?, ?, ?, ?, 'EUR', 'x')"_s,
                {store, sku.section(u'-', 0, 1), sku, sku}));
        const qint64 today = SalesRollup::localDay(now);
        std::map<std::pair<qint64, int>, int> units;        // (day, sku index) -> units
        std::exponential_distribution<double> popular(6.0); // the most popular products sell most
        std::uniform_int_distribution<int> lines(1, 3);
        const double weekday[7] = {0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 0.9};
        for (int i = 0; i < orders; ++i) {
            qint64 day = today - 730 + static_cast<qint64>(static_cast<double>(i) / orders * 730);
            if (unit(rng) > weekday[day % 7] / 1.3) // a weekly rhythm: some orders move to the next day
                day = std::min(day + 1, today - 1);
            for (int l = lines(rng); l > 0; --l) {
                const int product = std::min(products - 1, static_cast<int>(popular(rng) * products));
                ++units[{day, firstSku.at(product) + static_cast<int>(unit(rng) * (1 + product % 4))}];
            }
        }
        // Every product in the catalog with its variants' prices and costs (a margin of 20-70 %); a third
        // of the products changed price week by week (±6 %), so the Pricing agent can measure a response.
        const auto basePrice = [](int product) { return 1'995 + (product % 60) * 250; };
        const auto priceOn = [&basePrice](int product, qint64 day) {
            const double swing = product % 3 == 0 ? 0.06 * std::sin(static_cast<double>(day / 7 + product)) : 0.0;
            return static_cast<qint64>(basePrice(product) * (1 + swing));
        };
        std::vector<int> productOf(static_cast<size_t>(skus.size()));
        for (int p = 0; p < products; ++p) {
            const qint64 id = Sql::insert(db,
                u"INSERT INTO products (sku, name, price_cents, cost_cents, created_at, updated_at) VALUES (?, ?, ?, "
                u"NULL, 0, 0)"_s,
                {u"SKU-%1"_s.arg(p), u"Product %1"_s.arg(p), basePrice(p)});
            for (int v = 0; v < 1 + p % 4; ++v) {
                productOf[static_cast<size_t>(firstSku.at(p) + v)] = p;
                values << id << v << skus.at(firstSku.at(p) + v) << basePrice(p)
                       << static_cast<qint64>(basePrice(p) * (0.3 + 0.5 * unit(rng)));
            }
        }
        Sql::insertRows(db,
            u"INSERT INTO product_variants (product_id, position, sku, price_cents, cost_cents) VALUES "_s,
            u"(?, ?, ?, ?, ?)"_s, values);
        values.clear();
        for (const auto& [at, n] : units)
            values << at.first << keys.at(at.second) << n
                   << static_cast<qint64>(n) * priceOn(productOf[static_cast<size_t>(at.second)], at.first) * 1'000'000;
        Sql::insertRows(db, u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) VALUES "_s,
            u"(?, ?, ?, ?, 0)"_s, values);
        // A competitor price list for every fifth SKU, 75-135 % of ours, seen in the last week.
        values.clear();
        for (int i = 0; i < skus.size(); i += 5)
            values << skus.at(i) << u"Rival %1"_s.arg(i % 7)
                   << static_cast<qint64>(basePrice(productOf[static_cast<size_t>(i)]) * (0.75 + 0.6 * unit(rng)))
                   << QDate::fromJulianDay(today - 1 - i % 6).toString(Qt::ISODate);
        Sql::insertRows(db,
            u"INSERT INTO competitor_prices (sku, competitor, price_cents, currency, seen_on, imported_at) VALUES "_s,
            u"(?, ?, ?, 'EUR', ?, 0)"_s, values);
        Pricing::save(db, Pricing::Rules{30, Pricing::Ending::X95, 10});
        values.clear();
        for (const QString& sku : std::as_const(skus))
            values << sku << static_cast<int>(unit(rng) * 200) << now;
        Sql::insertRows(db, u"INSERT INTO stock_pool (sku, available, updated_at) VALUES "_s, u"(?, ?, ?)"_s, values);
        // The orders per day as the rollup holds them (the dashboard's and the CEO's revenue).
        Sql::exec(db,
            u"INSERT INTO sales_days (day, connection, shop_currency, revenue_cents, orders, units, refund_cents) "
            u"SELECT CAST(julianday(date(created_at / 1000, 'unixepoch', 'localtime')) + 0.5 AS INTEGER) AS d, "
            u"connection_id, 'EUR', SUM(shop_total_cents), COUNT(*), 0, 0 FROM orders GROUP BY d, connection_id"_s);
        // 6,000 reviews over two years, of products chosen as their sales are (popular ones most), one in
        // five a complaint; the review sync ran an hour ago.
        values.clear();
        const QString texts[] = {u"Runs small and the fabric feels thinner than expected."_s,
            u"Lovely soft fabric, true to size."_s, u"Exactly as described and arrived the next day."_s,
            u"Perfect. The quality is outstanding for the price."_s, u"Decent quality, delivery took a while."_s};
        for (int i = 0; i < 6000; ++i) {
            const int product = std::min(products - 1, static_cast<int>(popular(rng) * products));
            const int text = static_cast<int>(unit(rng) * 5);
            values << store << u"r%1"_s.arg(i) << u"SKU-%1"_s.arg(product) << (text == 0 ? 2 : (text == 4 ? 3 : 5))
                   << texts[text] << now - 730 * kDay + static_cast<qint64>(static_cast<double>(i) / 6000 * 730 * kDay);
        }
        Sql::insertRows(db,
            u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, body, created_at) "
            u"VALUES "_s,
            u"(?, ?, ?, ?, ?, ?)"_s, values);
        Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'reviews', ?)"_s,
            {store, now - 3'600'000});
        Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'orders', ?)"_s,
            {store, now - 3'600'000});
        // The owner's supplier list: one supplier current for every SKU, twenty others quoting for 250 SKUs
        // each at 80-120 % of its cost, with their own lead times, defect rates and ratings.
        Suppliers::ParsedList list;
        for (int i = 0; i < skus.size(); ++i) {
            Suppliers::Quote q;
            q.supplier = u"Main"_s;
            q.sku = skus.at(i);
            q.unitCostCents = 500 + (i % 40) * 100;
            q.leadDays = 21;
            q.defectPct = 2.0;
            q.rating = 4.0;
            q.current = true;
            list.rows.append(q);
        }
        for (int v = 0; v < 20; ++v)
            for (int i = v; i < skus.size(); i += 20) {
                Suppliers::Quote q;
                q.supplier = u"Supplier %1"_s.arg(v);
                q.sku = skus.at(i);
                q.unitCostCents = static_cast<qint64>((500 + (i % 40) * 100) * (0.8 + 0.4 * unit(rng)));
                q.leadDays = 7 + v * 2;
                q.defectPct = 0.5 + (v % 5);
                q.rating = 3.0 + (v % 3) * 0.8;
                list.rows.append(q);
            }
        Suppliers::write(db, list, u"EUR"_s, now);
        // Every product is live with the social posts the pipeline wrote (for the Social agent).
        Sql::exec(db, u"UPDATE products SET stage = 'live'"_s);
        Sql::exec(db,
            u"INSERT INTO content_pieces (product_id, kind, state, updated_at) SELECT id, 'social', 'accepted', 0 FROM "
            u"products"_s);
        Sql::exec(db,
            u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, created_at) "
            u"SELECT id, 1, 1, 'writer', '{\"instagram\":{\"caption\":\"New in.\",\"hashtags\":[\"shop\"]},"
            u"\"x\":{\"post\":\"New in.\"}}', 'bench:' || id, 0 FROM content_pieces"_s);
        // And a description of some 670 words each (for the SEO agent's checks: the longest piece).
        QString prose;
        for (int i = 0; i < 42; ++i)
            prose += u"Made to last, with care, for everyday use in a busy home and a calm weekend alike. "_s;
        const QString description
            = Json::compact(QJsonObject{{u"headline"_s, u"A piece made to last"_s}, {u"body"_s, prose.trimmed()},
                {u"bullets"_s, QJsonArray{u"Made to last"_s, u"Easy to care for"_s, u"Made with care"_s}}});
        Sql::exec(db,
            u"INSERT INTO content_pieces (product_id, kind, state, updated_at) SELECT id, 'description', 'accepted', 0 "
            u"FROM products"_s);
        Sql::exec(db,
            u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, created_at) "
            u"SELECT id, 1, 1, 'writer', ?, 'bench:' || id, 0 FROM content_pieces WHERE kind = 'description'"_s,
            {description});
        Sql::exec(db,
            u"UPDATE content_pieces SET accepted_version_id = (SELECT id FROM content_versions v WHERE v.piece_id = "
            u"content_pieces.id)"_s);
        // The owner's goals for the CEO to measure against.
        Goals::Set goals;
        goals.monthlyRevenueCents = 50'000'000;
        goals.grossMarginPct = 40;
        goals.roas = 3;
        goals.stockCoverDays = 21;
        goals.aiSpendMicros = 50'000'000;
        Goals::save(db, goals);
        // A decision history for the CEO to learn from: 5,000 price changes of 20-30 % that a person
        // approved (every tenth rejected), two months ago (the Pricing agent leaves a SKU alone for two
        // weeks after a decision).
        ApprovalRules::ensureDefaults(db, now);
        for (int i = 0; i < 5000; ++i) {
            ApprovalDesk::Proposal p;
            p.agent = u"Pricing"_s;
            p.actionType = ActionType::PriceChange;
            p.title = u"Price %1"_s.arg(i);
            p.parameters = QJsonObject{{u"sku"_s, skus.at(i % skus.size())}, {u"currency"_s, u"EUR"_s},
                {u"old_price"_s, u"100.00"_s}, {u"new_price"_s, Money::toDecimalString(12000 + (i % 1000))}};
            ApprovalDesk::propose(db, p, QString(), now - 1000);
        }
        Sql::exec(db,
            u"UPDATE action_proposals SET status = CASE WHEN id % 10 = 0 THEN 'rejected' ELSE 'approved' END, "
            u"decided_by = 'Ann', decided_at = ?, created_at = ? WHERE action_type = 'price_change'"_s,
            {now - 60 * kDay, now - 60 * kDay - 1000});
        tx.commit();
    }
    std::printf(
        "generated %d orders, %d customers, %d products in %lld ms\n", orders, customers, products, t.elapsed());

    QList<double> segments;
    QList<double> fraud;
    QList<double> demand;
    QList<double> cycle;
    QString demandNote;
    QList<double> ceo;
    QString ceoNote;
    QList<double> pricing;
    QString pricingNote;
    QList<double> reviews;
    QString reviewNote;
    QList<double> finance;
    QString financeNote;
    QList<double> scout;
    QString scoutNote;
    QList<double> suppliers;
    QString supplierNote;
    QList<double> social;
    QString socialNote;
    QList<double> seo;
    QString seoNote;
    int scored = 0;
    QString segmentNote;
    // Runs an agent in its own transaction, as its job does; returns the milliseconds and keeps its note.
    const auto timed = [&db, now](const Agent& agent, QString* note) {
        QElapsedTimer timer;
        timer.start();
        Transaction tx(db);
        const QString found = agent.run(db, now).note;
        tx.commit();
        if (note)
            *note = found;
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    for (int r = 0; r < repeats; ++r) {
        Sql::exec(db, u"DELETE FROM order_risk"_s);
        Sql::exec(db,
            u"DELETE FROM action_proposals WHERE action_type IN ('reorder', 'rule_change', 'feature_product', "
            u"'retire_product', 'new_supplier', 'social_post', 'content_refresh') OR (action_type IN ('price_change', "
            u"'new_product', "
            u"'ad_set_change') "
            u"AND created_at >= "
            u"?)"_s,
            {now - kDay});
        Sql::exec(db, u"DELETE FROM review_insights"_s);
        Sql::exec(db, u"DELETE FROM jobs WHERE kind = 'review.reply'"_s);
        segments.append(timed(SegmentsAgent(), &segmentNote));
        fraud.append(timed(FraudAgent(), nullptr));
        demand.append(timed(DemandAgent(), &demandNote));
        pricing.append(timed(PricingAgent(), &pricingNote));
        ceo.append(timed(CeoAgent(), &ceoNote));
        reviews.append(timed(ReviewDesk(), &reviewNote));
        finance.append(timed(FinanceWatch(), &financeNote));
        scout.append(timed(ScoutAgent(), &scoutNote));
        suppliers.append(timed(SupplierAgent(), &supplierNote));
        social.append(timed(SocialAgent(), &socialNote));
        seo.append(timed(SeoAgent(), &seoNote));
        cycle.append(segments.last() + fraud.last() + demand.last() + pricing.last() + ceo.last() + reviews.last()
            + finance.last() + scout.last() + suppliers.last() + social.last() + seo.last());
        scored = static_cast<int>(Sql::scalar(db, u"SELECT COUNT(*) FROM order_risk"_s).toLongLong());
    }
    const qint64 segmented = Sql::scalar(db, u"SELECT COUNT(*) FROM customers WHERE segment <> ''"_s).toLongLong();
    std::printf("customer segments (RFM over %d orders): median %.0f ms (min %.0f, max %.0f)\n", orders,
        Bench::median(segments), Bench::percentile(segments, 0), Bench::percentile(segments, 1));
    std::printf("fraud scoring (%d orders of the last 3 days): median %.0f ms (min %.0f, max %.0f)\n", scored,
        Bench::median(fraud), Bench::percentile(fraud, 0), Bench::percentile(fraud, 1));
    const qint64 forecasts = Sql::scalar(db, u"SELECT COUNT(*) FROM demand_forecasts"_s).toLongLong();
    std::printf("demand forecast (%lld SKUs fit and backtested, reorders proposed): median %.0f ms (min %.0f, max "
                "%.0f)\n",
        forecasts, Bench::median(demand), Bench::percentile(demand, 0), Bench::percentile(demand, 1));
    std::printf("CEO (business health against five goals; 5,000 decisions learnt from): median %.0f ms (min %.0f, "
                "max %.0f)\n",
        Bench::median(ceo), Bench::percentile(ceo, 0), Bench::percentile(ceo, 1));
    std::printf("pricing (%lld variants, 26 weeks of sales each, %lld competitor prices): median %.0f ms (min %.0f, "
                "max %.0f)\n",
        Sql::scalar(db, u"SELECT COUNT(*) FROM product_variants"_s).toLongLong(),
        Sql::scalar(db, u"SELECT COUNT(*) FROM competitor_prices"_s).toLongLong(), Bench::median(pricing),
        Bench::percentile(pricing, 0), Bench::percentile(pricing, 1));
    std::printf("review desk (%lld reviews read, %lld of products Quorum knows; %lld drafts queued): median %.0f ms "
                "(min %.0f, max %.0f)\n",
        Sql::scalar(db, u"SELECT COUNT(*) FROM review_insights"_s).toLongLong(),
        Sql::scalar(db, u"SELECT COUNT(*) FROM review_insights WHERE product_id IS NOT NULL"_s).toLongLong(),
        Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = 'review.reply'"_s).toLongLong(),
        Bench::median(reviews), Bench::percentile(reviews, 0), Bench::percentile(reviews, 1));
    std::printf("finance watch (yesterday's P&L, revenue drop, ad pacing, AI ceiling): median %.0f ms (min %.0f, "
                "max %.0f)\n",
        Bench::median(finance), Bench::percentile(finance, 0), Bench::percentile(finance, 1));
    std::printf("scout (momentum of every catalog product over two 28-day windows, pairs over 90 days): median "
                "%.0f ms (min %.0f, max %.0f)\n",
        Bench::median(scout), Bench::percentile(scout, 0), Bench::percentile(scout, 1));
    const qint64 vetted
        = Sql::scalar(db, u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'new_supplier'"_s).toLongLong();
    std::printf("supplier vetting (%lld quotes from 21 suppliers, weighed by last year's units; %lld proposed): "
                "median %.0f ms (min %.0f, max %.0f)\n",
        Sql::scalar(db, u"SELECT COUNT(*) FROM supplier_quotes"_s).toLongLong(), vetted, Bench::median(suppliers),
        Bench::percentile(suppliers, 0), Bench::percentile(suppliers, 1));
    std::printf("social (%d live products with posts, momentum and the buying hour): median %.0f ms (min %.0f, max "
                "%.0f)\n",
        products, Bench::median(social), Bench::percentile(social, 0), Bench::percentile(social, 1));
    std::printf("seo (%lld accepted pieces of %d live products checked as the gate checks them today): median %.0f "
                "ms (min %.0f, max %.0f)\n",
        Sql::scalar(db, u"SELECT COUNT(*) FROM content_pieces WHERE accepted_version_id IS NOT NULL"_s).toLongLong(),
        products, Bench::median(seo), Bench::percentile(seo, 0), Bench::percentile(seo, 1));
    std::printf("agent cycle (all eleven, no LLM): median %.0f ms over %d repeats; %lld customers segmented; peak RSS "
                "%ld MB\n",
        Bench::median(cycle), repeats, segmented, Bench::peakRssMb());
    std::printf("%s\n%s\n%s\n%s\n%s\n%s\n%s\n%s\n", qPrintable(segmentNote), qPrintable(demandNote),
        qPrintable(pricingNote), qPrintable(ceoNote), qPrintable(reviewNote), qPrintable(financeNote),
        qPrintable(scoutNote), qPrintable(supplierNote));
    std::printf("%s\n%s\n", qPrintable(socialNote), qPrintable(seoNote));
    const qint64 priced = Sql::scalar(
        db, u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Pricing' AND created_at >= ?"_s, {now - kDay})
                              .toLongLong();
    return segmented > 0 && scored > 0 && forecasts > 0 && priced > 0 && vetted > 0 ? 0 : 1;
}
