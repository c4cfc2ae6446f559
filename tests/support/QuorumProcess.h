#pragma once

#include <QHash>
#include <QProcess>
#include <QStringList>

class QTemporaryDir;

// The real `quorum` binary as a child process, as a user starts it: its home, data and settings in
// home (never the user's own), output and errors merged, extra environment on top.
QProcess* startQuorum(QObject* parent, const QTemporaryDir& home, const QStringList& arguments,
    const QHash<QString, QString>& environment = {});

namespace Connections
{
struct Connection;
}
class QSqlDatabase;

// Saves the connection with its secrets indexed as keychain entries, as if entered in Settings, for a
// child that has no keychain: it reads them from the QUORUM_SECRET_* variables added to *environment
// (each secret's value is "env-<field>"). Returns the connection's id.
qint64 saveConnectionWithEnvironmentSecrets(
    const QSqlDatabase& db, const Connections::Connection& connection, QHash<QString, QString>* environment);
