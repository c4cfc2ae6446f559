#include "StoreSync.h"

#include "StockJobs.h"
#include "SyncRun.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "publishing/Connections.h"
#include "resilience/ApiRuntime.h"
#include "secrets/SecretCache.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace StoreSync
{

namespace
{
class SyncHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new SyncRun(ctx, job, ctx.thread());
        run->start([done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};
} // namespace

QStringList resources(const QString& connectionKind)
{
    if (connectionKind == u"woocommerce")
        return {u"orders"_s, u"customers"_s, u"reviews"_s, u"products"_s};
    if (connectionKind == u"shopify")
        return {u"orders"_s, u"customers"_s, u"products"_s};
    return {};
}

QString resourceName(const QString& resource)
{
    if (resource == u"customers")
        return QCoreApplication::translate("StoreSync", "customers");
    if (resource == u"products")
        return QCoreApplication::translate("StoreSync", "stock");
    if (resource == u"reviews")
        return QCoreApplication::translate("StoreSync", "reviews");
    return QCoreApplication::translate("StoreSync", "orders");
}

int queue(const QSqlDatabase& db, qint64 connectionId, qint64 now, const QString& onlyResource)
{
    const auto c = Connections::find(db, connectionId);
    if (!c)
        return 0;
    int queued = 0;
    for (const QString& resource : resources(Connections::kindKey(c->kind))) {
        if (!onlyResource.isEmpty() && resource != onlyResource)
            continue;
        // A job of a removed connection whose id this one took again is not this connection's (it may still run).
        const bool waiting = Sql::scalar(db,
                                 u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ? AND state IN ('queued', "
                                 u"'running') AND json_extract(payload, '$.resource') = ? AND created_at >= (SELECT "
                                 u"created_at FROM connections WHERE id = ?)"_s,
                                 {Sync.key(), connectionId, resource, connectionId})
                                 .toInt()
            > 0;
        if (waiting)
            continue;
        // The key counts the syncs asked for before: a connection removed and added again can have the same id,
        // and at the same moment its first sync must not be taken for the old one's.
        const qint64 asked = Sql::scalar(
            db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ?"_s, {Sync.key(), connectionId})
                                 .toLongLong();
        JobQueue::enqueue(db,
            {Sync, connectionId, u"sync:%1:%2:%3:%4"_s.arg(connectionId).arg(resource).arg(now).arg(asked),
                QJsonObject{{u"resource"_s, resource}, {u"lane"_s, u"sync:%1"_s.arg(connectionId)}}, 0, 8, 0, {}},
            now);
        ++queued;
    }
    return queued;
}

int queueAll(const QSqlDatabase& db, qint64 now)
{
    int queued = 0;
    for (const Connections::Connection& c : Connections::all(db)) {
        if (c.kind != Connections::Kind::WordPress)
            queued += queue(db, c.id, now);
    }
    return queued;
}

QList<Status> status(const QSqlDatabase& db)
{
    QList<Status> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, c.name, c.kind, s.resource, COALESCE(s.since, ''), COALESCE(s.run, '{}'), COALESCE(s.rows, 0), "
        u"COALESCE(s.last_error, '') FROM connections c LEFT JOIN sync_state s ON s.connection_id = c.id "
        u"WHERE c.kind <> 'wordpress' ORDER BY c.id, s.resource"_s);
    QSqlQuery running = Sql::exec(db,
        u"SELECT subject_id, json_extract(payload, '$.resource') FROM jobs WHERE kind = ? AND state IN ('queued', "
        u"'running')"_s,
        {Sync.key()});
    QSet<QString> active;
    while (running.next())
        active.insert(running.value(0).toString() + u':' + running.value(1).toString());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QStringList all = resources(q.value(2).toString());
        const QString resource = q.value(3).toString();
        if (resource.isEmpty()) { // never synced: one line per resource it will read
            for (const QString& r : all)
                out.append(Status{
                    id, q.value(1).toString(), r, active.contains(QString::number(id) + u':' + r), 0, 0, 0, {}, {}});
            continue;
        }
        const QJsonObject run = Json::objectFromString(q.value(5).toString());
        Status s;
        s.connectionId = id;
        s.connectionName = q.value(1).toString();
        s.resource = resource;
        s.running = active.contains(QString::number(id) + u':' + resource);
        s.pages = run.value(u"pages"_s).toInt();
        s.pagesDone = s.pages > 0 ? static_cast<int>(run.value(u"done"_s).toArray().size())
                                  : run.value(u"pages_done"_s).toInt();
        s.rows = q.value(6).toLongLong();
        s.since = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        s.lastError = q.value(7).toString();
        out.append(s);
    }
    return out;
}

namespace
{
QString secret(JobContext& ctx, const Connections::Connection& c, const QString& field, QString* error)
{
    QString e;
    const auto value = ctx.runtime()->secrets()->resolveFor(
        Connections::secretRef(c.id, field), QUrl(c.url), Connections::secretPrefix(c.id), &e);
    if (!value) {
        *error = QCoreApplication::translate("SyncRun", "The %1 of %2 is not available: %3")
                     .arg(Connections::secretFieldLabel(field), c.name, e);
        return {};
    }
    return *value;
}
} // namespace

bool makeClients(JobContext& ctx, const Connections::Connection& c, QObject* parent, Clients* out, QString* why)
{
    QString error;
    if (c.kind == Connections::Kind::WooCommerce) {
        const QString key = secret(ctx, c, u"consumer_key"_s, &error);
        const QString secretValue = key.isEmpty() ? QString() : secret(ctx, c, u"consumer_secret"_s, &error);
        if (!error.isEmpty()) {
            *why = error;
            return false;
        }
        out->woo = new WooCommerceClient(ctx.caller(), ctx.runtime(), {QUrl(c.url), key, secretValue, false}, parent);
        return true;
    }
    const QString token = secret(ctx, c, u"access_token"_s, &error);
    if (!error.isEmpty()) {
        *why = error;
        return false;
    }
    ShopifyClient::Config config;
    config.accessToken = token;
    config.apiVersion = c.apiVersion.isEmpty() ? config.apiVersion : c.apiVersion;
    if (c.url.startsWith(u"http"_s))
        config.endpoint = QUrl(c.url + u"/admin/api/%1/graphql.json"_s.arg(config.apiVersion));
    else
        config.shopDomain = c.url;
    out->shopify = new ShopifyClient(ctx.caller(), ctx.runtime(), config, parent);
    return true;
}

void registerAll(JobRegistry& registry, ActionEffects& effects)
{
    registry.add(Sync, std::make_unique<SyncHandler>(), JobRegistry::Network | JobRegistry::Secrets);
    StockJobs::registerAll(registry, effects);
}

} // namespace StoreSync
