#pragma once

#include <QSqlDatabase>
#include <QString>

class QThread;

// A named database connection owned by the thread that creates it. Qt Sql connections must not cross
// threads, so every worker creates its own Connection inside its thread and the GUI thread has one
// for the models. The location is a SQLite file (configured for concurrent use: WAL, foreign keys,
// busy timeout) or a team workspace's postgresql:// URL (see Dialect). The connection is removed when
// the Connection is destroyed.
class Connection
{
public:
    Connection(const QString& databasePath, const QString& purpose);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    // The connection; asserts in debug builds that it is used from its own thread.
    QSqlDatabase db() const;

    // The password of a team workspace's server, for every connection this process opens to it.
    static void setPassword(const QString& location, const QString& password);
    // PostgreSQL: opens the connection again after the server went away (restarted, the network cut),
    // with its session's settings; false with *error while the server is still gone. Called by the
    // statement that found it lost (Sql), on the connection's own thread.
    static bool reopen(const QSqlDatabase& db, QString* error);

private:
    void openServer(const QString& purpose);
    // The session's settings; the error, empty when all were taken.
    static QString configureServerSession(const QSqlDatabase& db);

    QString m_path;
    QString m_name;
    QString m_error;
    QThread* m_thread = nullptr;
    bool m_open = false;
};
