#pragma once

#include "ContentStore.h"
#include "GateSettings.h"
#include "ProductStore.h"
#include "jobs/RunControl.h"

#include <QObject>
#include <QSqlDatabase>

class Clock;
class EventBus;
class WorkerPool;

// What a person asks of the pipeline from the desktop: add products, run, retry,
// regenerate one piece, edit a piece, pause, resume, stop. Each request is a short write on the
// caller's connection (queued work for the workers, never the work itself), then the workers are
// woken and the views are told what changed.
class PipelineActions final : public QObject
{
    Q_OBJECT
public:
    PipelineActions(const QSqlDatabase& db, const QString& workspaceRoot, const Clock* clock, EventBus* bus,
        WorkerPool* pool, QObject* parent = nullptr);

    // Who acts, and what their role lets them do: viewers change nothing; only an owner lifts an
    // emergency stop.
    void setActor(const QString& actor, bool canChange = true, bool isOwner = true);
    QString actor() const { return m_actor; }
    // Why the current person may not change anything, or empty.
    QString whyReadOnly() const;

    // Copies the images into the workspace (images/<product>-<n>.<ext>) and adds the product in
    // Draft; runs it at once when run is true. Returns the id, or 0 with a readable error.
    qint64 addProduct(ProductFacts facts, const QStringList& imageFiles, bool run, QString* error);
    ProductStore::RunRequest run(const QList<qint64>& productIds);
    // Every product in Draft.
    ProductStore::RunRequest runAllDrafts();
    bool regenerate(qint64 productId, const QString& kind, const QString& instruction, QString* error);
    qint64 saveEdit(qint64 pieceId, const QJsonObject& body, QString* error);

    // Corrects a product's facts (a price typo). The audit entry holds each changed field before and
    // after. When a fact the content states changed (name, description, price, currency, category,
    // material, sizes), every written piece is checked again against the new facts in one run, and
    // the product's reason says why. summary, when given, says what happened in a sentence.
    bool updateFacts(qint64 productId, const ProductFacts& facts, QString* error, QString* summary = nullptr);
    // Archived products leave the Pipeline's list, are never run and are counted nowhere; their
    // facts, content and history stay. Returns how many changed (0 with a reason when refused).
    int archive(const QList<qint64>& productIds, QString* error);
    int unarchive(const QList<qint64>& productIds, QString* error);
    // A new Draft with the product's facts, named "<name> (copy)", without a SKU or handle.
    qint64 duplicate(qint64 productId, QString* error);
    // Makes an earlier version of a piece its current one again; it is checked like an edit.
    qint64 restoreVersion(qint64 versionId, QString* error);

    RunControl::State state() const;
    // False with the reason when the person may not (a viewer; resuming after an emergency stop
    // without being an owner).
    bool setState(RunControl::State state, QString* error = nullptr);

    // What the panes read of a product and the workspace.
    std::optional<ProductFacts> facts(qint64 productId) const;
    struct Status
    {
        QString stageKey;
        QString reason;
        qint64 costMicros = 0;
    };
    std::optional<Status> status(qint64 productId) const;
    int draftCount() const;
    // Empty when products can be written now; otherwise why not, in words (no provider yet, ...).
    QString whyCannotRun() const;
    // What writing one product has cost so far in this workspace (median of the products written, in
    // micro-dollars), and how many products that is from; {0, 0} before the first one.
    struct CostBasis
    {
        qint64 perProductMicros = 0;
        int products = 0;
        qint64 dailyBudgetMicros = 0; // 0: no budget
    };
    CostBasis costBasis() const;
    // The products being written now, and those finished (written, or given up) since a moment: the
    // Pipeline's progress bar for a batch and its time left.
    struct BatchCounts
    {
        int inFlight = 0;
        int writtenSince = 0; // runs that finished (the product is Ready or waits for review)
        int failedSince = 0;  // runs given up on (the product shows Failed with its reason)
        int finishedSince() const { return writtenSince + failedSince; }
    };
    BatchCounts batchCounts(qint64 since) const;
    // Whether a run, a piece or a check is queued or running for the product.
    bool isBusy(qint64 productId) const;
    GateSettings gateSettings() const;
    // The pieces of a product's content review with their verdicts, for the Approvals pane.
    QList<ContentStore::Evidence> reviewEvidence(qint64 productId) const;
    QString workspaceCurrency() const;
    double targetMargin() const;

    // The product's draft in the Add product dialog (kept when the dialog closes by mistake).
    QJsonObject draft() const;
    void saveDraft(const QJsonObject& draft);
    void clearDraft();

signals:
    void stateChanged(RunControl::State state);

private:
    int setArchived(const QList<qint64>& productIds, bool archived, QString* error);
    void changed(const QList<qint64>& productIds, bool membership);

    QSqlDatabase m_db;
    QString m_root;
    const Clock* m_clock;
    EventBus* m_bus;
    WorkerPool* m_pool;
    QString m_actor;
    bool m_canChange = true;
    bool m_isOwner = true;
};
