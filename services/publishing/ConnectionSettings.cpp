#include "ConnectionSettings.h"

#include "ConnectionTester.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "resilience/ApiRuntime.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

ConnectionSettings::ConnectionSettings(
    const ChangeDoor& door, SecretStore* secrets, ApiRuntime* runtime, WorkerPool* pool, QObject* parent)
    : QObject(parent)
    , m_door(door)
    , m_secrets(secrets)
    , m_runtime(runtime)
    , m_pool(pool)
    , m_tester(new ConnectionTester(runtime, door.clock(), this))
{ }

QList<Connections::Connection> ConnectionSettings::connections() const
{
    try {
        return Connections::all(m_door.db(), true);
    } catch (const SqlError& e) {
        qCWarning(lcPublish) << "cannot read the connections:" << e.message();
        return {};
    }
}

namespace
{
QJsonObject describe(const Connections::Connection& c, const QStringList& secretFields)
{
    QJsonArray fields;
    for (const QString& f : secretFields)
        fields.append(f);
    return QJsonObject{{u"kind"_s, Connections::kindKey(c.kind)}, {u"name"_s, c.name}, {u"url"_s, c.url},
        {u"account"_s, c.account}, {u"api_version"_s, c.apiVersion}, {u"media_site"_s, c.mediaSite},
        {u"secrets_entered"_s, fields}};
}
} // namespace

void ConnectionSettings::save(const Connections::Connection& entered, const QHash<QString, QString>& secrets,
    QObject* context, std::function<void(qint64, const QString&)> done)
{
    Connections::Connection connection = entered;
    // An ad account without an address talks to Meta's Graph API; its token is bound to that address.
    if (connection.kind == Connections::Kind::MetaAds && connection.url.trimmed().isEmpty())
        connection.url = Connections::graphUrl(connection).toString();
    QStringList problems = Connections::validate(connection);
    // One ad account, one connection: two would sync and count its figures twice.
    if (connection.kind == Connections::Kind::MetaAds) {
        const QString id = connection.account.trimmed().remove(u"act_"_s);
        for (const Connections::Connection& other : Connections::adAccounts(m_door.db())) {
            if (other.id != connection.id && other.account.trimmed().remove(u"act_"_s) == id)
                problems.append(
                    QCoreApplication::translate("ConnectionsPage", "The ad account %1 is connected already, as “%2”.")
                        .arg(id, other.name));
        }
    }
    // A secret is only ever sent to the address it was entered for: a new connection, or a saved one
    // whose address changes, needs every secret entered (for that address).
    const QString origin = SecretCache::originOf(QUrl(connection.url));
    bool needsAll = connection.id == 0;
    if (connection.id > 0) {
        const auto saved = Connections::find(m_door.db(), connection.id);
        needsAll = !saved || SecretCache::originOf(QUrl(saved->url)) != origin;
    }
    if (needsAll) {
        const QString lead = connection.id == 0
            ? QString()
            : QCoreApplication::translate("ConnectionsPage",
                "The address changed, and saved secrets are only ever sent to the address they were entered for. ");
        for (const QString& field : Connections::secretFields(connection.kind)) {
            if (!secrets.contains(field))
                problems.append(lead
                    + QCoreApplication::translate("ConnectionsPage", "Enter the %1.")
                          .arg(Connections::secretFieldLabel(field).toLower()));
        }
    }
    if (!problems.isEmpty()) {
        done(connection.id, problems.join(u'\n'));
        return;
    }
    qint64 id = connection.id;
    QString error;
    QStringList fields = secrets.keys();
    fields.sort();
    if (!m_door.change(
            {connection.id == 0 ? u"settings.connection_added"_s : u"settings.connection_changed"_s,
                u"connection:%1"_s.arg(connection.id == 0 ? connection.name : QString::number(connection.id)),
                describe(connection, fields), EventBus::Topic::Publications},
            [&](const QSqlDatabase& db) { id = Connections::save(db, connection, m_door.clock()->nowMs()); }, &error)) {
        done(connection.id, error);
        return;
    }
    if (secrets.isEmpty()) {
        done(id, {});
        return;
    }
    // Secrets go to the keychain; done() waits for every answer.
    auto left = std::make_shared<int>(static_cast<int>(secrets.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<QObject> guard(context);
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        m_secrets->writeFor(Connections::secretKey(id, it.key()), it.value(), origin, id, this,
            [this, left, errors, id, guard, done](const QString& e) {
                if (!e.isEmpty())
                    errors->append(e);
                if (--*left > 0)
                    return;
                if (errors->isEmpty())
                    emit secretsStored(id);
                if (errors->isEmpty() && m_pool)
                    m_pool->wake();
                errors->removeDuplicates();
                if (guard)
                    done(id, errors->join(u'\n'));
            });
    }
}

void ConnectionSettings::remove(qint64 id, QObject* context, std::function<void(const QString&)> done)
{
    const QString refusal = m_door.whyNot();
    if (!refusal.isEmpty()) {
        done(refusal);
        return;
    }
    const auto connection = Connections::find(m_door.db(), id);
    QPointer<QObject> guard(context);
    m_secrets->removeConnection(id, this, [this, id, connection, guard, done](const QString& keychainError) {
        QString error = keychainError;
        if (error.isEmpty())
            m_door.change(
                {u"settings.connection_removed"_s, u"connection:%1"_s.arg(id),
                    connection ? describe(*connection, {}) : QJsonObject{}, EventBus::Topic::Publications},
                [&](const QSqlDatabase& db) { Connections::remove(db, id); }, &error);
        if (guard)
            done(error);
    });
}

void ConnectionSettings::test(const Connections::Connection& connection, const QHash<QString, QString>& typed,
    std::function<void(bool, const QString&)> done)
{
    // Only those who may change the connection may try it, and never with a mix: the saved address with
    // the saved secrets, or the typed address with typed secrets.
    const QString refusal = m_door.whyNot();
    if (!refusal.isEmpty()) {
        done(false, refusal);
        return;
    }
    const QStringList fields = Connections::secretFields(connection.kind);
    if (!typed.isEmpty()) {
        QStringList missing;
        for (const QString& field : fields) {
            if (!typed.contains(field))
                missing.append(Connections::secretFieldLabel(field).toLower());
        }
        if (!missing.isEmpty()) {
            done(false,
                QCoreApplication::translate("ConnectionsPage",
                    "To test with what you typed, enter every secret (%1 missing): saved secrets are never mixed "
                    "with typed ones. Or clear the typed ones to test the saved connection.")
                    .arg(missing.join(u", "_s)));
            return;
        }
        m_tester->test(connection, typed, std::move(done));
        return;
    }
    if (connection.id <= 0) {
        done(false, QCoreApplication::translate("ConnectionsPage", "Enter the secrets to test this connection."));
        return;
    }
    const auto saved = Connections::find(m_door.db(), connection.id);
    if (!saved) {
        done(false, QCoreApplication::translate("ConnectionsPage", "This connection no longer exists."));
        return;
    }
    if (SecretCache::originOf(QUrl(saved->url)) != SecretCache::originOf(QUrl(connection.url))) {
        done(false,
            QCoreApplication::translate(
                "ConnectionsPage", "The saved secrets are only ever sent to %1. To try %2, enter its secrets too.")
                .arg(SecretCache::originOf(QUrl(saved->url)), SecretCache::originOf(QUrl(connection.url))));
        return;
    }
    QHash<QString, QString> secrets;
    for (const QString& field : fields) {
        QString error;
        const auto stored = m_runtime->secrets()->resolveFor(
            Connections::secretRef(saved->id, field), QUrl(saved->url), Connections::secretPrefix(saved->id), &error);
        if (!stored) {
            done(false, error);
            return;
        }
        secrets.insert(field, *stored);
    }
    Connections::Connection tried = connection;
    tried.url = saved->url;
    m_tester->test(tried, secrets, std::move(done));
}
