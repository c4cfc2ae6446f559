#include "SuppliersPage.h"

#include "SuppliersModel.h"
#include "shopagents/SupplierActions.h"
#include "widgets/CsvImport.h"
#include "widgets/Tables.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SuppliersPage::SuppliersPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QLabel(this))
    , m_note(new QLabel(this))
    , m_import(new QPushButton(tr("Import supplier list…"), this))
    , m_table(Tables::compact(context.supplierList, this, u"supplierTable"_s))
{
    setObjectName(u"suppliersPage"_s);
    auto* intro = new QLabel(tr("The Supplier vetting agent compares each supplier in this list that quotes for a "
                                "SKU you buy elsewhere with the supplier you buy it from today, on cost, lead time, "
                                "defects and rating. When the new one scores clearly better it proposes adding it; a "
                                "new supplier always waits for you. Approving marks it current for those SKUs here; "
                                "ordering from it is up to you."),
        this);
    intro->setWordWrap(true);
    auto* format = new QLabel(tr("A CSV with the columns supplier, sku, unit cost and lead time (days); defect rate "
                                 "(%), rating (0 to 5), country, min order, currency, supplier id and current (yes "
                                 "for who supplies the SKU today) are optional. Importing a list again replaces the "
                                 "rows it names."),
        this);
    format->setWordWrap(true);
    format->setProperty("role", u"subtitle"_s);
    m_list->setObjectName(u"supplierList"_s);
    m_list->setWordWrap(true);
    m_note->setObjectName(u"suppliersNote"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    m_import->setObjectName(u"importSuppliers"_s);
    m_table->horizontalHeader()->setSectionResizeMode(SuppliersModel::Supplier, QHeaderView::Stretch);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_list, 1);
    importRow->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(format);
    layout->addLayout(importRow);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_import, &QPushButton::clicked, this, &SuppliersPage::chooseList);
    load();
}

void SuppliersPage::showEvent(QShowEvent* event)
{
    load(); // an approval may have marked a supplier current since
    QWidget::showEvent(event);
}

void SuppliersPage::load()
{
    SupplierActions* suppliers = m_context.suppliers;
    const QString why = suppliers->whyNot();
    m_import->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        m_note->setText(why);
    m_context.supplierList->reload();
    const Suppliers::ListState list = suppliers->list();
    if (list.quotes == 0) {
        m_list->setText(tr("No supplier list yet."));
        return;
    }
    QString text = tr("%1 for %2, imported %3.")
                       .arg(tr("%n supplier(s)", nullptr, list.suppliers), tr("%n SKU(s)", nullptr, list.skus),
                           QLocale().toString(QDateTime::fromMSecsSinceEpoch(list.importedAt), QLocale::ShortFormat));
    if (list.withoutCurrent > 0)
        text += u" "_s
            + tr("%n SKU(s) have no current supplier: nothing is compared for them.", nullptr, list.withoutCurrent);
    m_list->setText(text);
}

void SuppliersPage::chooseList()
{
    CsvImport::choose(this, tr("Import a supplier list"), tr("Supplier lists (*.csv *.tsv *.txt)"), u"supplierFiles"_s,
        [this](const QString& path) { importList(path); });
}

void SuppliersPage::importList(const QString& path)
{
    const SupplierActions::Import result = m_context.suppliers->importList(path);
    load();
    if (!result.ok)
        m_note->setText(result.summary);
    else if (result.agentPaused)
        m_note->setText(tr("%1 The Supplier vetting agent is paused: it compares the list when it is resumed.")
                            .arg(result.summary));
    else
        m_note->setText(tr("%1 The Supplier vetting agent looks at it now.").arg(result.summary));
    emit message(m_note->text());
    if (QMessageBox* box = CsvImport::showResult(this, result.ok,
            result.ok ? tr("Supplier list imported, with rows left out") : tr("Supplier list not imported"),
            result.summary, result.problems, u"supplierImportResult"_s))
        m_lastBox = box;
}
