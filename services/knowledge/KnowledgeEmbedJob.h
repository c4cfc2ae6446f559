#pragma once

#include "KnowledgeVectors.h"
#include "jobs/JobHandler.h"
#include "llm/LlmTypes.h"

#include <functional>

class EmbeddingClient;
class JobRegistry;

// Embeds the knowledge base's passages in the background, on the durable queue: a batch of passages
// (EmbeddingClient::kMaxBatch) per request, each batch's vectors committed as it comes back, so a failure
// or a kill halfway loses nothing and embeds nothing twice (the next try starts at what has no vector).
// Queued when a document is saved and when the embedding model is chosen; one at a time (its lane).
// A failure is kept for Settings → Knowledge to show, and the job tries again after the queue's backoff;
// meanwhile the search ranks by words alone.
namespace KnowledgeEmbedJob
{

inline constexpr JobKind Embed{QLatin1StringView("knowledge-embed")};

// Queues a run unless one is waiting already or the workspace has no embedding model. True when queued.
bool enqueue(const QSqlDatabase& db, qint64 now);
void registerHandler(JobRegistry& registry);
// The worker's embedding client (one per worker thread).
EmbeddingClient* clientFor(JobContext& ctx);

// The provider the workspace embeds with, if it is one that can; else nullopt and why not.
std::optional<ProviderConfig> provider(const QSqlDatabase& db, const Knowledge::Embedding& embedding, QString* why);

// Embeds and stores the queries that have no vector yet (the writers' searches, before a run's prompts are
// written); done(error) on the context's thread, error empty when they all have one now.
void embedQueries(EmbeddingClient* client, const QSqlDatabase& db, const Clock* clock, const QStringList& queries,
    QObject* context, std::function<void(const QString& error)> done);

} // namespace KnowledgeEmbedJob
