#include "StockBox.h"

#include "core/EventBus.h"
#include "dialogs/ForecastDialog.h"
#include "shopagents/DemandAgent.h"
#include "storesync/StockActions.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

StockBox::StockBox(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_rule(new QLabel(this))
    , m_edit(new QPushButton(tr("Reorder rule…"), this))
    , m_forecast(new QLabel(this))
    , m_chart(new QPushButton(tr("Forecast…"), this))
{
    m_rule->setObjectName(u"detailReorderRule"_s);
    m_rule->setWordWrap(true);
    m_rule->setProperty("role", u"subtitle"_s);
    m_edit->setObjectName(u"detailReorderEdit"_s);
    m_forecast->setObjectName(u"detailForecast"_s);
    m_forecast->setWordWrap(true);
    m_forecast->setProperty("role", u"subtitle"_s);
    m_chart->setObjectName(u"detailForecastChart"_s);
    m_chart->setToolTip(tr("Units sold per day and the forecast, with its backtest error per variant"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_rule, 0, 0);
    grid->addWidget(m_edit, 0, 1, Qt::AlignTop);
    grid->addWidget(m_forecast, 1, 0);
    grid->addWidget(m_chart, 1, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    connect(m_edit, &QPushButton::clicked, this, &StockBox::editRule);
    connect(m_chart, &QPushButton::clicked, this, &StockBox::showForecast);
    if (m_context.bus)
        connect(m_context.bus, &EventBus::changed, this, [this](EventBus::Topic topic) {
            if (topic != EventBus::Topic::StoreData || m_productId <= 0)
                return;
            refresh();
            emit storeStockChanged();
        });
    setVisible(false);
}

void StockBox::setProduct(qint64 productId, const QString& name)
{
    m_productId = productId;
    m_productName = name;
    refresh();
}

void StockBox::refresh()
{
    m_storeStock.clear();
    StockActions* stock = m_context.stockActions;
    setVisible(stock && m_productId > 0);
    if (!stock || m_productId <= 0)
        return;
    for (const StockActions::Line& line : stock->stock(m_productId)) {
        if (line.stores.isEmpty())
            continue;
        const QString stores = StockActions::storesText(line);
        m_storeStock.insert(line.sku,
            line.pooled ? tr("%1 shared (%2)", "shared stock, then each store's").arg(*line.pooled).arg(stores)
                        : stores);
    }
    const auto rule = stock->rule(m_productId);
    m_rule->setText(rule ? tr("Reorder at %1 or fewer left · delivery %2 days · covers %3 days")
                               .arg(rule->threshold)
                               .arg(rule->leadDays)
                               .arg(rule->coverDays)
                         : tr("No reorder rule"));
    m_rule->setToolTip(rule ? tr("A variant with this few left in the stores gets a reorder proposal; Demand "
                                 "Forecast uses the rule's delivery time and cover")
                            : tr("Without a rule, Demand Forecast proposes reorders from the forecast with a "
                                 "delivery time of %1 days and %2 days of cover")
                                  .arg(DemandAgent::DefaultLeadDays)
                                  .arg(DemandAgent::DefaultCoverDays));
    const auto forecast = stock->forecast(m_productId);
    if (forecast) {
        double next = 0;
        std::vector<double> errors;
        for (const DemandForecasts::Sku& s : forecast->skus) {
            next += s.next28;
            if (s.mase)
                errors.push_back(*s.mase);
        }
        std::sort(errors.begin(), errors.end());
        const std::optional<double> median
            = errors.empty() ? std::nullopt : std::optional<double>(errors[errors.size() / 2]);
        const int units = static_cast<int>(std::lround(next));
        m_forecast->setText(tr("Forecast: about %n unit(s) in the next 4 weeks", nullptr, units) + u" · "_s
            + (forecast->skus.size() > 1 ? tr("median backtest %1").arg(ForecastDialog::maseText(median))
                                         : tr("backtest %1").arg(ForecastDialog::maseText(median))));
    } else {
        m_forecast->setText(tr("No demand forecast yet: Demand Forecast needs 8 weeks of this product's sales "
                               "from the stores."));
    }
    m_chart->setVisible(forecast.has_value());
    const QString why = stock->whyNot();
    m_edit->setEnabled(why.isEmpty());
    m_edit->setToolTip(why.isEmpty() ? tr("When to propose a reorder, and how much to order") : why);
}

void StockBox::showForecast()
{
    const auto forecast = m_context.stockActions ? m_context.stockActions->forecast(m_productId) : std::nullopt;
    if (!forecast)
        return;
    auto* dialog = new ForecastDialog(m_productName, *forecast, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StockBox::editRule()
{
    StockActions* stock = m_context.stockActions;
    if (!stock || m_productId <= 0)
        return;
    const auto current = stock->rule(m_productId);
    const Reorders::Rule start = current.value_or(Reorders::Rule{m_productId, 5, 14, 30});
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reorder rule"));
    auto* threshold = new QSpinBox(dialog);
    threshold->setRange(0, 100000);
    threshold->setValue(start.threshold);
    threshold->setSuffix(tr(" left", "units left in stock"));
    auto* lead = new QSpinBox(dialog);
    lead->setRange(0, 365);
    lead->setValue(start.leadDays);
    lead->setSuffix(tr(" days"));
    auto* cover = new QSpinBox(dialog);
    cover->setRange(1, 365);
    cover->setValue(start.coverDays);
    cover->setSuffix(tr(" days"));
    auto* explain = new QLabel(tr("When a variant falls to the threshold in the stores, Quorum proposes a reorder: "
                                  "what sells during the delivery, plus the days of sales the order should cover, "
                                  "plus the threshold, less what is on hand (from the last %n days' sales).",
                                   nullptr, Reorders::kVelocityDays),
        dialog);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QPushButton* remove = current ? buttons->addButton(tr("Remove rule"), QDialogButtonBox::DestructiveRole) : nullptr;
    auto* form = new QFormLayout(dialog);
    form->addRow(explain);
    form->addRow(tr("Reorder at"), threshold);
    form->addRow(tr("Delivery takes"), lead);
    form->addRow(tr("An order covers"), cover);
    form->addRow(buttons);
    dialog->setMinimumWidth(440);
    const qint64 product = m_productId;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, threshold, lead, cover, product] {
        QString error;
        if (!m_context.stockActions->saveRule({product, threshold->value(), lead->value(), cover->value()}, &error)) {
            emit message(error);
            return;
        }
        emit message(tr("Reorder rule saved; it applies from the next stock sync."));
        dialog->accept();
        refresh();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (remove)
        connect(remove, &QPushButton::clicked, dialog, [this, dialog, product] {
            QString error;
            if (!m_context.stockActions->removeRule(product, &error)) {
                emit message(error);
                return;
            }
            emit message(tr("Reorder rule removed."));
            dialog->accept();
            refresh();
        });
    dialog->open();
}
