#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <set>

class Clock;

// A token bucket per provider: at most `ratePerSecond` calls on average with bursts up to
// `capacity`. Thread-safe.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, double capacity, const Clock* clock);
    // Takes `tokens` if available and returns 0; otherwise takes nothing and returns how long to
    // wait (ms) before they will be.
    qint64 take(double tokens = 1.0);
    double available() const;
    void setRate(double ratePerSecond, double capacity);

private:
    void refill() const;
    const Clock* m_clock;
    mutable QMutex m_mutex;
    double m_rate;
    double m_capacity;
    mutable double m_tokens;
    mutable qint64 m_lastMs;
};

// Adaptive concurrency per provider (AIMD with slow start). Until the first 429 the limit grows by one
// per successful call at the limit (doubling every round trip); after that by one per window of such
// calls. When the provider answers 429 for call t, the
// limit drops to what the provider evidently accepted: the calls granted before t that are still
// running, and at most limit x decrease. One burst of rejections is one signal: every grant carries a
// ticket, and a 429 for a call granted before the last decrease is ignored. Providers limit
// concurrent requests and reject beyond it; this finds that limit in one round trip and then probes
// it gently, without anyone tuning batch sizes. Processes of a team each learn the provider's limit
// on their own: with N of them running workers, after the first decrease each grows N times slower, so
// that together they probe as gently as one (instead of N times as often past the limit); the slow start
// before it is not slowed. Thread-safe; waiters resume on their own thread.
class AdaptiveLimiter
{
public:
    struct Config
    {
        double initial = 4;
        double minimum = 1;
        double maximum = 256;
        double decrease = 0.9; // multiplicative decrease, applied to the in-flight count at the 429
        // Successes at the limit needed per +1, as a multiple of the current limit (1 = classic AIMD).
        double increaseEvery = 1.0;
    };
    enum class Outcome
    {
        Success,
        RateLimited,
        Failure,
        Abandoned
    };

    AdaptiveLimiter(QString name, const Clock* clock, Config config);
    AdaptiveLimiter(QString name, const Clock* clock);

    // Calls `granted(ticket)` (on context's thread) as soon as a slot is free; possibly right away.
    void acquire(QObject* context, std::function<void(quint64 ticket)> granted);
    void release(Outcome outcome, quint64 ticket);
    // How many processes (this one included) call the provider with limiters of their own.
    void setPeers(int peers);

    double limit() const;
    int inFlight() const;
    int waiting() const;
    int decreases() const;
    QString name() const { return m_name; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(quint64)> granted;
    };
    void dispatch(QMutexLocker<QMutex>& lock);

    const QString m_name;
    const Clock* m_clock;
    const Config m_config;
    mutable QMutex m_mutex;
    double m_limit;
    int m_inFlight = 0;
    double m_successCredit = 0;
    quint64 m_nextTicket = 1;
    quint64 m_decreaseTicket = 0; // grants up to this one were out when the limit last dropped
    int m_decreases = 0;
    int m_peers = 1;
    bool m_slowStart = true;
    std::set<quint64> m_active;    // tickets in flight
    std::set<quint64> m_saturated; // tickets that were in flight while the limiter was full
    std::deque<Waiter> m_waiters;
};
