#include "CircuitBreaker.h"

#include "core/Clock.h"
#include "core/Log.h"

using namespace Qt::StringLiterals;

CircuitBreaker::CircuitBreaker(QString endpoint, const Clock* clock, Config config)
    : m_endpoint(std::move(endpoint))
    , m_clock(clock)
    , m_config(config)
{ }

CircuitBreaker::CircuitBreaker(QString endpoint, const Clock* clock)
    : CircuitBreaker(std::move(endpoint), clock, Config{})
{ }

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return u"closed"_s;
    case State::Open:
        return u"open"_s;
    case State::HalfOpen:
        return u"half_open"_s;
    }
    return {};
}

void CircuitBreaker::setStateListener(std::function<void(const QString&, State)> listener)
{
    QMutexLocker lock(&m_mutex);
    m_listener = std::move(listener);
}

void CircuitBreaker::transition(State next, QMutexLocker<QMutex>& lock)
{
    if (next == m_state)
        return;
    m_state = next;
    if (next == State::Open) {
        m_openUntil = m_clock->nowMs() + m_config.openMs;
        m_probeInFlight = false;
    }
    if (next == State::Closed) {
        m_consecutive = 0;
        m_window.clear();
        m_probeInFlight = false;
    }
    auto listener = m_listener;
    lock.unlock();
    qCInfo(lcResilience) << "circuit" << m_endpoint << "is now" << stateName(next);
    if (listener)
        listener(m_endpoint, next);
    lock.relock();
}

bool CircuitBreaker::allow()
{
    QMutexLocker lock(&m_mutex);
    if (m_state == State::Open) {
        if (m_clock->nowMs() < m_openUntil)
            return false;
        transition(State::HalfOpen, lock);
    }
    if (m_state == State::HalfOpen) {
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return true;
}

void CircuitBreaker::record(bool failure)
{
    QMutexLocker lock(&m_mutex);
    if (m_state == State::HalfOpen) {
        m_probeInFlight = false;
        transition(failure ? State::Open : State::Closed, lock);
        return;
    }
    if (m_state == State::Open)
        return; // a late answer from before the breaker opened
    m_consecutive = failure ? m_consecutive + 1 : 0;
    m_window.push_back(failure);
    while (static_cast<int>(m_window.size()) > m_config.windowSize)
        m_window.pop_front();
    const int failures = static_cast<int>(std::count(m_window.begin(), m_window.end(), true));
    const bool rateTrip = static_cast<int>(m_window.size()) >= m_config.minimumCalls
        && failures >= m_config.failureRate * static_cast<double>(m_window.size());
    if (failure && (m_consecutive >= m_config.consecutiveFailures || rateTrip))
        transition(State::Open, lock);
}

void CircuitBreaker::recordSuccess()
{
    record(false);
}

void CircuitBreaker::recordFailure()
{
    record(true);
}

void CircuitBreaker::recordAbandoned()
{
    QMutexLocker lock(&m_mutex);
    if (m_state == State::HalfOpen)
        m_probeInFlight = false;
}

CircuitBreaker::State CircuitBreaker::state() const
{
    QMutexLocker lock(&m_mutex);
    // An open breaker whose time is up reads as half-open: the next call will probe.
    if (m_state == State::Open && m_clock->nowMs() >= m_openUntil)
        return State::HalfOpen;
    return m_state;
}

qint64 CircuitBreaker::openUntilMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_state == State::Open ? m_openUntil : 0;
}

int CircuitBreaker::recentFailures() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(std::count(m_window.begin(), m_window.end(), true));
}

int CircuitBreaker::recentCalls() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_window.size());
}

BreakerRegistry::BreakerRegistry(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void BreakerRegistry::setConfig(const CircuitBreaker::Config& config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

CircuitBreaker* BreakerRegistry::breaker(const QString& endpoint)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_breakers.find(endpoint);
    if (it != m_breakers.end())
        return it->get();
    auto b = std::make_shared<CircuitBreaker>(endpoint, m_clock, m_config);
    b->setStateListener(
        [this](const QString& ep, CircuitBreaker::State s) { emit stateChanged(ep, static_cast<int>(s)); });
    m_breakers.insert(endpoint, b);
    return b.get();
}

QList<BreakerRegistry::Snapshot> BreakerRegistry::snapshot() const
{
    QList<Snapshot> out;
    QMutexLocker lock(&m_mutex);
    for (const auto& b : m_breakers)
        out.append({b->endpoint(), b->state(), b->openUntilMs(), b->recentFailures(), b->recentCalls()});
    std::sort(out.begin(), out.end(), [](const Snapshot& a, const Snapshot& b) { return a.endpoint < b.endpoint; });
    return out;
}
