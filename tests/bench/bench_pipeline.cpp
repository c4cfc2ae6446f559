// Benchmark: products through enhance + validate (the whole agreement gate) against the sandbox,
// with injected latency L and a provider limit of C concurrent calls per provider (429 with
// Retry-After beyond it), with the pool's default settings: nobody tunes anything.
//
//   bench_pipeline [--products 1000] [--latency 300] [--concurrency 32] [--repeats 3] [--gui] [--keep] [--knowledge
//   [--meaning]]
//                  [--server postgresql://user@host:port/postgres --worker-processes 2]
//
// With --server the workspace is a team workspace on that PostgreSQL server (a database of its own per
// run), and the work is done by --worker-processes real `quorum worker` processes: this process only
// queues the products and waits.
//
// The sandbox runs as its own process (quorum-sandbox), so its CPU and memory are not counted here.
// Reports per run: calls per provider, the bound max_p(calls_p x L / C), wall time and its ratio to
// the bound, products ready / needs review / failed, 429s absorbed, peak resident memory of this
// process and the database size. With --gui the real main window (offscreen) shows the Pipeline pane
// while it runs, and a 10 ms timer measures how late the GUI event loop serves it (stall p50/p99/max).
#include "Application.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "jobs/WorkerPool.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/KnowledgeEmbedJob.h"
#include "knowledge/KnowledgeVectors.h"
#include "llm/ProviderStore.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductStore.h"
#include "storage/Connection.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

using Bench::median;
using Bench::peakRssMb;
using Bench::percentile;

struct Result
{
    double wallS = 0;
    double boundS = 0;
    int ready = 0;
    int review = 0;
    int failed = 0;
    qint64 writes = 0;
    qint64 reviews = 0;
    qint64 rejected = 0;
    long rssMb = 0;
    double dbMb = 0;
    double stallP50 = 0;
    double stallP99 = 0;
    double stallMax = 0;
};

// The workspace: products of every kind (a third apparel with sizes, so it also needs a size guide).
// The demo shop's knowledge base (its shipping and returns policy and care guides): every FAQ, care guide,
// description and size guide is then given passages, searched per product, and checked against them.
void fillKnowledge(const QSqlDatabase& db)
{
    QFile file(u":/demo/demo.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).object().value(u"knowledge"_s).toArray()) {
        Knowledge::Document d;
        d.title = v.toObject().value(u"title"_s).toString();
        d.topic = v.toObject().value(u"topic"_s).toString();
        d.body = v.toObject().value(u"body"_s).toString();
        Knowledge::save(db, d, u"bench"_s, 1);
    }
}

void fill(const QSqlDatabase& db, int products)
{
    Transaction tx(db);
    for (int i = 0; i < products; ++i) {
        ProductFacts f;
        const bool apparel = i % 3 == 0;
        f.sku = u"BENCH-%1"_s.arg(i, 5, 10, QChar(u'0'));
        f.name = apparel ? u"Linen Shirt %1"_s.arg(i) : u"Stoneware Bowl %1"_s.arg(i);
        f.description = apparel ? u"A relaxed shirt in washed linen."_s : u"A hand-thrown stoneware bowl."_s;
        f.priceCents = 1900 + (i % 40) * 100;
        f.category = apparel ? u"Apparel"_s : u"Home"_s;
        f.attributes.insert(u"material"_s, apparel ? u"linen"_s : u"stoneware"_s);
        if (apparel)
            f.attributes.insert(u"sizes"_s, QJsonArray{u"S"_s, u"M"_s, u"L"_s});
        f.source = u"bench"_s;
        ProductStore::create(db, f, u"bench"_s, Clock::system()->nowMs());
    }
    tx.commit();
}

class SandboxProcess
{
public:
    bool start(int latency, int concurrency, QString* error)
    {
        const QString bin = QDir(QCoreApplication::applicationDirPath()).filePath(u"quorum-sandbox"_s);
        QStringList args{u"--port"_s, u"0"_s};
        for (const QString& route : {u"openai.chat"_s, u"anthropic.messages"_s}) {
            args << u"--latency"_s << u"%1=%2"_s.arg(route).arg(latency);
            args << u"--max-concurrency"_s << u"%1=%2"_s.arg(route).arg(concurrency);
        }
        m_process.start(bin, args);
        if (!m_process.waitForStarted(10'000) || !m_process.waitForReadyRead(10'000)) {
            *error = u"cannot start %1"_s.arg(bin);
            return false;
        }
        const QString line = QString::fromUtf8(m_process.readAllStandardOutput());
        const auto m = QRegularExpression(u"(http://\\S+)"_s).match(line);
        if (!m.hasMatch()) {
            *error = u"the sandbox said: %1"_s.arg(line);
            return false;
        }
        m_url = QUrl(m.captured(1));
        return true;
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

struct Team
{
    QString server; // empty: SQLite, the work done in this process
    int workers = 2;
    int threads = 0; // pipeline.workers in each process (0: the default)
};

Result run(
    int products, int latency, int concurrency, bool gui, bool keep, const Team& team, bool knowledge, bool meaning)
{
    Result r;
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(latency, concurrency, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return r;
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    static int teamRuns = 0;
    const QString database = u"bench_pipeline_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++teamRuns);
    if (!team.server.isEmpty()) {
        Connection admin(team.server, u"bench-admin"_s);
        Sql::exec(admin.db(), u"CREATE DATABASE %1"_s.arg(database));
        QUrl url(team.server);
        url.setPath(u"/"_s + database);
        if (!Workspace::writeTeamFile(dir.path(), url.toString(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return r;
        }
    }
    {
        auto ws = Workspace::open(dir.path(), &error);
        ProviderStore::useSandbox(ws->db(), sandbox.url());
        fill(ws->db(), products);
        if (knowledge)
            fillKnowledge(ws->db());
        if (meaning) { // searched by meaning too: the passages and every run's searches embedded by the sandbox
            Knowledge::setEmbedding(ws->db(), {u"sandbox-writer"_s, u"sandbox-embed-1"_s});
            KnowledgeEmbedJob::enqueue(ws->db(), Clock::system()->nowMs());
        }
        if (team.threads > 0)
            Settings::setValue(ws->db(), u"pipeline.workers"_s, qint64(team.threads));
    }

    EventBus bus;
    std::unique_ptr<Application> app;
    std::unique_ptr<WorkspaceSession> session;
    QSqlDatabase db;
    WorkerPool* pool = nullptr;
    PipelineActions* actions = nullptr;
    std::unique_ptr<PipelineActions> ownActions;
    if (gui) {
        CommandLine cl;
        cl.workspace = dir.path();
        app = std::make_unique<Application>(cl);
        if (!app->start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return r;
        }
        app->mainWindow()->showPane(PaneId::Pipeline);
        db = app->workspace()->db();
        pool = app->session()->pool();
        actions = app->context().actions;
    } else {
        session = WorkspaceSession::open(dir.path(), false, QString(), &bus, &error);
        db = session->workspace()->db();
        pool = session->pool();
        if (team.server.isEmpty())
            session->startPipeline();
        ownActions = std::make_unique<PipelineActions>(db, dir.path(), Clock::system(), &bus, pool);
        actions = ownActions.get();
    }

    // The GUI's responsiveness: how late a 10 ms timer fires while the pipeline runs.
    QList<double> stalls;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const double late = static_cast<double>(tick.nsecsElapsed()) / 1e6 - 10.0;
        stalls.append(std::max(0.0, late));
        tick.restart();
    });

    QElapsedTimer wall;
    wall.start();
    const qint64 startedAt = Clock::system()->nowMs();
    actions->runAllDrafts();
    std::vector<std::unique_ptr<QProcess>> workers;
    if (!team.server.isEmpty()) {
        const QString quorum = QDir(QCoreApplication::applicationDirPath()).filePath(u"quorum"_s);
        for (int i = 0; i < team.workers; ++i) {
            workers.push_back(std::make_unique<QProcess>());
            workers.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            workers.back()->setStandardOutputFile(QProcess::nullDevice());
            workers.back()->start(quorum, {u"worker"_s, u"--workspace"_s, dir.path(), u"--log-level"_s, u"warning"_s});
        }
    }
    tick.start();
    probe.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(250);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (JobQueue::counts(db).pending() == 0 && pool->runningJobs() == 0)
            loop.quit();
    });
    poll.start();
    loop.exec(); // the benchmark's own main loop: it measures, it does not fake a synchronous call
    r.wallS = static_cast<double>(wall.elapsed()) / 1000.0;
    probe.stop();
    for (auto& w : workers) {
        w->terminate(); // SIGTERM: they stop at a safe point
        w->waitForFinished(30'000);
    }

    if (meaning)
        std::printf("meaning search: %lld embedding calls, %lld searches and %lld passages embedded\n",
            Sql::scalar(db, u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'embed'"_s).toLongLong(),
            Sql::scalar(db, u"SELECT COUNT(*) FROM knowledge_vectors WHERE kind = 'query'"_s).toLongLong(),
            Sql::scalar(db, u"SELECT COUNT(*) FROM knowledge_vectors WHERE kind = 'passage'"_s).toLongLong());
    QSqlQuery q = Sql::exec(db, u"SELECT stage, COUNT(*) FROM products GROUP BY stage"_s);
    while (q.next()) {
        const QString s = q.value(0).toString();
        (s == u"ready" ? r.ready : s == u"needs_review" ? r.review : r.failed) += q.value(1).toInt();
    }
    r.writes = Sql::scalar(db,
        u"SELECT COUNT(*) FROM provider_calls WHERE provider = 'sandbox-writer' AND outcome = 'ok' AND at >= ?"_s,
        {startedAt})
                   .toLongLong();
    r.reviews = Sql::scalar(db,
        u"SELECT COUNT(*) FROM provider_calls WHERE provider = 'sandbox-reviewer' AND outcome = 'ok' AND at >= ?"_s,
        {startedAt})
                    .toLongLong();
    r.rejected = Sql::scalar(
        db, u"SELECT COUNT(*) FROM provider_calls WHERE error_class = 'rate_limited' AND at >= ?"_s, {startedAt})
                     .toLongLong();
    r.boundS = static_cast<double>(std::max(r.writes, r.reviews)) * latency / 1000.0 / concurrency;
    r.rssMb = peakRssMb();
    if (team.server.isEmpty()) {
        Sql::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        r.dbMb = static_cast<double>(QFileInfo(QDir(dir.path()).filePath(u"quorum.db"_s)).size()) / 1e6;
    } else {
        r.dbMb = Sql::scalar(db, u"SELECT pg_database_size(current_database())"_s).toDouble() / 1e6;
    }
    r.stallP50 = percentile(stalls, 0.5);
    r.stallP99 = percentile(stalls, 0.99);
    r.stallMax = stalls.isEmpty() ? 0 : *std::max_element(stalls.begin(), stalls.end());
    if (keep)
        std::printf("workspace kept in %s\n", qPrintable(dir.path()));
    if (!team.server.isEmpty() && !keep) {
        session.reset();
        app.reset();
        Connection admin(team.server, u"bench-admin"_s);
        Sql::exec(admin.db(), u"DROP DATABASE %1 WITH (FORCE)"_s.arg(database));
    }
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"QuorumBench"_s);
    QCoreApplication::setApplicationName(u"QuorumBench"_s);
    QLoggingCategory::setFilterRules(u"quorum.*.info=false\nquorum.*.warning=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"products"_s, u"Products per run."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"latency"_s, u"Injected latency in ms."_s, u"ms"_s, u"300"_s});
    parser.addOption({u"concurrency"_s, u"Concurrent calls each provider allows."_s, u"n"_s, u"32"_s});
    parser.addOption({u"repeats"_s, u"Runs (median reported)."_s, u"n"_s, u"3"_s});
    parser.addOption({u"gui"_s, u"Run inside the real main window and measure the GUI event loop."_s});
    parser.addOption({u"keep"_s, u"Keep the workspaces."_s});
    parser.addOption({u"server"_s, u"A PostgreSQL server: the workspace is a team workspace there."_s, u"url"_s});
    parser.addOption(
        {u"worker-processes"_s, u"With --server: quorum worker processes doing the work."_s, u"n"_s, u"2"_s});
    parser.addOption(
        {u"workers"_s, u"Worker threads per process (pipeline.workers; default: the pool's)."_s, u"n"_s, u"0"_s});
    parser.addOption({u"knowledge"_s, u"With the demo shop's knowledge base (shipping, returns, care guides)."_s});
    parser.addOption({u"meaning"_s, u"With --knowledge: searched by meaning too (the sandbox's embedding model)."_s});
    parser.process(app);
    const bool knowledge = parser.isSet(u"knowledge"_s);
    const bool meaning = knowledge && parser.isSet(u"meaning"_s);
    const int products = parser.value(u"products"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const bool gui = parser.isSet(u"gui"_s);
    const Team team{
        parser.value(u"server"_s), parser.value(u"worker-processes"_s).toInt(), parser.value(u"workers"_s).toInt()};

    std::printf("%d products, %d ms latency, %d concurrent calls per provider, %s, %d run(s)%s\n\n", products, latency,
        concurrency,
        team.server.isEmpty() ? (gui ? "inside the main window" : "headless")
                              : qPrintable(u"PostgreSQL, %1 quorum worker processes"_s.arg(team.workers)),
        repeats,
        knowledge ? (meaning ? ", with the demo shop's knowledge base searched by words and meaning"
                             : ", with the demo shop's knowledge base")
                  : "");
    std::printf("| run | writes | reviews | bound (s) | wall (s) | wall / bound | ready | review | failed | 429s | "
                "peak RSS (MB) | DB (MB) | stall p50 / p99 / max (ms) |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    QList<double> ratios, p99s, rss;
    for (int i = 0; i < repeats; ++i) {
        const Result r = run(products, latency, concurrency, gui, parser.isSet(u"keep"_s), team, knowledge, meaning);
        ratios.append(r.boundS > 0 ? r.wallS / r.boundS : 0);
        p99s.append(r.stallP99);
        rss.append(static_cast<double>(r.rssMb));
        std::printf(
            "| %d | %lld | %lld | %.1f | %.1f | %.3f | %d | %d | %d | %lld | %ld | %.1f | %.1f / %.1f / %.1f |\n",
            i + 1, r.writes, r.reviews, r.boundS, r.wallS, ratios.last(), r.ready, r.review, r.failed, r.rejected,
            r.rssMb, r.dbMb, r.stallP50, r.stallP99, r.stallMax);
        std::fflush(stdout);
    }
    std::printf("\nmedian wall / bound %.3f, median stall p99 %.1f ms, peak RSS %.0f MB\n", median(ratios),
        median(p99s), *std::max_element(rss.begin(), rss.end()));
    return 0;
}
