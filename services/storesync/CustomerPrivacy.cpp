#include "CustomerPrivacy.h"

#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace CustomerPrivacy
{
namespace
{

QByteArray workspaceKey(const QSqlDatabase& db, bool create)
{
    QByteArray key = QByteArray::fromHex(Settings::value(db, u"privacy.key"_s).toLatin1());
    if (key.isEmpty() && create) {
        key.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
        Settings::setValue(db, u"privacy.key"_s, QString::fromLatin1(key.toHex()));
    }
    return key;
}

QString keyed(const QByteArray& key, const QString& email)
{
    const QString normal = email.trimmed().toLower();
    if (normal.isEmpty() || key.isEmpty())
        return {};
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(normal.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

} // namespace

Pseudonyms::Pseudonyms(const QSqlDatabase& db)
    : m_key(workspaceKey(db, true))
{ }

QString Pseudonyms::of(const QString& identity) const
{
    const QString hash = keyed(m_key, identity);
    return hash.isEmpty() ? QString() : u"c-"_s + hash.left(16);
}

namespace
{

// Blanks the orders and customer records of a person, and remembers them.
Erased erase(const QSqlDatabase& db, qint64 connectionId, const QString& remoteId, const QString& email, qint64 now)
{
    Erased out;
    const QVariant connection = connectionId > 0 ? QVariant(connectionId) : QVariant();
    if (!remoteId.isEmpty()) {
        out.orders += Sql::exec(db,
            u"UPDATE orders SET name = '', email = '' WHERE connection_id = ? AND customer_remote_id = ? AND "
            u"(name <> '' OR email <> '')"_s,
            {connection, remoteId})
                          .numRowsAffected();
    }
    if (!email.trimmed().isEmpty()) {
        out.orders += Sql::exec(db,
            u"UPDATE orders SET name = '', email = '' WHERE lower(trim(email)) = ? AND (name <> '' OR email <> '')"_s,
            {email.trimmed().toLower()})
                          .numRowsAffected();
        out.customers += Sql::exec(db,
            u"UPDATE customers SET name = '', email = '', erased_at = ? WHERE lower(trim(email)) = ?"_s,
            {now, email.trimmed().toLower()})
                             .numRowsAffected();
    }
    Sql::exec(db,
        u"INSERT INTO erased_customers (connection_id, customer_remote_id, email_key, erased_at) VALUES (?, ?, ?, ?)"_s,
        {connection, remoteId, keyed(workspaceKey(db, true), email), now});
    return out;
}

} // namespace

QString emailKey(const QSqlDatabase& db, const QString& email)
{
    return keyed(workspaceKey(db, true), email);
}

Erased eraseCustomer(const QSqlDatabase& db, qint64 customerId, qint64 now)
{
    QSqlQuery c = Sql::exec(db, u"SELECT connection_id, remote_id, email FROM customers WHERE id = ?"_s, {customerId});
    if (!c.next())
        throw SqlError(u"There is no customer %1."_s.arg(customerId));
    const qint64 connectionId = c.value(0).toLongLong();
    const QString remoteId = c.value(1).toString();
    const QString email = c.value(2).toString();
    Erased out = erase(db, connectionId, remoteId, email, now);
    // The record itself, also when its email was blank already.
    out.customers += Sql::exec(db,
        u"UPDATE customers SET name = '', email = '', erased_at = ? WHERE id = ? AND erased_at IS NULL"_s,
        {now, customerId})
                         .numRowsAffected();
    return out;
}

Erased eraseEmail(const QSqlDatabase& db, const QString& email, qint64 now)
{
    return erase(db, 0, {}, email, now);
}

Suppression::Suppression(const QSqlDatabase& db, qint64 connectionId)
{
    QSqlQuery q
        = Sql::exec(db, u"SELECT COALESCE(connection_id, 0), customer_remote_id, email_key FROM erased_customers"_s);
    while (q.next()) {
        if (q.value(0).toLongLong() == connectionId && !q.value(1).toString().isEmpty())
            m_remoteIds.insert(q.value(1).toString());
        if (const QString key = q.value(2).toString(); !key.isEmpty())
            m_emailKeys.insert(key);
    }
    if (!m_emailKeys.isEmpty())
        m_key = workspaceKey(db, false);
}

bool Suppression::erased(const QString& customerRemoteId, const QString& email) const
{
    if (!customerRemoteId.isEmpty() && m_remoteIds.contains(customerRemoteId))
        return true;
    return !m_emailKeys.isEmpty() && m_emailKeys.contains(keyed(m_key, email));
}

} // namespace CustomerPrivacy
