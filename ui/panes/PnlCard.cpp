#include "PnlCard.h"

#include "CashWeeksModel.h"
#include "SalesReportModels.h"
#include "Theme.h"
#include "widgets/EmptyState.h"
#include "widgets/Tables.h"
#include "widgets/TrendChart.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{

// Comparisons in green when the figure moved the good way, red when the bad way.
class TrendTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int trend = index.data(SalesSummaryModel::TrendRole).toInt();
        if (trend != 0)
            option->palette.setColor(QPalette::Text, trend > 0 ? Theme::Success : Theme::Danger);
    }
};

} // namespace

PnlCard::PnlCard(SalesReportLoader* loader, QWidget* parent)
    : QFrame(parent)
    , m_loader(loader)
    , m_period(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_chartTitle(new QLabel(this))
    , m_summary(Tables::compact(loader->summary(), this, u"salesSummaryView"_s))
    , m_products(Tables::compact(loader->products(), this, u"productPnlView"_s))
    , m_cash(Tables::compact(loader->cashWeeks(), this, u"cashWeeksView"_s))
    , m_tabs(new QTabWidget(this))
    , m_chart(new TrendChart(loader->series(),
          {PnlSeriesModel::Start, PnlSeriesModel::Sales, PnlSeriesModel::Profit, PnlSeriesModel::MinorUnitsRole},
          tr("No sales in this period"), tr("Sales and gross profit appear here once orders are in the workspace."),
          this))
{
    setObjectName(u"pnlCard"_s);
    setProperty("role", u"card"_s);
    auto* title = new QLabel(tr("Sales and profit"), this);
    title->setProperty("role", u"section"_s);

    using Period = SalesReport::Period;
    m_period->setObjectName(u"pnlPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    const QList<std::pair<Period, QString>> periods{{Period::Today, tr("Today")}, {Period::Yesterday, tr("Yesterday")},
        {Period::Last7Days, tr("Last 7 days")}, {Period::Last30Days, tr("Last 30 days")},
        {Period::Last90Days, tr("Last 90 days")}, {Period::Last12Months, tr("Last 12 months")},
        {Period::Last2Years, tr("Last 2 years")}};
    for (const auto& [period, name] : periods)
        m_period->addItem(name, static_cast<int>(period));
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(loader->period())));
    connect(m_period, &QComboBox::currentIndexChanged, this,
        [this] { m_loader->setPeriod(static_cast<SalesReport::Period>(m_period->currentData().toInt())); });
    m_status->setObjectName(u"pnlStatus"_s);
    m_status->setProperty("role", u"subtitle"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    connect(m_status, &QLabel::linkActivated, this, &PnlCard::ratesRequested);

    m_summary->setItemDelegate(new TrendTextDelegate(m_summary));
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    // As wide as its figures and headers need (they change with the period); the chart takes the rest.
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setStretchLastSection(false);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summary->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setFixedHeight(m_summary->horizontalHeader()->sizeHint().height()
        + m_summary->verticalHeader()->defaultSectionSize() * SalesSummaryModel::FigureCount + 4);

    m_chartTitle->setObjectName(u"pnlChartTitle"_s);
    m_chartTitle->setProperty("role", u"subtitle"_s);
    m_chart->setObjectName(u"pnlChart"_s);
    m_chart->setMinimumHeight(m_summary->height() - 20);

    m_products->setSortingEnabled(true);
    m_products->sortByColumn(ProductPnlModel::NetSales, Qt::DescendingOrder);
    m_products->setSelectionMode(QAbstractItemView::SingleSelection);
    m_products->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_products->horizontalHeader()->setSectionResizeMode(ProductPnlModel::Product, QHeaderView::Stretch);
    m_products->setMinimumHeight(300);
    m_products->setToolTip(tr("Pick a product to see its sales and profit in the chart; Esc shows the whole shop"));
    EmptyState::attach(m_products, tr("No products sold in this period"),
        tr("Products sold appear here with their units, net sales, refunds, cost and gross profit, from the "
           "orders synced from your stores or imported from an orders export."));
    auto* wholeShop = new QAction(tr("Show the whole shop"), m_products);
    wholeShop->setShortcut(Qt::Key_Escape);
    wholeShop->setShortcutContext(Qt::WidgetShortcut);
    connect(wholeShop, &QAction::triggered, m_products, &QAbstractItemView::clearSelection);
    m_products->addAction(wholeShop);
    connect(m_products->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PnlCard::followSelection);
    connect(loader->products(), &QAbstractItemModel::modelReset, this, &PnlCard::reselect);
    connect(loader->series(), &QAbstractItemModel::modelReset, this, [this] {
        const QString name = m_loader->series()->productName();
        m_chartTitle->setText(name.isEmpty() ? tr("Whole shop: revenue and gross profit")
                                             : tr("%1: net sales and gross profit").arg(name));
    });
    connect(loader, &SalesReportLoader::loadingChanged, this, &PnlCard::showStatus);
    connect(loader, &SalesReportLoader::loaded, this, &PnlCard::showStatus);
    connect(loader, &SalesReportLoader::failed, this, [this](const QString& message) {
        m_status->setText(tr("The figures could not be read: %1").arg(message).toHtmlEscaped());
        m_status->show();
    });

    m_cash->setSelectionMode(QAbstractItemView::NoSelection);
    m_cash->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cash->horizontalHeader()->setSectionResizeMode(CashWeeksModel::Week, QHeaderView::ResizeToContents);
    m_cash->setToolTip(tr("The last 13 weeks whatever the period: money in from paid orders, out for refunds, the "
                          "goods at cost, ads and AI. Quorum sees no supplier invoices or payouts, so this is trading "
                          "cash, not the bank balance."));
    m_tabs->setObjectName(u"pnlTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_products, tr("Per product"));
    m_tabs->addTab(m_cash, tr("Cash by week"));
    // The weeks are read from the first time someone looks at them.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_cash)
            m_loader->setCashWanted(true);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    auto* chartBox = new QVBoxLayout;
    chartBox->setSpacing(4);
    chartBox->addWidget(m_chartTitle);
    chartBox->addWidget(m_chart, 1);
    auto* middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(m_summary, 0, Qt::AlignTop);
    middle->addLayout(chartBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(middle);
    layout->addWidget(m_tabs, 1);
    m_loader->reload();
    showStatus();
}

void PnlCard::showStatus()
{
    m_summary->setColumnHidden(SalesSummaryModel::VsEarlier, !SalesReport::hasEarlier(m_loader->period()));
    QStringList parts;
    if (m_loader->isLoading())
        parts << tr("Reading the orders…");
    const SalesReport::Totals& sold = m_loader->summary()->totals();
    if (sold.units > 0 && sold.costedUnits * 100 < sold.units * 95)
        parts << tr("The cost is known for %1 % of the items sold; gross profit counts the others as free. "
                    "Import the products with their costs (Shopify's “Cost per item”) or enter a product's cost.")
                     .arg(QLocale().toString(
                         100.0 * static_cast<double>(sold.costedUnits) / static_cast<double>(sold.units), 'f', 0))
                     .toHtmlEscaped();
    if (const QStringList left = m_loader->unconverted(); !left.isEmpty())
        parts
            << tr("Orders and ad spend in %1 are left out: there is no rate to convert them to the reporting currency.")
                    .arg(QLocale().createSeparatedList(left))
                    .toHtmlEscaped()
                + u" <a href=\"rates\">%1</a>"_s.arg(tr("Enter rates…").toHtmlEscaped());
    else if (!sold.aiSpendKnown)
        parts << tr("AI spend is priced in US dollars and there is no rate for USD, so it is not counted.")
                     .toHtmlEscaped()
                + u" <a href=\"rates\">%1</a>"_s.arg(tr("Enter rates…").toHtmlEscaped());
    m_status->setText(parts.join(u' '));
    m_status->setVisible(!parts.isEmpty());
}

void PnlCard::followSelection()
{
    const QModelIndexList rows = m_products->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_selectedKey.clear();
        m_loader->showProduct({}, {});
        return;
    }
    const QModelIndex row = rows.first();
    m_selectedKey = row.data(ProductPnlModel::KeyRole).toString();
    m_loader->showProduct(m_selectedKey, row.siblingAtColumn(ProductPnlModel::Product).data().toString());
}

void PnlCard::reselect()
{
    // A new period keeps the product picked when it sold in that period too.
    if (m_selectedKey.isEmpty())
        return;
    const QString key = m_selectedKey;
    ProductPnlModel* model = m_loader->products();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ProductPnlModel::KeyRole).toString() == key) {
            m_products->selectRow(row);
            return;
        }
    }
    m_selectedKey.clear();
    m_loader->showProduct({}, {});
}
