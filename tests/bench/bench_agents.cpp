// Benchmark: the scheduled agents' cycle on a generated shop.
//
//   bench_agents [--orders 100000] [--customers 25000] [--repeats 5]
//
// A workspace (SQLite, as a shop owner has it) with one store, its customers and N paid orders over
// two years (a fifth from guests; the last three days hold ~400 orders, as a two-year shop of this
// size has). Each repeat times, in one transaction each, what the agent.run jobs do: Customer
// Segments over every order (RFM for every customer, written back), and Fraud Detection scoring the
// orders of the last three days not scored yet (its scores are removed between repeats so each
// repeat scores them all). No LLM calls. Reports medians of the repeats and a check of the results.
#include "BenchSupport.h"
#include "approvals/ApprovalRules.h"
#include "shopagents/FraudAgent.h"
#include "shopagents/SegmentsAgent.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"orders"_s, u"Orders."_s, u"n"_s, u"100000"_s},
        {u"customers"_s, u"Customers."_s, u"n"_s, u"25000"_s}, {u"repeats"_s, u"Repeats."_s, u"n"_s, u"5"_s}});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int customers = parser.value(u"customers"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();

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
        tx.commit();
    }
    std::printf("generated %d orders, %d customers in %lld ms\n", orders, customers, t.elapsed());

    QList<double> segments;
    QList<double> fraud;
    QList<double> cycle;
    int scored = 0;
    QString segmentNote;
    for (int r = 0; r < repeats; ++r) {
        Sql::exec(db, u"DELETE FROM order_risk"_s);
        QElapsedTimer s;
        s.start();
        {
            Transaction tx(db);
            segmentNote = SegmentsAgent().run(db, now).note;
            tx.commit();
        }
        const double segmentsMs = static_cast<double>(s.nsecsElapsed()) / 1e6;
        QElapsedTimer f;
        f.start();
        {
            Transaction tx(db);
            FraudAgent().run(db, now);
            tx.commit();
        }
        const double fraudMs = static_cast<double>(f.nsecsElapsed()) / 1e6;
        segments.append(segmentsMs);
        fraud.append(fraudMs);
        cycle.append(segmentsMs + fraudMs);
        scored = static_cast<int>(Sql::scalar(db, u"SELECT COUNT(*) FROM order_risk"_s).toLongLong());
    }
    const qint64 segmented = Sql::scalar(db, u"SELECT COUNT(*) FROM customers WHERE segment <> ''"_s).toLongLong();
    std::printf("customer segments (RFM over %d orders): median %.0f ms (min %.0f, max %.0f)\n", orders,
        Bench::median(segments), Bench::percentile(segments, 0), Bench::percentile(segments, 1));
    std::printf("fraud scoring (%d orders of the last 3 days): median %.0f ms (min %.0f, max %.0f)\n", scored,
        Bench::median(fraud), Bench::percentile(fraud, 0), Bench::percentile(fraud, 1));
    std::printf(
        "agent cycle (both, no LLM): median %.0f ms over %d repeats; %lld customers segmented; peak RSS %ld MB\n",
        Bench::median(cycle), repeats, segmented, Bench::peakRssMb());
    std::printf("%s\n", qPrintable(segmentNote));
    return segmented > 0 && scored > 0 ? 0 : 1;
}
