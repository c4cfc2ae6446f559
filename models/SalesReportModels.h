#pragma once

#include "ModelRoles.h"
#include "campaigns/SalesReport.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class CashWeeksModel;
class Clock;

// The period's figures against its two comparisons, one row per figure: revenue, orders, average
// order value, refunds, cost of goods, gross profit, ad spend, AI spend and what is left after both.
class SalesSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Figure
    {
        Revenue,
        Orders,
        AverageOrder,
        Refunds,
        GoodsCost,
        GrossProfit,
        AdSpend,
        AiSpend,   // the provider calls, converted from US dollars
        NetProfit, // gross profit − ad spend − AI spend
        FigureCount
    };
    Q_ENUM(Figure)
    enum Column
    {
        Name,
        Value,
        VsPrevious, // "+4.1 %" against the period before
        VsEarlier,  // against the same day last week, or a year earlier
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawRole = ModelRoles::RawValueRole,      // Value: minor units or a count; comparisons: the other period's
        TrendRole = ModelRoles::FirstCustomRole, // comparisons: +1 better, -1 worse, 0 same or unknown
    };

    explicit SalesSummaryModel(QObject* parent = nullptr);
    void setReport(const SalesReport::Report& report);
    qint64 value(Figure figure, Column column = Value) const;
    const SalesReport::Totals& totals() const { return m_report.current; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static qint64 figureOf(const SalesReport::Totals& t, Figure figure);
    QString format(Figure figure, qint64 value) const;

    SalesReport::Report m_report;
    bool m_loaded = false;
};

// Profit and loss per product over the period, highest net sales first; sorts by any column.
class ProductPnlModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Product,
        Units,
        NetSales,
        Refunds,
        GoodsCost,
        GrossProfit,
        Margin, // gross profit over net sales
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        KeyRole = ModelRoles::FirstCustomRole, // ProductPnl::Row::key
        RawRole = ModelRoles::RawValueRole,    // minor units, units, or margin in basis points
        ProductIdRole = ModelRoles::IdRole,    // 0 for a product Quorum does not know
    };

    explicit ProductPnlModel(QObject* parent = nullptr);
    void setFigures(const ProductPnl::Figures& figures);
    const ProductPnl::Row* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    static qint64 raw(const ProductPnl::Row& row, int column);
    void applySort();

    ProductPnl::Figures m_figures;
    int m_sortColumn = NetSales;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

// Net sales (or, for the whole shop, revenue) and gross profit per bucket, oldest first, for a chart.
class PnlSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString currency READ currency) // for charts
public:
    enum Column
    {
        Start,
        Sales,
        Profit,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        MinorUnitsRole = ModelRoles::RawValueRole, // Sales/Profit: qint64 minor units; Start: QDate
    };

    explicit PnlSeriesModel(QObject* parent = nullptr);
    // name: the product's, empty for the whole shop; bucketDays as SalesReport::bucketDays.
    void setPoints(
        const QList<ProductPnl::Point>& points, const QString& name, int bucketDays, const QString& currency);
    QString productName() const { return m_name; }
    int bucketDays() const { return m_bucketDays; }
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProductPnl::Point> m_points;
    QString m_name;
    int m_bucketDays = 1;
    QString m_currency;
};

// Reads the report for a period in the background (its own connection) and fills the four models
// with it; a product's series likewise. A newer request wins over one still running.
class SalesReportLoader final : public QObject
{
    Q_OBJECT
public:
    SalesReportLoader(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    SalesSummaryModel* summary() const { return m_summary; }
    ProductPnlModel* products() const { return m_products; }
    PnlSeriesModel* series() const { return m_series; }
    CashWeeksModel* cashWeeks() const { return m_cashWeeks; }
    SalesReport::Period period() const { return m_period; }
    bool isLoading() const { return m_pending > 0; }
    // Currencies of orders left out for want of a rate, in the last report.
    QStringList unconverted() const { return m_unconverted; }

    void setPeriod(SalesReport::Period period);
    // Whether the cash view is read with each report (from the first time someone looks at it).
    void setCashWanted(bool wanted);
    bool cashWanted() const { return m_cashWanted; }
    void reload();
    // The chart follows one product (a ProductPnl key with its name), or the whole shop (empty key).
    void showProduct(const QString& key, const QString& name);

signals:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const QString& message);

private:
    void finish();

    QString m_path;
    Clock* m_clock;
    SalesSummaryModel* m_summary;
    ProductPnlModel* m_products;
    PnlSeriesModel* m_series;
    CashWeeksModel* m_cashWeeks;
    SalesReport::Period m_period = SalesReport::Period::Today;
    QString m_key;
    QString m_keyName;
    QStringList m_unconverted;
    quint64 m_generation = 0;
    quint64 m_seriesGeneration = 0;
    int m_pending = 0;
    bool m_cashWanted = false;
};
