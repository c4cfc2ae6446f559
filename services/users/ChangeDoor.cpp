#include "ChangeDoor.h"

#include "Users.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QCoreApplication>

ChangeDoor::ChangeDoor(const QSqlDatabase& db, const Clock* clock, EventBus* bus, const UserSession* session)
    : m_db(db)
    , m_clock(clock)
    , m_bus(bus)
    , m_session(session)
{ }

QString ChangeDoor::actor() const
{
    return m_session ? m_session->name() : QString();
}

QString ChangeDoor::whyNot() const
{
    if (!m_session)
        return QCoreApplication::translate("ChangeDoor", "Nobody is signed in to this workspace.");
    const Users::User& u = m_session->user();
    if (u.isOwner())
        return {};
    return QCoreApplication::translate("ChangeDoor", "Only an owner changes settings; %1 is %2 here.")
        .arg(u.name, Users::roleDisplayName(u.role).toLower());
}

bool ChangeDoor::change(const Change& c, const std::function<void(const QSqlDatabase&)>& write, QString* error)
{
    const QString refusal = whyNot();
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    try {
        Transaction tx(m_db, Transaction::Durable);
        write(m_db);
        QJsonObject details = c.details;
        details.insert(QStringLiteral("machine"), m_session->machine());
        AuditLog::append(m_db, m_clock->nowMs(), actor(), c.action, c.subject, details);
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot save" << c.action << c.subject << ":" << e.message();
        if (error)
            *error = QCoreApplication::translate("ChangeDoor", "Nothing was saved: %1").arg(e.message());
        return false;
    }
    if (m_bus) {
        m_bus->publishChanged(c.topic, {}, true);
        m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return true;
}
