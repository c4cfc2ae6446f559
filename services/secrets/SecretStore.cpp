#include "SecretStore.h"

#include "SecretCache.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Redaction.h"
#include "storage/Sql.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

SecretStore::SecretStore(
    const QSqlDatabase& db, SecretCache* cache, const Clock* clock, QObject* parent, const QString& service)
    : QObject(parent)
    , m_db(db)
    , m_cache(cache)
    , m_clock(clock)
    , m_service(service)
{ }

QString SecretStore::environmentName(const QString& key)
{
    QString name = key.toUpper();
    name.replace(QRegularExpression(u"[^A-Z0-9]+"_s), u"_"_s);
    return u"QUORUM_SECRET_"_s + name;
}

void SecretStore::setRetry(int attempts, qint64 delayMs)
{
    m_attempts = qMax(1, attempts);
    m_retryDelayMs = delayMs;
}

bool SecretStore::unavailable(const Result& r)
{
    // No Secret Service on the bus (or no bus at all) reports as one of these.
    return r.code == QKeychain::NoBackendAvailable || r.code == QKeychain::NotImplemented
        || (r.code == QKeychain::OtherError
            && (r.message.contains(u"org.freedesktop"_s) || r.message.contains(u"D-Bus"_s, Qt::CaseInsensitive)
                || r.message.contains(u"Could not connect"_s) || r.message.contains(u"autolaunch"_s)
                || r.message.contains(u"DBus"_s) || r.message.contains(u"secret"_s, Qt::CaseInsensitive)));
}

QString SecretStore::unavailableText(const QString& key, const QString& detail) const
{
    return QCoreApplication::translate("SecretStore",
        "No keychain is available on this desktop (%1). Quorum keeps secrets only in the system keychain, never "
        "in a file: start a keyring (GNOME Keyring, KWallet), or set the environment variable %2 before starting "
        "Quorum to supply this secret for the session.")
        .arg(detail, environmentName(key));
}

void SecretStore::runJob(Op op, const QString& key, const QString& value, int attempt, QObject* context,
    std::function<void(const Result&)> done)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(value);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    // With a context, the answer is dropped if it is gone by then; without one, it always comes.
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(
        job, &QKeychain::Job::finished, this, [this, op, key, value, attempt, guard, guarded, done](QKeychain::Job* j) {
            Result r;
            r.code = j->error();
            r.message = j->errorString();
            if (op == Op::Read && r.code == QKeychain::NoError)
                r.value = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            if (unavailable(r) && attempt + 1 < m_attempts) {
                // The keyring may still be starting with the desktop session: ask again shortly.
                qCInfo(lcSecrets) << "keychain not available yet, retrying:" << r.message;
                m_clock->callAfter(
                    m_retryDelayMs * (attempt + 1), this, [this, op, key, value, attempt, guard, guarded, done] {
                        if (guarded && !guard)
                            return; // nobody is waiting any more
                        runJob(op, key, value, attempt + 1, guard.data(), done);
                    });
                return;
            }
            m_available = !unavailable(r);
            if (!guarded || guard)
                done(r);
        });
    job->start();
}

QString SecretStore::envelope(const QString& value, const QString& origin)
{
    if (origin.isEmpty())
        return value;
    return QString::fromUtf8(QJsonDocument(
        QJsonObject{{u"quorum_secret"_s, 1}, {u"origin"_s, origin},
            {u"value"_s, value}}).toJson(QJsonDocument::Compact));
}

void SecretStore::unwrap(const QString& text, QString* value, QString* origin)
{
    if (text.startsWith(u'{') && text.contains(u"\"quorum_secret\""_s)) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(u"quorum_secret"_s).toInt() == 1) {
            *value = o.value(u"value"_s).toString();
            *origin = o.value(u"origin"_s).toString();
            return;
        }
    }
    *value = text;
    origin->clear();
}

QString SecretStore::legacyOrigin(const QString& key) const
{
    try {
        const QVariant url = Sql::scalar(m_db,
            u"SELECT c.url FROM secret_index s JOIN connections c ON c.id = s.connection_id WHERE s.key = ?"_s, {key});
        return SecretCache::originOf(QUrl(url.toString()));
    } catch (const SqlError&) {
        return {};
    }
}

void SecretStore::write(const QString& key, const QString& value, qint64 connectionId, QObject* context, Done done)
{
    writeFor(key, value, {}, connectionId, context, std::move(done));
}

void SecretStore::writeFor(
    const QString& key, const QString& value, const QString& origin, qint64 connectionId, QObject* context, Done done)
{
    Redaction::registerSecret(value);
    runJob(Op::Write, key, envelope(value, origin), 0, context,
        [this, key, value, origin, connectionId, done](const Result& r) {
            if (r.code != QKeychain::NoError) {
                done(unavailable(r)
                        ? unavailableText(key, r.message)
                        : QCoreApplication::translate("SecretStore", "The keychain refused to store the secret: %1")
                              .arg(r.message));
                return;
            }
            try {
                Sql::exec(m_db,
                    u"INSERT INTO secret_index (key, connection_id, created_at) VALUES (?, ?, ?) ON CONFLICT(key) DO "
                    u"UPDATE SET connection_id = excluded.connection_id"_s,
                    {key, connectionId > 0 ? QVariant(connectionId) : QVariant(), m_clock->nowMs()});
            } catch (const SqlError& e) {
                done(e.message());
                return;
            }
            m_cache->put(key, value, origin);
            done({});
        });
}

void SecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    runJob(Op::Read, key, {}, 0, context, [this, key, done](const Result& r) {
        if (r.code == QKeychain::NoError) {
            QString value;
            QString origin;
            unwrap(r.value, &value, &origin);
            if (origin.isEmpty() && key.startsWith(u"connection/"_s)) {
                origin = legacyOrigin(key);
                if (!origin.isEmpty()) {
                    // Bound once: the entry carries the origin from now on (answered when it does).
                    runJob(Op::Write, key, envelope(value, origin), 0, nullptr,
                        [this, key, value, origin, done](const Result& w) {
                            if (w.code != QKeychain::NoError)
                                qCWarning(lcSecrets) << "could not bind" << key << "to its address:" << w.message;
                            m_cache->put(key, value, origin);
                            done({}, value);
                        });
                    return;
                }
            }
            m_cache->put(key, value, origin);
            done({}, value);
            return;
        }
        if (unavailable(r)) {
            // The documented way out where no keychain exists: the secret from the environment.
            const QString fromEnv = qEnvironmentVariable(environmentName(key).toLatin1().constData());
            if (!fromEnv.isEmpty()) {
                // Without a keychain the address the workspace has now is all there is to bind to.
                m_cache->put(key, fromEnv, key.startsWith(u"connection/"_s) ? legacyOrigin(key) : QString());
                done({}, fromEnv);
                return;
            }
            done(unavailableText(key, r.message), {});
            return;
        }
        if (r.code == QKeychain::EntryNotFound) {
            done(QCoreApplication::translate("SecretStore", "The keychain holds no secret for %1; enter it again.")
                     .arg(key),
                {});
            return;
        }
        done(QCoreApplication::translate("SecretStore", "The keychain could not be read: %1").arg(r.message), {});
    });
}

void SecretStore::remove(const QString& key, QObject* context, Done done)
{
    runJob(Op::Delete, key, {}, 0, context, [this, key, done](const Result& r) {
        m_cache->remove(key);
        if (r.code != QKeychain::NoError && r.code != QKeychain::EntryNotFound) {
            done(unavailable(r) ? unavailableText(key, r.message)
                                : QCoreApplication::translate("SecretStore", "The keychain could not remove %1: %2")
                                      .arg(key, r.message));
            return;
        }
        try {
            Sql::exec(m_db, u"DELETE FROM secret_index WHERE key = ?"_s, {key});
        } catch (const SqlError& e) {
            done(e.message());
            return;
        }
        done({});
    });
}

void SecretStore::removeConnection(qint64 connectionId, QObject* context, Done done)
{
    QStringList keys;
    try {
        QSqlQuery q = Sql::exec(m_db, u"SELECT key FROM secret_index WHERE connection_id = ?"_s, {connectionId});
        while (q.next())
            keys.append(q.value(0).toString());
    } catch (const SqlError& e) {
        done(e.message());
        return;
    }
    if (keys.isEmpty()) {
        done({});
        return;
    }
    // One after another; the first problem stops it (what is left stays indexed, to try again).
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, keys, context, done, next](int i) {
        if (i >= keys.size()) {
            done({});
            return;
        }
        remove(keys.at(i), context, [done, next, i](const QString& error) {
            if (!error.isEmpty()) {
                done(error);
                return;
            }
            (*next)(i + 1);
        });
    };
    (*next)(0);
}

void SecretStore::loadAll(QObject* context, std::function<void(const QStringList& problems)> done)
{
    QStringList keys;
    try {
        QSqlQuery q = Sql::exec(m_db, u"SELECT key FROM secret_index ORDER BY key"_s);
        while (q.next())
            keys.append(q.value(0).toString());
    } catch (const SqlError& e) {
        done({e.message()});
        return;
    }
    auto problems = std::make_shared<QStringList>();
    auto left = std::make_shared<int>(static_cast<int>(keys.size()));
    if (keys.isEmpty()) {
        done({});
        return;
    }
    for (const QString& key : keys) {
        read(key, context, [problems, left, done](const QString& error, const QString&) {
            if (!error.isEmpty())
                problems->append(error);
            if (--*left == 0)
                done(*problems);
        });
    }
}
