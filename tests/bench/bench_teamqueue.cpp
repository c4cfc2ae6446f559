// The job queue of a team workspace on PostgreSQL (issue 16's figures):
//   1. the claim query with 10,000 jobs waiting: median and p99 of 1,000 claims (target < 5 ms);
//   2. throughput with 4 worker processes (this binary started again with --child, each running the real
//      WorkerPool with its default 2 workers x 6 jobs) on no-op jobs, from the first completion to the last
//      (target >= 2,000 jobs/s).
// usage: bench_teamqueue --server postgresql://user@host:port/postgres [--jobs 20000] [--processes 4]
// (tests/integration/postgres/pg-up.sh STATE PORT starts a private cluster and prints its address).
#include "BenchSupport.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "jobs/WorkerPool.h"
#include "resilience/ApiRuntime.h"
#include "storage/Connection.h"
#include "storage/Migrator.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
constexpr JobKind NoOp{QLatin1StringView("bench.noop")};

class NoOpHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        JobQueue::complete(ctx.db(), job.id, ctx.owner(), {}, ctx.clock()->nowMs());
        done(JobOutcome::Done, {});
        return nullptr;
    }
};

void enqueue(const QSqlDatabase& db, int n, const QString& prefix)
{
    const qint64 now = Clock::system()->nowMs();
    for (int from = 0; from < n; from += 2000) {
        QList<JobQueue::NewJob> jobs;
        for (int i = from; i < std::min(n, from + 2000); ++i)
            jobs.append({NoOp, i, u"%1-%2"_s.arg(prefix).arg(i), {}, 0, 5, 0, {}});
        Transaction tx(db);
        JobQueue::enqueueMany(db, jobs, now);
        tx.commit();
    }
}

// A worker process: the real pool until the queue is empty.
int child(const QString& location)
{
    Connection c(location, u"bench-child"_s);
    if (!c.isOpen()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(c.errorString()));
        return 3;
    }
    JobRegistry registry;
    registry.add(NoOp, std::make_unique<NoOpHandler>());
    ApiRuntime runtime(Clock::system());
    EventBus bus;
    WorkerPool::Config config;
    config.registry = &registry;
    config.databasePath = location;
    config.clock = Clock::system();
    config.runtime = &runtime;
    config.bus = &bus;
    WorkerPool pool(config);
    pool.start(c.db());
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &pool, [&] {
        if (JobQueue::counts(c.db()).pending() == 0)
            QCoreApplication::exit(0);
    });
    done.start(50);
    const int code = QCoreApplication::exec();
    pool.stop();
    return code;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(u"--child"_s))
        return child(option(u"--child"_s, {}));
    const QString server = option(u"--server"_s, qEnvironmentVariable("QUORUM_TEST_PG"));
    const int jobs = option(u"--jobs"_s, u"20000"_s).toInt();
    const int processes = option(u"--processes"_s, u"4"_s).toInt();
    if (server.isEmpty()) {
        std::fprintf(stderr, "usage: bench_teamqueue --server postgresql://user@host:port/postgres\n");
        return 2;
    }
    // A database of its own.
    const QString name = u"bench_queue_%1"_s.arg(QCoreApplication::applicationPid());
    QUrl url(server);
    url.setPath(u"/"_s + name);
    const QString location = url.toString();
    {
        Connection admin(server, u"bench-admin"_s);
        if (!admin.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(admin.errorString()));
            return 3;
        }
        Sql::exec(admin.db(), u"CREATE DATABASE %1"_s.arg(name));
    }
    int code = 0;
    {
        Connection c(location, u"bench"_s);
        QString error;
        if (!c.isOpen() || !Migrator::migrate(c.db(), &error)) {
            std::fprintf(stderr, "%s %s\n", qPrintable(c.errorString()), qPrintable(error));
            return 3;
        }
        const QSqlDatabase db = c.db();

        // 1. The claim with 10,000 waiting.
        enqueue(db, 10'000 + 1'000, u"wait"_s);
        QList<double> claims;
        for (int i = 0; i < 1'000; ++i) {
            QElapsedTimer t;
            t.start();
            const auto job = JobQueue::claim(db, u"bench:1:w"_s, Clock::system()->nowMs(), 60'000);
            claims.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (!job)
                return 4;
            JobQueue::complete(db, job->id, u"bench:1:w"_s, {}, Clock::system()->nowMs());
        }
        Sql::exec(db, u"UPDATE jobs SET state = 'done' WHERE state = 'queued'"_s);
        std::printf("claim with 10,000 waiting: median %.2f ms, p99 %.2f ms (1,000 claims)\n", Bench::median(claims),
            Bench::percentile(claims, 0.99));

        // 2. Throughput with worker processes.
        Sql::exec(db, u"DELETE FROM jobs"_s);
        Sql::exec(db, u"VACUUM ANALYZE jobs"_s);
        enqueue(db, jobs, u"run"_s);
        QList<QProcess*> children;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < processes; ++i) {
            auto* p = new QProcess(&app);
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationFilePath(), {u"--child"_s, location});
            children.append(p);
        }
        for (QProcess* p : children) {
            p->waitForFinished(600'000);
            code = std::max(code, p->exitCode());
        }
        const qint64 wallMs = wall.elapsed();
        QSqlQuery q = Sql::exec(db,
            u"SELECT COUNT(*), MIN(updated_at), MAX(updated_at), COUNT(DISTINCT split_part(lease_owner, ':', 2)) FROM "
            u"jobs WHERE state = 'done'"_s);
        q.next();
        const qint64 done = q.value(0).toLongLong();
        const qint64 spanMs = std::max<qint64>(1, q.value(2).toLongLong() - q.value(1).toLongLong());
        q.finish();
        const qint64 once
            = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE claims = 1 AND state = 'done'"_s).toLongLong();
        std::printf("%d worker processes: %lld of %d no-op jobs done (%lld claimed once), %.0f jobs/s from the first "
                    "completion to the last (%lld ms; %lld ms with the processes' start)\n",
            processes, done, jobs, once, static_cast<double>(done) * 1000.0 / static_cast<double>(spanMs), spanMs,
            wallMs);
    }
    Connection admin(server, u"bench-admin"_s);
    Sql::exec(admin.db(), u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));
    return code;
}
