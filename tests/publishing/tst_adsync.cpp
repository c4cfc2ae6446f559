#include "PipelineFixture.h"
#include "campaigns/AdRuleStore.h"
#include "campaigns/AdSync.h"
#include "core/Clock.h"
#include "sandbox/AdAccount.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A Meta ad account comes in through the real client from the sandbox's account with 90 days of
// history: campaigns, ad sets and daily insights, summed into the campaigns' days. Recent days are
// read again as late conversions arrive, without counting anything twice; a rate limit is waited
// out; a token revoked half way stops the sync with a clear message and nothing half-counted.
class TestAdSync : public QObject
{
    Q_OBJECT

    static QDateTime start() { return QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone("Europe/Amsterdam")); }

    static AdAccount::Options account(const QDateTime& now)
    {
        AdAccount::Options o;
        o.now = now;
        return o;
    }

    struct Setup
    {
        ManualClock clock{start().toMSecsSinceEpoch()};
        PipelineFixture f{&clock};
        qint64 connection = 0;
        Setup()
        {
            f.sandbox()->generateAdAccount(account(start()));
            Connections::Connection c;
            c.kind = Connections::Kind::MetaAds;
            c.name = u"Ads"_s;
            c.url = f.sandbox()->url().toString();
            c.account = u"1234567890"_s;
            connection = Connections::save(f.db(), c, 1);
            f.runtime().secrets()->put(Connections::secretKey(connection, u"ads_token"_s), u"sandbox-token"_s,
                SecretCache::originOf(QUrl(c.url)));
            f.startPool();
        }
        bool sync()
        {
            {
                Transaction tx(f.db());
                AdSync::queue(f.db(), connection, clock.nowMs());
                tx.commit();
            }
            f.pool()->wake();
            // The clock moves slowly while calls run (their retries wait in real time), so leases hold.
            return f.runUntilIdle(10, 60'000);
        }
        qint64 scalar(const QString& sql, const QVariantList& binds = {}) const
        {
            return Sql::scalar(f.db(), sql, binds).toLongLong();
        }
    };

    // What the sandbox's account reports for these days, summed.
    static std::pair<qint64, qint64> spendAndPurchases(const AdAccount& a, QDate since, QDate until)
    {
        qint64 spend = 0;
        qint64 purchases = 0;
        for (const QJsonValue& v : a.insights(u"adset"_s, since, until)) {
            const QJsonObject r = v.toObject();
            spend += qRound64(r.value(u"spend"_s).toString().toDouble() * 100);
            purchases += r.value(u"actions"_s).toArray().first().toObject().value(u"value"_s).toString().toLongLong();
        }
        return {spend, purchases};
    }

private slots:
    void firstSyncReadsNinetyDays()
    {
        Setup s;
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM jobs WHERE state = 'done'"_s), 1);
        QSqlQuery a = Sql::exec(s.f.db(),
            u"SELECT currency, time_zone, synced_through, last_error FROM ad_accounts WHERE connection_id = ?"_s,
            {s.connection});
        QVERIFY(a.next());
        QCOMPARE(a.value(0).toString(), u"EUR"_s);
        QCOMPARE(a.value(1).toString(), u"Europe/Amsterdam"_s);
        QCOMPARE(a.value(2).toString(), u"2026-12-01"_s);
        QCOMPARE(a.value(3).toString(), QString());
        QCOMPARE(
            s.scalar(u"SELECT COUNT(*) FROM campaigns WHERE connection_id = ? AND platform = 'meta'"_s, {s.connection}),
            3);
        // Eight listed; the archived one (not listed) comes in from its insights, so its spend counts.
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_sets WHERE connection_id = ?"_s, {s.connection}), 9);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_sets WHERE status = 'ARCHIVED' AND campaign_id IS NOT NULL"_s), 1);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_sets WHERE learning = 'LEARNING'"_s), 1);
        // Every row of the 90 days (today as far as it has gone), once.
        AdAccount expected;
        expected.generate(account(start()));
        const QDate first = QDate(2026, 12, 2).addDays(-89);
        const auto [spend, purchases] = spendAndPurchases(expected, first, QDate(2026, 12, 2));
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_set_days"_s),
            expected.insights(u"adset"_s, first, QDate(2026, 12, 2)).size());
        QCOMPARE(s.scalar(u"SELECT SUM(spend_cents) FROM ad_set_days"_s), spend);
        QCOMPARE(s.scalar(u"SELECT SUM(purchases) FROM ad_set_days"_s), purchases);
        QCOMPARE(Sql::scalar(s.f.db(), u"SELECT MIN(day) FROM ad_set_days"_s).toString(), first.toString(Qt::ISODate));
        // The campaigns' days are the sums of their ad sets' days.
        QCOMPARE(s.scalar(u"SELECT SUM(spend_cents) FROM campaign_metrics"_s), spend);
        QCOMPARE(s.scalar(u"SELECT SUM(conversions) FROM campaign_metrics"_s), purchases);
        // Budgets: the sum of each campaign's active ad sets'.
        QCOMPARE(s.scalar(u"SELECT daily_budget_cents FROM campaigns WHERE external_id = '120210000000002'"_s), 6000);
        // Purchases per attribution window are kept beside the account's figure.
        QVERIFY(Sql::scalar(s.f.db(), u"SELECT windows FROM ad_set_days LIMIT 1"_s).toString().contains(u"7d_click"_s));
    }

    void lateConversionsAreReadAgainAndCountedOnce()
    {
        Setup s;
        QVERIFY(s.sync());
        const QString yesterday = u"2026-12-01"_s;
        const qint64 before = s.scalar(u"SELECT SUM(purchases) FROM ad_set_days WHERE day = ?"_s, {yesterday});
        const qint64 rows = s.scalar(u"SELECT COUNT(*) FROM ad_set_days"_s);
        // A day later: the sandbox's recent days have more purchases attributed.
        const QDateTime next = start().addDays(1);
        s.clock.setNow(next.toMSecsSinceEpoch());
        s.f.sandbox()->generateAdAccount(account(next));
        s.f.sandbox()->clearRequests();
        QVERIFY(s.sync());
        const qint64 after = s.scalar(u"SELECT SUM(purchases) FROM ad_set_days WHERE day = ?"_s, {yesterday});
        QVERIFY2(after > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
        AdAccount expected;
        expected.generate(account(next));
        QCOMPARE(after, spendAndPurchases(expected, QDate(2026, 12, 1), QDate(2026, 12, 1)).second);
        // One new day (the 3rd, as far as it has gone); nothing counted twice.
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_set_days"_s),
            rows + expected.insights(u"adset"_s, QDate(2026, 12, 3), QDate(2026, 12, 3)).size());
        // Only the 7 days up to the last complete one were asked for again (25 November to 1 December), and today.
        const auto requests = s.f.sandbox()->requests(u"meta"_s);
        bool asked = false;
        for (const auto& r : requests) {
            if (r.path.endsWith(u"/insights"_s)) {
                QVERIFY2(r.query.contains(u"\"since\":\"2026-11-25\",\"until\":\"2026-12-03\""_s), qPrintable(r.query));
                asked = true;
            }
        }
        QVERIFY(asked);
        QCOMPARE(Sql::scalar(s.f.db(), u"SELECT synced_through FROM ad_accounts"_s).toString(), u"2026-12-02"_s);
    }

    void rateLimitIsWaitedOut()
    {
        Setup s;
        // Pages of 100 rows; Meta's code 17 on the second insights page.
        s.f.sandbox()->setRouteFaults(u"meta"_s,
            QJsonObject{
                {u"pageSize"_s, 100}, {u"sequence"_s, QJsonArray{u"ok"_s, u"ok"_s, u"ok"_s, u"ok"_s, u"meta_17"_s}}});
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM jobs WHERE state = 'done'"_s), 1);
        AdAccount expected;
        expected.generate(account(start()));
        QCOMPARE(s.scalar(u"SELECT SUM(spend_cents) FROM ad_set_days"_s),
            spendAndPurchases(expected, QDate(2026, 12, 2).addDays(-89), QDate(2026, 12, 2)).first);
    }

    void revokedTokenStopsWithAClearMessage()
    {
        Setup s;
        s.f.sandbox()->setRouteFaults(u"meta"_s,
            QJsonObject{
                {u"pageSize"_s, 100}, {u"sequence"_s, QJsonArray{u"ok"_s, u"ok"_s, u"ok"_s, u"ok"_s, u"401"_s}}});
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 1);
        const QString error = Sql::scalar(s.f.db(), u"SELECT last_error FROM ad_accounts"_s).toString();
        QVERIFY2(error.contains(u"refused the access token"_s), qPrintable(error));
        // Not in: the account is not marked as synced, and what was written is whole pages.
        QCOMPARE(Sql::scalar(s.f.db(), u"SELECT synced_through FROM ad_accounts"_s).toString(), QString());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_set_days"_s) % 100, 0);
        // A new token: the next sync reads everything, once.
        QVERIFY(s.sync());
        AdAccount expected;
        expected.generate(account(start()));
        const QDate first = QDate(2026, 12, 2).addDays(-89);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_set_days"_s),
            expected.insights(u"adset"_s, first, QDate(2026, 12, 2)).size());
        QCOMPARE(Sql::scalar(s.f.db(), u"SELECT last_error FROM ad_accounts"_s).toString(), QString());
    }

    void rulesReadTheSyncedFiguresAndOnlySayWhatTheyWouldDo()
    {
        Setup s;
        AdRules::Rule pause;
        pause.name = u"Pause below 1.5"_s;
        pause.threshold = 1.5;
        pause.resumeThreshold = 2.2;
        pause.action = AdRules::Action::Pause;
        pause.minSpendCents = 5000;
        pause.minPurchases = 3;
        pause.live = true; // asked for live; nothing reaches the platform yet
        QString why;
        {
            Transaction tx(s.f.db());
            QVERIFY2(
                AdRuleStore::save(s.f.db(), pause, s.connection, u"Ann"_s, s.clock.nowMs(), &why) > 0, qPrintable(why));
            // A resume rule that overlaps it is refused, with the example.
            AdRules::Rule resume;
            resume.name = u"Wake up"_s;
            resume.compare = AdRules::Compare::Above;
            resume.threshold = 1.2;
            resume.action = AdRules::Action::Resume;
            resume.minSpendCents = 5000;
            resume.minPurchases = 3;
            QCOMPARE(AdRuleStore::save(s.f.db(), resume, s.connection, u"Ann"_s, s.clock.nowMs(), &why), 0);
            QVERIFY2(why.contains(u"can both act on"_s), qPrintable(why));
            tx.commit();
        }
        QVERIFY(s.sync());
        // The losing lookalike ad set: found, with the evidence; the best one: not.
        QSqlQuery q = Sql::exec(s.f.db(),
            u"SELECT fired, live, summary, evidence FROM ad_rule_firings WHERE object_name = 'Lookalike 1 %'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY2(
            q.value(2).toString().startsWith(u"Pause “Lookalike 1 %”: ROAS 0."_s), qPrintable(q.value(2).toString()));
        QVERIFY(q.value(3).toString().contains(u"\"to\":\"2026-12-01\""_s));
        q.finish(); // no read left open: the next sync's writes must be seen
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings WHERE object_name = 'Cart 7 days'"_s), 0);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings WHERE live = 1"_s), 0);
        // Notify-only: nothing was sent, every ad set still runs.
        for (const auto& r : s.f.sandbox()->requests(u"meta"_s))
            QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"ACTIVE"_s);
        // The same figures read again an hour later find nothing new.
        const qint64 rows = s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings"_s);
        QVERIFY(rows > 0);
        s.clock.advance(3'600'000);
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings"_s), rows);
    }
};

QTEST_GUILESS_MAIN(TestAdSync)
#include "tst_adsync.moc"
