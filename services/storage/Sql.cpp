#include "Sql.h"

#include "core/Log.h"

#include <QSqlDriver>
#include <QSqlError>

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

Transaction::Transaction(const QSqlDatabase& db, Durability durability)
    : m_db(db)
    , m_durability(durability)
    , m_depth(depthOf(db))
{
    if (m_depth > 0) {
        // Inside another transaction: a savepoint, so this part can roll back alone. Durability is the
        // outer transaction's business (its commit is the one that reaches the disk).
        Sql::exec(m_db, u"SAVEPOINT quorum_%1"_s.arg(m_depth));
    } else {
        if (m_durability == Durable)
            Sql::exec(m_db, u"PRAGMA synchronous = FULL"_s);
        Sql::exec(m_db, u"BEGIN IMMEDIATE"_s);
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
}

void Transaction::commit()
{
    Sql::exec(m_db, m_depth > 0 ? u"RELEASE quorum_%1"_s.arg(m_depth) : u"COMMIT"_s);
    m_open = false;
    setDepth(m_db, m_depth);
}
