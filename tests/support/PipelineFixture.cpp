#include "PipelineFixture.h"

#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "llm/ProviderStore.h"
#include "pipeline/ProductStore.h"
#include "secrets/SecretCache.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storesync/StoreSync.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

PipelineFixture::PipelineFixture(ManualClock* clock)
    : m_manual(clock)
    , m_clock(clock ? static_cast<const Clock*>(clock) : Clock::system())
    , m_sandbox(std::make_unique<SandboxThread>())
    , m_runtime(m_clock)
{
    ProviderStore::useSandbox(m_ws.db(), m_sandbox->url());
    // Fast polling and retries: the tests wait on signals, these only bound how long a retry takes.
    setSetting(u"pipeline.poll_ms"_s, u"200"_s);
    setSetting(u"pipeline.retry_base_ms"_s, u"200"_s);
    setSetting(u"pipeline.workers"_s, u"2"_s);
}

PipelineFixture::~PipelineFixture()
{
    m_pool.reset();
}

ProductFacts PipelineFixture::facts(
    const QString& name, const QString& category, qint64 priceCents, const QString& material, const QStringList& sizes)
{
    ProductFacts f;
    f.name = name;
    f.description = u"A %1 piece for every day, made to last."_s.arg(material);
    f.priceCents = priceCents;
    f.costCents = priceCents / 3;
    f.currency = u"EUR"_s;
    f.category = category;
    f.images = {u"images/%1.png"_s.arg(name.toLower().replace(u' ', u'-'))};
    f.audience = u"People who cook at home"_s;
    f.source = u"manual"_s;
    if (!material.isEmpty())
        f.attributes.insert(u"material"_s, material);
    if (!sizes.isEmpty())
        f.attributes.insert(u"sizes"_s, Json::fromStringList(sizes));
    return f;
}

qint64 PipelineFixture::addProduct(const ProductFacts& f)
{
    Transaction tx(m_ws.db());
    const qint64 id = ProductStore::create(m_ws.db(), f, u"test"_s, m_clock->nowMs());
    tx.commit();
    return id;
}

qint64 PipelineFixture::connectToSandbox(Connections::Kind kind, const QString& name, qint64 mediaSite)
{
    Connections::Connection c;
    c.kind = kind;
    c.name = name;
    c.url = m_sandbox->url().toString();
    c.account = u"quorum"_s;
    c.mediaSite = mediaSite;
    const qint64 id = Connections::save(m_ws.db(), c, 1);
    for (const QString& field : Connections::secretFields(kind))
        m_runtime.secrets()->put(
            Connections::secretKey(id, field), u"sandbox-"_s + field, SecretCache::originOf(QUrl(c.url)));
    return id;
}

void PipelineFixture::setSetting(const QString& key, const QString& value)
{
    Settings::setValue(m_ws.db(), key, value);
}

void PipelineFixture::startPool()
{
    WorkerPool::Config c;
    c.databasePath = m_ws.workspace().databasePath();
    c.clock = m_clock;
    c.runtime = &m_runtime;
    c.bus = &m_bus;
    c.registry = m_registry ? m_registry : &m_domains->jobs;
    c.workspaceRoot = m_ws.path();
    c.http.stallTimeoutMs = m_stallTimeoutMs;
    c.retry.maxAttempts = 3;
    c.retry.baseDelayMs = 20;
    c.retry.maxDelayMs = 200;
    m_runtime.loadFrom(m_ws.db());
    m_runtime.setStallBounds(std::min(10'000, m_stallTimeoutMs), m_stallTimeoutMs);
    // Breakers behave as in production, on a shorter timescale.
    CircuitBreaker::Config breaker;
    breaker.openMs = 500;
    m_runtime.breakers()->setConfig(breaker);
    m_pool = std::make_unique<WorkerPool>(c);
    m_pool->start(m_ws.db());
}

void PipelineFixture::restartPool()
{
    stopPool();
    startPool();
}

void PipelineFixture::stopPool()
{
    m_pool.reset();
}

void PipelineFixture::run(const QList<qint64>& ids)
{
    ProductStore::requestRun(m_ws.db(), ids, u"test"_s, m_clock->nowMs());
    if (m_pool)
        m_pool->wake();
}

bool PipelineFixture::runUntilIdle(qint64 stepMs, int realTimeoutMs, const std::function<void()>& onStep)
{
    Q_ASSERT(m_manual && m_pool);
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceStep; // real time since the clock last moved a step
    sinceStep.start();
    while (timer.elapsed() < realTimeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // While jobs run (their calls take real time) the clock moves a step at a time, slower than
        // their leases: at most a step per real millisecond, so a call in flight for half a second
        // cannot run a job's lease out before its worker renews it (the loop itself spins much faster).
        // A job a worker has claimed but not yet counted as running is running too (its row says so).
        // When every job is waiting the clock jumps to the next thing due.
        // One statement, one snapshot: whether a job runs and when the next queued one is due are read together.
        // Read apart, a worker could claim the job due now between the two reads, and the clock would jump to
        // the next one over that job's lease (another worker would then take it over mid-send).
        QSqlQuery state = Sql::exec(m_ws.db(),
            QStringLiteral("SELECT (SELECT COUNT(*) FROM jobs WHERE state = 'running'), "
                           "(SELECT MIN(run_after) FROM jobs WHERE state = 'queued')"));
        const bool rowsRunning = state.next() && state.value(0).toLongLong() > 0;
        const QVariant next = state.value(1);
        state.finish(); // no read snapshot held while the loop goes on
        if (m_pool->runningJobs() > 0 || rowsRunning) {
            if (sinceStep.elapsed() >= 1) {
                m_manual->advance(stepMs);
                sinceStep.restart();
            }
        } else {
            qint64 due = m_manual->nextDueMs();
            // A job due later than the workers' next look: straight to it (the looks between find nothing).
            // Only when every queued job is due later (none can be claimed now): a running job's lease is never
            // jumped over.
            if (m_jumpToDueJobs && !next.isNull() && next.toLongLong() > m_manual->nowMs())
                due = std::max(due, next.toLongLong());
            m_manual->setNow(due > m_manual->nowMs() ? due : m_manual->nowMs() + stepMs);
        }
        if (onStep)
            onStep();
        if (JobQueue::counts(m_ws.db()).pending() == 0 && m_pool->runningJobs() == 0)
            return true;
    }
    return false;
}

bool PipelineFixture::syncStore(qint64 connectionId, int timeoutMs)
{
    {
        Transaction tx(m_ws.db());
        StoreSync::queue(m_ws.db(), connectionId, Clock::system()->nowMs());
        tx.commit();
    }
    m_pool->wake();
    return waitUntilIdle(timeoutMs);
}

bool PipelineFixture::waitUntilIdle(int timeoutMs)
{
    QSignalSpy finished(m_pool.get(), &WorkerPool::jobFinished);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (JobQueue::counts(m_ws.db()).pending() == 0 && m_pool->runningJobs() == 0)
            return true;
        finished.wait(static_cast<int>(std::min<qint64>(1000, timeoutMs - timer.elapsed())));
    }
    return false;
}

QString PipelineFixture::stageOf(qint64 id) const
{
    return Sql::scalar(m_ws.db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString();
}
