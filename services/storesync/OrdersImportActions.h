#pragma once

#include "OrdersExport.h"

#include <QObject>

#include <atomic>
#include <memory>

class Clock;
class EventBus;
class UserSession;

// Importing a Shopify orders export from the desktop, for a shop that cannot connect its store.
// Reading the file and writing its orders run in the background on a connection of their own, with
// progress, and can be stopped between batches; the window never waits. Viewers import nothing (the
// rule of the product import); every import, and what it counted, is in the audit trail. The
// dashboard hears of the new orders through the event bus.
class OrdersImportActions final : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Reading, // bytes of the file
        Writing  // orders written
    };
    Q_ENUM(Phase)

    struct Outcome
    {
        QString file;    // the file's name
        QString summary; // "Imported 1,204 orders (3 skipped: …)", or why nothing was imported
        bool ok = false; // the file was read and its orders written (some may have been skipped)
        int rows = 0;
        int orders = 0;  // written
        int created = 0; // of which new
        QList<OrdersExport::Issue> issues;
        QStringList warnings; // about the whole file (read as Latin-1, ...)
        bool cancelled = false;
    };

    OrdersImportActions(const QString& databasePath, const Clock* clock, EventBus* bus, const UserSession* session,
        QObject* parent = nullptr);
    ~OrdersImportActions() override;

    // Why the session's user may not import, or empty.
    QString whyNot() const;
    bool isBusy() const { return m_cancel != nullptr; }

    // Reads and writes the export at path; imported() follows (also when refused or failed).
    void import(const QString& path);
    // Stops at the next safe point (between rows while reading, between batches while writing).
    void cancel();

signals:
    void progress(OrdersImportActions::Phase phase, qint64 done, qint64 total);
    void imported(const OrdersImportActions::Outcome& outcome);

private:
    QString m_databasePath;
    const Clock* m_clock;
    EventBus* m_bus;
    const UserSession* m_session;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
