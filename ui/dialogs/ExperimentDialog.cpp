#include "ExperimentDialog.h"

#include "Markup.h"
#include "Theme.h"
#include "campaigns/AdRuleActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kNameRole = Qt::UserRole + 1; // the ad set's own name, without its campaign
}

ExperimentDialog::ExperimentDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_name(new QLineEdit(this))
    , m_hypothesis(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_control(new QComboBox(this))
    , m_variants(new QListWidget(this))
    , m_metric(new QComboBox(this))
    , m_split(new QLineEdit(this))
    , m_baseline(new QDoubleSpinBox(this))
    , m_baselineNote(new QLabel(this))
    , m_mde(new QDoubleSpinBox(this))
    , m_alpha(new QDoubleSpinBox(this))
    , m_minVisitors(new QSpinBox(this))
    , m_minConversions(new QSpinBox(this))
    , m_start(new QDateEdit(this))
    , m_maxDays(new QSpinBox(this))
    , m_verdict(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(u"experimentDialog"_s);
    setWindowTitle(tr("New A/B test"));
    m_name->setObjectName(u"experimentName"_s);
    m_account->setObjectName(u"experimentAccount"_s);
    m_control->setObjectName(u"experimentControl"_s);
    m_variants->setObjectName(u"experimentVariants"_s);
    m_baseline->setObjectName(u"experimentBaseline"_s);
    m_verdict->setObjectName(u"experimentVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMinimumHeight(48);
    m_verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_baselineNote->setWordWrap(true);
    m_baselineNote->setProperty("role", u"subtitle"_s);

    m_name->setPlaceholderText(tr("e.g. Carousel or video"));
    m_hypothesis->setPlaceholderText(tr("e.g. the carousel sells more per click than the video"));
    for (const AdRuleActions::Account& a : context.adRules->accounts())
        m_account->addItem(a.name, a.connectionId);
    m_variants->setMaximumHeight(110);
    for (Experiments::Metric m : {Experiments::Metric::PurchasesPerClick, Experiments::Metric::ClicksPerImpression})
        m_metric->addItem(Experiments::metricName(m), static_cast<int>(m));
    m_split->setToolTip(tr("Each arm's share of the traffic in per cent, the control first (e.g. 50/50). Meta "
                           "delivers each ad set by its own budget: give them budgets in these proportions."));
    m_baseline->setRange(0, 100);
    m_baseline->setDecimals(2);
    m_baseline->setSuffix(u" %"_s);
    m_baseline->setToolTip(tr("The rate you expect of the control, fixed in advance: the sequential test's guarantee "
                              "holds only for a rate registered before the test."));
    m_mde->setRange(1, 500);
    m_mde->setDecimals(0);
    m_mde->setSuffix(u" %"_s);
    m_mde->setValue(20);
    m_mde->setToolTip(tr("The smallest relative difference worth finding; the test is most sensitive to about this "
                         "size."));
    m_alpha->setRange(0.1, 20);
    m_alpha->setDecimals(1);
    m_alpha->setSuffix(u" %"_s);
    m_alpha->setValue(5);
    m_alpha->setToolTip(tr("The chance of declaring a winner between arms that are the same, however often the test "
                           "is looked at."));
    m_minVisitors->setRange(100, 10'000'000);
    m_minVisitors->setValue(100);
    m_minConversions->setRange(25, 1'000'000);
    m_minConversions->setValue(25);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_maxDays->setRange(7, 90);
    m_maxDays->setValue(28);
    m_maxDays->setSuffix(tr(" days"));

    auto* test = new QGroupBox(tr("What is tested"), this);
    auto* testForm = new QFormLayout(test);
    testForm->addRow(tr("&Name"), m_name);
    testForm->addRow(tr("&Hypothesis"), m_hypothesis);
    testForm->addRow(tr("Ad a&ccount"), m_account);
    testForm->addRow(tr("C&ontrol ad set"), m_control);
    testForm->addRow(tr("&Variants"), m_variants);
    testForm->addRow(tr("Primary &metric"), m_metric);
    testForm->addRow(tr("Traffic &split (%)"), m_split);

    auto* plan = new QGroupBox(tr("Registered in advance"), this);
    auto* planForm = new QFormLayout(plan);
    planForm->addRow(tr("Control's expected &rate"), m_baseline);
    planForm->addRow(QString(), m_baselineNote);
    planForm->addRow(tr("Smallest &lift worth finding"), m_mde);
    planForm->addRow(tr("&Error rate"), m_alpha);
    auto* floors = new QHBoxLayout;
    floors->addWidget(m_minVisitors);
    floors->addWidget(m_minConversions);
    auto* floorsLabel = new QLabel(tr("&Floors per arm"), plan);
    floorsLabel->setBuddy(m_minVisitors);
    planForm->addRow(floorsLabel, floors);
    planForm->addRow(tr("&Starts on"), m_start);
    planForm->addRow(tr("Runs at &most"), m_maxDays);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Start test"));
    auto* columns = new QHBoxLayout;
    columns->addWidget(test, 1);
    columns->addWidget(plan, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExperimentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ExperimentDialog::fillAdSets);
    connect(m_control, &QComboBox::currentIndexChanged, this, [this] {
        fillVariants();
        suggestBaseline();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ExperimentDialog::adaptToMetric);
    connect(m_start, &QDateEdit::dateChanged, this, &ExperimentDialog::suggestBaseline);
    connect(m_variants, &QListWidget::itemChanged, this, [this] {
        // Equal shares for the arms chosen, until someone types their own.
        int arms = 1;
        for (int i = 0; i < m_variants->count(); ++i)
            arms += m_variants->item(i)->checkState() == Qt::Checked ? 1 : 0;
        QStringList shares;
        for (int i = 0; i < arms; ++i)
            shares.append(QLocale().toString(std::floor(1000.0 / arms) / 10, 'g', 3));
        m_split->setText(shares.join(u'/'));
        check();
    });
    for (QLineEdit* e : {m_name, m_hypothesis, m_split})
        connect(e, &QLineEdit::textChanged, this, &ExperimentDialog::check);
    for (QDoubleSpinBox* s : {m_baseline, m_mde, m_alpha})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ExperimentDialog::check);
    for (QSpinBox* s : {m_minVisitors, m_minConversions, m_maxDays})
        connect(s, &QSpinBox::valueChanged, this, &ExperimentDialog::check);

    fillAdSets();
    adaptToMetric();
    if (const QString why = context.experiments->whyNot(); !why.isEmpty())
        m_save->setToolTip(why);
    check();
}

void ExperimentDialog::fillAdSets()
{
    const qint64 connection = m_account->currentData().toLongLong();
    const QDate synced = m_context.experiments->syncedThrough(connection);
    // A test that starts tomorrow in the account's days by default; an earlier start looks at the days it has.
    // Registered in advance: never on a day whose figures are already in.
    m_start->setMinimumDate(synced.isValid() ? synced.addDays(1) : QDate::currentDate().addDays(-1));
    m_start->setDate(synced.isValid() ? synced.addDays(1) : QDate::currentDate());
    const QSignalBlocker block(m_control);
    m_control->clear();
    for (const ExperimentActions::AdSet& s : m_context.experiments->adSets(connection)) {
        m_control->addItem(s.campaign.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, s.campaign), s.id);
        m_control->setItemData(m_control->count() - 1, s.name, kNameRole);
    }
    fillVariants();
    suggestBaseline();
}

void ExperimentDialog::fillVariants()
{
    const QSignalBlocker block(m_variants);
    m_variants->clear();
    for (int i = 0; i < m_control->count(); ++i) {
        if (i == m_control->currentIndex())
            continue;
        auto* item = new QListWidgetItem(m_control->itemText(i), m_variants);
        item->setData(Qt::UserRole, m_control->itemData(i));
        item->setData(kNameRole, m_control->itemData(i, kNameRole));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_split->setText(u"100"_s);
    check();
}

void ExperimentDialog::adaptToMetric()
{
    const auto metric = static_cast<Experiments::Metric>(m_metric->currentData().toInt());
    m_minVisitors->setSuffix(u' ' + Experiments::visitorsName(metric));
    m_minConversions->setSuffix(u' ' + Experiments::conversionsName(metric));
    suggestBaseline();
}

void ExperimentDialog::suggestBaseline()
{
    const auto metric = static_cast<Experiments::Metric>(m_metric->currentData().toInt());
    const auto rate = m_context.experiments->suggestedBaseline(
        m_account->currentData().toLongLong(), m_control->currentData().toString(), metric, m_start->date());
    if (rate) {
        m_baseline->setValue(*rate * 100);
        m_baselineNote->setText(tr("The control had %1 over its last 28 complete days before the start.")
                                    .arg(QLocale().toString(*rate * 100, 'f', 2) + u" %"_s));
    } else {
        m_baselineNote->setText(tr("The control has no figures before the start: enter the rate you expect."));
    }
    check();
}

Experiments::Experiment ExperimentDialog::experiment() const
{
    Experiments::Experiment e;
    e.connectionId = m_account->currentData().toLongLong();
    e.name = m_name->text().trimmed();
    e.hypothesis = m_hypothesis->text().trimmed();
    e.metric = static_cast<Experiments::Metric>(m_metric->currentData().toInt());
    static const QRegularExpression separators(u"\\s*[/;:]\\s*|\\s+"_s);
    const QStringList shares = m_split->text().split(separators, Qt::SkipEmptyParts);
    const auto shareOf = [&shares](int i) {
        bool ok = false;
        const double v = i < shares.size() ? QLocale().toDouble(shares.at(i), &ok) : 0;
        return ok ? v / 100 : 0.0;
    };
    e.arms.append({m_control->currentData().toString(), m_control->currentData(kNameRole).toString(), shareOf(0)});
    for (int i = 0; i < m_variants->count(); ++i) {
        const QListWidgetItem* item = m_variants->item(i);
        if (item->checkState() == Qt::Checked)
            e.arms.append({item->data(Qt::UserRole).toString(), item->data(kNameRole).toString(),
                shareOf(static_cast<int>(e.arms.size()))});
    }
    // Equal shares typed as 33.3 each add up to 99.9: the last arm takes what is left.
    double total = 0;
    for (const Experiments::Arm& a : std::as_const(e.arms))
        total += a.share;
    if (e.arms.size() > 1 && std::abs(total - 1) < 0.005)
        e.arms.last().share += 1 - total;
    e.settings.baselineRate = m_baseline->value() / 100;
    e.settings.mdeRelative = m_mde->value() / 100;
    e.settings.alpha = m_alpha->value() / 100;
    e.settings.minVisitors = m_minVisitors->value();
    e.settings.minConversions = m_minConversions->value();
    e.startDay = m_start->date();
    e.maxDays = m_maxDays->value();
    return e;
}

void ExperimentDialog::check()
{
    const QStringList problems = m_context.experiments->problems(experiment());
    const QString why = m_context.experiments->whyNot();
    m_save->setEnabled(problems.isEmpty() && why.isEmpty());
    QStringList lines;
    for (const QString& p : problems)
        lines.append(u"<span style='color:%1'>%2</span>"_s.arg(Theme::Danger.name(), Markup::escaped(p)));
    if (problems.isEmpty())
        lines.append(Markup::escaped(tr("Ready: once started, nothing of this changes. Each complete day is looked at "
                                        "once; no verdict before the floors.")));
    m_verdict->setText(lines.join(u"<br>"_s));
}

void ExperimentDialog::save()
{
    QString error;
    const Experiments::Experiment e = experiment();
    if (m_context.experiments->create(e, &error) == 0) {
        m_verdict->setText(u"<span style='color:%1'>%2</span>"_s.arg(
            Theme::Danger.name(), Markup::escaped(error).replace(u'\n', u"<br>"_s)));
        return;
    }
    emit message(tr("A/B test “%1” started: each complete day is looked at after the sync.").arg(e.name));
    accept();
}
