#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class Connection;

// A workspace is a folder: quorum.db (SQLite, WAL) plus images/, sites/, logs/ and exports/. A team
// workspace's folder holds team.json instead of quorum.db: the PostgreSQL server and database that the
// team shares ({"server": "postgresql://user@host:5432/database"}; the password in the keychain).
// Opening one creates what is missing and brings the schema up to date. The Workspace owns the
// connection of the thread that opened it (the GUI thread); workers open their own.
class Workspace
{
public:
    static std::unique_ptr<Workspace> open(const QString& directory, QString* error);
    ~Workspace();

    // Makes directory a team workspace's folder on server (a postgresql:// URL).
    static bool writeTeamFile(const QString& directory, const QString& server, QString* error);
    static QString teamFileName() { return QStringLiteral("team.json"); }

    QString root() const { return m_root; }
    // The database's location: quorum.db's path, or the team workspace's postgresql:// URL.
    QString databasePath() const;
    bool isTeam() const { return !m_server.isEmpty(); }
    QString imagesDir() const;
    QString sitesDir() const;
    QString logsDir() const;
    QString exportsDir() const;
    QString displayName() const;

    QSqlDatabase db() const;
    bool isDemo() const;
    void markAsDemo();
    bool hasProducts() const;
    // The server a team file names (nothing when the file does not exist); false with *error when it
    // names none.
    static bool readTeamFile(const QString& path, QString* server, QString* error);
    // Whether the folder holds a workspace: its database (quorum.db) or a team file naming the server.
    static bool holdsWorkspace(const QString& directory);

private:
    Workspace() = default;

    QString m_root;
    QString m_server;
    std::unique_ptr<Connection> m_connection;
};
