#pragma once

#include "CircuitBreaker.h"
#include "Pricing.h"
#include "RateControl.h"
#include "secrets/SecretCache.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

class Clock;

// What every worker thread shares about remote APIs: one circuit breaker, one adaptive concurrency
// limiter and one token bucket per endpoint, the spend guard, the price table and the secret cache.
// Created once per workspace by the composition root; thread-safe.
class ApiRuntime final : public QObject
{
    Q_OBJECT
public:
    explicit ApiRuntime(const Clock* clock, QObject* parent = nullptr);
    ~ApiRuntime() override;

    const Clock* clock() const { return m_clock; }
    BreakerRegistry* breakers() { return &m_breakers; }
    SpendGuard* spend() { return &m_spend; }
    SecretCache* secrets() { return &m_secrets; }

    AdaptiveLimiter* limiter(const QString& key, const AdaptiveLimiter::Config& config);
    // How many processes of the workspace run workers (this one included): their limiters share each
    // provider (AdaptiveLimiter::setPeers). Told at every beat (ProcessBeat::workingProcesses).
    void setPeers(int peers);
    // Null when ratePerSecond <= 0 (no rate limit of our own).
    TokenBucket* bucket(const QString& key, double ratePerSecond, double burst);
    QList<AdaptiveLimiter*> limiters() const;

    PriceTable prices() const;
    void setPrices(const PriceTable& prices);
    // Takes the workspace's price table, daily budget and today's spend so far.
    void loadFrom(const QSqlDatabase& db);

    // How long an endpoint's call may stay silent before it is abandoned: four times the slowest of
    // its recent answers (the 95th percentile of the last 64), never less than the floor nor more
    // than the ceiling; 0 (the HTTP client's default) until 8 answers were seen. So a stall on a provider that answers
    // in 2 s costs about 10 s, not a fixed minute, and a slow local model is not cut off.
    void recordLatency(const QString& endpointKey, qint64 ms);
    int stallTimeoutFor(const QString& endpointKey) const;
    void setStallBounds(int floorMs, int ceilingMs);

private:
    const Clock* m_clock;
    BreakerRegistry m_breakers;
    SpendGuard m_spend;
    SecretCache m_secrets;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<AdaptiveLimiter>> m_limiters;
    int m_peers = 1;
    QHash<QString, std::shared_ptr<TokenBucket>> m_buckets;
    PriceTable m_prices;
    QHash<QString, QList<qint64>> m_latencies; // newest last, at most 64
    int m_stallFloorMs = 10'000;
    int m_stallCeilingMs = 60'000;
};
