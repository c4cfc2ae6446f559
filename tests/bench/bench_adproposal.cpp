// Benchmark: from the insight that crosses a rule's threshold being stored to the proposal existing.
//
//   bench_adproposal [--adsets 10000] [--days 90] [--repeats 7]
//
// A workspace (SQLite, as a shop owner has it) with one Meta ad account of N ad sets and D days of
// daily insights each, all comfortably above the rule's threshold, and one live rule: pause below a
// ROAS of 1.5 over the last 3 complete days, with its evidence floor. Each repeat stores three
// days of one more ad set whose ROAS fell to 0.8 (committed, as a sync page is), then times what the
// sync does next in its closing transaction: the account's rules evaluated over the stored history,
// the finding recorded, the proposal written with its evidence and backtest and judged by the
// approval rules, committed. Each repeat checks that exactly that ad set's proposal exists.
#include "BenchSupport.h"
#include "approvals/ApprovalRules.h"
#include "campaigns/AdRuleStore.h"
#include "publishing/Connections.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"adsets"_s, u"Ad sets."_s, u"n"_s, u"10000"_s}, {u"days"_s, u"Days."_s, u"n"_s, u"90"_s},
        {u"repeats"_s, u"Repeats."_s, u"n"_s, u"7"_s}});
    parser.process(app);
    const int adSets = parser.value(u"adsets"_s).toInt();
    const int days = parser.value(u"days"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();

    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.path(), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QSqlDatabase db = workspace->db();
    const QTimeZone zone("Europe/Amsterdam");
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), zone).toMSecsSinceEpoch();
    const QDate last(2026, 12, 2); // the last complete day
    QElapsedTimer t;
    t.start();
    qint64 connection = 0;
    {
        Transaction tx(db);
        ApprovalRules::ensureDefaults(db, now);
        Connections::Connection c;
        c.kind = Connections::Kind::MetaAds;
        c.name = u"Bench ads"_s;
        c.account = u"1234567890"_s;
        connection = Connections::save(db, c, now);
        Sql::exec(db,
            u"INSERT INTO ad_accounts (connection_id, name, currency, time_zone, synced_through, updated_at) VALUES "
            u"(?, 'Bench', 'EUR', 'Europe/Amsterdam', ?, ?)"_s,
            {connection, last.toString(Qt::ISODate), now});
        const qint64 campaign = Sql::insert(db,
            u"INSERT INTO campaigns (name, platform, external_id, status, currency, connection_id, created_at, "
            u"updated_at) VALUES ('Bench', 'meta', '1', 'active', 'EUR', ?, ?, ?)"_s,
            {connection, now, now});
        std::mt19937_64 random(20261203);
        std::uniform_real_distribution<double> roas(2.2, 3.5);
        QSqlQuery set(db);
        set.prepare(u"INSERT INTO ad_sets (connection_id, campaign_id, remote_id, name, status, daily_budget_cents, "
                    u"learning, last_edit_at, updated_at) VALUES (?, ?, ?, ?, 'ACTIVE', 5000, 'SUCCESS', ?, ?)"_s);
        QSqlQuery day(db);
        day.prepare(u"INSERT INTO ad_set_days (ad_set_id, day, spend_cents, value_cents, impressions, clicks, "
                    u"purchases, reach, frequency, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1.4, ?)"_s);
        for (int i = 0; i < adSets; ++i) {
            set.addBindValue(connection);
            set.addBindValue(campaign);
            set.addBindValue(QString::number(238'400'000 + i));
            set.addBindValue(u"Ad set %1"_s.arg(i));
            set.addBindValue(now - 30LL * 86'400'000);
            set.addBindValue(now);
            set.exec();
            const qint64 id = set.lastInsertId().toLongLong();
            for (int d = 0; d < days; ++d) {
                const qint64 spend = 4000 + (d * 37 + i) % 1000;
                const qint64 value = static_cast<qint64>(static_cast<double>(spend) * roas(random));
                day.addBindValue(id);
                day.addBindValue(last.addDays(-d).toString(Qt::ISODate));
                day.addBindValue(spend);
                day.addBindValue(value);
                day.addBindValue(spend / 2);
                day.addBindValue(spend / 100);
                day.addBindValue(value / 5000);
                day.addBindValue(spend / 3);
                day.addBindValue(now);
                day.exec();
            }
        }
        AdRules::Rule pause;
        pause.name = u"Pause below 1.5"_s;
        pause.threshold = 1.5;
        pause.resumeThreshold = 2.2;
        pause.action = AdRules::Action::Pause;
        pause.minSpendCents = 5000;
        pause.minPurchases = 2;
        pause.maxActionsPerDay = 50;
        pause.live = true;
        if (AdRuleStore::save(db, pause, connection, u"bench"_s, now, &error) == 0) {
            std::fprintf(stderr, "rule: %s\n", qPrintable(error));
            return 1;
        }
        tx.commit();
    }
    std::printf("workspace: %d ad sets x %d days stored in %.1f s, peak RSS %ld MB\n", adSets, days,
        static_cast<double>(t.elapsed()) / 1000, Bench::peakRssMb());

    QList<double> samples;
    for (int r = 0; r < repeats; ++r) {
        const QString adSet = QString::number(238'400'000 + r * 97);
        {
            // The crossing insight: the last three days of one ad set at a ROAS of 0.8.
            Transaction tx(db);
            Sql::exec(db,
                u"UPDATE ad_set_days SET value_cents = spend_cents * 8 / 10, purchases = 3 WHERE day > ? AND "
                u"ad_set_id = (SELECT id FROM ad_sets WHERE remote_id = ?)"_s,
                {last.addDays(-3).toString(Qt::ISODate), adSet});
            tx.commit();
        }
        t.restart();
        {
            Transaction tx(db);
            AdRuleStore::evaluate(db, connection, now + r);
            tx.commit();
        }
        samples.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        const qint64 proposals = Sql::scalar(
            db, u"SELECT COUNT(*) FROM action_proposals WHERE json_extract(parameters, '$.ad_set_id') = ?"_s, {adSet})
                                     .toLongLong();
        const qint64 all = Sql::scalar(db, u"SELECT COUNT(*) FROM action_proposals"_s).toLongLong();
        if (proposals != 1 || all != r + 1) {
            std::fprintf(stderr, "repeat %d: %lld proposals for %s, %lld in all\n", r,
                static_cast<long long>(proposals), qPrintable(adSet), static_cast<long long>(all));
            return 1;
        }
    }
    std::printf("insight stored -> proposal committed: median %.0f ms (min %.0f, max %.0f) over %d repeats\n",
        Bench::median(samples), Bench::percentile(samples, 0), Bench::percentile(samples, 1), repeats);
    std::printf("peak RSS %ld MB\n", Bench::peakRssMb());
    return 0;
}
