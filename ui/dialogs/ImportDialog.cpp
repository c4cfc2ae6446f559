#include "ImportDialog.h"

#include "ImportPreviewModel.h"
#include "Theme.h"
#include "pipeline/ProductFacts.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(CatalogActions* catalog, const QString& defaultCurrency, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_currency(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_items(new ImportPreviewModel(this))
    , m_issues(new ImportIssuesModel(this))
    , m_run(new QCheckBox(tr("Write the listings of the new products now"), this))
    , m_import(nullptr)
    , m_cancel(nullptr)
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
    m_choose->setObjectName(u"importChoose"_s);
    m_currency->addItems(ProductFacts::knownCurrencies());
    m_currency->setCurrentText(defaultCurrency);
    m_currency->setToolTip(tr("Store exports do not say their currency; prices are read in this one."));
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_error->setObjectName(u"importError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
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
    m_issuesView->setColumnWidth(ImportIssuesModel::Result, 170);
    m_tabs->addTab(m_itemsView, tr("Products"));
    m_tabs->addTab(m_issuesView, tr("Problems"));
    m_run->setObjectName(u"importRun"_s);
    m_run->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    m_cancel = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"importCancel"_s);
    m_cancel->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::doImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ImportDialog::read);
    connect(m_catalog, &CatalogActions::progress, this, &ImportDialog::showProgress);
    connect(m_catalog, &CatalogActions::previewReady, this, &ImportDialog::showPreview);
    connect(
        m_catalog, &CatalogActions::imported, this, [this](const CatalogImport::Result&, bool, const QString& error) {
            if (!m_writing)
                return;
            m_writing = false;
            setWorking(false);
            if (error.isEmpty()) {
                accept();
                return;
            }
            m_error->setText(error);
            m_error->show();
        });

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(new QLabel(tr("Currency"), this));
    fileRow->addWidget(m_currency);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_run);
    layout->addWidget(buttons);
    resize(900, 620);
    m_choose->setFocus();
}

ImportDialog::~ImportDialog()
{
    // Reading has no effect yet: it is abandoned. Writing goes on in the background (the window shows
    // its progress) and never blocks this dialog's closing.
    if (m_reading)
        m_catalog->cancel();
    // A preview of 100,000 products is a million small strings: they are freed on a pool thread, so
    // closing the dialog does not hold the window up.
    m_items->setPreview({});
    m_issues->setIssues({});
    (void)QtConcurrent::run([preview = std::move(m_preview)]() mutable { preview = {}; });
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
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

void ImportDialog::setWorking(bool working)
{
    m_choose->setEnabled(!working);
    m_currency->setEnabled(!working);
    m_run->setEnabled(!working);
    m_progress->setVisible(working);
    m_cancel->setVisible(working);
    m_cancel->setEnabled(true);
    if (working)
        m_import->setEnabled(false);
}

void ImportDialog::read()
{
    const QString path = m_path->text();
    if (path.isEmpty() || m_catalog->isBusy())
        return;
    m_error->hide();
    m_reading = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setWorking(true);
    m_cancel->setText(tr("Stop reading"));
    m_summary->clear();
    CatalogImport::Options options;
    options.currency = m_currency->currentText();
    m_catalog->read(path, options);
}

void ImportDialog::showProgress(CatalogActions::Phase phase, qint64 done, qint64 total)
{
    if (!m_reading && !m_writing)
        return;
    const QLocale locale;
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    switch (phase) {
    case CatalogActions::Phase::Reading:
        m_progress->setFormat(tr("Reading %1 · %p%").arg(QFileInfo(m_path->text()).fileName()));
        break;
    case CatalogActions::Phase::Matching:
        m_progress->setFormat(
            tr("Comparing with the workspace: %1 of %2").arg(locale.toString(done), locale.toString(total)));
        break;
    case CatalogActions::Phase::Writing:
        m_progress->setFormat(tr("Writing products: %1 of %2").arg(locale.toString(done), locale.toString(total)));
        break;
    case CatalogActions::Phase::Queuing:
        m_progress->setFormat(
            tr("Queuing the new products for writing: %1 of %2").arg(locale.toString(done), locale.toString(total)));
        break;
    }
}

void ImportDialog::showPreview(const CatalogImport::Preview& preview)
{
    if (!m_reading)
        return;
    m_reading = false;
    setWorking(false);
    m_preview = preview;
    if (!m_preview.fatal.isEmpty()) {
        m_summary->clear();
        m_error->setText(m_preview.fatal);
        m_error->show();
        m_items->setPreview({});
        m_issues->setIssues({});
        emit previewReady();
        return;
    }
    m_items->setPreview(m_preview);
    m_issues->setIssues(m_preview.issues);
    const QLocale locale;
    const int created = m_preview.count(CatalogImport::Action::Create);
    const int updated = m_preview.count(CatalogImport::Action::Update);
    const int unchanged = m_preview.count(CatalogImport::Action::Unchanged);
    QString summary = u"<b>%1</b> · "_s.arg(CatalogImport::formatName(m_preview.format).toHtmlEscaped())
        + tr("%n data row(s) read", nullptr, m_preview.rows);
    summary += u" · "_s
        + tr("%1 new, %2 to update, %3 unchanged")
              .arg(locale.toString(created), locale.toString(updated), locale.toString(unchanged));
    if (m_preview.skippedRows() > 0)
        summary += u" · <span style='color:%1'>%2</span>"_s.arg(
            Theme::css(Theme::Danger), tr("%n row(s) not imported", nullptr, m_preview.skippedRows()));
    if (m_preview.cutOff())
        summary += u"<br><span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Danger),
            tr("The file is cut off: lines %1 to %2 were not read (see Problems).")
                .arg(m_preview.cutOffLine)
                .arg(m_preview.lastLine)
                .toHtmlEscaped());
    for (const QString& w : std::as_const(m_preview.warnings))
        summary += u"<br><span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::WarningText), w.toHtmlEscaped());
    m_summary->setText(summary);
    m_tabs->setTabText(0, tr("Products (%1)").arg(locale.toString(m_preview.items.size())));
    m_tabs->setTabText(1, tr("Problems (%1)").arg(locale.toString(m_preview.issues.size())));
    if (m_preview.items.isEmpty() && !m_preview.issues.isEmpty())
        m_tabs->setCurrentIndex(1);
    m_import->setEnabled(created + updated > 0 && m_catalog->whyNot().isEmpty());
    m_import->setToolTip(m_catalog->whyNot());
    m_import->setText(created + updated > 0 ? tr("Import %n product(s)", nullptr, created + updated) : tr("Import"));
    emit previewReady();
}

void ImportDialog::doImport()
{
    if (m_catalog->isBusy())
        return;
    m_error->hide();
    m_writing = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Writing products…"));
    setWorking(true);
    m_cancel->setText(tr("Cancel import"));
    m_catalog->import(m_preview, m_run->isChecked());
}

void ImportDialog::cancelWork()
{
    m_catalog->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(m_writing ? tr("Stopping after the current batch…") : tr("Stopping…"));
}
