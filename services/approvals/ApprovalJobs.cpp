#include "ApprovalJobs.h"

#include "DecisionLearning.h"

#include "ActionEffects.h"
#include "ActionRun.h"
#include "core/EventBus.h"
#include "jobs/JobRegistry.h"

namespace ApprovalJobs
{

namespace
{
// Decisions run in one durable transaction each: nothing to wait for, no lease to renew.
class ExecuteHandler final : public JobHandler
{
public:
    explicit ExecuteHandler(const ActionEffects* effects)
        : m_effects(effects)
    { }

    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        const auto [outcome, summary] = ActionRun::run(ctx.db(), ctx.clock(), ctx.owner(), *m_effects, job);
        if (EventBus* bus = ctx.bus()) {
            bus->publishChanged(EventBus::Topic::Proposals, {job.subjectId});
            bus->publishChanged(EventBus::Topic::Audit, {}, true);
        }
        done(outcome, summary);
        return nullptr;
    }

private:
    const ActionEffects* m_effects;
};
} // namespace

void registerAll(JobRegistry& registry, ActionEffects& effects)
{
    registry.add(Execute, std::make_unique<ExecuteHandler>(&effects));
    // A new supplier's effect is the supplier list's (ShopAgents).
    for (ActionType t : {ActionType::NewMarket, ActionType::StrategicPivot, ActionType::Refund})
        effects.addRecordedOnly(t);
    DecisionLearning::registerEffects(effects);
}

} // namespace ApprovalJobs
