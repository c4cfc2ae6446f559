#pragma once

#include "UiContext.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class AdRulesTab;
class ExperimentsTab;
class SocialTab;
class QTabWidget;
class RoasChart;

// Spend, revenue and ROAS per campaign, with the selected campaign's ROAS over time; the ad rules
// that watch them (the Rules tab) and the A/B tests between ad sets (the Experiments tab).
class CampaignsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPane(const UiContext& context, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    RoasChart* chart() const { return m_chart; }
    QTabWidget* tabs() const { return m_tabs; }
    AdRulesTab* rulesTab() const { return m_rulesTab; }
    ExperimentsTab* experimentsTab() const { return m_experimentsTab; }
    SocialTab* socialTab() const { return m_socialTab; }
    // Imports the report at path (what the file dialog does), and says what came in.
    void importReport(const QString& path);
    QMessageBox* lastReportBox() const { return m_lastReportBox; }

signals:
    void message(const QString& text);
    void proposalRequested(qint64 id); // a rule's finding, to open in Approvals

private:
    void showCurrent();
    void chooseReport();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_platform;
    QComboBox* m_period;
    QPushButton* m_import;
    QTableView* m_view;
    RoasChart* m_chart;
    QTabWidget* m_tabs;
    AdRulesTab* m_rulesTab;
    ExperimentsTab* m_experimentsTab;
    SocialTab* m_socialTab;
    QPointer<QMessageBox> m_lastReportBox;
};
