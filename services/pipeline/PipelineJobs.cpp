#include "PipelineJobs.h"

#include "ProductRun.h"
#include "core/EventBus.h"
#include "jobs/JobRegistry.h"
#include "knowledge/KnowledgeEmbedJob.h"
#include "llm/LlmClient.h"

namespace PipelineJobs
{

namespace
{
// Runs a product's pieces through the agreement gate (ProductRun). Each worker gets one LLM client,
// which records every call in its connection's ledger.
class ProductRunHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        LlmClient* llm = llmFor(ctx);
        ProductRun::Env env;
        env.db = ctx.db();
        env.llm = llm;
        env.queries = KnowledgeEmbedJob::queriesFor(ctx);
        env.clock = ctx.clock();
        env.owner = ctx.owner();
        env.stopRequested = [&ctx] { return ctx.stopRequested(); };
        env.retryBaseMs = ctx.retryBaseMs();
        env.random01 = ctx.random01();
        auto* run = new ProductRun(env, job, ctx.thread());
        EventBus* bus = ctx.bus();
        run->start(
            [bus](qint64 productId) {
                if (bus)
                    bus->publishChanged(EventBus::Topic::Products, {productId});
            },
            [bus, done](JobOutcome outcome, const QString& summary) {
                // A summary means a content review was raised or a failure recorded.
                if (bus && !summary.isEmpty())
                    bus->publishChanged(EventBus::Topic::Proposals, {}, true);
                done(outcome, summary);
            });
        return run;
    }
};
} // namespace

LlmClient* llmFor(JobContext& ctx)
{
    return ctx.resource<LlmClient>([](JobContext& c, QObject* parent) {
        auto* client = new LlmClient(c.caller(), c.runtime(), parent);
        client->setCallLog(c.db());
        client->setRetryPolicy(c.retry());
        return client;
    });
}

void registerAll(JobRegistry& registry)
{
    // Provider keys may live in the keychain: at start the runs wait until it has answered.
    registry.add(Generate, std::make_unique<ProductRunHandler>(), JobRegistry::Secrets);
    registry.add(Piece, std::make_unique<ProductRunHandler>(), JobRegistry::Secrets);
    registry.add(Recheck, std::make_unique<ProductRunHandler>(), JobRegistry::Secrets);
    KnowledgeEmbedJob::registerHandler(registry);
}

} // namespace PipelineJobs
