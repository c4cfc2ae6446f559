#pragma once

#include "CommandLine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <cstdio>
#include <functional>
#include <memory>

class EventBus;
class QTimer;
class WorkspaceSession;

// `quorum run-pipeline`: the same pipeline as the desktop, without a window. Imports a CSV when
// asked, queues every product in Draft (and whatever a previous run left queued), runs the worker
// pool until nothing is left, draws a progress bar on a terminal (one line per product otherwise),
// and ends with a summary: done, needs review, failed with reasons, and the AI cost.
// Exit codes: 0 nothing failed, 1 something failed (a product, or an import file cut off before its
// end), 2 usage, 3 the workspace or pipeline cannot run, 130 interrupted (Ctrl+C: the work in
// progress goes back to the queue).
class HeadlessRun final : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRun(
        const CommandLine& options, std::FILE* out = stdout, std::FILE* err = stderr, QObject* parent = nullptr);
    ~HeadlessRun() override;

    // Prepares and starts the run; false (with exitCode() set) when it cannot start.
    bool start();
    int exitCode() const { return m_exitCode; }

    enum ExitCode
    {
        Success = 0,
        SomethingFailed = 1,
        CannotRun = 3,
        Interrupted = 130
    };

signals:
    void finished(int exitCode);

private:
    bool importFile();
    // Progress of a long step, on stderr.
    std::function<bool(qint64, qint64)> progressLine(const QString& what);
    void tick();
    void onJobFinished(qint64 productId, int outcome);
    void drawProgress();
    void finish(int code);
    void printSummary(bool interrupted);
    void say(const QString& line);
    void fail(const QString& message, int code);

    CommandLine m_options;
    std::FILE* m_out;
    std::FILE* m_err;
    bool m_tty = false;
    EventBus* m_bus;
    std::unique_ptr<WorkspaceSession> m_session;
    QTimer* m_timer = nullptr;
    QSet<qint64> m_products; // what this run is about
    QSet<qint64> m_reported; // finished products already printed (non-terminal output)
    qint64 m_startedAt = 0;
    QElapsedTimer m_elapsed;
    int m_exitCode = Success;
    bool m_finished = false;
    bool m_importFailed = false; // the file was cut off: part of it was never read
};
