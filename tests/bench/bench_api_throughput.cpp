// Benchmark: chat calls through the real LLM client against the sandbox with injected latency.
//
//   bench_api_throughput [--calls 2000] [--latency 200] [--repeats 3] [--concurrency 8,32,64] [--threads 2]
//
// Reports, per concurrency C: wall time against the bound calls x latency / C, client CPU per call
// (summed over the worker threads' own CPU clocks, so the in-process sandbox is not counted) and
// peak resident memory. Two extra runs show what the layer does about QNetworkAccessManager's
// 6-connections-per-host limit (sharding off) and how the adaptive limiter copes with a provider
// that only accepts 16 concurrent calls (429 + Retry-After beyond).
#include "core/Clock.h"
#include "llm/LlmClient.h"
#include "net/HttpClient.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace
{

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

struct RunResult
{
    double wallMs = 0;
    double cpuMsPerCall = 0;
    int failed = 0;
    int rejected = 0;
    int shards = 0;
};

// One worker thread: its own HttpClient, ApiCaller and LlmClient, issuing its share of the calls.
class Worker : public QObject
{
public:
    Worker(ApiRuntime* runtime, const ProviderConfig& provider, int calls, int maxShards, std::atomic<int>* failed,
        QSemaphore* finished)
        : m_runtime(runtime)
        , m_provider(provider)
        , m_calls(calls)
        , m_maxShards(maxShards)
        , m_failed(failed)
        , m_finished(finished)
    { }

    void start()
    {
        m_cpuStart = threadCpuMs();
        HttpClient::Options options;
        options.maxShards = m_maxShards;
        m_http = new HttpClient(options, this);
        m_caller = new ApiCaller(m_http, Clock::system(), this);
        m_client = new LlmClient(m_caller, m_runtime, this);
        RetryPolicy policy;
        policy.maxAttempts = 30;
        policy.baseDelayMs = 50;
        m_client->setRetryPolicy(policy);
        for (int i = 0; i < m_calls; ++i) {
            LlmRequest r;
            r.purpose = u"bench"_s;
            r.system = u"Answer briefly."_s;
            r.addUser(
                u"Write a title for product %1. <facts>{\"name\":\"Bench product %1\",\"price\":\"19.00\"}</facts>"_s
                    .arg(i));
            r.schema = QJsonObject{{u"type"_s, u"object"_s}, {u"required"_s, QJsonArray{u"title"_s}},
                {u"properties"_s,
                    QJsonObject{{u"title"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"maxLength"_s, 60}}}}}};
            r.maxTokens = 64;
            m_client->complete({m_provider}, r, this, [this](const LlmResult& result) {
                if (!result.ok())
                    m_failed->fetch_add(1);
                if (++m_done == m_calls) {
                    m_cpuMs = threadCpuMs() - m_cpuStart;
                    m_shards = m_http->shardCount();
                    m_finished->release();
                }
            });
        }
    }

    double cpuMs() const { return m_cpuMs; }
    int shards() const { return m_shards; }

private:
    ApiRuntime* m_runtime;
    ProviderConfig m_provider;
    int m_calls;
    int m_maxShards;
    std::atomic<int>* m_failed;
    QSemaphore* m_finished;
    HttpClient* m_http = nullptr;
    ApiCaller* m_caller = nullptr;
    LlmClient* m_client = nullptr;
    int m_done = 0;
    double m_cpuStart = 0;
    double m_cpuMs = 0;
    int m_shards = 0;
};

RunResult run(SandboxThread& sandbox, int calls, int concurrency, int threads, int maxShards, bool adaptive)
{
    sandbox.server()->clearRequests();
    ApiRuntime runtime(Clock::system());
    ProviderConfig p;
    p.id = u"bench"_s;
    p.kind = u"openai"_s;
    p.baseUrl = QUrl(sandbox.url().toString() + u"/v1"_s);
    p.model = u"sandbox-bench"_s;
    p.deadlineMs = 60'000;
    // Fixed concurrency: the limiter starts and stays at C. Adaptive: it starts low and finds C.
    p.initialConcurrency = adaptive ? 4 : concurrency;
    p.maxConcurrency = adaptive ? 256 : concurrency;
    std::atomic<int> failed{0};
    QSemaphore finished;
    QList<QThread*> pool;
    QList<Worker*> workers;
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < threads; ++t) {
        auto* thread = new QThread;
        thread->setObjectName(u"bench-worker-%1"_s.arg(t));
        auto* worker
            = new Worker(&runtime, p, calls / threads + (t < calls % threads ? 1 : 0), maxShards, &failed, &finished);
        worker->moveToThread(thread);
        thread->start();
        QMetaObject::invokeMethod(
            worker, [worker] { worker->start(); }, Qt::QueuedConnection);
        pool.append(thread);
        workers.append(worker);
    }
    finished.acquire(threads); // the main thread only waits; the workers run their own event loops
    RunResult r;
    r.wallMs = wall.elapsed();
    double cpu = 0;
    for (int t = 0; t < threads; ++t) {
        cpu += workers.at(t)->cpuMs();
        r.shards = std::max(r.shards, workers.at(t)->shards());
        QMetaObject::invokeMethod(
            workers.at(t), [w = workers.at(t)] { delete w; }, Qt::BlockingQueuedConnection);
        pool.at(t)->quit();
        pool.at(t)->wait();
        delete pool.at(t);
    }
    r.cpuMsPerCall = cpu / calls;
    r.failed = failed.load();
    r.rejected = sandbox.server()->requestCount(u"openai.chat"_s) - calls;
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"quorum.*.info=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"calls"_s, u"Calls per run."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"latency"_s, u"Injected latency in ms."_s, u"ms"_s, u"200"_s});
    parser.addOption({u"repeats"_s, u"Runs per configuration (median reported)."_s, u"n"_s, u"3"_s});
    parser.addOption({u"concurrency"_s, u"Comma-separated concurrency levels."_s, u"list"_s, u"8,32,64"_s});
    parser.addOption({u"threads"_s, u"Worker threads."_s, u"n"_s, u"2"_s});
    parser.addOption({u"provider-limit"_s, u"Concurrency the provider allows in the adaptive run."_s, u"n"_s, u"16"_s});
    parser.process(app);
    const int calls = parser.value(u"calls"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const int threads = parser.value(u"threads"_s).toInt();
    const int providerLimit = parser.value(u"provider-limit"_s).toInt();

    SandboxServer::Options options;
    options.requestLogSize = calls * 3;
    options.faults = QJsonObject{{u"routes"_s, QJsonObject{{u"openai.chat"_s, QJsonObject{{u"latency"_s, latency}}}}}};
    SandboxThread sandbox(options);
    if (!sandbox.isRunning()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("%d calls, %d ms latency, %d worker threads, median of %d runs\n\n", calls, latency, threads, repeats);
    std::printf(
        "| run | concurrency | bound (s) | wall (s) | wall / bound | client CPU per call (ms) | shards | failed |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    const auto report = [&](const QString& name, int c, int maxShards, bool adaptive) {
        QList<double> wall;
        QList<double> cpu;
        RunResult last;
        for (int i = 0; i < repeats; ++i) {
            last = run(sandbox, calls, c, threads, maxShards, adaptive);
            wall.append(last.wallMs);
            cpu.append(last.cpuMsPerCall);
        }
        const double bound = static_cast<double>(calls) * latency / c / 1000.0;
        std::printf("| %s | %d | %.1f | %.2f | %.3f | %.3f | %d | %d%s |\n", qPrintable(name), c, bound,
            median(wall) / 1000.0, median(wall) / 1000.0 / bound, median(cpu), last.shards, last.failed,
            adaptive ? qPrintable(u" (%1 calls rejected with 429)"_s.arg(last.rejected)) : "");
        std::fflush(stdout);
    };
    for (const QString& level : parser.value(u"concurrency"_s).split(u',')) {
        const int c = level.toInt();
        report(u"sharded"_s, c, 16, false);
    }
    report(u"one QNAM (6/host cap)"_s, 32, 1, false);
    sandbox.server()->setRouteFaults(
        u"openai.chat"_s, QJsonObject{{u"maxConcurrency"_s, providerLimit}, {u"retryAfter"_s, 1}});
    report(u"adaptive vs provider limit"_s, providerLimit, 16, true);
    std::printf("\npeak resident memory: %ld MB\n", peakRssMb());
    return 0;
}
