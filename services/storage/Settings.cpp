#include "Settings.h"

#include "Sql.h"

using namespace Qt::StringLiterals;

namespace Settings
{

QString value(const QSqlDatabase& db, const QString& key, const QString& defaultValue)
{
    const QVariant v = Sql::scalar(db, u"SELECT value FROM settings WHERE key = ?"_s, {key});
    return v.isValid() ? v.toString() : defaultValue;
}

qint64 intValue(const QSqlDatabase& db, const QString& key, qint64 defaultValue)
{
    bool ok = false;
    const qint64 v = value(db, key).toLongLong(&ok);
    return ok ? v : defaultValue;
}

double doubleValue(const QSqlDatabase& db, const QString& key, double defaultValue)
{
    bool ok = false;
    const double v = value(db, key).toDouble(&ok);
    return ok ? v : defaultValue;
}

bool boolValue(const QSqlDatabase& db, const QString& key, bool defaultValue)
{
    const QString v = value(db, key);
    if (v.isEmpty())
        return defaultValue;
    return v == u"1" || v.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

void setValue(const QSqlDatabase& db, const QString& key, const QString& value)
{
    Sql::exec(db,
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
}

void setValue(const QSqlDatabase& db, const QString& key, qint64 value)
{
    setValue(db, key, QString::number(value));
}

void remove(const QSqlDatabase& db, const QString& key)
{
    Sql::exec(db, u"DELETE FROM settings WHERE key = ?"_s, {key});
}

} // namespace Settings
