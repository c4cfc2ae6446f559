#include "KnowledgeEmbedJob.h"

#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "llm/EmbeddingClient.h"
#include "llm/ProviderStore.h"
#include "resilience/ApiCaller.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace KnowledgeEmbedJob
{

namespace
{
constexpr auto kLane = "knowledge-embed"_L1;

// One run: batch after batch until every passage has a vector, the worker stops, or a request fails.
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
            return fail(e.message(), true);
        }
        next();
    }

private:
    void next()
    {
        if (m_ctx.stopRequested())
            return end(JobOutcome::Released, u"stopped"_s);
        QList<Knowledge::Pending> batch;
        try {
            batch = Knowledge::pendingPassages(m_ctx.db(), m_embedding.model, EmbeddingClient::kMaxBatch);
        } catch (const SqlError& e) {
            return fail(e.message(), true);
        }
        if (batch.isEmpty()) {
            try {
                Knowledge::setEmbeddingError(m_ctx.db(), {});
            } catch (const SqlError& e) {
                qCWarning(lcJobs) << "cannot clear the embedding error:" << e.message();
            }
            return complete(u"%1 passages embedded"_s.arg(m_embedded));
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
                    return fail(error.message, error.retryable());
                try {
                    const QSqlDatabase db = m_ctx.db();
                    Transaction tx(db);
                    Knowledge::storeVectors(
                        db, m_embedding.model, u"passage"_s, hashes, vectors, m_ctx.clock()->nowMs());
                    tx.commit();
                } catch (const SqlError& e) {
                    return fail(e.message(), true);
                }
                m_embedded += int(hashes.size());
                if (EventBus* bus = m_ctx.bus())
                    bus->publishChanged(EventBus::Topic::Settings);
                next();
            });
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
        if (EventBus* bus = m_ctx.bus())
            bus->publishChanged(EventBus::Topic::Settings);
        end(JobOutcome::Done, summary);
    }

    void fail(const QString& why, bool retryable)
    {
        const QSqlDatabase db = m_ctx.db();
        const QString reason = QCoreApplication::translate(
            "KnowledgeEmbedJob", "Embedding the knowledge base's passages failed (%1 of them embedded in this run): %2")
                                   .arg(m_embedded)
                                   .arg(why);
        JobOutcome outcome = JobOutcome::Retrying;
        try {
            Transaction tx(db);
            Knowledge::setEmbeddingError(db, reason);
            const JobQueue::FailOutcome f = JobQueue::fail(db, m_job.id, m_ctx.owner(), reason, retryable,
                JobQueue::backoffMs(m_job.attempts + 1, m_ctx.random01(), m_ctx.retryBaseMs()), m_ctx.clock()->nowMs());
            if (f == JobQueue::FailOutcome::LostLease)
                return end(JobOutcome::LostLease, reason);
            tx.commit();
            outcome = f == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying;
        } catch (const SqlError& e) {
            qCWarning(lcJobs) << "cannot record the failed embedding:" << e.message();
        }
        if (EventBus* bus = m_ctx.bus())
            bus->publishChanged(EventBus::Topic::Settings);
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
    JobQueue::NewJob job{Embed, 0, u"knowledge-embed:%1"_s.arg(now), QJsonObject{{u"lane"_s, QString(kLane)}}, -1, 8};
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

void embedQueries(EmbeddingClient* client, const QSqlDatabase& db, const Clock* clock, const QStringList& queries,
    QObject* context, std::function<void(const QString& error)> done)
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
    client->embed(*config, embedding.model, missing, context,
        [db, clock, missing, model = embedding.model, done = std::move(done)](
            const QList<QVector<float>>& vectors, const ApiError& error) {
            if (error.isError())
                return done(error.message);
            QStringList hashes;
            for (const QString& q : missing)
                hashes.append(Knowledge::queryHash(q));
            try {
                Transaction tx(db);
                Knowledge::storeVectors(db, model, u"query"_s, hashes, vectors, clock->nowMs());
                tx.commit();
            } catch (const SqlError& e) {
                return done(e.message());
            }
            done({});
        });
}

} // namespace KnowledgeEmbedJob
