#pragma once

#include "jobs/RunControl.h"

#include <QStatusBar>

class QLabel;
class QToolButton;

// Bottom line: which workspace is open (and that it is demo data), what the pipeline is doing (with
// pause, resume and the emergency stop, which turns the whole bar red), and how many approvals wait.
class WorkspaceStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit WorkspaceStatusBar(QWidget* parent = nullptr);

    void setWorkspace(const QString& name, const QString& path, bool demo);
    void setPendingApprovals(int count);
    // The badge for proposals whose deadline is near (hidden at 0).
    void setExpiringSoon(int count);
    void setUser(const QString& name, const QString& role);
    // Publish jobs waiting (the outbox), and whether they wait because the network is down.
    void setOutbox(int queued, bool offline);
    // What the store sync is doing ("Reading orders from Shop: page 12 of 300"), or a problem; empty hides it.
    void setSync(const QString& text, const QString& toolTip, bool problem);
    // A team workspace: whether its database server answers. Lost, a warning stays in the bar until it
    // is back; back, the bar says so for a moment (everything is read again then).
    void setServerReachable(bool reachable, const QString& server);
    // Decisions taken while the team server was away, kept on this computer until it answers.
    void setDecisionsKept(int count);
    QLabel* serverLabel() const { return m_server; }
    int pendingApprovals() const { return m_pending; }
    void setPipeline(RunControl::State state, int runningJobs, int queuedJobs);
    RunControl::State pipelineState() const { return m_state; }
    QToolButton* pipelineButton() const { return m_pipeline; }

signals:
    void approvalsClicked();
    void pipelineStateRequested(RunControl::State state);
    void pipelineStateChanged(RunControl::State state);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void elideWorkspace();
    QString m_workspaceText;
    QLabel* m_workspace;
    QToolButton* m_approvals;
    QToolButton* m_expiring;
    QLabel* m_user;
    QLabel* m_outbox;
    QLabel* m_sync;
    QLabel* m_server;
    QToolButton* m_pipeline;
    int m_pending = -1;
    RunControl::State m_state = RunControl::State::Running;
    bool m_serverLost = false;
    int m_kept = 0;
    QString m_serverName;
    void showServer();
};
