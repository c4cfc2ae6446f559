// Team mode on PostgreSQL, end to end (issue 16, DESIGN section 7: < 1 s p99): desk A approves a proposal,
// a worker in another process (this binary again, --worker: the real WorkerPool, woken by the doorbell)
// claims its job and carries it out, and desk B (its own connection and doorbell) sees the proposal
// carried out. Measured over 1,000 decisions, one at a time, from desk A's commit to desk B's read.
// The worker's "execute" handler only marks the proposal done (the effect itself is not what is measured).
// usage: bench_teamdecide --server postgresql://user@host:port/postgres [--decisions 1000]
#include "BenchSupport.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalJobs.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "jobs/JobHandler.h"
#include "jobs/JobRegistry.h"
#include "jobs/WorkerPool.h"
#include "resilience/ApiRuntime.h"
#include "storage/Connection.h"
#include "storage/Doorbell.h"
#include "storage/Migrator.h"
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
class MarkDone final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        const QSqlDatabase db = ctx.db();
        Transaction tx(db);
        Sql::exec(db, u"UPDATE action_proposals SET execution_state = 'done' WHERE id = ?"_s,
            {job.payload.value(u"proposal"_s).toInteger()});
        JobQueue::complete(db, job.id, ctx.owner(), {}, ctx.clock()->nowMs());
        tx.commit();
        done(JobOutcome::Done, {});
        return nullptr;
    }
};

int worker(const QString& location)
{
    Connection c(location, u"bench-worker"_s);
    JobRegistry registry;
    registry.add(ApprovalJobs::Execute, std::make_unique<MarkDone>());
    ApiRuntime runtime(Clock::system());
    EventBus bus;
    WorkerPool::Config config;
    config.registry = &registry;
    config.databasePath = location;
    config.clock = Clock::system();
    config.runtime = &runtime;
    config.bus = &bus;
    WorkerPool pool(config);
    Doorbell doorbell(location, &bus, Clock::system());
    doorbell.start();
    QObject::connect(&doorbell, &Doorbell::rang, &pool, [&pool] { pool.wake(); });
    pool.start(c.db());
    return QCoreApplication::exec();
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
    if (args.contains(u"--worker"_s))
        return worker(option(u"--worker"_s, {}));
    const QString server = option(u"--server"_s, qEnvironmentVariable("QUORUM_TEST_PG"));
    const int decisions = option(u"--decisions"_s, u"1000"_s).toInt();
    if (server.isEmpty()) {
        std::fprintf(stderr, "usage: bench_teamdecide --server postgresql://user@host:port/postgres\n");
        return 2;
    }
    const QString name = u"bench_decide_%1"_s.arg(QCoreApplication::applicationPid());
    QUrl url(server);
    url.setPath(u"/"_s + name);
    const QString location = url.toString();
    {
        Connection admin(server, u"bench-admin"_s);
        Sql::exec(admin.db(), u"CREATE DATABASE %1"_s.arg(name));
    }
    QList<double> latencies;
    int code = 0;
    {
        Connection deskA(location, u"desk-a"_s);
        QString error;
        if (!deskA.isOpen() || !Migrator::migrate(deskA.db(), &error)) {
            std::fprintf(stderr, "%s %s\n", qPrintable(deskA.errorString()), qPrintable(error));
            return 3;
        }
        const QSqlDatabase a = deskA.db();
        const Users::User bob = TestWorkspace::person(a, u"Bob"_s, Users::Role::Approver);
        const qint64 start = Clock::system()->nowMs();
        QList<qint64> ids;
        {
            Transaction tx(a);
            for (int i = 0; i < decisions; ++i)
                ids.append(ApprovalDesk::propose(
                    a, TestWorkspace::budgetProposal(u"Merino %1"_s.arg(i)), u"agent-host"_s, start));
            tx.commit();
        }
        EventBus busA, busB;
        Doorbell bellA(location, &busA, Clock::system());
        bellA.start();
        Connection deskB(location, u"desk-b"_s);
        Doorbell bellB(location, &busB, Clock::system());
        bellB.start();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--worker"_s, location});
        child.waitForStarted();
        // The worker's doorbell listens (not part of what is measured): three doorbells on the database.
        QElapsedTimer up;
        up.start();
        while (Sql::scalar(a,
                   u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = "
                   u"'quorum-doorbell'"_s)
                    .toInt()
                < 3
            && up.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);

        // Desk B reads the proposal again whenever the doorbell says something changed, as its pane does.
        qint64 watching = 0;
        bool seen = false;
        QObject::connect(&busB, &EventBus::changed, &app, [&] {
            if (watching > 0
                && Sql::scalar(deskB.db(), u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {watching})
                        .toString()
                    == u"done")
                seen = true;
        });
        for (const qint64 id : std::as_const(ids)) {
            watching = id;
            seen = false;
            QElapsedTimer t;
            t.start();
            const ApprovalDesk::Outcome o
                = ApprovalDesk::approve(a, id, bob, {}, u"desk-a"_s, Clock::system()->nowMs());
            if (!o.ok) {
                std::fprintf(stderr, "approve: %s\n", qPrintable(o.error));
                code = 4;
                break;
            }
            busA.publishChanged(EventBus::Topic::Proposals, {id});
            QElapsedTimer limit;
            limit.start();
            while (!seen && limit.elapsed() < 10'000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (!seen) {
                std::fprintf(stderr, "proposal %lld not seen on desk B within 10 s\n", static_cast<long long>(id));
                code = 5;
                break;
            }
            latencies.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        child.terminate();
        child.waitForFinished();
    }
    {
        Connection admin(server, u"bench-admin"_s);
        Sql::exec(admin.db(), u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));
    }
    std::printf("%lld decisions: approve on desk A -> claimed and done by a worker process -> read on desk B: median "
                "%.0f ms, p99 %.0f ms, max %.0f ms\n",
        static_cast<long long>(latencies.size()), Bench::median(latencies), Bench::percentile(latencies, 0.99),
        Bench::percentile(latencies, 1.0));
    return code;
}
