#pragma once

#include "jobs/JobKind.h"

class JobContext;
class JobRegistry;
class LlmClient;

// The kinds of job the content pipeline owns, and their registration with the job runtime.
namespace PipelineJobs
{
// Write and check every piece of a product that is not accepted yet (subject: the product).
inline constexpr JobKind Generate{QLatin1StringView("generate")};
// One piece again, with a person's instruction (subject: the piece).
inline constexpr JobKind Piece{QLatin1StringView("piece")};
// Check a person's edit of a piece (subject: the piece).
inline constexpr JobKind Recheck{QLatin1StringView("recheck")};

void registerAll(JobRegistry& registry);
// The worker's LLM client (one per worker, recording every call in its connection's ledger), for any
// job that asks a model.
LlmClient* llmFor(JobContext& ctx);
} // namespace PipelineJobs
