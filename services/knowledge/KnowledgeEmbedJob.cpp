#include "KnowledgeEmbedJob.h"

#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "llm/EmbeddingClient.h"
#include "llm/ProviderStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace KnowledgeEmbedJob
{

namespace
{
constexpr auto kLane = "knowledge-embed"_L1;
// A provider that is down or out of today's budget is waited for this long before the job gives up.
constexpr qint64 kGiveUpAfterMs = 24 * 3'600'000LL;
// Settings → Knowledge is told of the progress every this many batches (and at the end).
constexpr int kTellEvery = 8;

// What heals by itself: the provider down, slow, rate limited, its circuit open, or today's budget spent.
bool waitFor(const ApiError& error)
{
    switch (error.cls) {
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
    case ErrorClass::Overloaded:
    case ErrorClass::Timeout:
    case ErrorClass::Unreachable:
    case ErrorClass::CircuitOpen:
    case ErrorClass::BudgetExceeded:
        return true;
    default:
        return false;
    }
}

// One run: batch after batch until every passage has a vector, the worker stops, the model changes, or a request
// fails.
class Embedding final : public QObject
{
public:
    Embedding(JobContext& ctx, const JobQueue::Job& job, JobDone done)
        : QObject(ctx.thread())
        , m_ctx(ctx)
        , m_job(job)
        , m_done(std::move(done))
    { }

    void start()
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            m_embedding = Knowledge::embedding(db);
            if (!m_embedding.enabled())
                return complete(u"no embedding model"_s);
            QString why;
            const auto config = provider(db, m_embedding, &why);
            if (!config) {
                Knowledge::setEmbeddingError(db, why);
                return complete(why);
            }
            m_config = *config;
            Transaction tx(db);
            Knowledge::hashPassages(db);
            Knowledge::pruneVectors(db, m_embedding.model);
            tx.commit();
        } catch (const SqlError& e) {
            return fail(e.message(), ApiError::make(ErrorClass::Transient, e.message()));
        }
        next();
    }

private:
    void next()
    {
        if (m_ctx.stopRequested())
            return release();
        QList<Knowledge::Pending> batch;
        try {
            // The owner may have chosen another model, or turned meaning search off, since the run began.
            const Knowledge::Embedding now = Knowledge::embedding(m_ctx.db());
            if (now.providerId != m_embedding.providerId || now.model != m_embedding.model)
                return complete(u"the embedding model was changed"_s);
            batch = Knowledge::pendingPassages(m_ctx.db(), m_embedding.model, EmbeddingClient::kMaxBatch);
            if (batch.isEmpty()) {
                Knowledge::setEmbeddingError(m_ctx.db(), {});
                return complete(u"%1 passages embedded"_s.arg(m_embedded));
            }
        } catch (const SqlError& e) {
            return fail(e.message(), ApiError::make(ErrorClass::Transient, e.message()));
        }
        QStringList hashes;
        QStringList texts;
        for (const Knowledge::Pending& p : std::as_const(batch)) {
            hashes.append(p.hash);
            texts.append(p.text);
        }
        clientFor(m_ctx)->embed(m_config, m_embedding.model, texts, this,
            [this, hashes](const QList<QVector<float>>& vectors, const ApiError& error) {
                if (error.isError())
                    return fail(error.message, error);
                try {
                    const QSqlDatabase db = m_ctx.db();
                    Transaction tx(db);
                    Knowledge::storeVectors(
                        db, m_embedding.model, u"passage"_s, hashes, vectors, m_ctx.clock()->nowMs());
                    tx.commit();
                } catch (const SqlError& e) {
                    return fail(e.message(), ApiError::make(ErrorClass::Transient, e.message()));
                }
                m_embedded += int(hashes.size());
                if (++m_batches % kTellEvery == 0)
                    tell();
                next();
            });
    }

    void tell() const
    {
        if (EventBus* bus = m_ctx.bus())
            bus->publishChanged(EventBus::Topic::Settings);
    }

    void complete(const QString& summary)
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            Transaction tx(db);
            if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), {{u"summary"_s, summary}}, m_ctx.clock()->nowMs()))
                return end(JobOutcome::LostLease, {});
            tx.commit();
        } catch (const SqlError& e) {
            return end(JobOutcome::LostLease, e.message());
        }
        tell();
        end(JobOutcome::Done, summary);
    }

    // Pause, emergency stop or shutdown: the job goes back to the queue as it is, without an attempt counted.
    void release()
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            Transaction tx(db);
            if (!JobQueue::release(db, m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs()))
                return end(JobOutcome::LostLease, {});
            tx.commit();
        } catch (const SqlError& e) {
            return end(JobOutcome::LostLease, e.message());
        }
        end(JobOutcome::Released, u"stopped"_s);
    }

    void fail(const QString& why, const ApiError& error)
    {
        const QSqlDatabase db = m_ctx.db();
        const qint64 now = m_ctx.clock()->nowMs();
        const QString reason = QCoreApplication::translate(
            "KnowledgeEmbedJob", "Embedding the knowledge base's passages failed (%1 of them embedded in this run): %2")
                                   .arg(m_embedded)
                                   .arg(why);
        JobOutcome outcome = JobOutcome::LostLease;
        try {
            Transaction tx(db);
            Knowledge::setEmbeddingError(db, reason);
            const qint64 backoff = JobQueue::backoffMs(m_job.attempts + 1, m_ctx.random01(), m_ctx.retryBaseMs());
            const JobQueue::FailOutcome f = waitFor(error)
                ? JobQueue::wait(
                    db, m_job.id, m_ctx.owner(), reason, std::max(backoff, error.retryAfterMs), kGiveUpAfterMs, now)
                : JobQueue::fail(db, m_job.id, m_ctx.owner(), reason, error.retryable(), backoff, now);
            if (f == JobQueue::FailOutcome::LostLease)
                return end(JobOutcome::LostLease, reason);
            tx.commit();
            outcome = f == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying;
        } catch (const SqlError& e) {
            qCWarning(lcJobs) << "cannot record the failed embedding:" << e.message();
            return end(JobOutcome::LostLease, e.message());
        }
        tell();
        end(outcome, reason);
    }

    void end(JobOutcome outcome, const QString& summary)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_done(outcome, summary);
    }

    JobContext& m_ctx;
    JobQueue::Job m_job;
    JobDone m_done;
    Knowledge::Embedding m_embedding;
    ProviderConfig m_config;
    int m_embedded = 0;
    int m_batches = 0;
    bool m_ended = false;
};

class Handler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new Embedding(ctx, job, std::move(done));
        run->start();
        return run;
    }
};
} // namespace

bool enqueue(const QSqlDatabase& db, qint64 now)
{
    if (!Knowledge::embedding(db).enabled())
        return false;
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'queued'"_s, {Embed.key()}).toInt() > 0)
        return false;
    // The key counts the runs: one asked for in the millisecond another was queued (a clock that has not moved) is
    // still queued.
    const qint64 runs = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind = ?"_s, {Embed.key()}).toLongLong();
    JobQueue::NewJob job{
        Embed, 0, u"knowledge-embed:%1:%2"_s.arg(now).arg(runs), QJsonObject{{u"lane"_s, QString(kLane)}}, -1, 8};
    return JobQueue::enqueue(db, job, now).second;
}

void registerHandler(JobRegistry& registry)
{
    // The provider's key may live in the keychain.
    registry.add(Embed, std::make_unique<Handler>(), JobRegistry::Secrets);
}

EmbeddingClient* clientFor(JobContext& ctx)
{
    return ctx.resource<EmbeddingClient>([](JobContext& c, QObject* parent) {
        auto* client = new EmbeddingClient(c.caller(), c.runtime(), parent);
        client->setCallLog(c.db());
        client->setRetryPolicy(c.retry());
        return client;
    });
}

QueryEmbedder* queriesFor(JobContext& ctx)
{
    EmbeddingClient* client = clientFor(ctx);
    return ctx.resource<QueryEmbedder>(
        [client](JobContext& c, QObject* parent) { return new QueryEmbedder(client, c.clock(), parent); });
}

std::optional<ProviderConfig> provider(const QSqlDatabase& db, const Knowledge::Embedding& embedding, QString* why)
{
    const auto config = ProviderStore::find(db, embedding.providerId);
    if (!config) {
        *why = QCoreApplication::translate("KnowledgeEmbedJob",
            "The provider “%1” chosen for meaning search no longer exists; choose another in Settings → Knowledge.")
                   .arg(embedding.providerId);
        return std::nullopt;
    }
    if (!EmbeddingClient::supports(config->kind)) {
        *why = QCoreApplication::translate("KnowledgeEmbedJob",
            "%1 has no embeddings that Quorum can use; choose an OpenAI-compatible or Ollama provider.")
                   .arg(config->name.isEmpty() ? config->id : config->name);
        return std::nullopt;
    }
    return config;
}

QueryEmbedder::QueryEmbedder(EmbeddingClient* client, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{ }

void QueryEmbedder::embed(
    const QSqlDatabase& db, const QStringList& queries, QObject* context, std::function<void(const QString&)> done)
{
    QString why;
    std::optional<ProviderConfig> config;
    QStringList missing;
    const Knowledge::Embedding embedding = Knowledge::embedding(db);
    try {
        if (!embedding.enabled())
            return done({});
        config = provider(db, embedding, &why);
        if (!config)
            return done(why);
        missing = Knowledge::queriesWithoutVector(db, embedding.model, queries);
    } catch (const SqlError& e) {
        return done(e.message());
    }
    if (missing.isEmpty())
        return done({});
    missing = missing.mid(0, EmbeddingClient::kMaxBatch);
    const QString key = embedding.model + u'\n' + missing.join(u'\n');
    auto it = m_waiting.find(key);
    if (it != m_waiting.end()) { // asked for already: wait for that answer
        it->append({context, std::move(done)});
        return;
    }
    m_waiting.insert(key, {{context, std::move(done)}});
    m_client->embed(
        *config, embedding.model, missing, this,
        [this, db, key, missing, model = embedding.model](const QList<QVector<float>>& vectors, const ApiError& error) {
            QString outcome = error.isError() ? error.message : QString();
            if (!error.isError()) {
                QStringList hashes;
                for (const QString& q : missing)
                    hashes.append(Knowledge::queryHash(q));
                try {
                    Transaction tx(db);
                    Knowledge::storeVectors(db, model, u"query"_s, hashes, vectors, m_clock->nowMs());
                    tx.commit();
                } catch (const SqlError& e) {
                    outcome = e.message();
                }
            }
            const QList<Waiter> waiters = m_waiting.take(key);
            for (const Waiter& w : waiters) {
                if (w.context)
                    w.done(outcome);
            }
        },
        1); // one attempt: a run rather searches by words than waits for a provider that is unwell
}

} // namespace KnowledgeEmbedJob
