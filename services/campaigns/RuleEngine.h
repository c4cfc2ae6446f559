#pragma once

#include "AdRules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

// Evaluating ad rules over stored daily insights, and replaying one over the history (backtest).
// Pure: the caller loads the account (objects, their days, the actions already taken) and stores what
// comes out; nothing here reads a clock or a database.
namespace RuleEngine
{
// How long after an account day ends the sync calls it complete (AdSync::kSettleHours).
inline constexpr int kDayCompleteHours = 6;

// One account day of one object, in the account's currency (minor units) and time zone.
struct Day
{
    QDate day;
    qint64 spendCents = 0;
    qint64 valueCents = 0; // purchase value, in the attribution window the account uses
    qint64 impressions = 0;
    qint64 clicks = 0;
    qint64 purchases = 0;
    double frequency = 0; // that day's impressions per person reached
};

struct Object
{
    QString id;
    QString name;
    AdRules::Level level = AdRules::Level::AdSet;
    bool active = true;
    qint64 budgetCents = 0; // daily budget (0: the campaign's budget is used)
    qint64 bidCents = 0;    // bid cap (0: none)
    bool learning = false;
    qint64 lastEditMs = 0; // the last significant edit (0: not known)
    QList<Day> days;       // ascending; a day without a row had no delivery
};

// An action a rule took (or, notify-only, would have taken).
struct Taken
{
    qint64 ruleId = 0;
    QString objectId;
    AdRules::Action action = AdRules::Action::Notify;
    int direction = 0;
    qint64 atMs = 0;
};

struct Account
{
    QTimeZone zone = QTimeZone("UTC");
    QString currency = QStringLiteral("EUR");
    QDate syncedThrough; // the newest account day the sync has read in full (invalid: nothing)
    QList<Object> objects;
    QList<Taken> taken;
    qint64 budgetTotalCents() const;
};

// What a rule saw for one object.
struct Evidence
{
    QDate from;
    QDate to;
    int daysWithDelivery = 0;
    qint64 spendCents = 0;
    qint64 valueCents = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    qint64 purchases = 0;
    double value = 0; // the rule's metric over the window
    bool hasValue = false;
    double probabilityBelowBreakEven = -1; // -1: not computed
};

struct Outcome
{
    qint64 ruleId = 0;
    QString objectId;
    QString objectName;
    AdRules::Action action = AdRules::Action::Notify;
    bool fired = false;  // false: the condition held but a brake stopped it (`brake` says which)
    bool live = false;   // fired live (true) or notify-only (what it would do)
    bool revive = false; // a pause rule resuming what it paused (hysteresis)
    QString brake;
    Evidence evidence;
    qint64 fromCents = 0; // budget or bid before and after
    qint64 toCents = 0;
    QString summary; // one sentence: what and why
};

// The window a rule reads at `nowMs` (empty `to` when no day qualifies yet).
std::pair<QDate, QDate> window(const AdRules::Window& window, const QTimeZone& zone, qint64 nowMs);
Evidence evidence(const AdRules::Rule& rule, const Object& object, QDate from, QDate to);
// P(true ROAS < breakEven) from conversions as a Poisson process with a gamma prior worth one
// purchase at break-even; the value per purchase taken as observed (or `fallbackOrderCents`).
double probabilityBelow(
    double breakEven, qint64 spendCents, qint64 valueCents, qint64 purchases, qint64 fallbackOrderCents);

// One rule over the account at `nowMs`. What fires is added to account->taken (and applied to the
// objects: status, budget, bid) so the next rule in the same pass sees it.
QList<Outcome> evaluate(const AdRules::Rule& rule, Account* account, qint64 nowMs);
QList<Outcome> evaluateAll(const QList<AdRules::Rule>& rules, Account* account, qint64 nowMs);

struct BacktestEvent
{
    Outcome outcome;
    QDate actedOn;           // the first day the action would have been in force
    qint64 savedCents = 0;   // pauses: the spend of the days it would have been off
    qint64 forgoneCents = 0; // and the purchase value those days brought
    int daysOff = 0;
    bool held = true;  // the condition still held over the next days (a hit)
    QDate recoveredOn; // otherwise: the day it no longer did
};

struct Backtest
{
    QDate from;
    QDate to;
    QList<BacktestEvent> events;
    int actions = 0; // the rule's own actions (a pause rule's resumes are events, not actions)
    int hits = 0;
    qint64 savedCents = 0;
    qint64 forgoneCents = 0;
    double hitRate() const { return actions == 0 ? 0 : double(hits) / double(actions); }
};

// Replays the rule day by day over [from, to] as if it had been live (learning and edit brakes are
// left out: the history does not say when objects learned). `followDays`: how long after an action
// its condition must keep holding to count as a hit.
Backtest backtest(const AdRules::Rule& rule, const Account& history, QDate from, QDate to, int followDays = 3);

} // namespace RuleEngine
