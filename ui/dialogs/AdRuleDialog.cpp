#include "AdRuleDialog.h"

#include "AdRulesModel.h"
#include "Markup.h"
#include "ThemeColors.h"
#include "core/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace AdRules;

namespace
{
QDoubleSpinBox* money(QWidget* parent, double max = 1'000'000)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(0, max);
    s->setDecimals(2);
    s->setSingleStep(10);
    return s;
}

QSpinBox* count(QWidget* parent, int max, const QString& suffix = {})
{
    auto* s = new QSpinBox(parent);
    s->setRange(0, max);
    s->setSuffix(suffix);
    return s;
}

bool isMoney(Metric m)
{
    return m == Metric::Cpa || m == Metric::Spend;
}

// The threshold as the rule keeps it (minor units, a fraction) from what the field shows, and back.
double toRule(Metric m, double shown)
{
    if (isMoney(m))
        return std::round(shown * 100);
    return m == Metric::Ctr ? shown / 100 : shown;
}

double toShown(Metric m, double value)
{
    if (isMoney(m))
        return value / 100;
    return m == Metric::Ctr ? value * 100 : value;
}
} // namespace

AdRuleDialog::AdRuleDialog(const UiContext& context, std::optional<AdRuleActions::Entry> existing, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(std::move(existing))
    , m_accounts(context.adRules->accounts())
    , m_name(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_scope(new QLineEdit(this))
    , m_metric(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_days(count(this, 28))
    , m_settle(count(this, 72))
    , m_action(new QComboBox(this))
    , m_change(new QDoubleSpinBox(this))
    , m_resume(new QDoubleSpinBox(this))
    , m_breakEven(new QDoubleSpinBox(this))
    , m_probability(new QDoubleSpinBox(this))
    , m_minSpend(money(this))
    , m_minPurchases(count(this, 10000))
    , m_minClicks(count(this, 1'000'000))
    , m_cooldown(count(this, 24 * 14))
    , m_maxStep(new QDoubleSpinBox(this))
    , m_objectCeiling(money(this))
    , m_accountCeiling(money(this, 10'000'000))
    , m_perDay(count(this, 1000))
    , m_skipLearning(new QCheckBox(tr("Hands off while an ad set is learning"), this))
    , m_quiet(count(this, 24 * 14))
    , m_live(new QCheckBox(tr("Live: findings become proposals, judged by the approval rules"), this))
    , m_verdict(new QLabel(this))
{
    setObjectName(u"adRuleDialog"_s);
    setWindowTitle(m_existing ? tr("Edit ad rule") : tr("New ad rule"));
    m_name->setObjectName(u"adRuleName"_s);
    m_account->setObjectName(u"adRuleAccount"_s);
    m_threshold->setObjectName(u"adRuleThreshold"_s);
    m_action->setObjectName(u"adRuleAction"_s);
    m_live->setObjectName(u"adRuleLive"_s);
    m_minSpend->setObjectName(u"adRuleMinSpend"_s);
    m_minPurchases->setObjectName(u"adRuleMinPurchases"_s);
    m_verdict->setObjectName(u"adRuleVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMinimumHeight(64);
    m_verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    for (const AdRuleActions::Account& a : m_accounts)
        m_account->addItem(a.name, a.connectionId);
    m_account->addItem(tr("Every ad account"), 0);
    m_scope->setPlaceholderText(tr("every ad set"));
    for (Metric m : {Metric::Roas, Metric::Cpa, Metric::Spend, Metric::Ctr, Metric::Frequency, Metric::Purchases})
        m_metric->addItem(metricName(m), static_cast<int>(m));
    m_compare->addItem(tr("is below"), static_cast<int>(Compare::Below));
    m_compare->addItem(tr("is above"), static_cast<int>(Compare::Above));
    m_threshold->setRange(0, 1'000'000);
    m_threshold->setDecimals(2);
    m_days->setRange(1, 28);
    m_days->setSuffix(tr(" complete days"));
    m_settle->setSuffix(tr(" hours"));
    m_settle->setToolTip(tr("Only days that ended at least this long ago count: purchases are attributed late."));
    for (Action a : {Action::Notify, Action::Pause, Action::Resume, Action::ChangeBudget, Action::ChangeBid})
        m_action->addItem(actionName(a), static_cast<int>(a));
    m_change->setRange(-90, 300);
    m_change->setSuffix(u" %"_s);
    m_resume->setRange(0, 1'000'000);
    m_resume->setDecimals(2);
    m_resume->setToolTip(tr("A paused ad set is resumed only beyond this (hysteresis), as late purchases arrive."));
    m_breakEven->setRange(0, 100);
    m_breakEven->setDecimals(2);
    m_breakEven->setSpecialValueText(tr("off"));
    m_breakEven->setToolTip(tr("Pause only when the chance that the true ROAS is below break-even passes the level."));
    m_probability->setRange(50, 99.9);
    m_probability->setDecimals(1);
    m_probability->setSuffix(u" %"_s);
    m_maxStep->setRange(1, 100);
    m_maxStep->setSuffix(u" %"_s);
    m_maxStep->setToolTip(
        tr("A heuristic: larger budget steps are thought to restart learning; Meta states no number."));
    m_cooldown->setSuffix(tr(" hours"));
    m_quiet->setSuffix(tr(" hours"));
    m_minClicks->setSpecialValueText(tr("any"));
    m_objectCeiling->setSpecialValueText(tr("none"));
    m_accountCeiling->setSpecialValueText(tr("none"));

    // The rule to start from: the one being edited, or a careful pause rule.
    Rule r;
    qint64 connection = m_account->count() > 1 ? m_account->itemData(0).toLongLong() : 0;
    if (m_existing) {
        r = m_existing->rule;
        connection = m_existing->connectionId;
    } else {
        r.name = tr("Pause losers");
        r.threshold = 1.5;
        r.resumeThreshold = 2.2;
        r.action = Action::Pause;
        r.minSpendCents = 5000;
        r.minPurchases = 5;
    }
    m_name->setText(r.name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(connection)));
    m_scope->setText(r.nameContains);
    m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(r.metric)));
    m_compare->setCurrentIndex(m_compare->findData(static_cast<int>(r.compare)));
    adaptToMetric();
    m_threshold->setValue(toShown(r.metric, r.threshold));
    m_days->setValue(r.window.days);
    m_settle->setValue(r.window.settleHours);
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(r.action)));
    m_change->setValue(r.changePercent);
    m_resume->setValue(toShown(r.metric, r.resumeThreshold));
    m_breakEven->setValue(r.breakEvenRoas);
    m_probability->setValue(r.probability * 100);
    m_minSpend->setValue(static_cast<double>(r.minSpendCents) / 100);
    m_minPurchases->setValue(r.minPurchases);
    m_minClicks->setValue(static_cast<int>(r.minClicks));
    m_cooldown->setValue(r.cooldownHours);
    m_maxStep->setValue(r.maxStepPercent);
    m_objectCeiling->setValue(static_cast<double>(r.objectCeilingCents) / 100);
    m_accountCeiling->setValue(static_cast<double>(r.accountCeilingCents) / 100);
    m_perDay->setValue(r.maxActionsPerDay);
    m_skipLearning->setChecked(r.skipLearning);
    m_quiet->setValue(r.editQuietHours);
    m_live->setChecked(r.live);

    auto* condition = new QGroupBox(tr("When"), this);
    auto* conditionForm = new QFormLayout(condition);
    conditionForm->addRow(tr("&Name"), m_name);
    conditionForm->addRow(tr("Ad a&ccount"), m_account);
    conditionForm->addRow(tr("Ad sets named"), m_scope);
    auto* metricRow = new QHBoxLayout;
    metricRow->addWidget(m_metric, 1);
    metricRow->addWidget(m_compare);
    metricRow->addWidget(m_threshold);
    auto* metricLabel = new QLabel(tr("&Metric"), condition);
    metricLabel->setBuddy(m_metric);
    conditionForm->addRow(metricLabel, metricRow);
    conditionForm->addRow(tr("Over the last"), m_days);
    conditionForm->addRow(tr("Days ended at least"), m_settle);

    auto* action = new QGroupBox(tr("Then"), this);
    auto* actionForm = new QFormLayout(action);
    actionForm->addRow(tr("&Action"), m_action);
    actionForm->addRow(tr("Budget or bid change"), m_change);
    actionForm->addRow(tr("Resume above"), m_resume);
    actionForm->addRow(tr("Break-even ROAS"), m_breakEven);
    actionForm->addRow(tr("With a chance of at least"), m_probability);

    auto* brakes = new QGroupBox(tr("Brakes"), this);
    auto* brakesForm = new QFormLayout(brakes);
    brakesForm->addRow(tr("Minimum spend"), m_minSpend);
    brakesForm->addRow(tr("Minimum purchases"), m_minPurchases);
    brakesForm->addRow(tr("or minimum clicks"), m_minClicks);
    brakesForm->addRow(tr("Cooldown per ad set"), m_cooldown);
    brakesForm->addRow(tr("Largest step"), m_maxStep);
    brakesForm->addRow(tr("Ad set budget at most"), m_objectCeiling);
    brakesForm->addRow(tr("Account budgets at most"), m_accountCeiling);
    brakesForm->addRow(tr("Actions per day at most"), m_perDay);
    brakesForm->addRow(tr("Hands off after an edit"), m_quiet);
    brakesForm->addRow(m_skipLearning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* replay = buttons->addButton(tr("&Backtest"), QDialogButtonBox::ActionRole);
    replay->setObjectName(u"adRuleBacktest"_s);
    QPushButton* removeButton
        = m_existing ? buttons->addButton(tr("&Remove rule"), QDialogButtonBox::DestructiveRole) : nullptr;
    const QString why = context.adRules->whyNot();
    buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    buttons->button(QDialogButtonBox::Save)->setToolTip(why);
    if (removeButton)
        removeButton->setEnabled(why.isEmpty());

    auto* grid = new QGridLayout;
    grid->addWidget(condition, 0, 0);
    grid->addWidget(action, 1, 0);
    grid->addWidget(brakes, 0, 1, 2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_live);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    setMinimumWidth(900);

    for (QLineEdit* e : {m_name, m_scope})
        connect(e, &QLineEdit::textChanged, this, &AdRuleDialog::check);
    for (QComboBox* c : {m_account, m_compare, m_action})
        connect(c, &QComboBox::currentIndexChanged, this, &AdRuleDialog::check);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        adaptToMetric();
        check();
    });
    for (QDoubleSpinBox* s : {m_threshold, m_change, m_resume, m_breakEven, m_probability, m_minSpend, m_maxStep,
             m_objectCeiling, m_accountCeiling})
        connect(s, &QDoubleSpinBox::valueChanged, this, &AdRuleDialog::check);
    for (QSpinBox* s : {m_days, m_settle, m_minPurchases, m_minClicks, m_cooldown, m_perDay, m_quiet})
        connect(s, &QSpinBox::valueChanged, this, &AdRuleDialog::check);
    connect(m_skipLearning, &QCheckBox::toggled, this, &AdRuleDialog::check);
    connect(m_live, &QCheckBox::toggled, this, &AdRuleDialog::check);
    connect(replay, &QPushButton::clicked, this, &AdRuleDialog::backtest);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdRuleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (removeButton)
        connect(removeButton, &QPushButton::clicked, this, &AdRuleDialog::remove);
    check();
}

qint64 AdRuleDialog::connectionId() const
{
    return m_account->currentData().toLongLong();
}

QString AdRuleDialog::currency() const
{
    for (const AdRuleActions::Account& a : m_accounts) {
        if (a.connectionId == connectionId() && !a.currency.isEmpty())
            return a.currency;
    }
    return u"EUR"_s;
}

void AdRuleDialog::adaptToMetric()
{
    const auto metric = static_cast<Metric>(m_metric->currentData().toInt());
    const QString symbol = Money::symbol(currency());
    for (QDoubleSpinBox* s : {m_threshold, m_resume}) {
        s->setDecimals(metric == Metric::Purchases ? 0 : 2);
        s->setPrefix(isMoney(metric) ? symbol + u' ' : QString());
        s->setSuffix(metric == Metric::Ctr ? u" %"_s : QString());
    }
    for (QDoubleSpinBox* s : {m_minSpend, m_objectCeiling, m_accountCeiling})
        s->setPrefix(symbol + u' ');
}

Rule AdRuleDialog::rule() const
{
    Rule r = m_existing ? m_existing->rule : Rule{};
    r.name = m_name->text().trimmed();
    r.level = Level::AdSet;
    r.nameContains = m_scope->text().trimmed();
    r.metric = static_cast<Metric>(m_metric->currentData().toInt());
    r.compare = static_cast<Compare>(m_compare->currentData().toInt());
    r.threshold = toRule(r.metric, m_threshold->value());
    r.window.days = m_days->value();
    r.window.settleHours = m_settle->value();
    r.action = static_cast<Action>(m_action->currentData().toInt());
    r.changePercent = m_change->value();
    r.changeAmountCents = 0;
    r.resumeThreshold = r.action == Action::Pause ? toRule(r.metric, m_resume->value()) : 0;
    r.breakEvenRoas = m_breakEven->value();
    r.probability = m_probability->value() / 100;
    r.minSpendCents = std::llround(m_minSpend->value() * 100);
    r.minPurchases = m_minPurchases->value();
    r.minClicks = m_minClicks->value();
    r.cooldownHours = m_cooldown->value();
    r.maxStepPercent = m_maxStep->value();
    r.objectCeilingCents = std::llround(m_objectCeiling->value() * 100);
    r.accountCeilingCents = std::llround(m_accountCeiling->value() * 100);
    r.maxActionsPerDay = m_perDay->value();
    r.skipLearning = m_skipLearning->isChecked();
    r.editQuietHours = m_quiet->value();
    r.live = m_live->isChecked();
    return r;
}

void AdRuleDialog::check()
{
    const Rule r = rule();
    const bool changes = r.action == Action::ChangeBudget || r.action == Action::ChangeBid;
    m_change->setEnabled(changes);
    m_resume->setEnabled(r.action == Action::Pause);
    m_breakEven->setEnabled(r.action == Action::Pause && r.metric == Metric::Roas);
    m_probability->setEnabled(m_breakEven->isEnabled() && r.breakEvenRoas > 0);
    m_maxStep->setEnabled(changes);
    m_objectCeiling->setEnabled(changes);
    m_accountCeiling->setEnabled(r.action == Action::ChangeBudget);
    QStringList warnings;
    const QStringList problems = m_context.adRules->check(r, connectionId(), &warnings);
    QString html = u"<b>%1</b> %2 → %3"_s.arg(Markup::escaped(tr("In words:")),
        Markup::escaped(AdRulesModel::conditionText(r, currency())),
        Markup::escaped(AdRulesModel::actionText(r, currency())));
    for (const QString& p : problems)
        html += u"<br><span style='color:%1'>%2</span>"_s.arg(Theme::Danger.name(), Markup::escaped(p));
    for (const QString& w : std::as_const(warnings))
        html += u"<br><span style='color:%1'>%2</span>"_s.arg(Theme::Warning.name(), Markup::escaped(w));
    m_verdict->setText(html);
}

void AdRuleDialog::backtest()
{
    QString why;
    QString account;
    const Rule r = rule();
    const auto b = m_context.adRules->backtest(r, connectionId(), &why, &account);
    if (!b) {
        m_verdict->setText(Markup::escaped(why));
        return;
    }
    const QLocale locale;
    QString text = tr("Replayed on %1 from %2 to %3 as if live: %n action(s)", nullptr, b->actions)
                       .arg(account, locale.toString(b->from, QLocale::ShortFormat),
                           locale.toString(b->to, QLocale::ShortFormat));
    if (b->actions > 0)
        text += u", "_s
            + tr("%1 of them still right three days later; spend saved %2, sales forgone %3.")
                  .arg(b->hits)
                  .arg(Money::format(b->savedCents, currency()), Money::format(b->forgoneCents, currency()));
    else
        text += u'.';
    QStringList lines{Markup::escaped(text)};
    for (qsizetype i = 0; i < b->events.size() && i < 6; ++i) {
        const RuleEngine::BacktestEvent& e = b->events.at(i);
        lines.append(u"· %1 — %2"_s.arg(
            Markup::escaped(locale.toString(e.actedOn, QLocale::ShortFormat)), Markup::escaped(e.outcome.summary)));
    }
    if (b->events.size() > 6)
        lines.append(Markup::escaped(tr("… and %n more", nullptr, static_cast<int>(b->events.size() - 6))));
    m_verdict->setText(lines.join(u"<br>"_s));
}

void AdRuleDialog::save()
{
    QString error;
    const Rule r = rule();
    if (m_context.adRules->save(r, connectionId(), &error) == 0) {
        m_verdict->setText(u"<span style='color:%1'>%2</span>"_s.arg(
            Theme::Danger.name(), Markup::escaped(error).replace(u'\n', u"<br>"_s)));
        return;
    }
    emit message(r.live
            ? tr("Rule “%1” saved. It is live: its ad account is read again now, and what it finds is proposed.")
                  .arg(r.name)
            : tr("Rule “%1” saved, notify-only: it shows what it would do.").arg(r.name));
    accept();
}

void AdRuleDialog::remove()
{
    QString error;
    if (!m_existing || !m_context.adRules->remove(m_existing->rule.id, &error)) {
        m_verdict->setText(Markup::escaped(error));
        return;
    }
    emit message(tr("Rule “%1” removed; what it found stays in the activity log.").arg(m_existing->rule.name));
    accept();
}
