#include "Publications.h"

#include "PublishJobs.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Publications
{

namespace
{
const QString kSelect = u"SELECT id, COALESCE(product_id, 0), COALESCE(site_id, 0), connection_id, target, "
                        u"external_id, url, status, content_hash, media, error, COALESCE(published_at, 0), "
                        u"updated_at, fingerprint FROM publications"_s;

Publication fromQuery(const QSqlQuery& q)
{
    Publication p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.productId = q.value(i++).toLongLong();
    p.siteId = q.value(i++).toLongLong();
    p.connectionId = q.value(i++).toLongLong();
    p.target = q.value(i++).toString();
    p.externalId = q.value(i++).toString();
    p.url = q.value(i++).toString();
    p.status = q.value(i++).toString();
    p.contentHash = q.value(i++).toString();
    p.media = Json::arrayFromString(q.value(i++).toString());
    p.error = q.value(i++).toString();
    p.publishedAt = q.value(i++).toLongLong();
    p.updatedAt = q.value(i++).toLongLong();
    p.fingerprint = Json::objectFromString(q.value(i++).toString());
    return p;
}

QList<Publication> list(const QSqlDatabase& db, const QString& where, qint64 id)
{
    QList<Publication> out;
    QSqlQuery q = Sql::exec(db, kSelect + u" WHERE "_s + where + u" = ? ORDER BY connection_id, target"_s, {id});
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

// The publication row for (subject, connection, target), created queued when missing, and its job.
qint64 queueOne(const QSqlDatabase& db, const QString& subjectColumn, qint64 subjectId, qint64 connectionId,
    const QString& target, bool unpublish, qint64 now)
{
    QVariant id = Sql::scalar(db,
        u"SELECT id FROM publications WHERE "_s + subjectColumn + u" = ? AND connection_id = ? AND target = ?"_s,
        {subjectId, connectionId, target});
    if (!id.isValid() || id.isNull()) {
        id = Sql::insert(db,
            u"INSERT INTO publications ("_s + subjectColumn
                + u", connection_id, target, status, updated_at) VALUES (?, ?, ?, 'queued', ?)"_s,
            {subjectId, connectionId, target, now});
    }
    const qint64 pub = id.toLongLong();
    // One waiting job per publication: asking twice while it waits does not publish twice; asking the other way
    // (taking it down while a publish waits, say) replaces the waiting one. A job already running may have read
    // the product before this change (an approved price): another one follows it (a publication's jobs run one
    // at a time, in its connection's lane).
    QSqlQuery waiting = Sql::exec(db,
        u"SELECT COALESCE(CAST(json_extract(payload, '$.unpublish') AS BIGINT), 0) FROM jobs WHERE kind = ? AND "
        u"subject_id = ? AND "
        u"state = 'queued'"_s,
        {PublishJobs::Publish.key(), pub});
    bool same = false;
    bool opposite = false;
    while (waiting.next())
        (waiting.value(0).toBool() == unpublish ? same : opposite) = true;
    waiting.finish();
    if (same && !opposite)
        return pub;
    if (opposite)
        JobQueue::cancelFor(db, PublishJobs::Publish, pub, now);
    JobQueue::enqueue(db,
        {PublishJobs::Publish, pub, u"publish:%1:%2:%3"_s.arg(pub).arg(unpublish ? u"draft"_s : u"live"_s).arg(now),
            QJsonObject{{u"publication"_s, pub}, {u"unpublish"_s, unpublish},
                {u"lane"_s, u"connection:%1"_s.arg(connectionId)}},
            3, 8},
        now);
    if (!unpublish)
        Sql::exec(
            db, u"UPDATE publications SET status = 'queued', error = '', updated_at = ? WHERE id = ?"_s, {now, pub});
    return pub;
}
} // namespace

std::optional<Publication> load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, kSelect + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Publication> forProduct(const QSqlDatabase& db, qint64 productId)
{
    return list(db, u"product_id"_s, productId);
}

QList<Publication> forSite(const QSqlDatabase& db, qint64 siteId)
{
    return list(db, u"site_id"_s, siteId);
}

QString storeUrl(const QSqlDatabase& db, qint64 productId)
{
    return Sql::scalar(db,
        u"SELECT url FROM publications WHERE product_id = ? AND target = 'product' AND status = 'published' AND "
        u"url <> '' ORDER BY COALESCE(published_at, 0) DESC LIMIT 1"_s,
        {productId})
        .toString();
}

bool productApproved(const QSqlDatabase& db, qint64 productId, QString* why)
{
    const bool approved = Sql::scalar(db,
                              u"SELECT COUNT(*) FROM action_proposals WHERE product_id = ? AND action_type = "
                              u"'publish_product' AND status "
                              u"IN ('approved', 'auto_approved')"_s,
                              {productId})
                              .toInt()
        > 0;
    if (!approved) {
        *why = QCoreApplication::translate(
            "Publications", "Publishing this product has not been approved (Approvals: publish the product).");
        return false;
    }
    const ProductStage stage = ProductStore::stage(db, productId);
    if (stage != ProductStage::Approved && stage != ProductStage::Publishing && stage != ProductStage::Published
        && stage != ProductStage::Promoting && stage != ProductStage::Live) {
        *why = QCoreApplication::translate(
            "Publications", "The product changed since publishing was approved; it needs approving again.");
        return false;
    }
    return true;
}

bool siteApproved(const QSqlDatabase& db, qint64 siteId, QString* why)
{
    const qint64 product
        = Sql::scalar(db, u"SELECT COALESCE(product_id, 0) FROM sites WHERE id = ?"_s, {siteId}).toLongLong();
    if (product > 0)
        return productApproved(db, product, why);
    // A generated site's approval names the page version a person saw: a page written again since needs its own.
    const int version = Sql::scalar(db, u"SELECT page_version FROM sites WHERE id = ?"_s, {siteId}).toInt();
    const bool approved
        = Sql::scalar(db,
              u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'publish_product' AND status IN ('approved', "
              u"'auto_approved') AND json_extract(parameters, '$.site') = ? AND (? = 0 OR "
              u"json_extract(parameters, '$.page_version') = ?)"_s,
              {siteId, version, version})
              .toInt()
        > 0;
    if (!approved)
        *why = version > 0
            ? QCoreApplication::translate("Publications", "Version %1 of this page has not been approved.").arg(version)
            : QCoreApplication::translate("Publications", "Publishing this site has not been approved.");
    return approved;
}

std::optional<Publication> find(const QSqlDatabase& db, qint64 productId, qint64 connectionId, const QString& target)
{
    QSqlQuery q = Sql::exec(db, kSelect + u" WHERE product_id = ? AND connection_id = ? AND target = ?"_s,
        {productId, connectionId, target});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<StorePreview> storePreviews(const QSqlDatabase& db, qint64 productId)
{
    QList<StorePreview> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.id, c.name, COALESCE(s.read_at, 0), COALESCE(s.diff, '{}'), COALESCE(s.error, ''), "
        u"(SELECT COUNT(*) FROM jobs j WHERE j.kind = ? AND j.subject_id = ? AND j.state IN ('queued', 'running') "
        u"AND CAST(json_extract(j.payload, '$.connection') AS BIGINT) = c.id) FROM connections c "
        u"LEFT JOIN store_previews s ON s.connection_id = c.id AND s.product_id = ? "
        u"WHERE c.kind IN ('woocommerce', 'shopify') ORDER BY c.id"_s,
        {PublishJobs::Preview.key(), productId, productId});
    while (q.next()) {
        StorePreview p;
        p.connectionId = q.value(0).toLongLong();
        p.connectionName = q.value(1).toString();
        p.readAt = q.value(2).toLongLong();
        p.diff = Json::objectFromString(q.value(3).toString());
        p.error = q.value(4).toString();
        p.reading = q.value(5).toInt() > 0;
        out.append(p);
    }
    return out;
}

int queueStorePreviews(const QSqlDatabase& db, qint64 productId, qint64 now)
{
    int queued = 0;
    for (const Connections::Connection& c : Connections::all(db)) {
        if (c.kind == Connections::Kind::WordPress)
            continue;
        const bool waiting = Sql::scalar(db,
                                 u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND subject_id = ? AND state IN ('queued', "
                                 u"'running') AND json_extract(payload, '$.connection') = ?"_s,
                                 {PublishJobs::Preview.key(), productId, c.id})
                                 .toInt()
            > 0;
        if (waiting)
            continue;
        JobQueue::enqueue(db,
            {PublishJobs::Preview, productId, u"preview:%1:%2:%3"_s.arg(productId).arg(c.id).arg(now),
                QJsonObject{{u"connection"_s, c.id}}, 1, 3, 0, {}},
            now);
        ++queued;
    }
    return queued;
}

void saveStorePreview(const QSqlDatabase& db, qint64 productId, qint64 connectionId, const QJsonObject& diff,
    const QString& error, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO store_previews (product_id, connection_id, read_at, diff, error) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (product_id, connection_id) DO UPDATE SET read_at = excluded.read_at, diff = excluded.diff, "
        u"error = excluded.error"_s,
        {productId, connectionId, now, Json::compact(diff), error});
}

QStringList productDestinations(const QSqlDatabase& db)
{
    QStringList out;
    for (const Connections::Connection& c : Connections::all(db)) {
        const QString what = c.kind == Connections::Kind::WordPress
            ? QCoreApplication::translate("Publications", "a blog post and the landing page")
            : QCoreApplication::translate("Publications", "the product listing");
        out.append(QCoreApplication::translate("Publications", "%1 “%2” (%3): %4")
                       .arg(Connections::kindDisplayName(c.kind), c.name,
                           QUrl(c.url).host().isEmpty() ? c.url : QUrl(c.url).host(), what));
    }
    return out;
}

QList<qint64> queueProduct(const QSqlDatabase& db, qint64 productId, bool unpublish, qint64 now, QString* why)
{
    QList<qint64> out;
    if (!unpublish && !productApproved(db, productId, why))
        return out;
    const QList<Connections::Connection> connections = Connections::all(db);
    if (connections.isEmpty()) {
        *why = QCoreApplication::translate(
            "Publications", "There is nowhere to publish to yet: add a store or a site in Settings → Connections.");
        return out;
    }
    const qint64 site
        = Sql::scalar(db, u"SELECT COALESCE(MIN(id), 0) FROM sites WHERE product_id = ?"_s, {productId}).toLongLong();
    for (const Connections::Connection& c : connections) {
        if (c.kind == Connections::Kind::WordPress) {
            out.append(queueOne(db, u"product_id"_s, productId, c.id, QString(Post), unpublish, now));
            // The landing page: the product's generated site, or one generated from its content.
            if (site > 0)
                out.append(queueOne(db, u"site_id"_s, site, c.id, QString(Page), unpublish, now));
            else
                out.append(queueOne(db, u"product_id"_s, productId, c.id, QString(Page), unpublish, now));
        } else {
            out.append(queueOne(db, u"product_id"_s, productId, c.id, QString(Product), unpublish, now));
        }
    }
    return out;
}

QList<qint64> queueSite(
    const QSqlDatabase& db, qint64 siteId, qint64 connectionId, bool unpublish, qint64 now, QString* why)
{
    if (!unpublish && !siteApproved(db, siteId, why))
        return {};
    const auto c = Connections::find(db, connectionId);
    if (!c || c->kind != Connections::Kind::WordPress) {
        *why = QCoreApplication::translate("Publications", "A generated site is published to a WordPress site.");
        return {};
    }
    return {queueOne(db, u"site_id"_s, siteId, connectionId, QString(Page), unpublish, now)};
}

QList<qint64> queueRepublish(const QSqlDatabase& db, qint64 productId, qint64 now)
{
    QList<qint64> out;
    // In the store, or on its way there (a publish queued or running, which may have read the product before
    // this change: queueOne has another follow it).
    for (const Publication& p : forProduct(db, productId)) {
        if (p.status == u"published" || p.status == u"queued")
            out.append(queueOne(db, u"product_id"_s, productId, p.connectionId, p.target, false, now));
    }
    return out;
}

int outboxCount(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND state IN ('queued', 'running')"_s,
        {PublishJobs::Publish.key()})
        .toInt();
}

} // namespace Publications
