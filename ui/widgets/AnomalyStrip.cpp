#include "AnomalyStrip.h"

#include "AnomaliesModel.h"
#include "Theme.h"

using namespace Qt::StringLiterals;

AnomalyStrip::AnomalyStrip(AnomaliesModel* model, int max, QWidget* parent)
    : QLabel(parent)
    , m_model(model)
    , m_max(max)
{
    setObjectName(u"anomalyStrip"_s);
    setTextFormat(Qt::PlainText); // campaign names come from the ad platform
    setWordWrap(true);
    setStyleSheet(u"QLabel { color: %1; background: %2; padding: 6px 8px; border-radius: 4px; }"_s.arg(
        Theme::css(Theme::WarningText), Theme::css(Theme::Notice)));
    m_explanation = tr("A robust z-score beyond ±3.5: the day against the median of the 28 days before, weekday by "
                       "weekday. ROAS and CPA are judged on days at least 4 days old, once late purchases are in.");
    connect(model, &QAbstractItemModel::modelReset, this, &AnomalyStrip::update);
    connect(model, &QAbstractItemModel::dataChanged, this, &AnomalyStrip::update);
    update();
}

void AnomalyStrip::update()
{
    const int count = m_model->rowCount();
    setVisible(count > 0);
    if (count == 0)
        return;
    // One paragraph, so it takes little height on a laptop; every finding is in the tooltip.
    QString text = tr("⚠ Unusual days: %1").arg(m_model->lines(m_max).join(u"; "_s));
    if (count > m_max)
        text += tr(" — and %n more", nullptr, count - m_max);
    setText(text);
    QStringList all;
    for (const QString& line : m_model->lines(count))
        all.append(u"• "_s + line);
    setToolTip(m_explanation + u"\n\n"_s + all.join(u'\n'));
}
