#include "PricingPage.h"

#include "shopagents/PricingActions.h"
#include "widgets/CsvImport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PricingPage::PricingPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_floor(new QDoubleSpinBox(this))
    , m_ending(new QComboBox(this))
    , m_step(new QSpinBox(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_note(new QLabel(this))
    , m_list(new QLabel(this))
    , m_import(new QPushButton(tr("Import price list…"), this))
{
    setObjectName(u"pricingPage"_s);
    auto* intro = new QLabel(tr("The Pricing agent proposes one price per variant at most, from the cost and this "
                                "floor, how the variant's sales respond to its price, and the competitors' prices "
                                "below. A change to reach the floor or follow a competitor always waits for you; one "
                                "made on a measured response runs and notifies you when it is small and likely (see "
                                "Approval rules → Price changes)."),
        this);
    intro->setWordWrap(true);
    m_floor->setObjectName(u"marginFloor"_s);
    m_floor->setRange(0, 90);
    m_floor->setDecimals(0);
    m_floor->setSuffix(u" %"_s);
    m_floor->setAccessibleName(tr("Margin floor"));
    m_ending->setObjectName(u"priceEnding"_s);
    for (const Pricing::Ending e :
        {Pricing::Ending::None, Pricing::Ending::X95, Pricing::Ending::X99, Pricing::Ending::X00})
        m_ending->addItem(Pricing::endingName(e), Pricing::endingKey(e));
    m_ending->setAccessibleName(tr("Prices end on"));
    m_step->setObjectName(u"maxStep"_s);
    m_step->setRange(1, 50);
    m_step->setSuffix(u" %"_s);
    m_step->setAccessibleName(tr("Largest step"));
    m_save->setObjectName(u"savePricing"_s);
    m_note->setObjectName(u"pricingNote"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    m_list->setObjectName(u"competitorList"_s);
    m_list->setWordWrap(true);
    m_import->setObjectName(u"importCompetitorPrices"_s);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Margin floor over cost:"), m_floor);
    form->addRow(tr("Prices end on:"), m_ending);
    form->addRow(tr("Largest step at once:"), m_step);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_save);
    auto* competitors = new QGroupBox(tr("Competitors' prices"), this);
    auto* format = new QLabel(tr("A CSV with the columns sku, competitor and price; currency and date (2026-11-30) "
                                 "are optional. Importing a list again replaces the prices it names. Prices seen more "
                                 "than 30 days ago are not used."),
        competitors);
    format->setWordWrap(true);
    format->setProperty("role", u"subtitle"_s);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_list, 1);
    importRow->addWidget(m_import);
    auto* box = new QVBoxLayout(competitors);
    box->addWidget(format);
    box->addLayout(importRow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(competitors);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &PricingPage::save);
    connect(m_import, &QPushButton::clicked, this, &PricingPage::chooseList);
    load();
}

void PricingPage::load()
{
    PricingActions* pricing = m_context.pricing;
    const Pricing::Rules rules = pricing->rules();
    m_floor->setValue(rules.marginFloorPct);
    m_ending->setCurrentIndex(std::max(0, m_ending->findData(Pricing::endingKey(rules.ending))));
    m_step->setValue(rules.maxStepPct);
    const QString why = pricing->whyNot();
    for (QWidget* w : std::initializer_list<QWidget*>{m_floor, m_ending, m_step, m_save, m_import})
        w->setEnabled(why.isEmpty());
    m_note->setText(why);
    const Pricing::ListState list = pricing->list();
    if (list.prices == 0)
        m_list->setText(tr("No competitor prices yet."));
    else
        m_list->setText(
            tr("%1 from %2, the newest seen on %3.")
                .arg(tr("%n price(s)", nullptr, list.prices), tr("%n competitor(s)", nullptr, list.competitors),
                    QLocale().toString(list.newest, QLocale::LongFormat)));
}

bool PricingPage::save()
{
    Pricing::Rules rules;
    rules.marginFloorPct = m_floor->value();
    rules.ending = Pricing::endingFromKey(m_ending->currentData().toString()).value_or(Pricing::Ending::None);
    rules.maxStepPct = m_step->value();
    QString error;
    if (!m_context.pricing->save(rules, &error)) {
        m_note->setText(error);
        return false;
    }
    load();
    m_note->setText(tr("Saved. The Pricing agent looks at the prices again now."));
    emit message(m_note->text());
    return true;
}

void PricingPage::chooseList()
{
    CsvImport::choose(this, tr("Import a competitor price list"), tr("Price lists (*.csv *.tsv *.txt)"),
        u"competitorFiles"_s, [this](const QString& path) { importList(path); });
}

void PricingPage::importList(const QString& path)
{
    const PricingActions::Import result = m_context.pricing->importCompetitorPrices(path);
    load();
    m_note->setText(result.summary);
    emit message(result.summary);
    if (QMessageBox* box = CsvImport::showResult(this, result.ok,
            result.ok ? tr("Price list imported, with rows left out") : tr("Price list not imported"), result.summary,
            result.problems, u"competitorImportResult"_s))
        m_lastBox = box;
}
