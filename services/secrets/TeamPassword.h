#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The password of a team workspace's database server, in the OS keychain (never in team.json, never in
// a file), under "team/postgresql://user@host:port/database". It is needed before the workspace can be
// opened, so it does not go through the workspace's SecretStore (whose index lives in the database).
// Both calls answer on context's thread; an empty error means it worked. Reading where no password is
// stored answers an empty password and no error.
namespace TeamPassword
{
QString keyFor(const QString& location);
void read(
    const QString& location, QObject* context, std::function<void(const QString& password, const QString& error)> done);
void write(
    const QString& location, const QString& password, QObject* context, std::function<void(const QString& error)> done);
} // namespace TeamPassword
