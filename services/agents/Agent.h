#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <stdexcept>

// An agent is code with a contract: what data it reads, how often it runs, which kinds of action it
// may propose and what it may spend on AI a day. The runtime (AgentRuns) runs it as a job on the
// durable queue, records every run (ok, needs data, failed) and keeps the agent's health from them.
class Agent
{
public:
    struct Spec
    {
        QString name;                 // stored in English, shown translated (context "AgentNames")
        QString cluster;              // Cluster::keys()
        QString role;                 // stored in English, shown translated (context "AgentRoles")
        QStringList reads;            // AgentData keys: orders, customers, stock, products, ad_sets, decisions, ...
        QStringList proposes;         // action type keys (ActionTypes::key)
        qint64 intervalMs = 0;        // how often it runs; 0: on events only (another job runs its code)
        qint64 dailyBudgetMicros = 0; // AI spend a day; 0: it makes no AI calls
        bool onNewOrders = false;     // also runs when a store sync brought orders (besides its schedule)
        bool onPublished = false;     // also runs when a publish to the stores finished
        // The most a run may take (real time, as its latency): past it the run stops at its next query or
        // loop step (Deadline), is recorded as failed and is retried with backoff. The runtime keeps it
        // within three quarters of the queue's lease (RunControl, 60 s), which a run cannot renew while it
        // works: it stops before another worker could claim it again.
        qint64 timeLimitMs = 40'000;
    };

    // What a run found. A run that cannot do its work because the data is missing, stale or too short
    // says what it needs and proposes nothing; a run that fails throws (AgentError, SqlError).
    struct Outcome
    {
        bool needsData = false;
        QString note; // one line, in the language of the process that ran it
        int proposals = 0;

        static Outcome done(const QString& note, int proposals = 0) { return {false, note, proposals}; }
        static Outcome needs(const QString& what) { return {true, what, 0}; }
    };

    virtual ~Agent() = default;
    virtual Spec spec() const = 0;
    // Runs inside the run's transaction on the worker's connection: its proposals commit with the run's
    // record, or not at all.
    virtual Outcome run(const QSqlDatabase& db, qint64 now) const = 0;
};

// An agent that failed: the run is recorded as failed with the reason, and retried with backoff.
class AgentError : public std::runtime_error
{
public:
    explicit AgentError(const QString& reason)
        : std::runtime_error(reason.toStdString())
        , m_reason(reason)
    { }
    QString reason() const { return m_reason; }

private:
    QString m_reason;
};

// The data an agent may read, as people call it.
namespace AgentData
{
QString displayName(const QString& key);
} // namespace AgentData
