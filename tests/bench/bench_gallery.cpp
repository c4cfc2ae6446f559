// Benchmark: the Sites gallery with 500 generated sites, each with its page's screenshot, scrolled from top to
// bottom and back in the real main window; how long the GUI thread's event loop stalls meanwhile (the
// thumbnails are read and scaled off the GUI thread as the cards come into view).
//
//   bench_gallery [--sites 500] [--repeats 3]
//
// The screenshots are PNGs of a page's size (1280 x 800), drawn once per run, a different one per site so no
// two cards share a cached picture. The probe is a 10 ms timer on the GUI thread: a stall is how much later
// than 10 ms it fires. The scroll moves one step of 40 px every 16 ms (a wheel held down).
#include "BenchSupport.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "SitesModel.h"
#include "panes/SitesPane.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QListView>
#include <QLoggingCategory>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
// 500 sites as the factory leaves them: a page version each, with its screenshots.
void seed(const QSqlDatabase& db, const QString& sitesDir, int sites)
{
    QDir().mkpath(sitesDir);
    Transaction tx(db);
    for (int i = 0; i < sites; ++i) {
        QImage page(1280, 800, QImage::Format_RGB32);
        page.fill(QColor::fromHsl((i * 37) % 360, 60, 245));
        QPainter p(&page);
        p.fillRect(0, 0, 1280, 6, QColor::fromHsl((i * 37) % 360, 120, 60));
        p.setPen(Qt::black);
        QFont f(u"DejaVu Serif"_s);
        f.setPixelSize(56);
        p.setFont(f);
        p.drawText(80, 140, u"Product %1"_s.arg(i));
        p.fillRect(80, 400, 1120, 300, QColor::fromHsl((i * 37) % 360, 25, 230));
        p.end();
        const QString png = u"site-%1/v1-1280.png"_s.arg(i);
        QDir(sitesDir).mkpath(u"site-%1"_s.arg(i));
        page.save(QDir(sitesDir).filePath(png));
        const qint64 id = Sql::insert(db,
            u"INSERT INTO sites (name, kind, title, tagline, status, stage, page_version, vibe, created_at, "
            u"updated_at) VALUES (?, 'landing', ?, ?, 'draft', 'ready', 1, ?, ?, ?)"_s,
            {u"Product %1"_s.arg(i), u"Product %1"_s.arg(i), u"A page for product %1"_s.arg(i), u"Calm and tactile"_s,
                i, i});
        Sql::exec(db,
            u"INSERT INTO site_pages (site_id, version, html, path, shots, created_at) VALUES (?, 1, '', ?, ?, ?)"_s,
            {id, u"site-%1/v1.html"_s.arg(i), u"{\"1280\": \"%1\"}"_s.arg(png), i});
    }
    tx.commit();
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    GuiFixture::setUpProcess();
    QLoggingCategory::setFilterRules(u"*.info=false\n*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"sites"_s, u"Sites in the gallery."_s, u"n"_s, u"500"_s}, {u"repeats"_s, u"Runs."_s, u"n"_s, u"3"_s}});
    parser.process(app);
    const int sites = parser.value(u"sites"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    QList<double> p99s;
    QList<double> maxes;
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
        seed(gui.db(), QDir(gui.workspacePath()).filePath(u"sites"_s), sites);
        gui.context().sites->reload();
        w->showPane(PaneId::Sites);
        QListView* view = w->sitesPane()->view();
        QScrollBar* bar = view->verticalScrollBar();

        Bench::StallProbe probe;
        QEventLoop loop; // not the application's: its quit would close the window
        QTimer wheel;
        wheel.setInterval(16);
        int direction = 1;
        QObject::connect(&wheel, &QTimer::timeout, &loop, [&] {
            bar->setValue(bar->value() + direction * 40);
            if (direction > 0 && bar->value() >= bar->maximum())
                direction = -1;
            else if (direction < 0 && bar->value() <= bar->minimum())
                loop.quit();
        });
        QElapsedTimer wall;
        wall.start();
        probe.start();
        wheel.start();
        loop.exec();
        probe.stop();
        const double p99 = probe.percentile(0.99);
        const double worst = probe.worst();
        p99s.append(p99);
        maxes.append(worst);
        std::printf(
            "run %d: %d sites, scrolled %d px down and up in %.1f s: stall p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
            run + 1, sites, bar->maximum(), double(wall.elapsed()) / 1000.0, probe.percentile(0.5), p99, worst);
        gui.stop();
    }
    std::printf("median stall p99 %.1f ms, median max %.1f ms, peak RSS %ld MB\n", Bench::median(p99s),
        Bench::median(maxes), Bench::peakRssMb());
    return 0;
}
