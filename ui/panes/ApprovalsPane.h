#pragma once

#include "UiContext.h"
#include "approvals/ApprovalDesk.h"

#include <QWidget>

class ActivityView;
class ApprovalDecisions;
class EmptyState;
class ProposalDetailPanel;
class QComboBox;
class UndoToast;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

// The approver's desk: the queue of proposals by priority and deadline (filters by status, cluster,
// agent, risk and action type, and a search), the selected proposal in full with Approve, Reject and
// Modify, bulk decisions on a selection, and the Activity timeline with the audit trail's integrity
// check. Works from the keyboard: A / R / M decide, J / K move.
class ApprovalsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsPane(const UiContext& context, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ProposalDetailPanel* detail() const { return m_detail; }
    ApprovalDecisions* decisions() const { return m_decisions; }
    ActivityView* activity() const { return m_activity; }
    UndoToast* undoToast() const { return m_undo; }
    QTabWidget* tabs() const { return m_tabs; }
    // Shows the queue with this proposal selected (from a notification); clears filters that hide it.
    void openProposal(qint64 id);

signals:
    void message(const QString& text);
    // The person wants to adjust the rule that judged this kind of proposal.
    void ruleRequested(const QString& actionType, const QString& agent);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createQueue();
    // A publish proposal's diff against each store (reading the stores when it is missing or stale).
    QString storeDiff(const ApprovalDesk::Proposal& proposal);
    void readStores();
    void updateCount();
    void showCurrent();
    QList<qint64> selectedIds() const;
    void move(int delta);
    void selectRow(int row);
    void afterDecision();
    void undoDecisions(const QList<qint64>& ids);

    UiContext m_context;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_cluster;
    QComboBox* m_agent;
    QComboBox* m_risk;
    QComboBox* m_type;
    QLabel* m_count;
    QLabel* m_user;
    QTableView* m_view;
    EmptyState* m_empty;
    ProposalDetailPanel* m_detail;
    ApprovalDecisions* m_decisions;
    ActivityView* m_activity;
    UndoToast* m_undo;
    QTimer* m_storesChanged;
    int m_decidedRow = -1;
};
