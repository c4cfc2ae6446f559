// Benchmark: a WooCommerce store's orders synced from the sandbox's generated shop, through the real
// client, worker pool and ingest, with a fixed latency per page and the concurrency the store
// allows (429 beyond it).
//
//   bench_storesync [--orders 100000] [--latency 50] [--concurrency 4] [--repeats 3] [--ingest-only]
//
// Reports per run: pages, the bound pages x latency / concurrency, wall time and its ratio to the
// bound, orders stored; then the local ingest alone (the pages already fetched, parsed and written
// in one transaction per page as the sync does) in orders per second; and the dashboard's queries
// over the synced orders (a year of days, and a change of period to 30 days).
#include "BenchSupport.h"
#include "PipelineFixture.h"
#include "TestWorkspace.h"
#include "campaigns/DailySales.h"
#include "campaigns/ProductPnl.h"
#include "campaigns/SalesReport.h"
#include "jobs/JobQueue.h"
#include "sandbox/ShopGenerator.h"
#include "storage/Sql.h"
#include "storesync/StoreIngest.h"
#include "storesync/StoreSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

// Every page of orders as the store sends them, fetched once with a plain client (not timed).
QList<QByteArray> fetchPages(const QUrl& base, int pages)
{
    QNetworkAccessManager nam;
    QList<QByteArray> out;
    for (int page = 1; page <= pages; ++page) {
        QUrl url(base.toString() + u"/wp-json/wc/v3/orders"_s);
        url.setQuery(u"per_page=100&orderby=id&order=asc&status=any&page=%1"_s.arg(page));
        QNetworkReply* reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished); // the benchmark's own fetch, not measured
        if (!reply->isFinished())
            finished.wait(30'000);
        out.append(reply->readAll());
        reply->deleteLater();
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"*.info=false\n*.debug=false\nquorum.*.warning=true"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"orders"_s, u"Orders in the generated shop."_s, u"n"_s, u"100000"_s},
        {u"latency"_s, u"Milliseconds per page."_s, u"ms"_s, u"50"_s},
        {u"concurrency"_s, u"Requests the store serves at once."_s, u"n"_s, u"4"_s},
        {u"repeats"_s, u"Runs."_s, u"n"_s, u"3"_s},
        {u"ingest-only"_s, u"Only the local ingest (no sync, no dashboard)."_s}});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const bool ingestOnly = parser.isSet(u"ingest-only"_s);

    ShopData::Options shop;
    shop.seed = 7;
    shop.orders = orders;
    shop.endDate = QDate(2026, 11, 30);
    QList<double> ratios;
    QList<double> walls;
    QList<double> ingestRates;
    QList<double> parseRates;
    QList<double> yearMs;
    QList<double> monthMs;
    QList<double> pnlYearsMs;
    QList<double> pnlMonthMs;
    QList<double> pnlSeriesMs;
    for (int run = 0; run < repeats; ++run) {
        PipelineFixture f;
        f.sandbox()->generateShop(shop);
        const int pages = (orders + 99) / 100;
        const qint64 woo = f.connectToSandbox(Connections::Kind::WooCommerce, u"Bench store"_s);
        // Every page fetched once before anything is timed: for the local ingest below, and so that the
        // sandbox has rendered every order (it keeps them) and serves the timed sync without competing
        // with Quorum for this machine's two cores, as a store's own server would not.
        const QList<QByteArray> bodies = fetchPages(f.sandbox()->url(), pages);
        if (!ingestOnly) {
            f.sandbox()->setRouteFaults(u"woo"_s,
                QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, latency}}},
                    {u"maxConcurrency"_s, concurrency}, {u"retryAfter"_s, 1}});
            f.startPool();
            {
                Transaction tx(f.db());
                Sql::exec(f.db(), u"DELETE FROM jobs"_s);
                tx.commit();
            }
            QElapsedTimer wall;
            wall.start();
            {
                Transaction tx(f.db());
                // Orders only: the figure is about them (customers and reviews are separate jobs).
                JobQueue::enqueue(f.db(),
                    {StoreSync::Sync, woo, u"bench:%1"_s.arg(run), QJsonObject{{u"resource"_s, u"orders"_s}}, 0, 8, 0,
                        {}},
                    Clock::system()->nowMs());
                tx.commit();
            }
            f.pool()->wake();
            if (!f.waitUntilIdle(600'000)) {
                std::fprintf(stderr, "the sync did not finish\n");
                return 1;
            }
            const double wallS = static_cast<double>(wall.elapsed()) / 1000.0;
            const double boundS = pages * latency / 1000.0 / concurrency;
            const qint64 stored = f.count(u"SELECT COUNT(*) FROM orders"_s);
            walls.append(wallS);
            ratios.append(wallS / boundS);
            std::printf("run %d: %d pages (%lld requests), bound %.2f s, wall %.2f s, ratio %.3f, orders %lld of %d\n",
                run + 1, pages, static_cast<long long>(f.sandbox()->receivedCount(u"woo"_s) - pages), boundS, wallS,
                wallS / boundS, static_cast<long long>(stored), orders);

            // The dashboard over the synced orders: a year, then a change of period to 30 days.
            QElapsedTimer q;
            q.start();
            const auto year = DailySales::between(f.db(), shop.endDate.addDays(-364), shop.endDate);
            yearMs.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
            q.restart();
            const auto month = DailySales::between(f.db(), shop.endDate.addDays(-29), shop.endDate);
            monthMs.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
            Q_UNUSED(year)
            Q_UNUSED(month)
            // The P&L card: two years with every product (opening on the longest period), a change of period
            // to 30 days, and one product's chart over two years by month.
            const QDateTime evening(shop.endDate, QTime(18, 0));
            q.restart();
            const SalesReport::Report twoYears = SalesReport::build(f.db(), SalesReport::Period::Last2Years, evening);
            pnlYearsMs.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
            q.restart();
            const SalesReport::Report days = SalesReport::build(f.db(), SalesReport::Period::Last30Days, evening);
            pnlMonthMs.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
            q.restart();
            const auto series = ProductPnl::series(f.db(), twoYears.products.rows.value(0).key,
                SalesReport::range(SalesReport::Period::Last2Years, evening).first, shop.endDate, 30);
            pnlSeriesMs.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
            std::printf("       P&L: two years %.1f ms (%lld products), 30 days %.1f ms, one product by month %.1f ms "
                        "(%lld points)\n",
                pnlYearsMs.last(), static_cast<long long>(twoYears.products.rows.size()), pnlMonthMs.last(),
                pnlSeriesMs.last(), static_cast<long long>(series.size()));
            Q_UNUSED(days)
            // What the two years are made of: the days' figures, and the products' table.
            q.restart();
            const auto range = SalesReport::range(SalesReport::Period::Last2Years, evening);
            const auto dayFigures = DailySales::between(f.db(), range.first, range.last);
            const double daysMs = static_cast<double>(q.nsecsElapsed()) / 1e6;
            q.restart();
            const auto productFigures = ProductPnl::between(f.db(), range.first, range.last);
            const double productsMs = static_cast<double>(q.nsecsElapsed()) / 1e6;
            std::printf("       of which: days %.1f ms (%lld), products %.1f ms (%lld)\n", daysMs,
                static_cast<long long>(dayFigures.days.size()), productsMs,
                static_cast<long long>(productFigures.rows.size()));
        }

        // Local ingest alone: the same pages, parsed and written again into a fresh workspace.
        TestWorkspace fresh;
        Sql::exec(fresh.db(),
            u"INSERT INTO connections (id, kind, name, url, created_at, updated_at) VALUES (1, 'woocommerce', "
            u"'Bench', 'http://localhost', 0, 0)"_s);
        StoreIngest::Writer writer(fresh.db(), 1, u"woocommerce"_s);
        // Parsing the answers (the JSON into records), then writing them: timed apart.
        QElapsedTimer parse;
        parse.start();
        QList<QList<StoreIngest::Order>> parsed;
        for (const QByteArray& body : bodies) {
            QList<StoreIngest::Order> page;
            for (const QJsonValue& v : QJsonDocument::fromJson(body).array()) {
                QString error;
                if (const auto o = StoreIngest::wooOrder(v.toObject(), &error))
                    page.append(*o);
            }
            parsed.append(page);
        }
        const double parseS = static_cast<double>(parse.nsecsElapsed()) / 1e9;
        QElapsedTimer ingest;
        ingest.start();
        qint64 written = 0;
        qint64 commitNs = 0;
        for (const QList<StoreIngest::Order>& page : std::as_const(parsed)) {
            Transaction tx(fresh.db());
            writer.orders(page, 0);
            written += page.size();
            QElapsedTimer c;
            c.start();
            tx.commit();
            commitNs += c.nsecsElapsed();
        }
        const double writeS = static_cast<double>(ingest.nsecsElapsed()) / 1e9;
        parseRates.append(static_cast<double>(written) / parseS);
        const double rate = static_cast<double>(written) / writeS;
        ingestRates.append(rate);
        std::printf("       local ingest: %lld orders written in %.2f s (committing %.2f s) = %.0f orders/s (parsing "
                    "them: %.0f orders/s); dashboard: year %.1f ms, 30 days %.1f ms\n",
            static_cast<long long>(written), writeS, static_cast<double>(commitNs) / 1e9, rate, parseRates.last(),
            yearMs.value(run), monthMs.value(run));
    }
    std::printf("median: wall %.2f s, ratio to bound %.3f, local ingest %.0f orders/s, parsing %.0f orders/s, "
                "dashboard year %.1f ms, 30 days %.1f ms, P&L two years %.1f ms, 30 days %.1f ms, product series "
                "%.1f ms, peak RSS %ld MB\n",
        Bench::median(walls), Bench::median(ratios), Bench::median(ingestRates), Bench::median(parseRates),
        Bench::median(yearMs), Bench::median(monthMs), Bench::median(pnlYearsMs), Bench::median(pnlMonthMs),
        Bench::median(pnlSeriesMs), Bench::peakRssMb());
    return 0;
}
