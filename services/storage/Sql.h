#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <stdexcept>

// Small helpers over Qt Sql. Inside services, database failures are thrown as SqlError and caught at
// the service boundary (a slot, a job step), where they become a readable error; a Transaction rolls
// back on the way out.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString& message, const QString& nativeCode = {});
    QString message() const { return m_message; }
    // The engine's own code: SQLite's result code, PostgreSQL's SQLSTATE.
    QString nativeCode() const { return m_nativeCode; }
    // True when the database was busy (SQLite's "database is locked", a PostgreSQL lock timeout,
    // deadlock or serialization failure): the caller may retry.
    bool isBusy() const;
    // True when a UNIQUE constraint refused the row.
    bool isUniqueViolation() const;

private:
    QString m_message;
    QString m_nativeCode;
};

namespace Sql
{

// Prepares sql, binds positional values, executes, throws SqlError on failure. A null QString binds
// as '' (Qt would bind it as NULL); pass an invalid QVariant() to store NULL.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// First column of the first row, or defaultValue when there is no row.
QVariant scalar(
    const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}, const QVariant& defaultValue = {});
qint64 insert(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// Whether a Transaction is open on this connection.
bool inTransaction(const QSqlDatabase& db);
// Rows changed by the statement.
int update(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// A statement run very often (the queue's claim and completion): on PostgreSQL prepared on the server
// once per connection (PREPARE, then EXECUTE with the values as literals), so it is planned once instead
// of at every run; on SQLite the same as exec().
QSqlQuery execCached(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// A value as an SQL literal of db's engine (PostgreSQL statements are sent with their values in).
QString literal(const QSqlDatabase& db, const QVariant& value);
// Escapes % _ and \ for LIKE ... ESCAPE '\'.
QString likePattern(const QString& text);
// "?, ?, ?" for IN lists.
QString placeholders(qsizetype count);
// "12, 13, 17": row ids written into an IN list (integers we format, so nothing to inject). For
// hundreds of ids this is much cheaper than binding each (see insertRows).
QString idList(const QList<qint64>& ids);
// Inserts many rows with multi-row VALUES statements of a few hundred bound values each (bulk work:
// queuing thousands of runs). head is "INSERT ... VALUES ", row is one row's "(?, ?, 'x', ?)";
// values holds one row's values after another; tail follows the rows (" ON CONFLICT DO NOTHING").
// Returns the rows inserted.
int insertRows(const QSqlDatabase& db, const QString& head, const QString& row, const QVariantList& values,
    const QString& tail = {});

// A statement prepared once and run many times (bulk work: imports, queuing thousands of jobs), with
// the same binding rules and errors as exec(). Lives on one connection's thread.
class Prepared
{
public:
    // An INSERT into a table with an id column returns the new row's id (for insert()); pass
    // withId = false where only the count matters (PostgreSQL cannot count rows it returns one by one).
    Prepared(const QSqlDatabase& db, const QString& sql, bool withId = true);
    QSqlQuery& exec(const QVariantList& binds);
    QVariant scalar(const QVariantList& binds); // first column of the first row, or invalid
    qint64 insert(const QVariantList& binds);   // the new row's id

private:
    QSqlQuery m_query;
    QString m_sql;
    QSqlDatabase m_db;
};

// insertRows with its statements prepared once, for a writer that inserts rows of one shape again and
// again (a store's pages of orders). Lives on one connection's thread.
class Rows
{
public:
    Rows(const QSqlDatabase& db, const QString& head, const QString& row, const QString& tail = {});
    int insert(const QVariantList& values);

private:
    Prepared& statement(qsizetype rows);

    QSqlDatabase m_db;
    QString m_head;
    QString m_row;
    QString m_tail;
    qsizetype m_perRow;
    qsizetype m_rowsPerStatement;
    std::map<qsizetype, Prepared> m_statements; // by rows
};

} // namespace Sql

class WriteGate;

// RAII write transaction. SQLite: BEGIN IMMEDIATE takes the write lock up front, so a transaction
// never fails half-way on a read-to-write upgrade (busy_timeout does not cover that case).
// Durable transactions also switch synchronous to FULL for their commit (audit and decisions).
// Transactions nest: inside another one on the same connection a Transaction is a savepoint, which
// rolls back alone and commits with the outer transaction. Within the process, outermost write
// transactions on one file take turns (first come, first served), so a long series of batches on
// one thread cannot starve a click on another.
class Transaction
{
public:
    enum Durability
    {
        Normal,
        Durable
    };
    enum Wait
    {
        WaitForTurn, // queue for the write lock
        IfFree,      // only when no other write holds or waits for it; else SqlError (busy)
        RowLocks     // PostgreSQL: no workspace write lock, the statements lock their rows (the queue's
                     // claims); on SQLite the same as WaitForTurn
    };
    // A write that reads and writes only one subject's rows (a product's pieces, versions, verdicts,
    // stage and review proposal, and its jobs). PostgreSQL: the workspace write lock is taken shared and
    // the subject's own lock exclusive, so writes for different subjects run side by side while a
    // workspace-wide write (the lock exclusive) still runs alone; the audit chain takes a lock of its own
    // (AuditLog::append). SQLite: the same as WaitForTurn.
    struct Subject
    {
        enum Kind : int
        {
            Product = 1,
        };
        Kind kind;
        qint64 id;
    };
    // The advisory lock key of a PostgreSQL workspace's writes ("quorum" in ASCII).
    static constexpr qint64 kWorkspaceWriteLock = 0x71756f72756d;
    // The audit chain's own lock ("qaudit"): appends take turns even between subject writes.
    static constexpr qint64 kAuditLock = 0x716175646974;
    explicit Transaction(const QSqlDatabase& db, Durability durability = Normal, Wait wait = WaitForTurn);
    Transaction(const QSqlDatabase& db, Subject subject);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    void begin(Wait wait, const Subject* subject);
    void beginOnServer(Wait wait, const Subject* subject);

    QSqlDatabase m_db;
    Durability m_durability;
    int m_depth = 0; // 0: the outermost transaction
    bool m_open = false;
    WriteGate* m_gate = nullptr; // this process's queue for the file's write lock
};
