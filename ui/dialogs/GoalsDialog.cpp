#include "GoalsDialog.h"

#include "core/Money.h"
#include "shopagents/GoalActions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QDoubleSpinBox* spin(QWidget* parent, double max, int decimals, const QString& suffix, const QString& prefix = {})
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(0, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setPrefix(prefix);
    s->setSpecialValueText(QCoreApplication::translate("GoalsDialog", "Not set"));
    s->setAccelerated(true);
    return s;
}
} // namespace

GoalsDialog::GoalsDialog(GoalActions* goals, QWidget* parent)
    : QDialog(parent)
    , m_goals(goals)
    , m_error(new QLabel(this))
{
    setObjectName(u"goalsDialog"_s);
    setWindowTitle(tr("Goals for the month"));
    const QString currency = goals->currency();
    m_revenue = spin(this, 1e9, 0, QString(), Money::symbol(currency) + u" "_s);
    m_revenue->setSingleStep(1000);
    m_margin = spin(this, 99.9, 1, u" %"_s);
    m_roas = spin(this, 100, 2, QString());
    m_roas->setSingleStep(0.1);
    m_cover = new QSpinBox(this);
    m_cover->setRange(0, 365);
    m_cover->setSuffix(tr(" days"));
    m_cover->setSpecialValueText(tr("Not set"));
    m_ai = spin(this, 1e6, 2, QString(), u"$ "_s);
    m_ai->setSingleStep(10);

    const Goals::Set g = goals->goals();
    m_revenue->setValue(g.monthlyRevenueCents ? static_cast<double>(*g.monthlyRevenueCents) / 100.0 : 0);
    m_margin->setValue(g.grossMarginPct.value_or(0));
    m_roas->setValue(g.roas.value_or(0));
    m_cover->setValue(g.stockCoverDays.value_or(0));
    m_ai->setValue(g.aiSpendMicros ? static_cast<double>(*g.aiSpendMicros) / 1e6 : 0);

    auto* explain = new QLabel(tr("The CEO measures each calendar month against these goals: what the month has "
                                  "brought so far, where it ends at the current pace, and why a goal is off track. "
                                  "Leave a goal at “Not set” to see its figure without a target."),
        this);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    m_error->setObjectName(u"goalsError"_s);
    m_error->setWordWrap(true);
    m_error->setProperty("role", u"error"_s);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    const QString why = goals->whyNot();
    buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    buttons->button(QDialogButtonBox::Save)->setToolTip(why);
    auto* form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("Revenue (%1)").arg(currency), m_revenue);
    form->addRow(tr("Gross margin at least"), m_margin);
    form->addRow(tr("ROAS at least"), m_roas);
    form->addRow(tr("Stock cover at least"), m_cover);
    form->addRow(tr("AI spend at most (US$)"), m_ai);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(480);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void GoalsDialog::save()
{
    const auto set = [](double v) { return v > 0 ? std::optional<double>(v) : std::nullopt; };
    Goals::Set g;
    if (m_revenue->value() > 0)
        g.monthlyRevenueCents = std::llround(m_revenue->value() * 100);
    g.grossMarginPct = set(m_margin->value());
    g.roas = set(m_roas->value());
    if (m_cover->value() > 0)
        g.stockCoverDays = m_cover->value();
    if (m_ai->value() > 0)
        g.aiSpendMicros = std::llround(m_ai->value() * 1e6);
    QString error;
    bool queued = false;
    if (!m_goals->save(g, &error, &queued)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit message(queued ? tr("Goals saved; the CEO measures the month against them now.")
                        : tr("Goals saved; the CEO is paused and measures the month against them when resumed."));
    accept();
}
