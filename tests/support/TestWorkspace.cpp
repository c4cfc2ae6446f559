#include "TestWorkspace.h"

#include "demo/DemoSeeder.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QTimeZone>

qint64 TestWorkspace::fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toMSecsSinceEpoch();
}

TestWorkspace::TestWorkspace(bool demo)
    : m_clock(fixedNow())
{
    m_workspace = Workspace::open(m_dir.path(), &m_error);
    if (m_workspace && demo && !DemoSeeder::seed(*m_workspace, m_clock, &m_error))
        m_workspace.reset();
}

TestWorkspace::~TestWorkspace() = default;

qint64 TestWorkspace::count(const QString& sql, const QVariantList& binds) const
{
    return Sql::scalar(db(), sql, binds).toLongLong();
}
