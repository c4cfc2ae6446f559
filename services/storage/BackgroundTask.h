#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

// Long work on the workspace (an import, verifying or exporting the audit trail) off the GUI thread:
// it runs on a pool thread with its own connection (connections never cross threads), reports
// progress and its result on the context object's thread, and can be cancelled. Closing the caller
// never blocks on it: the work finishes (or notices the cancel at its next step) on its own, and
// what it reports is dropped when the context object is gone.
class BackgroundTask
{
public:
    // What the work sees: its connection, a way to report progress, and whether to stop.
    class Step
    {
    public:
        QSqlDatabase db;
        // done of total (total 0: unknown); returns false when the task was cancelled.
        bool progress(qint64 done, qint64 total, const QString& what = {}) const;
        bool cancelled() const { return m_cancel->load(); }

    private:
        friend class BackgroundTask;
        std::shared_ptr<std::atomic<bool>> m_cancel;
        std::function<void(qint64, qint64, QString)> m_report;
    };

    using Progress = std::function<void(qint64 done, qint64 total, const QString& what)>;

    // Starts work(step) -> T; onDone(T) runs on context's thread. Returns a handle that cancels.
    template <class T>
    static std::shared_ptr<std::atomic<bool>> run(const QString& databasePath, QObject* context,
        std::function<T(const Step&)> work, Progress onProgress, std::function<void(T)> onDone)
    {
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        QPointer<QObject> guard(context);
        Step step;
        step.m_cancel = cancel;
        step.m_report = [guard, onProgress](qint64 done, qint64 total, const QString& what) {
            if (!guard || !onProgress)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [onProgress, done, total, what] { onProgress(done, total, what); }, Qt::QueuedConnection);
        };
        (void)QtConcurrent::run([databasePath, step, work, guard, onDone]() mutable {
            T result = withConnection<T>(databasePath, step, work);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [onDone, result = std::move(result)]() mutable { onDone(std::move(result)); },
                Qt::QueuedConnection);
        });
        return cancel;
    }

private:
    template <class T>
    static T withConnection(const QString& path, Step step, const std::function<T(const Step&)>& work)
    {
        const auto holder = open(path, &step.db);
        T result = work(step);
        step.db = QSqlDatabase(); // before the connection is removed
        return result;
    }
    // Opens a connection for this thread (closed when the returned holder goes).
    static std::shared_ptr<void> open(const QString& path, QSqlDatabase* db);
};
