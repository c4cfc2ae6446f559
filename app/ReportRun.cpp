#include "ReportRun.h"

#include "ServerRun.h"
#include "autopilot/Reports.h"
#include "core/Clock.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

int runReport(const CommandLine& options, std::FILE* out, std::FILE* err)
{
    const auto fail = [err](const QString& message, int code) {
        std::fprintf(err, "quorum: %s\n", qPrintable(message));
        return code;
    };
    if (!ServerRun::isWorkspace(options.workspace))
        return fail(
            QCoreApplication::translate("ServerRun", "%1 is not a Quorum workspace (it has no quorum.db and no %2).")
                .arg(options.workspace, Workspace::teamFileName()),
            ServerRun::CannotRun);
    QString error;
    const auto workspace = Workspace::open(options.workspace, &error);
    if (!workspace)
        return fail(
            QCoreApplication::translate("ServerRun", "Cannot open the workspace %1: %2").arg(options.workspace, error),
            ServerRun::CannotRun);
    const qint64 now = Clock::system()->nowMs();
    const ReportData::Period period = options.weekly ? ReportData::Period::Weekly : ReportData::Period::Daily;
    QDate first;
    QDate last;
    if (options.day.isEmpty()) {
        std::tie(first, last) = ReportData::coverage(period, QDateTime::fromMSecsSinceEpoch(now).date());
    } else {
        const QDate day = QDate::fromString(options.day, Qt::ISODate);
        first = options.weekly ? day.addDays(1 - day.dayOfWeek()) : day;
        last = options.weekly ? first.addDays(6) : day;
    }
    // A period that has not ended would be kept half-counted and stand in for the whole one.
    if (last >= QDateTime::fromMSecsSinceEpoch(now).date())
        return fail(QCoreApplication::translate(
                        "ReportRun", "%1 has not ended yet: a report covers whole days up to yesterday.")
                        .arg(QLocale().toString(last, QLocale::ShortFormat)),
            1);
    try {
        const Reports::Made made = Reports::make(workspace->db(), period, first, last, now, u"quorum report"_s);
        if (!made.error.isEmpty())
            return fail(QCoreApplication::translate("ReportRun", "The report cannot be made: %1").arg(made.error), 1);
        const QString text
            = Sql::scalar(workspace->db(), u"SELECT text FROM reports WHERE id = ?"_s, {made.id}).toString();
        std::fprintf(out, "%s\n\n", qPrintable(text));
        std::fprintf(out, "%s\n",
            qPrintable(made.created ? QCoreApplication::translate("ReportRun",
                           "Made and kept in the workspace. Its e-mail and webhook, if set, go out with "
                           "the next worker (quorum serve, or a desktop).")
                                    : QCoreApplication::translate("ReportRun",
                                        "The workspace had this report already (made earlier); nothing was sent "
                                        "again.")));
        if (!options.outFile.isEmpty()) {
            QSaveFile file(options.outFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(Reports::pdf(workspace->db(), made.id)) < 0
                || !file.commit())
                return fail(QCoreApplication::translate("ReportRun", "The PDF cannot be written to %1: %2")
                                .arg(options.outFile, file.errorString()),
                    1);
            std::fprintf(out, "%s\n",
                qPrintable(QCoreApplication::translate("ReportRun", "PDF written to %1.").arg(options.outFile)));
        }
        std::fflush(out);
        return 0;
    } catch (const SqlError& e) {
        return fail(QCoreApplication::translate("ServerRun", "Cannot read the workspace %1: %2")
                        .arg(options.workspace, e.message()),
            ServerRun::CannotRun);
    }
}
