#include "StockJobs.h"

#include "StockWriteRun.h"
#include "approvals/ActionEffects.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace StockJobs
{

namespace
{
class WriteHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new StockWriteRun(ctx, job, ctx.thread());
        run->start([done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};

using Result = ActionEffects::Result;

// An approved stock update: the write, queued on the store's sync lane in the same transaction.
Result updateStock(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const qint64 connection = params.value(u"connection"_s).toInteger();
    const QString sku = params.value(u"sku"_s).toString();
    if (connection <= 0 || sku.isEmpty())
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The stock update names no store or SKU."));
    if (params.value(u"quantity"_s).toInteger(-1) < 0)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "A stock quantity cannot be negative."));
    const auto [id, created] = JobQueue::enqueue(db,
        {Write, connection, u"stock:%1"_s.arg(p.id),
            QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, params.value(u"quantity"_s)},
                {u"pool"_s, params.value(u"pool"_s)}, {u"from"_s, params.value(u"from"_s)}, {u"proposal"_s, p.id},
                {u"lane"_s, u"sync:%1"_s.arg(connection)}},
            1, 8, 0, {}},
        now);
    Q_UNUSED(created)
    params.insert(u"job"_s, id);
    return Result::done(params);
}

Result reorder(const QSqlDatabase&, const ApprovalDesk::Proposal&, QJsonObject params, qint64)
{
    const int units = static_cast<int>(params.value(u"quantity"_s).toInteger());
    params.insert(u"recorded"_s, true);
    params.insert(u"note"_s,
        QCoreApplication::translate("ActionExecutor",
            "Recorded: %n unit(s) of %1 ordered from the supplier. Quorum does not order from suppliers; no new "
            "reorder is proposed for it until its delivery time has passed.",
            nullptr, units)
            .arg(params.value(u"variant"_s).toString(params.value(u"sku"_s).toString())));
    return Result::done(params);
}
} // namespace

void registerAll(JobRegistry& registry, ActionEffects& effects)
{
    registry.add(Write, std::make_unique<WriteHandler>(), JobRegistry::Network | JobRegistry::Secrets);
    effects.add(ActionType::StockUpdate, &updateStock);
    effects.add(ActionType::Reorder, &reorder);
}

} // namespace StockJobs
