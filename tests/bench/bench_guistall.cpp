// Benchmark: how long the real main window's event loop stalls while a store sync of the sandbox's
// generated shop runs in the background (the dashboard open, its figures and its P&L card reloading
// as the orders come in), and how long the P&L card takes to open on two years and to change period
// once the orders are in.
//
//   bench_guistall [--orders 100000] [--latency 50] [--repeats 3]
//
// Then, with the Agents pane showing, a full cycle of every scheduled agent over the synced shop (each
// queued at once as an agent.run job on the app's own workers, no LLM calls: the review replies are
// drafted later, by their own jobs) and the GUI's stalls while it runs, until no agent run is left.
//
// The probe is a 10 ms timer on the GUI thread: a stall is how much later than 10 ms it fires.
#include "Application.h"
#include "BenchSupport.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "SalesReportModels.h"
#include "WorkspaceSession.h"
#include "agents/AgentRuns.h"
#include "core/Clock.h"
#include "jobs/WorkerPool.h"
#include "publishing/Connections.h"
#include "resilience/ApiRuntime.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/ShopGenerator.h"
#include "secrets/SecretCache.h"
#include "storage/Sql.h"
#include "storesync/StoreSync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    GuiFixture::setUpProcess();
    QLoggingCategory::setFilterRules(u"*.info=false\n*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"orders"_s, u"Orders in the generated shop."_s, u"n"_s, u"100000"_s},
        {u"latency"_s, u"Milliseconds per page."_s, u"ms"_s, u"50"_s}, {u"repeats"_s, u"Runs."_s, u"n"_s, u"3"_s}});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();

    QList<double> p99s;
    QList<double> maxes;
    QList<double> opens;
    QList<double> changes;
    QList<double> agentP99s;
    QList<double> agentMaxes;
    QList<double> agentWalls;
    for (int run = 0; run < repeats; ++run) {
        GuiFixture gui;
        GuiFixture::Options options;
        options.demo = false;
        QString error;
        if (!gui.start(options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        MainWindow* w = gui.window();
        w->resize(1366, 768);
        w->show();
        w->showPane(PaneId::Dashboard);
        ShopData::Options shop;
        shop.seed = 7;
        shop.orders = orders;
        shop.endDate = QDate::currentDate();
        gui.sandbox()->server()->generateShop(shop);
        gui.sandbox()->server()->setRouteFaults(u"woo"_s,
            QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, latency}}},
                {u"maxConcurrency"_s, StoreSync::kWooConcurrency}, {u"retryAfter"_s, 1}});
        Connections::Connection c;
        c.kind = Connections::Kind::WooCommerce;
        c.name = u"Bench store"_s;
        c.url = gui.sandbox()->url().toString();
        const qint64 id = Connections::save(gui.db(), c, Clock::system()->nowMs());
        for (const QString& field : Connections::secretFields(c.kind))
            gui.app()->session()->runtime()->secrets()->put(
                Connections::secretKey(id, field), u"sandbox-"_s + field, SecretCache::originOf(QUrl(c.url)));

        // The probe, then the sync.
        Bench::StallProbe probe;
        {
            Transaction tx(gui.db());
            StoreSync::queue(gui.db(), id, Clock::system()->nowMs());
            tx.commit();
        }
        QElapsedTimer wall;
        wall.start();
        probe.start();
        gui.app()->session()->pool()->wake();
        QEventLoop syncLoop; // not the application's: its quit would close the window
        QTimer done;
        done.setInterval(250);
        QObject::connect(&done, &QTimer::timeout, &syncLoop, [&] {
            if (gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'store.sync' AND state IN ('queued', 'running')"_s)
                == 0)
                syncLoop.quit();
        });
        done.start();
        syncLoop.exec();
        done.stop();
        probe.stop();
        const double wallS = static_cast<double>(wall.elapsed()) / 1000.0;
        const double p50 = probe.percentile(0.5);
        const double p99 = probe.percentile(0.99);
        const double worst = probe.worst();
        p99s.append(p99);
        maxes.append(worst);

        // The P&L card over the synced orders: two years (every product), then 30 days.
        SalesReportLoader* sales = gui.context().sales;
        QSignalSpy loaded(sales, &SalesReportLoader::loaded);
        QElapsedTimer t;
        t.start();
        sales->setPeriod(SalesReport::Period::Last2Years);
        loaded.wait(60'000);
        opens.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.restart();
        sales->setPeriod(SalesReport::Period::Last30Days);
        loaded.wait(60'000);
        changes.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        std::printf("run %d: %lld orders synced in %.1f s; GUI stalls over %lld ticks: p50 %.1f ms, p99 %.1f ms, "
                    "max %.1f ms; P&L two years %.0f ms (%d products), 30 days %.0f ms\n",
            run + 1, static_cast<long long>(gui.count(u"SELECT COUNT(*) FROM orders"_s)), wallS,
            static_cast<long long>(probe.stalls().size()), p50, p99, worst, opens.last(), sales->products()->rowCount(),
            changes.last());

        // A full agent cycle over the synced shop, the Agents pane showing.
        w->showPane(PaneId::Agents);
        const qint64 cycleStart = Clock::system()->nowMs();
        {
            // Runs the sync queued for the new orders finish first: the cycle starts from no agent running.
            QElapsedTimer settle;
            settle.start();
            while (gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND state IN ('queued', "
                             u"'running')"_s)
                    > 0
                && settle.elapsed() < 300'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        int queued = 0;
        {
            QSqlQuery q = Sql::exec(gui.db(), u"SELECT name FROM agents ORDER BY name"_s);
            QStringList names;
            while (q.next())
                names.append(q.value(0).toString());
            for (const QString& name : std::as_const(names))
                if (AgentRuns::queueNow(gui.db(), name, Clock::system()->nowMs()).isEmpty())
                    ++queued;
        }
        QElapsedTimer cycle;
        cycle.start();
        probe.start();
        gui.app()->session()->pool()->wake();
        QEventLoop cycleLoop;
        QTimer agentsDone;
        agentsDone.setInterval(100);
        QObject::connect(&agentsDone, &QTimer::timeout, &cycleLoop, [&] {
            if (gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'agent.run' AND state IN ('queued', 'running')"_s)
                == 0)
                cycleLoop.quit();
        });
        agentsDone.start();
        cycleLoop.exec();
        agentsDone.stop();
        probe.stop();
        agentWalls.append(static_cast<double>(cycle.elapsed()) / 1000.0);
        agentP99s.append(probe.percentile(0.99));
        agentMaxes.append(probe.worst());
        std::printf(
            "       agent cycle: %d agents queued, %lld runs recorded (%lld failed), %.1f s; GUI stalls over %lld "
            "ticks: p50 %.1f ms, p99 %.1f ms, max %.1f ms; %lld proposals waiting\n",
            queued,
            static_cast<long long>(gui.count(u"SELECT COUNT(*) FROM agent_runs WHERE started_at >= ?"_s, {cycleStart})),
            static_cast<long long>(gui.count(
                u"SELECT COUNT(*) FROM agent_runs WHERE started_at >= ? AND outcome = 'failed'"_s, {cycleStart})),
            agentWalls.last(), static_cast<long long>(probe.stalls().size()), probe.percentile(0.5), agentP99s.last(),
            agentMaxes.last(),
            static_cast<long long>(gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending'"_s)));
        gui.stop();
    }
    std::printf(
        "median: GUI stall p99 %.1f ms (max %.1f ms); P&L open on two years %.0f ms, change to 30 days %.0f ms; "
        "agent cycle %.1f s, GUI stall p99 %.1f ms (max %.1f ms); peak RSS %ld MB\n",
        Bench::median(p99s), Bench::median(maxes), Bench::median(opens), Bench::median(changes),
        Bench::median(agentWalls), Bench::median(agentP99s), Bench::median(agentMaxes), Bench::peakRssMb());
    return 0;
}
