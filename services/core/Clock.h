#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

// Time source and timer scheduling behind one interface, so that backoff, leases, deadlines and
// breakers can be tested in milliseconds with ManualClock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // Runs fn on context's thread after delayMs, unless context is destroyed first.
    virtual void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) const = 0;

    // The process-wide real clock. It is stateless, so sharing it is safe; services receive a Clock*
    // from the composition root and never reach for this themselves.
    static Clock* system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) const override;
};

// A clock that only moves when told to. Callbacks whose time has come run during advance(), on the
// context's thread (queued when that is not the calling thread).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000);
    qint64 nowMs() const override;
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) const override;

    void advance(qint64 ms);
    void setNow(qint64 ms);
    int pendingCount() const;
    // Time of the earliest pending callback, or -1.
    qint64 nextDueMs() const;

private:
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    mutable QMutex m_mutex;
    qint64 m_now;
    mutable std::multimap<qint64, Pending> m_pending;
};
