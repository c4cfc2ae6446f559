#include "SiteJobs.h"

#include "SiteRun.h"
#include "core/EventBus.h"
#include "jobs/JobRegistry.h"
#include "pipeline/PipelineJobs.h"

#include <QDir>

namespace SiteJobs
{

namespace
{
class SiteRunHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        SiteRun::Env env;
        env.db = ctx.db();
        env.llm = PipelineJobs::llmFor(ctx);
        env.clock = ctx.clock();
        env.owner = ctx.owner();
        env.sitesDir = ctx.workspaceRoot().isEmpty() ? QString() : QDir(ctx.workspaceRoot()).filePath(u"sites"_qs);
        env.stopRequested = [&ctx] { return ctx.stopRequested(); };
        env.retryBaseMs = ctx.retryBaseMs();
        env.random01 = ctx.random01();
        auto* run = new SiteRun(env, job, ctx.thread());
        EventBus* bus = ctx.bus();
        run->start(
            [bus](qint64 siteId) {
                if (bus)
                    bus->publishChanged(EventBus::Topic::Sites, {siteId});
            },
            [done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};
} // namespace

void registerAll(JobRegistry& registry)
{
    registry.add(Generate, std::make_unique<SiteRunHandler>(), JobRegistry::Secrets);
}

} // namespace SiteJobs
