#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>

class Clock;

// A circuit breaker per endpoint, tuned for desktop volumes: it opens after 5 consecutive failures,
// or when at least half of the last 20 calls failed (once 10 have been seen); it stays open 30 s,
// then lets exactly one probe through; the probe's result closes or re-opens it. Thread-safe: the
// workers of all threads share one breaker per endpoint.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };
    struct Config
    {
        int consecutiveFailures = 5;
        int windowSize = 20;
        int minimumCalls = 10;
        double failureRate = 0.5;
        qint64 openMs = 30'000;
    };

    CircuitBreaker(QString endpoint, const Clock* clock, Config config);
    CircuitBreaker(QString endpoint, const Clock* clock);

    // True when a call may go out now. In half-open state only one caller gets true until the probe
    // reports back.
    bool allow();
    void recordSuccess();
    void recordFailure();
    // A call that was allowed but never made (canceled): releases a half-open probe slot.
    void recordAbandoned();

    State state() const;
    QString endpoint() const { return m_endpoint; }
    qint64 openUntilMs() const;
    int recentFailures() const;
    int recentCalls() const;

    // Called (outside the lock) after every state change.
    void setStateListener(std::function<void(const QString& endpoint, State state)> listener);
    static QString stateName(State state);

private:
    void transition(State next, QMutexLocker<QMutex>& lock);
    void record(bool failure);

    const QString m_endpoint;
    const Clock* m_clock;
    const Config m_config;
    mutable QMutex m_mutex;
    State m_state = State::Closed;
    int m_consecutive = 0;
    std::deque<bool> m_window; // true = failure
    qint64 m_openUntil = 0;
    bool m_probeInFlight = false;
    std::function<void(const QString&, State)> m_listener;
};

// All breakers of a workspace, one per endpoint. Observable: the Agents pane shows their states.
class BreakerRegistry final : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        QString endpoint;
        CircuitBreaker::State state;
        qint64 openUntilMs;
        int recentFailures;
        int recentCalls;
    };

    explicit BreakerRegistry(const Clock* clock, QObject* parent = nullptr);
    // The breaker for an endpoint, created on first use. Safe from any thread.
    CircuitBreaker* breaker(const QString& endpoint);
    void setConfig(const CircuitBreaker::Config& config);
    QList<Snapshot> snapshot() const;

signals:
    // Emitted from the thread that caused the change; connect with a context object.
    void stateChanged(const QString& endpoint, int state);

private:
    const Clock* m_clock;
    CircuitBreaker::Config m_config;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<CircuitBreaker>> m_breakers;
};
