#include "ShopAgents.h"

#include "CeoAgent.h"
#include "DemandAgent.h"
#include "FinanceWatch.h"
#include "FraudAgent.h"
#include "PricingAgent.h"
#include "PromptTrialAgent.h"
#include "ReviewDesk.h"
#include "ReviewReply.h"
#include "ScoutAgent.h"
#include "SegmentsAgent.h"
#include "SeoAgent.h"
#include "SocialAgent.h"
#include "SupplierAgent.h"
#include "agents/AgentRuns.h"
#include "agents/PipelineAgents.h"
#include "approvals/ActionEffects.h"
#include "campaigns/AdProposals.h"
#include "pipeline/ProductStore.h"
#include "storesync/StockPool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopAgents
{

namespace
{
// Roles of the event agents, stored in English and shown translated.
const char* const kRoles[] = {
    QT_TRANSLATE_NOOP("AgentRoles", "Writes the content set and answers the reviewer"),
    QT_TRANSLATE_NOOP("AgentRoles", "Reviews every piece against the rubric"),
    QT_TRANSLATE_NOOP("AgentRoles", "Proposes publishing accepted products and pages to the stores and sites"),
    QT_TRANSLATE_NOOP("AgentRoles", "Keeps stock in step across stores and proposes reorders"),
    QT_TRANSLATE_NOOP("AgentRoles", "Runs the campaign rules on each ad sync and proposes ad set changes"),
    QT_TRANSLATE_NOOP("AgentRoles", "Looks at the A/B tests' new days and proposes declaring winners"),
};
[[maybe_unused]] const char* const kNames[] = {QT_TRANSLATE_NOOP("AgentNames", "Publisher")};

Agent::Spec eventAgent(const QString& name, const char* cluster, const char* role, QStringList reads,
    QStringList proposes, qint64 budgetMicros = 0)
{
    Agent::Spec s;
    s.name = name;
    s.cluster = QString::fromLatin1(cluster);
    s.role = QString::fromLatin1(role);
    s.reads = std::move(reads);
    s.proposes = std::move(proposes);
    s.dailyBudgetMicros = budgetMicros;
    return s;
}

// An approved action that a person carries out in the store: recorded (with who approved it, in the
// audit trail) and what to do there said.
ActionEffects::Result recorded(QJsonObject params, const QString& note)
{
    params.insert(u"recorded"_s, true);
    params.insert(u"note"_s, note);
    return ActionEffects::Result::done(params);
}

ActionEffects::Result hold(const QSqlDatabase&, const ApprovalDesk::Proposal&, QJsonObject params, qint64)
{
    const QString order = params.value(u"order"_s).toString();
    return recorded(std::move(params),
        QCoreApplication::translate("ActionExecutor",
            "Recorded: order %1 held for a fraud check. Quorum does not change orders in the store; put it on hold "
            "there too.")
            .arg(order));
}

// Putting a product forward and taking one out of the range happen in the store, by the person who approved.
ActionEffects::Result feature(const QSqlDatabase&, const ApprovalDesk::Proposal&, QJsonObject params, qint64)
{
    const QString product = params.value(u"product"_s).toString();
    const QString placement = params.value(u"placement"_s).toString();
    return recorded(std::move(params),
        QCoreApplication::translate("ActionExecutor",
            "Recorded: feature %1 (%2). Quorum does not arrange the store's pages; put it forward there.")
            .arg(product, placement));
}

ActionEffects::Result retire(const QSqlDatabase&, const ApprovalDesk::Proposal&, QJsonObject params, qint64)
{
    const QString product = params.value(u"product"_s).toString();
    return recorded(std::move(params),
        QCoreApplication::translate("ActionExecutor",
            "Recorded: %1 is to leave the range. Set it to draft in the stores; archive it in the Pipeline when its "
            "stock is gone.")
            .arg(product));
}

// The supplier becomes a current supplier of the SKUs it was compared on; the one it was compared with
// stays current too until the owner imports a list that says otherwise.
ActionEffects::Result supplier(const QSqlDatabase& db, const ApprovalDesk::Proposal&, QJsonObject params, qint64)
{
    const QString name = params.value(u"name"_s).toString();
    QStringList skus;
    for (const QJsonValue& sku : params.value(u"skus"_s).toArray())
        skus.append(sku.toString());
    const int marked = skus.isEmpty() ? 0 : Suppliers::makeCurrent(db, name, skus);
    if (marked == 0)
        return recorded(std::move(params),
            QCoreApplication::translate("ActionExecutor",
                "Recorded as decided: %1 is not in the supplier list for these SKUs. Quorum does not contact "
                "suppliers; place the first order with them.")
                .arg(name));
    params.insert(u"marked_current"_s, marked);
    return recorded(std::move(params),
        QCoreApplication::translate("ActionExecutor",
            "Recorded: %1 is now marked as a current supplier of %n SKU(s) in the supplier list. Quorum does not "
            "contact suppliers; place the first order with them.",
            nullptr, marked)
            .arg(name));
}

// The reply as the person left it.
ActionEffects::Result reply(const QSqlDatabase&, const ApprovalDesk::Proposal&, QJsonObject params, qint64)
{
    const QString product = params.value(u"product"_s).toString();
    return recorded(std::move(params),
        QCoreApplication::translate("ActionExecutor",
            "Recorded: the reply to the review of %1 is approved. Quorum does not post replies to the store; paste it "
            "under the review there.")
            .arg(product));
}
// The product goes back to work; the stores keep the published words until publishing the new ones is approved.
ActionEffects::Result refresh(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const qint64 productId = p.productId > 0 ? p.productId : params.value(u"product_id"_s).toInteger();
    QString error;
    const int pieces = ProductStore::queueRevision(db, productId,
        QCoreApplication::translate("ActionExecutor", "Content refresh approved: checking every piece again"), now,
        &error);
    if (pieces == 0)
        return ActionEffects::Result::failed(error);
    params.insert(u"pieces_queued"_s, pieces);
    params.insert(u"note"_s,
        QCoreApplication::translate("ActionExecutor",
            "%n piece(s) of %1 are checked again against today's facts and the gate; the writer rewrites what fails. "
            "When it passes, publish it again from the Pipeline (publishing is approved as before).",
            nullptr, pieces)
            .arg(params.value(u"product"_s).toString()));
    return ActionEffects::Result::done(params);
}
} // namespace

std::shared_ptr<AgentRoster> roster()
{
    auto r = std::make_shared<AgentRoster>();
    r->addEventAgent(
        eventAgent(QString::fromLatin1(PipelineAgents::WriterName), "product", kRoles[0], {u"products"_s}, {}, 0));
    r->addEventAgent(eventAgent(QString::fromLatin1(PipelineAgents::ReviewerName), "product", kRoles[1],
        {u"products"_s, u"content"_s}, {u"content_review"_s}));
    r->addEventAgent(
        eventAgent(Publisher, "product", kRoles[2], {u"content"_s, u"products"_s}, {u"publish_product"_s}));
    r->addEventAgent(eventAgent(StockPool::Agent, "product", kRoles[3], {u"stock"_s, u"orders"_s, u"reorder_rules"_s},
        {u"stock_update"_s, u"reorder"_s}));
    r->addEventAgent(eventAgent(AdProposals::Agent, "marketing", kRoles[4], {u"ad_sets"_s}, {u"ad_set_change"_s}));
    r->addEventAgent(eventAgent(u"A/B tests"_s, "marketing", kRoles[5], {u"experiments"_s, u"ad_sets"_s},
        {u"experiment_winner"_s, u"ad_set_change"_s}));
    r->add(std::make_unique<CeoAgent>());
    r->add(std::make_unique<DemandAgent>());
    r->add(std::make_unique<FinanceWatch>());
    r->add(std::make_unique<FraudAgent>());
    r->add(std::make_unique<PricingAgent>());
    r->add(std::make_unique<PromptTrialAgent>());
    r->add(std::make_unique<ReviewDesk>());
    r->add(std::make_unique<ScoutAgent>());
    r->add(std::make_unique<SegmentsAgent>());
    r->add(std::make_unique<SeoAgent>());
    r->add(std::make_unique<SocialAgent>());
    r->add(std::make_unique<SupplierAgent>());
    return r;
}

void registerAll(JobRegistry& jobs, ActionEffects& effects, std::shared_ptr<const AgentRoster> roster)
{
    AgentRuns::registerHandler(jobs, std::move(roster));
    registerEffects(effects);
    ReviewReply::registerHandler(jobs);
}

void registerEffects(ActionEffects& effects)
{
    effects.add(ActionType::OrderHold, &hold);
    effects.add(ActionType::ReviewReply, &reply);
    effects.add(ActionType::FeatureProduct, &feature);
    effects.add(ActionType::RetireProduct, &retire);
    effects.add(ActionType::NewSupplier, &supplier);
    effects.add(ActionType::ContentRefresh, &refresh);
    effects.add(ActionType::PromptTrial, &PromptTrialAgent::keep);
}

} // namespace ShopAgents
