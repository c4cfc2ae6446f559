#include "KnowledgeBase.h"

#include "KnowledgeVectors.h"

#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Knowledge
{

namespace
{

struct TopicInfo
{
    const char* key;
    const char* name;
};
constexpr TopicInfo kTopics[] = {{"shipping", QT_TRANSLATE_NOOP("Knowledge", "Shipping")},
    {"returns", QT_TRANSLATE_NOOP("Knowledge", "Returns")}, {"care", QT_TRANSLATE_NOOP("Knowledge", "Care guide")},
    {"sizing", QT_TRANSLATE_NOOP("Knowledge", "Size chart")},
    {"materials", QT_TRANSLATE_NOOP("Knowledge", "Material story")},
    {"brand", QT_TRANSLATE_NOOP("Knowledge", "Brand story")}, {"faq", QT_TRANSLATE_NOOP("Knowledge", "FAQ")},
    {"other", QT_TRANSLATE_NOOP("Knowledge", "Other")}};

// Packs paragraphs (or sentences) into passages of at most kMaxChunkChars.
class Packer
{
public:
    explicit Packer(QList<Chunk>* out)
        : m_out(out)
    { }
    void setHeading(const QString& heading)
    {
        flush();
        m_heading = heading;
    }
    void addParagraph(const QString& paragraph)
    {
        if (paragraph.size() > kMaxChunkChars) {
            flush();
            static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_s);
            for (const QString& sentence : paragraph.split(sentenceEnd, Qt::SkipEmptyParts)) {
                for (const QString& piece : cut(sentence))
                    add(piece, u" "_s);
            }
            flush();
            return;
        }
        add(paragraph, u"\n\n"_s);
    }
    void flush()
    {
        if (!m_current.isEmpty())
            m_out->append({m_heading, m_current});
        m_current.clear();
    }

private:
    void add(const QString& text, const QString& glue)
    {
        if (!m_current.isEmpty() && m_current.size() + glue.size() + text.size() > kMaxChunkChars)
            flush();
        m_current += (m_current.isEmpty() ? QString() : glue) + text;
    }
    // A sentence longer than a passage, cut at spaces (at the limit where there is none).
    static QStringList cut(QString sentence)
    {
        QStringList out;
        while (sentence.size() > kMaxChunkChars) {
            qsizetype at = sentence.lastIndexOf(u' ', kMaxChunkChars);
            if (at <= 0)
                at = kMaxChunkChars;
            out.append(sentence.left(at).trimmed());
            sentence = sentence.mid(at).trimmed();
        }
        if (!sentence.isEmpty())
            out.append(sentence);
        return out;
    }

    QList<Chunk>* m_out;
    QString m_heading;
    QString m_current;
};

// A short line on its own without closing punctuation reads as a heading in plain text and PDFs ("Returns").
bool looksLikeHeading(const QString& paragraph)
{
    return paragraph.size() <= 60 && !paragraph.contains(u'\n') && !paragraph.endsWith(u'.')
        && !paragraph.endsWith(u':') && !paragraph.endsWith(u',') && !paragraph.endsWith(u'?')
        && !paragraph.endsWith(u'!') && !paragraph.startsWith(u'-') && !paragraph.startsWith(u'*')
        && !paragraph.startsWith(u"•"_s) && paragraph.split(u' ', Qt::SkipEmptyParts).size() <= 8;
}

// The words of a search, lower case, each once: letters and digits only (safe in FTS5 quotes and to_tsquery).
QStringList queryWords(const QString& query)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]{2,}"_s);
    QStringList out;
    QSet<QString> seen;
    for (auto it = word.globalMatch(query.toLower()); it.hasNext() && out.size() < 32;) {
        const QString w = it.next().captured();
        if (!seen.contains(w)) {
            seen.insert(w);
            out.append(w);
        }
    }
    return out;
}

// A word as FTS5's tokenizer keeps it (remove_diacritics): "crème" is "creme", "ideeën" "ideeen".
QString withoutDiacritics(const QString& word)
{
    static const QRegularExpression marks(u"\\p{Mn}"_s);
    return word.normalized(QString::NormalizationForm_D).remove(marks);
}

// From this many passages on, words in more than half of them are left out of a search, and of the others only the
// rarest kMaxWords are searched for: they weigh most in BM25, and every further word adds its passages to the ones
// to rank (a search of a large base for a dozen common words would rank nearly all of it).
constexpr double kPruneFrom = 200;
constexpr qsizetype kMaxWords = 5;

Passage passageFrom(const QSqlQuery& q)
{
    Passage p;
    p.chunkId = q.value(0).toLongLong();
    p.documentId = q.value(1).toLongLong();
    p.documentVersion = q.value(2).toInt();
    p.documentTitle = q.value(3).toString();
    p.topic = q.value(4).toString();
    p.heading = q.value(5).toString();
    p.text = q.value(6).toString();
    p.score = q.value(7).toDouble();
    return p;
}

} // namespace

QString Passage::label() const
{
    return heading.isEmpty() || heading == documentTitle ? documentTitle : documentTitle + u" › "_s + heading;
}

QStringList topics()
{
    QStringList out;
    for (const TopicInfo& t : kTopics)
        out.append(QString::fromLatin1(t.key));
    return out;
}

QString topicName(const QString& topic)
{
    for (const TopicInfo& t : kTopics) {
        if (topic == QLatin1String(t.key))
            return QCoreApplication::translate("Knowledge", t.name);
    }
    return topic;
}

QList<Chunk> chunk(const QString& text)
{
    QList<Chunk> out;
    Packer packer(&out);
    static const QRegularExpression markdownHeading(u"^#{1,6}\\s+(.+?)\\s*#*$"_s);
    QStringList paragraph;
    const auto endParagraph = [&](bool nextIsText) {
        const QString p = paragraph.join(u'\n').trimmed();
        paragraph.clear();
        if (p.isEmpty())
            return;
        if (nextIsText && looksLikeHeading(p))
            packer.setHeading(p);
        else
            packer.addParagraph(p);
    };
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (const auto m = markdownHeading.match(line); m.hasMatch()) {
            endParagraph(false);
            packer.setHeading(m.captured(1));
        } else if (line.isEmpty()) {
            // A lone short line followed by text is a heading (plain text, a PDF's lines).
            bool textFollows = false;
            for (qsizetype j = i + 1; j < lines.size() && !textFollows; ++j) {
                const QString next = lines.at(j).trimmed();
                if (next.isEmpty())
                    continue;
                textFollows = !markdownHeading.match(next).hasMatch();
                break;
            }
            endParagraph(textFollows);
        } else {
            paragraph.append(line);
        }
    }
    endParagraph(false);
    packer.flush();
    return out;
}

QString whyNot(const Document& d)
{
    if (d.title.trimmed().isEmpty())
        return QCoreApplication::translate("Knowledge", "Give the document a title.");
    if (d.body.trimmed().isEmpty())
        return QCoreApplication::translate("Knowledge", "The document has no text.");
    if (d.body.size() > kMaxDocumentChars)
        return QCoreApplication::translate("Knowledge",
            "The document holds %1 characters of text; the knowledge base takes at most %2 per document. Split it "
            "into parts (for example one per topic) and add them one by one.")
            .arg(QLocale().toString(d.body.size()), QLocale().toString(kMaxDocumentChars));
    if (!topics().contains(d.topic))
        return QCoreApplication::translate("Knowledge", "Choose a topic for the document.");
    return {};
}

namespace
{
// The documents (one, or all when id is 0), with or without their text.
QList<Document> readDocuments(const QSqlDatabase& db, qint64 id, bool withBody)
{
    QList<Document> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT d.id, d.title, d.topic, d.source, d.origin, d.version, %1, d.updated_at, d.updated_by, "
        u"(SELECT COUNT(*) FROM knowledge_chunks c WHERE c.document_id = d.id), "
        u"(SELECT COUNT(DISTINCT k.piece_id) FROM knowledge_citations k JOIN content_pieces p ON p.id = k.piece_id "
        u" AND p.current_version_id = k.version_id WHERE k.document_id = d.id AND k.document_version = d.version), "
        u"(SELECT COUNT(DISTINCT k.piece_id) FROM knowledge_citations k JOIN content_pieces p ON p.id = k.piece_id "
        u" AND p.current_version_id = k.version_id WHERE k.document_id = d.id AND k.document_version < d.version) "
        u"FROM knowledge_documents d WHERE ? = 0 OR d.id = ? ORDER BY d.title, d.id"_s.arg(
            withBody ? u"d.body"_s : u"''"_s),
        {id, id});
    while (q.next()) {
        Document d;
        d.id = q.value(0).toLongLong();
        d.title = q.value(1).toString();
        d.topic = q.value(2).toString();
        d.source = q.value(3).toString();
        d.origin = q.value(4).toString();
        d.version = q.value(5).toInt();
        d.body = q.value(6).toString();
        d.updatedAt = q.value(7).toLongLong();
        d.updatedBy = q.value(8).toString();
        d.chunks = q.value(9).toInt();
        d.citedBy = q.value(10).toInt();
        d.stale = q.value(11).toInt();
        out.append(d);
    }
    return out;
}

} // namespace

QList<Document> documents(const QSqlDatabase& db)
{
    return readDocuments(db, 0, false);
}

std::optional<Document> document(const QSqlDatabase& db, qint64 id)
{
    const QList<Document> one = id > 0 ? readDocuments(db, id, true) : QList<Document>{};
    return one.isEmpty() ? std::nullopt : std::optional<Document>(one.first());
}

QString versionBody(const QSqlDatabase& db, qint64 documentId, int version)
{
    return Sql::scalar(
        db, u"SELECT body FROM knowledge_versions WHERE document_id = ? AND version = ?"_s, {documentId, version})
        .toString();
}

qint64 save(const QSqlDatabase& db, Document d, const QString& actor, qint64 now)
{
    if (const QString why = whyNot(d); !why.isEmpty())
        throw std::invalid_argument(why.toStdString());
    d.title = d.title.trimmed();
    Transaction tx(db);
    if (d.id > 0) {
        QSqlQuery q = Sql::exec(db, u"SELECT version, title, body FROM knowledge_documents WHERE id = ?"_s, {d.id});
        if (!q.next())
            throw std::invalid_argument(
                QCoreApplication::translate("Knowledge", "The document no longer exists.").toStdString());
        const int current = q.value(0).toInt();
        const bool sameText = q.value(1).toString() == d.title && q.value(2).toString() == d.body;
        q.finish();
        if (sameText) { // only its topic or source changed: no new version, nothing stale
            Sql::update(db, u"UPDATE knowledge_documents SET topic = ?, source = ?, origin = ? WHERE id = ?"_s,
                {d.topic, d.source, d.origin, d.id});
            tx.commit();
            return d.id;
        }
        d.version = current + 1;
        Sql::update(db,
            u"UPDATE knowledge_documents SET title = ?, topic = ?, source = ?, origin = ?, version = ?, body = ?, "
            u"updated_at = ?, updated_by = ? WHERE id = ?"_s,
            {d.title, d.topic, d.source, d.origin, d.version, d.body, now, actor, d.id});
        if (!Dialect::isPostgres(db))
            Sql::exec(db,
                u"DELETE FROM knowledge_fts WHERE rowid IN (SELECT id FROM knowledge_chunks WHERE document_id = ?)"_s,
                {d.id});
        Sql::exec(db, u"DELETE FROM knowledge_chunks WHERE document_id = ?"_s, {d.id});
        Sql::update(db,
            u"UPDATE knowledge_citations SET stale = 1 WHERE document_id = ? AND document_version < ? AND stale = 0"_s,
            {d.id, d.version});
    } else {
        d.version = 1;
        d.id = Sql::insert(db,
            u"INSERT INTO knowledge_documents (title, topic, source, origin, version, body, created_at, updated_at, "
            u"updated_by) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)"_s,
            {d.title, d.topic, d.source, d.origin, d.body, now, now, actor});
    }
    Sql::exec(db,
        u"INSERT INTO knowledge_versions (document_id, version, title, body, saved_at, saved_by) "
        u"VALUES (?, ?, ?, ?, ?, ?)"_s,
        {d.id, d.version, d.title, d.body, now, actor});
    const QList<Chunk> chunks = chunk(d.body);
    Sql::Prepared insertChunk(db,
        u"INSERT INTO knowledge_chunks (document_id, version, ordinal, title, heading, text, text_hash) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    std::optional<Sql::Prepared> index;
    if (!Dialect::isPostgres(db))
        index.emplace(db, u"INSERT INTO knowledge_fts (rowid, heading, text) VALUES (?, ?, ?)"_s, false);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        // The document's title is part of every passage's heading for the search ("Returns policy" finds them).
        const QString heading = chunks.at(i).heading;
        const qint64 id = insertChunk.insert({d.id, d.version, i, d.title, heading, chunks.at(i).text,
            textHash(passageText(d.title, heading, chunks.at(i).text))});
        if (index)
            index->exec({id, QString(d.title + u' ' + heading), chunks.at(i).text});
    }
    touch(db); // its passages' ids are new (or, on SQLite, another passage's before)
    tx.commit();
    return d.id;
}

void remove(const QSqlDatabase& db, qint64 id)
{
    Transaction tx(db);
    if (!Dialect::isPostgres(db))
        Sql::exec(db,
            u"DELETE FROM knowledge_fts WHERE rowid IN (SELECT id FROM knowledge_chunks WHERE document_id = ?)"_s,
            {id});
    Sql::exec(db, u"DELETE FROM knowledge_citations WHERE document_id = ?"_s, {id});
    Sql::exec(db, u"DELETE FROM knowledge_chunks WHERE document_id = ?"_s, {id});
    Sql::exec(db, u"DELETE FROM knowledge_versions WHERE document_id = ?"_s, {id});
    Sql::exec(db, u"DELETE FROM knowledge_documents WHERE id = ?"_s, {id});
    touch(db);
    tx.commit();
}

namespace
{
QList<Passage> searchWords(const QSqlDatabase& db, const QStringList& words, int limit)
{
    QList<Passage> out;
    if (Dialect::isPostgres(db)) {
        // As indexed: the title and heading weigh more than the text; the rank is divided by 1 + log(length), as
        // BM25 favours the shorter of two passages that match alike.
        const QString vector = u"(setweight(to_tsvector('simple', c.title || ' ' || c.heading), 'A') || "
                               u"setweight(to_tsvector('simple', c.text), 'B'))"_s;
        QSqlQuery q = Sql::exec(db,
            u"SELECT c.id, c.document_id, c.version, d.title, d.topic, c.heading, c.text, "
            u"ts_rank_cd(%1, to_tsquery('simple', ?), 1) AS score "
            u"FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id "
            u"WHERE %1 @@ to_tsquery('simple', ?) ORDER BY score DESC, c.id LIMIT ?"_s.arg(vector),
            {words.join(u" | "_s), words.join(u" | "_s), limit});
        while (q.next())
            out.append(passageFrom(q));
        return out;
    }
    // BM25 gives a word in more than half of the passages no weight (its IDF is not above zero): in a large base,
    // matching it would only make the search score nearly every passage. Such words are left out (a small base is
    // searched for every word), and words no passage holds; if nothing is left, the rarest word that matches is kept.
    const double passages = Sql::scalar(db, u"SELECT COUNT(*) FROM knowledge_chunks"_s).toDouble();
    QList<std::pair<double, QString>> counted;
    {
        QVariantList terms;
        for (const QString& w : words)
            terms.append(withoutDiacritics(w));
        QSqlQuery vocab = Sql::exec(db,
            u"SELECT term, doc FROM knowledge_fts_vocab WHERE term IN (%1)"_s.arg(Sql::placeholders(words.size())),
            terms);
        while (vocab.next())
            counted.append({vocab.value(1).toDouble(), vocab.value(0).toString()});
    }
    std::sort(counted.begin(), counted.end());
    QStringList quoted;
    for (const auto& [count, word] : std::as_const(counted)) {
        if (count > 0 && (count <= passages / 2 || passages < kPruneFrom || quoted.isEmpty())
            && (quoted.size() < kMaxWords || passages < kPruneFrom))
            quoted.append(u'"' + word + u'"');
    }
    if (quoted.isEmpty())
        return {};
    // bm25() is lower for a better match; the heading (with the document's title) weighs twice the text.
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, c.document_id, c.version, d.title, d.topic, c.heading, c.text, -r.rank AS score FROM "
        u"(SELECT rowid, bm25(knowledge_fts, 2.0, 1.0) AS rank FROM knowledge_fts WHERE knowledge_fts MATCH ? "
        u" ORDER BY rank LIMIT ?) r "
        u"JOIN knowledge_chunks c ON c.id = r.rowid JOIN knowledge_documents d ON d.id = c.document_id "
        u"ORDER BY r.rank, c.id"_s,
        {quoted.join(u" OR "_s), limit});
    while (q.next())
        out.append(passageFrom(q));
    return out;
}

QList<Passage> passagesById(const QSqlDatabase& db, const QList<qint64>& ids)
{
    QList<Passage> out;
    if (ids.isEmpty())
        return out;
    QVariantList binds;
    for (qint64 id : ids)
        binds.append(id);
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, c.document_id, c.version, d.title, d.topic, c.heading, c.text, 0 AS score "
        u"FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id WHERE c.id IN (%1)"_s.arg(
            Sql::placeholders(ids.size())),
        binds);
    while (q.next())
        out.append(passageFrom(q));
    return out;
}
} // namespace

QList<Passage> search(const QSqlDatabase& db, const QString& query, int limit, const QVector<float>* given)
{
    const QStringList words = queryWords(query);
    if (words.isEmpty() || limit <= 0)
        return {};
    const Embedding meaning = embedding(db);
    std::optional<QVector<float>> vector;
    if (meaning.enabled()) {
        if (given && !given->isEmpty()) {
            vector = *given;
            normalize(&*vector);
        } else {
            vector = queryVector(db, meaning.model, query);
        }
    }
    if (!vector) {
        QList<Passage> out = searchWords(db, words, limit);
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i].wordsRank = int(i + 1);
        return out;
    }
    const QList<Passage> byWords = searchWords(db, words, std::max(limit, kCandidates));
    QList<qint64> wordIds;
    QHash<qint64, Passage> known;
    for (const Passage& p : byWords) {
        wordIds.append(p.chunkId);
        known.insert(p.chunkId, p);
    }
    // Every passage has some cosine with every query: only those near enough to the nearest take part, or a search
    // with one good match by meaning would list the whole base after it.
    QList<qint64> meaningIds;
    const QList<Near> near = nearest(db, meaning.model, *vector, std::max(limit, kCandidates));
    for (const Near& n : near) {
        if (n.cosine > 0 && n.cosine >= kNearEnough * near.first().cosine)
            meaningIds.append(n.chunkId);
    }
    const QList<Fused> fused = fuse(wordIds, meaningIds);
    QList<qint64> missing;
    for (qsizetype i = 0; i < fused.size() && i < limit; ++i) {
        if (!known.contains(fused.at(i).chunkId))
            missing.append(fused.at(i).chunkId);
    }
    for (const Passage& p : passagesById(db, missing))
        known.insert(p.chunkId, p);
    QList<Passage> out;
    for (qsizetype i = 0; i < fused.size() && out.size() < limit; ++i) {
        const auto it = known.constFind(fused.at(i).chunkId);
        if (it == known.cend())
            continue; // removed between the two reads
        Passage p = it.value();
        p.score = fused.at(i).score;
        p.wordsRank = fused.at(i).wordsRank;
        p.meaningRank = fused.at(i).meaningRank;
        out.append(p);
    }
    return out;
}

bool searchable(const QString& query)
{
    return !queryWords(query).isEmpty();
}

int passageCount(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM knowledge_chunks"_s).toInt();
}

void recordCitations(const QSqlDatabase& db, qint64 versionId, qint64 pieceId, const QList<Citation>& citations)
{
    Sql::exec(db, u"DELETE FROM knowledge_citations WHERE version_id = ?"_s, {versionId});
    QSet<qint64> seen;
    for (const Citation& c : citations) {
        if (seen.contains(c.chunkId))
            continue;
        seen.insert(c.chunkId);
        Sql::exec(db,
            u"INSERT INTO knowledge_citations (version_id, piece_id, chunk_id, document_id, document_version) "
            u"VALUES (?, ?, ?, ?, ?)"_s,
            {versionId, pieceId, c.chunkId, c.documentId, c.documentVersion});
    }
}

QList<StaleCitation> staleCitations(const QSqlDatabase& db, qint64 versionId)
{
    QList<StaleCitation> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.document_id, d.title, MIN(k.document_version), d.version FROM knowledge_citations k "
        u"JOIN knowledge_documents d ON d.id = k.document_id WHERE k.version_id = ? AND k.document_version < d.version "
        u"GROUP BY k.document_id, d.title, d.version ORDER BY d.title"_s,
        {versionId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

} // namespace Knowledge
