#include "Reports.h"

#include "AutopilotSettings.h"
#include "Notifications.h"
#include "ReportDocument.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Reports
{
namespace
{
const QString kColumns = u"id, period, first_day, last_day, title, created_at, created_by"_s;

Stored read(const QSqlQuery& q)
{
    Stored s;
    s.id = q.value(0).toLongLong();
    s.period = ReportData::periodFromKey(q.value(1).toString()).value_or(ReportData::Period::Daily);
    s.first = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.last = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.title = q.value(4).toString();
    s.createdAt = q.value(5).toLongLong();
    s.createdBy = q.value(6).toString();
    return s;
}

qint64 existing(const QSqlDatabase& db, ReportData::Period period, const QDate& first)
{
    return Sql::scalar(db, u"SELECT id FROM reports WHERE period = ? AND first_day = ?"_s,
        {ReportData::periodKey(period), first.toString(Qt::ISODate)}, 0)
        .toLongLong();
}
} // namespace

Made make(const QSqlDatabase& db, ReportData::Period period, const QDate& first, const QDate& last, qint64 now,
    const QString& by)
{
    if (const qint64 id = existing(db, period, first); id > 0)
        return Made{id, false, {}};
    // Read and drawn outside any transaction (the PDF takes a moment); stored in one.
    const ReportData::Data data = ReportData::gather(db, period, first, last, now);
    QString error;
    const QByteArray pdf = ReportDocument::pdf(data, &error);
    if (pdf.isEmpty())
        return Made{0, false, error};
    Transaction tx(db);
    const QVariant id = Sql::scalar(db,
        u"INSERT INTO reports (period, first_day, last_day, language, title, summary, text, html, pdf, created_at, "
        u"created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period, first_day) DO NOTHING RETURNING "
        u"id"_s,
        {ReportData::periodKey(period), first.toString(Qt::ISODate), last.toString(Qt::ISODate), QLocale().name(),
            ReportDocument::title(data), Json::compact(ReportData::summary(data)), ReportDocument::text(data),
            ReportDocument::html(data), pdf, now, by});
    if (!id.isValid()) // another process made it meanwhile
        return Made{existing(db, period, first), false, {}};
    AuditLog::append(db, now, by, u"report.made"_s, u"report:%1"_s.arg(id.toLongLong()),
        QJsonObject{{u"period"_s, ReportData::periodKey(period)}, {u"first_day"_s, first.toString(Qt::ISODate)},
            {u"last_day"_s, last.toString(Qt::ISODate)}});
    Notifications::queueForReport(db, id.toLongLong(), now);
    tx.commit();
    return Made{id.toLongLong(), true, {}};
}

QList<Stored> list(const QSqlDatabase& db, int limit)
{
    QList<Stored> out;
    QSqlQuery q = Sql::exec(
        db, u"SELECT "_s + kColumns + u" FROM reports ORDER BY last_day DESC, period, id DESC LIMIT ?"_s, {limit});
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<Stored> find(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kColumns + u" FROM reports WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QByteArray pdf(const QSqlDatabase& db, qint64 id)
{
    return Sql::scalar(db, u"SELECT pdf FROM reports WHERE id = ?"_s, {id}).toByteArray();
}

QString html(const QSqlDatabase& db, qint64 id)
{
    return Sql::scalar(db, u"SELECT html FROM reports WHERE id = ?"_s, {id}).toString();
}

QList<Due> due(const QSqlDatabase& db, const QDateTime& now)
{
    const AutopilotSettings::Set s = AutopilotSettings::load(db);
    QList<Due> out;
    // The weekly report comes at the daily one's hour, or at midnight when there is no daily one.
    if (now.time().hour() < std::max(s.reportHour, 0))
        return out;
    const QDate today = now.date();
    const auto [dFirst, dLast] = ReportData::coverage(ReportData::Period::Daily, today);
    if (s.reportHour >= 0 && existing(db, ReportData::Period::Daily, dFirst) == 0)
        out.append(Due{ReportData::Period::Daily, dFirst, dLast});
    if (s.weeklyDay >= 1 && today.dayOfWeek() == s.weeklyDay) {
        const auto [wFirst, wLast] = ReportData::coverage(ReportData::Period::Weekly, today);
        if (existing(db, ReportData::Period::Weekly, wFirst) == 0)
            out.append(Due{ReportData::Period::Weekly, wFirst, wLast});
    }
    return out;
}

} // namespace Reports
