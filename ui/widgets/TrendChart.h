#pragma once

#include <QWidget>

class DailyTrendModel;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;

// Revenue and profit per day over the last 30 days, as two lines, for the dashboard. The axes are
// labelled by the locale (money as "€ 1.000" in Dutch, days as "28 nov."); with no figures at all it
// says so instead of drawing an empty grid.
class TrendChart final : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(DailyTrendModel* model, QWidget* parent = nullptr);
    QLineSeries* revenueSeries() const { return m_revenue; }
    QLineSeries* profitSeries() const { return m_profit; }
    // The money axis' labels, lowest first (for tests).
    QStringList valueLabels() const;

private:
    void rebuild();

    DailyTrendModel* m_model;
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_revenue;
    QLineSeries* m_profit;
    QCategoryAxis* m_x;
    QCategoryAxis* m_y;
};
