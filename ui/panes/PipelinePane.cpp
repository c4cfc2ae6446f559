#include "PipelinePane.h"

#include "ModelRoles.h"
#include "ProductsModel.h"
#include "delegates/PillDelegate.h"
#include "delegates/ProgressDelegate.h"
#include "pipeline/ProductStage.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"
#include "widgets/SelectionKeeper.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PipelinePane::PipelinePane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"pipelinePane"_s);
    auto* header = new PaneHeader(tr("Pipeline"),
        tr("Every product from facts to live listing: its stage, how often it was generated, what the reviewer scored "
           "and what the AI cost so far."),
        this);

    m_search->setObjectName(u"pipelineSearch"_s);
    m_search->setPlaceholderText(tr("Search name, SKU or category…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_stage->setObjectName(u"pipelineStageFilter"_s);
    m_stage->addItem(tr("All stages"), QString());
    for (ProductStage s : Stage::all())
        m_stage->addItem(Stage::displayName(s), Stage::key(s));
    m_category->setObjectName(u"pipelineCategoryFilter"_s);
    reloadCategories();
    m_count->setProperty("role", u"subtitle"_s);
    header->addWidget(m_search);
    header->addWidget(m_stage);
    header->addWidget(m_category);
    header->addStretch();
    header->addWidget(m_count);

    ProductsModel* model = context.products;
    m_view->setObjectName(u"pipelineView"_s);
    m_view->setModel(model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: measuring rows to fit their contents is what makes big tables crawl.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ProductsModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(ProductsModel::Stage, new PillDelegate(m_view));
    m_view->setItemDelegateForColumn(ProductsModel::Progress, new ProgressDelegate(m_view));
    const QList<std::pair<int, int>> widths{{ProductsModel::Sku, 80}, {ProductsModel::Category, 120},
        {ProductsModel::Price, 75}, {ProductsModel::Stage, 140}, {ProductsModel::Progress, 110},
        {ProductsModel::Attempts, 80}, {ProductsModel::Quality, 70}, {ProductsModel::Seo, 50},
        {ProductsModel::AiCost, 70}, {ProductsModel::Updated, 90}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);
    new SelectionKeeper(m_view);

    m_empty = EmptyState::attach(m_view, tr("No products yet"),
        tr("Add a product by hand or import the CSV export of your Shopify or WooCommerce store. Quorum writes the "
           "listing, has a second model check it, and asks you when it matters."));
    m_empty->setFilteredTexts(tr("No product matches"), tr("Clear the search or pick another stage or category."));

    connect(m_search, &QLineEdit::textChanged, model, &ProductsModel::setTextFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setStageFilter(m_stage->currentData().toString()); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setCategoryFilter(m_category->currentData().toString()); });
    connect(model, &QAbstractItemModel::modelReset, this, &PipelinePane::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PipelinePane::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PipelinePane::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    updateCount();
}

void PipelinePane::reloadCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString& c : m_context.products->categories())
        m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    m_category->blockSignals(false);
}

void PipelinePane::updateCount()
{
    ProductsModel* model = m_context.products;
    const bool filtered
        = !model->textFilter().isEmpty() || !model->stageFilter().isEmpty() || !model->categoryFilter().isEmpty();
    m_count->setText(tr("%n product(s)", nullptr, model->rowCount()));
    m_empty->setFiltered(filtered);
}
