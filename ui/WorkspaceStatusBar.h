#pragma once

#include <QStatusBar>

class QLabel;
class QToolButton;

// Bottom line: which workspace is open (and that it is demo data), and how many approvals wait.
class WorkspaceStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit WorkspaceStatusBar(QWidget* parent = nullptr);

    void setWorkspace(const QString& name, const QString& path, bool demo);
    void setPendingApprovals(int count);
    int pendingApprovals() const { return m_pending; }

signals:
    void approvalsClicked();

private:
    QLabel* m_workspace;
    QToolButton* m_approvals;
    int m_pending = -1;
};
