#include "ProviderStore.h"

#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ProviderStore
{

namespace
{
const QString kColumns = u"id, name, kind, base_url, model, secret_ref, max_concurrency, initial_concurrency, "
                         u"requests_per_second, deadline_ms, options"_s;

ProviderConfig read(const QSqlQuery& q)
{
    ProviderConfig c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.baseUrl = QUrl(q.value(3).toString());
    c.model = q.value(4).toString();
    c.secretRef = q.value(5).toString();
    c.maxConcurrency = q.value(6).toInt();
    c.initialConcurrency = q.value(7).toInt();
    c.requestsPerSecond = q.value(8).toDouble();
    c.deadlineMs = q.value(9).toInt();
    c.options = Json::objectFromString(q.value(10).toString());
    return c;
}
} // namespace

QList<ProviderConfig> all(const QSqlDatabase& db)
{
    QList<ProviderConfig> out;
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM providers ORDER BY name"_s);
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<ProviderConfig> find(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM providers WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void save(const QSqlDatabase& db, const ProviderConfig& c, bool isSandbox)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Sql::exec(db,
        u"INSERT INTO providers (id, name, kind, base_url, model, secret_ref, max_concurrency, initial_concurrency, "
        u"requests_per_second, deadline_ms, options, is_sandbox, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        u"kind = excluded.kind, base_url = excluded.base_url, model = excluded.model, secret_ref = "
        u"excluded.secret_ref, "
        u"max_concurrency = excluded.max_concurrency, initial_concurrency = excluded.initial_concurrency, "
        u"requests_per_second = excluded.requests_per_second, deadline_ms = excluded.deadline_ms, "
        u"options = excluded.options, is_sandbox = excluded.is_sandbox, updated_at = excluded.updated_at"_s,
        {c.id, c.name, c.kind, c.baseUrl.toString(), c.model, c.secretRef, c.maxConcurrency, c.initialConcurrency,
            c.requestsPerSecond, c.deadlineMs, Json::compact(c.options), isSandbox ? 1 : 0, now, now});
}

void remove(const QSqlDatabase& db, const QString& id)
{
    Sql::exec(db, u"DELETE FROM providers WHERE id = ?"_s, {id});
}

QStringList chainIds(const QSqlDatabase& db, const QString& purpose)
{
    QStringList ids;
    QSqlQuery q
        = Sql::exec(db, u"SELECT provider_id FROM provider_routes WHERE purpose = ? ORDER BY position"_s, {purpose});
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QList<ProviderConfig> chain(const QSqlDatabase& db, const QString& purpose)
{
    QStringList ids = chainIds(db, purpose);
    if (ids.isEmpty())
        ids = chainIds(db, purpose.section(u':', 0, 0));
    if (ids.isEmpty())
        ids = chainIds(db, u"default"_s);
    QList<ProviderConfig> out;
    for (const QString& id : std::as_const(ids)) {
        QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM providers WHERE id = ? AND enabled = 1"_s, {id});
        if (q.next())
            out.append(read(q));
    }
    return out;
}

void setChain(const QSqlDatabase& db, const QString& purpose, const QStringList& providerIds)
{
    Transaction tx(db);
    Sql::exec(db, u"DELETE FROM provider_routes WHERE purpose = ?"_s, {purpose});
    for (int i = 0; i < providerIds.size(); ++i)
        Sql::exec(db, u"INSERT INTO provider_routes (purpose, position, provider_id) VALUES (?, ?, ?)"_s,
            {purpose, i, providerIds.at(i)});
    tx.commit();
}

void useSandbox(const QSqlDatabase& db, const QUrl& sandboxUrl)
{
    const QString base = sandboxUrl.toString();
    ProviderConfig writer;
    writer.id = u"sandbox-writer"_s;
    writer.name = u"Sandbox writer (OpenAI format)"_s;
    writer.kind = u"openai"_s;
    writer.baseUrl = QUrl(base + u"/v1"_s);
    writer.model = u"sandbox-writer-1"_s;
    writer.maxConcurrency = 64;
    writer.initialConcurrency = 8;
    ProviderConfig reviewer = writer;
    reviewer.id = u"sandbox-reviewer"_s;
    reviewer.name = u"Sandbox reviewer (Anthropic format)"_s;
    reviewer.kind = u"anthropic"_s;
    reviewer.baseUrl = QUrl(base);
    reviewer.model = u"sandbox-reviewer-1"_s;
    ProviderConfig fallback = writer;
    fallback.id = u"sandbox-gemini"_s;
    fallback.name = u"Sandbox fallback (Gemini format)"_s;
    fallback.kind = u"gemini"_s;
    fallback.baseUrl = QUrl(base);
    fallback.model = u"sandbox-gemini-1"_s;
    ProviderConfig images = writer;
    images.id = u"sandbox-images"_s;
    images.name = u"Sandbox images (OpenAI format)"_s;
    images.model = u"sandbox-image-1"_s;
    Transaction tx(db);
    for (const ProviderConfig& c : {writer, reviewer, fallback, images})
        save(db, c, true);
    tx.commit();
    if (chainIds(db, u"write"_s).isEmpty())
        setChain(db, u"write"_s, {writer.id, fallback.id});
    if (chainIds(db, u"review"_s).isEmpty())
        setChain(db, u"review"_s, {reviewer.id, fallback.id});
    if (chainIds(db, u"image"_s).isEmpty())
        setChain(db, u"image"_s, {images.id});
}

} // namespace ProviderStore
