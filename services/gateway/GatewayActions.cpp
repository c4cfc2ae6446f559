#include "GatewayActions.h"

#include "GatewayHost.h"
#include "core/Clock.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

GatewayActions::GatewayActions(const ChangeDoor& door, GatewayHost* host, const QString& machine, QObject* parent)
    : QObject(parent)
    , m_door(door)
    , m_host(host)
    , m_machine(machine)
{
    if (m_host) {
        connect(m_host, &GatewayHost::started, this, [this] {
            m_error.clear();
            emit statusChanged();
        });
        connect(m_host, &GatewayHost::failed, this, [this](const QString& error) {
            m_error = error;
            emit statusChanged();
        });
        connect(m_host, &GatewayHost::stopped, this, &GatewayActions::statusChanged);
        connect(m_host, &GatewayHost::clientsChanged, this, &GatewayActions::statusChanged);
    }
}

GatewaySettings::Set GatewayActions::settings() const
{
    return GatewaySettings::load(m_door.db());
}

bool GatewayActions::save(const GatewaySettings::Set& settings, QString* error)
{
    if (const QString why = GatewaySettings::validate(settings); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!m_door.change(
            {u"settings.gateway"_s, u"gateway"_s, GatewaySettings::toJson(settings)},
            [&](const QSqlDatabase& db) { GatewaySettings::save(db, settings); }, error))
        return false;
    // The process that hosts the gateway applies the change (WorkspaceSession, told by the bus).
    m_error.clear();
    emit changed();
    emit statusChanged();
    return true;
}

QList<AgentKeys::ExternalAgent> GatewayActions::agents() const
{
    return AgentKeys::agents(m_door.db());
}

QList<AgentKeys::Key> GatewayActions::keys(const QString& agent) const
{
    return AgentKeys::keys(m_door.db(), agent);
}

QString GatewayActions::registerAgent(const AgentKeys::Registration& registration, QString* error)
{
    if (const QString why = AgentKeys::whyNot(m_door.db(), registration); !why.isEmpty()) {
        *error = why;
        return {};
    }
    QString key;
    QJsonObject details{{u"agent"_s, registration.name.trimmed()}, {u"cluster"_s, registration.cluster},
        {u"may_propose"_s, QJsonArray::fromStringList(registration.mayPropose)},
        {u"daily_proposals"_s, registration.dailyLimit}};
    if (!m_door.change(
            {u"gateway.agent_registered"_s, u"agent:%1"_s.arg(registration.name.trimmed()), details,
                EventBus::Topic::Agents},
            [&](const QSqlDatabase& db) {
                key = AgentKeys::registerAgent(db, registration, m_door.actor(), m_door.clock()->nowMs());
            },
            error))
        return {};
    emit changed();
    return key;
}

QString GatewayActions::issueKey(const QString& agent, QString* error)
{
    if (!AgentKeys::agent(m_door.db(), agent)) {
        *error = QCoreApplication::translate("GatewayActions", "No external agent is called %1.").arg(agent);
        return {};
    }
    QString key;
    if (!m_door.change(
            {u"gateway.key_issued"_s, u"agent:%1"_s.arg(agent), {{u"agent"_s, agent}}, EventBus::Topic::Agents},
            [&](const QSqlDatabase& db) { key = AgentKeys::issue(db, agent, m_door.actor(), m_door.clock()->nowMs()); },
            error))
        return {};
    emit changed();
    return key;
}

bool GatewayActions::revokeKey(qint64 keyId, QString* error)
{
    bool revoked = false;
    if (!m_door.change(
            {u"gateway.key_revoked"_s, u"gateway_key:%1"_s.arg(keyId), {{u"key_id"_s, keyId}}, EventBus::Topic::Agents},
            [&](const QSqlDatabase& db) {
                revoked = AgentKeys::revoke(db, keyId, m_door.actor(), m_machine, m_door.clock()->nowMs());
                if (!revoked)
                    throw SqlError(
                        QCoreApplication::translate("GatewayActions", "That key is unknown or revoked already."));
            },
            error))
        return false;
    if (m_host)
        m_host->closeKey(keyId);
    emit changed();
    return true;
}

GatewayActions::Status GatewayActions::status() const
{
    Status s;
    s.error = m_error;
    s.elsewhere = m_host == nullptr;
    if (m_host && m_host->isRunning()) {
        s.listening = true;
        QUrl url = m_host->url();
        url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
        url.setPath(u"/v1/ws"_s);
        s.url = url.toString();
        s.clients = m_host->clients();
    }
    return s;
}
