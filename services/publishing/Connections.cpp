#include "Connections.h"

#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Connections
{

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::WooCommerce:
        return u"woocommerce"_s;
    case Kind::WordPress:
        return u"wordpress"_s;
    case Kind::Shopify:
        return u"shopify"_s;
    case Kind::MetaAds:
        return u"meta_ads"_s;
    }
    return {};
}

Kind kindFromKey(const QString& key)
{
    if (key == u"woocommerce")
        return Kind::WooCommerce;
    if (key == u"shopify")
        return Kind::Shopify;
    if (key == u"meta_ads")
        return Kind::MetaAds;
    return Kind::WordPress;
}

QString kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::WooCommerce:
        return QCoreApplication::translate("Connections", "WooCommerce store");
    case Kind::WordPress:
        return QCoreApplication::translate("Connections", "WordPress site");
    case Kind::Shopify:
        return QCoreApplication::translate("Connections", "Shopify store");
    case Kind::MetaAds:
        return QCoreApplication::translate("Connections", "Meta ad account");
    }
    return {};
}

QStringList secretFields(Kind kind)
{
    switch (kind) {
    case Kind::WooCommerce:
        return {u"consumer_key"_s, u"consumer_secret"_s};
    case Kind::WordPress:
        return {u"app_password"_s};
    case Kind::Shopify:
        return {u"access_token"_s};
    case Kind::MetaAds:
        return {u"ads_token"_s};
    }
    return {};
}

QString secretFieldLabel(const QString& field)
{
    if (field == u"consumer_key")
        return QCoreApplication::translate("Connections", "Consumer key");
    if (field == u"consumer_secret")
        return QCoreApplication::translate("Connections", "Consumer secret");
    if (field == u"app_password")
        return QCoreApplication::translate("Connections", "Application password");
    if (field == u"access_token")
        return QCoreApplication::translate("Connections", "Admin API access token");
    if (field == u"ads_token")
        return QCoreApplication::translate("Connections", "Marketing API access token");
    return field;
}

QString secretKey(qint64 id, const QString& field)
{
    return u"connection/%1/%2"_s.arg(id).arg(field);
}

QString secretPrefix(qint64 id)
{
    return u"connection/%1/"_s.arg(id);
}

QString secretRef(qint64 id, const QString& field)
{
    return u"keychain:"_s + secretKey(id, field);
}

namespace
{
Connection fromQuery(const QSqlQuery& q)
{
    Connection c;
    c.id = q.value(0).toLongLong();
    c.kind = kindFromKey(q.value(1).toString());
    c.name = q.value(2).toString();
    c.url = q.value(3).toString();
    c.account = q.value(4).toString();
    c.apiVersion = q.value(5).toString();
    c.mediaSite = q.value(6).toLongLong();
    c.pageId = q.value(7).toString();
    return c;
}
const QString kSelect
    = u"SELECT id, kind, name, url, account, api_version, COALESCE(media_site, 0), page_id FROM connections"_s;
} // namespace

QList<Connection> all(const QSqlDatabase& db, bool withAdAccounts)
{
    QList<Connection> out;
    QSqlQuery q = Sql::exec(db,
        kSelect + (withAdAccounts ? QString() : u" WHERE kind <> 'meta_ads'"_s)
            + u" ORDER BY name COLLATE NOCASE, id"_s);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

QList<Connection> adAccounts(const QSqlDatabase& db)
{
    QList<Connection> out;
    QSqlQuery q = Sql::exec(db, kSelect + u" WHERE kind = 'meta_ads' ORDER BY name COLLATE NOCASE, id"_s);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

QUrl graphUrl(const Connection& c)
{
    return QUrl(c.url.trimmed().isEmpty() ? u"https://graph.facebook.com"_s : c.url.trimmed());
}

std::optional<Connection> find(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, kSelect + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QStringList validate(const Connection& c)
{
    QStringList out;
    if (c.name.trimmed().isEmpty())
        out.append(QCoreApplication::translate("Connections", "Give the connection a name."));
    if (c.kind == Kind::MetaAds) {
        static const QRegularExpression digits(u"^(act_)?[0-9]{5,20}$"_s);
        if (!digits.match(c.account.trimmed()).hasMatch())
            out.append(QCoreApplication::translate("Connections",
                "Enter the ad account's ID: the number in Ads Manager's account menu, e.g. 1234567890."));
        static const QRegularExpression page(u"^[0-9]{5,20}$"_s);
        if (!c.pageId.trimmed().isEmpty() && !page.match(c.pageId.trimmed()).hasMatch())
            out.append(QCoreApplication::translate("Connections",
                "The Facebook Page ID is a number: in Meta Business Suite under Settings → Page info, or leave it "
                "empty."));
        const QUrl url(c.url.trimmed());
        if (!c.url.trimmed().isEmpty() && (!url.isValid() || url.host().isEmpty()))
            out.append(QCoreApplication::translate(
                "Connections", "Leave the address empty for Meta's Graph API, or enter a full address."));
    } else if (c.kind == Kind::Shopify) {
        if (!c.url.trimmed().endsWith(u".myshopify.com"_s) && !c.url.startsWith(u"http"_s))
            out.append(QCoreApplication::translate(
                "Connections", "Enter the shop's domain as it is in the admin, e.g. my-shop.myshopify.com."));
    } else {
        const QUrl url(c.url.trimmed());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            out.append(
                QCoreApplication::translate("Connections", "Enter the site's address, e.g. https://shop.example."));
    }
    if (c.kind == Kind::WordPress && c.account.trimmed().isEmpty())
        out.append(QCoreApplication::translate("Connections",
            "Enter the WordPress user the application password "
            "belongs to."));
    return out;
}

qint64 save(const QSqlDatabase& db, const Connection& c, qint64 now)
{
    const QVariant media = c.mediaSite > 0 ? QVariant(c.mediaSite) : QVariant();
    if (c.id > 0) {
        Sql::exec(db,
            u"UPDATE connections SET kind = ?, name = ?, url = ?, account = ?, api_version = ?, media_site = ?, "
            u"page_id = ?, updated_at = ? WHERE id = ?"_s,
            {kindKey(c.kind), c.name.trimmed(), c.url.trimmed(), c.account.trimmed(), c.apiVersion.trimmed(), media,
                c.pageId.trimmed(), now, c.id});
        return c.id;
    }
    return Sql::insert(db,
        u"INSERT INTO connections (kind, name, url, account, api_version, media_site, page_id, created_at, "
        u"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {kindKey(c.kind), c.name.trimmed(), c.url.trimmed(), c.account.trimmed(), c.apiVersion.trimmed(), media,
            c.pageId.trimmed(), now, now});
}

void remove(const QSqlDatabase& db, qint64 id)
{
    // Its waiting syncs and writes go with it (one that runs ends on its next write: the connection is
    // gone). SQLite may give a later connection the same id; nothing queued for this one may run for it.
    // An approved change that waited for the platform fails with the reason, not "running" for ever;
    // one that had already given up cannot be run again against whatever takes the id next.
    QSqlQuery waiting = Sql::exec(db,
        u"SELECT payload FROM jobs WHERE subject_id = ? AND state = 'queued' AND kind IN ('ads.apply', 'ads.launch')"_s,
        {id});
    QList<qint64> proposals;
    while (waiting.next())
        proposals.append(Json::objectFromString(waiting.value(0).toString()).value(u"proposal"_s).toInteger());
    waiting.finish();
    for (const qint64 proposal : proposals)
        Sql::exec(db,
            u"UPDATE action_proposals SET execution_state = 'failed', execution_error = ? WHERE id = ? AND "
            u"execution_state IN ('running', 'retrying')"_s,
            {QCoreApplication::translate("AdSyncRun", "The ad account connection was removed."), proposal});
    Sql::exec(db,
        u"UPDATE jobs SET state = 'canceled', updated_at = updated_at WHERE subject_id = ? AND state = 'queued' AND "
        u"kind IN ('store.sync', 'stock.write', 'ads.sync', 'ads.apply', 'ads.launch')"_s,
        {id});
    Sql::exec(db,
        u"UPDATE jobs SET state = 'canceled', updated_at = updated_at WHERE subject_id = ? AND state = 'dead' AND "
        u"kind IN ('stock.write', 'ads.apply', 'ads.launch')"_s,
        {id});
    Sql::exec(db, u"DELETE FROM connections WHERE id = ?"_s, {id});
}

} // namespace Connections
