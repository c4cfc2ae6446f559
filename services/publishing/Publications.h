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
    QString error;
    qint64 publishedAt = 0;
    qint64 updatedAt = 0;
};

std::optional<Publication> load(const QSqlDatabase& db, qint64 id);
QList<Publication> forProduct(const QSqlDatabase& db, qint64 productId);
QList<Publication> forSite(const QSqlDatabase& db, qint64 siteId);

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

// Publish jobs waiting or running: the outbox.
int outboxCount(const QSqlDatabase& db);

} // namespace Publications
