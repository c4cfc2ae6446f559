#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class RoasChart;

// Spend, revenue and ROAS per campaign, with the selected campaign's ROAS over time.
class CampaignsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPane(const UiContext& context, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    RoasChart* chart() const { return m_chart; }

private:
    void showCurrent();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_platform;
    QComboBox* m_period;
    QTableView* m_view;
    RoasChart* m_chart;
};
