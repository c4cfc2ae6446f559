#include "TestWorkspace.h"

#include "demo/DemoSeeder.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QTimeZone>

qint64 TestWorkspace::fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toMSecsSinceEpoch();
}

TestWorkspace::TestWorkspace(bool demo, const QString& language)
    : m_clock(fixedNow())
{
    m_workspace = Workspace::open(m_dir.path(), &m_error);
    if (m_workspace && demo && !DemoSeeder::seed(*m_workspace, m_clock, &m_error, language))
        m_workspace.reset();
}

TestWorkspace::~TestWorkspace() = default;

qint64 TestWorkspace::count(const QString& sql, const QVariantList& binds) const
{
    return Sql::scalar(db(), sql, binds).toLongLong();
}

QStringList TestWorkspace::everyValue(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery tables = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList values;
    for (const QString& table : names) {
        QSqlQuery rows = Sql::exec(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).toString());
        }
    }
    return values;
}
