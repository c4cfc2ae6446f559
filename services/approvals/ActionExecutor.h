#pragma once

#include "ApprovalDesk.h"

#include <QJsonObject>

// What an approved proposal does, with the parameters that were approved. Effects on the
// workspace (a campaign's budget, a product's price, a new draft product, content accepted) happen
// inside the caller's transaction, together with the job's completion, so they happen exactly once.
// Decisions that have no automatic effect (a new supplier, a market, a pivot, a refund) are
// recorded as executed with a note that the rest happens outside Quorum.
namespace ActionExecutor
{

struct Result
{
    bool ok = false;
    bool retryable = false;
    QString error;
    QJsonObject executed; // the parameters it ran with, plus what it produced
};

Result execute(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, qint64 now);

} // namespace ActionExecutor
