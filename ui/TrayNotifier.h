#pragma once

#include <QObject>

class ApprovalActions;
class AutopilotActions;
class Clock;
class DeadlineWatcher;
class QSystemTrayIcon;

// The system tray's part in approvals: a notification for each new HIGH proposal, each proposal near
// its deadline and each MEDIUM action that ran on its own; clicking the notification opens that
// proposal. The autopilot's alerts (raised by any process of the workspace) too, unless the owner
// switched desktop alerts off; clicking one opens the list of open alerts (Settings → Autopilot). Where the desktop has
// no tray, the same text goes to the status bar (message()).
class TrayNotifier final : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(DeadlineWatcher* deadlines, ApprovalActions* actions, const Clock* clock, QObject* parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    // What was last notified (title and text), and for which proposal.
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    qint64 lastProposal() const { return m_lastProposal; }
    // As if the person clicked the last notification.
    void activateLast();
    // Shows the autopilot's new alerts (connected by the main window).
    void watchAlerts(AutopilotActions* autopilot);

signals:
    void proposalRequested(qint64 id);
    void alertsRequested();
    void message(const QString& text);

private:
    void notify(const QList<qint64>& ids, bool nearExpiry);
    void notifyRan(const QList<qint64>& ids);

    ApprovalActions* m_actions;
    const Clock* m_clock;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastText;
    qint64 m_lastProposal = 0;
    bool m_lastIsAlert = false;
};
