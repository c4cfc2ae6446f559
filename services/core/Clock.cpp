#include "Clock.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SystemClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) const
{
    const int ms = static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    if (context->thread() == QThread::currentThread()) {
        QTimer::singleShot(ms, context, std::move(fn));
        return;
    }
    // A timer must be started in the thread that owns the context.
    QMetaObject::invokeMethod(
        context, [context, ms, fn = std::move(fn)]() mutable { QTimer::singleShot(ms, context, std::move(fn)); },
        Qt::QueuedConnection);
}

ManualClock::ManualClock(qint64 startMs)
    : m_now(startMs)
{ }

qint64 ManualClock::nowMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) const
{
    QMutexLocker lock(&m_mutex);
    m_pending.emplace(m_now + std::max<qint64>(0, delayMs), Pending{context, std::move(fn)});
}

void ManualClock::advance(qint64 ms)
{
    setNow(nowMs() + ms);
}

void ManualClock::setNow(qint64 ms)
{
    for (;;) {
        Pending due;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_pending.begin();
            if (it == m_pending.end() || it->first > ms) {
                m_now = std::max(m_now, ms);
                return;
            }
            // Time moves to each callback's due time before it runs, so callbacks that read the clock
            // see the moment they were scheduled for.
            m_now = std::max(m_now, it->first);
            due = std::move(it->second);
            m_pending.erase(it);
        }
        if (!due.context)
            continue;
        if (due.context->thread() == QThread::currentThread())
            due.fn();
        else
            QMetaObject::invokeMethod(due.context, std::move(due.fn), Qt::QueuedConnection);
    }
}

int ManualClock::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_pending.size());
}

qint64 ManualClock::nextDueMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.empty() ? -1 : m_pending.begin()->first;
}
