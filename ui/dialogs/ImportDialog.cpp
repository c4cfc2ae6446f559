#include "ImportDialog.h"

#include "ImportPreviewModel.h"
#include "Theme.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductFacts.h"
#include "storage/Sql.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(
    PipelineActions* actions, const QSqlDatabase& db, const QString& defaultCurrency, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_db(db)
    , m_path(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_items(new ImportPreviewModel(this))
    , m_issues(new ImportIssuesModel(this))
    , m_run(new QCheckBox(tr("Write the listings of the new products now"), this))
    , m_import(nullptr)
    , m_watcher(new QFutureWatcher<CatalogImport::Preview>(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import products"));
    auto* intro = new QLabel(tr("Choose the product export of your Shopify or WooCommerce store (CSV). Quorum shows "
                                "what it found before anything is added; products already in the workspace are "
                                "matched by SKU or handle, so importing the same file again adds nothing."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("role", u"subtitle"_s);
    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("products_export.csv"));
    m_path->setReadOnly(true);
    auto* choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(u"importChoose"_s);
    m_currency->addItems(ProductFacts::knownCurrencies());
    m_currency->setCurrentText(defaultCurrency);
    m_currency->setToolTip(tr("Store exports do not say their currency; prices are read in this one."));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_error->setObjectName(u"importError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->hide();
    m_itemsView = Tables::compact(m_items, this, u"importItems"_s);
    m_itemsView->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Name, QHeaderView::Stretch);
    m_itemsView->setColumnWidth(ImportPreviewModel::Line, 50);
    m_itemsView->setColumnWidth(ImportPreviewModel::Action, 90);
    m_issuesView = Tables::compact(m_issues, this, u"importIssues"_s);
    m_issuesView->setWordWrap(true);
    m_issuesView->horizontalHeader()->setSectionResizeMode(ImportIssuesModel::Reason, QHeaderView::Stretch);
    m_issuesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issuesView->setColumnWidth(ImportIssuesModel::Line, 50);
    m_issuesView->setColumnWidth(ImportIssuesModel::Result, 150);
    m_tabs->addTab(m_itemsView, tr("Products"));
    m_tabs->addTab(m_issuesView, tr("Problems"));
    m_run->setObjectName(u"importRun"_s);
    m_run->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::doImport);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ImportDialog::read);
    connect(m_watcher, &QFutureWatcher<CatalogImport::Preview>::finished, this, &ImportDialog::showPreview);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(new QLabel(tr("Currency"), this));
    fileRow->addWidget(m_currency);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_run);
    layout->addWidget(buttons);
    resize(900, 620);
    choose->setFocus();
}

ImportDialog::~ImportDialog()
{
    // The reader owns nothing of ours; let it finish before its watcher goes.
    m_watcher->waitForFinished();
}

bool ImportDialog::isReading() const
{
    return m_watcher->isRunning();
}

void ImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a product export"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("CSV files (*.csv *.txt)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
    dialog->open();
}

void ImportDialog::setFile(const QString& path)
{
    m_path->setText(path);
    read();
}

void ImportDialog::read()
{
    const QString path = m_path->text();
    if (path.isEmpty() || m_watcher->isRunning())
        return;
    m_import->setEnabled(false);
    m_error->hide();
    m_busy->show();
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    CatalogImport::Options options;
    options.currency = m_currency->currentText();
    m_watcher->setFuture(QtConcurrent::run([path, options] { return CatalogImport::readFile(path, options); }));
}

void ImportDialog::showPreview()
{
    m_busy->hide();
    m_preview = m_watcher->result();
    if (!m_preview.fatal.isEmpty()) {
        m_summary->clear();
        m_error->setText(m_preview.fatal);
        m_error->show();
        m_items->setPreview({});
        m_issues->setIssues({});
        emit previewReady();
        return;
    }
    // Matching reads this workspace; it runs here, on the connection of this thread.
    try {
        CatalogImport::match(m_db, &m_preview);
    } catch (const SqlError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    m_items->setPreview(m_preview);
    m_issues->setIssues(m_preview.issues);
    const int created = m_preview.count(CatalogImport::Action::Create);
    const int updated = m_preview.count(CatalogImport::Action::Update);
    const int unchanged = m_preview.count(CatalogImport::Action::Unchanged);
    QString summary = tr("<b>%1</b> · %n data row(s) read", nullptr, m_preview.rows)
                          .arg(CatalogImport::formatName(m_preview.format).toHtmlEscaped());
    summary += u" · "_s + tr("%1 new, %2 to update, %3 unchanged").arg(created).arg(updated).arg(unchanged);
    if (!m_preview.issues.isEmpty())
        summary += u" · <span style='color:%1'>"_s.arg(Theme::css(Theme::Danger))
            + tr("%n row(s) not imported", nullptr, m_preview.skippedRows()) + u"</span>"_s;
    for (const QString& w : std::as_const(m_preview.warnings))
        summary += u"<br><span style='color:%1'>"_s.arg(Theme::css(Theme::Warning)) + w.toHtmlEscaped() + u"</span>"_s;
    m_summary->setText(summary);
    m_tabs->setTabText(0, tr("Products (%1)").arg(m_preview.items.size()));
    m_tabs->setTabText(1, tr("Problems (%1)").arg(m_preview.issues.size()));
    if (m_preview.items.isEmpty() && !m_preview.issues.isEmpty())
        m_tabs->setCurrentIndex(1);
    m_import->setEnabled(created + updated > 0);
    m_import->setText(created + updated > 0 ? tr("Import %n product(s)", nullptr, created + updated) : tr("Import"));
    emit previewReady();
}

void ImportDialog::doImport()
{
    QString error;
    const CatalogImport::Result result = m_actions->import(m_preview, m_run->isChecked(), &error);
    if (!error.isEmpty()) {
        m_error->setText(tr("Nothing was imported: %1").arg(error));
        m_error->show();
        return;
    }
    emit imported(static_cast<int>(result.created.size()), static_cast<int>(result.updated.size()), result.unchanged,
        m_run->isChecked());
    accept();
}
