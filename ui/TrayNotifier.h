#pragma once

#include <QObject>

class ApprovalActions;
class Clock;
class DeadlineWatcher;
class QSystemTrayIcon;

// The system tray's part in approvals: a notification for each new HIGH proposal, each proposal near
// its deadline and each MEDIUM action that ran on its own; clicking the notification opens that
// proposal. Where the desktop has no tray,
// the same text goes to the status bar (message()).
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

signals:
    void proposalRequested(qint64 id);
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
};
