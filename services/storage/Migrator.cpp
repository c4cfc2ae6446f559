#include "Migrator.h"

#include "Dialect.h"
#include "Sql.h"
#include "core/Clock.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Migrator
{

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> out;
        const QDir dir(u":/migrations"_s);
        const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        static const QRegularExpression re(u"^(\\d{4})_(.+)\\.sql$"_s);
        for (const QString& file : files) {
            const auto m = re.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        return out;
    }();
    return list;
}

int latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int currentVersion(const QSqlDatabase& db)
{
    if (!db.tables().contains(u"schema_version"_s))
        return 0;
    return Sql::scalar(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).toInt();
}

QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    bool inString = false;
    bool inTrigger = false;
    QString dollarTag; // inside a PostgreSQL dollar-quoted body ($tag$ ... $tag$)
    const qsizetype n = script.size();
    static const QRegularExpression dollarRe(u"\\$\\w*\\$"_s);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (!inString && c == u'$') {
            const auto m = dollarRe.match(
                script, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch() && (dollarTag.isEmpty() || m.captured() == dollarTag)) {
                dollarTag = dollarTag.isEmpty() ? m.captured() : QString();
                current += m.captured();
                i += m.capturedLength() - 1;
                continue;
            }
        }
        if (!dollarTag.isEmpty()) {
            current += c;
            continue;
        }
        if (!inString && c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'')
            inString = !inString;
        current += c;
        if (inString || c != u';')
            continue;
        const QString simplified = current.simplified();
        if (!inTrigger && simplified.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger) {
            // A trigger body holds statements of its own; it ends at "END;".
            static const QRegularExpression endRe(u"\\bEND\\s*;$"_s, QRegularExpression::CaseInsensitiveOption);
            if (!endRe.match(simplified).hasMatch())
                continue;
            inTrigger = false;
        }
        if (simplified != u";")
            out.append(simplified);
        current.clear();
    }
    if (!current.simplified().isEmpty())
        out.append(current.simplified());
    return out;
}

bool migrate(const QSqlDatabase& db, QString* error, int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    try {
        Sql::exec(db,
            u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            u"applied_at BIGINT NOT NULL)"_s);
        const int current = currentVersion(db);
        if (current > latest) {
            if (error)
                *error = QCoreApplication::translate("Migrator",
                    "This workspace was written by a newer version of Quorum (schema %1; this version knows up to %2). "
                    "Update Quorum to open it.")
                             .arg(current)
                             .arg(latest);
            return false;
        }
        const Dialect::Engine engine = Dialect::engineOf(db);
        if (engine == Dialect::Engine::PostgreSQL) {
            // The functions SQLite has and PostgreSQL lacks, made (again) at every opening, so a newer
            // Quorum brings its own. Migrations may run on several machines at once (desktops opening a
            // new team workspace): one at a time, the others then find the work done.
            Transaction tx(db, Transaction::Durable);
            Sql::exec(db, u"SET LOCAL statement_timeout = 0"_s);
            for (const QString& statement : Dialect::postgresPrelude())
                Sql::exec(db, statement);
            tx.commit();
        }
        for (const Migration& m : migrations()) {
            if (m.version <= current || m.version > target)
                continue;
            const QString sql = Dialect::migrationFor(engine, m.sql);
            // A migration that rebuilds a table others refer to (SQLite cannot change a CHECK in place)
            // runs with foreign keys off, as SQLite's own procedure says, and checks them before it commits.
            const bool rebuild
                = engine == Dialect::Engine::SQLite && sql.contains(u"-- quorum:rebuild-with-foreign-keys-off"_s);
            if (rebuild)
                Sql::exec(db, u"PRAGMA foreign_keys = OFF"_s);
            const auto restore = qScopeGuard([&]() noexcept {
                if (!rebuild)
                    return;
                try {
                    Sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
                } catch (const SqlError& e) {
                    qCWarning(lcStorage) << "cannot turn foreign keys back on:" << e.message();
                }
            });
            Transaction tx(db, Transaction::Durable);
            // Another process may have applied it while this one waited for the write lock.
            if (Sql::scalar(db, u"SELECT COUNT(*) FROM schema_version WHERE version = ?"_s, {m.version}).toInt() > 0)
                continue;
            qCInfo(lcStorage) << "applying migration" << m.version << m.name;
            if (engine == Dialect::Engine::PostgreSQL)
                Sql::exec(db, u"SET LOCAL statement_timeout = 0"_s);
            for (const QString& statement : splitStatements(sql))
                Sql::exec(db, statement);
            if (rebuild) {
                QSqlQuery broken = Sql::exec(db, u"PRAGMA foreign_key_check"_s);
                if (broken.next())
                    throw SqlError(u"migration %1 leaves a broken reference in %2"_s.arg(m.version).arg(
                        broken.value(0).toString()));
            }
            Sql::exec(db, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s,
                {m.version, m.name, Clock::system()->nowMs()});
            tx.commit();
        }
    } catch (const SqlError& e) {
        if (error)
            *error = QCoreApplication::translate("Migrator", "Upgrading the workspace database failed: %1")
                         .arg(e.message());
        return false;
    }
    return true;
}

} // namespace Migrator
