#pragma once

#include "CatalogImport.h"

#include <QObject>

#include <atomic>
#include <memory>

class Clock;
class EventBus;
class UserSession;
class WorkerPool;

// Importing a store's product export from the desktop. Reading (and matching against the workspace)
// and writing both run in the background on a connection of their own, report progress, and can be
// cancelled; the window never waits for them. Writing goes in batched transactions, so a cancel, a
// closed window or a crash leaves whole products and importing the file again completes it. Viewers
// import nothing; every import is in the audit trail.
class CatalogActions final : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Reading,  // bytes of the file
        Matching, // products compared with the workspace
        Writing,  // products written
        Queuing   // new products queued for the pipeline
    };
    Q_ENUM(Phase)

    CatalogActions(const QString& databasePath, const Clock* clock, EventBus* bus, WorkerPool* pool,
        const UserSession* session, QObject* parent = nullptr);
    ~CatalogActions() override;

    // Why the session's user may not import, or empty.
    QString whyNot() const;
    bool isBusy() const { return m_cancel != nullptr; }

    void read(const QString& path, const CatalogImport::Options& options);
    // Writes the preview's products; with run, the new ones are queued for the pipeline.
    void import(const CatalogImport::Preview& preview, bool run);
    // Stops at the next safe point (between rows while reading, between batches while writing).
    void cancel();

signals:
    void progress(CatalogActions::Phase phase, qint64 done, qint64 total);
    void previewReady(const CatalogImport::Preview& preview);
    // error is empty on success; result holds what was written even when cancelled or failed.
    // willQueue: the new products are being queued for the pipeline now (queued() follows).
    void imported(const CatalogImport::Result& result, bool willQueue, const QString& error);
    // The new products of an import were queued for the pipeline (count), in the background.
    void queued(int count, const QString& error);

private:
    void queueRuns(const QList<qint64>& products, const QString& actor);

    QString m_databasePath;
    const Clock* m_clock;
    EventBus* m_bus;
    WorkerPool* m_pool;
    const UserSession* m_session;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
