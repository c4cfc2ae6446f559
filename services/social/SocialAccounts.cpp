#include "SocialAccounts.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace SocialAccounts
{

namespace
{
const QString kColumns = u"id, platform, name, remote_id, api_url, time_zone, post_without_asking, access_expires_at, "
                         u"refreshed_at, scopes, status, status_note"_s;

Account read(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.platform = q.value(1).toString();
    a.name = q.value(2).toString();
    a.remoteId = q.value(3).toString();
    a.apiUrl = q.value(4).toString();
    a.zone = q.value(5).toString().toUtf8();
    a.postWithoutAsking = q.value(6).toInt() != 0;
    if (!q.value(7).isNull())
        a.accessExpiresAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        a.refreshedAt = q.value(8).toLongLong();
    a.scopes = q.value(9).toString();
    a.status = q.value(10).toString();
    a.statusNote = q.value(11).toString();
    return a;
}

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

QList<Account> all(const QSqlDatabase& db)
{
    QList<Account> out;
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM social_accounts ORDER BY platform, name, id"_s);
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<Account> find(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM social_accounts WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

qint64 save(const QSqlDatabase& db, const Account& a, qint64 now)
{
    const QVariantList values{a.platform, a.name, a.remoteId, a.apiUrl, QString::fromUtf8(a.zone),
        a.postWithoutAsking ? 1 : 0, optional(a.accessExpiresAt), optional(a.refreshedAt), a.scopes, a.status,
        a.statusNote, now};
    if (a.id > 0) {
        QVariantList binds = values;
        binds.append(a.id);
        Sql::exec(db,
            u"UPDATE social_accounts SET platform = ?, name = ?, remote_id = ?, api_url = ?, time_zone = ?, "
            u"post_without_asking = ?, access_expires_at = ?, refreshed_at = ?, scopes = ?, status = ?, status_note = "
            u"?, updated_at = ? WHERE id = ?"_s,
            binds);
        return a.id;
    }
    QVariantList binds = values;
    binds.append(now);
    return Sql::insert(db,
        u"INSERT INTO social_accounts (platform, name, remote_id, api_url, time_zone, post_without_asking, "
        u"access_expires_at, refreshed_at, scopes, status, status_note, updated_at, created_at) VALUES (?, ?, ?, ?, "
        u"?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        binds);
}

void needsReconnect(const QSqlDatabase& db, qint64 id, const QString& why, qint64 now)
{
    Sql::exec(db, u"UPDATE social_accounts SET status = 'reconnect', status_note = ?, updated_at = ? WHERE id = ?"_s,
        {why, now, id});
}

QString secretKey(qint64 id, const QString& field)
{
    return u"social/%1/%2"_s.arg(id).arg(field);
}

QString secretRef(qint64 id, const QString& field)
{
    return u"keychain:"_s + secretKey(id, field);
}

QString secretPrefix(qint64 id)
{
    return u"social/%1/"_s.arg(id);
}

QUrl apiUrl(const Account& a)
{
    if (!a.apiUrl.isEmpty())
        return QUrl(a.apiUrl);
    if (a.platform == u"instagram" || a.platform == u"facebook")
        return QUrl(u"https://graph.facebook.com"_s);
    if (a.platform == u"pinterest")
        return QUrl(u"https://api.pinterest.com"_s);
    if (a.platform == u"x")
        return QUrl(u"https://api.x.com"_s);
    if (a.platform == u"linkedin")
        return QUrl(u"https://api.linkedin.com"_s);
    if (a.platform == u"tiktok")
        return QUrl(u"https://open.tiktokapis.com"_s);
    return {};
}

} // namespace SocialAccounts
