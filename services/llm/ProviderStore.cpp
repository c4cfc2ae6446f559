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

// kColumns, each named with the table's alias ("p.id, p.name, …").
QString qualified(const QString& alias)
{
    QStringList columns = kColumns.split(u", "_s);
    for (QString& c : columns)
        c = alias + u'.' + c;
    return columns.join(u", "_s);
}

// The provider's columns (kColumns) from column `first` on.
ProviderConfig readAt(const QSqlQuery& q, int first)
{
    ProviderConfig c;
    c.id = q.value(first).toString();
    c.name = q.value(first + 1).toString();
    c.kind = q.value(first + 2).toString();
    c.baseUrl = QUrl(q.value(first + 3).toString());
    c.model = q.value(first + 4).toString();
    c.secretRef = q.value(first + 5).toString();
    c.maxConcurrency = q.value(first + 6).toInt();
    c.initialConcurrency = q.value(first + 7).toInt();
    c.requestsPerSecond = q.value(first + 8).toDouble();
    c.deadlineMs = q.value(first + 9).toInt();
    c.options = Json::objectFromString(q.value(first + 10).toString());
    return c;
}

ProviderConfig read(const QSqlQuery& q)
{
    return readAt(q, 0);
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
    // One query for the three routes that may apply (the purpose, its family, the default): the first of
    // them that has any route decides, and of its providers the enabled ones, in order.
    const QString family = purpose.section(u':', 0, 0);
    QSqlQuery q = Sql::exec(db,
        u"SELECT r.purpose, p.enabled, "_s + qualified(u"p"_s)
            + u" FROM provider_routes r LEFT JOIN providers p ON p.id = r.provider_id "
              u"WHERE r.purpose IN (?, ?, 'default') ORDER BY r.position"_s,
        {purpose, family});
    QHash<QString, QList<std::optional<ProviderConfig>>> routes;
    while (q.next()) {
        QList<std::optional<ProviderConfig>>& list = routes[q.value(0).toString()];
        if (q.value(1).toInt() == 1)
            list.append(readAt(q, 2));
        else
            list.append(std::nullopt); // a route to a provider that is disabled or gone
    }
    for (const QString& p : {purpose, family, u"default"_s}) {
        const auto it = routes.constFind(p);
        if (it == routes.cend())
            continue;
        QList<ProviderConfig> out;
        for (const auto& c : *it) {
            if (c)
                out.append(*c);
        }
        return out;
    }
    return {};
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
    // A second picture maker in another wire format, for the chain to fall back on.
    ProviderConfig stability = writer;
    stability.id = u"sandbox-stability"_s;
    stability.name = u"Sandbox images (Stability AI format)"_s;
    stability.kind = u"stability"_s;
    stability.baseUrl = QUrl(base);
    stability.model = u"stable-image-core"_s;
    Transaction tx(db);
    for (const ProviderConfig& c : {writer, reviewer, fallback, images, stability})
        save(db, c, true);
    tx.commit();
    if (chainIds(db, u"write"_s).isEmpty())
        setChain(db, u"write"_s, {writer.id, fallback.id});
    if (chainIds(db, u"review"_s).isEmpty())
        setChain(db, u"review"_s, {reviewer.id, fallback.id});
    if (QStringList ids = chainIds(db, u"image"_s); !ids.contains(stability.id)) {
        if (ids.isEmpty())
            ids.append(images.id);
        setChain(db, u"image"_s, ids << stability.id);
    }
}

} // namespace ProviderStore
