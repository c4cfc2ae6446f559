#pragma once

#include "ApprovalDesk.h"

#include <QJsonObject>

#include <functional>
#include <map>
#include <optional>

// What deciding a proposal does in the world, per kind of action. The domain that owns an effect
// registers it (campaigns: budgets and launches; pipeline: content reviews, prices, new products;
// publishing: publishing); the execute job (ActionRun) looks it up. Effects run inside the job's
// transaction, together with its completion, so they happen exactly once.
class ActionEffects
{
public:
    struct Result
    {
        bool ok = false;
        bool retryable = false;
        QString error;
        QJsonObject executed;  // the parameters it ran with, plus what it produced
        bool handedOn = false; // a job carries it out and records on the proposal when it is done

        static Result done(const QJsonObject& executed) { return Result{true, false, {}, executed}; }
        // Queued for a job that writes the outcome (done, retrying, failed) on the proposal itself.
        static Result handOn(const QJsonObject& executed) { return Result{true, false, {}, executed, true}; }
        static Result failed(const QString& error, bool retryable = false)
        {
            return Result{false, retryable, error, {}, false};
        }
    };
    // Runs an approved proposal with the parameters that were approved.
    using Run = std::function<Result(
        const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject parameters, qint64 now)>;
    // What follows a rejection (content written again with the reason), or nothing.
    using Rejected = std::function<void(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason,
        const QString& actor, qint64 now)>;

    // An amount parameter in minor units ("1250.00" -> 125000), or nothing.
    static std::optional<qint64> amount(const QJsonObject& parameters, const QString& key);

    void add(ActionType type, Run run, Rejected onRejected = {});
    // Decisions that have no automatic effect (a new supplier, a market): recorded as executed, with
    // a note that carrying them out happens outside Quorum.
    void addRecordedOnly(ActionType type);

    bool has(ActionType type) const { return m_effects.count(type) > 0; }
    Result run(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, qint64 now) const;
    void rejected(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason, const QString& actor,
        qint64 now) const;

private:
    struct Effect
    {
        Run run;
        Rejected onRejected;
    };
    std::map<ActionType, Effect> m_effects;
};
