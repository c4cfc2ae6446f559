#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Meaning search over the knowledge base (DESIGN.md section 2): where the workspace names an embedding model
// (Settings → Knowledge), every passage is embedded in the background (KnowledgeEmbedJob) and a search ranks the
// passages twice — by their words (BM25 / ts_rank_cd) and by the cosine of their vector with the query's — and
// fuses the two lists by reciprocal rank (RRF). Without a model, or before a query or passage has its vector, the
// search is the words alone: nothing waits for an embedding. Vectors are found by the hash of the text they were made
// from, per model: a new version of a document embeds only its changed passages, and another model starts afresh.
namespace Knowledge
{

// The embedding model of the workspace: a provider (an OpenAI-compatible or Ollama one) and the model's name.
struct Embedding
{
    QString providerId;
    QString model;
    bool enabled() const { return !providerId.isEmpty() && !model.isEmpty(); }
};
Embedding embedding(const QSqlDatabase& db);
// Stores the choice (an empty provider turns meaning search off). The caller checks the role and audits.
void setEmbedding(const QSqlDatabase& db, const Embedding& embedding);
// Why the last embedding of passages failed (empty when it worked), as the background job recorded it.
QString embeddingError(const QSqlDatabase& db);
void setEmbeddingError(const QSqlDatabase& db, const QString& error);

// RRF's constant: a passage's fused score is the sum over the lists it is in of 1 / (kRrf + rank).
constexpr int kRrf = 60;
// Each list contributes its best this many passages to the fusion.
constexpr int kCandidates = 20;
// A passage takes part in the ranking by meaning only with a cosine of at least this share of the nearest one's.
constexpr float kNearEnough = 0.6f;

// What is embedded for a passage: its document's title and heading with its text.
QString passageText(const QString& title, const QString& heading, const QString& text);
// The hash a vector is stored under: of a passage's text (passageText), or of a query.
QString textHash(const QString& text);
QString queryHash(const QString& query);

// float32 little-endian; unpack() is empty for bytes that are not whole floats.
QByteArray pack(const QVector<float>& vector);
QVector<float> unpack(const QByteArray& bytes);
// Scales to length 1 (a zero vector stays zero).
void normalize(QVector<float>* vector);

// Marks the passages or their vectors changed (inside the caller's transaction): the search reads them again.
void touch(const QSqlDatabase& db);
// Gives the passages stored before meaning search their text's hash. Returns how many.
int hashPassages(const QSqlDatabase& db);
struct Pending
{
    QString hash;
    QString text;
};
// Passages of the current documents with no vector for the model yet (each text once), at most limit.
QList<Pending> pendingPassages(const QSqlDatabase& db, const QString& model, int limit);
struct Coverage
{
    int passages = 0;
    int embedded = 0;
};
Coverage coverage(const QSqlDatabase& db, const QString& model);
// Stores vectors (normalised here), kind "passage" or "query"; a hash already stored is left as it is.
void storeVectors(const QSqlDatabase& db, const QString& model, const QString& kind, const QStringList& hashes,
    const QList<QVector<float>>& vectors, qint64 now);
// Drops the vectors of passages no current document holds any more (queries are kept). Returns how many.
int pruneVectors(const QSqlDatabase& db, const QString& model);
std::optional<QVector<float>> queryVector(const QSqlDatabase& db, const QString& model, const QString& query);
// Of queries, those with no vector for the model yet.
QStringList queriesWithoutVector(const QSqlDatabase& db, const QString& model, const QStringList& queries);

// The passages nearest to a (normalised) query vector, best first: chunk id and cosine. The passages' vectors are
// kept in memory per database and model, read again when a passage or a vector was added or removed.
struct Near
{
    qint64 chunkId = 0;
    float cosine = 0;
};
QList<Near> nearest(const QSqlDatabase& db, const QString& model, const QVector<float>& query, int limit);

// Reciprocal rank fusion of two lists of chunk ids, best first: each id with its rank in either list (1-based, 0
// when absent) and the fused score; ties keep the words' order.
struct Fused
{
    qint64 chunkId = 0;
    int wordsRank = 0;
    int meaningRank = 0;
    double score = 0;
};
QList<Fused> fuse(const QList<qint64>& byWords, const QList<qint64>& byMeaning, int k = kRrf);

} // namespace Knowledge
