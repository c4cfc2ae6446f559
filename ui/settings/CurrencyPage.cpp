#include "CurrencyPage.h"

#include "Theme.h"
#include "campaigns/CurrencySettings.h"
#include "widgets/EmptyState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
enum Column
{
    Code,
    Orders,
    Rate
};
} // namespace

CurrencyPage::CurrencyPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_reporting(new QComboBox(this))
    , m_rates(new QTableWidget(0, 3, this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"currencyPage"_s);
    auto* intro = new QLabel(tr("The dashboard and the profit and loss report in one currency. Orders kept in "
                                "another currency by their shop count once you say what that currency is worth; "
                                "until then they are left out, and the dashboard says so."),
        this);
    intro->setWordWrap(true);
    m_reporting->setObjectName(u"reportingCurrency"_s);
    m_reporting->setEditable(true);
    m_reporting->addItems({u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s, u"SEK"_s, u"DKK"_s, u"NOK"_s, u"PLN"_s, u"CZK"_s,
        u"CAD"_s, u"AUD"_s, u"NZD"_s, u"JPY"_s});
    m_reporting->setAccessibleName(tr("Reporting currency"));
    m_reporting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reporting->setMinimumContentsLength(4);
    m_rates->setObjectName(u"currencyRates"_s);
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rates->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_save->setObjectName(u"saveCurrency"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    m_empty = EmptyState::attach(m_rates, tr("No other currency"), QString());
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Report in:"), m_reporting);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_rates, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CurrencyPage::save);
    connect(m_reporting, &QComboBox::currentTextChanged, this, &CurrencyPage::updateHeader);
    load();
}

void CurrencyPage::load()
{
    CurrencySettings* money = m_context.currencySettings;
    const QString reporting = money->reportingCurrency();
    if (m_reporting->findText(reporting) < 0)
        m_reporting->addItem(reporting);
    m_reporting->setCurrentText(reporting);
    const QList<CurrencySettings::Currency> list = money->currencies();
    m_rates->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const CurrencySettings::Currency& c = list.at(row);
        auto* code = new QTableWidgetItem(c.code);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* orders = new QTableWidgetItem(QLocale().toString(c.orders));
        orders->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        orders->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* rate = new QTableWidgetItem(c.rate ? QLocale().toString(*c.rate, 'g', 10) : QString());
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rate->setToolTip(tr("Empty: orders in %1 are left out of the figures").arg(c.code));
        m_rates->setItem(row, Code, code);
        m_rates->setItem(row, Orders, orders);
        m_rates->setItem(row, Rate, rate);
    }
    updateHeader();
    const QString why = money->whyNot();
    m_save->setEnabled(why.isEmpty());
    m_reporting->setEnabled(why.isEmpty());
    m_rates->setEnabled(why.isEmpty());
    m_empty->setTexts(tr("No other currency"), tr("Every order so far is in %1: no rate is needed.").arg(reporting));
    m_note->setText(why);
}

void CurrencyPage::updateHeader()
{
    const QString reporting = m_reporting->currentText().trimmed().toUpper();
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("Orders"), tr("1 unit in %1").arg(reporting)});
}

bool CurrencyPage::save()
{
    QList<std::pair<QString, double>> rates;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString code = m_rates->item(row, Code)->text();
        const QString text = m_rates->item(row, Rate) ? m_rates->item(row, Rate)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double rate = QLocale().toDouble(text, &ok);
        if (!ok)
            rate = text.toDouble(&ok); // "0.92" typed in a locale that writes "0,92"
        if (!ok) {
            m_note->setText(tr("The rate for %1 is not a number: “%2”.").arg(code, text));
            return false;
        }
        rates.append({code, rate});
    }
    QString error;
    if (!m_context.currencySettings->save(m_reporting->currentText(), rates, &error)) {
        m_note->setText(error);
        return false;
    }
    load();
    m_note->setText(tr("Saved. The dashboard reports in %1.").arg(m_context.currencySettings->reportingCurrency()));
    emit message(m_note->text());
    return true;
}
