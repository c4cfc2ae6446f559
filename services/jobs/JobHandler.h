#pragma once

#include "JobKind.h"
#include "JobQueue.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <functional>
#include <typeindex>
#include <unordered_map>

class ApiCaller;
class ApiRuntime;
class Clock;
class EventBus;
class HttpClient;
struct RetryPolicy;

// How a claimed job ended, as the worker and the pool report it.
enum class JobOutcome
{
    Done,     // completed (its effects committed with the completion)
    Retrying, // failed an attempt; queued again after the backoff
    Dead,     // out of attempts or not retryable; the reason is on the job
    Released, // given back untouched (pause, emergency stop, shutdown)
    LostLease // another owner took it over; this run's effects were rolled back
};

// What a worker lends a handler for one job: the connection of the worker's thread, its network
// stack, the clock, the shared remote-API runtime, the event bus, the stop flag, and objects a
// domain wants once per worker (an LLM client), created on first use and owned by the worker.
class JobContext
{
public:
    virtual ~JobContext() = default;

    virtual QSqlDatabase db() const = 0;
    virtual HttpClient* http() const = 0;
    virtual ApiCaller* caller() const = 0;
    virtual ApiRuntime* runtime() const = 0;
    virtual const Clock* clock() const = 0;
    virtual EventBus* bus() const = 0; // may be null
    virtual QString owner() const = 0; // the lease owner, host:pid:worker
    virtual QString workspaceRoot() const = 0;
    virtual const RetryPolicy& retry() const = 0;
    virtual qint64 retryBaseMs() const = 0;
    virtual double random01() = 0;
    // Pause, emergency stop or shutdown: a handler checks this at its safe points.
    virtual bool stopRequested() const = 0;
    // A QObject to parent per-job objects to (lives in the worker's thread).
    virtual QObject* thread() const = 0;

    template <class T> T* resource(const std::function<T*(JobContext&, QObject* parent)>& make)
    {
        const std::type_index key(typeid(T));
        auto it = m_resources.find(key);
        if (it == m_resources.end())
            it = m_resources.emplace(key, make(*this, thread())).first;
        return static_cast<T*>(it->second);
    }

protected:
    // Deleted by the worker (they are children of thread()).
    std::unordered_map<std::type_index, QObject*> m_resources;
};

// Called exactly once per job, on the worker's thread, when the job has ended.
using JobDone = std::function<void(JobOutcome outcome, const QString& summary)>;

// Runs one kind of job. A handler lives as long as the registry and is shared by every worker, so
// it keeps no per-job state: start() creates what the job needs (parented to the context's
// thread() object) and calls done when the job has ended — at once for synchronous work, or
// later from a signal. The returned object, when not null, is deleted by the worker after done.
class JobHandler
{
public:
    virtual ~JobHandler() = default;
    virtual QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const = 0;
};

// The handler of a job that is one run object: `Run(ctx, job, parent)`, then `start(done)`.
template <class Run> class RunHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new Run(ctx, job, ctx.thread());
        run->start(std::move(done));
        return run;
    }
};
