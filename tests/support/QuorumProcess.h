#pragma once

#include <QHash>
#include <QProcess>
#include <QStringList>

class QTemporaryDir;

// The real `quorum` binary as a child process, as a user starts it: its home, data and settings in
// home (never the user's own), output and errors merged, extra environment on top.
QProcess* startQuorum(QObject* parent, const QTemporaryDir& home, const QStringList& arguments,
    const QHash<QString, QString>& environment = {});
