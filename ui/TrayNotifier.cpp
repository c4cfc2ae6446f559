#include "TrayNotifier.h"

#include "Format.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalActions.h"
#include "approvals/DeadlineWatcher.h"
#include "core/Clock.h"
#include "widgets/Icons.h"

#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayNotifier::TrayNotifier(DeadlineWatcher* deadlines, ApprovalActions* actions, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_clock(clock)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::appIcon(), this);
        m_tray->setToolTip(tr("Quorum"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLast);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger && m_lastProposal > 0)
                activateLast();
        });
        m_tray->show();
    }
    if (deadlines) {
        connect(
            deadlines, &DeadlineWatcher::newHighRisk, this, [this](const QList<qint64>& ids) { notify(ids, false); });
        connect(deadlines, &DeadlineWatcher::nearExpiry, this, [this](const QList<qint64>& ids) { notify(ids, true); });
        connect(deadlines, &DeadlineWatcher::mediumExecuted, this, &TrayNotifier::notifyRan);
    }
}

void TrayNotifier::notify(const QList<qint64>& ids, bool nearExpiry)
{
    if (ids.isEmpty())
        return;
    const auto first = m_actions->proposal(ids.first());
    if (!first)
        return;
    m_lastProposal = first->id;
    if (nearExpiry) {
        const QString left = first->deadline ? Format::countdown(*first->deadline - m_clock->nowMs()) : QString();
        m_lastTitle = ids.size() == 1 ? tr("Deadline near: %1 left").arg(left)
                                      : tr("%n proposals near their deadline", nullptr, int(ids.size()));
        m_lastText = tr("%1 — at the deadline it is %2 by default.")
                         .arg(first->title, first->onExpiry == u"approve" ? tr("approved") : tr("rejected"));
    } else {
        m_lastTitle = ids.size() == 1 ? tr("HIGH risk: a decision is needed")
                                      : tr("%n HIGH-risk proposals need a decision", nullptr, int(ids.size()));
        m_lastText = tr("%1 (%2)").arg(first->title, Cluster::agentDisplayName(first->agent));
    }
    if (m_tray)
        m_tray->showMessage(
            m_lastTitle, m_lastText, nearExpiry ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10'000);
    emit message(m_lastTitle + u": "_s + m_lastText);
}

void TrayNotifier::notifyRan(const QList<qint64>& ids)
{
    const auto first = ids.isEmpty() ? std::nullopt : m_actions->proposal(ids.first());
    if (!first)
        return;
    m_lastProposal = first->id;
    m_lastTitle = ids.size() == 1 ? tr("MEDIUM risk, ran on its own")
                                  : tr("%n MEDIUM-risk actions ran on their own", nullptr, int(ids.size()));
    m_lastText
        = tr("%1 (%2). It is in the Activity timeline.").arg(first->title, Cluster::agentDisplayName(first->agent));
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Information, 6'000);
    emit message(m_lastTitle + u": "_s + m_lastText);
}

void TrayNotifier::activateLast()
{
    if (m_lastProposal > 0)
        emit proposalRequested(m_lastProposal);
}
