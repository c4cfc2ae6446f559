#pragma once

#include "StoreSync.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "publishing/Connections.h"
#include "resilience/ApiError.h"

#include <QObject>

#include <functional>

// One claimed "stock.write" job: sets one store's stock of one SKU to the shared quantity.
//
// The quantity approved is moved by whatever sold since the proposal was made (the pool then and
// now), so an approval that waited never writes an old number. Before writing, the store must still
// hold what Quorum last read there: WooCommerce is read first, Shopify checks it itself
// (compareQuantity at the store's first location, which absorbs the difference). When the store has
// moved (a sale in between), nothing is written and the store's stock is synced again; the sync
// reconciles and proposes afresh. The level being written is noted first (StockPool::writing), so a
// write that lands but whose answer is lost (a timeout, a kill -9) is recognised at the next sync
// and never taken for a sale.
class StockWriteRun final : public QObject
{
    Q_OBJECT
public:
    using Outcome = JobOutcome;
    StockWriteRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(Outcome, const QString&)> onFinished);

private:
    struct Place
    {
        QString productId;
        QString variantId;
        QString itemId;
        QString locationId;
        int atLocation = 0; // the first location's level (Shopify)
        int total = 0;      // the store's level, summed over locations
    };
    bool prepare(QString* why);
    void writeWoo();
    void writeShopify();
    // The store has moved since Quorum read it: nothing written, its stock synced again.
    void moved(const QString& what);
    void succeeded(int storeLevel, int firstLocationLevel);
    // effects and the job's completion in one durable transaction; false (the run finished as lost
    // or failed) when it did not commit.
    bool completeWith(const std::function<void(const QSqlDatabase&, qint64 now)>& effects, const QJsonObject& result);
    void fail(const ApiError& e);
    void fail(const QString& message, bool retryable);
    void finish(Outcome outcome, const QString& summary);

    JobContext& m_ctx;
    JobQueue::Job m_job;
    Connections::Connection m_connection;
    StoreSync::Clients m_clients;
    QString m_sku;
    Place m_place;
    int m_target = 0;
    std::function<void(Outcome, const QString&)> m_onFinished;
    bool m_finished = false;
};
