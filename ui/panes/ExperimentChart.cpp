#include "ExperimentChart.h"

#include "ExperimentsModel.h"
#include "Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
// Noon of the day, so a point sits in the middle of its day on the axis.
double dayX(QDate day)
{
    return static_cast<double>(day.startOfDay().addSecs(12 * 3600).toMSecsSinceEpoch());
}
} // namespace

ExperimentChart::ExperimentChart(ExperimentArmsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"experimentChart"_s);
    m_x->setFormat(u"d MMM"_s);
    m_x->setTickCount(6);
    m_y->setLabelFormat(u"%.1f"_s);
    m_y->setTitleText(tr("Points vs control"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(6);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", u"subtitle"_s);

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);
    connect(model, &ExperimentArmsModel::looksChanged, this, [this, stack] {
        rebuild();
        stack->setCurrentWidget(m_model->looks().isEmpty() ? m_empty : static_cast<QWidget*>(m_view));
    });
    rebuild();
    stack->setCurrentWidget(m_empty);
}

QStringList ExperimentChart::seriesNames() const
{
    QStringList out;
    for (const QAbstractSeries* s : m_chart->series())
        out.append(s->name());
    return out;
}

void ExperimentChart::rebuild()
{
    m_chart->removeAllSeries();
    const auto& experiment = m_model->experiment();
    const QList<Experiments::Look>& looks = m_model->looks();
    m_empty->setText(!experiment ? tr("Select a test to see how its variants compare day by day.")
                                 : tr("No complete day of this test has been looked at yet: the first look "
                                      "comes with the sync after its first day ends."));
    m_chart->setTitle(experiment ? experiment->name.toHtmlEscaped() : QString());
    if (!experiment || looks.isEmpty())
        return;
    const QList<QColor> colours{Theme::Accent, Theme::PageAccent, Theme::Success, Theme::Changed};
    double low = 0;
    double high = 0;
    const auto attach = [this](QAbstractSeries* s) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    };
    // The first days' intervals are very wide: the axis is cut at three times the widest last interval, so
    // the days that decide stay readable.
    double limit = 5;
    for (const AbTest::Comparison& c : looks.last().verdict.comparisons)
        if (std::isfinite(c.low) && std::isfinite(c.high))
            limit = std::max(limit, 3 * std::max(std::abs(c.low), std::abs(c.high)) * 100);
    for (int arm = 1; arm < experiment->arms.size(); ++arm) {
        const QColor colour = colours.at((arm - 1) % colours.size());
        auto* estimate = new QLineSeries(m_chart);
        auto* upper = new QLineSeries(m_chart);
        auto* lower = new QLineSeries(m_chart);
        bool cut = false;
        for (const Experiments::Look& look : looks) {
            for (const AbTest::Comparison& c : look.verdict.comparisons) {
                if (c.arm != arm || !std::isfinite(c.low) || !std::isfinite(c.high) || c.high - c.low <= 0)
                    continue;
                const double lo = std::max(c.low * 100, -limit);
                const double hi = std::min(c.high * 100, limit);
                cut = cut || lo > c.low * 100 || hi < c.high * 100;
                const double x = dayX(look.day);
                estimate->append(x, (c.rate - c.controlRate) * 100);
                upper->append(x, hi);
                lower->append(x, lo);
                low = std::min(low, lo);
                high = std::max(high, hi);
            }
        }
        auto* band = new QAreaSeries(upper, lower);
        upper->setParent(band); // the band does not own its edges; removing it removes them
        lower->setParent(band);
        // Said in the legend, so a flat edge is not read as the interval's true width.
        band->setName(cut ? tr("“%1”: interval (first days cut at ±%2 points)")
                                .arg(experiment->arms.at(arm).name, QLocale().toString(limit, 'f', 1))
                          : tr("“%1”: interval").arg(experiment->arms.at(arm).name));
        QColor fill = colour;
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(QPen(colour, 0.8));
        attach(band);
        estimate->setName(tr("“%1” − control").arg(experiment->arms.at(arm).name));
        estimate->setPen(QPen(colour, 2.2));
        attach(estimate);
    }
    const double from = dayX(experiment->startDay);
    const double to = dayX(std::max(looks.last().day, experiment->startDay.addDays(6)));
    auto* zero = new QLineSeries(m_chart);
    zero->setName(tr("No difference"));
    zero->setPen(QPen(Theme::Muted, 1.2, Qt::DashLine));
    zero->append(from, 0);
    zero->append(to, 0);
    attach(zero);
    if (const QDate floors = m_model->floorsMetOn(); floors.isValid()) {
        auto* line = new QLineSeries(m_chart);
        line->setName(tr("Floors met"));
        line->setPen(QPen(Theme::Warning, 1.4, Qt::DotLine));
        line->append(dayX(floors), low);
        line->append(dayX(floors), high);
        attach(line);
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(from)),
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(to)));
    const double pad = std::max(0.5, (high - low) * 0.08);
    m_y->setRange(low - pad, high + pad);
    m_y->applyNiceNumbers();
}
