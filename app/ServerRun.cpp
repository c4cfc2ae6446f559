#include "ServerRun.h"

#include "WorkspaceSession.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "core/QuitSignals.h"
#include "jobs/RunControl.h"
#include "jobs/WorkerPool.h"
#include "storage/Dialect.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

ServerRun::ServerRun(const CommandLine& options, Role role, std::FILE* out, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_role(role)
    , m_out(out)
    , m_bus(new EventBus(this))
    , m_signals(new QuitSignals(this))
{ }

ServerRun::~ServerRun()
{
    m_session.reset();
}

bool ServerRun::isWorkspace(const QString& directory)
{
    return Workspace::holdsWorkspace(directory);
}

bool ServerRun::start(QString* error)
{
    const bool demo = m_options.demo;
    const QString dir
        = demo && m_options.workspace.isEmpty() ? WorkspaceSession::defaultDemoDirectory() : m_options.workspace;
    if (!demo && !isWorkspace(dir)) {
        *error = tr("%1 is not a Quorum workspace (it has no quorum.db and no %2). Create it in Quorum, or with "
                    "“quorum migrate-workspace”, first.")
                     .arg(dir, Workspace::teamFileName());
        return false;
    }
    QString openError;
    m_session = WorkspaceSession::open(dir, demo, m_options.language, m_bus, &openError);
    if (!m_session) {
        *error = tr("Cannot open the workspace %1: %2").arg(dir, openError);
        return false;
    }
    connect(m_session->pool(), &WorkerPool::workerFailed, this, [this](const QString& e) {
        qCCritical(lcApp) << "a worker cannot open the workspace:" << e;
        stop(tr("A worker cannot open the workspace: %1").arg(e), CannotRun);
    });
    connect(m_signals, &QuitSignals::quitRequested, this, [this](int signal) {
        stop(tr("%1 received: stopping at a safe point; the jobs in hand go back to the queue.")
                 .arg(QuitSignals::name(signal)),
            0);
    });
    const bool serve = m_role == Role::Serve;
    if (serve)
        m_session->startPipeline(u"serve"_s);
    else
        m_session->startWorkers(u"worker"_s);
    if (QString why; !m_session->providersReady(&why))
        qCWarning(lcApp) << "the pipeline cannot write yet:" << why;
    const QString where = m_session->workspace()->isTeam()
        ? Dialect::displayLocation(m_session->workspace()->databasePath())
        : m_session->workspace()->root();
    const QString line = serve
        ? tr("Quorum serves %1 with %n worker(s); pipeline %2. Stop it with Ctrl+C or SIGTERM.", nullptr,
            m_session->pool()->workerCount())
              .arg(where, RunControl::stateKey(m_session->pool()->state()))
        : tr("Quorum works on %1 with %n worker(s); pipeline %2. Stop it with Ctrl+C or SIGTERM.", nullptr,
            m_session->pool()->workerCount())
              .arg(where, RunControl::stateKey(m_session->pool()->state()));
    std::fprintf(m_out, "%s\n", qPrintable(line));
    std::fflush(m_out);
    qCInfo(lcApp) << (serve ? "serving" : "working on") << where << "pid" << QCoreApplication::applicationPid();
    return true;
}

void ServerRun::stop(const QString& why, int code)
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcApp).noquote() << why;
    std::fprintf(m_out, "%s\n", qPrintable(why));
    std::fflush(m_out);
    // Workers first (their jobs go back to the queue), then the beat says this process stopped.
    m_session.reset();
    std::fprintf(m_out, "%s\n", qPrintable(tr("Stopped.")));
    std::fflush(m_out);
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}
