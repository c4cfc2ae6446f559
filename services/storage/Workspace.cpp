#include "Workspace.h"

#include "Connection.h"
#include "Migrator.h"
#include "Settings.h"
#include "Sql.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    ws->m_connection = std::make_unique<Connection>(ws->databasePath(), u"main"_s);
    if (!ws->m_connection->isOpen()) {
        *error = QCoreApplication::translate("Workspace", "Cannot open the workspace database %1: %2")
                     .arg(ws->databasePath(), ws->m_connection->errorString());
        return nullptr;
    }
    if (!Migrator::migrate(ws->db(), error))
        return nullptr;
    qCInfo(lcStorage) << "workspace open:" << root << "schema" << Migrator::currentVersion(ws->db());
    return ws;
}

Workspace::~Workspace() = default;

QString Workspace::databasePath() const
{
    return QDir(m_root).filePath(u"quorum.db"_s);
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
