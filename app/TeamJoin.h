#pragma once

#include "dialogs/TeamWorkspaceDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

// "Join a team workspace": the dialog, a connection tried off the GUI thread (the server may take up to
// its connect timeout to answer), and on success the folder made the team's (team.json) and the password
// put in the keychain. joined() names the folder to open; a keychain that would not keep the password is
// said through keychainProblem() (the workspace opens all the same: the password is asked again next time).
class TeamJoin final : public QObject
{
    Q_OBJECT
public:
    explicit TeamJoin(QObject* parent = nullptr);

    // Opens the dialog (one at a time), filled in with prefill and showing error when not empty.
    void start(const TeamWorkspaceDialog::Server& prefill, const QString& error, QWidget* parent);
    TeamWorkspaceDialog* dialog() const { return m_dialog; }

signals:
    void joined(const QString& folder);
    void cancelled();
    void keychainProblem(const QString& message);

private:
    void tryToConnect(const TeamWorkspaceDialog::Server& server);

    QPointer<TeamWorkspaceDialog> m_dialog;
};
