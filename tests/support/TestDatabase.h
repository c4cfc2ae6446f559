#pragma once

#include <QString>

// Which engine the tests run on. By default every workspace is SQLite. With QUORUM_TEST_ENGINE=postgresql
// (ctest sets it for the tests registered on both engines, with QUORUM_PG_ENV naming the file the
// private cluster's start-up wrote), a test workspace's folder is made a team workspace on a database of
// its own on that cluster, dropped again when the test's workspace goes.
namespace TestDatabase
{
bool usePostgres();
// The test cluster's server (postgresql://user@127.0.0.1:port/postgres), or empty when none runs.
QString server();
// For a PostgreSQL run: a fresh database, and directory made its team folder. Nothing on SQLite.
bool prepare(const QString& directory, QString* error);
// Drops what prepare made for directory (every connection to it is ended first).
void release(const QString& directory);
// Runs sql on the test cluster's maintenance database (a test that stops connections, say).
bool admin(const QString& sql, QString* error);
} // namespace TestDatabase
