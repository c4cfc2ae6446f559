#include "SocialFixture.h"
#include "social/SocialEngagement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using SocialEngagement::Metrics;

// Engagement read back from the sandbox's six platforms by the real client on the durable queue: each platform's
// own figures into one shape, a post deleted on the platform marked in words, a refused token and a rate limit
// handled; and what the shop learns from its own posts: a day × hour heatmap with best times only where enough
// posts stand behind a cell, and unusual posts by a robust z-score.
class TestSocialEngagement : public QObject
{
    Q_OBJECT

    static QJsonObject figures(qint64 impressions, qint64 likes)
    {
        return {{u"impressions"_s, impressions}, {u"reach"_s, impressions * 4 / 5}, {u"likes"_s, likes},
            {u"comments"_s, 5}, {u"shares"_s, 3}, {u"saves"_s, 2}, {u"clicks"_s, 10}};
    }

    // Plans and publishes one post per platform (the accounts post without asking); returns them by platform.
    static QHash<QString, qint64> publishAll(SocialFixture& s, const QStringList& platforms)
    {
        Sql::exec(s.f.db(), u"UPDATE social_accounts SET post_without_asking = 1"_s);
        QHash<QString, qint64> ids;
        for (const QString& platform : platforms)
            ids.insert(platform, s.plan(platform, u"The merino throw, back in moss. #wool"_s, u"2027-10-29T11:00"_s));
        if (!s.run())
            qWarning() << "the queue did not go idle";
        return ids;
    }

    static bool sync(SocialFixture& s)
    {
        {
            Transaction tx(s.f.db());
            SocialEngagement::queueAll(s.f.db(), s.clock.nowMs());
            tx.commit();
        }
        return s.run();
    }

private slots:
    void everyPlatformsFiguresComeBackInOneShape()
    {
        SocialFixture s;
        const QStringList platforms{u"instagram"_s, u"facebook"_s, u"pinterest"_s, u"x"_s, u"linkedin"_s, u"tiktok"_s};
        const auto ids = publishAll(s, platforms);
        for (const QString& platform : platforms) {
            const auto p = s.post(ids.value(platform));
            QVERIFY2(p.status == u"published", qPrintable(platform + u": "_s + p.status + u" "_s + p.error));
            s.f.sandbox()->setSocialMetrics(p.remoteId, figures(1000, 40));
        }
        QVERIFY(sync(s));
        const auto m = [&](const QString& platform) {
            const auto pm = SocialEngagement::load(s.f.db(), ids.value(platform));
            return pm ? pm->metrics : Metrics();
        };
        // Instagram: views, reach, likes, comments, shares, saved; no clicks.
        QCOMPARE(m(u"instagram"_s).impressions, 1000);
        QCOMPARE(m(u"instagram"_s).reach, 800);
        QCOMPARE(m(u"instagram"_s).saves, 2);
        QVERIFY(!m(u"instagram"_s).clicks);
        // Facebook: views, unique views, clicks, every reaction a like; no comments or saves in its insights.
        QCOMPARE(m(u"facebook"_s).impressions, 1000);
        QCOMPARE(m(u"facebook"_s).likes, 40);
        QCOMPARE(m(u"facebook"_s).clicks, 10);
        QVERIFY(!m(u"facebook"_s).saves);
        // Pinterest: impressions, saves, pin and outbound clicks together.
        QCOMPARE(m(u"pinterest"_s).impressions, 1000);
        QCOMPARE(m(u"pinterest"_s).saves, 2);
        QCOMPARE(m(u"pinterest"_s).clicks, 10);
        QVERIFY(!m(u"pinterest"_s).likes);
        // X: impressions, likes, replies, reposts and quotes, bookmarks; no reach.
        QCOMPARE(m(u"x"_s).impressions, 1000);
        QCOMPARE(m(u"x"_s).comments, 5);
        QCOMPARE(m(u"x"_s).shares, 3);
        QVERIFY(!m(u"x"_s).reach);
        // LinkedIn: the share statistics.
        QCOMPARE(m(u"linkedin"_s).impressions, 1000);
        QCOMPARE(m(u"linkedin"_s).reach, 800);
        QCOMPARE(m(u"linkedin"_s).clicks, 10);
        // TikTok: views, likes, comments, shares.
        QCOMPARE(m(u"tiktok"_s).impressions, 1000);
        QCOMPARE(m(u"tiktok"_s).shares, 3);
        QCOMPARE(*m(u"x"_s).rate(), (40 + 5 + 3 + 2) / 1000.0);

        // Read again only after six hours: a sync asked for sooner has nothing to do.
        {
            Transaction tx(s.f.db());
            QCOMPARE(SocialEngagement::queueAll(s.f.db(), s.clock.nowMs()), 0);
            tx.commit();
        }
        s.f.sandbox()->setSocialMetrics(s.post(ids.value(u"x"_s)).remoteId, figures(2500, 90));
        s.clock.advance(SocialEngagement::kSyncEveryMs);
        QVERIFY(sync(s));
        QCOMPARE(m(u"x"_s).impressions, 2500);
        QCOMPARE(m(u"x"_s).likes, 90);
        QCOMPARE(s.f.count(u"SELECT COUNT(*) FROM social_post_metrics"_s), 6);
        QCOMPARE(s.f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.sync' AND state <> 'done'"_s), 0);
    }

    void aPostDeletedOnThePlatformIsSaidInWords()
    {
        SocialFixture s;
        const QStringList platforms{u"instagram"_s, u"pinterest"_s, u"x"_s, u"tiktok"_s, u"linkedin"_s};
        const auto ids = publishAll(s, platforms);
        for (const QString& platform : platforms)
            QVERIFY(s.f.sandbox()->removeSocialPost(platform, s.post(ids.value(platform)).remoteId));
        const qint64 kept = s.plan(u"facebook"_s, u"Still there."_s, u"2027-10-29T12:00"_s);
        QVERIFY(s.run());
        QVERIFY(sync(s));
        // Missing once is noted, not believed: a platform may hide a post for a while.
        for (const QString& platform : platforms)
            QCOMPARE(s.post(ids.value(platform)).status, u"published"_s);
        s.clock.advance(SocialEngagement::kSyncEveryMs);
        QVERIFY(sync(s));
        for (const QString& platform : platforms) {
            const auto p = s.post(ids.value(platform));
            QVERIFY2(p.status == u"deleted", qPrintable(platform + u": "_s + p.status + u" "_s + p.error));
            QVERIFY2(p.error.contains(u"deleted there after it was published"_s), qPrintable(p.error));
        }
        QCOMPARE(s.post(kept).status, u"published"_s);
        QVERIFY(SocialEngagement::load(s.f.db(), kept));
        QCOMPARE(s.f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'social.deleted'"_s), platforms.size());
        // A deleted post is not read again.
        s.clock.advance(SocialEngagement::kSyncEveryMs);
        {
            Transaction tx(s.f.db());
            QCOMPARE(SocialEngagement::due(s.f.db(), s.accounts.value(u"x"_s), s.clock.nowMs()).size(), 0);
            tx.commit();
        }
    }

    void aRefusedPostIsTriedAgainOnlyAfterSixHours()
    {
        SocialFixture s;
        const auto ids = publishAll(s, {u"tiktok"_s, u"x"_s});
        // TikTok had not made the post public: it kept its publish id, which gives no figures.
        Sql::exec(s.f.db(), u"UPDATE social_posts SET remote_id = 'v_pub_url~v2.123' WHERE id = ?"_s,
            {ids.value(u"tiktok"_s)});
        QVERIFY(sync(s));
        const auto tiktok = SocialEngagement::load(s.f.db(), ids.value(u"tiktok"_s));
        QVERIFY(tiktok);
        QVERIFY(!tiktok->metrics.impressions);
        QCOMPARE(s.post(ids.value(u"tiktok"_s)).status, u"published"_s);
        QVERIFY(SocialEngagement::load(s.f.db(), ids.value(u"x"_s))->metrics.impressions);
        // The job's note says why.
        QCOMPARE(s.f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.sync' AND subject_id = ? AND result LIKE "
                           u"'%not made this post public%'"_s,
                     {s.accounts.value(u"tiktok"_s)}),
            1);
        {
            Transaction tx(s.f.db());
            QVERIFY(SocialEngagement::due(s.f.db(), s.accounts.value(u"tiktok"_s), s.clock.nowMs()).isEmpty());
            QCOMPARE(SocialEngagement::due(
                         s.f.db(), s.accounts.value(u"tiktok"_s), s.clock.nowMs() + SocialEngagement::kSyncEveryMs)
                         .size(),
                1);
            tx.commit();
        }
    }

    void aRevokedTokenAndARateLimitAreHandled()
    {
        SocialFixture s;
        const auto ids = publishAll(s, {u"instagram"_s, u"x"_s});
        s.f.sandbox()->setRouteFaults(u"instagram"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"401"_s}}});
        s.f.sandbox()->setRouteFaults(
            u"x"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"429"_s}}, {u"retryAfter"_s, 900}});
        const qint64 asked = s.clock.nowMs();
        QVERIFY(sync(s));
        // Instagram: the account waits for a new connection, in words; nothing was written.
        const auto gram = SocialAccounts::find(s.f.db(), s.accounts.value(u"instagram"_s));
        QCOMPARE(gram->status, u"reconnect"_s);
        QVERIFY2(gram->statusNote.contains(u"refused the access token"_s), qPrintable(gram->statusNote));
        QVERIFY(!SocialEngagement::load(s.f.db(), ids.value(u"instagram"_s)));
        // X: waited the 15 minutes it asked for, spending no attempt, then read.
        const auto x = SocialEngagement::load(s.f.db(), ids.value(u"x"_s));
        QVERIFY(x);
        QVERIFY2(x->syncedAt - asked >= 900'000, qPrintable(QString::number(x->syncedAt - asked)));
        QCOMPARE(s.f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.sync' AND state = 'done'"_s), 1);
        QCOMPARE(s.f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.sync' AND state = 'dead'"_s), 1);
        // An account to connect again is not synced until it is.
        s.clock.advance(SocialEngagement::kSyncEveryMs);
        {
            Transaction tx(s.f.db());
            QCOMPARE(SocialEngagement::queueAll(s.f.db(), s.clock.nowMs()), 1); // X only
            tx.commit();
        }
    }

    void bestTimesOnlyWhereEnoughPostsStandBehindThem()
    {
        SocialFixture s;
        const qint64 account = s.accounts.value(u"instagram"_s);
        qint64 n = 0;
        // Tuesdays at 19:00: three posts at 6 %; Mondays at 09:00: three at 2 %; Sundays at 20:00: two at 20 %.
        const auto add = [&](const QString& local, qint64 impressions, qint64 likes) {
            ++n;
            const qint64 id = Sql::insert(s.f.db(),
                u"INSERT INTO social_posts (account_id, text, text_hash, local_time, time_zone, scheduled_at, status, "
                u"remote_id, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'Europe/Amsterdam', 0, "
                u"'published', ?, ?, 0, 0)"_s,
                {account, u"Post %1"_s.arg(n), u"h%1"_s.arg(n), local, u"r%1"_s.arg(n), s.clock.nowMs()});
            Metrics m;
            m.impressions = impressions;
            m.likes = likes;
            SocialEngagement::write(s.f.db(), id, m, s.clock.nowMs());
        };
        for (const QString& day : {u"2027-10-05"_s, u"2027-10-12"_s, u"2027-10-19"_s})
            add(day + u"T19:00"_s, 1000, 60);
        for (const QString& day : {u"2027-10-04"_s, u"2027-10-11"_s, u"2027-10-18"_s})
            add(day + u"T09:30"_s, 1000, 20);
        const auto sundays = SocialEngagement::heatmap(s.f.db(), account);
        add(u"2027-10-10T20:00"_s, 100, 20);
        add(u"2027-10-17T20:00"_s, 100, 20);
        const auto map = SocialEngagement::heatmap(s.f.db(), account);
        QCOMPARE(map.posts, 8);
        QCOMPARE(map.at(2, 19).posts, 3);
        QCOMPARE(*map.at(2, 19).rate(), 0.06);
        QCOMPARE(map.at(1, 9).posts, 3);
        QCOMPARE(map.at(7, 20).posts, 2);
        QVERIFY(!map.at(3, 12).rate()); // no posts: no figure, not zero
        // Sunday evening did best, but on two posts only: no suggestion from it.
        const auto best = SocialEngagement::bestTimes(map);
        QCOMPARE(best.size(), 2);
        QCOMPARE(best.at(0).weekday, 2);
        QCOMPARE(best.at(0).hour, 19);
        QCOMPARE(best.at(0).posts, 3);
        QCOMPARE(best.at(1).weekday, 1);
        QCOMPARE(sundays.posts, 6);
        // Another account has no history: no suggestion at all (never a global average).
        QVERIFY(SocialEngagement::bestTimes(SocialEngagement::heatmap(s.f.db(), s.accounts.value(u"x"_s))).isEmpty());
    }

    void unusualPostsByARobustZScore()
    {
        SocialFixture s;
        const qint64 account = s.accounts.value(u"facebook"_s);
        QList<qint64> ids;
        const auto add = [&](qint64 likes) {
            const qint64 n = ids.size() + 1;
            const qint64 id = Sql::insert(s.f.db(),
                u"INSERT INTO social_posts (account_id, text, text_hash, local_time, time_zone, scheduled_at, status, "
                u"remote_id, published_at, created_at, updated_at) VALUES (?, ?, ?, '2027-10-04T09:00', "
                u"'Europe/Amsterdam', 0, 'published', ?, ?, 0, 0)"_s,
                {account, u"Post %1"_s.arg(n), u"h%1"_s.arg(n), u"r%1"_s.arg(n), s.clock.nowMs()});
            Metrics m;
            m.impressions = 1000;
            m.likes = likes;
            SocialEngagement::write(s.f.db(), id, m, s.clock.nowMs());
            ids.append(id);
        };
        for (const qint64 likes : {28, 30, 31, 29, 33, 27, 30})
            add(likes);
        add(150);
        // Seven ordinary posts and one at five times their rate.
        const auto found = SocialEngagement::anomalies(s.f.db(), account);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().postId, ids.last());
        QVERIFY(found.first().z > 3.5);
        QCOMPARE(found.first().median, 0.030);
        // Too few posts to judge: nothing is called unusual.
        Sql::exec(s.f.db(), u"DELETE FROM social_post_metrics WHERE post_id = ?"_s, {ids.first()});
        QVERIFY(SocialEngagement::anomalies(s.f.db(), account).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSocialEngagement)
#include "tst_socialengagement.moc"
