#include "Domains.h"

#include "approvals/ApprovalJobs.h"
#include "campaigns/AdSync.h"
#include "campaigns/CampaignEffects.h"
#include "pipeline/PipelineEffects.h"
#include "pipeline/PipelineJobs.h"
#include "publishing/PublishJobs.h"
#include "shopagents/ShopAgents.h"
#include "storesync/StoreSync.h"

std::unique_ptr<Domains> Domains::create()
{
    auto d = std::make_unique<Domains>();
    ApprovalJobs::registerAll(d->jobs, d->effects);
    PipelineJobs::registerAll(d->jobs);
    PipelineEffects::registerAll(d->effects);
    PublishJobs::registerAll(d->jobs, d->effects);
    CampaignEffects::registerAll(d->effects);
    StoreSync::registerAll(d->jobs, d->effects);
    AdSync::registerAll(d->jobs);
    auto roster = ShopAgents::roster();
    d->agents = roster;
    ShopAgents::registerAll(d->jobs, d->effects, roster);
    return d;
}
