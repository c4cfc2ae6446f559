#include "PublishJobs.h"

#include "Connections.h"
#include "Publications.h"
#include "PublishRun.h"
#include "approvals/ActionEffects.h"
#include "core/EventBus.h"
#include "jobs/JobRegistry.h"
#include "pipeline/ContentStore.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PublishJobs
{

namespace
{
class PublishHandler final : public JobHandler
{
public:
    explicit PublishHandler(AfterPublished afterPublished = {})
        : m_afterPublished(std::move(afterPublished))
    { }

    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        PublishRun::Env env;
        env.db = ctx.db();
        env.caller = ctx.caller();
        env.runtime = ctx.runtime();
        env.clock = ctx.clock();
        env.owner = ctx.owner();
        env.workspaceRoot = ctx.workspaceRoot();
        env.retryBaseMs = ctx.retryBaseMs();
        env.stopRequested = [&ctx] { return ctx.stopRequested(); };
        env.afterPublished = m_afterPublished;
        auto* run = new PublishRun(env, job, ctx.thread());
        EventBus* bus = ctx.bus();
        run->start([bus, run, done](JobOutcome outcome, const QString& summary) {
            if (bus) {
                bus->publishChanged(EventBus::Topic::Publications, {}, true);
                bus->publishChanged(EventBus::Topic::Products, {run->productId()});
                bus->publishChanged(EventBus::Topic::Audit, {}, true);
            }
            done(outcome, summary);
        });
        return run;
    }

private:
    AfterPublished m_afterPublished;
};

using Result = ActionEffects::Result;

// Approval to publish: the product is approved, and a publish job per connection is queued in the
// same transaction. A generated page without a product gets a page job per WordPress site.
Result publish(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    QString why;
    QJsonArray ids;
    if (params.value(u"site"_s).toInteger() > 0) {
        for (const Connections::Connection& c : Connections::all(db)) {
            if (c.kind != Connections::Kind::WordPress)
                continue;
            for (qint64 id : Publications::queueSite(db, params.value(u"site"_s).toInteger(), c.id, false, now, &why))
                ids.append(id);
        }
        // An approval of a page version written over since queues nothing: said on the proposal, not silent.
        if (ids.isEmpty() && !why.isEmpty())
            return Result::failed(why);
        params.insert(u"publications"_s, ids);
        Sql::exec(db, u"UPDATE sites SET status = 'approved', updated_at = ? WHERE id = ? AND status = 'draft'"_s,
            {now, params.value(u"site"_s).toInteger()});
        return Result::done(params);
    }
    if (p.productId <= 0)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The product no longer exists."));
    const ProductStage s = ProductStore::stage(db, p.productId);
    if (s != ProductStage::Approved && s != ProductStage::Published) {
        QString error;
        if (!ProductStore::transition(db, p.productId, ProductStage::Approved,
                QCoreApplication::translate("ActionExecutor", "Approved for publishing"), p.decidedBy, now, &error))
            return Result::failed(error);
    }
    const QList<qint64> queued = Publications::queueProduct(db, p.productId, false, now, &why);
    for (qint64 id : queued)
        ids.append(id);
    params.insert(u"publications"_s, ids);
    if (queued.isEmpty())
        params.insert(u"note"_s, why);
    return Result::done(params);
}
// Words that state the price a change replaces contradict the new one. Written but not yet in a store, they are
// checked again against the new facts as after a person's edit (the writer rewrites what fails); in a store,
// the SEO agent checks them once the new price is published (it runs after publishing) and proposes a refresh.
void noteStatedPrice(
    const QSqlDatabase& db, qint64 productId, const QString& sku, qint64 before, QJsonObject& params, qint64 now)
{
    const QList<ContentStore::Mention> stated = ContentStore::priceStated(db, productId, sku, before);
    if (stated.isEmpty())
        return;
    const QString pieces = ContentStore::piecesText(stated);
    params.insert(u"price_stated_in"_s, pieces);
    const ProductStage s = ProductStore::stage(db, productId);
    const bool archived
        = Sql::scalar(db, u"SELECT archived_at IS NOT NULL FROM products WHERE id = ?"_s, {productId}).toBool();
    if (ProductStore::canChangeContent(s) && !archived && !ProductStore::hasActiveWork(db, productId)) {
        const int pieceCount = ProductStore::queueFactsRecheck(db, productId,
            QCoreApplication::translate(
                "ActionExecutor", "Price changed: the words that state the old price are checked again"),
            now);
        params.insert(u"pieces_rechecked"_s, pieceCount);
        params.insert(u"note"_s,
            QCoreApplication::translate("ActionExecutor",
                "The old price was written in its content (%1): the written pieces are checked again against the "
                "new price, and the writer rewrites what fails.")
                .arg(pieces));
    } else if (!archived) {
        params.insert(u"note"_s,
            QCoreApplication::translate("ActionExecutor",
                "The old price is written in its content (%1). Once the new price is published, the SEO agent "
                "checks the content again and proposes rewriting it.")
                .arg(pieces));
    }
}

// An approved price change: the prices in Quorum, then the same prices in every store the product
// is published to, through the publish lane (a publish that reads the store and writes only the
// changed prices; retried, and a failure shows on this proposal).
Result changePrice(const QSqlDatabase& db, const ApprovalDesk::Proposal&, QJsonObject params, qint64 now)
{
    const auto price = ActionEffects::amount(params, u"new_price"_s);
    const QString sku = params.value(u"sku"_s).toString();
    if (!price)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The approved price is not an amount."));
    const std::optional<qint64> before = ProductStore::priceOf(db, sku);
    const qint64 productId = ProductStore::setPrice(db, sku, *price, now);
    if (productId == 0)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "There is no product with SKU “%1”.").arg(sku));
    QJsonArray ids;
    for (qint64 id : Publications::queueRepublish(db, productId, now))
        ids.append(id);
    params.insert(u"publications"_s, ids);
    if (before && *before != *price)
        noteStatedPrice(db, productId, sku, *before, params, now);
    return Result::done(params);
}
} // namespace

void registerAll(JobRegistry& registry, ActionEffects& effects, AfterPublished afterPublished)
{
    registry.add(Publish, std::make_unique<PublishHandler>(std::move(afterPublished)),
        JobRegistry::Network | JobRegistry::Secrets);
    registry.add(Preview, std::make_unique<PublishHandler>(), JobRegistry::Network | JobRegistry::Secrets);
    effects.add(ActionType::PublishProduct, &publish);
    effects.add(ActionType::PriceChange, &changePrice);
}

} // namespace PublishJobs
