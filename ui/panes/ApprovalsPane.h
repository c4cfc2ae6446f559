#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class EmptyState;

// The approver's queue: pending proposals by priority and deadline, with filters by cluster, agent,
// risk and action type, and a search.
class ApprovalsPane final : public QWidget
{
    Q_OBJECT
public:
    ApprovalsPane(const UiContext& context, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }

private:
    void updateCount();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_cluster;
    QComboBox* m_agent;
    QComboBox* m_risk;
    QComboBox* m_type;
    QLabel* m_count;
    QTableView* m_view;
    EmptyState* m_empty;
};
