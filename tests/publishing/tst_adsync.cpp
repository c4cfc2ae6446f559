#include "AdAccountSetup.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "campaigns/AdRuleStore.h"
#include "campaigns/AdSync.h"
#include "campaigns/BudgetShift.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "sandbox/AdAccount.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// A budget shift the CEO proposed, with the ad sets it names.
struct Shift
{
    qint64 id = 0;
    QJsonObject params;
    QString from; // the ad set lowered
    QString to;   // the ad set raised
};

// A Meta ad account comes in through the real client from the sandbox's account with 90 days of
// history: campaigns, ad sets and daily insights, summed into the campaigns' days. Recent days are
// read again as late conversions arrive, without counting anything twice; a rate limit is waited
// out; a token revoked half way stops the sync with a clear message and nothing half-counted.
class TestAdSync : public QObject
{
    Q_OBJECT

    using Setup = AdAccountSetup;
    static QDateTime start() { return AdAccountSetup::start(); }
    static AdAccount::Options account(const QDateTime& now) { return AdAccountSetup::account(now); }

    // Pauses an ad set below ROAS 1.5 over the last 3 complete days, resumes only above 2.2.
    static AdRules::Rule pauseRule(bool live)
    {
        AdRules::Rule pause;
        pause.name = u"Pause below 1.5"_s;
        pause.threshold = 1.5;
        pause.resumeThreshold = 2.2;
        pause.action = AdRules::Action::Pause;
        pause.minSpendCents = 5000;
        pause.minPurchases = 3;
        pause.live = live;
        return pause;
    }

    // Raises the budget of ad sets above ROAS 3 by 20 %, up to 100 a day each and 500 for the account.
    static AdRules::Rule scaleRule()
    {
        AdRules::Rule scale;
        scale.name = u"Scale above 3"_s;
        scale.compare = AdRules::Compare::Above;
        scale.threshold = 3;
        scale.action = AdRules::Action::ChangeBudget;
        scale.changePercent = 20;
        scale.objectCeilingCents = 10000;
        scale.accountCeilingCents = 50000;
        scale.minSpendCents = 5000;
        scale.minPurchases = 3;
        scale.live = true;
        return scale;
    }

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
        const AdRules::Rule pause = pauseRule(false); // notify-only
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
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
        // Notify-only: nothing was proposed or sent, every ad set still runs.
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

    // A paused Ad Rules agent finds and proposes nothing; resumed, the next sync's figures are read in full.
    void aPausedRulesAgentActsOnlyAfterTheResume()
    {
        Setup s;
        s.save(pauseRule(true));
        Sql::exec(s.f.db(),
            u"INSERT INTO agents (name, cluster, paused, updated_at) VALUES ('Ad Rules', 'marketing', 1, 0) ON "
            u"CONFLICT (name) DO UPDATE SET paused = 1"_s);
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings"_s), 0);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Ad Rules'"_s), 0);
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"ACTIVE"_s);
        // The A/B tests agent is not paused: it ran.
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'A/B tests'"_s), 1);

        Sql::exec(s.f.db(), u"UPDATE agents SET paused = 0 WHERE name = 'Ad Rules'"_s);
        s.clock.advance(600'000);
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings WHERE object_name = 'Lookalike 1 %'"_s), 1);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM agent_runs WHERE agent = 'Ad Rules'"_s), 1);
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"PAUSED"_s);
    }

    // Notify-only showed that it would pause the loser today; switched live the same day, it does so at the
    // next read (its notify-only finding neither blocks it nor starts its cooldown), once.
    void aRuleSwitchedLiveActsTheSameDay()
    {
        Setup s;
        s.save(pauseRule(false));
        QVERIFY(s.sync());
        const QString finding = u"SELECT live || ':' || COALESCE(proposal_id, 0) FROM ad_rule_firings WHERE "
                                u"object_name = 'Lookalike 1 %'"_s;
        QCOMPARE(s.text(finding), u"0:0"_s);
        Sql::exec(s.f.db(), u"UPDATE ad_rules SET live = 1"_s);
        s.clock.advance(600'000);
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_rule_firings WHERE object_name = 'Lookalike 1 %'"_s), 1);
        QVERIFY2(s.text(finding).startsWith(u"1:"_s) && s.text(finding) != u"1:0"_s, qPrintable(s.text(finding)));
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"PAUSED"_s);
        // Read again: nothing more is proposed or sent.
        const qint64 proposals = s.scalar(u"SELECT COUNT(*) FROM action_proposals"_s);
        const int posts = s.posts();
        s.clock.advance(600'000);
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM action_proposals"_s), proposals);
        QCOMPARE(s.posts(), posts);
    }

    void aConnectionRemovedMidSyncEndsItsSyncAtOnce()
    {
        Setup s;
        s.f.sandbox()->setRouteFaults(u"meta"_s, QJsonObject{{u"pageSize"_s, 100}});
        {
            Transaction tx(s.f.db());
            AdSync::queue(s.f.db(), s.connection, s.clock.nowMs());
            tx.commit();
        }
        s.f.pool()->wake();
        bool removed = false;
        QVERIFY(s.f.runUntilIdle(10, 30'000, [&] {
            if (removed || s.f.sandbox()->requestCount(u"meta"_s) < 3)
                return;
            Transaction tx(s.f.db());
            Connections::remove(s.f.db(), s.connection);
            tx.commit();
            removed = true;
        }));
        QVERIFY(removed);
        // Ended at once with the reason, on its first attempt: not left running until its lease ran out
        // and another worker took it up again.
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM jobs WHERE state = 'running'"_s), 0);
        QCOMPARE(s.scalar(u"SELECT claims FROM jobs WHERE kind = 'ads.sync'"_s), 1);
        QVERIFY2(s.text(u"SELECT last_error FROM jobs WHERE kind = 'ads.sync'"_s).contains(u"removed"_s),
            qPrintable(s.text(u"SELECT last_error FROM jobs WHERE kind = 'ads.sync'"_s)));
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_sets"_s), 0);
    }

    void aLiveRulePausesTheLoserOnMeta()
    {
        Setup s;
        s.save(pauseRule(true));
        QVERIFY(s.sync());
        // The finding became a proposal with its evidence; 80.00 a day at stake runs by itself.
        const qint64 proposal
            = s.scalar(u"SELECT proposal_id FROM ad_rule_firings WHERE object_name = 'Lookalike 1 %' AND live = 1"_s);
        QVERIFY(proposal > 0);
        const auto p = ApprovalDesk::load(s.f.db(), proposal);
        QVERIFY(p);
        QCOMPARE(p->actionType, ActionType::AdSetChange);
        QCOMPARE(p->status, u"auto_approved"_s);
        QCOMPARE(p->title, u"Pause “Lookalike 1 %”"_s);
        QVERIFY2(p->reasoning.contains(u"ROAS 0."_s) && p->reasoning.contains(u"Replayed on this ad set"_s),
            qPrintable(p->reasoning));
        QCOMPARE(p->parameters.value(u"daily_budget"_s).toString(), u"80.00"_s);
        // Carried out on Meta, and Meta's answer recorded.
        QCOMPARE(p->executionState, u"done"_s);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"written"_s);
        QCOMPARE(p->executedParameters.value(u"platform"_s).toObject().value(u"status"_s).toString(), u"PAUSED"_s);
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"PAUSED"_s);
        QCOMPARE(s.text(u"SELECT status FROM ad_sets WHERE remote_id = '23841003'"_s), u"PAUSED"_s);
        // The two losers (ROAS 0.6 and 1.2), once each; the winners run on.
        QCOMPARE(s.text(u"SELECT status FROM ad_sets WHERE name = 'Linen – video'"_s), u"PAUSED"_s);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ads.written'"_s), 2);
        QCOMPARE(s.posts(), 2);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM ad_sets WHERE status = 'ACTIVE'"_s), 6);
        QCOMPARE(s.f.sandbox()->adSet(u"23841004"_s).value(u"status"_s).toString(), u"ACTIVE"_s);
        // An hour later the same figures propose and send nothing more.
        s.clock.advance(3'600'000);
        QVERIFY(s.sync());
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM action_proposals"_s), 2);
        QCOMPARE(s.posts(), 2);
    }

    void aScaleAboveTheTierWaitsForAPerson()
    {
        Setup s;
        s.smallBudgetTiers();
        s.save(scaleRule());
        QVERIFY(s.sync());
        // "Cart 7 days" (30.00 -> 36.00) runs by itself; "Interest: interior design" (40.00 -> 48.00) waits.
        QCOMPARE(s.f.sandbox()->adSet(u"23841004"_s).value(u"daily_budget"_s).toString(), u"3600"_s);
        QCOMPARE(s.scalar(u"SELECT daily_budget_cents FROM ad_sets WHERE remote_id = '23841004'"_s), 3600);
        const qint64 waiting = s.scalar(
            u"SELECT id FROM action_proposals WHERE status = 'pending' AND json_extract(parameters, '$.ad_set_id') = "
            u"'23841002'"_s);
        QVERIFY(waiting > 0);
        const auto p = ApprovalDesk::load(s.f.db(), waiting);
        QCOMPARE(p->actionType, ActionType::BudgetChange);
        QCOMPARE(p->parameters.value(u"amount"_s).toString(), u"48.00"_s);
        QCOMPARE(p->parameters.value(u"previous"_s).toString(), u"40.00"_s);
        QCOMPARE(p->riskLevel, u"high"_s);
        QCOMPARE(s.f.sandbox()->adSet(u"23841002"_s).value(u"daily_budget"_s).toString(), u"4000"_s);
        // Approved: Meta has it, and the edit counts as the ad set's last significant one.
        const qint64 approvedAt = s.clock.nowMs();
        QVERIFY(s.approve(waiting));
        QCOMPARE(s.f.sandbox()->adSet(u"23841002"_s).value(u"daily_budget"_s).toString(), u"4800"_s);
        QCOMPARE(s.scalar(u"SELECT daily_budget_cents FROM ad_sets WHERE remote_id = '23841002'"_s), 4800);
        QVERIFY(s.scalar(u"SELECT last_edit_at FROM ad_sets WHERE remote_id = '23841002'"_s) >= approvedAt);
        QCOMPARE(s.text(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {waiting}), u"done"_s);
        // The ceiling holds: the winners' budgets never go above 100.00 however often the rule fires.
        QVERIFY(s.scalar(u"SELECT MAX(daily_budget_cents) FROM ad_sets"_s) <= 10000);
    }

    void aFailedWriteShowsOnTheProposalAndIsRetried()
    {
        Setup s;
        s.smallBudgetTiers();
        AdRules::Rule pause = pauseRule(true);
        s.save(pause);
        // 80.00 at stake is above the small tiers: the pause waits.
        QVERIFY(s.sync());
        const qint64 proposal = s.scalar(
            u"SELECT id FROM action_proposals WHERE status = 'pending' AND json_extract(parameters, '$.ad_set_id') = "
            u"'23841003'"_s);
        QVERIFY(proposal > 0);
        // Meta answers the write with its transient error 2 twice, then takes it.
        s.f.sandbox()->setRouteFaults(
            u"meta"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"ok"_s, u"500"_s, u"ok"_s, u"500"_s}}});
        QStringList seen;
        const auto outcome = ApprovalDesk::approve(s.f.db(), proposal,
            Users::signIn(s.f.db(), u"Ann"_s, s.clock.nowMs()), QString(), u"test"_s, s.clock.nowMs());
        QVERIFY(outcome.ok);
        s.f.pool()->wake();
        QVERIFY(s.f.runUntilIdle(10, 60'000, [&] {
            const QString state = s.text(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {proposal});
            if (seen.isEmpty() || seen.last() != state)
                seen.append(state);
        }));
        QVERIFY2(seen.contains(u"retrying"_s), qPrintable(seen.join(u", "_s)));
        QCOMPARE(s.text(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {proposal}), u"done"_s);
        QCOMPARE(s.text(u"SELECT execution_error FROM action_proposals WHERE id = ?"_s, {proposal}), QString());
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"PAUSED"_s);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ads.written'"_s), 1);
    }

    void aWriteWhoseAnswerIsLostIsNotMadeTwice()
    {
        Setup s(1500);
        s.smallBudgetTiers();
        s.save(pauseRule(true));
        QVERIFY(s.sync());
        const qint64 proposal = s.scalar(
            u"SELECT id FROM action_proposals WHERE status = 'pending' AND json_extract(parameters, '$.ad_set_id') = "
            u"'23841003'"_s);
        // The read goes through; the write is made and its answer never comes.
        s.f.sandbox()->setRouteFaults(
            u"meta"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"ok"_s, u"timeout_after_write"_s}}});
        QVERIFY(s.approve(proposal));
        QCOMPARE(s.f.sandbox()->adSet(u"23841003"_s).value(u"status"_s).toString(), u"PAUSED"_s);
        QCOMPARE(s.posts(), 1);
        const auto p = ApprovalDesk::load(s.f.db(), proposal);
        QCOMPARE(p->executionState, u"done"_s);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"unchanged"_s);
    }

    void aBudgetChangedInAdsManagerMeanwhileIsLeftAlone()
    {
        Setup s;
        s.smallBudgetTiers();
        s.save(scaleRule());
        QVERIFY(s.sync());
        const qint64 waiting = s.scalar(
            u"SELECT id FROM action_proposals WHERE status = 'pending' AND json_extract(parameters, '$.ad_set_id') = "
            u"'23841002'"_s);
        QVERIFY(waiting > 0);
        // Someone sets 45.00 in Ads Manager before the approval.
        QString why;
        QVERIFY(s.f.sandbox()->updateAdSet(u"23841002"_s, QUrlQuery{{u"daily_budget"_s, u"4500"_s}}, &why));
        const int before = s.posts();
        QVERIFY(s.approve(waiting));
        QCOMPARE(s.posts(), before);
        QCOMPARE(s.f.sandbox()->adSet(u"23841002"_s).value(u"daily_budget"_s).toString(), u"4500"_s);
        const auto p = ApprovalDesk::load(s.f.db(), waiting);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"skipped"_s);
        QVERIFY2(p->executionError.contains(u"someone changed it since"_s), qPrintable(p->executionError));
        QCOMPARE(s.scalar(u"SELECT daily_budget_cents FROM ad_sets WHERE remote_id = '23841002'"_s), 4500);
    }

    // The CEO's shift, approved: the source is lowered first, the target raised after it; a failure of
    // the second write is retried without writing the first again.
    static Shift proposeShift(Setup& s)
    {
        QString why;
        Transaction tx(s.f.db());
        Shift shift;
        shift.id = BudgetShift::propose(s.f.db(), s.connection, u"CEO"_s, s.clock.nowMs(), &why);
        tx.commit();
        if (shift.id <= 0) {
            if (!why.isEmpty())
                qWarning() << "no shift:" << why;
            return shift;
        }
        shift.params = ApprovalDesk::load(s.f.db(), shift.id)->parameters;
        shift.from = shift.params.value(u"from_ad_set_id"_s).toString();
        shift.to = shift.params.value(u"to_ad_set_id"_s).toString();
        return shift;
    }

    void anApprovedShiftLowersFirstThenRaises()
    {
        Setup s;
        QVERIFY(s.sync());
        const Shift proposed = proposeShift(s);
        QVERIFY(proposed.id > 0);
        const qint64 shift = proposed.id;
        const QJsonObject& params = proposed.params;
        const QString& from = proposed.from;
        const QString& to = proposed.to;
        const qint64 fromBudget = s.f.sandbox()->adSet(from).value(u"daily_budget"_s).toString().toLongLong();
        const qint64 toBudget = s.f.sandbox()->adSet(to).value(u"daily_budget"_s).toString().toLongLong();
        const qint64 amount = *Money::parse(params.value(u"amount"_s).toString());
        QCOMPARE(fromBudget, *Money::parse(params.value(u"from_budget"_s).toString()));
        const qint64 total = s.scalar(u"SELECT SUM(daily_budget_cents) FROM ad_sets WHERE status = 'ACTIVE'"_s);
        // Read the source and the target, write and read again the source; then read the target and its
        // write fails once.
        s.f.sandbox()->setRouteFaults(
            u"meta"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"ok"_s, u"ok"_s, u"ok"_s, u"ok"_s, u"ok"_s, u"500"_s}}});
        const int before = s.posts();
        QStringList seen;
        const auto outcome = ApprovalDesk::approve(
            s.f.db(), shift, Users::signIn(s.f.db(), u"Ann"_s, s.clock.nowMs()), QString(), u"test"_s, s.clock.nowMs());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        s.f.pool()->wake();
        QVERIFY(s.f.runUntilIdle(10, 60'000, [&] {
            const QString state = s.text(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {shift});
            if (seen.isEmpty() || seen.last() != state)
                seen.append(state);
        }));
        QVERIFY2(seen.contains(u"retrying"_s), qPrintable(seen.join(u", "_s)));
        QCOMPARE(s.text(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {shift}), u"done"_s);
        QCOMPARE(s.text(u"SELECT execution_error FROM action_proposals WHERE id = ?"_s, {shift}), QString());
        QCOMPARE(s.f.sandbox()->adSet(from).value(u"daily_budget"_s).toString().toLongLong(), fromBudget - amount);
        QCOMPARE(s.f.sandbox()->adSet(to).value(u"daily_budget"_s).toString().toLongLong(), toBudget + amount);
        // Two writes made, one failed in between: three posts; the total stays.
        QCOMPARE(s.posts() - before, 3);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ads.written'"_s), 2);
        QCOMPARE(s.scalar(u"SELECT SUM(daily_budget_cents) FROM ad_sets WHERE status = 'ACTIVE'"_s), total);
        const auto p = ApprovalDesk::load(s.f.db(), shift);
        QCOMPARE(p->executedParameters.value(u"step1"_s).toObject().value(u"outcome"_s).toString(), u"written"_s);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"written"_s);
        // A day later both were edited 25 hours ago: no new shift touches either of them for 72 hours.
        s.clock.advance(25 * 3'600'000LL);
        const Shift next = proposeShift(s);
        for (const QString& id : {from, to})
            QVERIFY2(next.from != id && next.to != id, qPrintable(next.from + u" → "_s + next.to));
    }

    void aShiftWhoseTargetChangedMeanwhileMovesNothing()
    {
        Setup s;
        QVERIFY(s.sync());
        const Shift proposed = proposeShift(s);
        QVERIFY(proposed.id > 0);
        const QString fromBudget = s.f.sandbox()->adSet(proposed.from).value(u"daily_budget"_s).toString();
        QString why;
        QVERIFY(s.f.sandbox()->updateAdSet(proposed.to, QUrlQuery{{u"daily_budget"_s, u"9900"_s}}, &why));
        const int before = s.posts();
        QVERIFY(s.approve(proposed.id));
        // Nothing written: the source keeps its budget, so the shift is not left half done.
        QCOMPARE(s.posts(), before);
        QCOMPARE(s.f.sandbox()->adSet(proposed.from).value(u"daily_budget"_s).toString(), fromBudget);
        const auto p = ApprovalDesk::load(s.f.db(), proposed.id);
        QCOMPARE(p->executionState, u"done"_s);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"skipped"_s);
        QVERIFY2(p->executionError.contains(u"nothing was moved"_s), qPrintable(p->executionError));
    }

    void aShiftWhoseSourceChangedMeanwhileMovesNothing()
    {
        Setup s;
        QVERIFY(s.sync());
        const Shift proposed = proposeShift(s);
        QVERIFY(proposed.id > 0);
        const qint64 shift = proposed.id;
        const QString& from = proposed.from;
        const QString& to = proposed.to;
        const QString toBudget = s.f.sandbox()->adSet(to).value(u"daily_budget"_s).toString();
        QString why;
        QVERIFY(s.f.sandbox()->updateAdSet(from, QUrlQuery{{u"daily_budget"_s, u"2500"_s}}, &why));
        const int before = s.posts();
        QVERIFY(s.approve(shift));
        QCOMPARE(s.posts(), before);
        QCOMPARE(s.f.sandbox()->adSet(to).value(u"daily_budget"_s).toString(), toBudget);
        const auto p = ApprovalDesk::load(s.f.db(), shift);
        QCOMPARE(p->executionState, u"done"_s);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"skipped"_s);
        QVERIFY2(p->executionError.contains(u"nothing was moved"_s), qPrintable(p->executionError));
    }
};

QTEST_GUILESS_MAIN(TestAdSync)
#include "tst_adsync.moc"
