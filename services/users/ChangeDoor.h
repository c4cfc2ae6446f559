#pragma once

#include "core/EventBus.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class Clock;
class UserSession;

// The one door for a person's change to how the workspace works: AI providers, prompts, the brand
// profile, pipeline tuning, connections. It checks that the session's user may change settings
// (owners do; approvers and viewers look), writes the change and its audit entry in one durable
// transaction, and tells the views what changed. Every settings facade goes through it, so no
// setting changes without a name in the audit trail.
class ChangeDoor
{
public:
    ChangeDoor(const QSqlDatabase& db, const Clock* clock, EventBus* bus, const UserSession* session);

    struct Change
    {
        QString action;      // "settings.providers", "settings.brand", ...
        QString subject;     // "provider:openai", "brand", ...
        QJsonObject details; // what changed (never a secret)
        EventBus::Topic topic = EventBus::Topic::Settings;
    };

    // Why the session's user may not change settings now, or empty.
    QString whyNot() const;
    bool mayChange() const { return whyNot().isEmpty(); }
    // Runs write(db) and the audit entry in one transaction. False with a readable *error when the
    // person may not, or when the write fails (nothing is written then).
    bool change(const Change& change, const std::function<void(const QSqlDatabase&)>& write, QString* error);

    const QSqlDatabase& db() const { return m_db; }
    const Clock* clock() const { return m_clock; }
    EventBus* bus() const { return m_bus; }
    QString actor() const;

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
    EventBus* m_bus;
    const UserSession* m_session;
};
