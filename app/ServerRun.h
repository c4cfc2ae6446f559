#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QStringList>

#include <cstdio>
#include <memory>

class EventBus;
class QuitSignals;
class WorkspaceSession;

// `quorum serve` and `quorum worker`: a workspace without a window. serve runs what the desktop runs
// in the background (the worker pool, the agents on their schedules, the store and ad syncs, the
// approval deadlines, the audit checkpoints, the autopilot's health checks, alerts and reports); worker runs the worker
// pool only, to add hands to a team workspace. Both log to the console (journal-friendly when it is not a terminal) and
// to the workspace log, and stop at a safe point on SIGTERM, SIGINT or SIGHUP: the jobs in hand go back to the queue
// for another worker. Exit codes: 0 stopped on request, 3 cannot run.
class ServerRun final : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        Serve,
        Worker
    };
    ServerRun(const CommandLine& options, Role role, std::FILE* out = stdout, QObject* parent = nullptr);
    ~ServerRun() override;

    bool start(QString* error);

    static constexpr int CannotRun = 3;
    // Whether the folder holds a workspace (a database, or a team file): serve and worker never make one.
    static bool isWorkspace(const QString& directory);

signals:
    void finished(int exitCode);

private:
    void stop(const QString& why, int code);

    CommandLine m_options;
    Role m_role;
    std::FILE* m_out;
    EventBus* m_bus;
    QuitSignals* m_signals;
    std::unique_ptr<WorkspaceSession> m_session;
    bool m_stopping = false;
};
