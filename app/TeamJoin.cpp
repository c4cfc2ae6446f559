#include "TeamJoin.h"

#include "core/Log.h"
#include "secrets/TeamPassword.h"
#include "storage/Connection.h"
#include "storage/Dialect.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

TeamJoin::TeamJoin(QObject* parent)
    : QObject(parent)
{ }

void TeamJoin::start(const TeamWorkspaceDialog::Server& prefill, const QString& error, QWidget* parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new TeamWorkspaceDialog(prefill, parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TeamWorkspaceDialog::connectRequested, this, &TeamJoin::tryToConnect);
    connect(m_dialog, &QDialog::rejected, this, &TeamJoin::cancelled);
    if (!error.isEmpty())
        m_dialog->showError(error);
    m_dialog->open();
}

void TeamJoin::tryToConnect(const TeamWorkspaceDialog::Server& server)
{
    const QString location = server.location();
    const QDir folder(server.folder);
    // The folder for the team's files: not another workspace's.
    if (QFileInfo::exists(folder.filePath(u"quorum.db"_s))) {
        m_dialog->showError(
            tr("%1 holds a workspace of its own (quorum.db). Choose another folder for the team's files, or move "
               "that workspace to the server with “quorum migrate-workspace”.")
                .arg(server.folder));
        return;
    }
    QString named, unreadable;
    if (Workspace::readTeamFile(folder.filePath(Workspace::teamFileName()), &named, &unreadable) && !named.isEmpty()
        && Dialect::displayLocation(named) != Dialect::displayLocation(location)) {
        m_dialog->showError(tr("%1 belongs to the team workspace on %2. Choose another folder.")
                                .arg(server.folder, Dialect::displayLocation(named)));
        return;
    }
    m_dialog->setBusy(true);
    const QString password = server.password;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, server, location, password] {
        watcher->deleteLater();
        const QString failed = watcher->result();
        if (!m_dialog)
            return;
        if (!failed.isEmpty()) {
            m_dialog->showError(tr("Cannot connect to %1: %2").arg(Dialect::displayLocation(location), failed));
            return;
        }
        QString error;
        if (!QDir().mkpath(server.folder) || !Workspace::writeTeamFile(server.folder, location, &error)) {
            m_dialog->showError(error.isEmpty() ? tr("Cannot create the folder %1.").arg(server.folder) : error);
            return;
        }
        if (!password.isEmpty())
            TeamPassword::write(location, password, this, [this](const QString& problem) {
                if (!problem.isEmpty()) {
                    qCWarning(lcApp) << "team password:" << problem;
                    emit keychainProblem(problem);
                }
            });
        qCInfo(lcApp) << "joined the team workspace on" << Dialect::displayLocation(location);
        m_dialog->accept();
        emit joined(server.folder);
    });
    // Off the GUI thread: an unreachable server takes its connect timeout (5 s) to say so.
    watcher->setFuture(QtConcurrent::run([location, password] {
        // What was typed this time, even nothing (a server that trusts this machine, or ~/.pgpass): a
        // password typed wrong before is not tried again.
        Connection::setPassword(location, password);
        const Connection probe(location, u"join"_s);
        return probe.isOpen() ? QString() : probe.errorString();
    }));
}
