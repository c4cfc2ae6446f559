#include "PageShots.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;

QList<int> PageShots::widths()
{
    return {390, 768, 1280};
}

int PageShots::heightFor(int width)
{
    return width <= 390 ? 844 : width <= 768 ? 1024 : 800;
}

PageShots::PageShots(QObject* parent)
    : QObject(parent)
{ }

PageShots::~PageShots()
{
    for (QProcess* process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete m_profiles;
}

QString PageShots::browser()
{
    const QString forced = qEnvironmentVariable("QUORUM_CHROMIUM");
    if (!forced.isEmpty())
        return QFileInfo(forced).isExecutable() ? forced : QString();
    for (const QString& name : {u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

void PageShots::render(const QString& htmlFile, const QList<Shot>& shots, std::function<void(const QString&)> done)
{
    m_html = htmlFile;
    m_done = std::move(done);
    if (browser().isEmpty()) {
        finish(QCoreApplication::translate(
            "PageShots", "No thumbnail: headless Chromium is not installed (Debian package chromium)."));
        return;
    }
    if (shots.isEmpty()) {
        finish({});
        return;
    }
    m_profiles = new QTemporaryDir;
    m_limit = new QTimer(this);
    m_limit->setSingleShot(true);
    connect(m_limit, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        for (QProcess* process : std::as_const(m_processes))
            process->kill(); // their finished() follow; the first reports the time limit
    });
    m_limit->start(m_limitMs);
    m_running = int(shots.size());
    for (const Shot& shot : shots)
        start(shot);
}

void PageShots::start(const Shot& shot)
{
    QDir().mkpath(QFileInfo(shot.png).path());
    QFile::remove(shot.png);
    auto* process = new QProcess(this);
    m_processes.append(process);
    process->setProcessChannelMode(QProcess::MergedChannels);
    // The page has no scripts and its Content-Security-Policy forbids any. Chromium's own sandbox stays on, except as
    // root (a container, CI), where it cannot start. A profile of its own lets the widths render side by side.
    process->setProgram(browser());
    QStringList args{u"--headless=new"_s, u"--disable-gpu"_s, u"--hide-scrollbars"_s, u"--no-first-run"_s,
        u"--disable-extensions"_s, u"--mute-audio"_s,
        u"--user-data-dir="_s + m_profiles->filePath(QString::number(shot.width)),
        u"--window-size=%1,%2"_s.arg(shot.width).arg(shot.height), u"--screenshot="_s + shot.png,
        QUrl::fromLocalFile(m_html).toString()};
    if (::geteuid() == 0)
        args.prepend(u"--no-sandbox"_s);
    process->setArguments(args);
    const QString png = shot.png;
    connect(process, &QProcess::finished, this, [this, process, png](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(process->readAll()).trimmed();
        --m_running;
        if (m_timedOut) {
            finish(QCoreApplication::translate("PageShots", "No thumbnail: the page did not render within %1 s.")
                       .arg(QLocale().toString(m_limitMs / 1000.0, 'g', 3)));
            return;
        }
        if (status != QProcess::NormalExit || code != 0 || QFileInfo(png).size() == 0) {
            finish(QCoreApplication::translate("PageShots", "No thumbnail: Chromium could not render the page (%1).")
                       .arg(output.section(u'\n', -1).left(160)));
            return;
        }
        if (m_running == 0)
            finish({});
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(QCoreApplication::translate("PageShots", "No thumbnail: Chromium did not start."));
    });
    process->start();
}

void PageShots::finish(const QString& error)
{
    if (!m_done)
        return;
    if (m_limit)
        m_limit->stop();
    // The first failure decides; the other widths are not waited for.
    for (QProcess* process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    }
    auto done = std::move(m_done);
    m_done = nullptr;
    done(error);
}
