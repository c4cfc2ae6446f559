#include "Connection.h"

#include "Dialect.h"
#include "Sql.h"
#include "core/Log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <mutex>

using namespace Qt::StringLiterals;

namespace
{
QAtomicInteger<quint64> g_counter;
// Team workspaces' passwords as the desktop read them from the keychain, for the connections its
// workers open (by location without the password).
std::mutex g_passwordsMutex;
QHash<QString, QString> g_passwords;
} // namespace

Connection::Connection(const QString& databasePath, const QString& purpose)
    : m_path(databasePath)
    , m_name(u"quorum-%1-%2"_s.arg(purpose).arg(g_counter.fetchAndAddRelaxed(1)))
    , m_thread(QThread::currentThread())
{
    if (Dialect::isServerLocation(databasePath)) {
        openServer(purpose);
        return;
    }
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

void Connection::setPassword(const QString& location, const QString& password)
{
    const std::lock_guard lock(g_passwordsMutex);
    g_passwords[Dialect::displayLocation(location)] = password;
}

void Connection::openServer(const QString& purpose)
{
    const QUrl url(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    if (!db.isValid()) {
        m_error = QCoreApplication::translate("Connection",
            "This installation cannot reach PostgreSQL: its Qt driver is missing (Debian: libqt6sql6-psql).");
        return;
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    QString password = url.password();
    if (password.isEmpty()) {
        const std::lock_guard lock(g_passwordsMutex);
        password = g_passwords.value(Dialect::displayLocation(m_path));
    }
    // Without a password here, libpq looks in PGPASSWORD and ~/.pgpass as usual (a server's worker).
    if (!password.isEmpty())
        db.setPassword(password);
    const QUrlQuery query(url);
    QStringList options{u"connect_timeout=5"_s, u"application_name=quorum-%1"_s.arg(purpose)};
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        // What the server or libpq said (without the driver's own "QPSQL: Unable to connect").
        const QSqlError e = db.lastError();
        m_error = (e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText()).trimmed();
        qCWarning(lcStorage) << "cannot open" << Dialect::displayLocation(m_path) << ":" << m_error;
        return;
    }
    m_error = configureServerSession(db);
    m_open = m_error.isEmpty();
    if (!m_open)
        qCWarning(lcStorage) << "cannot configure" << Dialect::displayLocation(m_path) << ":" << m_error;
}

QString Connection::configureServerSession(const QSqlDatabase& db)
{
    // A desktop that stops half-way (a laptop closed mid-transaction) must not hold locks or pin the
    // server's clean-up: an idle transaction is ended after 30 s and no statement runs longer than 5
    // minutes. Days are counted in this machine's time zone, as on SQLite. Sent as they are (not through
    // Sql, which makes a lost connection again with these very statements).
    QStringList statements{u"SET idle_in_transaction_session_timeout = '30s'"_s, u"SET statement_timeout = '300s'"_s,
        u"SET client_min_messages = warning"_s};
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!zone.isEmpty())
        statements.append(u"SELECT set_config('TimeZone', %1, false)"_s.arg(Sql::literal(db, zone)));
    for (const QString& statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return q.lastError().text();
    }
    return {};
}

bool Connection::reopen(const QSqlDatabase& db, QString* error)
{
    if (!Dialect::isPostgres(db))
        return false;
    QSqlDatabase again = db;
    again.close();
    if (!again.open()) {
        const QSqlError e = again.lastError();
        *error = (e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText()).trimmed();
        return false;
    }
    *error = configureServerSession(again);
    if (!error->isEmpty())
        return false;
    qCInfo(lcStorage) << "connection" << db.connectionName() << "made again to" << db.hostName();
    return true;
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
