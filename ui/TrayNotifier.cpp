#include "TrayNotifier.h"

#include "Format.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalActions.h"
#include "approvals/DeadlineWatcher.h"
#include "autopilot/AutopilotActions.h"
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
            if (reason == QSystemTrayIcon::Trigger && (m_lastProposal > 0 || m_lastIsAlert))
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
    m_lastIsAlert = false;
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
    m_lastIsAlert = false;
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
    if (m_lastIsAlert)
        emit alertsRequested();
    else if (m_lastProposal > 0)
        emit proposalRequested(m_lastProposal);
}

void TrayNotifier::watchAlerts(AutopilotActions* autopilot)
{
    connect(autopilot, &AutopilotActions::alertsRaised, this, [this, autopilot](const QList<Alerts::Alert>& alerts) {
        if (alerts.isEmpty() || !autopilot->settings().desktopAlerts)
            return;
        m_lastIsAlert = true;
        m_lastProposal = 0;
        m_lastTitle = alerts.size() == 1 ? tr("Alert: %1").arg(alerts.first().title)
                                         : tr("%n alerts need attention", nullptr, int(alerts.size()));
        QStringList lines;
        for (const Alerts::Alert& a : alerts)
            lines.append(alerts.size() == 1 ? a.detail : a.title);
        m_lastText = lines.join(u'\n').trimmed();
        if (m_lastText.isEmpty())
            m_lastText = tr("Settings → Autopilot lists it until it is resolved.");
        if (m_tray)
            m_tray->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Warning, 15'000);
        emit message(m_lastTitle);
    });
}
