#include "Sql.h"

#include "core/Log.h"

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

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw SqlError(q.lastError().text() + u" [prepare: "_s + sql.simplified().left(160) + u']');
    for (const QVariant& v : binds) {
        // A null QString would be bound as SQL NULL; text columns want ''. Pass QVariant() for NULL.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(u""_s);
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        throw SqlError(q.lastError().text() + u" [exec: "_s + sql.simplified().left(160) + u']');
    return q;
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

Transaction::Transaction(const QSqlDatabase& db, Durability durability)
    : m_db(db)
    , m_durability(durability)
{
    if (m_durability == Durable)
        Sql::exec(m_db, u"PRAGMA synchronous = FULL"_s);
    Sql::exec(m_db, u"BEGIN IMMEDIATE"_s);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    }
    if (m_durability == Durable) {
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
}

void Transaction::commit()
{
    Sql::exec(m_db, u"COMMIT"_s);
    m_open = false;
}
