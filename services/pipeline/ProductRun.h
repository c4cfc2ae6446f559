#pragma once

#include "storage/Sql.h"

#include "PieceGate.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"

#include <QObject>

namespace KnowledgeEmbedJob
{
class QueryEmbedder;
}

// One claimed job of the pipeline, for one product: "generate" (every piece not accepted yet),
// "piece" (one piece again, with a person's instruction) or "recheck" (a person's edit). Runs the
// pieces' gates concurrently, keeps the product's stage, progress and scores current, and when every
// gate has finished commits the outcome and the job's completion in one transaction: Ready, or
// NeedsReview with a content review for a person, or a failure that the queue retries with backoff.
class ProductRun final : public QObject
{
    Q_OBJECT
public:
    struct Env
    {
        QSqlDatabase db;
        LlmClient* llm = nullptr;
        KnowledgeEmbedJob::QueryEmbedder* queries = nullptr; // the searches' vectors for meaning search
        const Clock* clock = nullptr;
        QString owner; // the lease owner
        std::function<bool()> stopRequested;
        qint64 retryBaseMs = 15'000;
        double random01 = 0.5; // jitter for the retry backoff
    };
    using Outcome = JobOutcome;

    ProductRun(const Env& env, const JobQueue::Job& job, QObject* parent = nullptr);

    // onChanged(productId) after every stored step; onFinished once, with the outcome.
    void start(std::function<void(qint64)> onChanged, std::function<void(Outcome, const QString&)> onFinished);
    const JobQueue::Job& job() const { return m_job; }
    qint64 productId() const { return m_productId; }

private:
    void startGates();
    void gateFinished(const PieceGate::Result& result);
    void finalize();
    void finishWith(Outcome outcome, const QString& summary);
    void moveToWork(const QString& reason);
    void updateStage();
    // Its writes touch only this product's rows: on PostgreSQL they run beside other products' writes.
    Transaction::Subject productScope() const { return {Transaction::Subject::Product, m_productId}; }
    bool allDrafted() const;

    Env m_env;
    JobQueue::Job m_job;
    qint64 m_productId = 0;
    qint64 m_startedAt = 0; // when this run began (its calls are in the ledger from then on)
    std::shared_ptr<GateContext> m_ctx;
    QList<PieceGate*> m_gates;
    int m_running = 0;
    QList<PieceGate::Result> m_results;
    std::function<void(qint64)> m_onChanged;
    std::function<void(Outcome, const QString&)> m_onFinished;
    bool m_finished = false;
    bool m_validating = false; // the product is at Validating (seen during this run)
};
