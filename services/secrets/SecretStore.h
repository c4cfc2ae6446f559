#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class Clock;
class SecretCache;

// The only place secrets are stored: the OS keychain, through QtKeychain, never with its insecure
// plaintext fallback. The workspace keeps only an index of the entries each connection owns
// (secret_index), so removing a connection removes its secrets. Values read are put in the
// SecretCache the workers resolve from, and registered for redaction.
//
// A keyring that is not up yet (a desktop session still starting) is retried a few times. Where no
// keychain exists at all, reads fall back to an environment variable named in the error
// (QUORUM_SECRET_<KEY>), and writes fail with a plain explanation: nothing is written to a file.
// All calls are asynchronous; results come back on the context object's thread.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    SecretStore(const QSqlDatabase& db, SecretCache* cache, const Clock* clock, QObject* parent = nullptr,
        const QString& service = QStringLiteral("Quorum"));

    using Done = std::function<void(const QString& error)>;
    using ReadDone = std::function<void(const QString& error, const QString& value)>;

    // A secret only Quorum itself reads back (never sent anywhere: it resolves for no request).
    void write(const QString& key, const QString& value, qint64 connectionId, QObject* context, Done done);
    // A secret bound to the origin it was entered for (SecretCache::originOf of the address): the
    // keychain entry holds the origin beside the value, so a changed address in the workspace cannot
    // redirect it. Writing again under the same key replaces both.
    void writeFor(const QString& key, const QString& value, const QString& origin, qint64 connectionId,
        QObject* context, Done done);
    void read(const QString& key, QObject* context, ReadDone done);
    void remove(const QString& key, QObject* context, Done done);
    // Every entry the connection owns, from the keychain and the index.
    void removeConnection(qint64 connectionId, QObject* context, Done done);
    // Loads every indexed secret into the cache (at workspace open). Done with the problems, if any.
    void loadAll(QObject* context, std::function<void(const QStringList& problems)> done);

    // "connection/3/app_password" -> QUORUM_SECRET_CONNECTION_3_APP_PASSWORD
    static QString environmentName(const QString& key);
    // The keychain entry's text: the bare value when unbound, else a small JSON envelope.
    static QString envelope(const QString& value, const QString& origin);
    // Back from the entry's text; a bare value (written before origins were kept) has no origin.
    static void unwrap(const QString& text, QString* value, QString* origin);
    // How often and how long apart a keychain that is not available yet is asked again.
    void setRetry(int attempts, qint64 delayMs);
    // False once the keychain was found missing (after the retries).
    bool keychainAvailable() const { return m_available; }

private:
    enum class Op
    {
        Read,
        Write,
        Delete
    };
    struct Result
    {
        int code = 0; // QKeychain::Error
        QString message;
        QString value;
    };
    void runJob(Op op, const QString& key, const QString& value, int attempt, QObject* context,
        std::function<void(const Result&)> done);
    static bool unavailable(const Result& r);
    QString unavailableText(const QString& key, const QString& detail) const;
    // A connection secret saved before origins were kept is bound to its connection's address as the
    // workspace has it now (once: the entry is rewritten with that origin).
    QString legacyOrigin(const QString& key) const;

    QSqlDatabase m_db;
    SecretCache* m_cache;
    const Clock* m_clock;
    QString m_service;
    int m_attempts = 4;
    qint64 m_retryDelayMs = 500;
    bool m_available = true;
};
