#include "NoticeStrip.h"

#include "AnomaliesModel.h"
#include "FinanceAlertsModel.h"
#include "Theme.h"

using namespace Qt::StringLiterals;

NoticeStrip::NoticeStrip(QAbstractItemModel* model, int max, const QString& objectName, QWidget* parent)
    : QLabel(parent)
    , m_model(model)
    , m_max(max)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText); // names come from the ad platform and the stores
    setWordWrap(true);
    setStyleSheet(u"QLabel { color: %1; background: %2; padding: 6px 8px; border-radius: 4px; }"_s.arg(
        Theme::css(Theme::WarningText), Theme::css(Theme::Notice)));
    setVisible(false);
}

void NoticeStrip::follow()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoticeStrip::update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NoticeStrip::update);
    update();
}

void NoticeStrip::update()
{
    const int count = m_model->rowCount();
    setVisible(count > 0);
    if (count == 0)
        return;
    // One paragraph, so it takes little height on a laptop; every item is in the tooltip.
    QString text = heading().arg(lines(m_max).join(u"; "_s));
    if (count > m_max)
        text += tr(" — and %n more", nullptr, count - m_max);
    setText(text);
    QStringList all;
    for (const QString& line : details(count))
        all.append(u"• "_s + line);
    setToolTip(explanation() + u"\n\n"_s + all.join(u'\n'));
}

AnomalyStrip::AnomalyStrip(AnomaliesModel* model, int max, QWidget* parent)
    : NoticeStrip(model, max, u"anomalyStrip"_s, parent)
    , m_anomalies(model)
{
    follow();
}

QStringList AnomalyStrip::lines(int max) const
{
    return m_anomalies->lines(max);
}

QString AnomalyStrip::heading() const
{
    return tr("⚠ Unusual days: %1");
}

QString AnomalyStrip::explanation() const
{
    return tr("A robust z-score beyond ±3.5: the day against the median of the 28 days before, weekday by "
              "weekday. ROAS and CPA are judged on days at least 4 days old, once late purchases are in.");
}

FinanceAlertStrip::FinanceAlertStrip(FinanceAlertsModel* model, int max, QWidget* parent)
    : NoticeStrip(model, max, u"financeAlertStrip"_s, parent)
    , m_alerts(model)
{
    follow();
}

QStringList FinanceAlertStrip::lines(int max) const
{
    return m_alerts->titles(max);
}

QStringList FinanceAlertStrip::details(int count) const
{
    return m_alerts->titles(count, true);
}

QString FinanceAlertStrip::heading() const
{
    return tr("⚠ Finance Watch: %1");
}

QString FinanceAlertStrip::explanation() const
{
    return tr("Finance Watch judges these every hour: revenue more than 20 % below the day before, an ad account "
              "spending more than 10 % over its budgets over 7 days, AI spend at 80 % of its monthly ceiling or on "
              "course to pass it. Each goes away when it no longer holds.");
}
