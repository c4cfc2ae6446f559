#include "ApiRuntime.h"

#include <algorithm>

ApiRuntime::ApiRuntime(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_breakers(clock)
    , m_spend(clock)
    , m_prices(PriceTable::defaults())
{ }

ApiRuntime::~ApiRuntime() = default;

AdaptiveLimiter* ApiRuntime::limiter(const QString& key, const AdaptiveLimiter::Config& config)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_limiters.find(key);
    if (it == m_limiters.end()) {
        it = m_limiters.insert(key, std::make_shared<AdaptiveLimiter>(key, m_clock, config));
        (*it)->setPeers(m_peers);
    }
    return it->get();
}

void ApiRuntime::setPeers(int peers)
{
    QMutexLocker lock(&m_mutex);
    m_peers = std::max(1, peers);
    for (const auto& l : std::as_const(m_limiters))
        l->setPeers(m_peers);
}

TokenBucket* ApiRuntime::bucket(const QString& key, double ratePerSecond, double burst)
{
    if (ratePerSecond <= 0)
        return nullptr;
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, std::make_shared<TokenBucket>(ratePerSecond, burst, m_clock));
    return it->get();
}

QList<AdaptiveLimiter*> ApiRuntime::limiters() const
{
    QMutexLocker lock(&m_mutex);
    QList<AdaptiveLimiter*> out;
    for (const auto& l : m_limiters)
        out.append(l.get());
    return out;
}

PriceTable ApiRuntime::prices() const
{
    QMutexLocker lock(&m_mutex);
    return m_prices;
}

void ApiRuntime::setPrices(const PriceTable& prices)
{
    QMutexLocker lock(&m_mutex);
    m_prices = prices;
}

void ApiRuntime::loadFrom(const QSqlDatabase& db)
{
    setPrices(PriceTable::load(db));
    m_spend.setDailyBudget(SpendGuard::storedDailyBudget(db));
    m_spend.setShares(SpendGuard::storedShares(db));
    m_spend.loadSpentToday(db);
}

void ApiRuntime::recordLatency(const QString& endpointKey, qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    QList<qint64>& list = m_latencies[endpointKey];
    list.append(ms);
    if (list.size() > 64)
        list.removeFirst();
}

int ApiRuntime::stallTimeoutFor(const QString& endpointKey) const
{
    QMutexLocker lock(&m_mutex);
    QList<qint64> list = m_latencies.value(endpointKey);
    if (list.size() < 8)
        return 0; // the HTTP client's own stall timeout
    std::sort(list.begin(), list.end());
    const qint64 p95 = list.at(std::min<qsizetype>(list.size() - 1, (list.size() * 95) / 100));
    return static_cast<int>(std::clamp<qint64>(4 * p95, m_stallFloorMs, m_stallCeilingMs));
}

void ApiRuntime::setStallBounds(int floorMs, int ceilingMs)
{
    QMutexLocker lock(&m_mutex);
    m_stallFloorMs = floorMs;
    m_stallCeilingMs = std::max(floorMs, ceilingMs);
}
