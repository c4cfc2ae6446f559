#include "ApiRuntime.h"

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
    if (it == m_limiters.end())
        it = m_limiters.insert(key, std::make_shared<AdaptiveLimiter>(key, m_clock, config));
    return it->get();
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
    m_spend.loadSpentToday(db);
}
