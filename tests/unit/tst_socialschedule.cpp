#include "TestWorkspace.h"
#include "jobs/JobQueue.h"
#include "social/SocialAccounts.h"
#include "social/SocialPlatforms.h"
#include "social/SocialPosts.h"
#include "social/SocialSchedule.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Social posts are planned in wall time in the account's IANA zone and stay there across daylight-saving
// changes; the platforms' limits keep a post that would fail from being planned; the same text to the same
// account within a day is asked about; queue slots give the next free time.
class TestSocialSchedule : public QObject
{
    Q_OBJECT

    static qint64 utc(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
    }

    static qint64 account(TestWorkspace& tw, const QString& platform, const QByteArray& zone, bool withoutAsking)
    {
        SocialAccounts::Account a;
        a.platform = platform;
        a.name = u"@wolwinkel"_s;
        a.remoteId = u"17841400000000001"_s;
        a.zone = zone;
        a.postWithoutAsking = withoutAsking;
        Transaction tx(tw.db());
        const qint64 id = SocialAccounts::save(tw.db(), a, tw.clock().nowMs());
        tx.commit();
        return id;
    }

    static SocialPosts::Planned plan(TestWorkspace& tw, qint64 accountId, const QString& text, const QString& local,
        bool confirm = false,
        const QList<SocialPlatforms::Media>& media = {{u"https://shop.example/a.jpg"_s, 1080, 1350, 400'000}})
    {
        SocialPosts::Draft d;
        d.accountId = accountId;
        d.text = text;
        d.local = local;
        d.media = media;
        Transaction tx(tw.db());
        const auto p = SocialPosts::plan(tw.db(), d, u"Ann"_s, confirm, tw.clock().nowMs());
        tx.commit();
        return p;
    }

private slots:
    void wallTimeStaysAcrossEveryDaylightSavingEdge_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("before");
        QTest::addColumn<QDate>("after");
        // The day before and after each change in 2027, north and south.
        QTest::newRow("Amsterdam spring") << QByteArray("Europe/Amsterdam") << QDate(2027, 3, 27) << QDate(2027, 3, 29);
        QTest::newRow("Amsterdam autumn")
            << QByteArray("Europe/Amsterdam") << QDate(2027, 10, 30) << QDate(2027, 11, 1);
        QTest::newRow("New York spring") << QByteArray("America/New_York") << QDate(2027, 3, 13) << QDate(2027, 3, 15);
        QTest::newRow("New York autumn") << QByteArray("America/New_York") << QDate(2027, 11, 6) << QDate(2027, 11, 8);
        QTest::newRow("Sydney autumn") << QByteArray("Australia/Sydney") << QDate(2027, 4, 3) << QDate(2027, 4, 5);
        QTest::newRow("Sydney spring") << QByteArray("Australia/Sydney") << QDate(2027, 10, 2) << QDate(2027, 10, 4);
    }
    void wallTimeStaysAcrossEveryDaylightSavingEdge()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, before);
        QFETCH(QDate, after);
        const auto a = SocialSchedule::instant(QDateTime(before, QTime(9, 0)), zone);
        const auto b = SocialSchedule::instant(QDateTime(after, QTime(9, 0)), zone);
        QVERIFY(a && b);
        QCOMPARE(SocialSchedule::wallTime(*a, zone).time(), QTime(9, 0));
        QCOMPARE(SocialSchedule::wallTime(*b, zone).time(), QTime(9, 0));
        // Two days apart on the wall, an hour more or less in real time: the change is between them.
        const qint64 hours = (*b - *a) / 3'600'000;
        QVERIFY2(hours == 47 || hours == 49, qPrintable(QString::number(hours)));
    }

    void skippedAndRepeatedTimesAreDecided()
    {
        const QByteArray zone("Europe/Amsterdam");
        // 28 March 2027: 02:00 becomes 03:00. 02:30 does not exist: it is 03:30.
        const auto skipped = SocialSchedule::instant(QDateTime(QDate(2027, 3, 28), QTime(2, 30)), zone);
        QVERIFY(skipped);
        QCOMPARE(*skipped, utc(2027, 3, 28, 1, 30));
        QCOMPARE(SocialSchedule::wallTime(*skipped, zone).time(), QTime(3, 30));
        // 31 October 2027: 03:00 becomes 02:00 again. 02:30 happens twice: the first.
        const auto twice = SocialSchedule::instant(QDateTime(QDate(2027, 10, 31), QTime(2, 30)), zone);
        QVERIFY(twice);
        QCOMPARE(*twice, utc(2027, 10, 31, 0, 30));
        QVERIFY(!SocialSchedule::instant(QDateTime(QDate(2027, 1, 1), QTime(9, 0)), "Mars/Olympus"));
        QVERIFY(!SocialSchedule::instant(u"not a time"_s, zone));
        // Moves on the wall clock: a quarter past 02:45 on the night the clocks go back is 03:00, a day after
        // 09:00 before the spring change is 09:00.
        QCOMPARE(SocialSchedule::shiftedWall(u"2027-10-31T02:45"_s, 15), u"2027-10-31T03:00"_s);
        QCOMPARE(SocialSchedule::shiftedWall(u"2027-03-27T09:00"_s, 0, 1), u"2027-03-28T09:00"_s);
        QCOMPARE(SocialSchedule::shiftedWall(u"2027-03-27T23:50"_s, 15), u"2027-03-28T00:05"_s);
    }

    void platformLimitsAreSaidBeforePlanning()
    {
        using SocialPlatforms::problems;
        const QList<SocialPlatforms::Media> square{{u"https://shop.example/a.jpg"_s, 1080, 1080, 300'000}};
        QVERIFY(problems(u"x"_s, QString(280, u'a'), {}).isEmpty());
        QCOMPARE(problems(u"x"_s, QString(281, u'a'), {}).size(), 1);
        // X weighs an emoji and CJK as two and an address as 23; the others count code points.
        QVERIFY(problems(u"x"_s, QString(278, u'a') + u"😀"_s, {}).isEmpty());
        QCOMPARE(problems(u"x"_s, QString(279, u'a') + u"😀"_s, {}).size(), 1);
        QCOMPARE(SocialPlatforms::length(u"x"_s, u"日本 https://shop.example/a/very/long/path/to/the/merino-throw"_s),
            4 + 1 + 23);
        QCOMPARE(SocialPlatforms::length(u"linkedin"_s, u"😀日本"_s), 3);
        // A writer's hashtags as one line: # added where missing, spaces inside dropped (a tag has none).
        QCOMPARE(
            SocialPlatforms::hashtagLine(QJsonArray{u"merino wool"_s, u"#Knit"_s, u" "_s}), u"#merinowool #Knit"_s);
        QVERIFY(problems(u"linkedin"_s, QString(3000, u'a'), {}).isEmpty());
        QCOMPARE(problems(u"linkedin"_s, QString(3001, u'a'), {}).size(), 1);
        QCOMPARE(problems(u"pinterest"_s, QString(501, u'a'), square).size(), 1);
        QString tags;
        for (int i = 0; i < 31; ++i)
            tags += u" #tag%1"_s.arg(i);
        const QStringList tooMany = problems(u"instagram"_s, u"Wool"_s + tags, square);
        QCOMPARE(tooMany.size(), 1);
        QVERIFY(tooMany.first().contains(u"30"_s));
        QVERIFY(problems(u"instagram"_s, u"Wool"_s, {}).first().contains(u"image"_s));
        const QStringList wide
            = problems(u"instagram"_s, u"Wool"_s, {{u"https://shop.example/w.jpg"_s, 3000, 1000, 1}});
        QCOMPARE(wide.size(), 1);
        QVERIFY(wide.first().contains(u"3000 × 1000"_s));
        // X and LinkedIn posts go without images so far: one with an image is refused, not sent without it.
        QVERIFY(problems(u"x"_s, u"Wool"_s, {{u"https://shop.example/a.jpg"_s, 1000, 1000, 1}})
                    .join(u' ')
                    .contains(u"without images"_s));
        QCOMPARE(problems(u"pinterest"_s, u"Wool"_s, {{u"https://shop.example/a.jpg"_s, 1000, 1000, 21 * 1024 * 1024}})
                     .size(),
            1);
        QCOMPARE(problems(u"instagram"_s, u"Wool"_s, square, 50).size(), 1);
        QCOMPARE(problems(u"myspace"_s, u"Wool"_s, {}).size(), 1);
    }

    void aPostIsProposedOrScheduledAsTheOwnerChose()
    {
        TestWorkspace tw;
        const qint64 asks = account(tw, u"instagram"_s, "Europe/Amsterdam", false);
        const qint64 trusted = account(tw, u"facebook"_s, "Europe/Amsterdam", true);
        Sql::exec(tw.db(), u"UPDATE social_accounts SET remote_id = '101' WHERE id = ?"_s, {trusted});
        const auto p = plan(tw, asks, u"New: the merino throw."_s, u"2026-11-23T09:00"_s);
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(u' ')));
        QCOMPARE(p.status, u"proposed"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.publish'"_s), 0);
        const auto q = plan(tw, trusted, u"New: the merino throw."_s, u"2026-11-23T09:00"_s);
        QCOMPARE(q.status, u"scheduled"_s);
        // Its job is due at 09:00 Amsterdam (08:00 UTC in November).
        QCOMPARE(tw.count(u"SELECT run_after FROM jobs WHERE kind = 'social.publish' AND subject_id = ?"_s, {q.id}),
            utc(2026, 11, 23, 8, 0));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'social.planned'"_s), 2);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM social_post_versions"_s), 2);

        // Approved: scheduled and queued; moved: validated again, the job follows.
        {
            Transaction tx(tw.db());
            QCOMPARE(SocialPosts::schedule(tw.db(), {p.id}, u"Bob"_s, tw.clock().nowMs()), 1);
            tx.commit();
        }
        QCOMPARE(SocialPosts::load(tw.db(), p.id)->status, u"scheduled"_s);
        {
            Transaction tx(tw.db());
            QVERIFY(SocialPosts::move(tw.db(), p.id, u"2026-11-24T18:30"_s, u"Ann"_s, tw.clock().nowMs()).isEmpty());
            tx.commit();
        }
        QCOMPARE(tw.count(u"SELECT run_after FROM jobs WHERE kind = 'social.publish' AND subject_id = ? AND state = "
                          u"'queued'"_s,
                     {p.id}),
            utc(2026, 11, 24, 17, 30));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.publish' AND subject_id = ? AND state = "
                          u"'queued'"_s,
                     {p.id}),
            1);
        // A time that has passed, and a text Instagram would refuse, are refused in words.
        Transaction tx(tw.db());
        QVERIFY(SocialPosts::move(tw.db(), p.id, u"2026-11-01T09:00"_s, u"Ann"_s, tw.clock().nowMs())
                    .first()
                    .contains(u"passed"_s));
        QVERIFY(!SocialPosts::edit(tw.db(), p.id, QString(2201, u'a'), u"Ann"_s, tw.clock().nowMs()).isEmpty());
        QVERIFY(SocialPosts::edit(tw.db(), p.id, u"New: the merino throw, now in moss."_s, u"Ann"_s, tw.clock().nowMs())
                    .isEmpty());
        QCOMPARE(SocialPosts::load(tw.db(), p.id)->version, 2);
        QVERIFY(SocialPosts::cancel(tw.db(), p.id, u"Ann"_s, tw.clock().nowMs()).isEmpty());
        tx.commit();
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'social.publish' AND subject_id = ? AND state = "
                          u"'queued'"_s,
                     {p.id}),
            0);
    }

    void theSameTextToTheSameAccountWithinADayIsAskedAbout()
    {
        TestWorkspace tw;
        const qint64 a = account(tw, u"instagram"_s, "Europe/Amsterdam", false);
        const auto first = plan(tw, a, u"The merino throw is back."_s, u"2026-11-23T09:00"_s);
        QVERIFY(first.id > 0);
        // Spacing and case do not make it another text.
        const auto again = plan(tw, a, u"  the merino   THROW is back. "_s, u"2026-11-23T20:00"_s);
        QCOMPARE(again.id, 0);
        QCOMPARE(again.duplicateOf, first.id);
        const auto confirmed = plan(tw, a, u"The merino throw is back."_s, u"2026-11-23T20:00"_s, true);
        QVERIFY(confirmed.id > 0);
        // Two days later is not a repeat.
        QVERIFY(plan(tw, a, u"The merino throw is back."_s, u"2026-11-25T21:00"_s).duplicateOf == 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM social_posts"_s), 3);
    }

    void instagramsMovingQuotaIsCheckedWhenPlanning()
    {
        TestWorkspace tw;
        const qint64 a = account(tw, u"instagram"_s, "UTC", true);
        for (int i = 0; i < 50; ++i) {
            const auto p = plan(tw, a, u"Post %1"_s.arg(i),
                u"2026-11-23T%1:%2"_s.arg(i / 4, 2, 10, QLatin1Char('0')).arg((i % 4) * 15, 2, 10, QLatin1Char('0')));
            QVERIFY2(p.id > 0, qPrintable(p.problems.join(u' ')));
        }
        const auto over = plan(tw, a, u"Post 51"_s, u"2026-11-23T23:00"_s);
        QCOMPARE(over.id, 0);
        QVERIFY(over.problems.join(u' ').contains(u"50"_s));
        // Before them, too: the 24 hours from 22 November 23:00 would hold 51.
        QCOMPARE(plan(tw, a, u"Post 50b"_s, u"2026-11-22T23:00"_s).id, 0);
        // A day after the first of them, the window has room again.
        QVERIFY(plan(tw, a, u"Post 52"_s, u"2026-11-24T00:10"_s).id > 0);
    }

    void theNextFreeSlotIsFoundInTheAccountsZone()
    {
        TestWorkspace tw;
        const qint64 a = account(tw, u"x"_s, "Europe/Amsterdam", true);
        QString why;
        QVERIFY(!SocialSchedule::nextFreeSlot(tw.db(), a, tw.clock().nowMs(), &why));
        QVERIFY(!why.isEmpty());
        // Mondays and Thursdays at 09:00 and 19:30.
        {
            Transaction tx(tw.db());
            SocialSchedule::setPostingTimes(tw.db(), a, {{1, 540}, {1, 1170}, {4, 540}});
            tx.commit();
        }
        // From Friday 20 November 2026 12:00: Monday 23 November 09:00.
        const auto first = SocialSchedule::nextFreeSlot(tw.db(), a, tw.clock().nowMs(), &why);
        QVERIFY(first);
        QCOMPARE(first->local, u"2026-11-23T09:00"_s);
        QVERIFY(plan(tw, a, u"One"_s, first->local, false, {}).id > 0);
        // Taken: the next is that evening, then Thursday.
        const auto second = SocialSchedule::nextFreeSlot(tw.db(), a, tw.clock().nowMs(), &why);
        QCOMPARE(second->local, u"2026-11-23T19:30"_s);
        QVERIFY(plan(tw, a, u"Two"_s, second->local, false, {}).id > 0);
        QCOMPARE(SocialSchedule::nextFreeSlot(tw.db(), a, tw.clock().nowMs(), &why)->local, u"2026-11-26T09:00"_s);
        // Across the change to summer time a Monday 09:00 slot is still 09:00 on the wall.
        const auto spring = SocialSchedule::nextFreeSlot(tw.db(), a, utc(2027, 3, 26, 12, 0), &why);
        QCOMPARE(spring->local, u"2027-03-29T09:00"_s);
        QCOMPARE(spring->at, utc(2027, 3, 29, 7, 0));
    }
};

QTEST_GUILESS_MAIN(TestSocialSchedule)
#include "tst_socialschedule.moc"
