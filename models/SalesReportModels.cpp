#include "SalesReportModels.h"

#include "CashWeeksModel.h"
#include "ThemeColors.h"
#include "campaigns/DailySales.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "storage/BackgroundTask.h"
#include "storage/Sql.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{

// "+4.1 %" from the other period's figure to this one's; empty when there is nothing to compare.
QString change(qint64 now, qint64 before)
{
    if (before == 0)
        return QStringLiteral("–"); // nothing to compare with
    const double pct = 100.0 * static_cast<double>(now - before) / std::abs(static_cast<double>(before));
    return (pct >= 0 ? u"+"_s : QString()) + QLocale().toString(pct, 'f', 1) + u" %"_s;
}

} // namespace

// --- SalesSummaryModel ---------------------------------------------------------------------------

SalesSummaryModel::SalesSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SalesSummaryModel::setReport(const SalesReport::Report& report)
{
    m_report = report;
    m_loaded = true;
    emit dataChanged(index(0, 0), index(FigureCount - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

qint64 SalesSummaryModel::figureOf(const SalesReport::Totals& t, Figure figure)
{
    switch (figure) {
    case Revenue:
        return t.revenueCents;
    case Orders:
        return t.orders;
    case AverageOrder:
        return t.averageOrderCents();
    case Refunds:
        return t.refundCents;
    case GoodsCost:
        return t.goodsCostCents;
    case GrossProfit:
        return t.profitCents();
    case AdSpend:
        return t.adSpendCents;
    case AiSpend:
        return t.aiSpendCents;
    case NetProfit:
        return t.netCents();
    case FigureCount:
        break;
    }
    return 0;
}

qint64 SalesSummaryModel::value(Figure figure, Column column) const
{
    switch (column) {
    case VsPrevious:
        return figureOf(m_report.previous, figure);
    case VsEarlier:
        return figureOf(m_report.earlier, figure);
    default:
        return figureOf(m_report.current, figure);
    }
}

QString SalesSummaryModel::format(Figure figure, qint64 value) const
{
    return figure == Orders ? QLocale().toString(value) : Money::format(value, m_report.currency);
}

int SalesSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FigureCount;
}

int SalesSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto figure = static_cast<Figure>(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole && column == Name) {
        switch (figure) {
        case Revenue:
            return tr("Revenue");
        case Orders:
            return tr("Orders");
        case AverageOrder:
            return tr("Average order");
        case Refunds:
            return tr("Refunds");
        case GoodsCost:
            return tr("Cost of goods");
        case GrossProfit:
            return tr("Gross profit");
        case AdSpend:
            return tr("Ad spend");
        case AiSpend:
            return tr("AI spend");
        case NetProfit:
            return tr("Net after ads and AI");
        case FigureCount:
            break;
        }
        return {};
    }
    if (column == Name)
        return {};
    const qint64 v = value(figure, column);
    const qint64 current = value(figure, Value);
    switch (role) {
    case Qt::DisplayRole:
        if (!m_loaded)
            return QString();
        // A cost of goods nobody entered is not a cost of zero.
        // Nor is a profit over goods without a cost known.
        if ((figure == GoodsCost || figure == GrossProfit || figure == NetProfit) && m_report.current.units > 0
            && m_report.current.costedUnits == 0)
            return column == Value ? tr("not known") : QStringLiteral("–");
        // AI spend without a rate from US dollars is not nothing either.
        if ((figure == AiSpend || figure == NetProfit) && !m_report.current.aiSpendKnown)
            return column == Value ? tr("no USD rate") : QStringLiteral("–");
        return column == Value ? format(figure, v) : change(current, v);
    case Qt::ToolTipRole:
        if ((!m_loaded || column == Value) && (figure == AiSpend || figure == NetProfit))
            return m_report.current.aiSpendKnown
                ? (figure == AiSpend ? tr("The AI providers' calls, priced in US dollars and converted at your rate.")
                                     : tr("Gross profit less the ad spend and the AI spend."))
                : tr("AI calls are priced in US dollars: enter a rate for USD to count them.");
        if (!m_loaded || column == Value)
            return (figure == GoodsCost || figure == GrossProfit)
                    && m_report.current.units > m_report.current.costedUnits
                ? QVariant(tr("The cost is known for %1 of %2 items sold; the others count as free.")
                               .arg(QLocale().toString(m_report.current.costedUnits),
                                   QLocale().toString(m_report.current.units)))
                : QVariant();
        return column == VsPrevious ? tr("The period before: %1").arg(format(figure, v))
                                    : tr("The same period earlier: %1").arg(format(figure, v));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawRole:
        return v;
    case TrendRole: {
        if (column == Value || v == 0 || current == v)
            return 0;
        const int sign = current > v ? 1 : -1;
        // More refunds, cost or ad spend is not better.
        return (figure == Refunds || figure == GoodsCost || figure == AdSpend || figure == AiSpend) ? -sign : sign;
    }
    default:
        return {};
    }
}

QVariant SalesSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool day = m_report.period == SalesReport::Period::Today || m_report.period == SalesReport::Period::Yesterday;
    switch (section) {
    case Name:
        return tr("Figure");
    case Value:
        return m_report.period == SalesReport::Period::Today ? tr("Today so far") : tr("This period");
    case VsPrevious:
        return m_report.period == SalesReport::Period::Today
            ? tr("vs yesterday")
            : (m_report.period == SalesReport::Period::Yesterday ? tr("vs the day before") : tr("vs previous period"));
    case VsEarlier:
        return day ? tr("vs same day last week") : tr("vs a year earlier");
    default:
        return {};
    }
}

// --- ProductPnlModel -----------------------------------------------------------------------------

ProductPnlModel::ProductPnlModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ProductPnlModel::setFigures(const ProductPnl::Figures& figures)
{
    beginResetModel();
    m_figures = figures;
    applySort();
    endResetModel();
}

const ProductPnl::Row* ProductPnlModel::rowAt(int row) const
{
    return row >= 0 && row < m_figures.rows.size() ? &m_figures.rows.at(row) : nullptr;
}

int ProductPnlModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.rows.size());
}

int ProductPnlModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ProductPnlModel::raw(const ProductPnl::Row& row, int column)
{
    switch (column) {
    case Units:
        return row.units;
    case NetSales:
        return row.netSalesCents;
    case Refunds:
        return row.refundCents;
    case GoodsCost:
        return row.goodsCostCents;
    case GrossProfit:
        return row.profitCents();
    case Margin:
        return row.netSalesCents != 0
            ? std::llround(10000.0 * static_cast<double>(row.profitCents()) / static_cast<double>(row.netSalesCents))
            : 0;
    default:
        return 0;
    }
}

QVariant ProductPnlModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductPnl::Row& row = m_figures.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Product:
            return row.name;
        case Units:
            return QLocale().toString(row.units);
        case Margin:
            // A margin without the cost of every item would flatter the product.
            return row.netSalesCents > 0 && row.costedUnits == row.units
                ? QVariant(QLocale().toString(static_cast<double>(raw(row, Margin)) / 100.0, 'f', 1) + u" %"_s)
                : QVariant(QStringLiteral("–"));
        case GoodsCost:
        case GrossProfit:
            if (row.costedUnits == 0 && row.units > 0)
                return tr("not known");
            return Money::format(raw(row, column), m_figures.currency);
        default:
            return Money::format(raw(row, column), m_figures.currency);
        }
    case Qt::ToolTipRole:
        if (column == Product && row.productId == 0)
            return tr("Sold in the store; not a product in this workspace yet. Its sales join the product when it "
                      "is imported or published.");
        if ((column == GoodsCost || column == GrossProfit || column == Margin) && row.costedUnits < row.units)
            return tr("The cost is known for %1 of %2 items; the others count as free.")
                .arg(QLocale().toString(row.costedUnits), QLocale().toString(row.units));
        if (column == Refunds)
            return tr("Each order's refunds, shared over its lines by their value");
        return {};
    case Qt::TextAlignmentRole:
        return column == Product ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Figures that lack costs read as provisional.
        return (column == GoodsCost || column == GrossProfit) && row.costedUnits < row.units ? QVariant(Theme::Muted)
                                                                                             : QVariant();
    case RawRole:
        return column == Product ? QVariant(row.name) : QVariant(raw(row, column));
    case KeyRole:
        return row.key;
    case ProductIdRole:
        return row.productId;
    default:
        return {};
    }
}

QVariant ProductPnlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == NetSales)
        return tr("The lines after their discounts, before tax and shipping");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Units:
        return tr("Units");
    case NetSales:
        return tr("Net sales");
    case Refunds:
        return tr("Refunds");
    case GoodsCost:
        return tr("Cost of goods");
    case GrossProfit:
        return tr("Gross profit");
    case Margin:
        return tr("Margin");
    default:
        return {};
    }
}

void ProductPnlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList keys;
    for (const QModelIndex& i : before)
        keys << m_figures.rows.at(i.row()).key;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = std::find_if(m_figures.rows.cbegin(), m_figures.rows.cend(),
            [&](const ProductPnl::Row& r) { return r.key == keys.at(i); });
        after << index(int(it - m_figures.rows.cbegin()), before.at(i).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProductPnlModel::applySort()
{
    // The rows are one per product sold in the period (the SQL has summed the lines already).
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(
        m_figures.rows.begin(), m_figures.rows.end(), [&](const ProductPnl::Row& a, const ProductPnl::Row& b) {
            if (column == Product) {
                const int c = QString::localeAwareCompare(a.name, b.name);
                return ascending ? c < 0 : c > 0;
            }
            const qint64 x = raw(a, column);
            const qint64 y = raw(b, column);
            return ascending ? x < y : x > y;
        });
}

// --- PnlSeriesModel ------------------------------------------------------------------------------

PnlSeriesModel::PnlSeriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PnlSeriesModel::setPoints(
    const QList<ProductPnl::Point>& points, const QString& name, int bucketDays, const QString& currency)
{
    beginResetModel();
    m_points = points;
    m_name = name;
    m_bucketDays = bucketDays;
    m_currency = currency;
    endResetModel();
}

int PnlSeriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int PnlSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PnlSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductPnl::Point& p = m_points.at(index.row());
    if (role == MinorUnitsRole) {
        switch (index.column()) {
        case Start:
            return p.start;
        case Sales:
            return p.netSalesCents;
        default:
            return p.profitCents;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start:
        return QLocale().toString(p.start, QLocale::ShortFormat);
    case Sales:
        return Money::format(p.netSalesCents, m_currency);
    default:
        return Money::format(p.profitCents, m_currency);
    }
}

QVariant PnlSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return m_bucketDays == 1 ? tr("Day") : (m_bucketDays == 7 ? tr("Week") : tr("Month"));
    case Sales:
        return m_name.isEmpty() ? tr("Revenue") : tr("Net sales");
    case Profit:
        return tr("Gross profit");
    default:
        return {};
    }
}

// --- SalesReportLoader ---------------------------------------------------------------------------

namespace
{
struct Loaded
{
    SalesReport::Report report;
    QList<ProductPnl::Point> series;
    QString error;
};
} // namespace

SalesReportLoader::SalesReportLoader(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_path(db.databaseName())
    , m_clock(clock)
    , m_summary(new SalesSummaryModel(this))
    , m_products(new ProductPnlModel(this))
    , m_series(new PnlSeriesModel(this))
    , m_cashWeeks(new CashWeeksModel(this))
{ }

void SalesReportLoader::setPeriod(SalesReport::Period period)
{
    m_period = period;
    reload();
}

void SalesReportLoader::setCashWanted(bool wanted)
{
    if (wanted == m_cashWanted)
        return;
    m_cashWanted = wanted;
    if (wanted)
        reload();
}

void SalesReportLoader::reload()
{
    const quint64 generation = ++m_generation;
    if (m_pending++ == 0)
        emit loadingChanged(true);
    const SalesReport::Period period = m_period;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs());
    const QString key = m_key;
    const bool weeks = m_cashWanted;
    BackgroundTask::run<Loaded>(
        m_path, this,
        [period, now, key, weeks](const BackgroundTask::Step& step) {
            Loaded out;
            try {
                out.report = SalesReport::build(step.db, period, now, weeks);
                if (!key.isEmpty()) {
                    const SalesReport::Range chart = SalesReport::chartRange(period, now);
                    out.series
                        = ProductPnl::series(step.db, key, chart.first, chart.last, SalesReport::bucketDays(period));
                }
            } catch (const SqlError& e) {
                out.error = e.message();
            }
            return out;
        },
        {},
        [this, generation, key](Loaded result) {
            finish();
            if (generation != m_generation)
                return; // a newer request is on its way
            const SalesReport::Report& r = result.report;
            m_unconverted = r.unconverted;
            m_summary->setReport(r);
            m_products->setFigures(r.products);
            if (m_cashWanted)
                m_cashWeeks->setWeeks(r.weeks, r.currency);
            // The chart comes with the report unless another product was picked meanwhile.
            if (key == m_key) {
                ++m_seriesGeneration;
                m_series->setPoints(
                    key.isEmpty() ? r.series : result.series, m_keyName, SalesReport::bucketDays(r.period), r.currency);
            }
            emit loaded();
        });
}

void SalesReportLoader::showProduct(const QString& key, const QString& name)
{
    if (key == m_key)
        return;
    m_key = key;
    m_keyName = name;
    // Only the chart changes: the figures and the table stay as they are (and keep their selection).
    const quint64 generation = ++m_seriesGeneration;
    if (m_pending++ == 0)
        emit loadingChanged(true);
    const SalesReport::Period period = m_period;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs());
    BackgroundTask::run<Loaded>(
        m_path, this,
        [period, now, key](const BackgroundTask::Step& step) {
            Loaded out;
            try {
                const SalesReport::Range chart = SalesReport::chartRange(period, now);
                out.series = key.isEmpty()
                    ? ProductPnl::series(step.db, {}, chart.first, chart.last, SalesReport::bucketDays(period))
                    : ProductPnl::series(step.db, key, chart.first, chart.last, SalesReport::bucketDays(period));
                out.report.currency = DailySales::reportingCurrency(step.db);
            } catch (const SqlError& e) {
                out.error = e.message();
            }
            return out;
        },
        {},
        [this, generation, period](Loaded result) {
            finish();
            if (generation != m_seriesGeneration || period != m_period)
                return;
            if (!result.error.isEmpty()) {
                emit failed(result.error);
                return;
            }
            m_series->setPoints(result.series, m_keyName, SalesReport::bucketDays(period), result.report.currency);
        });
}

void SalesReportLoader::finish()
{
    if (--m_pending == 0)
        emit loadingChanged(false);
}
