#include "TestDatabase.h"

#include "storage/Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <mutex>

using namespace Qt::StringLiterals;

namespace
{
std::mutex g_mutex;
QHash<QString, QString> g_databases; // folder -> database name

QString envValue(const QString& file, const QString& key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (l.startsWith(key + u'='))
            return l.mid(key.size() + 1);
    }
    return {};
}
} // namespace

namespace TestDatabase
{

bool usePostgres()
{
    return qEnvironmentVariable("QUORUM_TEST_ENGINE") == u"postgresql";
}

QString server()
{
    const QString direct = qEnvironmentVariable("QUORUM_TEST_PG");
    if (!direct.isEmpty())
        return direct;
    return envValue(qEnvironmentVariable("QUORUM_PG_ENV"), u"QUORUM_TEST_PG"_s);
}

bool admin(const QString& sql, QString* error)
{
    const QUrl url(server());
    if (!url.isValid() || url.host().isEmpty()) {
        *error = u"no test PostgreSQL: QUORUM_PG_ENV does not name a running cluster's postgres.env"_s;
        return false;
    }
    static QAtomicInteger<int> counter;
    const QString name = u"quorum-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool prepare(const QString& directory, QString* error)
{
    if (!usePostgres())
        return true;
    static QAtomicInteger<int> counter;
    const QString database = u"qt_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    if (!admin(u"CREATE DATABASE %1"_s.arg(database), error))
        return false;
    QUrl url(server());
    url.setPath(u'/' + database);
    if (!Workspace::writeTeamFile(directory, url.toString(), error))
        return false;
    const std::lock_guard lock(g_mutex);
    g_databases.insert(QDir::cleanPath(directory), database);
    return true;
}

void release(const QString& directory)
{
    QString database;
    {
        const std::lock_guard lock(g_mutex);
        database = g_databases.take(QDir::cleanPath(directory));
    }
    if (database.isEmpty())
        return;
    QString error;
    if (!admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database), &error))
        qWarning("cannot drop the test database %s: %s", qPrintable(database), qPrintable(error));
}

} // namespace TestDatabase
