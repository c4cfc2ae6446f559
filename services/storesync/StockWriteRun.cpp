#include "StockWriteRun.h"

#include "StockPool.h"
#include "audit/AuditLog.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

StockWriteRun::StockWriteRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
    , m_sku(job.payload.value(u"sku"_s).toString())
{ }

void StockWriteRun::start(std::function<void(Outcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    if (m_ctx.stopRequested()) {
        finish(Outcome::Released, {});
        return;
    }
    QString why;
    try {
        if (!prepare(&why)) {
            if (!m_finished)
                fail(why, false);
            return;
        }
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    if (m_clients.woo)
        writeWoo();
    else
        writeShopify();
}

bool StockWriteRun::prepare(QString* why)
{
    const QSqlDatabase db = m_ctx.db();
    const auto connection = Connections::find(db, m_job.subjectId);
    if (!connection || connection->kind == Connections::Kind::WordPress) {
        *why = QCoreApplication::translate("SyncRun", "The store connection was removed.");
        return false;
    }
    m_connection = *connection;
    QSqlQuery q = Sql::exec(db,
        u"SELECT product_remote_id, variant_remote_id, item_remote_id, location_id, available FROM inventory_levels "
        u"WHERE connection_id = ? AND sku = ? AND available IS NOT NULL ORDER BY location_id"_s,
        {m_connection.id, m_sku});
    bool any = false;
    while (q.next()) {
        if (!any) {
            m_place.productId = q.value(0).toString();
            m_place.variantId = q.value(1).toString();
            m_place.itemId = q.value(2).toString();
            m_place.locationId = q.value(3).toString();
            m_place.atLocation = q.value(4).toInt();
        }
        any = true;
        m_place.total += q.value(4).toInt();
    }
    q.finish();
    if (!any) {
        *why = QCoreApplication::translate("StockWriteRun", "%1 no longer keeps stock of %2.")
                   .arg(m_connection.name, m_sku);
        return false;
    }
    // The approved number, moved by what sold (or arrived) since it was proposed.
    const int quantity = m_job.payload.value(u"quantity"_s).toInt();
    const auto poolNow = StockPool::pooled(db, m_sku);
    const QJsonValue poolThen = m_job.payload.value(u"pool"_s);
    m_target = std::max(0, quantity + (poolNow && poolThen.isDouble() ? *poolNow - poolThen.toInt() : 0));
    const qint64 now = m_ctx.clock()->nowMs();
    if (m_target == m_place.total) { // nothing to write
        if (completeWith([](const QSqlDatabase&, qint64) {}, QJsonObject{{u"unchanged"_s, m_target}}))
            finish(Outcome::Done, {});
        return false;
    }
    {
        Transaction tx(db, Transaction::Durable);
        StockPool::writing(db, m_connection.id, m_sku, m_target, now);
        tx.commit();
    }
    return StoreSync::makeClients(m_ctx, m_connection, this, &m_clients, why);
}

void StockWriteRun::writeWoo()
{
    const qint64 product = m_place.productId.toLongLong();
    const qint64 variation = m_place.variantId == m_place.productId ? 0 : m_place.variantId.toLongLong();
    m_clients.woo->getStockItem(
        product, variation, this, [this, product, variation](const ApiError& e, const QJsonObject& item) {
            if (e.isError()) {
                fail(e);
                return;
            }
            if (!item.value(u"manage_stock"_s).toBool() || !item.value(u"stock_quantity"_s).isDouble()) {
                fail(QCoreApplication::translate("StockWriteRun", "%1 no longer tracks the stock of %2.")
                         .arg(m_connection.name, m_sku),
                    false);
                return;
            }
            const int now = item.value(u"stock_quantity"_s).toInt();
            if (now != m_place.total) {
                moved(QCoreApplication::translate("StockWriteRun", "%1 has %2 of %3 now, not the %4 Quorum read.")
                          .arg(m_connection.name)
                          .arg(now)
                          .arg(m_sku)
                          .arg(m_place.total));
                return;
            }
            m_clients.woo->setStock(product, variation, m_target, this, [this](const ApiError& e2, const QJsonObject&) {
                if (e2.isError())
                    fail(e2);
                else
                    succeeded(m_target, m_target);
            });
        });
}

void StockWriteRun::writeShopify()
{
    // The first location takes the difference, so the store's total becomes the target.
    const int first = std::max(0, m_place.atLocation + (m_target - m_place.total));
    m_clients.shopify->setAvailable(
        m_place.itemId, m_place.locationId, first, m_place.atLocation, this, [this, first](const ApiError& e) {
            if (e.code == u"COMPARE_QUANTITY_STALE") {
                moved(QCoreApplication::translate(
                    "StockWriteRun", "%1 no longer has the %2 of %3 at its first location that Quorum read.")
                          .arg(m_connection.name)
                          .arg(m_place.atLocation)
                          .arg(m_sku));
                return;
            }
            if (e.isError())
                fail(e);
            else
                succeeded(m_place.total - m_place.atLocation + first, first);
        });
}

void StockWriteRun::succeeded(int storeLevel, int firstLocationLevel)
{
    const bool committed = completeWith(
        [&](const QSqlDatabase& db, qint64 now) {
            Sql::exec(db,
                u"UPDATE inventory_levels SET available = ?, updated_at = ? WHERE connection_id = ? AND "
                u"variant_remote_id = ? AND location_id = ?"_s,
                {firstLocationLevel, now, m_connection.id, m_place.variantId, m_place.locationId});
            StockPool::written(db, m_connection.id, m_sku, storeLevel, now);
            AuditLog::append(db, now, QString(StockPool::Agent), u"stock.written"_s,
                u"connection:%1"_s.arg(m_connection.id),
                QJsonObject{{u"sku"_s, m_sku}, {u"store"_s, m_connection.name}, {u"from"_s, m_place.total},
                    {u"to"_s, storeLevel}, {u"proposal"_s, m_job.payload.value(u"proposal"_s)}});
            // A person may have set a number other than the pool's: the other stores follow.
            StockPool::reconcile(db, {m_sku}, now);
        },
        QJsonObject{{u"written"_s, storeLevel}});
    if (!committed)
        return;
    qCInfo(lcPipeline) << "stock of" << m_sku << "in" << m_connection.name << "set to" << storeLevel;
    if (m_ctx.bus()) {
        m_ctx.bus()->publishChanged(EventBus::Topic::StoreData, {m_connection.id}, true);
        m_ctx.bus()->publishChanged(EventBus::Topic::Proposals, {}, true);
    }
    finish(Outcome::Done, {});
}

void StockWriteRun::moved(const QString& what)
{
    const QString note
        = QCoreApplication::translate("StockWriteRun", "%1 Nothing was written; the store's stock is read again.")
              .arg(what);
    const bool committed = completeWith(
        [&](const QSqlDatabase& db, qint64 now) {
            StoreSync::queue(db, m_connection.id, now, u"products"_s);
            AuditLog::append(db, now, QString(StockPool::Agent), u"stock.write_skipped"_s,
                u"connection:%1"_s.arg(m_connection.id), QJsonObject{{u"sku"_s, m_sku}, {u"why"_s, note}});
        },
        QJsonObject{{u"skipped"_s, note}});
    if (!committed)
        return;
    qCInfo(lcPipeline) << "stock write of" << m_sku << "to" << m_connection.name << "skipped:" << what;
    finish(Outcome::Done, note);
}

bool StockWriteRun::completeWith(
    const std::function<void(const QSqlDatabase&, qint64)>& effects, const QJsonObject& result)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(db, Transaction::Durable);
        effects(db, now);
        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), result, now)) {
            finish(Outcome::LostLease, {});
            return false;
        }
        tx.commit();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return false;
    }
    return true;
}

void StockWriteRun::fail(const ApiError& e)
{
    fail(QCoreApplication::translate("StockWriteRun", "Writing the stock of %1 to %2 failed: %3")
             .arg(m_sku, m_connection.name, e.message.isEmpty() ? e.toString() : e.message),
        e.retryable() || e.cls == ErrorClass::Timeout || e.cls == ErrorClass::Unreachable
            || e.cls == ErrorClass::CircuitOpen);
}

void StockWriteRun::fail(const QString& message, bool retryable)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(db);
        const auto outcome = JobQueue::fail(db, m_job.id, m_ctx.owner(), message, retryable,
            JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_ctx.retryBaseMs()), now);
        tx.commit();
        qCWarning(lcPipeline) << "stock write of" << m_sku << "failed:" << message;
        finish(outcome == JobQueue::FailOutcome::Dead
                ? Outcome::Dead
                : (outcome == JobQueue::FailOutcome::LostLease ? Outcome::LostLease : Outcome::Retrying),
            message);
    } catch (const SqlError& e) {
        finish(Outcome::LostLease, e.message());
    }
}

void StockWriteRun::finish(Outcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    if (outcome == Outcome::Released) {
        try {
            JobQueue::release(m_ctx.db(), m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs());
        } catch (const SqlError& e) {
            qCWarning(lcPipeline) << "cannot give back stock job" << m_job.id << ":" << e.message();
        }
    }
    m_onFinished(outcome, summary);
}
