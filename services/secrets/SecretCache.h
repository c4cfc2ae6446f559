#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QUrl>

#include <optional>

// Secrets that calls need, resolved by reference and kept only in memory:
//   "env:NAME"        the environment variable NAME (a provider's key where no keychain is wanted)
//   "keychain:KEY"    a value the SecretStore loaded from the OS keychain into this cache
// Every keychain secret is bound to the origin (scheme, host, port) it was entered for and to its
// owner's namespace ("provider/<id>" or "connection/<id>/"): it resolves only for a request to that
// origin by that owner, so a changed address or a reference to someone else's secret never carries
// it anywhere. Every value put here is registered with Redaction, so it can never reach a log line.
// Thread-safe: workers on every thread resolve keys synchronously at call time.
class SecretCache
{
public:
    // The secret for a request to destination by the owner whose keys start with ownerPrefix; nullopt
    // with a plain reason otherwise. An empty ref is "no key" (an empty string).
    std::optional<QString> resolveFor(
        const QString& ref, const QUrl& destination, const QString& ownerPrefix, QString* error) const;

    // origin: what originOf() gives for the address the secret was entered for; empty for a secret
    // that is never sent anywhere (it can then only be read back by its owner, never resolved for a
    // request).
    void put(const QString& key, const QString& value, const QString& origin = {});
    void remove(const QString& key);
    bool contains(const QString& key) const;
    // The origin the secret was saved for (empty if unknown or unbound).
    QString savedOrigin(const QString& key) const;
    void clear();

    // The origin a secret is bound to: core/Origin's originOf.
    static QString originOf(const QUrl& url);
    // "keychain:KEY" -> "KEY"; empty for any other kind of reference.
    static QString keychainKey(const QString& ref);
    // Environment variables Quorum itself reads secrets from (the fallback without a keychain): a
    // reference may not name them, they belong to their own connection.
    static bool isReservedEnvironmentName(const QString& name);

private:
    struct Entry
    {
        QString value;
        QString origin;
    };
    mutable QReadWriteLock m_lock;
    QHash<QString, Entry> m_values;
};
