#include "ProductDetailPanel.h"

#include "PublicationsBox.h"
#include "Theme.h"

#include "ContentHtml.h"
#include "ContentModels.h"
#include "Format.h"
#include "Markup.h"
#include "ProductsModel.h"
#include "StockBox.h"
#include "VariantsModel.h"
#include "VisualsTab.h"
#include "core/Money.h"
#include "dialogs/AddProductDialog.h"
#include "dialogs/EditPieceDialog.h"
#include "dialogs/RegenerateDialog.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/GateSettings.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/ProductStage.h"
#include "pipeline/ProductStore.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QTextBrowser* browser(QWidget* parent, const QString& name)
{
    auto* b = new QTextBrowser(parent);
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->document()->setDocumentMargin(12);
    return b;
}
} // namespace

ProductDetailPanel::ProductDetailPanel(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_pieceModel(context.pieces)
    , m_versionModel(context.versions)
    , m_stack(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_listing(new QLabel(this))
    , m_variantModel(new VariantsModel(this))
    , m_run(new QPushButton(this))
    , m_editFacts(new QPushButton(tr("Edit facts…"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_useVersion(new QPushButton(tr("Use this version"), this))
    , m_regenerate(new QPushButton(tr("Regenerate…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_compareWith(new QComboBox(this))
    , m_compareSummary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"productDetail"_s);
    auto* nothingSelected
        = new QLabel(tr("Select a product to see its content, its versions and both models' verdicts."), this);
    nothingSelected->setAlignment(Qt::AlignCenter);
    nothingSelected->setWordWrap(true);
    nothingSelected->setProperty("role", u"subtitle"_s);

    // The name and the facts come from a person or an import: text, never markup.
    m_name->setTextFormat(Qt::PlainText);
    m_facts->setTextFormat(Qt::PlainText);
    m_name->setProperty("role", u"section"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setObjectName(u"detailStage"_s);
    m_stage->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_facts->setProperty("role", u"subtitle"_s);
    m_run->setObjectName(u"detailRun"_s);
    m_run->setProperty("primary", true);
    m_editFacts->setObjectName(u"detailEditFacts"_s);
    m_editFacts->setToolTip(tr("Correct the product's facts; content that states them is checked again"));
    m_duplicate->setObjectName(u"detailDuplicate"_s);
    m_duplicate->setToolTip(tr("Add a copy of this product's facts as a new draft"));
    m_useVersion->setObjectName(u"detailUseVersion"_s);
    m_useVersion->setToolTip(
        tr("Make the selected earlier version the piece's current one; it is checked again like an edit"));
    m_regenerate->setObjectName(u"detailRegenerate"_s);
    m_regenerate->setToolTip(tr("Write this piece again, with an instruction for the writer (Ctrl+G)"));
    m_regenerate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_edit->setObjectName(u"detailEdit"_s);
    m_edit->setToolTip(tr("Edit this piece by hand; your edit is a new version and is checked again (Ctrl+E)"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_compareWith->setObjectName(u"detailCompareWith"_s);
    m_compareWith->setMinimumContentsLength(16);
    m_compareSummary->setProperty("role", u"subtitle"_s);
    m_compareSummary->setWordWrap(true);
    m_name->setWordWrap(true);

    m_listing->setObjectName(u"detailListing"_s);
    m_listing->setWordWrap(true);
    m_listing->setTextFormat(Qt::RichText); // built here, every value escaped
    m_variants = Tables::compact(m_variantModel, this, u"detailVariants"_s);
    // Every column as wide as its values, but the SKU, which gives way (elided; its tooltip is whole)
    // so that the table fits the column's width without scrolling sideways.
    m_variants->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_variants->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_variantModel, &QAbstractItemModel::modelReset, this, [this] {
        m_variants->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (m_variantModel->rowCount() > 0)
            m_variants->horizontalHeader()->setSectionResizeMode(
                m_variantModel->column(VariantsModel::Sku), QHeaderView::Stretch);
    });
    m_variants->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_variants->setToolTip(tr("The product's variants as its store export had them"));

    m_pieces = Tables::compact(m_pieceModel, this, u"detailPieces"_s);
    m_pieces->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_pieces->horizontalHeader()->setSectionResizeMode(PiecesModel::Piece, QHeaderView::Stretch);
    const QList<std::pair<int, int>> pieceWidths{
        {PiecesModel::State, 112}, {PiecesModel::Attempts, 84}, {PiecesModel::Quality, 80}, {PiecesModel::Seo, 50}};
    for (const auto& [column, width] : pieceWidths)
        m_pieces->setColumnWidth(column, width);
    new SelectionKeeper(m_pieces);
    m_versions = Tables::compact(m_versionModel, this, u"detailVersions"_s);
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_versions->horizontalHeader()->setSectionResizeMode(VersionsModel::Source, QHeaderView::Stretch);
    const QList<std::pair<int, int>> versionWidths{
        {VersionsModel::Version, 66}, {VersionsModel::Verdict, 150}, {VersionsModel::Created, 118}};
    for (const auto& [column, width] : versionWidths)
        m_versions->setColumnWidth(column, width);

    m_content = browser(this, u"detailContent"_s);
    m_diff = browser(this, u"detailDiff"_s);
    m_writer = browser(this, u"detailWriter"_s);
    m_reviewer = browser(this, u"detailReviewer"_s);
    auto* verdicts = new QSplitter(Qt::Horizontal, this);
    verdicts->setObjectName(u"detailVerdicts"_s);
    verdicts->addWidget(m_writer);
    verdicts->addWidget(m_reviewer);
    auto* compare = new QWidget(this);
    auto* compareBar = new QHBoxLayout;
    compareBar->addWidget(new QLabel(tr("Compare with"), compare));
    compareBar->addWidget(m_compareWith);
    compareBar->addWidget(m_compareSummary, 1);
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 6, 0, 0);
    compareLayout->addLayout(compareBar);
    compareLayout->addWidget(m_diff, 1);
    m_tabs->addTab(m_content, tr("Content"));
    m_tabs->addTab(verdicts, tr("Verdicts"));
    m_tabs->addTab(compare, tr("Compare versions"));
    if (m_context.visuals) {
        m_visuals = new VisualsTab(m_context, m_context.visuals, this);
        m_tabs->addTab(m_visuals, tr("Visuals"));
        connect(m_visuals, &VisualsTab::message, this, &ProductDetailPanel::message);
    }

    // Left: the product and its pieces and versions. Right: the selected version.
    auto* left = new QWidget(this);
    auto* head = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_stage);
    head->addLayout(titles, 1);
    head->addWidget(m_editFacts, 0, Qt::AlignTop);
    head->addWidget(m_duplicate, 0, Qt::AlignTop);
    head->addWidget(m_run, 0, Qt::AlignTop);
    auto* pieceButtons = new QHBoxLayout;
    auto* versionsLabel = new QLabel(tr("Versions"), left);
    versionsLabel->setProperty("role", u"section"_s);
    pieceButtons->addWidget(versionsLabel);
    pieceButtons->addStretch();
    pieceButtons->addWidget(m_regenerate);
    pieceButtons->addWidget(m_edit);
    // Under the versions it acts on; on a laptop screen the row above keeps its two buttons whole.
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addStretch();
    versionButtons->addWidget(m_useVersion);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addLayout(head);
    leftLayout->addWidget(m_facts);
    leftLayout->addWidget(m_listing);
    leftLayout->addWidget(m_variants);
    m_stockBox = new StockBox(m_context, left);
    leftLayout->addWidget(m_stockBox);
    connect(m_stockBox, &StockBox::message, this, &ProductDetailPanel::message);
    connect(m_stockBox, &StockBox::storeStockChanged, this, [this] {
        m_variantModel->setStoreStock(m_stockBox->storeStock());
        m_variants->setColumnHidden(m_variantModel->column(VariantsModel::Stores), !m_variantModel->hasStoreStock());
    });
    leftLayout->addWidget(m_pieces, 3);
    leftLayout->addLayout(pieceButtons);
    leftLayout->addWidget(m_versions, 2);
    leftLayout->addLayout(versionButtons);
    m_publications = new PublicationsBox(m_context, left);
    leftLayout->addWidget(m_publications);
    connect(m_publications, &PublicationsBox::message, this, &ProductDetailPanel::message);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"detailSplit"_s);
    split->setChildrenCollapsible(false);
    // On a laptop screen the product list keeps its rows: the left column scrolls rather than
    // claiming the height it would like.
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(u"detailLeft"_s);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(440);
    split->addWidget(leftScroll);
    split->addWidget(m_tabs);
    left->setMinimumWidth(430);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({470, 700});
    m_stack->addWidget(nothingSelected);
    m_stack->addWidget(split);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(
        m_pieces->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProductDetailPanel::pieceChanged);
    connect(m_versions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProductDetailPanel::versionChanged);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, &ProductDetailPanel::updateCompare);
    connect(m_run, &QPushButton::clicked, this, &ProductDetailPanel::run);
    connect(m_regenerate, &QPushButton::clicked, this, &ProductDetailPanel::regenerate);
    connect(m_edit, &QPushButton::clicked, this, &ProductDetailPanel::edit);
    connect(m_editFacts, &QPushButton::clicked, this, &ProductDetailPanel::editFacts);
    connect(m_duplicate, &QPushButton::clicked, this, &ProductDetailPanel::duplicate);
    connect(m_useVersion, &QPushButton::clicked, this, &ProductDetailPanel::useVersion);
    setProduct(0);
}

void ProductDetailPanel::setProduct(qint64 productId)
{
    const bool same = productId == m_productId;
    m_productId = productId;
    m_stack->setCurrentIndex(productId > 0 ? 1 : 0);
    if (same) {
        refresh();
        return;
    }
    m_pieceModel->setProduct(productId);
    m_publications->setProduct(productId);
    updateHeader();
    if (m_visuals)
        m_visuals->setProduct(productId, m_name->text());
    if (m_pieceModel->rowCount() > 0)
        m_pieces->setCurrentIndex(m_pieceModel->index(0, 0));
    else
        pieceChanged();
}

void ProductDetailPanel::refresh()
{
    if (m_productId <= 0)
        return;
    const qint64 version = currentVersionId();
    m_pieceModel->reload();
    m_publications->refresh();
    updateHeader();
    if (m_visuals)
        m_visuals->refresh();
    const qint64 piece = currentPieceId();
    if (piece != m_versionModel->pieceId()) {
        pieceChanged();
        return;
    }
    const int before = m_versionModel->rowCount();
    m_versionModel->reload();
    // A new version arrived while its piece was shown: show it; otherwise keep the reader's place.
    const int row = m_versionModel->rowCount() > before ? 0 : std::max(0, m_versionModel->rowOfVersion(version));
    if (m_versionModel->rowCount() > 0)
        m_versions->setCurrentIndex(m_versionModel->index(row, 0));
    else
        versionChanged();
}

void ProductDetailPanel::updateHeader()
{
    const auto facts = m_context.actions->facts(m_productId);
    const auto status = m_context.actions->status(m_productId);
    if (!facts || !status) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const QString stageKey = status->stageKey;
    const QString reason = status->reason;
    const qint64 cost = status->costMicros;
    m_name->setText(facts->name);
    const QColor color = Format::stageColor(stageKey);
    m_stage->setText(u"<span style='color:%1;font-weight:600'>%2</span>%3"_s.arg(color.name(),
        Stage::displayNameForKey(stageKey).toHtmlEscaped(),
        reason.isEmpty() ? QString() : u" · "_s + reason.toHtmlEscaped()));
    QStringList parts{Money::format(facts->priceCents, facts->currency), facts->category};
    if (!facts->sku.isEmpty())
        parts.append(tr("SKU %1").arg(facts->sku));
    if (!facts->material().isEmpty())
        parts.append(facts->material());
    if (!facts->sizes().isEmpty())
        parts.append(facts->sizes().join(u", "_s));
    parts.append(tr("AI cost %1").arg(Format::aiCost(cost)));
    m_facts->setText(parts.join(u" · "_s));
    m_facts->setToolTip(Markup::toolTip(facts->description));
    updateVariants(*facts);

    const ProductStage stage = Stage::fromKey(stageKey);
    const bool busy = m_context.actions->isBusy(m_productId);
    if (stage == ProductStage::Draft)
        m_run->setText(tr("Run"));
    else
        m_run->setText(tr("Retry"));
    m_run->setVisible(stage == ProductStage::Draft || stage == ProductStage::Failed
        || stage == ProductStage::NeedsReview || stage == ProductStage::Escalated);
    m_run->setEnabled(!busy);
    const bool editable = ProductStore::canChangeContent(stage) && !busy;
    m_regenerate->setEnabled(editable && currentPieceId() > 0);
    m_edit->setEnabled(editable && currentVersionId() > 0);
    const qint64 current = m_pieceModel->rowAt(m_pieces->currentIndex()).piece.currentVersionId;
    m_useVersion->setEnabled(editable && currentVersionId() > 0 && currentVersionId() != current);
    m_editFacts->setEnabled(m_context.actions->whyReadOnly().isEmpty());
    m_duplicate->setEnabled(m_context.actions->whyReadOnly().isEmpty());
    m_editFacts->setToolTip(m_context.actions->whyReadOnly().isEmpty()
            ? tr("Correct the product's facts; content that states them is checked again")
            : m_context.actions->whyReadOnly());
}

void ProductDetailPanel::updateVariants(const ProductFacts& facts)
{
    // How the store lists it, only when customers do not see it ("in the store": the stage above may
    // say Draft too, and means Quorum's work); and which store it came from.
    QStringList listing;
    if (facts.listing.status != u"active") {
        const QString status = facts.listing.status == u"draft" ? tr("Draft in the store")
            : facts.listing.status == u"private"                ? tr("Private in the store")
            : facts.listing.status == u"archived"               ? tr("Archived in the store")
                                                                : facts.listing.status;
        listing.append(u"<span style='color:%1;font-weight:600'>%2</span>"_s.arg(
            Theme::css(Theme::Warning), status.toHtmlEscaped()));
    }
    const QString platform = facts.listing.storePlatform == u"shopify" ? u"Shopify"_s
        : facts.listing.storePlatform == u"woocommerce"                ? u"WooCommerce"_s
                                                                       : facts.listing.storePlatform;
    if (!platform.isEmpty())
        listing.append(u"<span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted),
            (facts.listing.storeId.isEmpty()
                    ? tr("imported from %1", "the store a product was imported from").arg(platform)
                    : tr("imported from %1 (ID %2)", "the store a product was imported from, and its ID there")
                          .arg(platform, facts.listing.storeId))
                .toHtmlEscaped()));
    m_listing->setText(listing.join(u" · "_s));
    m_listing->setVisible(!listing.isEmpty());
    m_listing->setToolTip(facts.listing.status == u"active"
            ? QString()
            : tr("Customers do not see it in the store; publishing keeps it that way"));

    m_variantModel->setFacts(facts);
    m_stockBox->setProduct(m_productId, facts.name);
    m_variantModel->setStoreStock(m_stockBox->storeStock());
    m_variants->setColumnHidden(m_variantModel->column(VariantsModel::Stores), !m_variantModel->hasStoreStock());
    const int rows = m_variantModel->rowCount();
    m_variants->setVisible(rows > 0);
    if (rows == 0)
        return;
    // Up to four rows show whole; more scroll, so that the pieces stay in reach on a laptop screen.
    const int shown = std::min(rows, 4);
    m_variants->setFixedHeight(Tables::heightForRows(m_variants, shown));
}

qint64 ProductDetailPanel::currentPieceId() const
{
    return m_pieces->currentIndex().isValid() ? m_pieces->currentIndex().data(PiecesModel::PieceIdRole).toLongLong()
                                              : 0;
}

qint64 ProductDetailPanel::currentVersionId() const
{
    return m_versions->currentIndex().isValid()
        ? m_versions->currentIndex().data(VersionsModel::VersionIdRole).toLongLong()
        : 0;
}

void ProductDetailPanel::pieceChanged()
{
    m_versionModel->setPiece(currentPieceId());
    if (m_versionModel->rowCount() > 0)
        m_versions->setCurrentIndex(m_versionModel->index(0, 0));
    else
        versionChanged();
}

void ProductDetailPanel::versionChanged()
{
    const VersionsModel::Row row = m_versionModel->rowAt(m_versions->currentIndex());
    const PiecesModel::Row piece = m_pieceModel->rowAt(m_pieces->currentIndex());
    updateHeader();
    if (row.version.id == 0) {
        QString text;
        if (piece.piece.id == 0 || piece.piece.state == ContentStore::PieceState::Pending)
            text = tr("Nothing written yet: run the product and the pipeline writes its content set.");
        else if (!piece.piece.lastError.isEmpty())
            text = piece.piece.lastError;
        else
            text = tr("Nothing written yet (%1).").arg(ContentStore::PieceState::displayName(piece.piece.state));
        m_content->setHtml(u"<p style='color:%1'>%2</p>"_s.arg(Theme::css(Theme::Muted), text.toHtmlEscaped()));
        m_writer->clear();
        m_reviewer->clear();
    } else {
        m_content->setHtml(ContentHtml::content(piece.piece.kind, row.version));
        m_writer->setHtml(ContentHtml::writerSide(row.version, row.verdicts));
        m_reviewer->setHtml(ContentHtml::reviewerSide(row.verdicts, m_context.actions->gateSettings().minScores));
    }
    // The other versions to compare with, newest first; the previous one by default.
    m_compareWith->blockSignals(true);
    m_compareWith->clear();
    int preferred = -1;
    for (int r = 0; r < m_versionModel->rowCount(); ++r) {
        const VersionsModel::Row other = m_versionModel->rowAt(m_versionModel->index(r, 0));
        if (other.version.id == row.version.id)
            continue;
        m_compareWith->addItem(
            tr("v%1 · %2").arg(other.version.versionNo).arg(VersionsModel::verdictText(other)), other.version.id);
        if (preferred < 0 && other.version.versionNo < row.version.versionNo)
            preferred = m_compareWith->count() - 1;
    }
    m_compareWith->setCurrentIndex(preferred >= 0 ? preferred : 0);
    m_compareWith->blockSignals(false);
    updateCompare();
}

void ProductDetailPanel::updateCompare()
{
    const VersionsModel::Row row = m_versionModel->rowAt(m_versions->currentIndex());
    const QString kind = m_pieceModel->rowAt(m_pieces->currentIndex()).piece.kind;
    const qint64 otherId = m_compareWith->currentData().toLongLong();
    const int otherRow = m_versionModel->rowOfVersion(otherId);
    if (row.version.id == 0 || otherRow < 0) {
        m_compareSummary->setText(tr("There is only one version."));
        m_diff->clear();
        return;
    }
    const VersionsModel::Row other = m_versionModel->rowAt(m_versionModel->index(otherRow, 0));
    // Older on the left of the change, newer on the right, whichever was picked first.
    const bool otherIsOlder = other.version.versionNo < row.version.versionNo;
    const ContentStore::Version& older = otherIsOlder ? other.version : row.version;
    const ContentStore::Version& newer = otherIsOlder ? row.version : other.version;
    QString summary;
    m_diff->setHtml(ContentHtml::compare(kind, older, newer, &summary));
    m_compareSummary->setText(summary);
}

void ProductDetailPanel::run()
{
    const auto result = m_context.actions->run({m_productId});
    if (!result.skipped.isEmpty())
        emit message(result.skipped.first().second);
    else
        emit message(tr("Queued: the workers start on it right away."));
    refresh();
}

void ProductDetailPanel::regenerate()
{
    const PiecesModel::Row piece = m_pieceModel->rowAt(m_pieces->currentIndex());
    if (piece.piece.id == 0)
        return;
    auto* dialog = new RegenerateDialog(ContentSpec::displayName(piece.piece.kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 product = m_productId;
    const QString kind = piece.piece.kind;
    connect(dialog, &RegenerateDialog::regenerateRequested, this, [this, product, kind](const QString& instruction) {
        QString error;
        if (m_context.actions->regenerate(product, kind, instruction, &error))
            emit message(tr("%1 is being written again.").arg(ContentSpec::displayName(kind)));
        else
            emit message(error);
        refresh();
    });
    dialog->open();
}

void ProductDetailPanel::edit()
{
    const PiecesModel::Row piece = m_pieceModel->rowAt(m_pieces->currentIndex());
    const VersionsModel::Row row = m_versionModel->rowAt(m_versions->currentIndex());
    if (piece.piece.id == 0 || row.version.id == 0)
        return;
    auto* dialog = new EditPieceDialog(piece.piece.kind, row.version.json(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 pieceId = piece.piece.id;
    connect(dialog, &EditPieceDialog::saveRequested, this, [this, pieceId, dialog](const QJsonObject& body) {
        QString error;
        if (m_context.actions->saveEdit(pieceId, body, &error) > 0) {
            emit message(tr("Your edit is saved as a new version and is being checked."));
            dialog->accept();
            refresh();
        } else {
            dialog->showError(error);
        }
    });
    dialog->open();
}

void ProductDetailPanel::editFacts()
{
    const auto facts = m_context.actions->facts(m_productId);
    if (!facts)
        return;
    auto* dialog = new AddProductDialog(
        m_context.actions, m_context.products->categories(), *facts, m_context.actions->targetMargin(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddProductDialog::factsSaved, this, [this](qint64 id, const QString& summary) {
        emit message(summary);
        refresh();
        emit factsChanged(id);
    });
    dialog->open();
}

void ProductDetailPanel::duplicate()
{
    QString error;
    const qint64 id = m_context.actions->duplicate(m_productId, &error);
    if (id <= 0) {
        emit message(error);
        return;
    }
    emit message(tr("Copied as a new draft."));
    emit duplicated(id);
}

void ProductDetailPanel::useVersion()
{
    const VersionsModel::Row row = m_versionModel->rowAt(m_versions->currentIndex());
    if (row.version.id == 0)
        return;
    QString error;
    if (m_context.actions->restoreVersion(row.version.id, &error) > 0)
        emit message(tr("v%1 is the current version again and is being checked.").arg(row.version.versionNo));
    else
        emit message(error);
    refresh();
}
