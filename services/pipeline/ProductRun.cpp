#include "ProductRun.h"

#include "ContentSpec.h"
#include "Healing.h"
#include "KnowledgeClaims.h"
#include "PipelineJobs.h"
#include "ProductStore.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "knowledge/KnowledgeEmbedJob.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProductRun::ProductRun(const Env& env, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_job(job)
{
    m_productId = PipelineJobs::Generate.is(job.kind) ? job.subjectId : job.payload.value(u"product"_s).toInteger();
}

void ProductRun::start(std::function<void(qint64)> onChanged, std::function<void(Outcome, const QString&)> onFinished)
{
    m_onChanged = std::move(onChanged);
    m_onFinished = std::move(onFinished);
    m_startedAt = m_env.clock->nowMs();
    const QSqlDatabase& db = m_env.db;
    try {
        const auto facts = ProductFacts::load(db, m_productId);
        if (!facts) {
            // Deleted while queued: nothing to do, and nothing to retry.
            Transaction tx(db, productScope());
            JobQueue::complete(
                db, m_job.id, m_env.owner, QJsonObject{{u"skipped"_s, u"product deleted"_s}}, m_env.clock->nowMs());
            tx.commit();
            finishWith(Outcome::Done, QCoreApplication::translate("ProductRun", "The product was deleted."));
            return;
        }
        m_ctx = std::make_shared<GateContext>();
        m_ctx->db = db;
        m_ctx->llm = m_env.llm;
        m_ctx->clock = m_env.clock;
        m_ctx->facts = *facts;
        m_ctx->brand = BrandProfile::load(db);
        m_ctx->gate = GateSettings::load(db);
        m_ctx->jobId = m_job.id;
        m_ctx->stopRequested = m_env.stopRequested;

        QList<ContentStore::Piece> work;
        QString reason;
        if (PipelineJobs::Generate.is(m_job.kind)) {
            ContentStore::ensurePieces(db, m_productId, m_env.clock->nowMs());
            for (const ContentStore::Piece& p : ContentStore::pieces(db, m_productId)) {
                if (p.state != ContentStore::PieceState::Accepted)
                    work.append(p);
            }
            reason = QCoreApplication::translate("ProductRun", "Writing the content set");
        } else {
            const auto piece = ContentStore::piece(db, m_job.subjectId);
            if (piece)
                work.append(*piece);
            reason = PipelineJobs::Recheck.is(m_job.kind)
                ? QCoreApplication::translate("ProductRun", "Checking your edit of %1")
                      .arg(ContentSpec::displayName(m_job.payload.value(u"kind"_s).toString()))
                : QCoreApplication::translate("ProductRun", "Regenerating %1")
                      .arg(ContentSpec::displayName(m_job.payload.value(u"kind"_s).toString()));
        }
        {
            Transaction tx(db, productScope());
            moveToWork(reason);
            tx.commit();
        }
        m_onChanged(m_productId);
        if (work.isEmpty()) {
            finalize();
            return;
        }
        for (const ContentStore::Piece& p : work) {
            auto* gate = new PieceGate(m_ctx, p, this);
            if (PipelineJobs::Piece.is(m_job.kind))
                gate->setInstruction(
                    m_job.payload.value(u"instruction"_s).toString(), m_job.payload.value(u"actor"_s).toString());
            if (PipelineJobs::Recheck.is(m_job.kind))
                gate->setRecheck(m_job.payload.value(u"version"_s).toInteger());
            m_gates.append(gate);
        }
        m_running = static_cast<int>(m_gates.size());
        // Where the knowledge base is searched by meaning too, the run's searches get their vectors first (each
        // query once per workspace and model); without them the writers are given what the words find.
        QStringList queries;
        for (const ContentStore::Piece& p : std::as_const(work)) {
            if (KnowledgeClaims::wantsKnowledge(p.kind))
                queries += KnowledgeClaims::queriesFor(p.kind, m_ctx->facts);
        }
        queries.removeDuplicates();
        if (m_env.queries && !queries.isEmpty() && Knowledge::embedding(db).enabled()) {
            m_env.queries->embed(db, queries, this, [this](const QString& error) {
                if (!error.isEmpty())
                    qCWarning(lcPipeline)
                        << "job" << m_job.id << "searches the knowledge base by its words alone:" << error;
                startGates();
            });
            return;
        }
        startGates();
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "job" << m_job.id << "cannot start:" << e.message();
        m_results.append({PieceGate::Outcome::Failed, e.message(), ApiError::make(ErrorClass::Transient, e.message())});
        finalize();
    }
}

void ProductRun::startGates()
{
    for (PieceGate* gate : std::as_const(m_gates)) {
        gate->start(
            [this] {
                try {
                    updateStage();
                } catch (const SqlError& e) {
                    qCWarning(lcPipeline) << "cannot update the product's progress:" << e.message();
                }
                m_onChanged(m_productId);
            },
            [this](const PieceGate::Result& r) { gateFinished(r); });
    }
}

void ProductRun::moveToWork(const QString& reason)
{
    const qint64 now = m_env.clock->nowMs();
    const ProductStage s = ProductStore::stage(m_env.db, m_productId);
    if (s == ProductStage::Enhancing || s == ProductStage::Validating)
        ProductStore::setReason(m_env.db, m_productId, reason, now);
    else
        ProductStore::transition(m_env.db, m_productId, ProductStage::Enhancing, reason, u"pipeline"_s, now);
    ProductStore::refreshRollup(m_env.db, m_productId, now, ProductStore::Rollup::Progress);
}

bool ProductRun::allDrafted() const
{
    // Every piece of this run has a version to judge: the writing is done, validation goes on.
    return Sql::scalar(m_env.db,
        u"SELECT NOT EXISTS (SELECT 1 FROM content_pieces p WHERE p.product_id = ? AND p.state <> 'accepted' "
        u"AND NOT EXISTS (SELECT 1 FROM content_versions v WHERE v.piece_id = p.id AND v.run_no = p.run_no))"_s,
        {m_productId})
        .toBool();
}

void ProductRun::updateStage()
{
    // While it runs, the product's progress and cost; its scores when the run ends (finalize).
    const qint64 now = m_env.clock->nowMs();
    if (m_validating) {
        // Past the transition only the rollup changes: one statement, atomic on its own.
        ProductStore::refreshRollup(m_env.db, m_productId, now, ProductStore::Rollup::Progress);
        return;
    }
    Transaction tx(m_env.db, productScope());
    const ProductStage stage = ProductStore::stage(m_env.db, m_productId);
    if (stage == ProductStage::Enhancing && allDrafted()) {
        ProductStore::transition(m_env.db, m_productId, ProductStage::Validating,
            QCoreApplication::translate("ProductRun", "Two models check every piece"), u"pipeline"_s, now);
        m_validating = true;
    } else if (stage == ProductStage::Validating) {
        m_validating = true;
    }
    ProductStore::refreshRollup(m_env.db, m_productId, now, ProductStore::Rollup::Progress);
    tx.commit();
}

void ProductRun::gateFinished(const PieceGate::Result& result)
{
    m_results.append(result);
    if (--m_running == 0)
        finalize();
}

void ProductRun::finalize()
{
    const QSqlDatabase& db = m_env.db;
    const qint64 now = m_env.clock->nowMs();
    bool stopped = false;
    const PieceGate::Result* failure = nullptr;
    for (const PieceGate::Result& r : std::as_const(m_results)) {
        if (r.outcome == PieceGate::Outcome::Stopped)
            stopped = true;
        else if (r.outcome == PieceGate::Outcome::Failed && !failure)
            failure = &r;
    }
    try {
        Transaction tx(db, productScope());
        if (stopped) {
            // A safe point: what was stored stays; the job goes back to the queue untouched.
            ProductStore::setReason(db, m_productId, QCoreApplication::translate("ProductRun", "Paused"), now);
            const bool released = JobQueue::release(db, m_job.id, m_env.owner, now);
            tx.commit();
            finishWith(released ? Outcome::Released : Outcome::LostLease, {});
            return;
        }
        if (failure && Healing::heals(failure->error)) {
            // The provider is the problem: wait for it without spending an attempt, and say for what.
            const qint64 since = m_job.waitingSince > 0 ? m_job.waitingSince : now;
            const qint64 delay = Healing::delayMs(m_job.waits, failure->error, m_env.random01, m_env.retryBaseMs);
            const QString why = Healing::waitingReason(
                db, failure->providers, failure->error, std::min(since, m_startedAt), now + delay);
            Sql::exec(db,
                u"UPDATE content_pieces SET state = 'queued', last_error = ?, updated_at = ? "
                u"WHERE product_id = ? AND state IN ('queued', 'writing', 'reviewing', 'checking', 'failed')"_s,
                {why, now, m_productId});
            const JobQueue::FailOutcome outcome
                = JobQueue::wait(db, m_job.id, m_env.owner, why, delay, Healing::giveUpAfterMs(db), now);
            if (outcome == JobQueue::FailOutcome::LostLease) {
                finishWith(Outcome::LostLease, {});
                return; // the transaction rolls back
            }
            QString reason = why;
            if (outcome == JobQueue::FailOutcome::Dead) {
                reason = Healing::gaveUpReason(db, failure->providers, failure->error, since, now);
                Sql::exec(db,
                    u"UPDATE content_pieces SET state = 'failed', last_error = ?, updated_at = ? "
                    u"WHERE product_id = ? AND state = 'queued'"_s,
                    {reason, now, m_productId});
                Sql::exec(db, u"UPDATE jobs SET last_error = ? WHERE id = ?"_s, {reason, m_job.id});
                ProductStore::transition(db, m_productId, ProductStage::Failed, reason, u"pipeline"_s, now);
            } else {
                ProductStore::setReason(db, m_productId, why, now);
            }
            ProductStore::refreshRollup(db, m_productId, now);
            tx.commit();
            finishWith(outcome == JobQueue::FailOutcome::Dead ? Outcome::Dead : Outcome::Retrying, reason);
            return;
        }
        if (failure) {
            const bool retryable = failure->error.retryable() || failure->error.cls == ErrorClass::CircuitOpen
                || failure->error.cls == ErrorClass::SchemaMismatch || failure->error.cls == ErrorClass::RateLimited;
            // Never sooner than the provider asked for, or than its circuit breaker lets a call through.
            const qint64 backoff = std::max(JobQueue::backoffMs(m_job.attempts + 1, m_env.random01, m_env.retryBaseMs),
                failure->error.retryAfterMs);
            Sql::exec(db,
                u"UPDATE content_pieces SET state = 'failed', last_error = ?, updated_at = ? "
                u"WHERE product_id = ? AND state IN ('queued', 'writing', 'reviewing', 'checking')"_s,
                {failure->reason, now, m_productId});
            const JobQueue::FailOutcome outcome
                = JobQueue::fail(db, m_job.id, m_env.owner, failure->reason, retryable, backoff, now);
            if (outcome == JobQueue::FailOutcome::LostLease) {
                finishWith(Outcome::LostLease, {});
                return; // the transaction rolls back
            }
            if (outcome == JobQueue::FailOutcome::Dead) {
                ProductStore::transition(db, m_productId, ProductStage::Failed, failure->reason, u"pipeline"_s, now);
            } else {
                // The countdown is the Pipeline's Step column (from the job's run_after): a number
                // written here would stand still.
                ProductStore::setReason(db, m_productId,
                    QCoreApplication::translate("ProductRun", "Will try again: %1").arg(failure->reason), now);
            }
            ProductStore::refreshRollup(db, m_productId, now);
            tx.commit();
            finishWith(outcome == JobQueue::FailOutcome::Dead ? Outcome::Dead : Outcome::Retrying, failure->reason);
            return;
        }
        QStringList reasons;
        for (const ContentStore::Piece& p : ContentStore::pieces(db, m_productId)) {
            if (p.state != ContentStore::PieceState::Accepted)
                reasons.append(p.lastError.isEmpty() ? ContentSpec::displayName(p.kind) : p.lastError);
        }
        if (ProductStore::stage(db, m_productId) == ProductStage::Enhancing)
            ProductStore::transition(db, m_productId, ProductStage::Validating, {}, u"pipeline"_s, now);
        if (reasons.isEmpty()) {
            ProductStore::transition(db, m_productId, ProductStage::Ready,
                QCoreApplication::translate("ProductRun", "Both models agree on every piece"), u"pipeline"_s, now);
            ProductStore::withdrawContentReview(db, m_productId, now);
        } else {
            ProductStore::transition(
                db, m_productId, ProductStage::NeedsReview, reasons.join(u' '), u"pipeline"_s, now);
            ProductStore::raiseContentReview(db, m_productId, reasons, now);
        }
        ProductStore::refreshRollup(db, m_productId, now);
        if (!JobQueue::complete(db, m_job.id, m_env.owner,
                QJsonObject{{u"needs_review"_s, !reasons.isEmpty()}, {u"problems"_s, reasons.join(u' ')}}, now)) {
            finishWith(Outcome::LostLease, {});
            return; // rolled back: the job's new owner decides
        }
        tx.commit();
        finishWith(Outcome::Done, reasons.join(u' '));
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "job" << m_job.id << "cannot finish:" << e.message();
        // The lease runs out and the job is claimed again; the stored steps are reused.
        finishWith(Outcome::LostLease, e.message());
    }
}

void ProductRun::finishWith(Outcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_onChanged && m_productId > 0)
        m_onChanged(m_productId);
    if (m_onFinished)
        m_onFinished(outcome, summary);
}
