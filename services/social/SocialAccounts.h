#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <optional>

// The social accounts Quorum posts to. A row holds no secret: the tokens are keychain entries
// ("social/<id>/access_token", "social/<id>/refresh_token") the workers resolve through the SecretCache.
namespace SocialAccounts
{

struct Account
{
    qint64 id = 0;
    QString platform; // SocialPlatforms key
    QString name;
    QString remoteId;
    QString apiUrl; // empty: the platform's own
    QByteArray zone = QByteArrayLiteral("UTC");
    bool postWithoutAsking = false;
    std::optional<qint64> accessExpiresAt;
    std::optional<qint64> refreshedAt;
    QString scopes;
    QString status = QStringLiteral("connected"); // connected | reconnect
    QString statusNote;
};

QList<Account> all(const QSqlDatabase& db);
std::optional<Account> find(const QSqlDatabase& db, qint64 id);
// Inserts or updates (by id); returns the id. Throws SqlError.
qint64 save(const QSqlDatabase& db, const Account& account, qint64 now);
// The platform refused the account's token: its posts wait for a new connection. Throws SqlError.
void needsReconnect(const QSqlDatabase& db, qint64 id, const QString& why, qint64 now);

QString secretKey(qint64 id, const QString& field); // "social/<id>/access_token"
QString secretRef(qint64 id, const QString& field); // "keychain:social/<id>/access_token"
QString secretPrefix(qint64 id);                    // "social/<id>/"
// Where the account's API answers: its own address, else the platform's.
QUrl apiUrl(const Account& account);

} // namespace SocialAccounts
