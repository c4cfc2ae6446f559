#include "Users.h"

#include "audit/AuditLog.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Users
{

QString roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return u"owner"_s;
    case Role::Approver:
        return u"approver"_s;
    case Role::Viewer:
        break;
    }
    return u"viewer"_s;
}

Role roleFromKey(const QString& key)
{
    if (key == u"owner")
        return Role::Owner;
    if (key == u"approver")
        return Role::Approver;
    return Role::Viewer;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("Users", "Owner");
    case Role::Approver:
        return QCoreApplication::translate("Users", "Approver");
    case Role::Viewer:
        break;
    }
    return QCoreApplication::translate("Users", "Viewer");
}

namespace
{
User fromRow(const QSqlQuery& q)
{
    return User{
        q.value(0).toLongLong(), q.value(1).toString(), roleFromKey(q.value(2).toString()), q.value(3).toBool()};
}
} // namespace

QList<User> all(const QSqlDatabase& db)
{
    QSqlQuery q = Sql::exec(db, u"SELECT id, name, role, active FROM users ORDER BY name COLLATE NOCASE"_s);
    QList<User> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<User> find(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q = Sql::exec(db, u"SELECT id, name, role, active FROM users WHERE name = ?"_s, {name});
    if (q.next())
        return fromRow(q);
    return std::nullopt;
}

User signIn(const QSqlDatabase& db, const QString& name, qint64 now, bool everyoneOwns)
{
    if (const auto known = find(db, name))
        return *known;
    Transaction tx(db);
    // Checked again inside the write lock: two first sessions cannot both become owner. A workspace
    // without an owner (new, or a demo that only lists colleagues) makes its first person the owner.
    const bool first = everyoneOwns
        || Sql::scalar(db, u"SELECT COUNT(*) FROM users WHERE role = 'owner' AND active = 1"_s).toInt() == 0;
    if (!first) {
        tx.commit();
        return User{0, name, Role::Viewer, true};
    }
    const qint64 id
        = Sql::insert(db, u"INSERT INTO users (name, role, created_at) VALUES (?, 'owner', ?)"_s, {name, now});
    AuditLog::append(db, now, name, u"user.added"_s, u"user:%1"_s.arg(name),
        QJsonObject{{u"title"_s, name}, {u"role"_s, u"owner"_s},
            {u"note"_s, everyoneOwns ? u"demo workspace: everyone owns it"_s : u"first owner of the workspace"_s}});
    tx.commit();
    return User{id, name, Role::Owner, true};
}

bool save(const QSqlDatabase& db, const User& actor, const User& user, qint64 now, QString* error)
{
    if (!actor.isOwner()) {
        *error = QCoreApplication::translate("Users", "Only an owner can add users or change roles.");
        return false;
    }
    if (user.name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Users", "Give the user a name.");
        return false;
    }
    Transaction tx(db, Transaction::Durable);
    const auto existing = find(db, user.name.trimmed());
    const bool demotesOwner = existing && existing->isOwner() && (user.role != Role::Owner || !user.active);
    if (demotesOwner
        && Sql::scalar(db, u"SELECT COUNT(*) FROM users WHERE role = 'owner' AND active = 1"_s).toInt() <= 1) {
        *error = QCoreApplication::translate("Users", "%1 is the only owner; make someone else owner first.")
                     .arg(user.name);
        return false;
    }
    if (existing)
        Sql::exec(db, u"UPDATE users SET role = ?, active = ? WHERE id = ?"_s,
            {roleKey(user.role), user.active ? 1 : 0, existing->id});
    else
        Sql::exec(db, u"INSERT INTO users (name, role, active, created_at) VALUES (?, ?, ?, ?)"_s,
            {user.name.trimmed(), roleKey(user.role), user.active ? 1 : 0, now});
    AuditLog::append(db, now, actor.name, existing ? u"user.changed"_s : u"user.added"_s, u"user:%1"_s.arg(user.name),
        QJsonObject{{u"title"_s, user.name}, {u"role"_s, roleKey(user.role)}, {u"active"_s, user.active}});
    tx.commit();
    return true;
}

QString whyNot(const User& user, const QStringList& approverRoles, const QString& proposedBy)
{
    if (!user.active)
        return QCoreApplication::translate("Users", "%1's profile is not active.").arg(user.name);
    if (user.role == Role::Viewer)
        return QCoreApplication::translate("Users", "Viewers can look but not decide.");
    if (!approverRoles.contains(roleKey(user.role))) {
        QStringList names;
        for (const QString& r : approverRoles)
            names.append(roleDisplayName(roleFromKey(r)).toLower());
        return QCoreApplication::translate("Users", "Only these roles may decide this: %1.").arg(names.join(u", "_s));
    }
    if (!proposedBy.isEmpty() && proposedBy.compare(user.name, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Users", "Nobody decides their own proposal.");
    return {};
}

} // namespace Users

UserSession::UserSession(const Users::User& user, const QString& machine, QObject* parent)
    : QObject(parent)
    , m_user(user)
    , m_machine(machine)
    , m_login(user.name)
{ }

bool UserSession::maySwitchTo(const QSqlDatabase& db, const QString& name) const
{
    if (name.compare(m_login, Qt::CaseInsensitive) == 0)
        return true;
    const auto login = Users::find(db, m_login);
    return login && login->isOwner();
}

QString UserSession::whyViewer() const
{
    if (m_user.canDecide())
        return {};
    return QCoreApplication::translate("PipelineActions", "%1 is a viewer: viewers see everything and change nothing.")
        .arg(m_user.name);
}

void UserSession::setUser(const Users::User& user)
{
    m_user = user;
    emit changed(user);
}
