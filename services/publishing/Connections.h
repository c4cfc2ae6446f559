#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

#include <optional>

// The stores and sites Quorum publishes to. A connection row holds no secret; its secrets are named
// keychain entries ("connection/<id>/<field>") that workers resolve through the SecretCache.
namespace Connections
{

enum class Kind
{
    WooCommerce,
    WordPress,
    Shopify,
    MetaAds, // a Meta ad account: `account` holds its id (without "act_"), `url` the Graph API address
};

struct Connection
{
    qint64 id = 0;
    Kind kind = Kind::WordPress;
    QString name;
    QString url;          // site or store URL; the shop domain for Shopify
    QString account;      // the WordPress user
    QString apiVersion;   // Shopify
    qint64 mediaSite = 0; // WooCommerce: the WordPress connection of the same site, for the media library
    QString pageId;       // Meta: the Facebook Page the account's ads run as (campaign launches need it)
};

QString kindKey(Kind kind);
Kind kindFromKey(const QString& key);
QString kindDisplayName(Kind kind);
// The secrets a kind needs ("consumer_key", "consumer_secret"; "app_password"; "access_token").
QStringList secretFields(Kind kind);
QString secretFieldLabel(const QString& field);
QString secretKey(qint64 id, const QString& field);
QString secretRef(qint64 id, const QString& field); // "keychain:connection/<id>/<field>"
QString secretPrefix(qint64 id);                    // "connection/<id>/": every key the connection owns

// The stores and sites (what publishes and sells); with ad accounts: every connection.
QList<Connection> all(const QSqlDatabase& db, bool withAdAccounts = false);
QList<Connection> adAccounts(const QSqlDatabase& db);
// The Graph API address of an ad account connection (its url, or Meta's own when empty).
QUrl graphUrl(const Connection& c);
std::optional<Connection> find(const QSqlDatabase& db, qint64 id);
// Readable problems with what was entered (URL shape, missing fields).
QStringList validate(const Connection& c);
// Inserts or updates; returns the id.
qint64 save(const QSqlDatabase& db, const Connection& c, qint64 now);
void remove(const QSqlDatabase& db, qint64 id);

} // namespace Connections
