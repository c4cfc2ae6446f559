#pragma once

#include "ApprovalDesk.h"
#include "ApprovalRules.h"
#include "DecisionLearning.h"
#include "DecisionOutbox.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

class Clock;
class EventBus;
class UserSession;
class WorkerPool;

// What a person asks of the approver's desk and the override controls from the desktop: decide
// proposals, pause or resume an agent or a cluster, adjust a threshold, edit rules and users. Each
// request is one short durable write on the caller's connection as the session's user, then the
// workers are woken (an approval is a job) and the views told what changed. Refusals (roles, a
// viewer, a passed deadline) come back as readable text, never as a half-made change.
class ApprovalActions final : public QObject
{
    Q_OBJECT
public:
    ApprovalActions(const QSqlDatabase& db, const Clock* clock, EventBus* bus, WorkerPool* pool, UserSession* session,
        QObject* parent = nullptr);

    UserSession* session() const { return m_session; }

    // asOnlyApprover: the person confirmed that nobody else may decide it (see onlyApprover).
    ApprovalDesk::Outcome approve(qint64 id, const QString& note, bool asOnlyApprover = false);
    ApprovalDesk::Outcome reject(qint64 id, const QString& reason, bool asOnlyApprover = false);
    // Takes back the person's own decisions whose work has not started (the undo window).
    ApprovalDesk::Bulk undo(const QList<qint64>& ids);
    // How many seconds a decision waits before its work may start, so that it can be undone.
    int undoWindowSeconds() const;
    bool setUndoWindowSeconds(int seconds, QString* error);
    ApprovalDesk::Outcome modify(qint64 id, const QJsonObject& parameters, const QString& note);
    // Approved work that failed runs again from the step that gave up (see ApprovalDesk::runAgain).
    ApprovalDesk::Outcome runAgain(qint64 id);
    // Empty when the session's user may run it again.
    QString whyNotRunAgain(const ApprovalDesk::Proposal& proposal) const;
    ApprovalDesk::Bulk approveMany(const QList<qint64>& ids, const QString& note);
    ApprovalDesk::Bulk rejectMany(const QList<qint64>& ids, const QString& reason);
    // What the risk engine would say of these parameters, without storing anything.
    RiskEngine::Verdict preview(const ApprovalDesk::Proposal& proposal, const QJsonObject& parameters) const;
    std::optional<ApprovalDesk::Proposal> proposal(qint64 id) const;
    // How people decided the proposer's earlier proposals of this kind (DecisionLearning::recordOf).
    DecisionLearning::Record trackRecord(const ApprovalDesk::Proposal& proposal) const;
    // What happened after the proposal ran, once measured (Outcomes).
    std::optional<Outcomes::Outcome> outcome(const ApprovalDesk::Proposal& proposal) const;
    // The proposals on the same thing that only one of may be approved, said for the approver (Conflicts).
    QString conflicts(const ApprovalDesk::Proposal& proposal) const;
    // Empty when the session's user may decide it now.
    QString whyNot(const ApprovalDesk::Proposal& proposal) const;
    // The session's user changed (or proposed) it and is the only person who may decide it: they may,
    // after confirming so.
    bool onlyApprover(const ApprovalDesk::Proposal& proposal) const;

    // A team desk's offline outbox (owned by the caller). With one, a decision taken while the team server
    // is away is kept on this computer (the outcome's status is "kept_offline") and applied when the
    // server answers again, exactly once (see DecisionOutbox); undo takes it back from the outbox.
    void setOutbox(DecisionOutbox* outbox);
    // The server lost (decisions are kept) or back (the outbox is applied at once).
    void setServerReachable(bool reachable);
    bool isOffline() const { return m_offline; }
    // How soon kept decisions are tried again after a lost write while the doorbell still hears the server.
    static constexpr qint64 RetryMs = 5'000;
    int waitingOffline() const { return m_outbox ? m_outbox->size() : 0; }
    QSet<qint64> waitingOfflineIds() const { return m_outbox ? m_outbox->proposals() : QSet<qint64>{}; }
    // Applies what the outbox holds now; the results also come as outboxApplied. Stops (keeping the rest)
    // when the server is gone again.
    QList<DecisionOutbox::Applied> applyOutbox();

    // Override controls (audited). A paused agent claims no job and every proposal of it waits.
    bool setAgentPaused(const QString& agent, bool paused, QString* error)
    {
        return setPaused(false, agent, paused, error);
    }
    bool setClusterPaused(const QString& cluster, bool paused, QString* error)
    {
        return setPaused(true, cluster, paused, error);
    }
    // Runs a scheduled agent now instead of at its next time (audited). Anyone but a viewer may ask.
    bool runAgentNow(const QString& agent, QString* error);
    // Quick threshold adjustment: a new version of the rule with the LOW / MEDIUM band limits changed.
    bool adjustThreshold(
        const QString& ruleKey, std::optional<double> lowMax, std::optional<double> mediumMax, QString* error);
    std::optional<ApprovalRule> saveRule(const ApprovalRule& rule, QStringList* errors);
    // The newest version of every rule, one rule's versions, and the agents a rule may name. An
    // unreadable workspace gives empty lists and *error (when asked) says why.
    QList<ApprovalRule> rules(QString* error = nullptr) const;
    QList<ApprovalRule> ruleHistory(const QString& key) const;
    QStringList agentNames() const;
    bool saveUser(const Users::User& user, QString* error);
    QList<Users::User> profiles() const;
    // Acts as another profile from now on (see UserSession::maySwitchTo). Audited.
    bool switchUser(const QString& name, QString* error);

signals:
    // Proposals were decided or changed (ids), and whether the queue's membership changed.
    void proposalsChanged(const QList<qint64>& ids);
    // Decisions kept offline: how many wait.
    void outboxChanged(int waiting);
    void outboxApplied(const QList<DecisionOutbox::Applied>& results);

private:
    bool mayOverride(QString* error) const;
    bool setPaused(bool cluster, const QString& key, bool paused, QString* error);
    void decided(const QList<qint64>& ids, bool queuedWork);
    // lost: set when the write failed because the team server could not be reached.
    template <typename Fn> bool guarded(QString* error, Fn&& fn, bool* lost = nullptr);
    // Keeps the decision in the outbox when the desk is offline (or the write just found it so).
    // A write was lost while the doorbell still hears the server (a dropped connection that came back at
    // once): the doorbell will not say so, so the kept decisions are tried again after a while.
    void retryWhileListening();
    std::optional<ApprovalDesk::Outcome> keepOffline(
        qint64 id, const QString& decision, const QString& note, const QJsonObject& parameters, bool asOnlyApprover);

    QSqlDatabase m_db;
    const Clock* m_clock;
    EventBus* m_bus;
    WorkerPool* m_pool;
    UserSession* m_session;
    DecisionOutbox* m_outbox = nullptr;
    bool m_offline = false;
    bool m_applying = false;
    bool m_listening = true; // what the doorbell said last
    bool m_retryScheduled = false;
    // The proposals last read, shown and decided from while the server is away.
    mutable QHash<qint64, ApprovalDesk::Proposal> m_lastRead;
};
