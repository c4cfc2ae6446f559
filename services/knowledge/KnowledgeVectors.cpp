#include "KnowledgeVectors.h"

#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Knowledge
{

namespace
{
constexpr auto kProviderKey = "knowledge.embedding_provider"_L1;
constexpr auto kModelKey = "knowledge.embedding_model"_L1;
constexpr auto kErrorKey = "knowledge.embedding_error"_L1;

// The passages' vectors of one database and model, as last read.
struct Index
{
    QString signature;
    int dims = 0;
    QList<qint64> ids;
    std::vector<float> data; // ids.size() × dims, each row of length 1
};

QMutex g_mutex;
QHash<QString, std::shared_ptr<const Index>> g_indexes; // by database and model

QString indexKey(const QSqlDatabase& db, const QString& model)
{
    return db.driverName() + u'|' + db.hostName() + u'|' + QString::number(db.port()) + u'|' + db.databaseName() + u'|'
        + model;
}

QString signatureOf(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT generation FROM knowledge_generation WHERE id = 1"_s).toString();
}

std::shared_ptr<const Index> indexFor(const QSqlDatabase& db, const QString& model, int dims)
{
    const QString key = indexKey(db, model);
    const QString signature = signatureOf(db);
    {
        QMutexLocker lock(&g_mutex);
        const auto it = g_indexes.constFind(key);
        if (it != g_indexes.cend() && it.value()->signature == signature && it.value()->dims == dims)
            return it.value();
    }
    auto index = std::make_shared<Index>();
    index->signature = signature;
    index->dims = dims;
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, v.vector FROM knowledge_chunks c JOIN knowledge_vectors v ON v.model = ? AND "
        u"v.text_hash = c.text_hash WHERE c.text_hash <> '' AND v.dims = ? ORDER BY c.id"_s,
        {model, dims});
    while (q.next()) {
        const QByteArray bytes = q.value(1).toByteArray();
        if (bytes.size() != qsizetype(dims) * qsizetype(sizeof(float)))
            continue;
        index->ids.append(q.value(0).toLongLong());
        const qsizetype at = qsizetype(index->data.size());
        index->data.resize(index->data.size() + std::size_t(dims));
        for (int i = 0; i < dims; ++i)
            index->data[std::size_t(at + i)] = qFromLittleEndian<float>(bytes.constData() + i * sizeof(float));
    }
    QMutexLocker lock(&g_mutex);
    // One model's vectors per database are kept: another model's (chosen before) would only take memory.
    const QString database = key.chopped(model.size());
    for (auto it = g_indexes.begin(); it != g_indexes.end();)
        it = it.key().startsWith(database) && it.key() != key ? g_indexes.erase(it) : std::next(it);
    g_indexes.insert(key, index);
    return index;
}
// Eight sums side by side: the compiler keeps them in vector registers (one running sum could not be, as float
// addition is not associative), which makes a 10,000-passage search several times faster.
float dotProduct(const float* a, const float* b, std::size_t n)
{
    float s[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        for (std::size_t k = 0; k < 8; ++k)
            s[k] += a[i + k] * b[i + k];
    }
    float tail = 0;
    for (; i < n; ++i)
        tail += a[i] * b[i];
    return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7])) + tail;
}
} // namespace

Embedding embedding(const QSqlDatabase& db)
{
    return {Settings::value(db, kProviderKey), Settings::value(db, kModelKey)};
}

void setEmbedding(const QSqlDatabase& db, const Embedding& embedding)
{
    Settings::setValue(db, kProviderKey, embedding.providerId.trimmed());
    Settings::setValue(db, kModelKey, embedding.providerId.trimmed().isEmpty() ? QString() : embedding.model.trimmed());
    Settings::remove(db, kErrorKey);
}

QString embeddingError(const QSqlDatabase& db)
{
    return Settings::value(db, kErrorKey);
}

void setEmbeddingError(const QSqlDatabase& db, const QString& error)
{
    if (error.isEmpty())
        Settings::remove(db, kErrorKey);
    else
        Settings::setValue(db, kErrorKey, error);
}

QString passageText(const QString& title, const QString& heading, const QString& text)
{
    QString head = title;
    if (!heading.isEmpty() && heading != title)
        head += u" › "_s + heading;
    return head.isEmpty() ? text : head + u'\n' + text;
}

QString textHash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

QString queryHash(const QString& query)
{
    return textHash(u"query:"_s + query.simplified().toLower());
}

QByteArray pack(const QVector<float>& vector)
{
    QByteArray out(vector.size() * qsizetype(sizeof(float)), Qt::Uninitialized);
    for (qsizetype i = 0; i < vector.size(); ++i)
        qToLittleEndian<float>(vector.at(i), out.data() + i * sizeof(float));
    return out;
}

QVector<float> unpack(const QByteArray& bytes)
{
    if (bytes.isEmpty() || bytes.size() % qsizetype(sizeof(float)) != 0)
        return {};
    QVector<float> out(bytes.size() / qsizetype(sizeof(float)));
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<float>(bytes.constData() + i * sizeof(float));
    return out;
}

void normalize(QVector<float>* vector)
{
    double sum = 0;
    for (float f : std::as_const(*vector))
        sum += double(f) * double(f);
    if (sum <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(sum));
    for (float& f : *vector)
        f *= scale;
}

void touch(const QSqlDatabase& db)
{
    Sql::exec(db, u"UPDATE knowledge_generation SET generation = generation + 1 WHERE id = 1"_s);
}

int hashPassages(const QSqlDatabase& db)
{
    QList<std::pair<qint64, QString>> hashes;
    {
        QSqlQuery q = Sql::exec(db, u"SELECT id, title, heading, text FROM knowledge_chunks WHERE text_hash = ''"_s);
        while (q.next())
            hashes.append({q.value(0).toLongLong(),
                textHash(passageText(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()))});
    }
    if (hashes.isEmpty())
        return 0;
    Sql::Prepared update(db, u"UPDATE knowledge_chunks SET text_hash = ? WHERE id = ?"_s, false);
    for (const auto& [id, hash] : std::as_const(hashes))
        update.exec({hash, id});
    touch(db);
    return int(hashes.size());
}

QList<Pending> pendingPassages(const QSqlDatabase& db, const QString& model, int limit)
{
    QList<Pending> out;
    QSet<QString> seen;
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.text_hash, c.title, c.heading, c.text FROM knowledge_chunks c WHERE c.text_hash <> '' AND NOT "
        u"EXISTS (SELECT 1 FROM knowledge_vectors v WHERE v.model = ? AND v.text_hash = c.text_hash) "
        u"ORDER BY c.id LIMIT ?"_s,
        {model, limit * 2});
    while (q.next() && out.size() < limit) {
        const QString hash = q.value(0).toString();
        if (seen.contains(hash))
            continue;
        seen.insert(hash);
        out.append({hash, passageText(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())});
    }
    return out;
}

Coverage coverage(const QSqlDatabase& db, const QString& model)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM knowledge_vectors v WHERE v.model = ? AND "
        u"v.text_hash = c.text_hash) THEN 1 ELSE 0 END), 0) FROM knowledge_chunks c"_s,
        {model});
    q.next();
    return {q.value(0).toInt(), q.value(1).toInt()};
}

void storeVectors(const QSqlDatabase& db, const QString& model, const QString& kind, const QStringList& hashes,
    const QList<QVector<float>>& vectors, qint64 now)
{
    Sql::Prepared insert(db,
        u"INSERT INTO knowledge_vectors (model, text_hash, kind, dims, vector, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (model, text_hash) DO NOTHING"_s,
        false);
    for (qsizetype i = 0; i < hashes.size() && i < vectors.size(); ++i) {
        QVector<float> v = vectors.at(i);
        normalize(&v);
        insert.exec({model, hashes.at(i), kind, int(v.size()), pack(v), now});
    }
    if (kind == u"passage")
        touch(db);
}

int pruneVectors(const QSqlDatabase& db, const QString& model)
{
    const int pruned = Sql::update(db,
        u"DELETE FROM knowledge_vectors WHERE model = ? AND kind = 'passage' AND NOT EXISTS (SELECT 1 FROM "
        u"knowledge_chunks c WHERE c.text_hash = knowledge_vectors.text_hash)"_s,
        {model});
    if (pruned > 0)
        touch(db);
    return pruned;
}

std::optional<QVector<float>> queryVector(const QSqlDatabase& db, const QString& model, const QString& query)
{
    const QVariant v = Sql::scalar(
        db, u"SELECT vector FROM knowledge_vectors WHERE model = ? AND text_hash = ?"_s, {model, queryHash(query)});
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    QVector<float> out = unpack(v.toByteArray());
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QStringList queriesWithoutVector(const QSqlDatabase& db, const QString& model, const QStringList& queries)
{
    QStringList out;
    for (const QString& query : queries) {
        if (!query.trimmed().isEmpty() && !out.contains(query) && !queryVector(db, model, query))
            out.append(query);
    }
    return out;
}

QList<Near> nearest(const QSqlDatabase& db, const QString& model, const QVector<float>& query, int limit)
{
    if (query.isEmpty() || limit <= 0)
        return {};
    const std::shared_ptr<const Index> index = indexFor(db, model, int(query.size()));
    const std::size_t dims = std::size_t(index->dims);
    QList<Near> all;
    all.reserve(index->ids.size());
    const float* q = query.constData();
    for (qsizetype r = 0; r < index->ids.size(); ++r) {
        all.append({index->ids.at(r), dotProduct(index->data.data() + std::size_t(r) * dims, q, dims)});
    }
    const auto better = [](const Near& a, const Near& b) {
        return a.cosine > b.cosine || (a.cosine == b.cosine && a.chunkId < b.chunkId);
    };
    const qsizetype n = std::min<qsizetype>(limit, all.size());
    std::partial_sort(all.begin(), all.begin() + n, all.end(), better);
    all.resize(n);
    return all;
}

QList<Fused> fuse(const QList<qint64>& byWords, const QList<qint64>& byMeaning, int k)
{
    QList<Fused> out;
    QHash<qint64, qsizetype> at;
    const auto add = [&](const QList<qint64>& list, bool words) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const qint64 id = list.at(i);
            auto it = at.find(id);
            if (it == at.end()) {
                it = at.insert(id, out.size());
                out.append({id, 0, 0, 0});
            }
            Fused& f = out[it.value()];
            if ((words ? f.wordsRank : f.meaningRank) != 0)
                continue; // an id twice in one list counts once, at its better rank
            (words ? f.wordsRank : f.meaningRank) = int(i + 1);
            f.score += 1.0 / double(k + i + 1);
        }
    };
    add(byWords, true);
    add(byMeaning, false);
    // Stable: of two passages with the same score, the one the words ranked (or ranked first) stays first.
    std::stable_sort(out.begin(), out.end(), [](const Fused& a, const Fused& b) { return a.score > b.score; });
    return out;
}

} // namespace Knowledge
