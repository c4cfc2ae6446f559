#pragma once

#include "UiContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

// Clusters and their agents with health: status, heartbeat (or last run), load, success rate,
// latency, cost; below the list, the selected agent's contract (what it reads and may propose, how
// often it runs, its AI budget) and what its last run found or needs; the override to pause or resume
// one agent or a whole cluster (a paused agent claims no work and every proposal of it waits for a
// person), and running a scheduled agent now.
class AgentsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPane(const UiContext& context, QWidget* parent = nullptr);
    QTreeView* view() const { return m_view; }
    QTableView* endpointsView() const { return m_endpoints; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* runNowButton() const { return m_runNow; }
    QLabel* detail() const { return m_detail; }
    // Pauses (or resumes) what is selected: an agent, or every agent of a cluster row.
    void togglePause();
    // Runs the selected scheduled agent now.
    void runNow();

signals:
    void message(const QString& text);

private:
    void updateButtons();
    void updateDetail();

    UiContext m_context;
    QPushButton* m_pause;
    QPushButton* m_runNow;
    QLabel* m_detail;
    QLineEdit* m_search;
    QTreeView* m_view;
    QTableView* m_endpoints;
};
