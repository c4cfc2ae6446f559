#pragma once

#include "Connections.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

// What is published where: one row per product (or generated site), connection and target, with
// the external id and URL, and the publish jobs that keep it so. Only approved work is queued, and
// the publisher checks the approval again before it writes anything.
namespace Publications
{

inline constexpr QLatin1StringView Product{"product"}; // a WooCommerce or Shopify product
inline constexpr QLatin1StringView Post{"post"};       // the blog draft as a WordPress post
inline constexpr QLatin1StringView Page{"page"};       // the generated landing page as a WordPress page

struct Publication
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 siteId = 0;
    qint64 connectionId = 0;
    QString target;
    QString externalId;
    QString url;
    QString status; // queued, published, draft, failed
    QString contentHash;
    QJsonArray media;
    QString error; // why it failed; for a published one, what was left as the store has it
    qint64 publishedAt = 0;
    qint64 updatedAt = 0;
    QJsonObject fingerprint; // WordPress: what the item held after Quorum's last write (PostMerge)
};

std::optional<Publication> load(const QSqlDatabase& db, qint64 id);
std::optional<Publication> find(const QSqlDatabase& db, qint64 productId, qint64 connectionId, const QString& target);

// What each store has now against what publishing the product would write there (StoreMerge's
// plan), read by a preview job for the approver.
struct StorePreview
{
    qint64 connectionId = 0;
    QString connectionName;
    qint64 readAt = 0;    // 0: not read yet
    bool reading = false; // a read is queued or running
    QJsonObject diff;
    QString error;
};
QList<StorePreview> storePreviews(const QSqlDatabase& db, qint64 productId);
// Queues a read of every store the product would be published to (WooCommerce, Shopify), unless
// one is already waiting. Returns how many were queued.
int queueStorePreviews(const QSqlDatabase& db, qint64 productId, qint64 now);
void saveStorePreview(const QSqlDatabase& db, qint64 productId, qint64 connectionId, const QJsonObject& diff,
    const QString& error, qint64 now);
QList<Publication> forProduct(const QSqlDatabase& db, qint64 productId);
QList<Publication> forSite(const QSqlDatabase& db, qint64 siteId);
// The address of the product's newest page in a store (empty while it is in none).
QString storeUrl(const QSqlDatabase& db, qint64 productId);

// Approved for publishing: a person (or a rule) approved publishing this product, and it has not
// gone back to writing since. Sites follow their product; a site without one needs its own approval.
bool productApproved(const QSqlDatabase& db, qint64 productId, QString* why);
bool siteApproved(const QSqlDatabase& db, qint64 siteId, QString* why);

// Queues a publish (or unpublish) job per connection and target, inside the caller's transaction.
// Returns the publications queued; *why says what was skipped.
// Where publishing a product goes, one line per connection as a person reads it:
// "Shopify store “Lindenhof” (lindenhof.myshopify.com): the product listing".
QStringList productDestinations(const QSqlDatabase& db);
QList<qint64> queueProduct(const QSqlDatabase& db, qint64 productId, bool unpublish, qint64 now, QString* why);
QList<qint64> queueSite(
    const QSqlDatabase& db, qint64 siteId, qint64 connectionId, bool unpublish, qint64 now, QString* why);

// Publishes again wherever the product is published now (a changed price), inside the caller's
// transaction. Returns the publications queued.
QList<qint64> queueRepublish(const QSqlDatabase& db, qint64 productId, qint64 now);

// Publish jobs waiting or running: the outbox.
int outboxCount(const QSqlDatabase& db);

} // namespace Publications
