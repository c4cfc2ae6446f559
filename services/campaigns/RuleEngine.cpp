#include "RuleEngine.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace AdRules;

namespace RuleEngine
{

namespace
{
constexpr qint64 kHourMs = 3'600'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("RuleEngine", text);
}

qint64 dayEndMs(QDate day, const QTimeZone& zone)
{
    return day.addDays(1).startOfDay(zone).toMSecsSinceEpoch(); // DST-correct, also where midnight is skipped
}

bool holds(Compare compare, double value, double threshold)
{
    return compare == Compare::Below ? value < threshold : value > threshold;
}

QString money(qint64 cents, const QString& currency)
{
    return Money::format(cents, currency, QLocale());
}

// The last action on each object: by any rule that moves it (for the cooldown), and by this rule.
struct LastActions
{
    QHash<QString, Taken> moving;
    QHash<QString, Taken> mine;
    void add(const Taken& t, qint64 ruleId)
    {
        if (t.direction != 0 && (!moving.contains(t.objectId) || moving.value(t.objectId).atMs <= t.atMs))
            moving.insert(t.objectId, t);
        if (t.ruleId == ruleId && (!mine.contains(t.objectId) || mine.value(t.objectId).atMs <= t.atMs))
            mine.insert(t.objectId, t);
    }
};
} // namespace

qint64 Account::budgetTotalCents() const
{
    qint64 total = 0;
    for (const Object& o : objects)
        total += o.active ? o.budgetCents : 0;
    return total;
}

std::pair<QDate, QDate> window(const Window& w, const QTimeZone& zone, qint64 nowMs)
{
    QDate last = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date().addDays(-1);
    while (last.isValid() && dayEndMs(last, zone) + w.settleHours * kHourMs > nowMs)
        last = last.addDays(-1);
    return {last.addDays(-(std::max(w.days, 1) - 1)), last};
}

Evidence evidence(const Rule& rule, const Object& object, QDate from, QDate to)
{
    Evidence e;
    e.from = from;
    e.to = to;
    const auto begin = std::lower_bound(
        object.days.cbegin(), object.days.cend(), from, [](const Day& d, QDate day) { return d.day < day; });
    double frequencyWeight = 0;
    for (auto it = begin; it != object.days.cend() && it->day <= to; ++it) {
        e.spendCents += it->spendCents;
        e.valueCents += it->valueCents;
        e.impressions += it->impressions;
        e.clicks += it->clicks;
        e.purchases += it->purchases;
        frequencyWeight += it->frequency * static_cast<double>(it->impressions);
        if (it->spendCents > 0 || it->impressions > 0)
            ++e.daysWithDelivery;
    }
    const double spend = static_cast<double>(e.spendCents);
    switch (rule.metric) {
    case Metric::Roas:
        e.hasValue = e.spendCents > 0;
        e.value = e.hasValue ? static_cast<double>(e.valueCents) / spend : 0;
        break;
    case Metric::Cpa:
        e.hasValue = e.spendCents > 0;
        e.value = e.purchases > 0 ? spend / static_cast<double>(e.purchases) : std::numeric_limits<double>::infinity();
        break;
    case Metric::Spend:
        e.hasValue = true;
        e.value = spend;
        break;
    case Metric::Ctr:
        e.hasValue = e.impressions > 0;
        e.value = e.hasValue ? static_cast<double>(e.clicks) / static_cast<double>(e.impressions) : 0;
        break;
    case Metric::Frequency:
        e.hasValue = e.impressions > 0 && frequencyWeight > 0;
        e.value = e.hasValue ? frequencyWeight / static_cast<double>(e.impressions) : 0;
        break;
    case Metric::Purchases:
        e.hasValue = true;
        e.value = static_cast<double>(e.purchases);
        break;
    }
    return e;
}

double probabilityBelow(
    double breakEven, qint64 spendCents, qint64 valueCents, qint64 purchases, qint64 fallbackOrderCents)
{
    // Purchases per unit spent ~ Gamma(1 + c, orderValue / breakEven + spend) (the prior: one
    // purchase in the spend that break-even would need). ROAS = rate * orderValue, so
    // P(ROAS < breakEven) = P(rate < breakEven / orderValue) = P(Poisson(m) >= c + 1) with
    // m = 1 + spend * breakEven / orderValue.
    const double order = purchases > 0 ? static_cast<double>(valueCents) / static_cast<double>(purchases)
                                       : static_cast<double>(fallbackOrderCents);
    if (order <= 0 || breakEven <= 0)
        return -1;
    const double m = 1 + static_cast<double>(spendCents) * breakEven / order;
    // P(Poisson(m) <= c), summed in log space.
    double logSum = -std::numeric_limits<double>::infinity();
    const double logM = std::log(m);
    for (qint64 i = 0; i <= purchases; ++i) {
        const double term = -m + static_cast<double>(i) * logM - std::lgamma(static_cast<double>(i) + 1);
        const double hi = std::max(logSum, term);
        logSum = hi + std::log(std::exp(logSum - hi) + std::exp(term - hi));
    }
    return std::clamp(1 - std::exp(logSum), 0.0, 1.0);
}

QList<Outcome> evaluate(const Rule& rule, Account* account, qint64 nowMs)
{
    QList<Outcome> out;
    auto [from, to] = window(rule.window, account->zone, nowMs);
    // A day the sync cannot call complete yet (it ended less than kDayCompleteHours ago): the rule reads
    // the days before it instead of waiting hours for a sync that cannot bring it.
    if (to.isValid() && (!account->syncedThrough.isValid() || account->syncedThrough < to)
        && dayEndMs(to, account->zone) + kDayCompleteHours * kHourMs > nowMs)
        std::tie(from, to) = window(rule.window, account->zone, dayEndMs(to, account->zone) - 1);
    if (!to.isValid())
        return out;
    if (!account->syncedThrough.isValid() || account->syncedThrough < to) {
        Outcome o;
        o.ruleId = rule.id;
        o.action = rule.action;
        o.brake = tr("The insights for %1 are not in yet; the rule waits for the sync.")
                      .arg(QLocale().toString(to, QLocale::ShortFormat));
        o.evidence.from = from;
        o.evidence.to = to;
        out.append(o);
        return out;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, account->zone).date();
    const qint64 todayStart = today.startOfDay(account->zone).toMSecsSinceEpoch();
    int actionsToday = 0;
    LastActions last;
    for (const Taken& t : std::as_const(account->taken)) {
        actionsToday += t.ruleId == rule.id && t.atMs >= todayStart && t.atMs <= nowMs ? 1 : 0;
        last.add(t, rule.id);
    }
    const int ruleDirection = direction(rule);
    qint64 accountOrder = 0;
    if (rule.breakEvenRoas > 0) {
        qint64 value = 0;
        qint64 purchases = 0;
        for (const Object& o : std::as_const(account->objects)) {
            const Evidence e = evidence(rule, o, from, to);
            value += e.valueCents;
            purchases += e.purchases;
        }
        accountOrder = purchases > 0 ? value / purchases : 0;
    }
    bool anyValue = false;
    int inScope = 0;
    for (Object& object : account->objects) {
        if (!AdRules::inScope(rule, object.id, object.name, object.level))
            continue;
        ++inScope;
        bool revive = false;
        Compare compare = rule.compare;
        double threshold = rule.threshold;
        QDate windowFrom = from;
        QDate windowTo = to;
        switch (rule.action) {
        case Action::Pause:
            if (!object.active) {
                const auto mine = last.mine.constFind(object.id);
                if (mine == last.mine.cend() || mine->action != Action::Pause || mine->direction >= 0)
                    continue;
                revive = true;
                compare = rule.compare == Compare::Below ? Compare::Above : Compare::Below;
                threshold = rule.resumeThreshold;
                // A paused ad set delivers nothing: what can revive it is the days before the pause,
                // as their late conversions come in.
                const QDate paused = QDateTime::fromMSecsSinceEpoch(mine->atMs, account->zone).date();
                windowTo = std::min(to, paused.addDays(-1));
                windowFrom = windowTo.addDays(-(std::max(rule.window.days, 1) - 1));
            }
            break;
        case Action::Resume:
            if (object.active)
                continue;
            break;
        case Action::ChangeBudget:
        case Action::ChangeBid:
            if (!object.active)
                continue;
            break;
        case Action::Notify:
            break;
        }
        const Evidence e = evidence(rule, object, windowFrom, windowTo);
        if (!e.hasValue)
            continue;
        anyValue = true;
        if (!holds(compare, e.value, threshold))
            continue;
        Outcome o;
        o.ruleId = rule.id;
        o.objectId = object.id;
        o.objectName = object.name;
        o.action = revive ? Action::Resume : rule.action;
        o.revive = revive;
        o.evidence = e;
        o.live = rule.live;
        const int moveDirection = revive ? 1 : ruleDirection;
        const auto held = [&](const QString& why) {
            o.brake = why;
            out.append(o);
        };
        // Minimum evidence.
        const bool enoughSpend = e.spendCents >= rule.minSpendCents;
        const bool enoughCount = (rule.minPurchases > 0 && e.purchases >= rule.minPurchases)
            || (rule.minClicks > 0 && e.clicks >= rule.minClicks);
        if (!enoughSpend || !enoughCount) {
            const int minClicks = static_cast<int>(rule.minClicks);
            held(tr("Too little evidence: %1 spent, %2 purchases and %3 clicks over the window; the rule needs %4 "
                    "and %5.")
                     .arg(money(e.spendCents, account->currency), QString::number(e.purchases),
                         QString::number(e.clicks), money(rule.minSpendCents, account->currency),
                         rule.minPurchases > 0 && rule.minClicks > 0
                             ? tr("%1 purchases or %2 clicks").arg(rule.minPurchases).arg(rule.minClicks)
                             : rule.minPurchases > 0
                             ? QCoreApplication::translate("RuleEngine", "%n purchase(s)", nullptr, rule.minPurchases)
                             : QCoreApplication::translate("RuleEngine", "%n click(s)", nullptr, minClicks)));
            continue;
        }
        // The probability beside the plain threshold.
        if (rule.breakEvenRoas > 0 && !revive) {
            o.evidence.probabilityBelowBreakEven
                = probabilityBelow(rule.breakEvenRoas, e.spendCents, e.valueCents, e.purchases, accountOrder);
            if (o.evidence.probabilityBelowBreakEven < 0) {
                held(
                    tr("ROAS is below the threshold, but there is no order value yet to judge the chance that the true "
                       "ROAS is below break-even."));
                continue;
            }
            if (o.evidence.probabilityBelowBreakEven < rule.probability) {
                held(
                    tr("ROAS is below %1, but the chance that the true ROAS is below break-even (%2) is %3 %, not "
                       "the %4 % the rule asks for.")
                        .arg(QLocale().toString(rule.threshold, 'f', 2), QLocale().toString(rule.breakEvenRoas, 'f', 2),
                            // Rounded down, to a tenth: 89.96 % reads 89.9 %, never the 90 % it fell short of.
                            QLocale().toString(
                                std::floor(std::max(0.0, o.evidence.probabilityBelowBreakEven) * 1000) / 10, 'f', 1),
                            QLocale().toString(rule.probability * 100, 'f', 0)));
                continue;
            }
        }
        if (rule.skipLearning && object.learning && moveDirection != 0) {
            held(tr("It is in the learning phase; the rule leaves it alone until learning ends."));
            continue;
        }
        if (rule.editQuietHours > 0 && object.lastEditMs > 0 && moveDirection != 0
            && nowMs - object.lastEditMs < rule.editQuietHours * kHourMs) {
            const int hours = static_cast<int>((nowMs - object.lastEditMs) / kHourMs);
            held(QCoreApplication::translate("RuleEngine",
                "It was edited significantly %n hour(s) ago; the rule waits %1 hours after an edit.", nullptr, hours)
                     .arg(rule.editQuietHours));
            continue;
        }
        const QHash<QString, Taken>& previous = moveDirection != 0 ? last.moving : last.mine;
        const auto before = previous.constFind(object.id);
        if (before != previous.cend() && nowMs - before->atMs < rule.cooldownHours * kHourMs) {
            const int hours = static_cast<int>((nowMs - before->atMs) / kHourMs);
            held(QCoreApplication::translate(
                "RuleEngine", "It was acted on %n hour(s) ago; the cooldown is %1 hours.", nullptr, hours)
                     .arg(rule.cooldownHours));
            continue;
        }
        if (actionsToday >= rule.maxActionsPerDay) {
            held(QCoreApplication::translate(
                "RuleEngine", "The rule has taken its %n action(s) for today.", nullptr, rule.maxActionsPerDay));
            continue;
        }
        if (rule.action == Action::ChangeBudget || rule.action == Action::ChangeBid) {
            const bool budget = rule.action == Action::ChangeBudget;
            const qint64 current = budget ? object.budgetCents : object.bidCents;
            if (current <= 0) {
                held(budget ? tr("It has no budget of its own (its campaign's budget is used).")
                            : tr("It has no bid cap to change."));
                continue;
            }
            qint64 step = rule.changePercent != 0
                ? static_cast<qint64>(std::llround(static_cast<double>(current) * std::abs(rule.changePercent) / 100))
                : std::abs(rule.changeAmountCents);
            const qint64 maxStep
                = static_cast<qint64>(std::floor(static_cast<double>(current) * rule.maxStepPercent / 100));
            step = std::min(step, maxStep);
            qint64 target = current + (ruleDirection > 0 ? step : -step);
            if (ruleDirection > 0)
                target = std::min(target, rule.objectCeilingCents); // a budget's or a bid's ceiling
            if (ruleDirection > 0 && budget) {
                const qint64 room = rule.accountCeilingCents - account->budgetTotalCents();
                target = std::min(target, current + std::max<qint64>(0, room));
            }
            if (ruleDirection < 0)
                target = std::max(target, kMinimumBudgetCents);
            if ((ruleDirection > 0 && target <= current) || (ruleDirection < 0 && target >= current)) {
                held(!budget                ? (ruleDirection > 0 ? tr("Its bid is at the ceiling of %1.")
                                                        .arg(money(rule.objectCeilingCents, account->currency))
                                                                 : tr("Its bid is at the lowest already."))
                        : ruleDirection > 0 ? (target >= rule.objectCeilingCents
                                  ? tr("Its budget is at the ceiling of %1.")
                                        .arg(money(rule.objectCeilingCents, account->currency))
                                  : tr("The account's daily budgets are at the ceiling of %1.")
                                        .arg(money(rule.accountCeilingCents, account->currency)))
                                            : tr("It is at the smallest budget already."));
                continue;
            }
            o.fromCents = current;
            o.toCents = target;
        }
        o.fired = true;
        ++actionsToday;
        account->taken.append({rule.id, object.id, o.action, moveDirection, nowMs});
        last.add(account->taken.last(), rule.id);
        if (rule.live) {
            if (o.action == Action::Pause)
                object.active = false;
            else if (o.action == Action::Resume)
                object.active = true;
            else if (o.action == Action::ChangeBudget)
                object.budgetCents = o.toCents;
            else if (o.action == Action::ChangeBid)
                object.bidCents = o.toCents;
        }
        const QString seen = formatMetric(rule.metric, e.value, account->currency);
        const QString over = windowText(rule.window);
        switch (o.action) {
        case Action::Pause:
            o.summary = tr("Pause “%1”: %2 over %3.").arg(object.name, seen, over);
            break;
        case Action::Resume:
            o.summary = revive ? tr("Resume “%1”: %2 over %3, past the resume threshold.").arg(object.name, seen, over)
                               : tr("Resume “%1”: %2 over %3.").arg(object.name, seen, over);
            break;
        case Action::ChangeBudget:
            o.summary = tr("Budget of “%1” from %2 to %3: %4 over %5.")
                            .arg(object.name, money(o.fromCents, account->currency),
                                money(o.toCents, account->currency), seen, over);
            break;
        case Action::ChangeBid:
            o.summary = tr("Bid of “%1” from %2 to %3: %4 over %5.")
                            .arg(object.name, money(o.fromCents, account->currency),
                                money(o.toCents, account->currency), seen, over);
            break;
        case Action::Notify:
            o.summary = tr("“%1”: %2 over %3.").arg(object.name, seen, over);
            break;
        }
        out.append(o);
    }
    if (inScope > 0 && !anyValue) {
        Outcome o;
        o.ruleId = rule.id;
        o.action = rule.action;
        o.evidence.from = from;
        o.evidence.to = to;
        o.brake = tr("No object in the rule's scope has %1 data for %2.")
                      .arg(metricName(rule.metric), windowText(rule.window));
        out.append(o);
    }
    return out;
}

QList<Outcome> evaluateAll(const QList<Rule>& rules, Account* account, qint64 nowMs)
{
    QList<Outcome> out;
    for (const Rule& rule : rules)
        out.append(evaluate(rule, account, nowMs));
    return out;
}

Backtest backtest(const Rule& original, const Account& history, QDate from, QDate to, int followDays)
{
    Backtest result;
    result.from = from;
    result.to = to;
    Rule rule = original;
    rule.live = true;
    rule.skipLearning = false;
    rule.editQuietHours = 0;
    Account sim = history;
    sim.taken.clear();
    QHash<QString, qsizetype> openPause; // object -> its pause event
    QHash<QString, const Object*> byId;
    for (const Object& o : history.objects)
        byId.insert(o.id, &o);
    const auto objectAt = [&](const QString& id) { return byId.value(id); };
    const auto closePause = [&](qsizetype index, QDate until) {
        BacktestEvent& ev = result.events[index];
        const Object* object = objectAt(ev.outcome.objectId);
        for (const Day& d : object->days) {
            if (d.day >= ev.actedOn && d.day <= until) {
                ev.savedCents += d.spendCents;
                ev.forgoneCents += d.valueCents;
            }
        }
        ev.daysOff = static_cast<int>(ev.actedOn.daysTo(until)) + 1;
        result.savedCents += ev.savedCents;
        result.forgoneCents += ev.forgoneCents;
    };
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        sim.syncedThrough = day;
        const qint64 now = dayEndMs(day, sim.zone) + rule.window.settleHours * kHourMs + 60'000;
        for (const Outcome& o : evaluate(rule, &sim, now)) {
            if (!o.fired)
                continue;
            BacktestEvent ev;
            ev.outcome = o;
            ev.actedOn = day.addDays(1);
            if (o.revive) {
                if (openPause.contains(o.objectId))
                    closePause(openPause.take(o.objectId), day);
                result.events.append(ev);
                continue;
            }
            // A hit when the condition still held over the windows ending on each of the next days.
            const Object* object = objectAt(o.objectId);
            for (int i = 0; i < followDays; ++i) {
                const QDate end = ev.actedOn.addDays(i);
                if (end > to)
                    break;
                const Evidence later = evidence(rule, *object, end.addDays(-(rule.window.days - 1)), end);
                if (later.hasValue && !holds(rule.compare, later.value, rule.threshold)) {
                    ev.held = false;
                    ev.recoveredOn = end;
                    break;
                }
            }
            ++result.actions;
            result.hits += ev.held ? 1 : 0;
            result.events.append(ev);
            if (o.action == Action::Pause)
                openPause.insert(o.objectId, result.events.size() - 1);
        }
    }
    for (auto it = openPause.cbegin(); it != openPause.cend(); ++it)
        closePause(it.value(), to);
    return result;
}

} // namespace RuleEngine
