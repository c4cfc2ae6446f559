#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Local user profiles and their roles. Owners decide anything and manage users, rules and the
// emergency stop; approvers decide what the rules let them; viewers see everything and change
// nothing. Nobody decides their own proposal.
namespace Users
{

enum class Role
{
    Owner,
    Approver,
    Viewer
};

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
    bool active = true;

    bool isOwner() const { return active && role == Role::Owner; }
    bool canDecide() const { return active && role != Role::Viewer; }
};

QString roleKey(Role role);
Role roleFromKey(const QString& key);
QString roleDisplayName(Role role);

QList<User> all(const QSqlDatabase& db);
std::optional<User> find(const QSqlDatabase& db, const QString& name);
// The profile for a session: the named user when known; the first person to open a workspace
// becomes its owner; anyone else may look but not decide until an owner adds them. In the demo
// workspace (everyoneOwns) every newcomer is an owner, so everything can be tried.
User signIn(const QSqlDatabase& db, const QString& name, qint64 now, bool everyoneOwns = false);
// Adds or changes a user (owners only; the last owner stays an owner). Audited.
bool save(const QSqlDatabase& db, const User& actor, const User& user, qint64 now, QString* error);
// Why user may not decide a proposal with these approver roles proposed by proposedBy; empty if they may.
QString whyNot(const User& user, const QStringList& approverRoles, const QString& proposedBy);

} // namespace Users

// The person using this desktop: changes when someone switches user. Lives in the GUI thread.
class UserSession final : public QObject
{
    Q_OBJECT
public:
    explicit UserSession(const Users::User& user, const QString& machine, QObject* parent = nullptr);
    const Users::User& user() const { return m_user; }
    QString name() const { return m_user.name; }
    QString machine() const { return m_machine; }
    // The profile of the account that started this session. Anyone may go back to it; only an owner
    // may act as another profile (to try roles, or at a shared desk). Switching is audited by the caller.
    QString login() const { return m_login; }
    bool maySwitchTo(const QSqlDatabase& db, const QString& name) const;
    void setUser(const Users::User& user);
    // Why this person may change nothing (a viewer), or empty: one sentence for every facade.
    QString whyViewer() const;

signals:
    void changed(const Users::User& user);

private:
    Users::User m_user;
    QString m_machine;
    QString m_login;
};
