#pragma once

#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "campaigns/AdRuleStore.h"
#include "campaigns/AdSync.h"
#include "core/Clock.h"
#include "sandbox/AdAccount.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A workspace with the sandbox's Meta ad account (90 days of history) connected, a running worker
// pool on a manual clock, and the steps the ad tests take: sync, save a rule, approve, count writes.
struct AdAccountSetup
{
    static QDateTime start() { return QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone("Europe/Amsterdam")); }
    static AdAccount::Options account(const QDateTime& now)
    {
        AdAccount::Options o;
        o.now = now;
        return o;
    }

    ManualClock clock{start().toMSecsSinceEpoch()};
    PipelineFixture f{&clock};
    qint64 connection = 0;
    explicit AdAccountSetup(int stallTimeoutMs = 60'000)
    {
        f.setStallTimeoutMs(stallTimeoutMs);
        f.sandbox()->generateAdAccount(account(start()));
        Connections::Connection c;
        c.kind = Connections::Kind::MetaAds;
        c.name = u"Ads"_s;
        c.url = f.sandbox()->url().toString();
        c.account = u"1234567890"_s;
        c.pageId = AdAccount::Options().pageId;
        connection = Connections::save(f.db(), c, 1);
        f.runtime().secrets()->put(
            Connections::secretKey(connection, u"ads_token"_s), u"sandbox-token"_s, SecretCache::originOf(QUrl(c.url)));
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
    QString text(const QString& sql, const QVariantList& binds = {}) const
    {
        return Sql::scalar(f.db(), sql, binds).toString();
    }
    void save(const AdRules::Rule& rule)
    {
        QString why;
        Transaction tx(f.db());
        QVERIFY2(AdRuleStore::save(f.db(), rule, connection, u"Ann"_s, clock.nowMs(), &why) > 0, qPrintable(why));
        tx.commit();
    }
    // An owner whose budget tiers are small: up to 40 a day runs, up to 45 runs and notifies, more waits.
    void smallBudgetTiers()
    {
        Transaction tx(f.db());
        ApprovalRules::ensureDefaults(f.db(), clock.nowMs());
        for (ApprovalRule r : ApprovalRules::current(f.db())) {
            if (r.key != u"budget_change" && r.key != u"ad_set_change")
                continue;
            r.low = ApprovalRule::Band{40, false};
            r.medium = ApprovalRule::Band{45, true};
            QStringList errors;
            QVERIFY2(ApprovalRules::save(f.db(), r, u"Ann"_s, clock.nowMs(), &errors), qPrintable(errors.join(u' ')));
        }
        tx.commit();
    }
    bool approve(qint64 proposal)
    {
        const auto outcome = ApprovalDesk::approve(
            f.db(), proposal, Users::signIn(f.db(), u"Ann"_s, clock.nowMs()), QString(), u"test"_s, clock.nowMs());
        if (!outcome.ok)
            qWarning() << outcome.error;
        f.pool()->wake();
        return outcome.ok && f.runUntilIdle(10, 60'000);
    }
    int posts() const
    {
        int n = 0;
        for (const auto& r : f.sandbox()->requests(u"meta"_s))
            n += r.method == "POST" ? 1 : 0;
        return n;
    }
};
