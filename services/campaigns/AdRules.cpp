#include "AdRules.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace AdRules
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("AdRules", text);
}

bool raises(const Rule& r)
{
    return (r.action == Action::ChangeBudget || r.action == Action::ChangeBid)
        && (r.changePercent > 0 || (r.changePercent == 0 && r.changeAmountCents > 0));
}

// What a rule can do, and when: its action (and for a pause, the revive of what it paused).
struct Move
{
    int family = 0; // 1: status, 2: budget, 3: bid
    int direction = 0;
    Compare compare = Compare::Below;
    double threshold = 0;
};

QList<Move> moves(const Rule& r)
{
    QList<Move> out;
    switch (r.action) {
    case Action::Notify:
        break;
    case Action::Pause:
        out.append({1, -1, r.compare, r.threshold});
        out.append({1, +1, r.compare == Compare::Below ? Compare::Above : Compare::Below, r.resumeThreshold});
        break;
    case Action::Resume:
        out.append({1, +1, r.compare, r.threshold});
        break;
    case Action::ChangeBudget:
        out.append({2, direction(r), r.compare, r.threshold});
        break;
    case Action::ChangeBid:
        out.append({3, direction(r), r.compare, r.threshold});
        break;
    }
    return out;
}

QString verb(const Move& m)
{
    if (m.family == 1)
        return m.direction < 0 ? tr("pause") : tr("resume");
    if (m.family == 2)
        return m.direction < 0 ? tr("lower the budget of") : tr("raise the budget of");
    return m.direction < 0 ? tr("lower the bid of") : tr("raise the bid of");
}

// A value at which both conditions hold, when they are over the same metric and window.
std::optional<double> bothHold(const Move& a, const Move& b)
{
    if (a.compare == Compare::Below && b.compare == Compare::Below)
        return std::min(a.threshold, b.threshold) * 0.9;
    if (a.compare == Compare::Above && b.compare == Compare::Above)
        return std::max(a.threshold, b.threshold) * 1.1 + (std::max(a.threshold, b.threshold) == 0 ? 1 : 0);
    const double below = a.compare == Compare::Below ? a.threshold : b.threshold;
    const double above = a.compare == Compare::Above ? a.threshold : b.threshold;
    if (above < below)
        return (above + below) / 2;
    return std::nullopt;
}

QString currencyOf(const QString& currency)
{
    return currency.isEmpty() ? u"EUR"_s : currency;
}
} // namespace

int direction(const Rule& r)
{
    switch (r.action) {
    case Action::Notify:
        return 0;
    case Action::Pause:
        return -1;
    case Action::Resume:
        return 1;
    case Action::ChangeBudget:
    case Action::ChangeBid:
        return raises(r) ? 1 : -1;
    }
    return 0;
}

QStringList problems(const Rule& r)
{
    QStringList out;
    if (r.name.trimmed().isEmpty())
        out << tr("Give the rule a name.");
    if (r.window.days < 1 || r.window.days > 90)
        out << tr("The window must be between 1 and 90 days.");
    if (r.window.settleHours < 0 || r.window.settleHours > 72)
        out << tr("Late conversions can be waited for between 0 and 72 hours.");
    if (r.minSpendCents <= 0 || (r.minPurchases <= 0 && r.minClicks <= 0))
        out << tr("Set the minimum evidence: a spend and a number of purchases or clicks below which the rule never "
                  "acts.");
    if (r.metric == Metric::Ctr && r.minClicks <= 0 && r.action != Action::Notify)
        out << tr("A click-through rule needs a minimum number of clicks.");
    if (r.metric == Metric::Purchases && r.compare == Compare::Below && r.threshold <= 0)
        out << tr("Fewer than 0 purchases never happens; choose a threshold above 0.");
    if (r.threshold < 0)
        out << tr("The threshold cannot be negative.");
    if (r.breakEvenRoas > 0) {
        if (r.metric != Metric::Roas || r.action != Action::Pause)
            out << tr("The probability condition applies to ROAS pause rules only.");
        if (r.probability < 0.5 || r.probability >= 1)
            out << tr("The probability must be at least 50 % and below 100 %.");
    }
    if (r.action == Action::Pause) {
        const bool rightSide = r.compare == Compare::Below ? r.resumeThreshold > r.threshold
                                                           : (r.resumeThreshold > 0 && r.resumeThreshold < r.threshold);
        if (!rightSide)
            out << (r.compare == Compare::Below
                    ? tr("Set a resume threshold above the pause threshold, so a paused object is not resumed by "
                         "the same numbers that paused it.")
                    : tr("Set a resume threshold below the pause threshold, so a paused object is not resumed by "
                         "the same numbers that paused it."));
    }
    if (r.action == Action::ChangeBudget || r.action == Action::ChangeBid) {
        if (r.changePercent == 0 && r.changeAmountCents == 0)
            out << tr("Say how much to change: a percentage or an amount.");
        if (r.maxStepPercent <= 0 || r.maxStepPercent > 100)
            out << tr("The maximum step must be between 1 % and 100 %.");
        else if (std::abs(r.changePercent) > r.maxStepPercent)
            out << tr("The change (%1 %) is larger than the maximum step (%2 %).")
                       .arg(QLocale().toString(std::abs(r.changePercent), 'g', 4),
                           QLocale().toString(r.maxStepPercent, 'g', 4));
    }
    if (r.action == Action::ChangeBudget && raises(r) && (r.objectCeilingCents <= 0 || r.accountCeilingCents <= 0))
        out << tr("A rule that raises budgets needs a daily ceiling per object and one for the whole account.");
    if (r.action == Action::ChangeBid && raises(r) && r.objectCeilingCents <= 0)
        out << tr("A rule that raises bids needs a ceiling for the bid.");
    if (r.level == Level::Campaign)
        out << tr("Rules act on ad sets for now; a rule on whole campaigns cannot be saved yet.");
    if (r.action != Action::Notify && r.cooldownHours < 1)
        out << tr("The cooldown must be at least one hour.");
    if (r.maxActionsPerDay < 1 || r.maxActionsPerDay > 50)
        out << tr("The number of actions per day must be between 1 and 50.");
    if (r.editQuietHours < 0)
        out << tr("The hours after a significant edit cannot be negative.");
    return out;
}

bool inScope(const Rule& r, const QString& id, const QString& name, Level level)
{
    if (r.level != level)
        return false;
    if (!r.objectIds.isEmpty() && !r.objectIds.contains(id))
        return false;
    return r.nameContains.isEmpty() || name.contains(r.nameContains, Qt::CaseInsensitive);
}

QList<Conflict> conflicts(const QList<Rule>& rules, const QList<ObjectName>& objects)
{
    QList<Conflict> out;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (qsizetype j = i + 1; j < rules.size(); ++j) {
            const Rule& a = rules.at(i);
            const Rule& b = rules.at(j);
            if (a.level != b.level)
                continue;
            QString object;
            for (const ObjectName& o : objects) {
                if (inScope(a, o.id, o.name, o.level) && inScope(b, o.id, o.name, o.level)) {
                    object = u"“%1”"_s.arg(o.name);
                    break;
                }
            }
            if (object.isEmpty()) {
                const bool idsApart = !a.objectIds.isEmpty() && !b.objectIds.isEmpty();
                const bool namesApart = !a.nameContains.isEmpty() && !b.nameContains.isEmpty()
                    && !a.nameContains.contains(b.nameContains, Qt::CaseInsensitive)
                    && !b.nameContains.contains(a.nameContains, Qt::CaseInsensitive);
                if (idsApart || namesApart)
                    continue;
                const QString part = a.nameContains.size() >= b.nameContains.size() ? a.nameContains : b.nameContains;
                object = part.isEmpty() ? tr("any ad set") : tr("an ad set whose name contains “%1”").arg(part);
            }
            const bool sameBasis = a.metric == b.metric && a.window.days == b.window.days
                && a.window.settleHours == b.window.settleHours;
            std::optional<Conflict> found;
            for (const Move& ma : moves(a)) {
                for (const Move& mb : moves(b)) {
                    if (ma.family != mb.family || ma.direction == mb.direction || found)
                        continue;
                    Conflict c{a.id, b.id, false, {}};
                    if (sameBasis) {
                        const auto value = bothHold(ma, mb);
                        if (!value)
                            continue;
                        c.refuse = true;
                        c.example = tr("“%1” and “%2” can both act on %3: at %4 over %5, the first would %6 it and "
                                       "the second would %7 it.")
                                        .arg(a.name, b.name, object, formatMetric(a.metric, *value, {}),
                                            windowText(a.window), verb(ma), verb(mb));
                    } else {
                        c.example = tr("“%1” and “%2” can both act on %3 in opposite directions (%4 it, %5 it) when "
                                       "both conditions hold at once; check that they cannot.")
                                        .arg(a.name, b.name, object, verb(ma), verb(mb));
                    }
                    found = c;
                }
            }
            if (found)
                out.append(*found);
        }
    }
    return out;
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Roas:
        return tr("ROAS");
    case Metric::Cpa:
        return tr("CPA");
    case Metric::Spend:
        return tr("Spend");
    case Metric::Ctr:
        return tr("CTR");
    case Metric::Frequency:
        return tr("Average daily frequency");
    case Metric::Purchases:
        return tr("Purchases");
    }
    return {};
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Notify:
        return tr("Notify");
    case Action::Pause:
        return tr("Pause");
    case Action::Resume:
        return tr("Resume");
    case Action::ChangeBudget:
        return tr("Change budget");
    case Action::ChangeBid:
        return tr("Change bid");
    }
    return {};
}

QString formatMetric(Metric metric, double value, const QString& currency)
{
    const QLocale locale;
    if (std::isinf(value))
        return tr("%1 (no purchases)").arg(metricName(metric));
    switch (metric) {
    case Metric::Roas:
    case Metric::Frequency:
        return u"%1 %2"_s.arg(metricName(metric), locale.toString(value, 'f', 2));
    case Metric::Cpa:
    case Metric::Spend:
        return u"%1 %2"_s.arg(
            metricName(metric), Money::format(static_cast<qint64>(std::llround(value)), currencyOf(currency), locale));
    case Metric::Ctr:
        return u"%1 %2 %"_s.arg(metricName(metric), locale.toString(value * 100, 'f', 2));
    case Metric::Purchases:
        return u"%1 %2"_s.arg(metricName(metric), locale.toString(value, 'f', 0));
    }
    return {};
}

QString windowText(const Window& w)
{
    if (w.settleHours <= 0)
        return w.days == 1 ? tr("the last complete day")
                           : QCoreApplication::translate("AdRules", "the last %n complete days", nullptr, w.days);
    return QCoreApplication::translate("AdRules", "the last %n days that ended at least %1 hours ago", nullptr, w.days)
        .arg(w.settleHours);
}

} // namespace AdRules
