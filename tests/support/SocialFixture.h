#pragma once

#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "core/Clock.h"
#include "secrets/SecretCache.h"
#include "social/SocialAccounts.h"
#include "social/SocialPosts.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QJsonArray>
#include <QTimeZone>

// A test helper: the tests that include it use the literals too.
using namespace Qt::StringLiterals;

// The sandbox's six platforms with one account each ("Wolwinkel on <platform>", Europe/Amsterdam, a token in
// the cache), the real worker pool on a manual clock that starts on Friday 29 October 2027 at 10:00 in
// Amsterdam, two days before the clocks go back. Posts are planned by Ann and approved by Bob.
struct SocialFixture
{
    // Friday 29 October 2027, two days before the clocks go back in Amsterdam.
    static qint64 start()
    {
        return QDateTime(QDate(2027, 10, 29), QTime(10, 0), QTimeZone("Europe/Amsterdam")).toMSecsSinceEpoch();
    }
    ManualClock clock{start()};
    PipelineFixture f{&clock};
    QHash<QString, qint64> accounts;

    SocialFixture()
    {
        f.setStallTimeoutMs(1500);
        f.setJumpToDueJobs(true);
        // The manual clock runs ten times faster than real time while calls are out: on a loaded machine a
        // short lease would run out under a call and another worker take the job over mid-send.
        f.setSetting(u"pipeline.lease_ms"_s, u"600000"_s);
        ManualClock* c = &clock;
        f.sandbox()->setSocialClock([c] { return c->nowMs(); });
        const QList<std::pair<QString, QString>> list{{u"instagram"_s, u"17841400000000001"_s},
            {u"facebook"_s, u"101"_s}, {u"pinterest"_s, u"5550001"_s}, {u"x"_s, u"42"_s},
            {u"linkedin"_s, u"urn:li:organization:2414183"_s}, {u"tiktok"_s, u"me"_s}};
        Transaction tx(f.db());
        for (const auto& [platform, remote] : list) {
            SocialAccounts::Account a;
            a.platform = platform;
            a.name = u"Wolwinkel on "_s + platform;
            a.remoteId = remote;
            a.apiUrl = f.sandbox()->url().toString();
            a.zone = "Europe/Amsterdam";
            const qint64 id = SocialAccounts::save(f.db(), a, clock.nowMs());
            f.runtime().secrets()->put(SocialAccounts::secretKey(id, u"access_token"_s), u"sandbox-token"_s,
                SecretCache::originOf(QUrl(a.apiUrl)));
            accounts.insert(platform, id);
        }
        tx.commit();
        f.startPool();
    }
    qint64 plan(const QString& platform, const QString& text, const QString& local,
        const QString& image = u"https://shop.example/images/merino-throw.jpg"_s)
    {
        SocialPosts::Draft d;
        d.accountId = accounts.value(platform);
        d.text = text;
        d.local = local;
        d.link = u"https://shop.example/merino-throw"_s;
        if (platform == u"tiktok")
            d.media = {{image, 1080, 1920, 350'000}};
        else if (platform != u"x" && platform != u"linkedin")
            d.media = {{image, 1080, 1080, 350'000}};
        Transaction tx(f.db());
        const auto p = SocialPosts::plan(f.db(), d, u"Ann"_s, false, clock.nowMs());
        tx.commit();
        if (!p.problems.isEmpty())
            qWarning() << p.problems;
        return p.id;
    }
    // Approved by a second person (the proposer may not decide it alone).
    bool approve(const QList<qint64>& posts)
    {
        qint64 proposal = 0;
        {
            Transaction tx(f.db());
            proposal = SocialPosts::propose(f.db(), posts, u"Posts about the merino throw"_s, u"Ann"_s, clock.nowMs());
            tx.commit();
        }
        const Users::User bob = TestWorkspace::person(f.db(), u"Bob"_s, Users::Role::Owner);
        const auto outcome = ApprovalDesk::approve(f.db(), proposal, bob, QString(), u"test"_s, clock.nowMs());
        if (!outcome.ok)
            qWarning() << outcome.error;
        f.pool()->wake();
        return outcome.ok;
    }
    bool run()
    {
        f.pool()->wake();
        return f.runUntilIdle(10, 60'000);
    }
    SocialPosts::Post post(qint64 id) const { return *SocialPosts::load(f.db(), id); }
    QJsonArray on(const QString& platform) const { return f.sandbox()->socialPosts(platform); }
};
