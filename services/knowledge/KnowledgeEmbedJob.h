#pragma once

#include "KnowledgeVectors.h"
#include "jobs/JobHandler.h"
#include "llm/LlmTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class EmbeddingClient;
class JobRegistry;

// Embeds the knowledge base's passages in the background, on the durable queue: a batch of passages
// (EmbeddingClient::kMaxBatch) per request, each batch's vectors committed as it comes back, so a failure
// or a kill halfway loses nothing and embeds nothing twice (the next try starts at what has no vector).
// Queued when a document is saved and when the embedding model is chosen; one at a time (its lane); it
// stops when the model is changed or turned off. A provider that is down, slow, rate limited or out of
// today's budget is waited for (without spending attempts, as the pipeline waits); the last failure is kept
// for Settings → Knowledge to show. Meanwhile the search ranks by words alone.
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

// The searches of a product's run embedded before its writers are prompted: the queries without a vector
// are asked for in one request of one attempt (a run falls back to the words rather than wait), and a run
// asking for the same queries while that request is out waits for it instead of asking again.
class QueryEmbedder final : public QObject
{
    Q_OBJECT
public:
    QueryEmbedder(EmbeddingClient* client, const Clock* clock, QObject* parent = nullptr);
    // done(error) on this object's thread, error empty when every query has its vector now; not called once the
    // context is gone.
    void embed(const QSqlDatabase& db, const QStringList& queries, QObject* context,
        std::function<void(const QString& error)> done);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const QString&)> done;
    };
    EmbeddingClient* m_client;
    const Clock* m_clock;
    QHash<QString, QList<Waiter>> m_waiting; // by the queries asked for
};
// The worker's query embedder.
QueryEmbedder* queriesFor(JobContext& ctx);

} // namespace KnowledgeEmbedJob
