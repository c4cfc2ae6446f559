#pragma once

#include "ReportData.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The reports kept in the workspace (table reports): made once per period and first day — on the
// owner's schedule by the autopilot, or on demand from the desktop and `quorum report` — with their
// e-mail and webhook queued when made.
namespace Reports
{

struct Stored
{
    qint64 id = 0;
    ReportData::Period period = ReportData::Period::Daily;
    QDate first;
    QDate last;
    QString title;
    qint64 createdAt = 0;
    QString createdBy;
};

struct Made
{
    qint64 id = 0;
    bool created = false; // false: it existed (this call made nothing)
    QString error;        // the report could not be made (nothing stored)
};

// Makes the report of first..last unless it exists. now: when (what waits is what waits now).
// Throws SqlError.
Made make(const QSqlDatabase& db, ReportData::Period period, const QDate& first, const QDate& last, qint64 now,
    const QString& by);

// Newest first.
QList<Stored> list(const QSqlDatabase& db, int limit = 90);
std::optional<Stored> find(const QSqlDatabase& db, qint64 id);
QByteArray pdf(const QSqlDatabase& db, qint64 id);
QString html(const QSqlDatabase& db, qint64 id);

// The report the owner's schedule wants made at `now` that is not made yet: daily after the set hour,
// weekly on the set weekday after the set hour. nullopt: none is due.
struct Due
{
    ReportData::Period period;
    QDate first;
    QDate last;
};
QList<Due> due(const QSqlDatabase& db, const QDateTime& now);

} // namespace Reports
