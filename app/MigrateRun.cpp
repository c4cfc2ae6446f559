#include "MigrateRun.h"

#include "core/Clock.h"
#include "server/WorkspaceMigration.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <unistd.h>

namespace MigrateRun
{
namespace
{
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("MigrateRun", text, disambiguation, n);
}
} // namespace

int run(const CommandLine& options, std::FILE* out, std::FILE* err)
{
    const bool tty = ::isatty(::fileno(err)) == 1;
    const QLocale locale;
    QElapsedTimer since;
    since.start();
    QString current;
    const auto progress = [&](const QString& table, qint64 done, qint64 total) {
        // On a terminal one line per table redrawn in place; otherwise a line per table when it is done.
        if (tty) {
            std::fprintf(err, "\r%s",
                qPrintable(
                    tr("Copying %1: %2 of %3 rows   ").arg(table, locale.toString(done), locale.toString(total))));
            if (done >= total)
                std::fputs("\n", err);
        } else if (done >= total && table != current) {
            std::fprintf(err, "%s\n", qPrintable(tr("Copied %1: %2 rows").arg(table, locale.toString(total))));
        }
        current = done >= total ? table : QString();
        std::fflush(err);
    };
    const QString where = Dialect::displayLocation(options.target);
    std::fprintf(out, "%s\n", qPrintable(tr("Moving the workspace %1 to %2").arg(options.workspace, where)));
    std::fflush(out);
    const WorkspaceMigration::Result r
        = WorkspaceMigration::run(options.workspace, options.target, Clock::system()->nowMs(), progress);
    if (!r.ok()) {
        std::fprintf(err, "quorum: %s\n", qPrintable(r.error));
        std::fprintf(err, "%s\n",
            qPrintable(tr("Nothing changed in the workspace folder; run the command again once this is fixed.")));
        return r.copyFailed ? 1 : 3;
    }
    std::fprintf(out, "%s\n",
        qPrintable(r.outcome == WorkspaceMigration::Result::Outcome::Copied
                ? tr("Copied %n table(s), %1 rows, in %2 s.", nullptr, static_cast<int>(r.tables.size()))
                      .arg(locale.toString(r.rows))
                      .arg(since.elapsed() / 1000)
                : tr("This workspace was copied before: checked again, nothing changed.")));
    std::fprintf(out, "%s\n",
        qPrintable(tr("Checked: every table holds as many rows on the server as here; the audit trail (%n entries) "
                      "verifies and ends in the same entry.",
            nullptr, static_cast<int>(r.auditEntries))));
    std::fprintf(out, "%s\n",
        qPrintable(tr("%1 is now a team workspace on %2; its SQLite database is kept as %3.")
                       .arg(options.workspace, where, r.kept)));
    std::fflush(out);
    return 0;
}

} // namespace MigrateRun

int runMigrateWorkspace(const CommandLine& options, std::FILE* out, std::FILE* err)
{
    return MigrateRun::run(options, out, err);
}
