#include "RateControl.h"

#include "core/Clock.h"
#include "core/Log.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, double capacity, const Clock* clock)
    : m_clock(clock)
    , m_rate(ratePerSecond)
    , m_capacity(capacity)
    , m_tokens(capacity)
    , m_lastMs(clock->nowMs())
{ }

void TokenBucket::refill() const
{
    const qint64 now = m_clock->nowMs();
    if (now > m_lastMs) {
        m_tokens = std::min(m_capacity, m_tokens + static_cast<double>(now - m_lastMs) * m_rate / 1000.0);
        m_lastMs = now;
    }
}

qint64 TokenBucket::take(double tokens)
{
    QMutexLocker lock(&m_mutex);
    if (m_rate <= 0)
        return 0; // unlimited
    refill();
    if (m_tokens >= tokens) {
        m_tokens -= tokens;
        return 0;
    }
    return static_cast<qint64>(std::ceil((tokens - m_tokens) * 1000.0 / m_rate));
}

double TokenBucket::available() const
{
    QMutexLocker lock(&m_mutex);
    refill();
    return m_tokens;
}

void TokenBucket::setRate(double ratePerSecond, double capacity)
{
    QMutexLocker lock(&m_mutex);
    refill();
    m_rate = ratePerSecond;
    m_capacity = capacity;
    m_tokens = std::min(m_tokens, capacity);
}

AdaptiveLimiter::AdaptiveLimiter(QString name, const Clock* clock, Config config)
    : m_name(std::move(name))
    , m_clock(clock)
    , m_config(config)
    , m_limit(config.initial)
{ }

AdaptiveLimiter::AdaptiveLimiter(QString name, const Clock* clock)
    : AdaptiveLimiter(std::move(name), clock, Config{})
{ }

void AdaptiveLimiter::acquire(QObject* context, std::function<void(quint64)> granted)
{
    QMutexLocker lock(&m_mutex);
    m_waiters.push_back({context, std::move(granted)});
    dispatch(lock);
}

void AdaptiveLimiter::release(Outcome outcome, quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
    m_active.erase(ticket);
    const bool ranAtLimit = m_saturated.erase(ticket) > 0;
    switch (outcome) {
    case Outcome::Success:
        // Grow only when the limit was what held us back; an idle limit proves nothing.
        if (ranAtLimit)
            m_successCredit += 1.0;
        if (m_slowStart && ranAtLimit) {
            m_limit = std::min(m_config.maximum, m_limit + 1.0);
            m_successCredit = 0;
        } else if (m_successCredit >= m_limit * m_config.increaseEvery * m_peers) {
            m_successCredit = 0;
            m_limit = std::min(m_config.maximum, m_limit + 1.0);
        }
        break;
    case Outcome::RateLimited:
        if (ticket > m_decreaseTicket) {
            // The provider was busy with the calls sent before this one: that is its capacity.
            const double accepted = static_cast<double>(std::distance(m_active.begin(), m_active.lower_bound(ticket)));
            const double next = std::max(m_config.minimum, std::min(std::floor(m_limit * m_config.decrease), accepted));
            qCDebug(lcResilience) << "limiter" << m_name << "429: provider accepted" << accepted << "- limit" << m_limit
                                  << "->" << next;
            m_limit = next;
            m_decreaseTicket = m_nextTicket - 1;
            m_successCredit = 0;
            m_slowStart = false;
            ++m_decreases;
        }
        break;
    case Outcome::Failure:
    case Outcome::Abandoned:
        break;
    }
    dispatch(lock);
}

void AdaptiveLimiter::setPeers(int peers)
{
    QMutexLocker lock(&m_mutex);
    m_peers = std::max(1, peers);
}

void AdaptiveLimiter::dispatch(QMutexLocker<QMutex>& lock)
{
    QList<Waiter> ready;
    QList<quint64> ticket;
    while (!m_waiters.empty() && m_inFlight < static_cast<int>(std::floor(m_limit))) {
        Waiter w = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (!w.context)
            continue;
        ++m_inFlight;
        ready.append(std::move(w));
        m_active.insert(m_nextTicket);
        ticket.append(m_nextTicket++);
    }
    if (m_inFlight >= static_cast<int>(std::floor(m_limit)))
        m_saturated = m_active; // everything running now runs at the limit
    lock.unlock();
    for (qsizetype i = 0; i < ready.size(); ++i) {
        Waiter& w = ready[i];
        // Always queued: a grant never runs inside release(), so callers cannot re-enter the limiter.
        // If the context dies before the grant runs, the dropped functor gives the slot back.
        struct Grant
        {
            AdaptiveLimiter* limiter = nullptr;
            quint64 ticket = 0;
            bool used = false;
            ~Grant()
            {
                if (!used && limiter)
                    limiter->release(Outcome::Abandoned, ticket);
            }
        };
        auto grant = std::make_shared<Grant>();
        grant->limiter = this;
        grant->ticket = ticket.at(i);
        QMetaObject::invokeMethod(
            w.context,
            [grant, fn = std::move(w.granted)] {
                grant->used = true;
                fn(grant->ticket);
            },
            Qt::QueuedConnection);
    }
    lock.relock();
}

double AdaptiveLimiter::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

int AdaptiveLimiter::inFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

int AdaptiveLimiter::waiting() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_waiters.size());
}

int AdaptiveLimiter::decreases() const
{
    QMutexLocker lock(&m_mutex);
    return m_decreases;
}
