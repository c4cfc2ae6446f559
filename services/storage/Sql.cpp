#include "Sql.h"

#include "core/Deadline.h"
#include "core/Log.h"

#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

SqlError::SqlError(const QString& message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{ }

bool SqlError::isBusy() const
{
    return m_message.contains(u"database is locked"_s) || m_message.contains(u"busy"_s, Qt::CaseInsensitive);
}

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
        else
            q.bindValue(static_cast<int>(i), v);
    }
}
} // namespace

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    Deadline::check();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw SqlError(q.lastError().text() + u" [prepare: "_s + sql.simplified().left(160) + u']');
    bindAll(q, binds);
    if (!q.exec())
        throw SqlError(q.lastError().text() + u" [exec: "_s + sql.simplified().left(160) + u']');
    return q;
}

Prepared::Prepared(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw SqlError(m_query.lastError().text() + u" [prepare: "_s + sql.simplified().left(160) + u']');
}

QSqlQuery& Prepared::exec(const QVariantList& binds)
{
    Deadline::check();
    m_query.finish();
    bindAll(m_query, binds);
    if (!m_query.exec())
        throw SqlError(m_query.lastError().text() + u" [exec: "_s + m_sql.simplified().left(160) + u']');
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
    const qint64 id = exec(binds).lastInsertId().toLongLong();
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
    QSqlQuery q = exec(db, sql, binds);
    return q.lastInsertId().toLongLong();
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

int insertRows(const QSqlDatabase& db, const QString& head, const QString& row, const QVariantList& values)
{
    return Rows(db, head, row).insert(values);
}

Rows::Rows(const QSqlDatabase& db, const QString& head, const QString& row)
    : m_db(db)
    , m_head(head)
    , m_row(row)
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
        it = m_statements.emplace(rows, Prepared(m_db, sql)).first;
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

Transaction::Transaction(const QSqlDatabase& db, Durability durability, Wait wait)
    : m_db(db)
    , m_durability(durability)
    , m_depth(depthOf(db))
{
    if (m_depth > 0) {
        // Inside another transaction: a savepoint, so this part can roll back alone. Durability is the
        // outer transaction's business (its commit is the one that reaches the disk).
        Sql::exec(m_db, u"SAVEPOINT quorum_%1"_s.arg(m_depth));
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
    if (m_depth == 0 && m_durability == Durable) {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA synchronous = NORMAL"_s))
            qCWarning(lcStorage) << "cannot reset synchronous:" << q.lastError().text();
    }
    if (m_gate && m_open)
        m_gate->leave(); // rolled back: the next writer's turn
}

void Transaction::commit()
{
    Sql::exec(m_db, m_depth > 0 ? u"RELEASE quorum_%1"_s.arg(m_depth) : u"COMMIT"_s);
    m_open = false;
    setDepth(m_db, m_depth);
    if (m_gate)
        m_gate->leave();
}
