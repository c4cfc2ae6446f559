#include "ProductStore.h"

#include "ContentSpec.h"
#include "ContentStore.h"
#include "PipelineJobs.h"
#include "agents/PipelineAgents.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "core/Money.h"
#include "core/SiteRenderer.h"
#include "jobs/JobQueue.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace ProductStore
{

namespace
{
QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariantList factBinds(const ProductFacts& f)
{
    QJsonObject listing = f.listing.toJson();
    if (!f.optionNames.isEmpty())
        listing.insert(u"option_names"_s, Json::fromStringList(f.optionNames));
    return {orNull(f.sku.trimmed()), orNull(f.handle.trimmed()), f.name.trimmed(), f.description.trimmed(),
        f.priceCents, optional(f.costCents), f.currency, f.category.trimmed(),
        Json::compact(Json::fromStringList(f.images)), f.audience.trimmed(),
        Json::compact(Json::fromStringList(f.competitorUrls)), f.brandVoice.trimmed(), Json::compact(f.attributes),
        f.listing.status, f.listing.type, Json::compact(listing)};
}

QVariantList variantBinds(const ProductVariant& v)
{
    return {v.sku, Json::compact(Json::fromStringList(v.options)), v.priceCents, optional(v.compareAtCents),
        optional(v.salePriceCents), v.saleFrom > 0 ? QVariant(v.saleFrom) : QVariant(),
        v.saleTo > 0 ? QVariant(v.saleTo) : QVariant(), optional(v.costCents),
        v.stock ? QVariant(*v.stock) : QVariant(), v.weightGrams ? QVariant(*v.weightGrams) : QVariant(), v.image,
        v.barcode, v.requiresShipping, v.taxable, v.storeId};
}

// A variant is the same one across imports by its SKU, else by its option values.
QString variantKey(const QString& sku, const QStringList& options)
{
    return sku.isEmpty() ? u"o:"_s + options.join(u'\x1f') : u"s:"_s + sku;
}

const QString kVariantColumns = u"sku = ?, options = ?, price_cents = ?, compare_at_cents = ?, sale_price_cents = ?, "
                                u"sale_from = ?, sale_to = ?, cost_cents = ?, stock = ?, weight_grams = ?, image = ?, "
                                u"barcode = ?, requires_shipping = ?, taxable = ?, store_id = ?"_s;
} // namespace

Writer::Writer(const QSqlDatabase& db)
    : m_db(db)
    , m_insert(db,
          u"INSERT INTO products (sku, handle, name, description, price_cents, cost_cents, currency, category, "
          u"images, audience_hint, competitor_urls, brand_voice, attributes, status, product_type, listing, source, "
          u"stage, progress, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          u"'draft', "
          u"0, ?, ?)"_s)
    , m_event(db,
          u"INSERT INTO product_events (product_id, at, from_stage, to_stage, reason, actor) VALUES (?, ?, '', "
          u"'draft', ?, ?)"_s)
    , m_piece(db,
          u"INSERT INTO content_pieces (product_id, kind, state, updated_at) VALUES (?, ?, 'pending', ?) "
          u"ON CONFLICT DO NOTHING"_s)
    , m_update(db,
          u"UPDATE products SET sku = COALESCE(?, sku), handle = COALESCE(?, handle), name = ?, description = ?, "
          u"price_cents = ?, cost_cents = ?, currency = ?, category = ?, images = ?, audience_hint = ?, "
          u"competitor_urls = ?, brand_voice = ?, attributes = ?, status = ?, product_type = ?, listing = ?, "
          u"updated_at = ? WHERE id = ?"_s)
    // The conditions on '' let SQLite use the partial unique indexes (a bare "sku = ?" cannot).
    , m_bySku(db, u"SELECT id FROM products WHERE sku = ? AND sku <> ''"_s)
    , m_byHandle(db, u"SELECT id FROM products WHERE handle = ? AND handle <> ''"_s)
    , m_variants(db, u"SELECT id, sku, options FROM product_variants WHERE product_id = ? ORDER BY position"_s)
    , m_variantInsert(db,
          u"INSERT INTO product_variants (sku, options, price_cents, compare_at_cents, sale_price_cents, sale_from, "
          u"sale_to, cost_cents, stock, weight_grams, image, barcode, requires_shipping, taxable, store_id, "
          u"product_id, "
          u"position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_variantUpdate(db, u"UPDATE product_variants SET "_s + kVariantColumns + u", position = ? WHERE id = ?"_s)
    , m_variantDelete(db, u"DELETE FROM product_variants WHERE id = ?"_s)
    , m_variantShift(db, u"UPDATE product_variants SET position = position + 100000 WHERE product_id = ?"_s)
{ }

qint64 Writer::create(const ProductFacts& facts, const QString& actor, qint64 now, Pieces pieces)
{
    QVariantList binds = factBinds(facts);
    binds << facts.source << now << now;
    const qint64 id = m_insert.insert(binds);
    writeVariants(id, facts.variants, false);
    m_event.exec(
        {id, now, facts.source == u"manual" ? u"Added by hand"_s : u"Imported (%1)"_s.arg(facts.source), actor});
    if (pieces == WithPieces) {
        for (const ContentSpec::Piece& p : ContentSpec::forProduct(facts.category, facts.attributes))
            m_piece.exec({id, p.kind, now});
    }
    return id;
}

void Writer::update(qint64 id, const ProductFacts& facts, qint64 now)
{
    QVariantList binds = factBinds(facts);
    binds << now << id;
    m_update.exec(binds);
    writeVariants(id, facts.variants, true);
    ContentStore::ensurePieces(m_db, id, now);
}

void Writer::writeVariants(qint64 productId, const QList<ProductVariant>& variants, bool existing)
{
    // The rows a product had keep their ids (orders and store links point at them): matched by SKU,
    // else by option values; the ones the facts no longer have go.
    QHash<QString, qint64> stored;
    QList<qint64> storedIds;
    if (existing) {
        QSqlQuery& q = m_variants.exec({productId});
        while (q.next()) {
            stored.insert(
                variantKey(q.value(1).toString(), Json::toStringList(Json::arrayFromString(q.value(2).toString()))),
                q.value(0).toLongLong());
            storedIds.append(q.value(0).toLongLong());
        }
        if (!storedIds.isEmpty())
            m_variantShift.exec({productId}); // positions are unique: move the old ones out of the way
    }
    QSet<qint64> kept;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const ProductVariant& v = variants.at(i);
        QVariantList binds = variantBinds(v);
        qint64 id = v.id > 0 && storedIds.contains(v.id) ? v.id : stored.value(variantKey(v.sku, v.options), 0);
        if (id > 0 && kept.contains(id))
            id = 0;
        if (id > 0) {
            binds << static_cast<int>(i) << id;
            m_variantUpdate.exec(binds);
            kept.insert(id);
        } else {
            binds << productId << static_cast<int>(i);
            m_variantInsert.insert(binds);
        }
    }
    for (qint64 id : std::as_const(storedIds)) {
        if (!kept.contains(id))
            m_variantDelete.exec({id});
    }
}

std::optional<qint64> Writer::find(const QString& sku, const QString& handle)
{
    if (!sku.isEmpty()) {
        const QVariant v = m_bySku.scalar({sku});
        if (v.isValid())
            return v.toLongLong();
    }
    if (!handle.isEmpty()) {
        const QVariant v = m_byHandle.scalar({handle});
        if (v.isValid())
            return v.toLongLong();
    }
    return std::nullopt;
}

qint64 create(const QSqlDatabase& db, const ProductFacts& facts, const QString& actor, qint64 now)
{
    return Writer(db).create(facts, actor, now);
}

void updateFacts(const QSqlDatabase& db, qint64 id, const ProductFacts& facts, qint64 now)
{
    Writer(db).update(id, facts, now);
}

std::optional<qint64> findBySkuOrHandle(const QSqlDatabase& db, const QString& sku, const QString& handle)
{
    return Writer(db).find(sku, handle);
}

namespace
{
// An import lists the variants' prices among the facts when they differ (what the prompts carry): the list
// follows the variants' prices as they change.
void followVariantPrices(const QSqlDatabase& db, qint64 productId)
{
    QJsonObject attributes = Json::objectFromString(
        Sql::scalar(db, u"SELECT attributes FROM products WHERE id = ?"_s, {productId}).toString());
    if (!attributes.contains(u"prices"_s))
        return;
    QJsonArray prices;
    QSet<qint64> seen;
    QSqlQuery q = Sql::exec(
        db, u"SELECT price_cents FROM product_variants WHERE product_id = ? ORDER BY position"_s, {productId});
    while (q.next()) {
        const qint64 cents = q.value(0).toLongLong();
        if (!seen.contains(cents)) {
            seen.insert(cents);
            prices.append(Money::toDecimalString(cents));
        }
    }
    attributes.insert(u"prices"_s, prices);
    Sql::exec(db, u"UPDATE products SET attributes = ? WHERE id = ?"_s, {Json::compact(attributes), productId});
}
} // namespace

qint64 setPrice(const QSqlDatabase& db, const QString& sku, qint64 cents, qint64 now)
{
    if (sku.trimmed().isEmpty())
        return 0;
    QSqlQuery v = Sql::exec(db, u"SELECT id, product_id FROM product_variants WHERE sku = ? AND sku <> ''"_s, {sku});
    if (v.next()) {
        const qint64 productId = v.value(1).toLongLong();
        Sql::exec(db, u"UPDATE product_variants SET price_cents = ? WHERE id = ?"_s, {cents, v.value(0)});
        // The product's own price is its first variant's.
        Sql::exec(db,
            u"UPDATE products SET price_cents = (SELECT price_cents FROM product_variants WHERE product_id = ? ORDER "
            u"BY "
            u"position LIMIT 1), updated_at = ? WHERE id = ?"_s,
            {productId, now, productId});
        followVariantPrices(db, productId);
        return productId;
    }
    QSqlQuery p = Sql::exec(db, u"SELECT id, price_cents FROM products WHERE sku = ? AND sku <> ''"_s, {sku});
    if (!p.next())
        return 0;
    const qint64 productId = p.value(0).toLongLong();
    Sql::exec(db, u"UPDATE product_variants SET price_cents = ? WHERE product_id = ? AND price_cents = ?"_s,
        {cents, productId, p.value(1)});
    Sql::exec(db, u"UPDATE products SET price_cents = ?, updated_at = ? WHERE id = ?"_s, {cents, now, productId});
    followVariantPrices(db, productId);
    return productId;
}

std::optional<qint64> priceOf(const QSqlDatabase& db, const QString& sku)
{
    if (sku.trimmed().isEmpty())
        return std::nullopt;
    // A variant's SKU first, as setPrice reads it.
    const QVariant cents = Sql::scalar(db,
        u"SELECT COALESCE((SELECT price_cents FROM product_variants WHERE sku = ? LIMIT 1), (SELECT price_cents FROM "
        u"products WHERE sku = ? LIMIT 1))"_s,
        {sku, sku});
    if (cents.isNull())
        return std::nullopt;
    return cents.toLongLong();
}

ProductStage stage(const QSqlDatabase& db, qint64 id)
{
    return Stage::fromKey(Sql::scalar(db, u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString());
}

bool transition(const QSqlDatabase& db, qint64 id, ProductStage to, const QString& reason, const QString& actor,
    qint64 now, QString* error)
{
    const ProductStage from = stage(db, id);
    if (from == to) {
        setReason(db, id, reason, now);
        return true;
    }
    if (!Stage::canTransition(from, to)) {
        if (error)
            *error = QCoreApplication::translate("ProductStore", "A product cannot go from %1 to %2.")
                         .arg(Stage::displayName(from), Stage::displayName(to));
        return false;
    }
    Sql::exec(db, u"UPDATE products SET stage = ?, stage_reason = ?, progress = ?, updated_at = ? WHERE id = ?"_s,
        {Stage::key(to), reason, Stage::progress(to), now, id});
    Sql::exec(db,
        u"INSERT INTO product_events (product_id, at, from_stage, to_stage, reason, actor) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {id, now, Stage::key(from), Stage::key(to), reason, actor});
    return true;
}

void setReason(const QSqlDatabase& db, qint64 id, const QString& reason, qint64 now)
{
    Sql::exec(db, u"UPDATE products SET stage_reason = ?, updated_at = ? WHERE id = ?"_s, {reason, now, id});
}

namespace
{
// Whether a run, a piece or a check of an edit is queued or running for a product: two index
// lookups (runs by product, pieces' jobs by piece), never a scan of the queue.
const QString kActiveWork
    = u"SELECT EXISTS (SELECT 1 FROM jobs WHERE kind = ? AND subject_id = ? AND state IN ('queued', 'running')) "
      // CROSS JOIN keeps SQLite's join order: the product's few pieces first, then each one's jobs
      // by index (left to itself it walks every queued job).
      u"OR EXISTS (SELECT 1 FROM content_pieces p CROSS JOIN jobs j WHERE p.product_id = ? AND j.kind IN (?, ?) "
      u"AND j.subject_id = p.id AND j.state IN ('queued', 'running'))"_s;

QVariantList activeWorkBinds(qint64 productId)
{
    return {PipelineJobs::Generate.key(), productId, productId, PipelineJobs::Piece.key(), PipelineJobs::Recheck.key()};
}
} // namespace

bool hasActiveWork(const QSqlDatabase& db, qint64 productId)
{
    return Sql::scalar(db, kActiveWork, activeWorkBinds(productId)).toBool();
}

bool canChangeContent(ProductStage s)
{
    return s == ProductStage::Draft || s == ProductStage::Ready || s == ProductStage::NeedsReview
        || s == ProductStage::Failed || s == ProductStage::Escalated;
}

namespace
{
// Queues the runs of a batch of products (a few hundred) in a handful of set-based statements,
// inside the caller's transaction: one read of the products, one of their active work, then
// multi-row inserts and updates. Per-product statements cost a 100,000-product import seconds.
void queueBatch(const QSqlDatabase& db, const QList<qint64>& ids, qint64 now, RunRequest* out)
{
    if (ids.isEmpty())
        return;
    const QString in = Sql::idList(ids);

    struct Current
    {
        ProductStage stage;
        int runNo;
        QString category;
        QString attributes;
        bool archived = false;
    };
    QHash<qint64, Current> current;
    current.reserve(ids.size());
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT id, stage, run_no, category, attributes, archived_at IS NOT NULL FROM products WHERE id IN (%1)"_s
                .arg(in));
        while (q.next())
            current.insert(q.value(0).toLongLong(),
                {Stage::fromKey(q.value(1).toString()), q.value(2).toInt(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toBool()});
    }
    // One run per product at a time, whatever its stage says: a run queued by an earlier session
    // that never started leaves the product in Draft.
    QSet<qint64> busy;
    {
        const QVariantList binds{PipelineJobs::Generate.key(), PipelineJobs::Piece.key(), PipelineJobs::Recheck.key()};
        QSqlQuery q = Sql::exec(db,
            u"SELECT subject_id FROM jobs WHERE kind = ? AND subject_id IN (%1) AND state IN ('queued', 'running') "
            // CROSS JOIN keeps SQLite's join order: the products' few pieces first, then each one's
            // jobs by index (left to itself it walks every queued job).
            u"UNION SELECT p.product_id FROM content_pieces p CROSS JOIN jobs j WHERE p.product_id IN (%1) "
            u"AND j.kind IN (?, ?) AND j.subject_id = p.id AND j.state IN ('queued', 'running')"_s.arg(in),
            binds);
        while (q.next())
            busy.insert(q.value(0).toLongLong());
    }

    std::map<QStringList, QList<qint64>> byPieces; // products by the pieces they get
    QList<qint64> fresh, retried;
    QList<JobQueue::NewJob> jobs;
    for (qint64 id : ids) {
        const auto it = current.constFind(id);
        if (it == current.cend()) {
            out->skipped.append({id, QCoreApplication::translate("ProductStore", "The product no longer exists.")});
            continue;
        }
        if (it->archived) {
            out->skipped.append(
                {id, QCoreApplication::translate("ProductStore", "It is archived; restore it to run it.")});
            continue;
        }
        const ProductStage s = it->stage;
        const bool working = s == ProductStage::Enhancing || s == ProductStage::Validating;
        if (busy.contains(id)) {
            out->skipped.append(
                {id, QCoreApplication::translate("ProductStore", "It is already queued or being written.")});
            continue;
        }
        if (!working && s != ProductStage::Draft && s != ProductStage::Failed && s != ProductStage::NeedsReview
            && s != ProductStage::Escalated) {
            out->skipped.append({id,
                QCoreApplication::translate("ProductStore",
                    "Its content is written (%1). Regenerate single pieces in the detail panel instead.")
                    .arg(Stage::displayName(s))});
            continue;
        }
        busy.insert(id); // the same product twice in one request is queued once
        QStringList kinds;
        for (const ContentSpec::Piece& p :
            ContentSpec::forProduct(it->category, Json::objectFromString(it->attributes)))
            kinds.append(p.kind);
        byPieces[kinds].append(id);
        (s == ProductStage::Draft || working ? fresh : retried).append(id);
        const int runNo = it->runNo + 1;
        jobs.append({PipelineJobs::Generate, id, u"generate:%1:%2"_s.arg(id).arg(runNo), QJsonObject{{u"run"_s, runNo}},
            0, 5, 0, QString::fromLatin1(PipelineAgents::WriterName)});
        out->queued.append(id);
    }
    if (jobs.isEmpty())
        return;
    // Pieces a product already has run again unless accepted; new pieces start at run 1.
    Sql::exec(db,
        u"UPDATE content_pieces SET run_no = run_no + 1, state = 'queued', attempts = 0, last_error = '', "
        u"updated_at = ? WHERE product_id IN (%1) AND state <> 'accepted'"_s.arg(Sql::idList(fresh + retried)),
        {now});
    for (const auto& [kinds, products] : byPieces) {
        if (kinds.isEmpty())
            continue;
        QVariantList binds{now};
        for (const QString& kind : kinds)
            binds.append(kind);
        Sql::exec(db,
            u"INSERT INTO content_pieces (product_id, kind, state, run_no, updated_at) "
            u"SELECT p.id, k.column1, 'queued', 1, ? FROM products p CROSS JOIN (VALUES %1) k WHERE p.id IN (%2) "
            u"ON CONFLICT DO NOTHING"_s.arg(QStringList(kinds.size(), u"(?)"_s).join(u", "_s), Sql::idList(products)),
            binds);
    }
    const auto mark = [&](const QList<qint64>& products, const QString& reason) {
        if (!products.isEmpty())
            Sql::exec(db,
                u"UPDATE products SET run_no = run_no + 1, stage_reason = ?, updated_at = ? WHERE id IN (%1)"_s.arg(
                    Sql::idList(products)),
                {reason, now});
    };
    mark(fresh, QCoreApplication::translate("ProductStore", "Queued"));
    mark(retried, QCoreApplication::translate("ProductStore", "Queued for a retry"));
    JobQueue::enqueueMany(db, jobs, now);
}
} // namespace

bool queueRun(const QSqlDatabase& db, qint64 id, qint64 now, QString* skipped)
{
    RunRequest out;
    queueBatch(db, {id}, now, &out);
    if (!out.skipped.isEmpty())
        *skipped = out.skipped.constFirst().second;
    return !out.queued.isEmpty();
}

RunRequest requestRun(const QSqlDatabase& db, const QList<qint64>& ids, const QString& actor, qint64 now,
    const std::function<bool(qint64, qint64)>& progress)
{
    Q_UNUSED(actor)
    constexpr qsizetype kBatch = 500; // tens of milliseconds of write lock each
    RunRequest out;
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        if (progress && !progress(start, ids.size()))
            break;
        Transaction tx(db);
        queueBatch(db, ids.mid(start, kBatch), now, &out);
        tx.commit();
    }
    return out;
}

bool queuePieceRun(const QSqlDatabase& db, qint64 productId, const QString& kind, const QString& instruction,
    const QString& actor, qint64 now, QString* error)
{
    const ProductStage s = stage(db, productId);
    if (!canChangeContent(s)) {
        *error = QCoreApplication::translate("ProductStore", "The content cannot change while the product is %1.")
                     .arg(Stage::displayName(s));
        return false;
    }
    const auto piece = ContentStore::piece(db, productId, kind);
    if (!piece) {
        *error = QCoreApplication::translate("ProductStore", "This product has no %1.")
                     .arg(ContentSpec::displayName(kind));
        return false;
    }
    const bool busyWithOtherPieces = Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM jobs WHERE state IN ('queued', 'running') AND ((kind = ? AND "
        u"subject_id = ?) "
        u"OR (kind IN (?, ?) AND subject_id = ?)))"_s,
        {PipelineJobs::Generate.key(), productId, PipelineJobs::Piece.key(), PipelineJobs::Recheck.key(), piece->id})
                                         .toBool();
    if (busyWithOtherPieces) {
        *error = QCoreApplication::translate(
            "ProductStore", "The product is already being worked on; wait for it to finish.");
        return false;
    }
    const int runNo = piece->runNo + 1;
    Sql::exec(db,
        u"UPDATE content_pieces SET run_no = ?, state = 'queued', attempts = 0, last_error = '', updated_at = ? "
        u"WHERE id = ?"_s,
        {runNo, now, piece->id});
    JobQueue::enqueue(db,
        {PipelineJobs::Piece, piece->id, u"piece:%1:%2"_s.arg(piece->id).arg(runNo),
            QJsonObject{{u"product"_s, productId}, {u"kind"_s, kind}, {u"instruction"_s, instruction.trimmed()},
                {u"run"_s, runNo}, {u"actor"_s, actor}},
            0, 5, 0, QString::fromLatin1(PipelineAgents::WriterName)},
        now);
    setReason(db, productId,
        QCoreApplication::translate("ProductStore", "Regenerating %1").arg(ContentSpec::displayName(kind)), now);
    return true;
}

bool requestPieceRun(const QSqlDatabase& db, qint64 productId, const QString& kind, const QString& instruction,
    const QString& actor, qint64 now, QString* error)
{
    Transaction tx(db);
    if (!queuePieceRun(db, productId, kind, instruction, actor, now, error))
        return false;
    tx.commit();
    return true;
}

qint64 saveEdit(
    const QSqlDatabase& db, qint64 pieceId, const QJsonObject& body, const QString& author, qint64 now, QString* error)
{
    Transaction tx(db);
    const auto piece = ContentStore::piece(db, pieceId);
    if (!piece) {
        *error = QCoreApplication::translate("ProductStore", "The piece no longer exists.");
        return 0;
    }
    const ProductStage s = stage(db, piece->productId);
    if (!canChangeContent(s)) {
        *error = QCoreApplication::translate("ProductStore", "The content cannot change while the product is %1.")
                     .arg(Stage::displayName(s));
        return 0;
    }
    if (hasActiveWork(db, piece->productId)) {
        *error = QCoreApplication::translate("ProductStore", "The product is being worked on; wait for it to finish.");
        return 0;
    }
    const int editNo = Sql::scalar(
        db, u"SELECT COUNT(*) + 1 FROM content_versions WHERE piece_id = ? AND attempt IS NULL"_s, {pieceId})
                           .toInt();
    ContentStore::Version v;
    v.pieceId = pieceId;
    v.runNo = piece->runNo;
    v.author = author;
    v.body = QString::fromUtf8(Json::canonical(body));
    v.createdAt = now;
    const qint64 versionId = ContentStore::insertVersion(db, v, u"edit:%1:%2"_s.arg(pieceId).arg(editNo));
    Sql::exec(db,
        u"UPDATE content_pieces SET current_version_id = ?, state = 'checking', last_error = '', updated_at = ? "
        u"WHERE id = ?"_s,
        {versionId, now, pieceId});
    JobQueue::enqueue(db,
        {PipelineJobs::Recheck, pieceId, u"recheck:%1"_s.arg(versionId),
            QJsonObject{{u"product"_s, piece->productId}, {u"kind"_s, piece->kind}, {u"version"_s, versionId}}, 0, 5, 0,
            QString::fromLatin1(PipelineAgents::ReviewerName)},
        now);
    tx.commit();
    return versionId;
}

int queueFactsRecheck(const QSqlDatabase& db, qint64 productId, const QString& reason, qint64 now)
{
    QList<ContentStore::Piece> written;
    for (const ContentStore::Piece& p : ContentStore::pieces(db, productId)) {
        if (p.currentVersionId > 0)
            written.append(p);
    }
    if (written.isEmpty())
        return 0;
    for (const ContentStore::Piece& p : std::as_const(written)) {
        const int runNo = p.runNo + 1;
        if (const auto v = ContentStore::version(db, p.currentVersionId); v && v->valid) {
            // Verdicts belong to a version and are never replaced, so the checks can only run against
            // the new facts on a new version: the same words, the first attempt of the new run.
            ContentStore::Version copy = *v;
            copy.runNo = runNo;
            copy.attempt = 1;
            copy.createdAt = now;
            ContentStore::insertVersion(db, copy, ContentStore::generationKey(p.id, runNo, 1));
        }
        Sql::exec(db,
            u"UPDATE content_pieces SET run_no = ?, state = 'queued', attempts = 0, last_error = '', updated_at = ? "
            u"WHERE id = ?"_s,
            {runNo, now, p.id});
    }
    const int runNo = Sql::scalar(db, u"SELECT run_no FROM products WHERE id = ?"_s, {productId}).toInt() + 1;
    Sql::exec(db, u"UPDATE products SET run_no = ?, stage_reason = ?, updated_at = ? WHERE id = ?"_s,
        {runNo, reason, now, productId});
    JobQueue::enqueue(db,
        {PipelineJobs::Generate, productId, u"generate:%1:%2"_s.arg(productId).arg(runNo),
            QJsonObject{{u"run"_s, runNo}}, 0, 5, 0, QString::fromLatin1(PipelineAgents::WriterName)},
        now);
    return static_cast<int>(written.size());
}

bool isBeingPublished(const QSqlDatabase& db, qint64 productId)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM publications u JOIN jobs j ON j.kind = 'publish' AND j.subject_id = u.id "
        u"WHERE u.product_id = ? AND j.state IN ('queued', 'running'))"_s,
        {productId})
        .toBool();
}

int queueRevision(const QSqlDatabase& db, qint64 productId, const QString& reason, qint64 now, QString* error)
{
    QSqlQuery q = Sql::exec(db, u"SELECT stage, archived_at IS NOT NULL FROM products WHERE id = ?"_s, {productId});
    if (!q.next()) {
        *error = QCoreApplication::translate("ProductStore", "The product no longer exists.");
        return 0;
    }
    const ProductStage s = Stage::fromKey(q.value(0).toString());
    const bool archived = q.value(1).toBool();
    q.finish();
    if (archived) {
        *error = QCoreApplication::translate("ProductStore", "It is archived; restore it to run it.");
        return 0;
    }
    if (s != ProductStage::Published && s != ProductStage::Live) {
        *error = QCoreApplication::translate(
            "ProductStore", "Only a published or live product is taken back to work this way; it is %1.")
                     .arg(Stage::displayName(s));
        return 0;
    }
    if (hasActiveWork(db, productId)) {
        *error = QCoreApplication::translate("ProductStore", "The product is being worked on; wait for it to finish.");
        return 0;
    }
    // A publish on its way (an approved price change, say) would be refused once the product is back at work.
    if (isBeingPublished(db, productId)) {
        *error = QCoreApplication::translate(
            "ProductStore", "It is being published to the stores; approve again when that is done.");
        return 0;
    }
    const int pieces = queueFactsRecheck(db, productId, reason, now);
    if (pieces == 0)
        *error = QCoreApplication::translate("ProductStore", "It has no written content to check.");
    return pieces;
}

qint64 restoreVersion(
    const QSqlDatabase& db, qint64 versionId, const QString& author, qint64 now, QString* error, qint64* productId)
{
    const auto v = ContentStore::version(db, versionId);
    if (!v || !v->valid) {
        *error = QCoreApplication::translate("ProductStore", "That version no longer exists or cannot be read.");
        return 0;
    }
    const auto piece = ContentStore::piece(db, v->pieceId);
    if (!piece) {
        *error = QCoreApplication::translate("ProductStore", "The piece no longer exists.");
        return 0;
    }
    if (piece->currentVersionId == versionId) {
        *error = QCoreApplication::translate("ProductStore", "This is already the current version.");
        return 0;
    }
    if (productId)
        *productId = piece->productId;
    return saveEdit(db, v->pieceId, v->json(), author, now, error);
}

namespace
{
// The stage's own progress, in SQL: CASE stage WHEN 'draft' THEN 0 … END.
QString stageProgressSql()
{
    QString sql = u"CASE stage"_s;
    for (int i = static_cast<int>(ProductStage::Draft); i <= static_cast<int>(ProductStage::Escalated); ++i) {
        const auto s = static_cast<ProductStage>(i);
        sql += u" WHEN '%1' THEN %2"_s.arg(Stage::key(s)).arg(Stage::progress(s));
    }
    return sql + u" ELSE 0 END"_s;
}
} // namespace

void refreshRollup(const QSqlDatabase& db, qint64 productId, qint64 now, Rollup what)
{
    // One statement (it runs after every step of every piece, on a team server a round trip each): while
    // the content is written and checked, progress runs from Enhancing's mark over the next 45 points by
    // the pieces done (a piece being reviewed counts half), in whole points rounded down. The scores
    // read every review verdict's JSON: only when asked for.
    static const QString progress
        = u"UPDATE products SET progress = CASE WHEN stage IN ('enhancing', 'validating') "
          u"AND (SELECT COUNT(*) FROM content_pieces WHERE product_id = ?) > 0 THEN %1 + "
          u"(45 * (SELECT SUM(CASE WHEN state IN ('accepted', 'rejected', 'failed') THEN 2 "
          u"WHEN state = 'reviewing' THEN 1 ELSE 0 END) FROM content_pieces WHERE product_id = ?)) "
          u"/ (2 * (SELECT COUNT(*) FROM content_pieces WHERE product_id = ?)) ELSE %2 END, "
          u"attempts = (SELECT CASE WHEN COALESCE(MAX(p.attempts), 0) > products.attempts THEN MAX(p.attempts) "
          u"ELSE products.attempts END FROM content_pieces p WHERE p.product_id = ?), "
          u"cost_micros = (SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE product_id = ?), "_s
              .arg(Stage::progress(ProductStage::Enhancing))
              .arg(stageProgressSql());
    static const QString scores
        = u"quality_score = COALESCE((SELECT MIN(CAST(json_extract(v.scores, '$.quality') AS "
          u"DOUBLE PRECISION)) FROM content_pieces p JOIN validations v ON v.version_id = "
          u"p.current_version_id AND v.stage = 'review' WHERE p.product_id = ?), quality_score), "
          u"seo_score = COALESCE((SELECT MIN(CAST(json_extract(v.scores, '$.seo') AS DOUBLE "
          u"PRECISION)) FROM content_pieces p JOIN validations v ON v.version_id = "
          u"p.current_version_id AND v.stage = 'review' WHERE p.product_id = ?), seo_score), "_s;
    static const QString end = u"updated_at = ? WHERE id = ?"_s;
    static const QString progressOnly = progress + end;
    static const QString all = progress + scores + end;
    if (what == Rollup::Progress)
        Sql::execCached(db, progressOnly, {productId, productId, productId, productId, productId, now, productId});
    else
        Sql::execCached(
            db, all, {productId, productId, productId, productId, productId, productId, productId, now, productId});
}

qint64 raiseContentReview(const QSqlDatabase& db, qint64 productId, const QStringList& reasons, qint64 now)
{
    const QString name = Sql::scalar(db, u"SELECT name FROM products WHERE id = ?"_s, {productId}).toString();
    const QString currency = Sql::scalar(db, u"SELECT currency FROM products WHERE id = ?"_s, {productId}).toString();
    const QString title = QCoreApplication::translate("ProductStore", "Review the content of %1").arg(name);
    const QString description = reasons.join(u'\n');
    const QString verdict = u"HIGH: content failed the agreement gate 3 times"_s;
    const QJsonObject parameters{{u"product_id"_s, productId}, {u"reasons"_s, Json::fromStringList(reasons)}};
    const QVariant existing = Sql::scalar(db,
        u"SELECT id FROM action_proposals WHERE product_id = ? AND action_type = 'content_review' AND status = 'pending'"_s,
        {productId});
    qint64 id = existing.toLongLong();
    if (existing.isValid()) {
        Sql::exec(db, u"UPDATE action_proposals SET description = ?, parameters = ?, updated_at = ? WHERE id = ?"_s,
            {description, Json::compact(parameters), now, id});
    } else {
        id = Sql::insert(db,
            u"INSERT INTO action_proposals (agent, action_type, title, description, reasoning, data_sources, currency, "
            u"risk_factors, confidence, parameters, risk_level, verdict, priority, status, deadline, proposed_by, "
            u"product_id, created_at, updated_at) VALUES ('Quality Reviewer', 'content_review', ?, ?, ?, ?, ?, ?, 0.5, "
            u"?, "
            u"'high', ?, 2, 'pending', ?, 'Quality Reviewer', ?, ?, ?)"_s,
            {title, description,
                QCoreApplication::translate("ProductStore",
                    "The writer and the reviewer did not agree within the allowed attempts, so a person decides: edit "
                    "the "
                    "pieces, regenerate them with an instruction, or accept them as they are."),
                Json::compact(
                    QJsonArray{QCoreApplication::translate("ProductStore", "the rule checks against the facts"),
                        QCoreApplication::translate("ProductStore", "the reviewer model's rubric")}),
                currency,
                Json::compact(QJsonArray{QCoreApplication::translate("ProductStore", "Copy may state wrong facts")}),
                Json::compact(parameters), verdict, now + 72LL * 3600 * 1000, productId, now, now});
    }
    AuditLog::append(db, now, u"Quality Reviewer"_s, u"content.needs_review"_s, u"proposal:%1"_s.arg(id),
        QJsonObject{{u"agent"_s, u"Quality Reviewer"_s}, {u"action_type"_s, u"content_review"_s}, {u"title"_s, title},
            {u"risk_level"_s, u"high"_s}, {u"verdict"_s, verdict}, {u"parameters"_s, parameters}});
    return id;
}

int withdrawContentReview(const QSqlDatabase& db, qint64 productId, qint64 now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, title FROM action_proposals WHERE product_id = ? AND action_type = 'content_review' "
        u"AND status = 'pending'"_s,
        {productId});
    QList<std::pair<qint64, QString>> open;
    while (q.next())
        open.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    const QString note = u"Resolved without a decision: the content passed the agreement gate on a later run."_s;
    for (const auto& [id, title] : open) {
        Sql::exec(db,
            u"UPDATE action_proposals SET status = 'expired', decided_by = 'pipeline', decided_at = ?, notes = ?, "
            u"updated_at = ? WHERE id = ?"_s,
            {now, note, now, id});
        AuditLog::append(db, now, u"pipeline"_s, u"proposal.expired"_s, u"proposal:%1"_s.arg(id),
            QJsonObject{{u"title"_s, title}, {u"action_type"_s, u"content_review"_s}, {u"note"_s, note}});
    }
    return static_cast<int>(open.size());
}

} // namespace ProductStore
