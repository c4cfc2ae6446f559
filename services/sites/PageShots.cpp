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
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    delete m_profile;
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
    m_shots = shots;
    m_index = 0;
    m_done = std::move(done);
    if (browser().isEmpty()) {
        finish(QCoreApplication::translate(
            "PageShots", "No thumbnail: headless Chromium is not installed (Debian package chromium)."));
        return;
    }
    m_profile = new QTemporaryDir;
    m_limit = new QTimer(this);
    m_limit->setSingleShot(true);
    connect(m_limit, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill(); // finished() follows, with the time limit as the reason
    });
    next();
}

void PageShots::next()
{
    if (m_index >= m_shots.size()) {
        finish({});
        return;
    }
    const Shot& shot = m_shots.at(m_index);
    QDir().mkpath(QFileInfo(shot.png).path());
    QFile::remove(shot.png);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // As root (a container, CI) Chromium's own sandbox cannot start; the page is Quorum's, checked, without
    // scripts. A private profile lets two renders run side by side.
    m_process->setProgram(browser());
    m_process->setArguments({u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--hide-scrollbars"_s,
        u"--no-first-run"_s, u"--disable-extensions"_s, u"--mute-audio"_s, u"--user-data-dir="_s + m_profile->path(),
        u"--window-size=%1,%2"_s.arg(shot.width).arg(shot.height), u"--screenshot="_s + shot.png,
        QUrl::fromLocalFile(m_html).toString()});
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const bool timedOut = !m_limit->isActive();
        m_limit->stop();
        const QString output = QString::fromUtf8(m_process->readAll()).trimmed();
        m_process->deleteLater();
        m_process = nullptr;
        const Shot& s = m_shots.at(m_index);
        if (timedOut) {
            finish(QCoreApplication::translate("PageShots", "No thumbnail: the page did not render within %1 s.")
                       .arg(QLocale().toString(m_limitMs / 1000.0, 'g', 3)));
            return;
        }
        if (status != QProcess::NormalExit || code != 0 || !QFileInfo(s.png).size()) {
            finish(QCoreApplication::translate("PageShots", "No thumbnail: Chromium could not render the page (%1).")
                       .arg(output.section(u'\n', -1).left(160)));
            return;
        }
        ++m_index;
        next();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_limit->stop();
            finish(QCoreApplication::translate("PageShots", "No thumbnail: Chromium did not start."));
        }
    });
    m_limit->start(m_limitMs);
    m_process->start();
}

void PageShots::finish(const QString& error)
{
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(error);
}
