#include "WorkspaceStatusBar.h"

#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

WorkspaceStatusBar::WorkspaceStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_workspace(new QLabel(this))
    , m_approvals(new QToolButton(this))
{
    setObjectName(u"statusBar"_s);
    m_workspace->setObjectName(u"statusWorkspace"_s);
    m_approvals->setObjectName(u"statusPendingApprovals"_s);
    m_approvals->setAutoRaise(true);
    m_approvals->setCursor(Qt::PointingHandCursor);
    addWidget(m_workspace, 1);
    addPermanentWidget(m_approvals);
    connect(m_approvals, &QToolButton::clicked, this, &WorkspaceStatusBar::approvalsClicked);
    setPendingApprovals(0);
}

void WorkspaceStatusBar::setWorkspace(const QString& name, const QString& path, bool demo)
{
    m_workspace->setText(
        demo ? tr("Workspace: %1 — demo data, served by the local sandbox").arg(name) : tr("Workspace: %1").arg(name));
    m_workspace->setToolTip(path);
}

void WorkspaceStatusBar::setPendingApprovals(int count)
{
    if (count == m_pending)
        return;
    m_pending = count;
    m_approvals->setText(tr("%n pending approval(s)", nullptr, count));
    m_approvals->setToolTip(tr("Open the approvals queue (Ctrl+3)"));
    m_approvals->setStyleSheet(count > 0 ? u"color: #C0392B; font-weight: 600;"_s : QString());
}
