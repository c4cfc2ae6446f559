#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Ad rules with evidence and brakes. A rule watches one metric of ad sets (or campaigns) over a
// window of whole account days and proposes one action. Every brake is a field, not advice: the
// minimum evidence below which it never acts (required), hysteresis for pauses (required), a
// cooldown per object, a maximum budget step (a heuristic: "a change over 20 % restarts learning" is
// practitioners' folklore, not a platform rule), absolute budget ceilings per object and per account
// (required for raises), a maximum number of actions per day, and hands off while an object learns or
// just after a significant edit. A ROAS pause can also require the posterior probability that the
// true ROAS is below break-even to pass a level. New rules start notify-only.
namespace AdRules
{

enum class Metric
{
    Roas,
    Cpa,
    Spend,
    Ctr,
    Frequency, // the days' frequencies averaged by impressions (a window's reach is not the days' sum)
    Purchases,
};

enum class Action
{
    Notify,
    Pause,
    Resume,
    ChangeBudget,
    ChangeBid,
};

enum class Compare
{
    Below,
    Above,
};

enum class Level
{
    Campaign,
    AdSet,
};

// The account days counted: `days` of them, ending with the newest day that ended at least
// `settleHours` ago in the account's time zone (0: the last complete day; late conversions settle).
struct Window
{
    int days = 3;
    int settleHours = 0;
};

struct Rule
{
    qint64 id = 0;
    QString name;
    // Scope: the objects of the level in the account, narrowed by a name part or by ids.
    Level level = Level::AdSet;
    QString nameContains;
    QStringList objectIds;
    // Condition.
    Metric metric = Metric::Roas;
    Compare compare = Compare::Below;
    double threshold = 0; // ROAS as a ratio, CPA and spend in minor units, CTR as a fraction
    Window window;
    // Statistical pause (ROAS only): also P(true ROAS < breakEvenRoas) > probability.
    double breakEvenRoas = 0; // 0: no statistical condition
    double probability = 0.9;
    // Action.
    Action action = Action::Notify;
    double changePercent = 0;     // budget or bid change in percent (+15, -20)
    qint64 changeAmountCents = 0; // or in minor units, when the percentage is 0
    // Brakes.
    qint64 minSpendCents = 0;       // evidence: never acts below this spend in the window...
    int minPurchases = 0;           // ...or below this many purchases...
    qint64 minClicks = 0;           // ...or clicks (at least one of the two)
    double resumeThreshold = 0;     // pauses: resumes what it paused only beyond this (hysteresis)
    int cooldownHours = 24;         // no action on an object within this long of the last one on it
    double maxStepPercent = 20;     // the largest budget or bid step (heuristic)
    qint64 objectCeilingCents = 0;  // raises: a daily budget never goes above this
    qint64 accountCeilingCents = 0; // raises: the account's daily budgets never add up above this
    int maxActionsPerDay = 10;
    bool skipLearning = true;
    int editQuietHours = 72; // hands off within this long of the last significant edit
    bool live = false;       // false: notify-only, shows what it would do
};

// Budgets never fall below this (Meta's smallest daily budgets are about one unit of currency).
inline constexpr qint64 kMinimumBudgetCents = 100;

// What is wrong with a rule, as sentences; empty when it can be saved.
QStringList problems(const Rule& rule);

// Which way an action moves an object: +1 (resume, raise), -1 (pause, lower), 0 (notify).
int direction(const Rule& rule);

struct Conflict
{
    qint64 first = 0;
    qint64 second = 0;
    bool refuse = false; // same metric and window: they can certainly both fire
    QString example;     // "At ROAS 1.8 over the last 3 days, “A” pauses “Summer” and “B” resumes it."
};

struct ObjectName
{
    QString id;
    QString name;
    Level level = Level::AdSet;
};

// Pairs of rules that can act on the same object in opposite directions, with an example object
// from `objects` (or a made-up description when none matches both).
QList<Conflict> conflicts(const QList<Rule>& rules, const QList<ObjectName>& objects);
bool inScope(const Rule& rule, const QString& id, const QString& name, Level level);

QString metricName(Metric metric);
QString actionName(Action action);
// "ROAS 1.80", "CPA €12.40", "CTR 1.2 %" (money in the account's currency).
QString formatMetric(Metric metric, double value, const QString& currency);
QString windowText(const Window& window);

} // namespace AdRules
