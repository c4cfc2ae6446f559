#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include <optional>

// Secrets that calls need, resolved by reference and kept only in memory:
//   "env:NAME"        the environment variable NAME (the explicit choice where no keychain exists)
//   "keychain:KEY"    a value the SecretStore loaded from the OS keychain into this cache
// Every value put here is registered with Redaction, so it can never reach a log line. Thread-safe:
// workers on every thread resolve keys synchronously at call time.
class SecretCache
{
public:
    std::optional<QString> resolve(const QString& ref, QString* error) const;
    void put(const QString& key, const QString& value);
    void remove(const QString& key);
    bool contains(const QString& key) const;
    void clear();

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QString> m_values;
};
