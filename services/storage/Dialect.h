#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Where SQLite and PostgreSQL differ, in one place. A workspace's database is SQLite (a file; the
// default) or PostgreSQL (a team workspace on a server). Statements are written once, in the SQL both
// engines share; what cannot be shared is written through these helpers, and the migrations (written
// for SQLite) are translated for PostgreSQL here.
namespace Dialect
{

enum class Engine
{
    SQLite,
    PostgreSQL
};

Engine engineOf(const QSqlDatabase& db);
inline bool isPostgres(const QSqlDatabase& db)
{
    return engineOf(db) == Engine::PostgreSQL;
}

// A database location is a file path (SQLite) or a postgresql:// URL (a team workspace's server:
// postgresql://user@host:port/database). The password never appears in it.
bool isServerLocation(const QString& location);
// The location as it may be shown and logged (a password, if one was typed into it, left out).
QString displayLocation(const QString& location);

// The local calendar day of a millisecond timestamp, as 'YYYY-MM-DD'. Local: the time zone the
// connection runs in (the machine's own on SQLite; on PostgreSQL the desktop's, set on connecting).
QString localDate(const QSqlDatabase& db, const QString& msExpression);
// The same day as a Julian day number (an integer; consecutive days differ by one).
QString localJulianDay(const QSqlDatabase& db, const QString& msExpression);
// SQLite's "INDEXED BY index" (its planner can pick a worse index); nothing on PostgreSQL, which
// plans by statistics.
QString indexedBy(const QSqlDatabase& db, const QString& index);
// Case-insensitive LIKE (SQLite's LIKE already is, for ASCII; PostgreSQL's is not).
QString ilike(const QSqlDatabase& db);

// The migrations are written for SQLite. For PostgreSQL: sections marked "-- quorum:sqlite-only" up
// to "-- quorum:end" are left out and "-- quorum:postgresql-only" sections kept (and the other way
// round for SQLite); INTEGER is BIGINT (timestamps are milliseconds), an INTEGER PRIMARY KEY an
// identity, REAL is DOUBLE PRECISION, WITHOUT ROWID goes, and a trigger becomes a trigger function
// plus the trigger that calls it.
QString migrationFor(Engine engine, const QString& sql);
// What PostgreSQL needs before the first migration: the few SQLite functions the statements use
// (json_extract and friends on text holding JSON) and the case-insensitive collation NOCASE.
QStringList postgresPrelude();

// Native error codes, so callers need not read messages. The server went away (restarted, the network
// cut, the connection ended by an administrator): the connection is made again by the next statement,
// so that counts as busy too (the caller may retry).
bool isConnectionLost(const QString& nativeCode, const QString& message);
bool isBusyError(const QString& nativeCode, const QString& message);
bool isUniqueViolation(const QString& nativeCode, const QString& message);

} // namespace Dialect
