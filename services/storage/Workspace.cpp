#include "Workspace.h"

#include "Connection.h"
#include "Dialect.h"
#include "Migrator.h"
#include "Settings.h"
#include "Sql.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

std::unique_ptr<Workspace> Workspace::open(const QString& directory, QString* error)
{
    const QString root = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    QFileInfo info(root);
    if (info.exists() && !info.isDir()) {
        *error
            = QCoreApplication::translate("Workspace", "%1 is a file, not a folder. Choose a folder for the workspace.")
                  .arg(root);
        return nullptr;
    }
    QDir dir(root);
    for (const QString& sub : {u"images"_s, u"sites"_s, u"logs"_s, u"exports"_s}) {
        if (!dir.mkpath(sub)) {
            *error = QCoreApplication::translate("Workspace", "Cannot create the folder %1. Check that it is writable.")
                         .arg(dir.filePath(sub));
            return nullptr;
        }
    }
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_root = root;
    if (!readTeamFile(dir.filePath(teamFileName()), &ws->m_server, error))
        return nullptr;
    ws->m_connection = std::make_unique<Connection>(ws->databasePath(), u"main"_s);
    if (!ws->m_connection->isOpen()) {
        *error = ws->isTeam()
            ? QCoreApplication::translate("Workspace", "Cannot reach the team workspace's database server %1: %2")
                  .arg(Dialect::displayLocation(ws->m_server), ws->m_connection->errorString())
            : QCoreApplication::translate("Workspace", "Cannot open the workspace database %1: %2")
                  .arg(ws->databasePath(), ws->m_connection->errorString());
        return nullptr;
    }
    if (!Migrator::migrate(ws->db(), error))
        return nullptr;
    qCInfo(lcStorage) << "workspace open:" << root << "schema" << Migrator::currentVersion(ws->db());
    return ws;
}

Workspace::~Workspace() = default;

bool Workspace::readTeamFile(const QString& path, QString* server, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    QJsonParseError parseError;
    const QJsonObject o = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError).object()
                                                         : QJsonObject();
    const QString url = o.value(u"server"_s).toString();
    if (!Dialect::isServerLocation(url) || !QUrl(url).isValid() || QUrl(url).path().size() < 2) {
        *error = QCoreApplication::translate("Workspace",
            "%1 does not name a team workspace's server (expected {\"server\": "
            "\"postgresql://user@host:5432/database\"}).")
                     .arg(path);
        return false;
    }
    *server = url;
    return true;
}

bool Workspace::writeTeamFile(const QString& directory, const QString& server, QString* error)
{
    if (!Dialect::isServerLocation(server)) {
        *error = QCoreApplication::translate("Workspace", "%1 is not a postgresql:// address.").arg(server);
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("Workspace", "Cannot create the folder %1. Check that it is writable.")
                     .arg(directory);
        return false;
    }
    // The password stays out of the file (the keychain holds it).
    const QJsonObject o{{u"server"_s, Dialect::displayLocation(server)}};
    QSaveFile file(QDir(directory).filePath(teamFileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error
            = QCoreApplication::translate("Workspace", "Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool Workspace::holdsWorkspace(const QString& directory)
{
    const QDir dir(directory);
    return QFileInfo::exists(dir.filePath(u"quorum.db"_s)) || QFileInfo::exists(dir.filePath(teamFileName()));
}

QString Workspace::databasePath() const
{
    return isTeam() ? m_server : QDir(m_root).filePath(u"quorum.db"_s);
}

QString Workspace::imagesDir() const
{
    return QDir(m_root).filePath(u"images"_s);
}

QString Workspace::sitesDir() const
{
    return QDir(m_root).filePath(u"sites"_s);
}

QString Workspace::logsDir() const
{
    return QDir(m_root).filePath(u"logs"_s);
}

QString Workspace::exportsDir() const
{
    return QDir(m_root).filePath(u"exports"_s);
}

QString Workspace::displayName() const
{
    const QString name = Settings::value(db(), u"workspace.name"_s);
    return name.isEmpty() ? QDir(m_root).dirName() : name;
}

QSqlDatabase Workspace::db() const
{
    return m_connection->db();
}

bool Workspace::isDemo() const
{
    return Settings::boolValue(db(), u"workspace.demo"_s, false);
}

void Workspace::markAsDemo()
{
    Settings::setValue(db(), u"workspace.demo"_s, u"1"_s);
}

bool Workspace::hasProducts() const
{
    return Sql::scalar(db(), u"SELECT EXISTS(SELECT 1 FROM products)"_s).toBool();
}
