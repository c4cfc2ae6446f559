#include "RoasChart.h"

#include "CampaignSeriesModel.h"
#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace
{
// QVXYModelMapper reads DisplayRole; the series model keeps formatted text there and the plottable
// numbers in ChartValueRole, so this proxy hands the chart the numbers.
class ChartValueProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DisplayRole)
            return QIdentityProxyModel::data(index, CampaignSeriesModel::ChartValueRole);
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

RoasChart::RoasChart(CampaignSeriesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_roas(new QLineSeries(this))
    , m_target(new QLineSeries(this))
    , m_rules(new QScatterSeries(this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
    , m_empty(new QLabel(tr("Select a campaign to see its ROAS over time."), this))
{
    setObjectName(u"roasChart"_s);
    auto* proxy = new ChartValueProxy(this);
    proxy->setSourceModel(model);

    m_roas->setName(tr("ROAS"));
    m_roas->setPen(QPen(Theme::Accent, 2.2));
    m_target->setName(tr("Target"));
    m_target->setPen(QPen(Theme::Danger, 1.4, Qt::DashLine));
    for (auto [series, column] : {std::pair{m_roas, int(CampaignSeriesModel::Roas)},
             std::pair{m_target, int(CampaignSeriesModel::TargetRoas)}}) {
        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(CampaignSeriesModel::Day);
        mapper->setYColumn(column);
        mapper->setSeries(series);
        mapper->setModel(proxy);
    }
    m_chart->addSeries(m_roas);
    m_chart->addSeries(m_target);
    m_rules->setName(tr("Rule acted"));
    m_rules->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_rules->setMarkerSize(10);
    m_rules->setColor(Theme::Warning);
    m_rules->setBorderColor(Theme::Warning);
    m_chart->addSeries(m_rules);
    connect(m_rules, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QStringList lines;
        for (const CampaignSeriesModel::Marker& m : m_model->markers())
            if (static_cast<double>(m.dayMs) == point.x())
                lines.append(m.text);
        QToolTip::showText(QCursor::pos(), lines.join(u'\n'), m_view);
    });
    m_x->setFormat(u"d MMM"_s);
    m_x->setTickCount(7);
    // The axis label format goes through printf, which mangles non-ASCII, so the unit is in the title.
    m_y->setLabelFormat(u"%.1f"_s);
    m_y->setTitleText(tr("ROAS (revenue ÷ ad spend)"));
    m_y->setMin(0);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_roas, m_target, m_rules}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(6);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setProperty("role", u"subtitle"_s);

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);
    connect(model, &QAbstractItemModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view) : m_empty);
        QList<QPointF> points;
        for (const CampaignSeriesModel::Marker& m : m_model->markers())
            points.append(QPointF(static_cast<double>(m.dayMs), m.roas));
        m_rules->replace(points);
        m_rules->setVisible(!points.isEmpty());
        rescale();
    });
    stack->setCurrentWidget(m_empty);
}

void RoasChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
}

void RoasChart::rescale()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const auto x = [this](int row) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(
            m_model->index(row, CampaignSeriesModel::Day).data(CampaignSeriesModel::ChartValueRole).toDouble()));
    };
    m_x->setRange(x(0), x(rows - 1));
    m_y->setRange(0, std::max(1.0, m_model->maxRoas() * 1.15));
    m_y->applyNiceNumbers();
}
