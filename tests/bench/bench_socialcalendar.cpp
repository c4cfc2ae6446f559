// Benchmark: the Campaigns pane's Social calendar in the real main window with 10,000 scheduled posts: how long
// the month that holds them takes to open (read, laid out, painted), the week too, and how long a drag takes
// from the drop to the calendar drawn again (the move validated and written through the facade, re-read,
// laid out, painted). Targets (issue 19): open < 300 ms, drag < 50 ms.
//
//   bench_socialcalendar [--posts 10000] [--repeats 3] [--drags 30]
//
// The posts are spread over the 30 days after the bench's start on four accounts (Instagram, Facebook,
// Pinterest, X), all in Europe/Amsterdam, every one at its own minute so nothing is a duplicate.
#include "BenchSupport.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "panes/CampaignsPane.h"
#include "panes/SocialCalendar.h"
#include "panes/SocialTab.h"
#include "social/SocialAccounts.h"
#include "social/SocialPosts.h"
#include "social/SocialSchedule.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kMinute = 60'000;

// The posts, in the 30 days from `from` (a month view's second day).
QList<qint64> seed(const QSqlDatabase& db, qint64 from, int posts)
{
    Transaction tx(db);
    QList<qint64> accounts;
    const QList<std::pair<QString, QString>> list{
        {u"instagram"_s, u"1"_s}, {u"facebook"_s, u"2"_s}, {u"pinterest"_s, u"3"_s}, {u"x"_s, u"4"_s}};
    for (const auto& [platform, remote] : list) {
        SocialAccounts::Account a;
        a.platform = platform;
        a.name = u"@benchshop"_s;
        a.remoteId = remote;
        a.zone = "Europe/Amsterdam";
        accounts.append(SocialAccounts::save(db, a, 0));
    }
    const qint64 span = 30LL * 24 * 60; // minutes
    QList<qint64> ids;
    for (int i = 0; i < posts; ++i) {
        const qint64 at = from + (qint64(i) * span / posts) * kMinute;
        const qint64 account = accounts.at(i % accounts.size());
        const QString text = u"Post %1 about the merino throw."_s.arg(i);
        const QString local = SocialSchedule::localIso(SocialSchedule::wallTime(at, "Europe/Amsterdam"));
        ids.append(Sql::insert(db,
            u"INSERT INTO social_posts (account_id, text, text_hash, media, link, local_time, time_zone, "
            u"scheduled_at, status, created_at, updated_at) VALUES (?, ?, ?, '[]', '', ?, 'Europe/Amsterdam', ?, "
            u"'scheduled', 0, 0)"_s,
            {account, text, SocialPosts::hashOf(text), local, at}));
    }
    tx.commit();
    return ids;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    GuiFixture::setUpProcess();
    QLoggingCategory::setFilterRules(u"*.info=false\n*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"posts"_s, u"Scheduled posts."_s, u"n"_s, u"10000"_s},
        {u"repeats"_s, u"Runs."_s, u"n"_s, u"3"_s}, {u"drags"_s, u"Drags per run."_s, u"n"_s, u"30"_s}});
    parser.process(app);
    const int posts = parser.value(u"posts"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const int drags = parser.value(u"drags"_s).toInt();
    QList<double> monthOpens;
    QList<double> weekOpens;
    QList<double> dragP50s;
    QList<double> dragP95s;
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
        w->showPane(PaneId::Campaigns);
        SocialTab* tab = w->campaignsPane()->socialTab();
        w->campaignsPane()->tabs()->setCurrentWidget(tab);
        QApplication::processEvents();
        // Next month's view: its posts are all in the future, so every one may move.
        const QDate today = QDate::currentDate();
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(1);
        const qint64 from = QDateTime(first.addDays(1), QTime(0, 0), QTimeZone("Europe/Amsterdam")).toMSecsSinceEpoch();
        const QList<qint64> ids = seed(gui.db(), from, posts);
        auto* mode = tab->findChild<QComboBox*>(u"socialMode"_s);
        SocialCalendar* calendar = tab->calendar();

        // The month: chosen, read, laid out and painted.
        QElapsedTimer t;
        t.start();
        mode->setCurrentIndex(1);
        tab->showPeriod(1);
        calendar->repaint();
        tab->list()->repaint();
        const double month = double(t.nsecsElapsed()) / 1e6;
        const int inMonth = tab->list()->model()->rowCount();
        // A week of it.
        t.restart();
        mode->setCurrentIndex(0);
        tab->showPeriod(1);
        while (calendar->first() < first.addDays(7))
            tab->showPeriod(1);
        calendar->repaint();
        tab->list()->repaint();
        const double week = double(t.nsecsElapsed()) / 1e6;
        const int inWeek = tab->list()->model()->rowCount();

        // Drags: a post of the week an hour later, then back, each drawn again.
        QList<double> times;
        const auto* model = tab->list()->model();
        for (int i = 0; i < drags; ++i) {
            const QModelIndex index = model->index((i * 37) % model->rowCount(), 0);
            const qint64 id = index.data(Qt::UserRole + 1).toLongLong();
            const qint64 at = SocialPosts::load(gui.db(), id)->scheduledAt;
            t.restart();
            const bool ok = tab->movePost(id, at + (i % 2 == 0 ? 60 : -60) * kMinute);
            calendar->repaint();
            times.append(double(t.nsecsElapsed()) / 1e6);
            if (!ok)
                std::fprintf(stderr, "drag %d was refused\n", i);
        }
        monthOpens.append(month);
        weekOpens.append(week);
        dragP50s.append(Bench::percentile(times, 0.5));
        dragP95s.append(Bench::percentile(times, 0.95));
        std::printf("run %d: %d posts in the database; month (%d posts) opened in %.1f ms, week (%d posts) in %.1f ms; "
                    "%d drags p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
            run + 1, static_cast<int>(ids.size()), inMonth, month, inWeek, week, drags, dragP50s.last(),
            dragP95s.last(), *std::max_element(times.begin(), times.end()));
        gui.stop();
    }
    std::printf("median month open %.1f ms, median week open %.1f ms, median drag p50 %.1f ms, p95 %.1f ms, peak RSS "
                "%ld MB\n",
        Bench::median(monthOpens), Bench::median(weekOpens), Bench::median(dragP50s), Bench::median(dragP95s),
        Bench::peakRssMb());
    return 0;
}
