#pragma once

#include "Pane.h"
#include "UiContext.h"
#include "pipeline/SetupState.h"

#include <QWidget>

class QListView;
class QTableView;
class TrendChart;

// Home: today's figures against yesterday, revenue and profit over a month, recent autonomous actions
// and cluster health.
class DashboardPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPane(const UiContext& context, QWidget* parent = nullptr);

signals:
    void paneRequested(PaneId pane);
    // A group of stages was clicked: show those products in the Pipeline.
    void stagesRequested(const QString& label, const QStringList& stages, bool waiting);
    // A step of the setup checklist asks to be done.
    void setupStepRequested(SetupState::Step step);
    void currencySettingsRequested();
    void proposalRequested(qint64 id); // the CEO's "decide first"
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListView* m_kpis;
    QTableView* m_actions;
    QListView* m_clusters;
    QListView* m_stages;
    TrendChart* m_trend;
};
