#pragma once

#include <QDate>
#include <QWidget>

class DailyTrendModel;
class QAbstractItemModel;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;

// Two money figures over time as two lines (revenue and profit per day over the last 30 days for
// the dashboard; a product's net sales and profit per day, week or month for the P&L). The model has
// one row per day or bucket, oldest first; the columns named in Columns hold the bucket's first day
// (a QDate) and the two amounts (minor units) in `role`, the series' names in the horizontal header
// and the currency in the model's "currency" property. The axes are labelled by the locale (money as
// "€ 1.000" in Dutch, days as "28 nov."); with no rows it says so instead of drawing an empty grid.
class TrendChart final : public QWidget
{
    Q_OBJECT
public:
    struct Columns
    {
        int day = 0;
        int first = 1;
        int second = 2;
        int role = Qt::UserRole;
    };
    explicit TrendChart(DailyTrendModel* model, QWidget* parent = nullptr);
    TrendChart(QAbstractItemModel* model, const Columns& columns, const QString& emptyTitle, const QString& emptyText,
        QWidget* parent = nullptr);
    QLineSeries* revenueSeries() const { return m_revenue; }
    QLineSeries* profitSeries() const { return m_profit; }
    // The money axis' labels, lowest first (for tests).
    QStringList valueLabels() const;

private:
    void rebuild();

    QDate day(int row) const;
    double amount(int row, int column) const;

    QAbstractItemModel* m_model;
    Columns m_columns;
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_revenue;
    QLineSeries* m_profit;
    QCategoryAxis* m_x;
    QCategoryAxis* m_y;
};
