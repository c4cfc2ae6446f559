#include "StatusRun.h"

#include "ServerRun.h"
#include "core/Clock.h"
#include "server/ServerStatus.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

int runStatus(const CommandLine& options, std::FILE* out, std::FILE* err)
{
    const auto fail = [err](const QString& message) {
        std::fprintf(err, "quorum: %s\n", qPrintable(message));
        return ServerRun::CannotRun;
    };
    if (!ServerRun::isWorkspace(options.workspace))
        return fail(
            QCoreApplication::translate("ServerRun", "%1 is not a Quorum workspace (it has no quorum.db and no %2).")
                .arg(options.workspace, Workspace::teamFileName()));
    QString error;
    const auto workspace = Workspace::open(options.workspace, &error);
    if (!workspace)
        return fail(
            QCoreApplication::translate("ServerRun", "Cannot open the workspace %1: %2").arg(options.workspace, error));
    try {
        const qint64 now = Clock::system()->nowMs();
        const QString where
            = workspace->isTeam() ? Dialect::displayLocation(workspace->databasePath()) : workspace->root();
        const ServerStatus::Report report = ServerStatus::read(workspace->db(), where, now);
        for (const QString& line : ServerStatus::format(report, now))
            std::fprintf(out, "%s\n", qPrintable(line));
        std::fflush(out);
        return report.ok() ? 0 : 1;
    } catch (const SqlError& e) {
        return fail(QCoreApplication::translate("ServerRun", "Cannot read the workspace %1: %2")
                        .arg(options.workspace, e.message()));
    }
}
