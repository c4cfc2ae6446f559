#pragma once

#include "UiContext.h"

#include <QWidget>

class ExperimentChart;
class QLabel;
class QPushButton;
class QTableView;

// The Campaigns pane's Experiments tab: the A/B tests with their state, buttons to start a test,
// propose declaring its winner again and stop it, and for the selected test where it stands in
// words, its arms at the last look and its days on a chart.
class ExperimentsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentsTab(const UiContext& context, QWidget* parent = nullptr);
    QTableView* experimentsView() const { return m_experiments; }
    QTableView* armsView() const { return m_arms; }
    ExperimentChart* chart() const { return m_chart; }
    QLabel* summary() const { return m_summary; }
    void addExperiment();
    void declareWinner();
    void stopExperiment();

signals:
    void message(const QString& text);

private:
    void showCurrent();
    QString summaryText() const;

    UiContext m_context;
    QPushButton* m_add;
    QPushButton* m_declare;
    QPushButton* m_stop;
    QTableView* m_experiments;
    QLabel* m_summary;
    QTableView* m_arms;
    ExperimentChart* m_chart;
};
