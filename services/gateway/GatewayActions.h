#pragma once

#include "AgentKeys.h"
#include "GatewaySettings.h"
#include "users/ChangeDoor.h"

#include <QObject>

class GatewayHost;

// The approval gateway through the one door (owners): switch it on or off and where it listens, register
// external agents, give them keys (each shown once) and revoke keys (their connections close at once).
// Everyone may look at the agents and whether the gateway listens.
class GatewayActions final : public QObject
{
    Q_OBJECT

public:
    // host: this process's gateway; null where this process does not host it (a desk of a team workspace,
    // where `quorum serve` does).
    GatewayActions(const ChangeDoor& door, GatewayHost* host, const QString& machine, QObject* parent = nullptr);

    QString whyNot() const { return m_door.whyNot(); }
    GatewaySettings::Set settings() const;
    // Saves the settings (audited); the process that hosts the gateway starts, restarts or stops it to
    // match (on a solo desk this one; on a team workspace `quorum serve`).
    bool save(const GatewaySettings::Set& settings, QString* error);

    QList<AgentKeys::ExternalAgent> agents() const;
    QList<AgentKeys::Key> keys(const QString& agent = {}) const;
    // Registers the agent and returns its first key (shown once), or empty with *error.
    QString registerAgent(const AgentKeys::Registration& registration, QString* error);
    // Another key for the agent, or empty with *error.
    QString issueKey(const QString& agent, QString* error);
    bool revokeKey(qint64 keyId, QString* error);

    // How this desk's gateway is: listening (on url, with clients connected), off, or failed (why).
    struct Status
    {
        bool listening = false;
        QString url; // ws://127.0.0.1:8787/v1/ws
        int clients = 0;
        QString error;
        bool elsewhere = false; // this process does not host it (a team's server does)
    };
    Status status() const;

signals:
    void statusChanged();
    void changed();

private:
    ChangeDoor m_door;
    GatewayHost* m_host;
    QString m_machine;
    QString m_error;
};
