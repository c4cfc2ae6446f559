#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// The shop's knowledge base (DESIGN.md section 2, what the writers may draw on besides a product's facts): the
// owner's documents — shipping, returns, care guides, size charts, material and brand stories, FAQ — kept with
// every version. The current version of each is split into passages; a search ranks them (SQLite: FTS5 with BM25;
// PostgreSQL: its text search, ts_rank_cd), fused with a ranking by meaning where the workspace embeds them. A writer
// is given the best passages for its piece with their ids, and what a piece states from them is supported with that
// passage as its citation. Saving a new version of a document makes the citations of the older one stale.
namespace Knowledge
{

// A passage holds at most this many characters; a longer paragraph is split at sentences.
constexpr qsizetype kMaxChunkChars = 900;
// A document holds at most this much text (about 2,300 passages); a longer one is refused with a clear message.
constexpr qsizetype kMaxDocumentChars = 2'000'000;

struct Document
{
    qint64 id = 0;
    QString title;
    QString topic = QStringLiteral("other");  // topics()
    QString source = QStringLiteral("paste"); // paste, markdown, text, pdf, url
    QString origin;                           // the file's name or the page's address
    int version = 0;
    QString body;
    qint64 updatedAt = 0;
    QString updatedBy;
    // Read with documents():
    int chunks = 0;
    // Products' pieces whose current version cites the current version of the document, and an older one (stale).
    int citedBy = 0;
    int stale = 0;
};

struct Passage
{
    qint64 chunkId = 0;
    qint64 documentId = 0;
    int documentVersion = 0;
    QString documentTitle;
    QString topic;
    QString heading;
    QString text;
    double score = 0; // higher is better (BM25 on SQLite, ts_rank_cd on PostgreSQL; the fused RRF score)
    // Its place in the ranking by words and by meaning (1 is the best; 0 where that list does not hold it, or there
    // was no meaning search).
    int wordsRank = 0;
    int meaningRank = 0;

    QString ref() const { return u'K' + QString::number(chunkId); } // the id a prompt and a citation use
    // "Returns policy › Refunds" (the document and the heading the passage stands under).
    QString label() const;
};

struct Chunk
{
    QString heading;
    QString text;
};

// shipping, returns, care, sizing, materials, brand, faq, other.
QStringList topics();
QString topicName(const QString& topic); // in the interface's language

// Splits a text into passages of at most kMaxChunkChars: Markdown headings ("## Refunds") start a section and name
// its passages; paragraphs are kept whole where they fit, joined while they fit, and split at sentences (a sentence
// longer than a passage at spaces) where they do not.
QList<Chunk> chunk(const QString& text);

// Why a document cannot be saved as it is (no title, no text, too long), or empty.
QString whyNot(const Document& document);

// The list, without the documents' text (a document may hold 2 MB); document() reads one with its text.
QList<Document> documents(const QSqlDatabase& db);
std::optional<Document> document(const QSqlDatabase& db, qint64 id);
// The text of one version of a document (an older one a piece cited), or empty.
QString versionBody(const QSqlDatabase& db, qint64 documentId, int version);
// Stores a new document (id 0) or a new version of one: its passages replaced and indexed, and the citations of
// its older versions marked stale. Returns the document's id. Throws SqlError (and std::invalid_argument for what
// whyNot() refuses); the caller holds the transaction.
qint64 save(const QSqlDatabase& db, Document document, const QString& actor, qint64 now);
// Removes a document with its versions, passages and citations.
void remove(const QSqlDatabase& db, qint64 id);

// The passages that best match query, best first: by its words, and where the workspace has an embedding model and
// the query a vector (given, or stored by the writers' jobs), fused with the ranking by meaning (KnowledgeVectors.h).
QList<Passage> search(
    const QSqlDatabase& db, const QString& query, int limit = 8, const QVector<float>* given = nullptr);
int passageCount(const QSqlDatabase& db);
// Whether a query holds a word the search can look for (letters or digits, two or more).
bool searchable(const QString& query);

// What one content version cites.
struct Citation
{
    qint64 chunkId = 0;
    qint64 documentId = 0;
    int documentVersion = 0;
};
// Replaces the citations of a content version.
void recordCitations(const QSqlDatabase& db, qint64 versionId, qint64 pieceId, const QList<Citation>& citations);
// The documents a content version cites whose version has changed since: "Returns policy" (v1 → v2).
struct StaleCitation
{
    qint64 documentId = 0;
    QString title;
    int citedVersion = 0;
    int currentVersion = 0;
};
QList<StaleCitation> staleCitations(const QSqlDatabase& db, qint64 versionId);

} // namespace Knowledge
