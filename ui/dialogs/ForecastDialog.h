#pragma once

#include "storesync/DemandForecasts.h"

#include <QDialog>

class QChart;

// A product's demand as the Demand Forecast agent last fit it: units sold per day over the last twelve
// weeks and the forecast for the next four (all its variants together), and per variant the method and
// its backtest error (MASE), so the forecast's quality is read beside it.
class ForecastDialog final : public QDialog
{
    Q_OBJECT
public:
    ForecastDialog(const QString& productName, const DemandForecasts::Product& forecast, QWidget* parent = nullptr);
    QChart* chart() const { return m_chart; }

    // "MASE 0.84 (beats the naive forecast)", or why there is none.
    static QString maseText(const std::optional<double>& mase);

private:
    QChart* m_chart;
};
