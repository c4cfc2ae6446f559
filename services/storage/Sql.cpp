#include "Sql.h"

#include "Connection.h"
#include "Dialect.h"

#include "core/Deadline.h"
#include "core/Log.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

SqlError::SqlError(const QString& message, const QString& nativeCode)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_nativeCode(nativeCode)
{ }

bool SqlError::isBusy() const
{
    return Dialect::isBusyError(m_nativeCode, m_message);
}

bool SqlError::isUniqueViolation() const
{
    return Dialect::isUniqueViolation(m_nativeCode, m_message);
}

namespace
{
// How deep a connection's transactions are nested (defined with Transaction below).
int depthOf(const QSqlDatabase& db);
} // namespace

namespace Sql
{

namespace
{
void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // A null QString would be bound as SQL NULL; text columns want ''. Pass QVariant() for NULL.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.bindValue(static_cast<int>(i), u""_s);
        // Flags are integer columns (0/1) on both engines; PostgreSQL will not put a boolean in one.
        else if (v.metaType().id() == QMetaType::Bool)
            q.bindValue(static_cast<int>(i), v.toBool() ? 1 : 0);
        else
            q.bindValue(static_cast<int>(i), v);
    }
}

[[noreturn]] void fail(const QSqlError& e, const char* step, const QString& sql)
{
    throw SqlError(e.text() + u" ["_s + QLatin1StringView(step) + u": "_s + sql.simplified().left(160) + u']',
        e.nativeErrorCode());
}

// Whether a table has an id column (the schema is the same in every workspace: asked once per table).
bool hasIdColumn(const QSqlDatabase& db, const QString& table)
{
    static std::mutex mutex;
    static std::map<QString, bool> known;
    {
        const std::lock_guard lock(mutex);
        if (const auto it = known.find(table); it != known.end())
            return it->second;
    }
    const bool has = db.record(table).contains(u"id"_s);
    const std::lock_guard lock(mutex);
    known[table] = has;
    return has;
}

// PostgreSQL has no last insert id: an INSERT into a table with an id column returns it.
QString returningId(const QSqlDatabase& db, const QString& sql)
{
    if (!Dialect::isPostgres(db) || sql.contains(u"RETURNING"_s, Qt::CaseInsensitive))
        return sql;
    static const QRegularExpression insertInto(
        u"^\\s*INSERT\\s+INTO\\s+(\\w+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = insertInto.match(sql);
    if (!m.hasMatch() || !hasIdColumn(db, m.captured(1)))
        return sql;
    return sql + u" RETURNING id"_s;
}

qint64 insertedId(QSqlQuery& q, const QSqlDatabase& db)
{
    if (Dialect::isPostgres(db))
        return q.next() ? q.value(0).toLongLong() : 0;
    return q.lastInsertId().toLongLong();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// PostgreSQL: the statement as the server takes it, each `?` outside quotes replaced by what
// placeholder(n) gives for the n-th, and LIKE made ILIKE (SQLite's LIKE ignores case for ASCII,
// PostgreSQL's does not: the statements mean SQLite's). Returns how many placeholders there were.
int forServer(const QString& sql, const std::function<QString(int)>& placeholder, QString* out)
{
    out->reserve(sql.size() + 32);
    int next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            *out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if ((c == u'L' || c == u'l') && (i == 0 || !isWordChar(sql.at(i - 1))) && i + 4 <= n
            && QStringView(sql).mid(i, 4).compare(u"LIKE", Qt::CaseInsensitive) == 0
            && (i + 4 == n || !isWordChar(sql.at(i + 4)))) {
            *out += u"ILIKE"_s;
            i += 3;
            continue;
        }
        if (c == u'?')
            *out += placeholder(next++);
        else
            *out += c;
    }
    return next;
}

// The statement with its values written in as literals, escaped by the driver (what Qt's own
// PREPARE/EXECUTE does, in one round trip instead of three, and for statements PREPARE refuses: DDL,
// SET, BEGIN). Integers are quoted: an untyped literal takes the type of what it meets (a text column,
// a BIGINT, a JSON field), as a parameter of a prepared statement would.
QString withLiterals(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QString out;
    const int used = forServer(
        sql,
        [&](int n) -> QString {
            if (n >= binds.size())
                throw SqlError(
                    u"too few values for the statement's placeholders [%1]"_s.arg(sql.simplified().left(160)));
            return literal(db, binds.at(n));
        },
        &out);
    if (used != binds.size())
        throw SqlError(u"too many values for the statement's placeholders [%1]"_s.arg(sql.simplified().left(160)));
    return out;
}
} // namespace

QString literal(const QSqlDatabase& db, const QVariant& v)
{
    if (v.metaType().id() == QMetaType::QString && v.toString().isEmpty())
        return u"''"_s; // a null QString binds as '' (see exec)
    if (!v.isValid() || v.isNull())
        return u"NULL"_s;
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        // Untyped: a flag column takes it as 1 or 0, a condition (CASE WHEN ?) as true or false.
        return v.toBool() ? u"'1'"_s : u"'0'"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return u'\'' + v.toString() + u'\'';
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return u"NULL"_s;
        return QString::number(d, 'g', 17);
    }
    default:
        break;
    }
    QSqlField field(u"v"_s, v.metaType());
    field.setValue(v);
    return db.driver()->formatValue(field);
}

namespace
{
void forgetPrepared(const QString& connection);

// PostgreSQL: runs the statement; one that finds the connection lost (the server restarted, the network
// cut) makes it again. Outside a transaction the statement then runs again, once; inside one the error
// goes up (the transaction went with the connection; the caller's retry begins a new one).
QSqlQuery runOnServer(const QSqlDatabase& db, const QString& statement, const QString& sql, const char* step)
{
    if (!db.isOpen()) {
        // Closed by an earlier attempt to make it again while the server was still away.
        QString why;
        if (!Connection::reopen(db, &why))
            throw SqlError(
                u"the connection to the database server was lost and cannot be made again yet: %1 [%2]"_s.arg(
                    why, sql.simplified().left(160)),
                u"08006"_s);
        forgetPrepared(db.connectionName());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(statement))
        return q;
    const QSqlError lost = q.lastError();
    if (!Dialect::isConnectionLost(lost.nativeErrorCode(), lost.text()))
        fail(lost, step, sql);
    const bool inTransaction = depthOf(db) > 0;
    q = QSqlQuery();
    QString why;
    if (!Connection::reopen(db, &why))
        throw SqlError(u"the connection to the database server was lost and cannot be made again yet: %1 [%2]"_s.arg(
                           why, sql.simplified().left(160)),
            u"08006"_s);
    forgetPrepared(db.connectionName());
    if (inTransaction)
        throw SqlError(u"the connection to the database server was lost with the transaction: %1 [%2]"_s.arg(
                           lost.text(), sql.simplified().left(160)),
            u"08006"_s);
    QSqlQuery again(db);
    again.setForwardOnly(true);
    if (!again.exec(statement))
        fail(again.lastError(), step, sql);
    return again;
}

QSqlQuery execOnServer(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    return runOnServer(db, withLiterals(db, sql, binds), sql, "exec");
}
} // namespace

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    Deadline::check();
    if (Dialect::isPostgres(db))
        return execOnServer(db, sql, binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q.lastError(), "prepare", sql);
    bindAll(q, binds);
    if (!q.exec())
        fail(q.lastError(), "exec", sql);
    return q;
}

Prepared::Prepared(const QSqlDatabase& db, const QString& sql, bool withId)
    : m_query(db)
    , m_sql(withId ? returningId(db, sql) : sql)
    , m_db(db)
{
    m_query.setForwardOnly(true);
    // PostgreSQL: each run sends the statement with its values (see execOnServer).
    if (!Dialect::isPostgres(db) && !m_query.prepare(m_sql))
        fail(m_query.lastError(), "prepare", m_sql);
}

QSqlQuery& Prepared::exec(const QVariantList& binds)
{
    Deadline::check();
    m_query.finish();
    if (Dialect::isPostgres(m_db)) {
        if (!m_query.exec(withLiterals(m_db, m_sql, binds)))
            fail(m_query.lastError(), "exec", m_sql);
        return m_query;
    }
    bindAll(m_query, binds);
    if (!m_query.exec())
        fail(m_query.lastError(), "exec", m_sql);
    return m_query;
}

QVariant Prepared::scalar(const QVariantList& binds)
{
    QSqlQuery& q = exec(binds);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

qint64 Prepared::insert(const QVariantList& binds)
{
    const qint64 id = insertedId(exec(binds), m_db);
    m_query.finish();
    return id;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds, const QVariant& defaultValue)
{
    QSqlQuery q = exec(db, sql, binds);
    return q.next() ? q.value(0) : defaultValue;
}

qint64 insert(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = exec(db, returningId(db, sql), binds);
    return insertedId(q, db);
}

namespace
{
// The statement with $1, $2, ... for its placeholders, as PREPARE wants it.
QString numbered(const QString& sql)
{
    QString out;
    forServer(
        sql, [](int n) -> QString { return u'$' + QString::number(n + 1); }, &out);
    return out;
}

struct PreparedOnServer
{
    std::mutex mutex;
    // Per connection: the statements prepared on it, and those PREPARE refused (run as exec()).
    QHash<QString, QSet<QString>> prepared;
    QHash<QString, QSet<QString>> refused;
};

PreparedOnServer& preparedOnServer()
{
    static PreparedOnServer p;
    return p;
}

void forgetPrepared(const QString& connection)
{
    PreparedOnServer& registry = preparedOnServer();
    const std::lock_guard lock(registry.mutex);
    registry.prepared.remove(connection);
    registry.refused.remove(connection);
}
} // namespace

QSqlQuery execCached(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    if (!Dialect::isPostgres(db))
        return exec(db, sql, binds);
    if (!db.isOpen())
        return exec(db, sql, binds); // makes the connection again first
    Deadline::check();
    const QString name = u"quorum_%1_%2"_s.arg(qHash(sql), 0, 16).arg(sql.size());
    const QString connection = db.connectionName();
    PreparedOnServer& registry = preparedOnServer();
    bool ready = false;
    {
        const std::lock_guard lock(registry.mutex);
        if (registry.refused.value(connection).contains(name))
            return exec(db, sql, binds);
        ready = registry.prepared.value(connection).contains(name);
    }
    const auto prepare = [&]() {
        QSqlQuery p(db);
        const bool ok = p.exec(u"PREPARE %1 AS %2"_s.arg(name, numbered(sql)));
        if (!ok && Dialect::isConnectionLost(p.lastError().nativeErrorCode(), p.lastError().text()))
            return false; // sent whole below, which makes the connection again
        const std::lock_guard lock(registry.mutex);
        (ok ? registry.prepared : registry.refused)[connection].insert(name);
        if (!ok)
            qCDebug(lcStorage) << "not prepared, run as it is:" << p.lastError().text();
        return ok;
    };
    if (!ready && !prepare())
        return exec(db, sql, binds);
    QString call = u"EXECUTE "_s + name;
    if (!binds.isEmpty()) {
        call += u'(';
        for (qsizetype i = 0; i < binds.size(); ++i) {
            if (i > 0)
                call += u", "_s;
            call += literal(db, binds.at(i));
        }
        call += u')';
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(call))
        return q;
    const QSqlError e = q.lastError();
    // Gone with the server's session (a reconnect): prepared again, once.
    if (e.nativeErrorCode() == u"26000" && prepare() && q.exec(call))
        return q;
    if (Dialect::isConnectionLost(e.nativeErrorCode(), e.text())) {
        q = QSqlQuery();
        return execOnServer(db, sql, binds); // makes the connection again; prepared next time
    }
    fail(e, "execute", sql);
}

int update(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = exec(db, sql, binds);
    return q.numRowsAffected();
}

QString idList(const QList<qint64>& ids)
{
    QString out;
    out.reserve(ids.size() * 8);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += u", "_s;
        out += QString::number(ids.at(i));
    }
    return out;
}

int insertRows(
    const QSqlDatabase& db, const QString& head, const QString& row, const QVariantList& values, const QString& tail)
{
    return Rows(db, head, row, tail).insert(values);
}

Rows::Rows(const QSqlDatabase& db, const QString& head, const QString& row, const QString& tail)
    : m_db(db)
    , m_head(head)
    , m_row(row)
    , m_tail(tail)
    , m_perRow(row.count(u'?'))
    // Qt's SQLite driver looks every bound value up by name, a cost that grows with the square of
    // the values in a statement: a hundred or so per statement is the sweet spot.
    , m_rowsPerStatement(std::max<qsizetype>(1, 120 / std::max<qsizetype>(1, m_perRow)))
{
    Q_ASSERT_X(m_perRow > 0, "Sql::Rows", "a row binds values");
}

Prepared& Rows::statement(qsizetype rows)
{
    auto it = m_statements.find(rows);
    if (it == m_statements.end()) {
        QString sql = m_head;
        sql.reserve(m_head.size() + rows * (m_row.size() + 2));
        for (qsizetype i = 0; i < rows; ++i) {
            if (i > 0)
                sql += u", "_s;
            sql += m_row;
        }
        sql += m_tail;
        it = m_statements.emplace(rows, Prepared(m_db, sql, false)).first;
    }
    return it->second;
}

int Rows::insert(const QVariantList& values)
{
    Q_ASSERT_X(values.size() % m_perRow == 0, "Sql::Rows", "values must fill whole rows");
    const qsizetype total = values.size() / m_perRow;
    int inserted = 0;
    for (qsizetype start = 0; start < total; start += m_rowsPerStatement) {
        const qsizetype rows = std::min(m_rowsPerStatement, total - start);
        QSqlQuery& q = statement(rows).exec(values.mid(start * m_perRow, rows * m_perRow));
        inserted += q.numRowsAffected();
        q.finish();
    }
    return inserted;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString placeholders(qsizetype count)
{
    QString out;
    out.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        out += i == 0 ? u"?"_s : u", ?"_s;
    return out;
}

} // namespace Sql

// The write lock of a workspace, taken in turn. SQLite lets a connection that finds the database
// locked sleep and retry; a thread that commits and begins again at once (an import writing batch
// after batch) can then keep every other writer out for seconds. Within this process, write
// transactions on one file therefore queue for a ticket first, in order: a click on the GUI thread
// waits at most for the batch in progress. (Other processes still meet SQLite's busy handler.)
class WriteGate
{
public:
    static WriteGate& of(const QString& path)
    {
        static std::mutex registryMutex;
        static std::map<QString, std::unique_ptr<WriteGate>> gates;
        const std::lock_guard lock(registryMutex);
        auto& gate = gates[path];
        if (!gate)
            gate = std::make_unique<WriteGate>();
        return *gate;
    }

    void enter()
    {
        std::unique_lock lock(m_mutex);
        const quint64 ticket = m_next++;
        m_turn.wait(lock, [&] { return m_serving == ticket; });
    }
    // The lock when nobody holds it or waits for it; false otherwise (the caller does without).
    bool tryEnter()
    {
        const std::lock_guard lock(m_mutex);
        if (m_next != m_serving)
            return false;
        ++m_next;
        return true;
    }
    void leave()
    {
        {
            const std::lock_guard lock(m_mutex);
            ++m_serving;
        }
        m_turn.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_turn;
    quint64 m_next = 0;
    quint64 m_serving = 0;
};

namespace
{
// How deep the open transactions of a connection are nested. Each connection has its own driver
// object (connections never cross threads), so the count lives there.
const char* const kDepth = "quorum.transactionDepth";

int depthOf(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kDepth).toInt() : 0;
}

void setDepth(const QSqlDatabase& db, int depth)
{
    if (db.driver())
        db.driver()->setProperty(kDepth, depth);
}
} // namespace

bool Sql::inTransaction(const QSqlDatabase& db)
{
    return depthOf(db) > 0;
}

Transaction::Transaction(const QSqlDatabase& db, Durability durability, Wait wait)
    : m_db(db)
    , m_durability(durability)
    , m_depth(depthOf(db))
{
    begin(wait, nullptr);
}

Transaction::Transaction(const QSqlDatabase& db, Subject subject)
    : m_db(db)
    , m_durability(Normal)
    , m_depth(depthOf(db))
{
    begin(WaitForTurn, &subject);
}

void Transaction::begin(Wait wait, const Subject* subject)
{
    if (m_depth > 0) {
        // Inside another transaction: a savepoint, so this part can roll back alone. Durability is the
        // outer transaction's business (its commit is the one that reaches the disk).
        Sql::exec(m_db, u"SAVEPOINT quorum_%1"_s.arg(m_depth));
    } else if (Dialect::isPostgres(m_db)) {
        beginOnServer(wait, subject);
    } else {
        // Memory databases are private to their connection: nothing to queue for.
        const QString file = m_db.databaseName();
        if (!file.isEmpty() && file != u":memory:") {
            WriteGate* gate = &WriteGate::of(file);
            if (wait == IfFree) {
                if (!gate->tryEnter())
                    throw SqlError(u"database is locked (busy with other writes; not waiting)"_s);
            } else {
                gate->enter();
            }
            m_gate = gate;
        }
        try {
            if (m_durability == Durable)
                Sql::exec(m_db, u"PRAGMA synchronous = FULL"_s);
            Sql::exec(m_db, u"BEGIN IMMEDIATE"_s);
        } catch (...) {
            if (m_gate)
                m_gate->leave();
            throw;
        }
    }
    m_open = true;
    setDepth(m_db, m_depth + 1);
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        const QString rollback = m_depth > 0 ? u"ROLLBACK TO quorum_%1"_s.arg(m_depth) : u"ROLLBACK"_s;
        if (!q.exec(rollback))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
        if (m_depth > 0 && !q.exec(u"RELEASE quorum_%1"_s.arg(m_depth)))
            qCWarning(lcStorage) << "releasing a savepoint failed:" << q.lastError().text();
        setDepth(m_db, m_depth);
    }
    if (m_depth == 0 && m_durability == Durable && !Dialect::isPostgres(m_db)) {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA synchronous = NORMAL"_s))
            qCWarning(lcStorage) << "cannot reset synchronous:" << q.lastError().text();
    }
    if (m_gate && m_open)
        m_gate->leave(); // rolled back: the next writer's turn
}

void Transaction::beginOnServer(Wait wait, const Subject* subject)
{
    // PostgreSQL: a transaction that writes takes the workspace's write lock (a transaction-level
    // advisory lock, let go at commit or rollback), so that writes read-then-write as they do on SQLite,
    // one at a time; reads never wait for it, and the job queue's claims do without it (row locks,
    // SKIP LOCKED). A subject's write shares the workspace lock with other subjects' writes and holds its
    // subject's own. Every commit is durable (synchronous_commit stays on).
    Sql::exec(m_db, u"BEGIN"_s);
    // From here the statements belong to the transaction: a connection lost under them is not retried
    // outside it (the constructor sets the depth for good once the lock is held).
    setDepth(m_db, 1);
    try {
        if (subject) {
            // One round trip for both; the two-key form is a key space of its own. Ids beyond 32 bits
            // wrap: two subjects sharing a key only take turns.
            Sql::exec(m_db,
                u"SELECT pg_advisory_xact_lock_shared(%1), pg_advisory_xact_lock(%2, %3)"_s.arg(kWorkspaceWriteLock)
                    .arg(static_cast<int>(subject->kind))
                    .arg(static_cast<qint32>(static_cast<quint32>(subject->id))));
        } else if (wait == IfFree) {
            if (!Sql::scalar(m_db, u"SELECT pg_try_advisory_xact_lock(%1)"_s.arg(kWorkspaceWriteLock)).toBool())
                throw SqlError(u"database is locked (busy with other writes; not waiting)"_s, u"55P03"_s);
        } else if (wait == WaitForTurn) {
            Sql::exec(m_db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWorkspaceWriteLock));
        }
    } catch (...) {
        setDepth(m_db, 0);
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
        throw;
    }
}

void Transaction::commit()
{
    Sql::exec(m_db, m_depth > 0 ? u"RELEASE quorum_%1"_s.arg(m_depth) : u"COMMIT"_s);
    m_open = false;
    setDepth(m_db, m_depth);
    if (m_gate)
        m_gate->leave();
}
