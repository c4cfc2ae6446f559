#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class SalesReportLoader;
class TrendChart;

// The dashboard's sales and profit over a period the owner picks: revenue, orders, average order,
// refunds, cost of goods, gross profit and ad spend against the period before and a week (or a year)
// earlier; a chart of the whole shop, or of the product picked in the table below it; and profit and
// loss per product, sortable by any column; and beside it the cash view, money in and out per week. Everything is read
// in the background: picking a period never makes the window wait.
class PnlCard final : public QFrame
{
    Q_OBJECT
public:
    explicit PnlCard(SalesReportLoader* loader, QWidget* parent = nullptr);

    QComboBox* periodBox() const { return m_period; }
    QTableView* summaryView() const { return m_summary; }
    QTableView* productsView() const { return m_products; }
    QTableView* cashView() const { return m_cash; }
    QTabWidget* tabs() const { return m_tabs; }
    TrendChart* chart() const { return m_chart; }

signals:
    // The owner follows "Enter rates" to the currency settings.
    void ratesRequested();

private:
    void showStatus();
    void followSelection();
    void reselect();

    SalesReportLoader* m_loader;
    QComboBox* m_period;
    QLabel* m_status;
    QLabel* m_chartTitle;
    QTableView* m_summary;
    QTableView* m_products;
    QTableView* m_cash;
    QTabWidget* m_tabs;
    TrendChart* m_chart;
    QString m_selectedKey;
};
