#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

// Erasing a customer's personal data on the owner's request. Their orders stay, because the figures
// need them, with the name and email blanked; their customer record keeps only the country and the
// dates. The stores still hold both, so the workspace remembers whom it erased (erased_customers:
// the store's customer id, and a keyed hash of the email for guest orders) and every later sync or
// orders import blanks them again as it writes.
namespace CustomerPrivacy
{

// The keyed hash of an email address (trimmed, lower-cased) under the workspace's key; the key is made
// on first use.
QString emailKey(const QSqlDatabase& db, const QString& email);

struct Erased
{
    int customers = 0; // customer records blanked
    int orders = 0;    // orders blanked
};
// Erases the customer (a row of customers) and every order of theirs: by the store's customer id and,
// in every store and orders export, by the email address. Inside the caller's transaction; throws
// SqlError.
Erased eraseCustomer(const QSqlDatabase& db, qint64 customerId, qint64 now);
// The same for a person known only by the email on their orders (a guest, or an orders export).
Erased eraseEmail(const QSqlDatabase& db, const QString& email, qint64 now);

// A stable stand-in for a person in exports without personal data: the same customer gets the same
// pseudonym in every export of this workspace, and nobody can turn it back into a name without the
// workspace's key.
class Pseudonyms
{
public:
    explicit Pseudonyms(const QSqlDatabase& db); // makes the workspace's key when it has none
    // "c-" and 16 hex digits; empty for an empty text.
    QString of(const QString& identity) const;

private:
    QByteArray m_key;
};

// Who must stay erased when a store's records are written again.
class Suppression
{
public:
    Suppression(const QSqlDatabase& db, qint64 connectionId); // 0: an orders export
    bool isEmpty() const { return m_remoteIds.isEmpty() && m_emailKeys.isEmpty(); }
    bool erased(const QString& customerRemoteId, const QString& email) const;

private:
    QByteArray m_key;
    QSet<QString> m_remoteIds;
    QSet<QString> m_emailKeys;
};

} // namespace CustomerPrivacy
