#pragma once

#include "Leads.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Imports leads from a CSV export of a maps search (the columns such exports name: name or title,
// category, address, website, phone, rating or stars, reviews, opening hours, place id, latitude and
// longitude; matched by name, case and punctuation aside). Each row is checked on its own: a row without
// a name, with a rating that is not 0-5 or a review count that is not a whole number is refused with its
// line and the reason, and the rest go in. The same business twice (the same place id, website or phone)
// is one lead: again in the file it is reported as a duplicate of the line it repeats; already in the
// workspace, its facts and score are brought up to date and its status (contacted, do not contact) kept.
// Every lead is scored on the way in. Written in batched transactions with progress; a cancel leaves
// whole rows, and importing the file again completes it.
namespace LeadImport
{

struct RowProblem
{
    int line = 0;
    QString message;
};

struct Result
{
    int added = 0;
    int updated = 0;            // already in the workspace: facts and score brought up to date
    int duplicates = 0;         // the same business again in this file
    QList<RowProblem> problems; // refused rows and duplicates, by line
    QStringList warnings;       // about the whole file (its encoding)
    QString fatal;              // the file cannot be read as leads at all
    qint64 importId = 0;
    bool cancelled = false;
};

// Reads, checks, de-duplicates, scores and writes. progress(done, total) in bytes read; returning false
// cancels between batches. Throws SqlError when the workspace cannot be written (what was committed stays).
Result run(const QSqlDatabase& db, const QByteArray& bytes, const Leads::Territory& territory, qint64 nowMs,
    const std::function<bool(qint64, qint64)>& progress = {});

// Scores every lead again (after the territory changed). Returns how many.
int rescoreAll(const QSqlDatabase& db, const Leads::Territory& territory, qint64 nowMs,
    const std::function<bool(qint64, qint64)>& progress = {});

} // namespace LeadImport
