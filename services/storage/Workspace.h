#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class Connection;

// A workspace is a folder: quorum.db (SQLite, WAL) plus images/, sites/, logs/ and exports/.
// Opening one creates what is missing and brings the schema up to date. The Workspace owns the
// connection of the thread that opened it (the GUI thread); workers open their own.
class Workspace
{
public:
    static std::unique_ptr<Workspace> open(const QString& directory, QString* error);
    ~Workspace();

    QString root() const { return m_root; }
    QString databasePath() const;
    QString imagesDir() const;
    QString sitesDir() const;
    QString logsDir() const;
    QString exportsDir() const;
    QString displayName() const;

    QSqlDatabase db() const;
    bool isDemo() const;
    void markAsDemo();
    bool hasProducts() const;

private:
    Workspace() = default;
    QString m_root;
    std::unique_ptr<Connection> m_connection;
};
