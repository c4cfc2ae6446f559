#pragma once

#include "core/AbTest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A/B tests over the ad sets of a synced Meta ad account, registered before they run: the arms (the
// control first), the primary metric, the expected traffic split, the control's expected rate, the
// smallest lift worth finding, the floors and the longest the test may run. Nothing of that changes
// once saved. Every complete account day from the start is looked at once, in order, with the arms'
// totals through that day (AbTest::look, an always-valid sequential test, so looking daily adds no
// false winners); the p-values carry from look to look. A winner becomes a "declare winner"
// proposal with the evidence, judged like any proposal; the test stops looking then.
namespace Experiments
{

// The agent that looks at the A/B tests after each ad sync (shown translated, like the other agents).
inline constexpr QLatin1StringView Agent{"A/B tests"};

enum class Metric
{
    PurchasesPerClick,   // conversions: purchases; per: link clicks
    ClicksPerImpression, // conversions: clicks; per: impressions (the click-through rate)
};
QString metricKey(Metric metric);
std::optional<Metric> metricFromKey(const QString& key);
QString metricName(Metric metric);      // "Purchases per click"
QString visitorsName(Metric metric);    // "clicks"
QString conversionsName(Metric metric); // "purchases"

enum class Status
{
    Collecting,   // an arm is below the floors
    Running,      // the floors are met, no difference yet
    Winner,       // a verdict: waiting for a person to declare it
    Inconclusive, // the longest duration passed without a difference
    Decided,      // the winner was declared
    Stopped,      // stopped by a person before a verdict
};
QString statusKey(Status status);
Status statusFromKey(const QString& key);
QString statusName(Status status);
inline bool isOpen(Status s)
{
    return s == Status::Collecting || s == Status::Running;
}

struct Arm
{
    QString id;       // the ad set's id on the platform
    QString name;     // as registered
    double share = 0; // the traffic share registered for it (0-1)
};

struct Experiment
{
    qint64 id = 0;
    qint64 connectionId = 0;
    QString account; // the ad account's name (read back)
    QString name;
    QString hypothesis;
    Metric metric = Metric::PurchasesPerClick;
    QList<Arm> arms; // the control first
    AbTest::Settings settings;
    QDate startDay; // the account's day
    int maxDays = 28;
    Status status = Status::Collecting;
    int winner = -1;
    QList<double> pValues;
    QDate lookedThrough;
    qint64 proposalId = 0;
    QString proposalStatus;    // read back: pending, approved, rejected, ...
    QString proposalExecution; // read back: none, queued, done, failed, ...
    int pausesProposed = 0;    // read back: the other arms proposed for a pause when it was declared
    QString createdBy;
    qint64 createdAt = 0;
    qint64 endedAt = 0;

    QDate lastDay() const { return startDay.addDays(maxDays - 1); }
};

// One look: the arms' totals through its day and what the test said.
struct Look
{
    QDate day;
    QList<AbTest::Arm> arms;
    AbTest::Verdict verdict;
};

// The arms as stored and audited: [{"id", "name", "share"}, ...].
QJsonArray armsJson(const QList<Arm>& arms);

// What keeps the experiment from being registered (empty: it can be).
QStringList problems(const Experiment& e);
// ...and what the workspace adds: an ad set already in another open test (declaring either would pause
// the other's arm).
QStringList conflicts(const QSqlDatabase& db, const Experiment& e);
// Whether declaring its winner may be proposed (again): a winner, and no declaration waiting or done.
bool mayProposeWinner(const Experiment& e);
// Registers it, inside the caller's transaction; its id, or 0 with *why. The caller checks the role and
// writes the audit entry.
qint64 insert(const QSqlDatabase& db, Experiment e, const QString& who, qint64 now, QString* why);
std::optional<Experiment> load(const QSqlDatabase& db, qint64 id);
QList<Experiment> all(const QSqlDatabase& db);
QList<Look> looks(const QSqlDatabase& db, qint64 id);

// The rate an ad set had over the `days` complete days through `through` (the control's expected rate,
// suggested when a test is registered); nullopt when it had no traffic then.
std::optional<double> observedRate(
    const QSqlDatabase& db, qint64 connectionId, const QString& adSetId, Metric metric, QDate through, int days = 28);

// Looks at every complete day not yet looked at, for the account's open experiments (0: every
// account); a new winner is proposed ("declare winner"). Inside the caller's transaction. Returns how
// many looks it took.
int evaluate(const QSqlDatabase& db, qint64 connectionId, qint64 now);

// Proposes declaring the experiment's winner (again, after a rejected proposal); the proposal's id, or 0
// with *why. Inside the caller's transaction.
qint64 proposeWinner(const QSqlDatabase& db, qint64 id, qint64 now, QString* why);
// Stopped by a person before a verdict; false with *why when it is no longer open.
bool stop(const QSqlDatabase& db, qint64 id, qint64 now, QString* why);

// What the approved "declare winner" does: the test is decided, and (with pause_losers) each other arm
// still running is proposed for a pause, judged by the ad set rules. *why on failure; the ids of those
// proposals in *pauses.
bool declare(const QSqlDatabase& db, const QJsonObject& parameters, qint64 now, QList<qint64>* pauses, QString* why);

// The evidence of a look in words, for the proposal and the tab.
QString evidenceText(const Experiment& e, const Look& look);

} // namespace Experiments
