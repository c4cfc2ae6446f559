#pragma once

#include <QList>
#include <QString>

#include <functional>

// `quorum migrate-workspace`: moves a SQLite workspace to a team's PostgreSQL database. The target
// gets the same schema (the migrations), then every table is copied in one transaction, parents before
// children, with the identities moved past the copied ids; then it is checked: every table's row count,
// and the audit chain walked on the server and ending in the same entry as the source's. Only then
// does the folder become a team workspace (team.json) and its SQLite database is kept beside it as
// quorum-sqlite.db, untouched. Run again, it checks the copy once more and changes nothing; a copy
// that was cut off left nothing behind (the transaction) and is simply made again. A database that
// holds another workspace is never written to.
namespace WorkspaceMigration
{

struct Table
{
    QString name;
    qint64 source = 0;
    qint64 target = 0;
};

struct Result
{
    enum class Outcome
    {
        Copied,
        AlreadyCopied, // an earlier run copied it: checked again
        Failed
    };
    Outcome outcome = Outcome::Failed;
    QString error;
    QList<Table> tables;
    qint64 rows = 0;
    qint64 auditEntries = 0;
    QString kept;            // the SQLite database kept beside the team file
    bool copyFailed = false; // the copy or its check failed (else: it could not begin)

    bool ok() const { return outcome != Outcome::Failed; }
};

// Called after each batch of rows: the table being copied, its rows copied so far and in all.
using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

Result run(const QString& directory, const QString& target, qint64 now, const Progress& progress = {});

// What the SQLite database is called once the folder is a team workspace.
QString keptFileName();

} // namespace WorkspaceMigration
