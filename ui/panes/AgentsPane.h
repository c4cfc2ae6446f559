#pragma once

#include "UiContext.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

// Clusters and their agents with health: status, heartbeat, load, success rate, latency, cost; and
// the override to pause or resume one agent or a whole cluster (a paused agent claims no work and
// every proposal of it waits for a person).
class AgentsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPane(const UiContext& context, QWidget* parent = nullptr);
    QTreeView* view() const { return m_view; }
    QTableView* endpointsView() const { return m_endpoints; }
    QPushButton* pauseButton() const { return m_pause; }
    // Pauses (or resumes) what is selected: an agent, or every agent of a cluster row.
    void togglePause();

signals:
    void message(const QString& text);

private:
    void updateButtons();

    UiContext m_context;
    QPushButton* m_pause;
    QLineEdit* m_search;
    QTreeView* m_view;
    QTableView* m_endpoints;
};
