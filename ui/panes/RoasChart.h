#pragma once

#include <QWidget>

class CampaignSeriesModel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// ROAS over time for the selected campaign: the daily ROAS line and the campaign's target, both
// mapped from CampaignSeriesModel with QVXYModelMapper, and a marker on each day an ad rule acted
// (hover for what it did and why).
class RoasChart final : public QWidget
{
    Q_OBJECT
public:
    explicit RoasChart(CampaignSeriesModel* model, QWidget* parent = nullptr);
    void setTitle(const QString& title);
    QLineSeries* roasSeries() const { return m_roas; }
    QScatterSeries* ruleSeries() const { return m_rules; }

private:
    void rescale();

    CampaignSeriesModel* m_model;
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_roas;
    QLineSeries* m_target;
    QScatterSeries* m_rules;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QLabel* m_empty;
};
