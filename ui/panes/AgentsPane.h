#pragma once

#include "UiContext.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QTreeView;

// Clusters and their agents with health: status, heartbeat, load, success rate, latency, cost.
class AgentsPane final : public QWidget
{
    Q_OBJECT
public:
    AgentsPane(const UiContext& context, QWidget* parent = nullptr);
    QTreeView* view() const { return m_view; }
    QTableView* endpointsView() const { return m_endpoints; }

private:
    QLineEdit* m_search;
    QTreeView* m_view;
    QTableView* m_endpoints;
};
