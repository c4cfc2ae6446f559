#pragma once

#include "jobs/JobKind.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

class ActionEffects;
class JobContext;
class JobRegistry;
class QObject;
class ShopifyClient;
class WooCommerceClient;
namespace Connections
{
struct Connection;
}

// Reading a store's own data into the workspace: orders (with lines and refunds), customers,
// stock and reviews of every WooCommerce and Shopify connection, incrementally (everything changed
// since the last sync, with an hour's overlap for a store whose clock is behind), paged as each API
// pages, on the durable job queue. A sync remembers the pages it has in (sync_state), so one that is
// stopped or killed goes on where it was; every record is keyed by the store's id, so a page read
// twice counts nothing twice.
namespace StoreSync
{

// Sync one resource of one store (subject: the connection; payload: {"resource"}).
inline constexpr JobKind Sync{QLatin1StringView("store.sync")};

// What each kind of store gives: WooCommerce orders, customers, reviews, products (their stock);
// Shopify orders, customers, products (their stock per location).
QStringList resources(const QString& connectionKind);

// Queues a sync of every resource of the store (those already waiting are skipped); inside the
// caller's transaction. Returns how many were queued. With a resource: only that one.
int queue(const QSqlDatabase& db, qint64 connectionId, qint64 now, const QString& onlyResource = {});
// The same for every store connection.
int queueAll(const QSqlDatabase& db, qint64 now);

// "orders", "customers", "stock", "reviews", as a person reads them.
QString resourceName(const QString& resource);

struct Status
{
    qint64 connectionId = 0;
    QString connectionName;
    QString resource;
    bool running = false; // queued or running
    int pagesDone = 0;
    int pages = 0; // 0: not known yet
    qint64 rows = 0;
    QDateTime since; // everything changed before this is in (invalid: never synced)
    QString lastError;
};
QList<Status> status(const QSqlDatabase& db);

// How many pages of one store may be read at the same time (WooCommerce; Shopify pages by cursor).
inline constexpr int kWooConcurrency = 4;
// A sync reads again what changed in the hour before the last one ended.
inline constexpr qint64 kOverlapMs = 3'600'000;

// The API client a job for this store talks through (the other one stays null), with its secrets
// from the keychain; false with *why when a secret is not available.
struct Clients
{
    WooCommerceClient* woo = nullptr;
    ShopifyClient* shopify = nullptr;
};
bool makeClients(JobContext& ctx, const Connections::Connection& c, QObject* parent, Clients* out, QString* why);

// The sync jobs, the stock writes and what approving a stock update or a reorder does.
void registerAll(JobRegistry& registry, ActionEffects& effects);

} // namespace StoreSync
