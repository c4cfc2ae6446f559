#include "PipelinePane.h"

#include "RunProgress.h"
#include "core/EventBus.h"

#include "Format.h"
#include "ModelRoles.h"
#include "ProductDetailPanel.h"
#include "ProductsModel.h"
#include "catalog/CatalogActions.h"
#include "delegates/PillDelegate.h"
#include "delegates/StepDelegate.h"
#include "dialogs/AddProductDialog.h"
#include "dialogs/ImportDialog.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductStage.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"
#include "widgets/SelectionKeeper.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

PipelinePane::PipelinePane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_importProgress(new QProgressBar(this))
    , m_runProgress(new RunProgress(context.actions, context.clock, this))
    , m_runDrafts(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_detail(new ProductDetailPanel(context, this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_detailRefresh(new QTimer(this))
    , m_showArchived(new QCheckBox(tr("Show archived"), this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(m_undoBar))
    , m_undoTimer(new QTimer(this))
{
    setObjectName(u"pipelinePane"_s);
    auto* header = new PaneHeader(tr("Pipeline"),
        tr("Every product from facts to live listing: its stage, how often it was generated, what the reviewer scored "
           "and what the AI cost so far."),
        this);

    m_search->setObjectName(u"pipelineSearch"_s);
    m_search->setPlaceholderText(tr("Search name, SKU or category…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(130);
    // The filters give way on a laptop screen (1024 px) rather than pushing the window wider.
    for (QComboBox* combo : {m_stage, m_category}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_stage->setObjectName(u"pipelineStageFilter"_s);
    m_stage->addItem(tr("All stages"), QString());
    for (ProductStage s : Stage::all())
        m_stage->addItem(Stage::displayName(s), Stage::key(s));
    m_category->setObjectName(u"pipelineCategoryFilter"_s);
    m_showArchived->setObjectName(u"pipelineShowArchived"_s);
    m_showArchived->setToolTip(tr("List only the archived products, to put them back"));
    reloadCategories();
    m_count->setProperty("role", u"subtitle"_s);
    // An import writes in the background; its progress stays visible after its dialog is closed.
    m_importProgress->setObjectName(u"pipelineImportProgress"_s);
    m_importProgress->setMaximumWidth(260);
    m_importProgress->setRange(0, 1000);
    m_importProgress->hide();
    if (context.bus)
        connect(context.bus, &EventBus::changed, m_runProgress, [this](EventBus::Topic topic) {
            if (topic == EventBus::Topic::Jobs || topic == EventBus::Topic::Products)
                m_runProgress->poke();
        });
    connect(m_runProgress, &RunProgress::finished, this, [this](int written, int failed) {
        QString text = tr("The batch is done: %n product(s) written.", nullptr, written);
        if (failed > 0)
            text += u' ' + tr("%n could not be written; the Failed stage says why.", nullptr, failed);
        emit message(text);
    });
    connect(context.catalog, &CatalogActions::progress, this,
        [this](CatalogActions::Phase phase, qint64 done, qint64 total) {
            if (phase != CatalogActions::Phase::Writing && phase != CatalogActions::Phase::Queuing)
                return;
            const QLocale locale;
            m_importProgress->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
            m_importProgress->setFormat(phase == CatalogActions::Phase::Writing
                    ? tr("Importing %1 of %2").arg(locale.toString(done), locale.toString(total))
                    : tr("Queuing %1 of %2").arg(locale.toString(done), locale.toString(total)));
            m_importProgress->show();
        });
    connect(context.catalog, &CatalogActions::imported, this,
        [this](const CatalogImport::Result& result, bool willQueue, const QString& error) {
            m_importProgress->setVisible(willQueue);
            reloadCategories(); // the products themselves follow through the event bus
            const QLocale locale;
            QString text = tr("Imported: %1 new, %2 updated, %3 unchanged.")
                               .arg(locale.toString(result.created.size()), locale.toString(result.updated.size()),
                                   locale.toString(result.unchanged));
            if (willQueue)
                text += u' ' + tr("Queuing the new products for the pipeline…");
            if (!error.isEmpty())
                text = error + u' ' + text;
            emit message(text);
        });
    connect(context.catalog, &CatalogActions::queued, this, [this](int count, const QString& error) {
        m_importProgress->hide();
        updateCount();
        emit message(error.isEmpty() ? tr("The pipeline is writing %n new listing(s).", nullptr, count) : error);
    });
    auto* add = new QPushButton(tr("Add product"), this);
    add->setObjectName(u"pipelineAdd"_s);
    add->setProperty("primary", true);
    add->setToolTip(tr("Add one product by hand (Ctrl+N)"));
    auto* import = new QPushButton(tr("Import CSV…"), this);
    import->setObjectName(u"pipelineImport"_s);
    import->setToolTip(tr("Import your Shopify or WooCommerce product export (Ctrl+I)"));
    m_runDrafts->setObjectName(u"pipelineRunDrafts"_s);
    m_runDrafts->setToolTip(tr("Have the pipeline write the listings of every product in Draft (Ctrl+Shift+R)"));
    header->addWidget(m_search);
    header->addWidget(m_stage);
    header->addWidget(m_category);
    header->addWidget(m_showArchived);
    header->addStretch();
    header->addWidget(m_importProgress);
    header->addWidget(m_runProgress);
    header->addWidget(m_count);
    header->addAction(m_runDrafts);
    header->addAction(import);
    header->addAction(add);

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
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights: measuring rows to fit their contents is what makes big tables crawl. A row holds
    // the product's thumbnail with 2 px above and below it.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(ProductsModel::ThumbnailSize + 4);
    m_view->setIconSize(QSize(ProductsModel::ThumbnailSize, ProductsModel::ThumbnailSize));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(ProductsModel::Stage, new PillDelegate(m_view));
    m_view->setItemDelegateForColumn(ProductsModel::Step, new StepDelegate(m_view));
    // Wide enough for the headers with the theme's padding, in Dutch too ("Pogingen", "AI-kosten").
    const QList<std::pair<int, int>> widths{{ProductsModel::Name, 190}, {ProductsModel::Sku, 76},
        {ProductsModel::Category, 100}, {ProductsModel::Price, 70}, {ProductsModel::Stage, 150},
        {ProductsModel::Step, 150}, {ProductsModel::Attempts, 84}, {ProductsModel::Quality, 82},
        {ProductsModel::Seo, 52}, {ProductsModel::AiCost, 84}, {ProductsModel::Updated, 100}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);
    new SelectionKeeper(m_view);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ProductsModel::Name)
            fitNameColumn();
    });

    m_empty = EmptyState::attach(m_view, tr("No products yet"),
        tr("Add a product by hand or import the CSV export of your Shopify or WooCommerce store. Quorum writes the "
           "listing, has a second model check it, and asks you when it matters."));
    m_empty->setFilteredTexts(tr("No product matches"), tr("Clear the search or pick another stage or category."));
    m_empty->setAction(tr("Add a product"), [this] { addProduct(); });

    connect(m_search, &QLineEdit::textChanged, model, &ProductsModel::setTextFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this, model] {
        model->setStageFilter(m_stage->currentData().toString(),
            static_cast<ProductsModel::Waiting>(m_stage->currentData(WaitingRole).toInt()));
    });
    connect(m_category, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setCategoryFilter(m_category->currentData().toString()); });
    connect(model, &QAbstractItemModel::modelReset, this, &PipelinePane::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PipelinePane::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PipelinePane::updateCount);
    connect(add, &QPushButton::clicked, this, &PipelinePane::addProduct);
    connect(import, &QPushButton::clicked, this, [this] { importCatalog(); });
    connect(m_runDrafts, &QPushButton::clicked, this, &PipelinePane::runAllDrafts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelinePane::currentChanged);
    connect(m_detail, &ProductDetailPanel::message, this, &PipelinePane::message);
    // Workers change products many times a second; the detail panel follows at most 4 times a second.
    m_detailRefresh->setSingleShot(true);
    m_detailRefresh->setInterval(250);
    connect(m_detailRefresh, &QTimer::timeout, m_detail, &ProductDetailPanel::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            m_detailRefresh->start();
        updateCount();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        if (m_showArchived->isChecked()) {
            menu.addAction(tr("Restore from archive"), this, &PipelinePane::unarchiveSelected);
        } else {
            menu.addAction(tr("Run or retry selected"), this, &PipelinePane::runSelected);
            menu.addAction(tr("Run all drafts"), this, &PipelinePane::runAllDrafts);
            menu.addSeparator();
            menu.addAction(tr("Duplicate"), m_detail, &ProductDetailPanel::duplicate);
            menu.addAction(tr("Archive"), QKeySequence(Qt::Key_Delete), this, &PipelinePane::archiveSelected);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_showArchived, &QCheckBox::toggled, this, [this, model](bool on) {
        model->setShowArchived(on);
        m_undoBar->hide();
    });
    auto* archiveKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_view);
    archiveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(archiveKey, &QShortcut::activated, this, [this] {
        if (m_showArchived->isChecked())
            unarchiveSelected();
        else
            archiveSelected();
    });
    // "Archived 3 products. Undo": for a while after archiving, Ctrl+Z puts them back.
    m_undoBar->setObjectName(u"pipelineUndoBar"_s);
    m_undoText->setObjectName(u"pipelineUndoText"_s);
    auto* undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setObjectName(u"pipelineUndo"_s);
    undo->setToolTip(tr("Put the archived products back (Ctrl+Z)"));
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText);
    undoLayout->addWidget(undo);
    undoLayout->addStretch();
    m_undoBar->hide();
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(15000);
    connect(m_undoTimer, &QTimer::timeout, m_undoBar, &QWidget::hide);
    connect(undo, &QPushButton::clicked, this, &PipelinePane::undoArchive);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (m_undoBar->isVisible())
            undoArchive();
    });
    connect(m_detail, &ProductDetailPanel::factsChanged, this, [this] { reloadCategories(); });
    connect(m_detail, &ProductDetailPanel::duplicated, this, [this](qint64 id) {
        reloadCategories();
        selectProduct(id);
    });

    m_split->setObjectName(u"pipelineSplit"_s);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    m_split->addWidget(m_detail);
    // The list first: on a laptop screen it keeps a useful number of rows; the detail scrolls.
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({600, 340});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_split, 1);
    updateCount();
    // Open on the first product, so the detail shows something useful from the start.
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, ProductsModel::Name));
}

QStringList PipelinePane::categories() const
{
    return m_context.products->categories();
}

void PipelinePane::reloadCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString& c : categories())
        m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    m_category->blockSignals(false);
}

void PipelinePane::showStages(const QString& label, const QStringList& stages, bool waiting)
{
    const QString keys = stages.join(u',');
    const bool writing = stages.contains(u"enhancing"_s);
    const int mode = static_cast<int>(!writing ? ProductsModel::Waiting::Any
            : waiting                          ? ProductsModel::Waiting::Only
                                               : ProductsModel::Waiting::Not);
    // The dashboard's groups of stages join the single stages in the filter, once each.
    int at = -1;
    for (int i = 0; i < m_stage->count() && at < 0; ++i) {
        if (m_stage->itemData(i).toString() == keys && m_stage->itemData(i, WaitingRole).toInt() == mode)
            at = i;
    }
    if (at < 0) {
        at = 1;
        m_stage->insertItem(at, label, keys);
        m_stage->setItemData(at, mode, WaitingRole);
    }
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_showArchived->setChecked(false);
    m_stage->setCurrentIndex(at);
}

void PipelinePane::updateCount()
{
    ProductsModel* model = m_context.products;
    const bool filtered = !model->textFilter().isEmpty() || !model->stageFilter().isEmpty()
        || !model->categoryFilter().isEmpty() || model->showArchived();
    m_count->setText(tr("%n product(s)", nullptr, model->rowCount()));
    m_empty->setFiltered(filtered);
    const int drafts = m_context.actions->draftCount();
    m_runDrafts->setText(tr("Run %n draft(s)", nullptr, drafts));
    m_runDrafts->setEnabled(drafts > 0);
}

void PipelinePane::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->setProduct(current.isValid() ? current.data(ModelRoles::IdRole).toLongLong() : 0);
}

QList<qint64> PipelinePane::selectedProducts() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids.append(i.data(ModelRoles::IdRole).toLongLong());
    return ids;
}

void PipelinePane::selectProduct(qint64 id)
{
    // The new product may be filtered out: clear the filters so it shows.
    m_search->clear();
    m_stage->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_showArchived->setChecked(false);
    m_context.products->refresh();
    const int row = m_context.products->rowForId(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_context.products->index(row, ProductsModel::Name));
        m_view->scrollTo(m_view->currentIndex());
    }
}

void PipelinePane::addProduct()
{
    auto* dialog = new AddProductDialog(m_context.actions, categories(), m_context.actions->workspaceCurrency(),
        m_context.actions->targetMargin(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddProductDialog::productAdded, this, [this](qint64 id, bool queued) {
        reloadCategories();
        selectProduct(id);
        emit message(queued ? tr("Product added; the pipeline is writing its listing.")
                            : tr("Product added as a draft. Run it when you are ready."));
    });
    dialog->open();
}

void PipelinePane::importCatalog(const QString& path)
{
    if (m_context.catalog->isBusy()) {
        emit message(tr("An import is still running; wait for it to finish (or cancel it) first."));
        return;
    }
    auto* dialog = new ImportDialog(m_context.catalog, m_context.actions->workspaceCurrency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!path.isEmpty())
        dialog->setFile(path);
}

void PipelinePane::reportRun(int queued, const QList<std::pair<qint64, QString>>& skipped)
{
    if (queued == 0 && !skipped.isEmpty())
        emit message(skipped.first().second);
    else if (skipped.isEmpty())
        emit message(tr("%n product(s) queued.", nullptr, queued));
    else
        emit message(tr("%n product(s) queued; %1 skipped (%2).", nullptr, queued)
                         .arg(skipped.size())
                         .arg(skipped.first().second));
}

void PipelinePane::runSelected()
{
    const QList<qint64> ids = selectedProducts();
    if (ids.isEmpty()) {
        emit message(tr("Select the products to run first."));
        return;
    }
    const auto result = m_context.actions->run(ids);
    reportRun(static_cast<int>(result.queued.size()), result.skipped);
    m_detail->refresh();
}

void PipelinePane::runAllDrafts()
{
    const int drafts = m_context.actions->draftCount();
    if (drafts == 0) {
        emit message(tr("There are no drafts to run."));
        return;
    }
    if (const QString why = m_context.actions->whyCannotRun(); !why.isEmpty()) {
        emit message(why);
        return;
    }
    // Real money: say what it will cost, from what writing a product has cost here so far.
    const PipelineActions::CostBasis basis = m_context.actions->costBasis();
    QString cost = basis.products > 0
        ? tr("From the %n product(s) written so far, that is about %1 (%2 each).", nullptr, basis.products)
              .arg(Format::aiCost(basis.perProductMicros * drafts), Format::aiCost(basis.perProductMicros))
        : tr("No product has been written here yet, so there is no cost figure to go on.");
    if (basis.dailyBudgetMicros > 0)
        cost += u" "_s
            + tr("The daily AI budget of %1 stops it before it spends more.")
                  .arg(Format::aiCost(basis.dailyBudgetMicros));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Run all drafts"),
        tr("Have the AI write %n draft product(s)?", nullptr, drafts), QMessageBox::Cancel, this);
    box->setInformativeText(cost + u"\n\n"_s
        + tr("Progress shows in the Pipeline's Step column and in the status bar; pause at any time."));
    QPushButton* run = box->addButton(tr("Run %n draft(s)", nullptr, drafts), QMessageBox::AcceptRole);
    box->setDefaultButton(run);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(run, &QPushButton::clicked, this, [this] {
        const auto result = m_context.actions->runAllDrafts();
        reportRun(static_cast<int>(result.queued.size()), result.skipped);
        updateCount();
        m_detail->refresh();
    });
    box->open();
}

void PipelinePane::archiveSelected()
{
    const QList<qint64> ids = selectedProducts();
    if (ids.isEmpty()) {
        emit message(tr("Select the products to archive first."));
        return;
    }
    QString error;
    const int n = m_context.actions->archive(ids, &error);
    if (n == 0) {
        emit message(error);
        return;
    }
    m_context.products->refresh();
    m_lastArchived = ids;
    QString text = tr("Archived %n product(s).", nullptr, n);
    if (n < ids.size())
        text += u' ' + tr("%n skipped: being worked on.", nullptr, static_cast<int>(ids.size()) - n);
    m_undoText->setText(text);
    m_undoBar->show();
    m_undoTimer->start();
    updateCount();
    emit message(text + u' ' + tr("Ctrl+Z undoes it."));
}

void PipelinePane::undoArchive()
{
    if (m_lastArchived.isEmpty())
        return;
    QString error;
    const int n = m_context.actions->unarchive(m_lastArchived, &error);
    m_undoBar->hide();
    m_undoTimer->stop();
    const QList<qint64> ids = std::exchange(m_lastArchived, {});
    m_context.products->refresh();
    updateCount();
    if (n == 0) {
        emit message(error);
        return;
    }
    const int row = m_context.products->rowForId(ids.first());
    if (row >= 0)
        m_view->setCurrentIndex(m_context.products->index(row, ProductsModel::Name));
    emit message(tr("Restored %n product(s).", nullptr, n));
}

void PipelinePane::unarchiveSelected()
{
    const QList<qint64> ids = selectedProducts();
    if (ids.isEmpty()) {
        emit message(tr("Select the products to restore first."));
        return;
    }
    QString error;
    const int n = m_context.actions->unarchive(ids, &error);
    m_context.products->refresh();
    updateCount();
    emit message(n > 0 ? tr("Restored %n product(s).", nullptr, n) : error);
}

bool PipelinePane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void PipelinePane::fitNameColumn()
{
    QHeaderView* header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ProductsModel::Name && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const bool roomy = m_view->viewport()->width() - others >= MinNameWidth;
    const QHeaderView::ResizeMode mode = roomy ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (header->sectionResizeMode(ProductsModel::Name) == mode)
        return;
    header->setSectionResizeMode(ProductsModel::Name, mode);
    if (!roomy)
        header->resizeSection(ProductsModel::Name, MinNameWidth);
}
