#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class AdRulesTab;
class QTabWidget;
class RoasChart;

// Spend, revenue and ROAS per campaign, with the selected campaign's ROAS over time; and the ad rules
// that watch them (the Rules tab).
class CampaignsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPane(const UiContext& context, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    RoasChart* chart() const { return m_chart; }
    QTabWidget* tabs() const { return m_tabs; }
    AdRulesTab* rulesTab() const { return m_rulesTab; }

signals:
    void message(const QString& text);

private:
    void showCurrent();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_platform;
    QComboBox* m_period;
    QTableView* m_view;
    RoasChart* m_chart;
    QTabWidget* m_tabs;
    AdRulesTab* m_rulesTab;
};
