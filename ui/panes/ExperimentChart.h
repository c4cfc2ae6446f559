#pragma once

#include <QWidget>

class ExperimentArmsModel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QValueAxis;

// The selected A/B test over its days: each variant's difference from the control (percentage points)
// with its always-valid interval as a band, the zero line, and the day every arm met the floors. A
// band that leaves zero after the floors is a verdict.
class ExperimentChart final : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentChart(ExperimentArmsModel* model, QWidget* parent = nullptr);
    QChart* chart() const { return m_chart; }
    // The plotted series' names (for tests).
    QStringList seriesNames() const;

private:
    void rebuild();

    ExperimentArmsModel* m_model;
    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QLabel* m_empty;
};
