#pragma once

#include "StoreIngest.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "publishing/Connections.h"
#include "resilience/ApiError.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class ShopifyClient;
class WooCommerceClient;

// One claimed "store.sync" job: reads one resource of one store from where the last sync ended.
// WooCommerce pages are numbered, so up to kWooConcurrency are read at once in a window fixed when
// the sync starts (ordered by id, changed since the last sync: new records only add pages at the
// end); Shopify pages follow each other by cursor. Each page is written with the note that it is
// in, in one transaction, so a sync stopped or killed goes on with the pages it lacks.
class SyncRun final : public QObject
{
    Q_OBJECT
public:
    using Outcome = JobOutcome;
    SyncRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(Outcome, const QString&)> onFinished);
    qint64 connectionId() const { return m_connection.id; }

private:
    bool prepare(QString* why);
    // WooCommerce
    void wooPump();
    void wooPage(int page, const ApiError& error, const QJsonArray& items, int totalPages);
    QList<std::pair<QString, QString>> wooQuery() const;
    QString wooPath() const;
    // The page's variable products with their variations (as "_variations"), then `then`. The reads
    // wait their turn with the pages' (at most kWooConcurrency at the store at once), ahead of new pages.
    void withVariations(const QJsonArray& products, std::function<void(const QJsonArray&)> then);
    struct Gather;
    struct VariationRead
    {
        std::shared_ptr<Gather> gather;
        qsizetype index = 0;
    };
    void readVariations(const VariationRead& read);
    // The pages whose variation reads are queued and not sent: each counts as being written.
    int waitingGathers() const;
    // Drops the variation reads not yet sent (the sync is released); their pages are read next time.
    void dropVariationReads();
    // Shopify
    void shopifyNext();
    // Writes one page's records and where the sync stands; false (and the job failed) on a database error.
    bool ingest(const QJsonArray& items, const QJsonObject& run);
    void done();
    void fail(const QString& message, bool retryable);
    void finish(Outcome outcome, const QString& summary);
    void changed(bool force);

    JobContext& m_ctx;
    JobQueue::Job m_job;
    QString m_resource;
    Connections::Connection m_connection;
    std::unique_ptr<StoreIngest::Writer> m_writer;
    WooCommerceClient* m_woo = nullptr;
    ShopifyClient* m_shopify = nullptr;
    qint64 m_since = 0; // everything changed before this is in (0: never synced)
    QJsonObject m_run;  // {"started", "pages", "done": [...], "cursor"}
    QSet<int> m_done;
    QList<VariationRead> m_variationReads; // waiting for a place at the store
    int m_nextPage = 1;
    int m_inFlight = 0;
    int m_writing = 0; // pages in, waiting to be written
    int m_skipped = 0;
    QString m_firstSkip;
    qint64 m_newest = 0;    // the newest change the store reported (its clock)
    int m_overRefunded = 0; // orders whose refunds exceed their total (kept as the store has them)
    QString m_firstOverRefunded;
    qint64 m_lastChanged = 0;
    std::function<void(Outcome, const QString&)> m_onFinished;
    bool m_finished = false;
};
