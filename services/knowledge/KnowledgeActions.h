#pragma once

#include "KnowledgeBase.h"
#include "KnowledgeImport.h"
#include "KnowledgeVectors.h"
#include "llm/LlmTypes.h"
#include "users/ChangeDoor.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

class ApiRuntime;
class EmbeddingClient;
class HttpClient;

// The knowledge base as the owner changes it (Settings → Knowledge): documents added (pasted, read from a file,
// fetched from a page of the shop), edited into new versions and removed, each change through the change door
// (owners only, audited, the views told). Reads and the search are direct.
class KnowledgeActions final : public QObject
{
    Q_OBJECT
public:
    explicit KnowledgeActions(const ChangeDoor& door, QObject* parent = nullptr);

    QString whyNot() const { return m_door.whyNot(); }
    QList<Knowledge::Document> documents() const;
    std::optional<Knowledge::Document> document(qint64 id) const;
    // By words, fused with the ranking by meaning where the workspace embeds and the query has its vector (one a
    // writer's run stored, or one askMeaning() brought).
    QList<Knowledge::Passage> search(const QString& query, int limit = 10) const;
    // Asks the embedding model for a typed query's vector (with the runtime; each query once, and not again for a
    // minute after it failed); meaningReady(query, error) follows, always after this returned. False when nothing
    // is asked for (no model, no words, known already, asked already or failed lately).
    bool askMeaning(const QString& query);
    // How the search ranks here: "BM25" (SQLite FTS5) or "ts_rank_cd" (PostgreSQL).
    QString rankingName() const;
    // Whether a search's query is being embedded now.
    bool meaningPending(const QString& query) const;

    // Meaning search: the providers that can embed, the workspace's choice, how far the passages are embedded, and
    // why the last background embedding failed (empty when it worked).
    void setRuntime(ApiRuntime* runtime);
    QList<ProviderConfig> embeddingProviders() const;
    Knowledge::Embedding embedding() const;
    Knowledge::Coverage coverage() const;
    QString embeddingError() const;
    // Chooses the embedding model (an empty provider turns meaning search off) and queues the passages' embedding.
    bool setEmbedding(const Knowledge::Embedding& embedding, QString* error);
    int passageCount() const;

    // Stores a new document or a new version of one; its id, or 0 with *error.
    qint64 save(const Knowledge::Document& document, QString* error);
    bool remove(qint64 id, QString* error);

    KnowledgeImport::Draft readFile(const QString& path) const { return KnowledgeImport::readFile(path); }
    // Fetches a page (an http or https address): fetched() gives the draft, or the reason there is none.
    void fetch(const QUrl& url);
    bool fetching() const { return m_fetching; }

signals:
    void fetched(const KnowledgeImport::Draft& draft);
    // A query's vector came back (or could not be had: error): search again to see the fused ranking.
    void meaningReady(const QString& query, const QString& error);

private:
    ChangeDoor m_door;
    HttpClient* m_http = nullptr;
    bool m_fetching = false;
    ApiRuntime* m_runtime = nullptr;
    EmbeddingClient* m_embedder = nullptr;
    // The typed queries' vectors (per model and query), the latest few kept while the application runs; not stored.
    QCache<QString, QVector<float>> m_queryVectors{256};
    QSet<QString> m_embedding;         // queries asked for and not answered yet
    QHash<QString, qint64> m_failedAt; // queries whose embedding failed, and when
    QString meaningKey(const QString& query) const;
};
