#pragma once

#include "RiskEngine.h"
#include "users/Users.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

// The approver's desk (DESIGN.md section 3): proposals come in and are judged by the risk engine;
// what may run on its own runs (a job on the durable queue), the rest waits for a person who
// approves, rejects (with a reason) or modifies (the change is judged again). Deadlines warn and then
// apply the rule's default. Every step is one durable transaction with its audit entry, so a
// decision is never half-made and never lost, online or not.
namespace ApprovalDesk
{

struct Proposal
{
    qint64 id = 0;
    QString agent;
    ActionType actionType = ActionType::Unknown;
    QString title;
    QString description;
    QString reasoning;
    QStringList dataSources;
    std::optional<qint64> estRevenueCents;
    std::optional<qint64> estCostCents;
    std::optional<double> estRoi;
    QString currency = QStringLiteral("EUR");
    QStringList riskFactors;
    double confidence = 1.0;
    QJsonArray alternatives; // {description, pros[], cons[], impact}
    QJsonObject parameters;  // as proposed, never changed
    QJsonObject modifiedParameters;
    QJsonObject approvedParameters;
    QJsonObject executedParameters;
    QString riskLevel;
    QString verdict;
    qint64 ruleId = 0;
    int ruleVersion = 0;
    int priority = 1;
    QString status;
    QString executionState;
    QString executionError;
    std::optional<qint64> deadline;
    QString onExpiry = QStringLiteral("reject");
    QStringList approverRoles;
    QString proposedBy;
    QString modifiedBy;
    QString decidedBy;
    std::optional<qint64> decidedAt;
    QString decidedOn;
    QString notes;
    qint64 productId = 0;
    qint64 createdAt = 0;

    // What it would run with now: a person's change when there is one, else what was proposed.
    QJsonObject effectiveParameters() const { return modifiedParameters.isEmpty() ? parameters : modifiedParameters; }
};

std::optional<Proposal> load(const QSqlDatabase& db, qint64 id);
// What the engine needs from the workspace: the target margin and current prices.
RiskEngine::Context context(const QSqlDatabase& db);
RiskEngine::Verdict judge(const QSqlDatabase& db, const Proposal& p, const QJsonObject& parameters, qint64 now);

// Stores a new proposal as its verdict says: pending, or approved by the risk engine with its job
// queued. Returns its id.
qint64 propose(const QSqlDatabase& db, Proposal p, const QString& machine, qint64 now);

struct Outcome
{
    bool ok = false;
    QString error;
    QString status;
    qint64 jobId = 0;
    QString verdict;
};
// How a person's decision is taken. holdMs: its job waits this long before it may run (the undo
// window). asOnlyApprover: the person confirmed they are the only one who may decide it (see
// onlyApprover); the audit entry records it.
struct DecideOptions
{
    qint64 holdMs = 0;
    bool asOnlyApprover = false;
};
Outcome approve(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& note, const QString& machine,
    qint64 now, DecideOptions options = {});
// A reason is required. What follows a rejection (a content review's pieces written again with the
// reason as the writer's instruction) runs as a job of its own (ActionEffects).
Outcome reject(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& reason,
    const QString& machine, qint64 now, DecideOptions options = {});
// How long the desktop holds a person's decision before its job may run (the undo window; 0 = none).
qint64 undoWindowMs(const QSqlDatabase& db);
void setUndoWindowSeconds(const QSqlDatabase& db, int seconds);
// Takes back user's own approval or rejection while its job has not started: the job is canceled,
// the proposal waits again and the audit says so. Fails with the reason once the work has begun.
Outcome undo(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& machine, qint64 now);
// Approved work that failed for good (its retries ran out, or the step it was handed to, such as
// the ad platform's, gave up) runs again from where it stopped: the job that gave up is queued
// afresh, as a publish is sent again. Whoever may decide such a proposal may ask; the audit says who.
Outcome runAgain(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& machine, qint64 now);
// Why user may not run it again now (empty when they may).
QString whyNotRunAgain(const Proposal& p, const Users::User& user);
// Validates the edited parameters and judges the proposal again: it runs when the rule lets it, or
// waits again (for someone other than the person who changed it).
// holdMs: when the change lets it run, its work waits this long (the undo window).
Outcome modify(const QSqlDatabase& db, qint64 id, const Users::User& user, const QJsonObject& parameters,
    const QString& note, const QString& machine, qint64 now, qint64 holdMs = 0);

struct Bulk
{
    QList<qint64> done;
    QList<std::pair<qint64, QString>> failed;
};
Bulk approveMany(const QSqlDatabase& db, const QList<qint64>& ids, const Users::User& user, const QString& note,
    const QString& machine, qint64 now, qint64 holdMs = 0);
Bulk rejectMany(const QSqlDatabase& db, const QList<qint64>& ids, const Users::User& user, const QString& reason,
    const QString& machine, qint64 now, qint64 holdMs = 0);

// Deadlines: apply the rule's default to every pending proposal whose deadline passed (including
// while Quorum was closed). Returns the proposals it decided.
QList<qint64> expireDue(const QSqlDatabase& db, const QString& machine, qint64 now);
// Proposals whose warning time has come (once each). Returns them for notifications.
QList<qint64> warnDue(const QSqlDatabase& db, qint64 now);
int expiringSoon(const QSqlDatabase& db, qint64 now);
// When the next deadline or warning falls due, or -1.
qint64 nextEventAt(const QSqlDatabase& db);

// What will run, in one line ("Budget change: Merino – Prospecting to €1,250.00 a day").
QString whatRuns(const Proposal& p);
// Why user may not decide it now, or empty.
QString whyNot(const Proposal& p, const Users::User& user, qint64 now);
// Separation of duties cannot be kept: user changed (or proposed) it, and nobody else active in the
// workspace has a role that may decide it. Then user may decide it, after saying so.
bool onlyApprover(const QSqlDatabase& db, const Proposal& p, const Users::User& user, qint64 now);

} // namespace ApprovalDesk
