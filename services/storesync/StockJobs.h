#pragma once

#include "jobs/JobKind.h"

class ActionEffects;
class JobRegistry;

// Writing stock to a store, and what approving stock proposals does. An approved stock update queues
// a "stock.write" job on the store's sync lane (so it never races a sync of the same store); an
// approved reorder is recorded (the order itself is placed with the supplier by a person).
namespace StockJobs
{

// Subject: the connection. Payload: {sku, quantity, pool, from, proposal, lane}.
inline constexpr JobKind Write{QLatin1StringView("stock.write")};

void registerAll(JobRegistry& registry, ActionEffects& effects);

} // namespace StockJobs
