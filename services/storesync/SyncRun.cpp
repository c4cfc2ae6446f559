#include "SyncRun.h"

#include "StockPool.h"
#include "StoreSync.h"
#include "agents/AgentRuns.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "resilience/ApiRuntime.h"
#include "secrets/SecretCache.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kWooPerPage = 100;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}
} // namespace

SyncRun::SyncRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
    , m_resource(job.payload.value(u"resource"_s).toString())
{ }

void SyncRun::start(std::function<void(Outcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    if (m_ctx.stopRequested()) {
        finish(Outcome::Released, {});
        return;
    }
    QString why;
    try {
        if (!prepare(&why)) {
            fail(why, false);
            return;
        }
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    if (m_connection.kind == Connections::Kind::WooCommerce) {
        // Up to kWooConcurrency pages at once; the first answer says how many there are.
        if (m_run.value(u"pages"_s).toInt() == 0)
            wooPage(0, ApiError::none(), {}, 0); // starts with page 1 alone
        else
            wooPump();
    } else {
        shopifyNext();
    }
}

bool SyncRun::prepare(QString* why)
{
    const auto connection = Connections::find(m_ctx.db(), m_job.subjectId);
    if (!connection || connection->kind == Connections::Kind::WordPress) {
        *why = QCoreApplication::translate("SyncRun", "The store connection was removed.");
        return false;
    }
    m_connection = *connection;
    if (!StoreSync::resources(Connections::kindKey(m_connection.kind)).contains(m_resource)) {
        *why = QCoreApplication::translate("SyncRun", "%1 cannot be read from this store.").arg(m_resource);
        return false;
    }
    QSqlQuery q = Sql::exec(m_ctx.db(), u"SELECT since, run FROM sync_state WHERE connection_id = ? AND resource = ?"_s,
        {m_connection.id, m_resource});
    if (q.next()) {
        m_since = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toMSecsSinceEpoch();
        m_run = Json::objectFromString(q.value(1).toString());
    }
    // No read left open: a write on a connection that still holds an older snapshot is refused at
    // once (busy) when another connection wrote meanwhile, as two syncs starting together do.
    q.finish();
    if (m_run.isEmpty()) {
        m_run = QJsonObject{{u"started"_s, m_ctx.clock()->nowMs()}, {u"pages"_s, 0}, {u"done"_s, QJsonArray{}}};
        Sql::exec(m_ctx.db(),
            u"INSERT INTO sync_state (connection_id, resource, run, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT "
            u"(connection_id, resource) DO UPDATE SET run = excluded.run, last_error = '', updated_at = "
            u"excluded.updated_at"_s,
            {m_connection.id, m_resource, Json::compact(m_run), m_ctx.clock()->nowMs()});
    }
    for (const QJsonValue& p : m_run.value(u"done"_s).toArray())
        m_done.insert(p.toInt());
    const QString source = m_connection.kind == Connections::Kind::Shopify ? u"shopify"_s : u"woocommerce"_s;
    m_writer = std::make_unique<StoreIngest::Writer>(m_ctx.db(), m_connection.id, source);
    StoreSync::Clients clients;
    if (!StoreSync::makeClients(m_ctx, m_connection, this, &clients, why))
        return false;
    m_woo = clients.woo;
    m_shopify = clients.shopify;
    return true;
}

QString SyncRun::wooPath() const
{
    if (m_resource == u"customers")
        return u"/customers"_s;
    if (m_resource == u"reviews")
        return u"/products/reviews"_s;
    if (m_resource == u"products")
        return u"/products"_s;
    return u"/orders"_s;
}

QList<std::pair<QString, QString>> SyncRun::wooQuery() const
{
    // Ordered by id, so records changed or added while the sync runs never move a page's contents.
    QList<std::pair<QString, QString>> q{{u"orderby"_s, u"id"_s}, {u"order"_s, u"asc"_s}};
    if (m_resource == u"orders") {
        q.append({u"status"_s, u"any"_s});
        if (m_since > 0)
            q.append({u"modified_after"_s, isoUtc(m_since - StoreSync::kOverlapMs)});
    } else if (m_resource == u"customers") {
        q.append({u"role"_s, u"all"_s});
    } else if (m_resource == u"reviews" && m_since > 0) {
        q.append({u"after"_s, isoUtc(m_since - StoreSync::kOverlapMs)});
    } else if (m_resource == u"products") {
        // A sale changes the product's modified date (WooCommerce saves it when it reduces stock).
        q.append({u"status"_s, u"any"_s});
        if (m_since > 0)
            q.append({u"modified_after"_s, isoUtc(m_since - StoreSync::kOverlapMs)});
    }
    return q;
}

void SyncRun::wooPump()
{
    if (m_finished)
        return;
    const int pages = m_run.value(u"pages"_s).toInt();
    if (m_done.size() >= pages && m_inFlight == 0) {
        if (m_writing == 0)
            done();
        return;
    }
    if (m_ctx.stopRequested()) {
        // The variation reads not sent yet stay queued (a resume goes on with them) until the run is
        // released: then their pages are dropped and read again next time.
        if (m_inFlight == 0 && m_writing == waitingGathers()) {
            dropVariationReads();
            finish(Outcome::Released, {});
        }
        return;
    }
    while (!m_finished && m_inFlight < StoreSync::kWooConcurrency && !m_variationReads.isEmpty())
        readVariations(m_variationReads.takeFirst());
    while (!m_finished && m_inFlight < StoreSync::kWooConcurrency && m_nextPage <= pages) {
        const int page = m_nextPage++;
        if (m_done.contains(page))
            continue;
        ++m_inFlight;
        // The store's place is given back as soon as it has answered: the next page is asked for while
        // this one is still being read, not after.
        auto placeHeld = std::make_shared<bool>(true);
        const auto givePlaceBack = [this, placeHeld] {
            if (std::exchange(*placeHeld, false))
                --m_inFlight;
        };
        m_woo->listPage(
            wooPath(), wooQuery(), page, kWooPerPage, this,
            [this, page, givePlaceBack](const ApiError& e, const QJsonArray& items, int, int totalPages) {
                givePlaceBack();
                wooPage(page, e, items, totalPages);
            },
            [this, givePlaceBack] {
                givePlaceBack();
                wooPump();
            });
    }
}

void SyncRun::wooPage(int page, const ApiError& e, const QJsonArray& items, int totalPages)
{
    if (m_finished)
        return;
    if (page == 0) { // the first page decides how many there are
        ++m_inFlight;
        m_woo->listPage(wooPath(), wooQuery(), 1, kWooPerPage, this,
            [this](const ApiError& e1, const QJsonArray& first, int, int pages) {
                --m_inFlight;
                wooPage(1, e1, first, pages);
            });
        return;
    }
    if (e.isError()) {
        // The client has retried what may be retried; the next attempt goes on with the missing pages.
        fail(QCoreApplication::translate("SyncRun", "Reading page %1 of %2 from %3 failed: %4")
                 .arg(page)
                 .arg(m_resource, m_connection.name, e.message.isEmpty() ? e.toString() : e.message),
            e.retryable() || e.cls == ErrorClass::Timeout || e.cls == ErrorClass::Unreachable
                || e.cls == ErrorClass::CircuitOpen);
        return;
    }
    if (m_run.value(u"pages"_s).toInt() == 0) {
        m_run.insert(u"pages"_s, std::max(totalPages, 1));
        m_nextPage = 2;
    }
    if (m_resource == u"products") {
        // A page of products is noted as in only once its variations are read and it is written (they
        // arrive out of order), so a kill never leaves a page noted that is not there.
        ++m_writing;
        withVariations(items, [this, page](const QJsonArray& full) {
            --m_writing;
            m_done.insert(page);
            QJsonObject run = m_run;
            QJsonArray doneList;
            for (int p : std::as_const(m_done))
                doneList.append(p);
            run.insert(u"done"_s, doneList);
            if (m_finished || !ingest(full, run))
                return;
            wooPump();
        });
        wooPump();
        return;
    }
    m_done.insert(page);
    QJsonObject run = m_run;
    QJsonArray doneList;
    for (int p : std::as_const(m_done))
        doneList.append(p);
    run.insert(u"done"_s, doneList);
    // The next pages are asked for before this one is written, and the writing waits its turn in this
    // thread's event loop behind their requests: the store works on them while this one is written.
    // Pages are written in the order they came, so a page noted as in is always in the same
    // transaction as its note or an earlier one.
    ++m_writing;
    wooPump();
    QMetaObject::invokeMethod(
        this,
        [this, items, run] {
            --m_writing;
            if (m_finished || !ingest(items, run))
                return;
            wooPump();
        },
        Qt::QueuedConnection);
}

struct SyncRun::Gather
{
    QJsonArray products;
    std::function<void(const QJsonArray&)> then;
    int waiting = 0;
    bool failed = false;
};

void SyncRun::withVariations(const QJsonArray& products, std::function<void(const QJsonArray&)> then)
{
    // A variable product keeps its stock on its variations, read per product; the page is written
    // once all of them are in (the page counts as being written until then, so the sync waits).
    auto gather = std::make_shared<Gather>();
    gather->products = products;
    gather->then = std::move(then);
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (products.at(i).toObject().value(u"type"_s).toString() == u"variable") {
            ++gather->waiting;
            m_variationReads.append({gather, i});
        }
    }
    if (gather->waiting == 0)
        gather->then(products);
    else
        wooPump();
}

void SyncRun::readVariations(const VariationRead& read)
{
    ++m_inFlight;
    const qint64 id = read.gather->products.at(read.index).toObject().value(u"id"_s).toInteger();
    m_woo->variations(id, this, [this, read](const ApiError& e, const QList<QJsonObject>& list) {
        --m_inFlight;
        Gather& gather = *read.gather;
        if (m_finished || gather.failed) {
            wooPump();
            return;
        }
        if (e.isError()) {
            gather.failed = true;
            fail(QCoreApplication::translate("SyncRun", "Reading the variations of a product from %1 failed: %2")
                     .arg(m_connection.name, e.message.isEmpty() ? e.toString() : e.message),
                e.retryable() || e.cls == ErrorClass::Timeout || e.cls == ErrorClass::Unreachable
                    || e.cls == ErrorClass::CircuitOpen);
            return;
        }
        QJsonObject p = gather.products.at(read.index).toObject();
        QJsonArray variations;
        for (const QJsonObject& v : list)
            variations.append(v);
        p.insert(u"_variations"_s, variations);
        gather.products.replace(read.index, p);
        if (--gather.waiting == 0)
            gather.then(gather.products);
        else
            wooPump();
    });
}

int SyncRun::waitingGathers() const
{
    QSet<const Gather*> pages;
    for (const VariationRead& read : m_variationReads)
        if (!read.gather->failed)
            pages.insert(read.gather.get());
    return static_cast<int>(pages.size());
}

void SyncRun::dropVariationReads()
{
    for (const VariationRead& read : std::as_const(m_variationReads)) {
        if (!read.gather->failed) {
            read.gather->failed = true; // its page is not written, and is read again next time
            --m_writing;
        }
    }
    m_variationReads.clear();
}

void SyncRun::shopifyNext()
{
    if (m_finished)
        return;
    if (m_ctx.stopRequested()) {
        finish(Outcome::Released, {});
        return;
    }
    const QString cursor = m_run.value(u"cursor"_s).toString();
    const QDateTime since
        = m_since > 0 ? QDateTime::fromMSecsSinceEpoch(m_since - StoreSync::kOverlapMs, Qt::UTC) : QDateTime();
    const auto page = [this](const ApiError& e, const QJsonArray& nodes, const ShopifyClient::PageInfo& info) {
        if (m_finished)
            return;
        if (e.isError()) {
            fail(QCoreApplication::translate("SyncRun", "Reading %1 from %2 failed: %3")
                     .arg(m_resource, m_connection.name, e.message.isEmpty() ? e.toString() : e.message),
                e.retryable() || e.cls == ErrorClass::Timeout || e.cls == ErrorClass::Unreachable
                    || e.cls == ErrorClass::CircuitOpen);
            return;
        }
        QJsonObject run = m_run;
        run.insert(u"cursor"_s, info.endCursor);
        run.insert(u"pages_done"_s, run.value(u"pages_done"_s).toInt() + 1);
        if (!ingest(nodes, run))
            return;
        m_run = run;
        if (info.hasNextPage && !info.endCursor.isEmpty())
            shopifyNext();
        else
            done();
    };
    if (m_resource == u"customers")
        m_shopify->customersPage(cursor, since, 250, this, page);
    else if (m_resource == u"products")
        m_shopify->productsPage(cursor, since, 10, this, page);
    else // 22 orders with their lines, refunds and journey stay under Shopify's 1,000-point query cost
        m_shopify->ordersPage(cursor, since, 22, this, page);
}

bool SyncRun::ingest(const QJsonArray& items, const QJsonObject& run)
{
    const qint64 now = m_ctx.clock()->nowMs();
    const bool shopify = m_connection.kind == Connections::Kind::Shopify;
    int proposed = 0;
    try {
        Transaction tx(m_ctx.db());
        QList<StoreIngest::Order> orders;
        QStringList skus;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            if (m_resource == u"orders") {
                QString error;
                const auto order = shopify ? StoreIngest::shopifyOrder(o, &error) : StoreIngest::wooOrder(o, &error);
                if (!order) {
                    if (m_skipped++ == 0)
                        m_firstSkip = error;
                    continue;
                }
                m_newest = std::max(m_newest, order->updatedAt);
                if (order->refundedCents > order->totalCents && m_overRefunded++ == 0)
                    m_firstOverRefunded = order->number.isEmpty() ? order->remoteId : order->number;
                orders.append(*order);
            } else if (m_resource == u"customers") {
                m_writer->customer(shopify ? StoreIngest::shopifyCustomer(o) : StoreIngest::wooCustomer(o), now);
            } else if (m_resource == u"reviews") {
                m_writer->review(StoreIngest::wooReview(o));
            } else if (m_resource == u"products") {
                QList<StoreIngest::Stock> levels;
                if (shopify) {
                    levels = StoreIngest::shopifyStock(o);
                } else if (o.contains(u"_variations"_s)) {
                    for (const QJsonValue& variation : o.value(u"_variations"_s).toArray())
                        levels += StoreIngest::wooStock(variation.toObject(), o.value(u"id"_s).toInteger());
                } else {
                    levels = StoreIngest::wooStock(o);
                }
                for (const StoreIngest::Stock& s : std::as_const(levels)) {
                    m_writer->stock(s, now);
                    skus.append(s.sku);
                }
            }
        }
        m_writer->orders(orders, now);
        // Stock that moved in this store moves the shared stock, and may call for writes or a reorder.
        const StockPool::Outcome stock = StockPool::reconcile(m_ctx.db(), skus, now);
        proposed = stock.updates + stock.reorders;
        const int checked = stock.checked;
        if (checked > 0)
            AgentRuns::record(m_ctx.db(), QString(StockPool::Agent), now, m_ctx.clock()->nowMs(),
                Agent::Outcome::done(QCoreApplication::translate("SyncRun", "%1: %n SKU(s) checked", nullptr, checked)
                                         .arg(m_connection.name)
                        + u"; "_s
                        + QCoreApplication::translate(
                            "SyncRun", "%n stock update(s) or reorder(s) proposed.", nullptr, proposed),
                    proposed));
        Sql::exec(m_ctx.db(),
            u"UPDATE sync_state SET run = ?, rows = rows + ?, updated_at = ? WHERE connection_id = ? AND resource = ?"_s,
            {Json::compact(run), items.size(), now, m_connection.id, m_resource});
        tx.commit();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return false;
    }
    if (proposed > 0 && m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Proposals, {}, true);
    changed(false);
    return true;
}

void SyncRun::done()
{
    const qint64 now = m_ctx.clock()->nowMs();
    QStringList notes;
    if (m_skipped > 0)
        notes.append(QCoreApplication::translate(
            "SyncRun", "%n record(s) could not be read and were left out: %1", nullptr, m_skipped)
                         .arg(m_firstSkip));
    // Refunds larger than the order: counted as the store has them (the figures equal the store's), and
    // worth a look, since it usually means a refund was entered twice or in the wrong order.
    if (m_overRefunded > 0)
        notes.append(QCoreApplication::translate("SyncRun",
            "%n order(s) were refunded more than their total (the first: %1); they count as the store has them.",
            nullptr, m_overRefunded)
                         .arg(m_firstOverRefunded));
    // A store whose clock runs ahead stamps changes in the future of this computer.
    constexpr qint64 kMinute = 60000;
    if (m_newest > now + 5 * kMinute) {
        const int minutes = static_cast<int>((m_newest - now) / kMinute);
        notes.append(QCoreApplication::translate("SyncRun",
            "The clock of the store is about %n minute(s) ahead of this computer; check the time on both.", nullptr,
            minutes));
    }
    try {
        Transaction tx(m_ctx.db(), Transaction::Durable);
        Sql::exec(m_ctx.db(),
            u"UPDATE sync_state SET since = ?, run = '{}', last_error = ?, updated_at = ? WHERE connection_id = ? AND "
            u"resource = ?"_s,
            {QDateTime::fromMSecsSinceEpoch(m_run.value(u"started"_s).toInteger(), Qt::UTC).toString(Qt::ISODate),
                notes.join(u' '), now, m_connection.id, m_resource});
        if (!JobQueue::complete(m_ctx.db(), m_job.id, m_ctx.owner(), {}, now)) {
            finish(Outcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        finish(Outcome::LostLease, e.message());
        return;
    }
    qCInfo(lcPipeline) << "synced" << m_resource << "of" << m_connection.name;
    changed(true);
    finish(Outcome::Done, {});
}

void SyncRun::fail(const QString& message, bool retryable)
{
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(m_ctx.db());
        const auto outcome = JobQueue::fail(m_ctx.db(), m_job.id, m_ctx.owner(), message, retryable,
            JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_ctx.retryBaseMs()), now);
        if (outcome == JobQueue::FailOutcome::LostLease) {
            finish(Outcome::LostLease, message);
            return;
        }
        Sql::exec(m_ctx.db(),
            u"UPDATE sync_state SET last_error = ?, updated_at = ? WHERE connection_id = ? AND resource = ?"_s,
            {message, now, m_connection.id, m_resource});
        tx.commit();
        qCWarning(lcPipeline) << "sync of" << m_resource << "from" << m_connection.name << "failed:" << message;
        changed(true);
        finish(outcome == JobQueue::FailOutcome::Dead ? Outcome::Dead : Outcome::Retrying, message);
    } catch (const SqlError& e) {
        finish(Outcome::LostLease, e.message());
    }
}

void SyncRun::changed(bool force)
{
    // The dashboard reloads from the orders: told at most every two seconds while pages come in.
    const qint64 now = m_ctx.clock()->nowMs();
    if (!m_ctx.bus() || (!force && now - m_lastChanged < 2000))
        return;
    m_lastChanged = now;
    m_ctx.bus()->publishChanged(EventBus::Topic::StoreData, {m_connection.id}, true);
}

void SyncRun::finish(Outcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    if (outcome == Outcome::Released) {
        try {
            JobQueue::release(m_ctx.db(), m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs());
        } catch (const SqlError& e) {
            qCWarning(lcPipeline) << "cannot give back sync job" << m_job.id << ":" << e.message();
        }
    }
    m_onFinished(outcome, summary);
}
