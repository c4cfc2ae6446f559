#pragma once

#include "Connections.h"
#include "users/ChangeDoor.h"

#include <QHash>
#include <QObject>

#include <functional>

class ApiRuntime;
class ConnectionTester;
class SecretStore;
class WorkerPool;

// The stores and sites Quorum publishes to, as a person adds, tests, changes and removes them in
// Settings → Connections. The row goes through the change door (owners only, audited, never a
// secret in it); secrets go to the OS keychain only. Replies come back on the caller's thread.
class ConnectionSettings final : public QObject
{
    Q_OBJECT
public:
    ConnectionSettings(
        const ChangeDoor& door, SecretStore* secrets, ApiRuntime* runtime, WorkerPool* pool, QObject* parent = nullptr);

    QString whyNot() const { return m_door.whyNot(); }
    QList<Connections::Connection> connections() const;

    // Saves the connection and writes the entered secrets (field -> value) to the keychain; a new
    // connection needs every secret of its kind. done(id, error) once everything has answered.
    void save(const Connections::Connection& connection, const QHash<QString, QString>& secrets, QObject* context,
        std::function<void(qint64 id, const QString& error)> done);
    // Removes the connection's secrets from the keychain, then the connection.
    void remove(qint64 id, QObject* context, std::function<void(const QString& error)> done);
    // Tries the address and credentials: the typed address with every secret typed, or (nothing typed)
    // the saved address with the saved secrets; owners only.
    void test(const Connections::Connection& connection, const QHash<QString, QString>& secrets,
        std::function<void(bool ok, const QString& message)> done);

signals:
    // A connection was saved with all its secrets in the keychain (the ad account's first sync waits for it).
    void secretsStored(qint64 id);

private:
    ChangeDoor m_door;
    SecretStore* m_secrets;
    ApiRuntime* m_runtime;
    WorkerPool* m_pool;
    ConnectionTester* m_tester;
};
