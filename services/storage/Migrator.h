#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Numbered schema migrations (":/migrations/NNNN_name.sql") and a schema_version table. Each
// migration runs in its own transaction; a database from a newer Quorum is refused, not touched.
namespace Migrator
{

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

QList<Migration> migrations();
int latestVersion();
// 0 for an empty database.
int currentVersion(const QSqlDatabase& db);
// Brings the database to target (default: latest). False with a readable error on failure.
bool migrate(const QSqlDatabase& db, QString* error, int target = -1);
// Splits a script into statements: respects quotes, comments and CREATE TRIGGER ... END blocks.
QStringList splitStatements(const QString& script);

} // namespace Migrator
