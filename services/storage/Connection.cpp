#include "Connection.h"

#include "Sql.h"
#include "core/Log.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace
{
QAtomicInteger<quint64> g_counter;
}

Connection::Connection(const QString& databasePath, const QString& purpose)
    : m_path(databasePath)
    , m_name(u"quorum-%1-%2"_s.arg(purpose).arg(g_counter.fetchAndAddRelaxed(1)))
    , m_thread(QThread::currentThread())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(databasePath);
    // The driver's own busy handler waits up to 10 s for the write lock instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        qCWarning(lcStorage) << "cannot open" << databasePath << ":" << m_error;
        return;
    }
    try {
        Sql::exec(db, u"PRAGMA journal_mode = WAL"_s);
        Sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
        Sql::exec(db, u"PRAGMA synchronous = NORMAL"_s);
        Sql::exec(db, u"PRAGMA busy_timeout = 10000"_s);
        Sql::exec(db, u"PRAGMA temp_store = MEMORY"_s);
        // 32 MB of page cache (SQLite's default is 2 MB): bulk work on a large catalog otherwise
        // re-reads the same index pages from the write-ahead log, and pages are only held as used.
        Sql::exec(db, u"PRAGMA cache_size = -32768"_s);
        m_open = true;
    } catch (const SqlError& e) {
        m_error = e.message();
        qCWarning(lcStorage) << "cannot configure" << databasePath << ":" << m_error;
    }
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::db() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Connection::db", "a Qt Sql connection used from another thread");
    return QSqlDatabase::database(m_name, false);
}
