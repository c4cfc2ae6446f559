#include "WorkspaceStatusBar.h"

#include "Markup.h"
#include "Theme.h"

#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

WorkspaceStatusBar::WorkspaceStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_workspace(new QLabel(this))
    , m_approvals(new QToolButton(this))
    , m_expiring(new QToolButton(this))
    , m_user(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_server(new QLabel(this))
    , m_pipeline(new QToolButton(this))
{
    setObjectName(u"statusBar"_s);
    m_workspace->setObjectName(u"statusWorkspace"_s);
    m_workspace->setTextFormat(Qt::PlainText); // names a workspace and a person as they were typed
    // The workspace line gives way first on a narrow window (its full text is in the tooltip).
    m_workspace->setMinimumWidth(80);
    m_workspace->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_approvals->setObjectName(u"statusPendingApprovals"_s);
    m_approvals->setAutoRaise(true);
    m_approvals->setCursor(Qt::PointingHandCursor);
    addWidget(m_workspace, 1);
    m_workspace->installEventFilter(this);
    m_pipeline->setObjectName(u"statusPipeline"_s);
    m_pipeline->setAutoRaise(true);
    m_pipeline->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_pipeline);
    QAction* pause = menu->addAction(tr("Pause the pipeline"));
    QAction* resume = menu->addAction(tr("Resume the pipeline"));
    menu->addSeparator();
    QAction* stop = menu->addAction(tr("Emergency stop"));
    pause->setObjectName(u"statusPause"_s);
    resume->setObjectName(u"statusResume"_s);
    stop->setObjectName(u"statusStop"_s);
    connect(pause, &QAction::triggered, this, [this] { emit pipelineStateRequested(RunControl::State::Paused); });
    connect(resume, &QAction::triggered, this, [this] { emit pipelineStateRequested(RunControl::State::Running); });
    connect(stop, &QAction::triggered, this, [this] { emit pipelineStateRequested(RunControl::State::Stopped); });
    connect(menu, &QMenu::aboutToShow, this, [this, pause, resume, stop] {
        pause->setEnabled(m_state == RunControl::State::Running);
        resume->setEnabled(m_state != RunControl::State::Running);
        stop->setEnabled(m_state != RunControl::State::Stopped);
    });
    m_pipeline->setMenu(menu);
    m_expiring->setObjectName(u"statusExpiring"_s);
    m_expiring->setAutoRaise(true);
    m_expiring->setCursor(Qt::PointingHandCursor);
    m_expiring->setStyleSheet(
        u"QToolButton { color: %1; background: %2; border-radius: 9px; padding: 1px 8px; font-weight: 600; }"_s.arg(
            Theme::css(Theme::OnFill), Theme::css(Theme::Danger)));
    m_expiring->hide();
    m_user->setObjectName(u"statusUser"_s);
    m_user->setTextFormat(Qt::PlainText);
    m_outbox->setObjectName(u"statusOutbox"_s);
    m_outbox->hide();
    addPermanentWidget(m_outbox);
    m_sync->setObjectName(u"statusSync"_s);
    m_sync->hide();
    addPermanentWidget(m_sync);
    m_server->setObjectName(u"statusServer"_s);
    m_server->hide();
    addPermanentWidget(m_server);
    addPermanentWidget(m_user);
    addPermanentWidget(m_pipeline);
    addPermanentWidget(m_approvals);
    addPermanentWidget(m_expiring);
    connect(m_approvals, &QToolButton::clicked, this, &WorkspaceStatusBar::approvalsClicked);
    connect(m_expiring, &QToolButton::clicked, this, &WorkspaceStatusBar::approvalsClicked);
    setPendingApprovals(0);
    setPipeline(RunControl::State::Running, 0, 0);
}

void WorkspaceStatusBar::setWorkspace(const QString& name, const QString& path, bool demo)
{
    m_workspaceText
        = demo ? tr("Workspace: %1 — demo data, served by the local sandbox").arg(name) : tr("Workspace: %1").arg(name);
    m_workspace->setToolTip(Markup::toolTip(m_workspaceText + u'\n' + path));
    elideWorkspace();
}

void WorkspaceStatusBar::setPendingApprovals(int count)
{
    if (count == m_pending)
        return;
    m_pending = count;
    m_approvals->setText(tr("%n pending approval(s)", nullptr, count));
    m_approvals->setToolTip(tr("Open the approvals queue (Ctrl+3)"));
    m_approvals->setStyleSheet(
        count > 0 ? u"color: %1; font-weight: 600;"_s.arg(Theme::css(Theme::Danger)) : QString());
}

void WorkspaceStatusBar::setExpiringSoon(int count)
{
    m_expiring->setText(tr("%n expiring soon", nullptr, count));
    m_expiring->setToolTip(tr("Proposals whose deadline is near; at the deadline the rule's default applies"));
    m_expiring->setVisible(count > 0);
}

void WorkspaceStatusBar::setOutbox(int queued, bool offline)
{
    m_outbox->setVisible(queued > 0 || offline);
    m_outbox->setText(offline ? tr("Offline · %n waiting to publish", nullptr, queued)
                              : tr("%n waiting to publish", nullptr, queued));
    m_outbox->setToolTip(offline
            ? tr("The network is down: publishing waits and starts again, in order, when it is back")
            : tr("Publish jobs in the queue"));
    m_outbox->setStyleSheet(
        offline ? u"color: %1; font-weight: 600;"_s.arg(Theme::css(Theme::WarningText)) : QString());
}

void WorkspaceStatusBar::setSync(const QString& text, const QString& toolTip, bool problem)
{
    m_sync->setVisible(!text.isEmpty());
    // At most a third of a 1024-pixel laptop's bar: a long account name or message would widen the window
    // past the screen. What is cut is in the tooltip.
    const QString shown = m_sync->fontMetrics().elidedText(text, Qt::ElideRight, 320);
    m_sync->setText(shown);
    m_sync->setToolTip(Markup::toolTip(shown == text ? toolTip : text + u'\n' + toolTip));
    m_sync->setStyleSheet(problem ? u"color: %1; font-weight: 600;"_s.arg(Theme::css(Theme::WarningText)) : QString());
}

void WorkspaceStatusBar::setServerReachable(bool reachable, const QString& server)
{
    const bool wasLost = m_serverLost;
    m_serverLost = !reachable;
    m_serverName = server;
    showServer();
    if (reachable && wasLost)
        showMessage(tr("The team server answers again: everything was read afresh."), 8000);
}

void WorkspaceStatusBar::setDecisionsKept(int count)
{
    m_kept = count;
    showServer();
}

void WorkspaceStatusBar::showServer()
{
    m_server->setVisible(m_serverLost || m_kept > 0);
    if (!m_server->isVisible())
        return;
    const QString kept = m_kept > 0 ? u" · "_s + tr("%n decision(s) kept here", nullptr, m_kept) : QString();
    m_server->setText(
        (m_serverLost ? tr("Team server unreachable · read-only · trying again") : tr("Sending kept decisions"))
        + kept);
    m_server->setToolTip(Markup::toolTip(m_serverLost
            ? tr("Quorum cannot reach the team's database server %1. What you see is what it read last; changes "
                 "cannot be saved until it answers again, but approvals and rejections are kept on this computer and "
                 "reach the team, once each, when it does. Quorum tries every two seconds.")
                  .arg(m_serverName)
            : tr("The approvals and rejections kept on this computer while the team's database server was away "
                 "are being sent, once each. One that someone else decided meanwhile, or that is no longer allowed, "
                 "is not applied, and Quorum says which.")));
    m_server->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Theme::css(Theme::WarningText)));
}

void WorkspaceStatusBar::setUser(const QString& name, const QString& role)
{
    m_user->setText(tr("%1 · %2").arg(name, role));
    m_user->setToolTip(Markup::toolTip(tr("Decisions are recorded as %1. File → Switch user… to change.").arg(name)));
}

void WorkspaceStatusBar::setPipeline(RunControl::State state, int runningJobs, int queuedJobs)
{
    const bool changed = state != m_state;
    m_state = state;
    if (changed)
        emit pipelineStateChanged(state);
    switch (state) {
    case RunControl::State::Running:
        m_pipeline->setText(runningJobs > 0 || queuedJobs > 0
                ? tr("Pipeline: %1 running, %2 queued").arg(runningJobs).arg(queuedJobs)
                : tr("Pipeline: idle"));
        m_pipeline->setStyleSheet(QString());
        break;
    case RunControl::State::Paused:
        m_pipeline->setText(tr("Pipeline paused · %n queued", nullptr, queuedJobs));
        m_pipeline->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Theme::css(Theme::WarningText)));
        break;
    case RunControl::State::Stopped:
        m_pipeline->setText(tr("EMERGENCY STOP: no agent acts until an owner resumes"));
        m_pipeline->setStyleSheet(u"color: %1; font-weight: 700;"_s.arg(Theme::css(Theme::OnFill)));
        break;
    }
    m_pipeline->setToolTip(tr("Pause, resume or stop the pipeline (Pipeline menu)"));
    if (changed || state == RunControl::State::Stopped)
        setStyleSheet(state == RunControl::State::Stopped
                ? u"QStatusBar { background: %1; } QStatusBar QLabel, QStatusBar QToolButton { color: %2; }"_s.arg(
                    Theme::css(Theme::Danger), Theme::css(Theme::OnFill))
                : QString());
}

bool WorkspaceStatusBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_workspace && event->type() == QEvent::Resize)
        elideWorkspace();
    return QStatusBar::eventFilter(watched, event);
}

void WorkspaceStatusBar::elideWorkspace()
{
    // Ends in "…" where it does not fit, instead of being cut mid-letter.
    m_workspace->setText(m_workspace->fontMetrics().elidedText(
        m_workspaceText, Qt::ElideRight, std::max(0, m_workspace->contentsRect().width() - 2 * m_workspace->margin())));
}
