#pragma once

#include "ProductFacts.h"
#include "ProductStage.h"

#include "storage/Sql.h"

#include <functional>

#include <QJsonObject>
#include <QSqlDatabase>

// Products and what people ask of them: add, update, move through the state machine (every move is
// a product_events row), run or retry the pipeline, regenerate one piece, edit a piece by hand.
// Requests only write to the database and enqueue jobs; workers do the work.
namespace ProductStore
{

// Adds, changes and finds products with statements prepared once: for one product, or thousands
// inside the caller's transaction (an import). Throws SqlError (a duplicate SKU or handle is a
// readable error).
class Writer
{
public:
    explicit Writer(const QSqlDatabase& db);
    enum Pieces
    {
        WithPieces, // the pieces its content set needs, pending (a product added by hand)
        NoPieces    // none yet: its first run adds them (a bulk import)
    };
    // Inserts a product in Draft with its first event.
    qint64 create(const ProductFacts& facts, const QString& actor, qint64 now, Pieces pieces = WithPieces);
    void update(qint64 id, const ProductFacts& facts, qint64 now);
    // By SKU, then by handle (both indexed).
    std::optional<qint64> find(const QString& sku, const QString& handle);

private:
    void writeVariants(qint64 productId, const QList<ProductVariant>& variants, bool existing);

    QSqlDatabase m_db;
    Sql::Prepared m_insert;
    Sql::Prepared m_event;
    Sql::Prepared m_piece;
    Sql::Prepared m_update;
    Sql::Prepared m_bySku;
    Sql::Prepared m_byHandle;
    Sql::Prepared m_variants;
    Sql::Prepared m_variantInsert;
    Sql::Prepared m_variantUpdate;
    Sql::Prepared m_variantDelete;
    Sql::Prepared m_variantShift;
};

qint64 create(const QSqlDatabase& db, const ProductFacts& facts, const QString& actor, qint64 now);
void updateFacts(const QSqlDatabase& db, qint64 id, const ProductFacts& facts, qint64 now);
std::optional<qint64> findBySkuOrHandle(const QSqlDatabase& db, const QString& sku, const QString& handle);

// An approved price: a variant's SKU changes that variant; a product's SKU changes the product and
// its variants that had its price. Returns the product, or 0 when no product or variant has the SKU.
qint64 setPrice(const QSqlDatabase& db, const QString& sku, qint64 cents, qint64 now);
// The price of the variant (or product without variants) with this SKU, or nothing.
std::optional<qint64> priceOf(const QSqlDatabase& db, const QString& sku);

ProductStage stage(const QSqlDatabase& db, qint64 id);
// Moves a product when the state machine allows it (same stage: only the reason changes). Does not
// open a transaction: call it inside the one that holds the change's cause.
bool transition(const QSqlDatabase& db, qint64 id, ProductStage to, const QString& reason, const QString& actor,
    qint64 now, QString* error = nullptr);
void setReason(const QSqlDatabase& db, qint64 id, const QString& reason, qint64 now);

struct RunRequest
{
    QList<qint64> queued;
    QList<std::pair<qint64, QString>> skipped; // product, why
};
// Queues a pipeline run (Draft) or a retry (Failed, NeedsReview, Escalated) of every piece that is
// not accepted yet. Products already running or past Ready are skipped with a reason. Thousands of
// products are queued in batched transactions; progress(done, total) may cancel between batches.
RunRequest requestRun(const QSqlDatabase& db, const QList<qint64>& ids, const QString& actor, qint64 now,
    const std::function<bool(qint64, qint64)>& progress = {});
// The same for one product, inside the caller's transaction. False with the reason when skipped.
bool queueRun(const QSqlDatabase& db, qint64 id, qint64 now, QString* skipped);

// Queues a new run of one piece with an optional instruction ("shorter, mention the gift box").
// queuePieceRun does it inside the caller's transaction.
bool queuePieceRun(const QSqlDatabase& db, qint64 productId, const QString& kind, const QString& instruction,
    const QString& actor, qint64 now, QString* error);
bool requestPieceRun(const QSqlDatabase& db, qint64 productId, const QString& kind, const QString& instruction,
    const QString& actor, qint64 now, QString* error);
// Stores a person's edit as a new version and queues its check. Returns the version id, or 0.
qint64 saveEdit(
    const QSqlDatabase& db, qint64 pieceId, const QJsonObject& body, const QString& author, qint64 now, QString* error);
bool canChangeContent(ProductStage stage);
// After the facts changed: every piece with written content gets a copy of its current version as
// the first attempt of a new run, and one generate run of the product is queued. The run checks each
// copy against the new facts (and has the reviewer read it again); a copy that no longer agrees is
// rewritten with the checks' feedback. Inside the caller's transaction. Returns how many pieces.
int queueFactsRecheck(const QSqlDatabase& db, qint64 productId, const QString& reason, qint64 now);
// Takes a product in the store (published or live) back to work, as an approved content refresh does:
// queueFactsRecheck on all its pieces. The stores keep the published words until publishing the new ones
// is approved. Inside the caller's transaction. Returns how many pieces, or 0 with the reason (archived,
// busy, not in the store, nothing written).
int queueRevision(const QSqlDatabase& db, qint64 productId, const QString& reason, qint64 now, QString* error);
// Makes an earlier version the piece's current one, as a new version with its body (a person's
// edit: checked again before it counts). Returns the new version id, or 0 with the reason.
qint64 restoreVersion(
    const QSqlDatabase& db, qint64 versionId, const QString& author, qint64 now, QString* error, qint64* productId);
// Whether a job for the product (a run, a piece, a check of an edit) is queued or running.
bool hasActiveWork(const QSqlDatabase& db, qint64 productId);
// Whether a publish of the product to a store or site is queued or running.
bool isBeingPublished(const QSqlDatabase& db, qint64 productId);

// Recomputes progress, attempts, AI cost and (All) the scores from the pieces, verdicts and provider calls.
enum class Rollup
{
    Progress,
    All
};
void refreshRollup(const QSqlDatabase& db, qint64 productId, qint64 now, Rollup what = Rollup::All);

// The approval item for a person when pieces failed the agreement gate: one pending content review
// per product (updated, never duplicated), with an audit entry.
qint64 raiseContentReview(const QSqlDatabase& db, qint64 productId, const QStringList& reasons, qint64 now);
// A later run passed the gate: a pending content review for the product is closed (expired, with a
// note and an audit entry), so nobody reviews what no longer needs it.
int withdrawContentReview(const QSqlDatabase& db, qint64 productId, qint64 now);

} // namespace ProductStore
