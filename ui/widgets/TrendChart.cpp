#include "TrendChart.h"

#include "DailyTrendModel.h"
#include "EmptyState.h"
#include "Theme.h"
#include "core/Money.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFontMetrics>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
// A round step (1, 2 or 5 times a power of ten) that splits span into about `ticks` parts.
double niceStep(double span, int ticks)
{
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}
} // namespace

TrendChart::TrendChart(DailyTrendModel* model, QWidget* parent)
    : TrendChart(model,
        {DailyTrendModel::Day, DailyTrendModel::Revenue, DailyTrendModel::Profit, DailyTrendModel::MinorUnitsRole},
        tr("No revenue recorded yet"),
        tr("Revenue and profit per day appear here once sales figures are in the workspace."), parent)
{ }

TrendChart::TrendChart(QAbstractItemModel* model, const Columns& columns, const QString& emptyTitle,
    const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_columns(columns)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_revenue(new QLineSeries(this))
    , m_profit(new QLineSeries(this))
    , m_x(new QCategoryAxis(this))
    , m_y(new QCategoryAxis(this))
{
    setObjectName(u"trendChart"_s);
    m_revenue->setPen(QPen(Theme::Accent, 2.2));
    m_profit->setPen(QPen(Theme::Success, 2.2));
    m_chart->addSeries(m_revenue);
    m_chart->addSeries(m_profit);
    // Both axes are category axes labelled by hand: QValueAxis formats through printf ("5.0"), which
    // knows neither the locale's decimal comma nor where its currency symbol goes.
    for (QCategoryAxis* axis : {m_x, m_y}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setLabelsColor(Theme::Muted);
        axis->setGridLineColor(Theme::Border);
        axis->setLinePenColor(Theme::Border);
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* s : {m_revenue, m_profit}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setLabelColor(Theme::Text);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(6);
    m_view->setRenderHint(QPainter::Antialiasing);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    EmptyState::attach(this, model, emptyTitle, emptyText);
    connect(model, &QAbstractItemModel::modelReset, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TrendChart::rebuild);
    rebuild();
}

QStringList TrendChart::valueLabels() const
{
    return m_y->categoriesLabels();
}

QDate TrendChart::day(int row) const
{
    return m_model->index(row, m_columns.day).data(m_columns.role).toDate();
}

double TrendChart::amount(int row, int column) const
{
    return static_cast<double>(m_model->index(row, column).data(m_columns.role).toLongLong()) / 100.0;
}

void TrendChart::rebuild()
{
    m_revenue->setName(m_model->headerData(m_columns.first, Qt::Horizontal).toString());
    m_profit->setName(m_model->headerData(m_columns.second, Qt::Horizontal).toString());
    const int rows = m_model->rowCount();
    m_view->setVisible(rows > 0);
    QList<QPointF> revenue;
    QList<QPointF> profit;
    double low = 0.0;
    double high = 0.0;
    for (int row = 0; row < rows; ++row) {
        const auto x = static_cast<double>(day(row).startOfDay().toMSecsSinceEpoch());
        const double r = amount(row, m_columns.first);
        const double p = amount(row, m_columns.second);
        revenue.append({x, r});
        profit.append({x, p});
        low = std::min({low, r, p});
        high = std::max({high, r, p});
    }
    m_revenue->replace(revenue);
    m_profit->replace(profit);
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    for (const QString& label : m_y->categoriesLabels())
        m_y->remove(label);
    if (rows == 0)
        return;

    // About five labels (a week apart for days), counted back from the last so that it is labelled;
    // months are named by month.
    const QLocale locale;
    const double first = revenue.first().x();
    const bool months = rows > 1 && day(0).daysTo(day(1)) >= 28;
    const int every = rows <= 35 ? 7 : std::max(1, (rows + 4) / 5);
    m_x->setStartValue(first);
    for (int row = (rows - 1) % every; row < rows; row += every) {
        if (row == 0 && rows > 1)
            continue; // the axis' start carries no label of its own
        m_x->append(locale.toString(day(row), months ? u"MMM yyyy"_s : u"d MMM"_s), revenue.at(row).x());
    }
    m_x->setRange(first, revenue.last().x());
    // Today's label is centred on the right end of the plot: leave room for its second half.
    const QString lastLabel = m_x->categoriesLabels().value(m_x->count() - 1);
    const int room = QFontMetrics(m_x->labelsFont()).horizontalAdvance(lastLabel) / 2;
    m_chart->setMargins(QMargins(4, 4, 4 + room, 4));

    // Money: round steps from zero (or the worst loss) to the best day, in whole units where they suffice.
    if (high - low < 1.0)
        high = low + 1.0;
    const double step = niceStep(high - low, 4);
    const double bottom = std::floor(low / step) * step;
    const double top = std::ceil(high / step) * step;
    const int decimals = step < 1.0 ? 2 : 0;
    const QString symbol = Money::symbol(m_model->property("currency").toString());
    m_y->setStartValue(bottom);
    for (int i = 0; bottom + i * step <= top + step / 2; ++i) {
        double value = std::round((bottom + i * step) / step) * step;
        if (std::abs(value) < step / 2)
            value = 0.0; // never "-€0"
        m_y->append(locale.toCurrencyString(value, symbol, decimals), value);
    }
    m_y->setRange(bottom, top);
}
