#include "ForecastDialog.h"

#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kForecastShownDays = 28;

double dayX(qint64 julianDay)
{
    return static_cast<double>(QDate::fromJulianDay(julianDay).startOfDay().addSecs(12 * 3600).toMSecsSinceEpoch());
}
} // namespace

QString ForecastDialog::maseText(const std::optional<double>& mase)
{
    if (!mase)
        return tr("no backtest error: the naive forecast never erred on these days");
    const QString value = QLocale().toString(*mase, 'f', 2);
    return *mase < 1 ? tr("MASE %1 (beats the naive forecast)").arg(value)
                     : tr("MASE %1 (no better than the naive forecast)").arg(value);
}

ForecastDialog::ForecastDialog(const QString& productName, const DemandForecasts::Product& f, QWidget* parent)
    : QDialog(parent)
    , m_chart(new QChart)
{
    setObjectName(u"forecastDialog"_s);
    setWindowTitle(tr("Demand forecast: %1").arg(productName));
    const qint64 today = f.firstDay + static_cast<qint64>(f.history.size());
    auto* history = new QLineSeries(m_chart);
    history->setName(tr("Units sold per day"));
    history->setPen(QPen(Theme::Accent, 1.6));
    double high = 1;
    for (size_t i = 0; i < f.history.size(); ++i) {
        history->append(dayX(f.firstDay + static_cast<qint64>(i)), f.history[i]);
        high = std::max(high, f.history[i]);
    }
    auto* forecast = new QLineSeries(m_chart);
    forecast->setName(tr("Forecast"));
    forecast->setPen(QPen(Theme::Warning, 2.0, Qt::DashLine));
    const int shown = std::min(kForecastShownDays, static_cast<int>(f.forecast.size()));
    for (int i = 0; i < shown; ++i) {
        forecast->append(dayX(today + i), f.forecast[static_cast<size_t>(i)]);
        high = std::max(high, f.forecast[static_cast<size_t>(i)]);
    }
    auto* x = new QDateTimeAxis(m_chart);
    x->setFormat(u"d MMM"_s);
    x->setTickCount(7);
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(dayX(f.firstDay))),
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(dayX(today + std::max(shown - 1, 0)))));
    auto* y = new QValueAxis(m_chart);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Units a day"));
    y->setRange(0, high * 1.1);
    y->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {history, forecast}) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(640, 300);

    const QLocale locale;
    QString rows;
    for (const DemandForecasts::Sku& s : f.skus)
        rows += u"<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td>%5</td></tr>"_s.arg(
            s.sku.toHtmlEscaped(), DemandForecasts::methodName(s.method).toHtmlEscaped(),
            tr("%n day(s)", nullptr, s.historyDays), locale.toString(s.next28, 'f', 1),
            maseText(s.mase).toHtmlEscaped());
    auto* table = new QLabel(
        u"<table cellspacing=0 cellpadding=3><tr><th align=left>%1</th><th align=left>%2</th><th align=right>%3</th>"
        u"<th align=right>%4</th><th align=left>%5</th></tr>%6</table>"_s.arg(
            tr("SKU"), tr("Method"), tr("History"), tr("Next 4 weeks"), tr("Backtest"), rows),
        this);
    table->setObjectName(u"forecastSkus"_s);
    table->setTextFormat(Qt::RichText);
    auto* explain
        = new QLabel(tr("Forecast on %1 by Demand Forecast, from the paid orders of every store. The "
                        "backtest holds out the last 4 weeks, forecasts them from the weeks before and "
                        "compares the error with the naive forecast's (the same weekday a week earlier; "
                        "the day before for intermittent demand): below 1 the forecast is the better one.")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(f.fittedAt), QLocale::ShortFormat)),
            this);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(table);
    layout->addWidget(explain);
    layout->addWidget(buttons);
    resize(760, 560);
}
