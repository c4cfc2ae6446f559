#include "campaigns/AdRules.h"
#include "campaigns/RuleEngine.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AdRules;
using RuleEngine::Account;
using RuleEngine::Day;
using RuleEngine::Object;

// Ad rules: what cannot be saved, each brake, windows in the account's time zone, data that is
// missing or revised, the conflict check, and a backtest against a history computed by hand.
class TestAdRules : public QObject
{
    Q_OBJECT

    static constexpr qint64 kHour = 3'600'000;

    // A valid ROAS pause rule: below 1.5 over the last 3 complete days, resume above 2.2.
    static Rule pauseRule()
    {
        Rule r;
        r.id = 1;
        r.name = u"Pause losers"_s;
        r.metric = Metric::Roas;
        r.compare = Compare::Below;
        r.threshold = 1.5;
        r.resumeThreshold = 2.2;
        r.action = Action::Pause;
        r.minSpendCents = 10000;
        r.minPurchases = 3;
        r.live = true;
        return r;
    }

    static Rule scaleRule()
    {
        Rule r;
        r.id = 2;
        r.name = u"Scale winners"_s;
        r.metric = Metric::Roas;
        r.compare = Compare::Above;
        r.threshold = 3;
        r.action = Action::ChangeBudget;
        r.changePercent = 20;
        r.minSpendCents = 10000;
        r.minPurchases = 3;
        r.objectCeilingCents = 15000;
        r.accountCeilingCents = 100000;
        r.cooldownHours = 48;
        r.live = true;
        return r;
    }

    // An object with the same numbers every day from 1 to `days` November 2026 (spend €50 a day).
    static Object steady(const QString& id, double roas, qint64 purchasesPerDay, int days = 10, qint64 budget = 10000)
    {
        Object o;
        o.id = id;
        o.name = u"Ad set %1"_s.arg(id);
        o.budgetCents = budget;
        for (int i = 0; i < days; ++i)
            o.days.append({QDate(2026, 11, 1).addDays(i), 5000, qint64(5000 * roas), 4000, 80, purchasesPerDay, 1.4});
        return o;
    }

    static Account account(QList<Object> objects)
    {
        Account a;
        a.syncedThrough = QDate(2026, 11, 10);
        a.objects = std::move(objects);
        return a;
    }

    // Noon UTC on a November day.
    static qint64 at(int day, int hour = 12)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone("UTC")).toMSecsSinceEpoch();
    }

    static QList<RuleEngine::Outcome> fired(const QList<RuleEngine::Outcome>& all)
    {
        QList<RuleEngine::Outcome> out;
        for (const auto& o : all)
            if (o.fired)
                out.append(o);
        return out;
    }

private slots:
    void ruleWithoutBrakesCannotBeSaved()
    {
        QVERIFY(problems(pauseRule()).isEmpty());
        QVERIFY(problems(scaleRule()).isEmpty());
        Rule r = pauseRule();
        r.minSpendCents = 0;
        QVERIFY(problems(r).join(u' ').contains(u"minimum evidence"_s));
        r = pauseRule();
        r.minPurchases = 0;
        QVERIFY(problems(r).join(u' ').contains(u"minimum evidence"_s));
        r.minClicks = 200; // clicks instead of purchases is evidence too
        QVERIFY(problems(r).isEmpty());
        r = pauseRule();
        r.resumeThreshold = 1.5; // one threshold is not hysteresis
        QVERIFY(problems(r).join(u' ').contains(u"resume threshold above"_s));
        r = scaleRule();
        r.accountCeilingCents = 0;
        QVERIFY(problems(r).join(u' ').contains(u"ceiling"_s));
        r = scaleRule();
        r.changePercent = 50;
        QVERIFY(problems(r).join(u' ').contains(u"maximum step"_s));
    }

    void pausesALoserOnEnoughEvidence()
    {
        Account a = account({steady(u"1"_s, 1.0, 3), steady(u"2"_s, 2.5, 3)});
        const auto out = fired(RuleEngine::evaluate(pauseRule(), &a, at(11)));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().objectId, u"1"_s);
        QCOMPARE(out.first().action, Action::Pause);
        QCOMPARE(out.first().evidence.from, QDate(2026, 11, 8));
        QCOMPARE(out.first().evidence.to, QDate(2026, 11, 10));
        QCOMPARE(out.first().evidence.spendCents, 15000);
        QVERIFY(qFuzzyCompare(out.first().evidence.value, 1.0));
        QVERIFY(!a.objects.first().active);
        QVERIFY(a.objects.last().active);
    }

    void tooLittleEvidenceHolds()
    {
        // ROAS 0.5 but one purchase a day: 3 over the window is the floor; 2 is below it.
        Account a = account({steady(u"1"_s, 0.5, 0)});
        a.objects[0].days[8].purchases = 1;
        a.objects[0].days[9].purchases = 1;
        const auto out = RuleEngine::evaluate(pauseRule(), &a, at(11));
        QCOMPARE(out.size(), 1);
        QVERIFY(!out.first().fired);
        QVERIFY(out.first().brake.contains(u"Too little evidence"_s));
        QVERIFY(a.objects.first().active);
        QVERIFY(a.taken.isEmpty());
    }

    void hysteresisResumesOnlyPastTheResumeThreshold()
    {
        Rule r = pauseRule();
        r.cooldownHours = 1;
        Account a = account({steady(u"1"_s, 1.0, 3, 10)});
        QCOMPARE(fired(RuleEngine::evaluate(r, &a, at(11))).size(), 1);
        // Late conversions lift the last days to ROAS 1.8: above the pause line, below the resume line.
        for (int i = 7; i < 10; ++i)
            a.objects[0].days[i].valueCents = 9000;
        QVERIFY(fired(RuleEngine::evaluate(r, &a, at(11, 14))).isEmpty());
        QVERIFY(!a.objects.first().active);
        // Then to 2.4: past 2.2, resumed by the rule that paused it.
        for (int i = 7; i < 10; ++i)
            a.objects[0].days[i].valueCents = 12000;
        const auto out = fired(RuleEngine::evaluate(r, &a, at(11, 16)));
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first().revive);
        QCOMPARE(out.first().action, Action::Resume);
        QVERIFY(a.objects.first().active);
    }

    void cooldownAndNothingTwice()
    {
        Rule r = pauseRule();
        r.action = Action::Notify; // a notify rule in its cooldown does not notify again
        r.cooldownHours = 24;
        Account a = account({steady(u"1"_s, 1.0, 3)});
        QCOMPARE(fired(RuleEngine::evaluate(r, &a, at(11))).size(), 1);
        const auto again = RuleEngine::evaluate(r, &a, at(11, 13));
        QCOMPARE(again.size(), 1);
        QVERIFY(!again.first().fired);
        QVERIFY(again.first().brake.contains(u"cooldown"_s));
        // A scale rule inside another rule's action on the same object waits too.
        Account b = account({steady(u"1"_s, 4.0, 5)});
        b.taken.append({9, u"1"_s, Action::ChangeBudget, 1, at(11, 6)});
        const auto held = RuleEngine::evaluate(scaleRule(), &b, at(11));
        QCOMPARE(held.size(), 1);
        QVERIFY(held.first().brake.contains(u"cooldown is 48 hours"_s));
        QCOMPARE(b.objects.first().budgetCents, 10000);
    }

    void budgetStepAndCeilings()
    {
        Rule r = scaleRule();
        r.changePercent = 0;
        r.changeAmountCents = 5000; // €50 on a €100 budget: clipped to the 20 % step
        Account a = account({steady(u"1"_s, 4.0, 5)});
        auto out = fired(RuleEngine::evaluate(r, &a, at(11)));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().fromCents, 10000);
        QCOMPARE(out.first().toCents, 12000);
        // The object's ceiling: from €140, +20 % would be €168; €150 is the most.
        Account b = account({steady(u"1"_s, 4.0, 5, 10, 14000)});
        out = fired(RuleEngine::evaluate(scaleRule(), &b, at(11)));
        QCOMPARE(out.first().toCents, 15000);
        // At the ceiling: held, with the reason.
        Rule again = scaleRule();
        again.cooldownHours = 1;
        const auto held = RuleEngine::evaluate(again, &b, at(11, 14));
        QCOMPARE(held.size(), 1);
        QVERIFY(held.first().brake.contains(u"ceiling"_s));
        // The account's ceiling: €900 of €1,000 already budgeted leaves €100 for two raises of €20.
        Account c = account({steady(u"1"_s, 4.0, 5), steady(u"2"_s, 4.0, 5), steady(u"3"_s, 0.1, 0, 10, 70000)});
        out = fired(RuleEngine::evaluate(scaleRule(), &c, at(11)));
        QCOMPARE(out.size(), 2);
        Rule tight = scaleRule();
        tight.accountCeilingCents = 91000;
        Account d = account({steady(u"1"_s, 4.0, 5), steady(u"2"_s, 4.0, 5), steady(u"3"_s, 0.1, 0, 10, 70000)});
        const auto all = RuleEngine::evaluate(tight, &d, at(11));
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).fired);
        QCOMPARE(all.at(0).toCents, 11000); // only €10 of room
        QVERIFY(!all.at(1).fired);
        QVERIFY(all.at(1).brake.contains(u"account"_s));
    }

    void maximumActionsPerDay()
    {
        Rule r = pauseRule();
        r.maxActionsPerDay = 2;
        Account a = account({steady(u"1"_s, 1.0, 3), steady(u"2"_s, 1.0, 3), steady(u"3"_s, 1.0, 3)});
        const auto out = RuleEngine::evaluate(r, &a, at(11));
        QCOMPARE(out.size(), 3);
        QVERIFY(out.at(0).fired && out.at(1).fired);
        QVERIFY(!out.at(2).fired);
        QVERIFY(out.at(2).brake.contains(u"for today"_s));
        // The next day counts again.
        a.syncedThrough = QDate(2026, 11, 11);
        QCOMPARE(fired(RuleEngine::evaluate(r, &a, at(12))).size(), 1);
    }

    void learningAndRecentEditsAreLeftAlone()
    {
        Account a = account({steady(u"1"_s, 1.0, 3), steady(u"2"_s, 1.0, 3)});
        a.objects[0].learning = true;
        a.objects[1].lastEditMs = at(10);
        const auto out = RuleEngine::evaluate(pauseRule(), &a, at(11));
        QCOMPARE(out.size(), 2);
        QVERIFY(out.at(0).brake.contains(u"learning"_s));
        QVERIFY(out.at(1).brake.contains(u"edited significantly"_s));
        QVERIFY(a.objects.at(0).active && a.objects.at(1).active);
        Rule eager = pauseRule();
        eager.skipLearning = false;
        eager.editQuietHours = 0;
        QCOMPARE(fired(RuleEngine::evaluate(eager, &a, at(11))).size(), 2);
    }

    void statisticalPauseBesideThePlainThreshold()
    {
        Rule r = pauseRule();
        r.breakEvenRoas = 1.4;
        r.probability = 0.9;
        // ROAS 1.2 on 3 purchases: below the line, but far from certain.
        Account thin = account({steady(u"1"_s, 1.2, 1)});
        const auto held = RuleEngine::evaluate(r, &thin, at(11));
        QCOMPARE(held.size(), 1);
        QVERIFY(!held.first().fired);
        QVERIFY(held.first().evidence.probabilityBelowBreakEven > 0.3);
        QVERIFY(held.first().evidence.probabilityBelowBreakEven < 0.9);
        QVERIFY(held.first().brake.contains(u"chance"_s));
        // ROAS 1.0 on 60 purchases: certain enough.
        Account thick = account({steady(u"1"_s, 1.0, 20)});
        const auto out = fired(RuleEngine::evaluate(r, &thick, at(11)));
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first().evidence.probabilityBelowBreakEven > 0.9);
        // The posterior by hand: no purchase in spend worth 2 at break-even: 1 - e^-3.
        QVERIFY(qAbs(RuleEngine::probabilityBelow(1, 2000, 0, 0, 1000) - (1 - std::exp(-3.0))) < 1e-9);
    }

    void notifyOnlyChangesNothing()
    {
        Rule r = pauseRule();
        r.live = false;
        Account a = account({steady(u"1"_s, 1.0, 3)});
        const auto out = fired(RuleEngine::evaluate(r, &a, at(11)));
        QCOMPARE(out.size(), 1);
        QVERIFY(!out.first().live);
        QVERIFY(out.first().summary.contains(u"Pause “Ad set 1”"_s));
        QVERIFY(a.objects.first().active);
    }

    void windowsFollowTheAccountTimeZone()
    {
        // 25 October 2026 is 25 hours long in Amsterdam (summer time ends).
        const QTimeZone amsterdam("Europe/Amsterdam");
        const qint64 after = QDateTime(QDate(2026, 10, 26), QTime(0, 30), amsterdam).toMSecsSinceEpoch();
        QCOMPARE(RuleEngine::window({1, 0}, amsterdam, after).second, QDate(2026, 10, 25));
        // The same instant in UTC is still 25 October: the last complete day there is the 24th.
        QCOMPARE(RuleEngine::window({1, 0}, QTimeZone("UTC"), after).second, QDate(2026, 10, 24));
        const qint64 before = QDateTime(QDate(2026, 10, 25), QTime(23, 30), amsterdam).toMSecsSinceEpoch();
        QCOMPARE(
            RuleEngine::window({3, 0}, amsterdam, before), std::make_pair(QDate(2026, 10, 22), QDate(2026, 10, 24)));
        // Waiting 6 hours for late conversions: at 05:00 the 25th has not settled yet.
        const qint64 early = QDateTime(QDate(2026, 10, 26), QTime(5, 0), amsterdam).toMSecsSinceEpoch();
        QCOMPARE(RuleEngine::window({1, 6}, amsterdam, early).second, QDate(2026, 10, 24));
        QCOMPARE(RuleEngine::window({1, 6}, amsterdam, early + 2 * kHour).second, QDate(2026, 10, 25));
    }

    void missingDaysAndMissingMetricsSaySo()
    {
        Account a = account({steady(u"1"_s, 1.0, 3)});
        a.syncedThrough = QDate(2026, 11, 9);
        auto out = RuleEngine::evaluate(pauseRule(), &a, at(11));
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first().objectId.isEmpty());
        QVERIFY(out.first().brake.contains(u"not in yet"_s));
        QVERIFY(a.objects.first().active);
        // A metric nobody reports: one clear line, no action.
        Rule r = pauseRule();
        r.metric = Metric::Frequency;
        r.compare = Compare::Above;
        r.threshold = 4;
        r.resumeThreshold = 3;
        for (auto& d : a.objects[0].days)
            d.frequency = 0;
        a.syncedThrough = QDate(2026, 11, 10);
        out = RuleEngine::evaluate(r, &a, at(11));
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first().brake.contains(u"No object in the rule's scope has Average daily frequency data"_s));
    }

    void conflictsAreFoundWithAnExample()
    {
        const QList<ObjectName> objects{{u"1"_s, u"Summer sale"_s, Level::AdSet}, {u"2"_s, u"Winter"_s, Level::AdSet}};
        Rule resume;
        resume.id = 3;
        resume.name = u"Wake up"_s;
        resume.metric = Metric::Roas;
        resume.compare = Compare::Above;
        resume.threshold = 1.2;
        resume.action = Action::Resume;
        // Pause below 1.5 and resume above 1.2: at 1.35 both fire.
        auto found = conflicts({pauseRule(), resume}, objects);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().refuse);
        QVERIFY2(found.first().example.contains(u"Summer sale"_s), qPrintable(found.first().example));
        QVERIFY(found.first().example.contains(u"1.35"_s));
        // Resume above 2.5 leaves a gap: no conflict.
        resume.threshold = 2.5;
        QVERIFY(conflicts({pauseRule(), resume}, objects).isEmpty());
        // But another pause rule above the first one's resume line fights its revive.
        Rule pause2 = pauseRule();
        pause2.id = 4;
        pause2.name = u"Strict"_s;
        pause2.threshold = 2.5;
        pause2.resumeThreshold = 3;
        found = conflicts({pauseRule(), pause2}, objects);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().refuse);
        // Scale up above 2 and down below 2.5 overlap; different scopes do not conflict.
        Rule up = scaleRule();
        up.threshold = 2;
        Rule down = scaleRule();
        down.id = 5;
        down.compare = Compare::Below;
        down.threshold = 2.5;
        down.changePercent = -20;
        QCOMPARE(conflicts({up, down}, objects).size(), 1);
        up.nameContains = u"Summer"_s;
        down.nameContains = u"Winter"_s;
        QVERIFY(conflicts({up, down}, objects).isEmpty());
        // Different metrics: a warning, not a refusal.
        down.nameContains.clear();
        down.metric = Metric::Ctr;
        found = conflicts({up, down}, objects);
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().refuse);
    }

    void backtestMatchesAHandComputedHistory()
    {
        // Ad set A (€100 a day): ROAS 3, 1, 1, 4, 4, 4 on 1-6 November; ad set B steady at 5.
        Object a;
        a.id = u"A"_s;
        a.name = u"Ad set A"_s;
        const QList<qint64> values{30000, 10000, 10000, 40000, 40000, 40000};
        const QList<qint64> purchases{3, 1, 1, 4, 4, 4};
        for (int i = 0; i < 6; ++i)
            a.days.append({QDate(2026, 11, 1 + i), 10000, values.at(i), 5000, 100, purchases.at(i), 1.2});
        Object b;
        b.id = u"B"_s;
        b.name = u"Ad set B"_s;
        for (int i = 0; i < 6; ++i)
            b.days.append({QDate(2026, 11, 1 + i), 10000, 50000, 5000, 100, 5, 1.2});
        Account history;
        history.objects = {a, b};
        Rule r = pauseRule();
        r.window.days = 2;
        r.minPurchases = 2;
        r.live = false; // a backtest runs the rule as if live, whatever its mode
        // By hand: the window 2-3 Nov has ROAS 1.0 on 2 purchases: pause from the 4th. A paused ad set
        // delivers nothing, so only the days before the pause could revive it, and in the replayed
        // history they stay at 1.0: off from the 4th to the 6th, €300 saved, €1,200 of sales forgone.
        // The window ending on the 4th is back above 1.5: the pause recovered the day it started.
        const auto result = RuleEngine::backtest(r, history, QDate(2026, 11, 2), QDate(2026, 11, 6));
        QCOMPARE(result.events.size(), 1);
        const auto& pause = result.events.first();
        QCOMPARE(pause.outcome.objectId, u"A"_s);
        QCOMPARE(pause.outcome.action, Action::Pause);
        QCOMPARE(pause.actedOn, QDate(2026, 11, 4));
        QCOMPARE(pause.daysOff, 3);
        QCOMPARE(pause.savedCents, 30000);
        QCOMPARE(pause.forgoneCents, 120000);
        QVERIFY(!pause.held);
        QCOMPARE(pause.recoveredOn, QDate(2026, 11, 4));
        QCOMPARE(result.actions, 1);
        QCOMPARE(result.hits, 0);
        QCOMPARE(result.savedCents, 30000);
        QCOMPARE(result.forgoneCents, 120000);
        // Over 2-3 November only, nothing is paused yet when the replay ends on the 3rd's evening.
        QCOMPARE(RuleEngine::backtest(r, history, QDate(2026, 11, 2), QDate(2026, 11, 2)).events.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdRules)
#include "tst_adrules.moc"
