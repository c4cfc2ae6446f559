#pragma once

#include "approvals/ActionEffects.h"
#include "approvals/ActionRun.h"
#include "approvals/ApprovalJobs.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "gateway/AgentKeys.h"
#include "jobs/JobQueue.h"
#include "storage/Sql.h"

#include <QJsonObject>

// What the gateway tests share: an external agent registered with a key, proposals as agents send them,
// and the approval jobs run as a worker would run them.
namespace GatewayTest
{
using namespace Qt::StringLiterals;

// Registers "Price Scout" (finance) that may propose price changes and refunds; returns its key.
inline QString registerScout(
    const QSqlDatabase& db, qint64 now, int dailyLimit = 1000, const QString& name = QStringLiteral("Price Scout"))
{
    Transaction tx(db);
    const QString key = AgentKeys::registerAgent(
        db, {name, u"finance"_s, {u"price_change"_s, u"refund"_s}, dailyLimit}, u"Ann"_s, now);
    tx.commit();
    return key;
}

inline ExternalProposals::Caller caller(const QSqlDatabase& db, const QString& key)
{
    QString why;
    const auto c = AgentKeys::verify(db, key, u"127.0.0.1"_s, &why);
    return c.value_or(ExternalProposals::Caller{});
}

// A price change from 20.00 EUR: above 20 % a person decides, up to it the rule runs it and notifies.
inline QJsonObject priceChange(const QString& idempotencyKey, const QString& to = QStringLiteral("26.00"),
    const QString& sku = QStringLiteral("MUG-1"))
{
    return QJsonObject{{u"type"_s, u"propose"_s}, {u"action_type"_s, u"price_change"_s},
        {u"parameters"_s,
            QJsonObject{
                {u"sku"_s, sku}, {u"old_price"_s, u"20.00"_s}, {u"new_price"_s, to}, {u"currency"_s, u"EUR"_s}}},
        {u"title"_s, u"%1 to %2"_s.arg(sku, to)}, {u"reasoning"_s, u"competitors moved"_s}, {u"confidence"_s, 0.9},
        {u"idempotency_key"_s, idempotencyKey}};
}

// Moves the clock a second on and runs every approval job then due, as a worker would (the external
// agent's decisions are told when their job runs). Returns how many ran.
inline int runApprovalJobs(const QSqlDatabase& db, ManualClock& clock)
{
    clock.advance(1'000);
    static const ActionEffects effects;
    int ran = 0;
    while (auto job = JobQueue::claim(db, u"test-worker"_s, clock.nowMs(), 60'000)) {
        if (job->kind != ApprovalJobs::Execute.key()) {
            JobQueue::release(db, job->id, u"test-worker"_s, clock.nowMs());
            break;
        }
        ActionRun::run(db, &clock, u"test-worker"_s, effects, *job);
        ++ran;
    }
    return ran;
}
} // namespace GatewayTest
