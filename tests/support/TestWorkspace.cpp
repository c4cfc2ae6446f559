#include "TestWorkspace.h"

#include "TestDatabase.h"
#include "approvals/ApprovalTypes.h"
#include "demo/DemoSeeder.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTimeZone>

qint64 TestWorkspace::fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toMSecsSinceEpoch();
}

TestWorkspace::TestWorkspace(bool demo, const QString& language)
    : m_clock(fixedNow())
{
    if (!TestDatabase::prepare(m_dir.path(), &m_error))
        return;
    m_workspace = Workspace::open(m_dir.path(), &m_error);
    if (m_workspace && demo && !DemoSeeder::seed(*m_workspace, m_clock, &m_error, language))
        m_workspace.reset();
}

TestWorkspace::~TestWorkspace()
{
    m_workspace.reset();
    TestDatabase::release(m_dir.path());
}

Users::User TestWorkspace::person(const QSqlDatabase& db, const QString& name, Users::Role role)
{
    const QString ann = QStringLiteral("Ann");
    const Users::User owner{0, ann, Users::Role::Owner, true};
    if (!Users::find(db, ann))
        Users::signIn(db, ann, 1);
    if (name != ann) {
        QString error;
        if (!Users::save(db, owner, Users::User{0, name, role, true}, 1, &error))
            qWarning("%s", qPrintable(error));
    }
    return *Users::find(db, name);
}

ApprovalDesk::Proposal TestWorkspace::budgetProposal(const QString& campaign)
{
    ApprovalDesk::Proposal p;
    p.agent = QStringLiteral("Campaign Manager");
    p.actionType = ActionTypes::fromKey(QStringLiteral("budget_change"));
    p.title = QStringLiteral("Raise %1").arg(campaign);
    p.confidence = 0.9;
    p.parameters = QJsonObject{{QStringLiteral("campaign"), campaign},
        {QStringLiteral("amount"), QStringLiteral("1500")}, {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("previous"), QStringLiteral("600.00")}};
    return p;
}

void TestWorkspace::allowAuditTampering(const QSqlDatabase& db)
{
    const QString on = Dialect::isPostgres(db) ? QStringLiteral(" ON audit_log") : QString();
    Sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update") + on);
    Sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete") + on);
}

qint64 TestWorkspace::count(const QString& sql, const QVariantList& binds) const
{
    return Sql::scalar(db(), sql, binds).toLongLong();
}

QStringList TestWorkspace::everyValue(const QSqlDatabase& db)
{
    const QStringList names = db.tables();
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
