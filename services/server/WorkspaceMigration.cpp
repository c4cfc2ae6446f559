#include "WorkspaceMigration.h"

#include "audit/AuditLog.h"
#include "core/Log.h"
#include "jobs/ProcessRegistry.h"
#include "storage/Connection.h"
#include "storage/Dialect.h"
#include "storage/Migrator.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace WorkspaceMigration
{
namespace
{
// Written with the copy, in its transaction: where it came from. A database with it holds this copy.
constexpr QLatin1StringView kMarker{"team.copied_from"};
constexpr int kBatchRows = 400;

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceMigration", text);
}

QString quoted(const QString& identifier)
{
    return u'"' + identifier + u'"';
}

// The tables to copy, parents before children (by their foreign keys). The knowledge base's full-text index
// (an SQLite FTS5 table, its shadow tables and its word counts) is not copied: PostgreSQL indexes the passages itself.
QStringList tablesInOrder(const QSqlDatabase& src)
{
    QStringList names;
    QSqlQuery q = Sql::exec(src,
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN "
        u"('schema_version', 'processes') AND name NOT LIKE 'knowledge_fts%' ORDER BY name"_s);
    while (q.next())
        names.append(q.value(0).toString());
    q.finish();
    QHash<QString, QSet<QString>> parents;
    for (const QString& t : std::as_const(names)) {
        QSqlQuery fk = Sql::exec(src, u"PRAGMA foreign_key_list(%1)"_s.arg(quoted(t)));
        while (fk.next()) {
            const QString parent = fk.value(2).toString();
            if (parent != t && names.contains(parent))
                parents[t].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progress = false;
        for (const QString& t : std::as_const(names)) {
            if (placed.contains(t))
                continue;
            const QSet<QString>& need = parents.value(t);
            if (std::all_of(need.begin(), need.end(), [&](const QString& p) { return placed.contains(p); })) {
                ordered.append(t);
                placed.insert(t);
                progress = true;
            }
        }
        if (!progress) // a circle of keys: the rest in name order (the copy fails loudly if that matters)
            for (const QString& t : std::as_const(names))
                if (!placed.contains(t)) {
                    ordered.append(t);
                    placed.insert(t);
                }
    }
    return ordered;
}

QStringList columnsOf(const QSqlDatabase& src, const QString& table)
{
    QStringList out;
    QSqlQuery q = Sql::exec(src, u"PRAGMA table_info(%1)"_s.arg(quoted(table)));
    while (q.next())
        out.append(q.value(1).toString());
    return out;
}

qint64 countOf(const QSqlDatabase& db, const QString& table)
{
    const QString where = table == u"settings" ? u" WHERE key <> '%1'"_s.arg(kMarker) : QString();
    return Sql::scalar(db, u"SELECT COUNT(*) FROM %1%2"_s.arg(quoted(table), where)).toLongLong();
}

// A value as the server's literal; SQL NULL stays NULL (an empty text stays '').
QString literalOf(const QSqlDatabase& dst, const QVariant& v)
{
    return v.isNull() ? u"NULL"_s : Sql::literal(dst, v);
}

void copyTable(const QSqlDatabase& src, const QSqlDatabase& dst, const QString& table, const Progress& progress)
{
    const QStringList columns = columnsOf(src, table);
    QStringList names;
    for (const QString& c : columns)
        names.append(quoted(c));
    const QString list = names.join(u", "_s);
    const bool rowid = !Sql::scalar(src, u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table})
                            .toString()
                            .contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
    const qint64 total = countOf(src, table);
    QSqlQuery q
        = Sql::exec(src, u"SELECT %1 FROM %2%3"_s.arg(list, quoted(table), rowid ? u" ORDER BY rowid"_s : QString()));
    const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(quoted(table), list);
    QString statement;
    int inBatch = 0;
    qint64 done = 0;
    const auto flush = [&] {
        if (inBatch == 0)
            return;
        try {
            Sql::exec(dst, statement);
        } catch (const SqlError& e) {
            throw SqlError(tr("Copying %1 (rows %2 to %3) failed: %4")
                               .arg(table)
                               .arg(done - inBatch + 1)
                               .arg(done)
                               .arg(e.message()),
                e.nativeCode());
        }
        statement.clear();
        inBatch = 0;
        if (progress)
            progress(table, done, total);
    };
    while (q.next()) {
        statement += inBatch == 0 ? head : u", "_s;
        statement += u'(';
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                statement += u", "_s;
            statement += literalOf(dst, q.value(i));
        }
        statement += u')';
        ++inBatch;
        ++done;
        if (inBatch == kBatchRows)
            flush();
    }
    flush();
    if (progress && total == 0)
        progress(table, 0, 0);
    // The next id the server gives is past the copied ones.
    if (!columns.contains(u"id"_s))
        return;
    const QString sequence
        = Sql::scalar(dst, u"SELECT pg_get_serial_sequence(?, 'id')"_s, {table}).toString(); // identities only
    if (!sequence.isEmpty())
        Sql::exec(dst, u"SELECT setval(?, COALESCE(MAX(id), 0) + 1, false) FROM %1"_s.arg(quoted(table)), {sequence});
}

void copy(const QSqlDatabase& src, const QSqlDatabase& dst, const QStringList& tables, const QString& from,
    const Progress& progress)
{
    Transaction tx(dst, Transaction::Durable);
    // What the migrations put in (default rules, agents, settings) gives way to the workspace's own.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        if (*it != u"audit_log")
            Sql::exec(dst, u"DELETE FROM %1"_s.arg(quoted(*it)));
    for (const QString& t : tables)
        copyTable(src, dst, t, progress);
    Settings::setValue(dst, QString(kMarker), from);
    tx.commit();
}

// Whether the server's database already holds a workspace's own data.
bool holdsData(const QSqlDatabase& dst)
{
    for (const QString& t : {u"audit_log"_s, u"products"_s, u"jobs"_s, u"action_proposals"_s, u"orders"_s})
        if (Sql::scalar(dst, u"SELECT COUNT(*) FROM %1"_s.arg(t)).toLongLong() > 0)
            return true;
    return false;
}

bool check(const QSqlDatabase& src, const QSqlDatabase& dst, const QStringList& tables, Result* r)
{
    QStringList differ;
    for (const QString& t : tables) {
        Table row{t, countOf(src, t), countOf(dst, t)};
        r->rows += row.source;
        if (row.source != row.target)
            differ.append(u"%1 (%2 here, %3 on the server)"_s.arg(t).arg(row.source).arg(row.target));
        r->tables.append(row);
    }
    if (!differ.isEmpty()) {
        r->error = tr("The copy differs from the workspace: %1.").arg(differ.join(u", "_s));
        return false;
    }
    const AuditLog::Verification v = AuditLog::verify(dst);
    if (!v.ok) {
        r->error
            = tr("The audit trail on the server does not verify at entry %1: %2").arg(v.firstBrokenSeq).arg(v.reason);
        return false;
    }
    const auto last = [](const QSqlDatabase& db) {
        QSqlQuery q = Sql::exec(db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        return q.next() ? q.value(0).toString() + u'/' + q.value(1).toString() : QString();
    };
    if (last(src) != last(dst)) {
        r->error = tr("The audit trail on the server does not end where the workspace's does.");
        return false;
    }
    r->auditEntries = v.checked;
    return true;
}

Result failed(const QString& error)
{
    Result r;
    r.error = error;
    return r;
}
} // namespace

QString keptFileName()
{
    return u"quorum-sqlite.db"_s;
}

Result run(const QString& directory, const QString& target, qint64 now, const Progress& progress)
{
    const QDir dir(directory);
    const QString live = dir.filePath(u"quorum.db"_s);
    const QString kept = dir.filePath(keptFileName());
    const QString teamFile = dir.filePath(Workspace::teamFileName());
    const QString where = Dialect::displayLocation(target);
    bool switched = false;
    QString sourcePath = live;
    if (QFileInfo::exists(teamFile)) {
        QString server, error;
        if (!Workspace::readTeamFile(teamFile, &server, &error))
            return failed(error);
        if (Dialect::displayLocation(server) != where)
            return failed(tr("%1 is a team workspace on %2 already.").arg(directory, Dialect::displayLocation(server)));
        if (!QFileInfo::exists(kept))
            return failed(tr("%1 is a team workspace on %2 already, and keeps no SQLite database to compare it with.")
                              .arg(directory, where));
        sourcePath = kept;
        switched = true;
    } else if (!QFileInfo::exists(live)) {
        return failed(tr("%1 is not a Quorum workspace (it has no quorum.db).").arg(directory));
    } else if (QFileInfo::exists(kept)) {
        return failed(tr("%1 exists already: move it away first, it is where the SQLite database is kept after "
                         "the move.")
                          .arg(kept));
    }

    Result r;
    {
        Connection src(sourcePath, u"migrate-source"_s);
        if (!src.isOpen())
            return failed(tr("Cannot open %1: %2").arg(sourcePath, src.errorString()));
        Connection dst(target, u"migrate-target"_s);
        if (!dst.isOpen())
            return failed(tr("Cannot reach %1: %2").arg(where, dst.errorString()));
        try {
            if (!switched) {
                // Nobody may write to it while it is copied.
                for (const ProcessRegistry::Entry& p : ProcessRegistry::list(src.db(), now))
                    if (p.isAlive(now))
                        return failed(tr("Quorum is working on this workspace (%1 on %2, pid %3): stop it first.")
                                          .arg(p.role, p.host)
                                          .arg(p.pid));
                if (QString error; !Migrator::migrate(src.db(), &error))
                    return failed(error);
            }
            const bool hadSchema = Migrator::currentVersion(dst.db()) > 0;
            const QString marker = hadSchema ? Settings::value(dst.db(), QString(kMarker)) : QString();
            if (QString error; !Migrator::migrate(dst.db(), &error))
                return failed(tr("Cannot make the schema on %1: %2").arg(where, error));
            const QStringList tables = tablesInOrder(src.db());
            const QString from = QFileInfo(directory).canonicalFilePath();
            if (!marker.isEmpty() && marker != from) {
                return failed(
                    tr("%1 holds another workspace (copied from %2): choose an empty database.").arg(where, marker));
            } else if (!marker.isEmpty()) {
                r.outcome = Result::Outcome::AlreadyCopied;
            } else if (switched) {
                return failed(tr("%1 does not hold this workspace's copy.").arg(where));
            } else if (hadSchema && holdsData(dst.db())) {
                return failed(tr("%1 holds another workspace: choose an empty database.").arg(where));
            } else {
                qCInfo(lcStorage) << "copying" << sourcePath << "to" << where;
                r.copyFailed = true; // until it is done
                copy(src.db(), dst.db(), tables, from, progress);
                r.copyFailed = false;
                r.outcome = Result::Outcome::Copied;
            }
            if (!check(src.db(), dst.db(), tables, &r)) {
                r.outcome = Result::Outcome::Failed;
                r.copyFailed = true;
                return r;
            }
        } catch (const SqlError& e) {
            Result f = failed(e.message());
            f.copyFailed = r.copyFailed;
            return f;
        }
    }
    r.kept = kept;
    if (switched)
        return r;
    // The folder becomes the team workspace; its SQLite database stays beside it, as it was.
    QString error;
    if (!Workspace::writeTeamFile(directory, target, &error))
        return failed(error);
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        if (QFileInfo::exists(live + suffix) && !QFile::rename(live + suffix, kept + suffix)) {
            QFile::remove(teamFile);
            return failed(tr("Cannot rename %1 to %2.").arg(live + suffix, kept + suffix));
        }
    qCInfo(lcStorage) << "workspace" << directory << "is now a team workspace on" << where;
    return r;
}

} // namespace WorkspaceMigration
