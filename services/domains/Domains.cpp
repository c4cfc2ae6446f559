#include "Domains.h"

#include "agents/AgentRuns.h"
#include "approvals/ApprovalJobs.h"
#include "autopilot/Notifications.h"
#include "campaigns/AdSync.h"
#include "campaigns/CampaignEffects.h"
#include "pipeline/PipelineEffects.h"
#include "pipeline/PipelineJobs.h"
#include "publishing/PublishJobs.h"
#include "shopagents/ShopAgents.h"
#include "sites/OutreachJobs.h"
#include "sites/SiteJobs.h"
#include "social/SocialPublishRun.h"
#include "social/SocialSyncRun.h"
#include "storesync/StoreSync.h"
#include "visuals/VisualRun.h"

std::unique_ptr<Domains> Domains::create()
{
    auto d = std::make_unique<Domains>();
    ApprovalJobs::registerAll(d->jobs, d->effects);
    PipelineJobs::registerAll(d->jobs);
    PipelineEffects::registerAll(d->effects);
    auto roster = ShopAgents::roster();
    d->agents = roster;
    // The agents that check the stores after publishing look a minute later, when the other stores of the
    // product are likely done too.
    PublishJobs::registerAll(d->jobs, d->effects, [roster](const QSqlDatabase& db, qint64 now) {
        AgentRuns::queueOnPublished(db, *roster, now, AgentRuns::AfterPublishDelayMs);
    });
    CampaignEffects::registerAll(d->effects);
    StoreSync::registerAll(d->jobs, d->effects);
    AdSync::registerAll(d->jobs);
    SocialJobs::registerAll(d->jobs, d->effects);
    SocialEngagement::registerAll(d->jobs);
    Visuals::registerAll(d->jobs);
    ShopAgents::registerAll(d->jobs, d->effects, roster);
    Notifications::registerAll(d->jobs);
    SiteJobs::registerAll(d->jobs);
    OutreachJobs::registerAll(d->jobs, d->effects);
    return d;
}
