#pragma once

#include "SiteChecks.h"
#include "SiteStore.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "pipeline/PieceGate.h"

#include <QObject>

// One claimed "site" job: the site's chain from wherever it stands. Each stage (the analyst's brief, the concept,
// the art director's tokens) goes through the agreement gate in turn, each building on the accepted ones before
// it; then every section the concept plans that is not accepted or locked goes through its own gate, all at
// once; then the page is assembled from the accepted units and checked as a whole. A unit that fails the gate
// three times stops the chain for a person (the site needs review, its failures listed); a provider that is
// down makes the job wait and try again, reusing every stored step. A unit a person asked to be written again
// carries their instruction until a version written with it is accepted; the others stay as they are.
class SiteRun final : public QObject
{
    Q_OBJECT
public:
    struct Env
    {
        QSqlDatabase db;
        LlmClient* llm = nullptr;
        const Clock* clock = nullptr;
        QString owner;
        QString sitesDir;
        std::function<bool()> stopRequested;
        qint64 retryBaseMs = 15'000;
        double random01 = 0.5;
    };

    SiteRun(const Env& env, const JobQueue::Job& job, QObject* parent = nullptr);

    // onChanged(siteId) after every stored step; onFinished once.
    void start(std::function<void(qint64)> onChanged, std::function<void(JobOutcome, const QString&)> onFinished);

    // The gate's view of a unit kind for this site: its schema, checks, prompt and the accepted stages before it.
    static PieceGate::Kind gateKind(const QString& kind, const SiteChecks::Facts& facts, const QJsonObject& brief,
        const QJsonObject& plan, const QJsonObject& design);
    // What the checks may rest on: the product, the brand, its reviews and images, where the page links.
    static std::optional<SiteChecks::Facts> loadFacts(const QSqlDatabase& db, qint64 productId);
    // The same for a lead's business: its listing's facts as the "product" the chain writes about.
    static std::optional<SiteChecks::Facts> loadLeadFacts(const QSqlDatabase& db, qint64 leadId);

private:
    void step();
    void runGates(const QList<SiteStore::Unit>& work);
    void gatesFinished();
    void assemble();
    void fail(const PieceGate::Result& failure);
    void complete(const QString& stage, const QString& summary, const QJsonArray& problems = {});
    void finishWith(JobOutcome outcome, const QString& summary);
    void changed();

    Env m_env;
    JobQueue::Job m_job;
    qint64 m_siteId = 0;
    SiteChecks::Facts m_facts;
    std::shared_ptr<GateContext> m_ctx;
    int m_running = 0;
    QList<PieceGate::Result> m_results;
    std::function<void(qint64)> m_onChanged;
    std::function<void(JobOutcome, const QString&)> m_onFinished;
    bool m_finished = false;
};
