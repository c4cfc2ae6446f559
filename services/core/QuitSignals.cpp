#include "QuitSignals.h"

#include "Log.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = static_cast<char>(signal);
    [[maybe_unused]] auto n = ::write(g_pipe[1], &c, 1);
}

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
} // namespace

QuitSignals::QuitSignals(QObject* parent)
    : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        qCWarning(lcApp) << "cannot catch SIGTERM/SIGINT: a clean stop on them is not available";
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : kSignals)
        ::sigaction(s, &action, nullptr);
}

QuitSignals::~QuitSignals()
{
    if (!m_notifier)
        return;
    for (int s : kSignals)
        std::signal(s, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

QString QuitSignals::name(int signal)
{
    switch (signal) {
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGINT:
        return u"SIGINT"_s;
    case SIGHUP:
        return u"SIGHUP"_s;
    default:
        return u"signal %1"_s.arg(signal);
    }
}

void QuitSignals::onReadable()
{
    char c = 0;
    if (::read(g_pipe[0], &c, 1) == 1)
        emit quitRequested(static_cast<unsigned char>(c));
}
