#include "CustomersPage.h"

#include "CustomersModel.h"
#include "storesync/CustomerActions.h"
#include "users/Users.h"
#include "widgets/EmptyState.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CustomersPage::CustomersPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_table(Tables::compact(context.customers, this, u"customersTable"_s))
    , m_erase(new QPushButton(tr("Erase personal data…"), this))
    , m_eraseEmail(new QPushButton(tr("Erase by email address…"), this))
    , m_export(new QPushButton(tr("Export orders…"), this))
    , m_personal(new QCheckBox(tr("With names and e-mail addresses"), this))
    , m_segment(new QComboBox(this))
    , m_segmentText(new QLabel(this))
    , m_exportSegment(new QPushButton(tr("Export this segment…"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"customersPage"_s);
    auto* intro = new QLabel(tr("The customers of your stores, as the sync brings them in. When someone asks to be "
                                "forgotten, erase their personal data: their name and email go from every order and "
                                "customer record, the orders stay (without them) so your figures stay right, and the "
                                "next sync does not bring them back. Names and emails never go to an AI provider."),
        this);
    intro->setWordWrap(true);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setClearButtonEnabled(true);
    // The model outlives the dialog: a new page starts unfiltered, as its empty search box says.
    context.customers->setTextFilter({});
    connect(m_search, &QLineEdit::textChanged, context.customers, &CustomersModel::setTextFilter);
    m_segment->setObjectName(u"customerSegment"_s);
    m_segment->setToolTip(tr("Customer Segments groups the customers by how recently, how often and how much they "
                             "bought; churn risk compares the days since their last order with their own rhythm"));
    m_segmentText->setObjectName(u"segmentText"_s);
    m_segmentText->setWordWrap(true);
    m_segmentText->setProperty("role", u"subtitle"_s);
    m_exportSegment->setObjectName(u"exportSegment"_s);
    context.customers->setSegmentFilter({});
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CustomersModel::Email, QHeaderView::Stretch);
    for (const int column : {CustomersModel::Country, CustomersModel::Orders, CustomersModel::LastOrder})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(CustomersModel::Name, 120);
    m_table->setColumnWidth(CustomersModel::Store, 110);
    m_table->setColumnWidth(CustomersModel::Segment, 110);
    m_table->setColumnWidth(CustomersModel::ChurnRisk, 100);
    EmptyState::attach(
        m_table, tr("No customers"), tr("Customers appear here once a connected store has been synced."));
    m_erase->setObjectName(u"eraseCustomer"_s);
    m_eraseEmail->setObjectName(u"eraseByEmail"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    m_export->setObjectName(u"exportOrders"_s);
    m_export->setToolTip(tr("Every order as a CSV file; customers appear as pseudonyms unless the box is ticked"));
    m_personal->setObjectName(u"exportPersonal"_s);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_personal);
    exportRow->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_eraseEmail);
    buttons->addWidget(m_erase);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_segment);
    layout->addLayout(filters);
    auto* segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segmentText, 1);
    segmentRow->addWidget(m_exportSegment);
    layout->addLayout(segmentRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(exportRow);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateState);
    connect(context.customers, &QAbstractItemModel::modelReset, this, &CustomersPage::updateState);
    connect(context.user, &UserSession::changed, this, &CustomersPage::updateState);
    connect(m_erase, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QString who = rows.first().siblingAtColumn(CustomersModel::Email).data().toString();
        confirm(tr("Erase %1?").arg(who),
            tr("Their name and email are removed from every order and customer record in this workspace. The orders "
               "stay, without them. This cannot be undone; it does not delete anything in your stores."),
            [this] { eraseSelected(); });
    });
    connect(m_eraseEmail, &QPushButton::clicked, this, [this] {
        auto* ask = new QInputDialog(this);
        ask->setObjectName(u"eraseEmailDialog"_s);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Erase by email address"));
        ask->setLabelText(tr("Everyone with this email address is erased: customers of every store, guest orders "
                             "and orders imported from an export."));
        ask->setTextValue(m_search->text().contains(u'@') ? m_search->text().trimmed() : QString());
        connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& email) {
            confirm(tr("Erase %1?").arg(email.trimmed()),
                tr("Their name and email are removed from every order and customer record in this workspace. The "
                   "orders stay, without them. This cannot be undone; it does not delete anything in your stores."),
                [this, email] { eraseEmail(email); });
        });
        ask->open();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto* files = new QFileDialog(this, tr("Export orders"), QString(), tr("CSV files (*.csv)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(u"csv"_s);
        files->selectFile(m_personal->isChecked() ? u"orders-with-personal-data.csv"_s : u"orders.csv"_s);
        connect(files, &QFileDialog::fileSelected, this, &CustomersPage::exportOrders);
        files->open();
    });
    connect(m_personal, &QCheckBox::toggled, this, &CustomersPage::updateState);
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        m_context.customers->setSegmentFilter(m_segment->currentData().toString());
        showSegment();
        updateState();
    });
    connect(m_exportSegment, &QPushButton::clicked, this, [this] {
        const QString key = m_segment->currentData().toString();
        auto* files = new QFileDialog(this, tr("Export customers"), QString(), tr("CSV files (*.csv)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(u"csv"_s);
        files->selectFile(key.isEmpty() ? u"customers.csv"_s : u"customers-%1.csv"_s.arg(key));
        connect(files, &QFileDialog::fileSelected, this, &CustomersPage::exportSegment);
        files->open();
    });
    refreshSegments();
    updateState();
}

void CustomersPage::refreshSegments()
{
    const QString current = m_segment->currentData().toString();
    m_sizes = m_context.customers->segmentSizes();
    const QSignalBlocker block(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("All segments"), QString());
    for (const QString& key : SegmentsAgent::segmentKeys()) {
        int customers = 0;
        for (const SegmentsAgent::Size& s : std::as_const(m_sizes))
            customers += s.segment == key ? s.customers : 0;
        if (customers > 0)
            m_segment->addItem(u"%1 (%2)"_s.arg(CustomersModel::segmentLabel(key), QLocale().toString(customers)), key);
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(current)));
    m_context.customers->setSegmentFilter(m_segment->currentData().toString());
    showSegment();
}

void CustomersPage::showSegment()
{
    const QString key = m_segment->currentData().toString();
    if (m_sizes.isEmpty()) {
        m_segmentText->setText(
            tr("No segments yet: Customer Segments groups the customers once a store's orders are synced."));
        return;
    }
    QStringList parts;
    if (key.isEmpty()) {
        // Every segment: how many each; the money for the one chosen.
        QHash<QString, int> customers;
        for (const SegmentsAgent::Size& s : std::as_const(m_sizes))
            customers[s.segment] += s.customers;
        for (const QString& k : SegmentsAgent::segmentKeys())
            if (customers.value(k) > 0)
                parts.append(u"%1 %2"_s.arg(CustomersModel::segmentLabel(k), QLocale().toString(customers.value(k))));
        m_segmentText->setText(parts.join(u" · "_s) + u". "_s
            + tr("Choose a segment for what its customers spent and how many may leave."));
        return;
    }
    for (const SegmentsAgent::Size& s : std::as_const(m_sizes))
        if (s.segment == key)
            parts.append(CustomersModel::sizeText(s));
    m_segmentText->setText(parts.join(u"; "_s) + u"."_s);
}

void CustomersPage::exportSegment(const QString& path)
{
    const QString key = m_segment->currentData().toString();
    QString error;
    const auto handle = m_context.customerActions->exportSegment(
        path, key, this,
        [this, path](const OrdersCsv::Result& r) {
            exportDone(!r.error.isEmpty() ? tr("Export failed: %1").arg(r.error)
                                          : tr("%n customer(s) exported to %1, with names and e-mail addresses.",
                                              nullptr, static_cast<int>(r.rows))
                                                .arg(QFileInfo(path).fileName()));
        },
        &error);
    exportStarted(handle != nullptr, error, tr("Exporting customers…"));
}

void CustomersPage::exportOrders(const QString& path)
{
    const bool personal = m_personal->isChecked();
    QString error;
    const auto handle = m_context.customerActions->exportOrders(
        path, personal, this,
        [this](qint64 done, qint64 total) {
            m_note->setText(tr("Exporting orders: %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
        },
        [this, path, personal](const OrdersCsv::Result& r) {
            const int rows = static_cast<int>(r.rows);
            const QString file = QFileInfo(path).fileName();
            exportDone(!r.error.isEmpty() ? tr("Export failed: %1").arg(r.error)
                    : personal
                    ? tr("%n order(s) exported to %1, with names and e-mail addresses.", nullptr, rows).arg(file)
                    : tr("%n order(s) exported to %1, without personal data (customers as pseudonyms).", nullptr, rows)
                          .arg(file));
        },
        &error);
    exportStarted(handle != nullptr, error, tr("Exporting orders…"));
}

void CustomersPage::exportStarted(bool started, const QString& error, const QString& busy)
{
    if (!started) {
        m_note->setText(error);
        emit message(error);
        return;
    }
    m_exporting = true;
    updateState();
    m_note->setText(busy);
}

void CustomersPage::exportDone(const QString& text)
{
    m_exporting = false;
    updateState();
    m_note->setText(text);
    emit message(text);
}

void CustomersPage::confirm(const QString& title, const QString& text, const std::function<void()>& onYes)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(u"confirmErase"_s);
    QPushButton* erase = box->addButton(tr("Erase"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(erase, &QPushButton::clicked, this, onYes);
    box->open();
}

bool CustomersPage::eraseSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    CustomerPrivacy::Erased erased;
    QString error;
    const bool ok
        = m_context.customerActions->eraseCustomer(rows.first().data(ModelRoles::IdRole).toLongLong(), &erased, &error);
    report(ok, erased.customers, erased.orders, error);
    return ok;
}

bool CustomersPage::eraseEmail(const QString& email)
{
    CustomerPrivacy::Erased erased;
    QString error;
    const bool ok = m_context.customerActions->eraseEmail(email, &erased, &error);
    report(ok, erased.customers, erased.orders, error);
    return ok;
}

void CustomersPage::report(bool ok, int customers, int orders, const QString& error)
{
    if (!ok) {
        m_note->setText(error);
        emit message(error);
        return;
    }
    m_context.customers->refresh();
    const QString text = tr("Erased: %n customer record(s)", nullptr, customers) + u", "_s
        + tr("%n order(s) anonymised.", nullptr, orders);
    m_note->setText(text);
    emit message(text);
}

void CustomersPage::updateState()
{
    const QString why = m_context.customerActions->whyNot();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool erasable = !rows.isEmpty() && !rows.first().data(CustomersModel::ErasedRole).toBool();
    m_erase->setEnabled(why.isEmpty() && erasable);
    m_eraseEmail->setEnabled(why.isEmpty());
    m_erase->setToolTip(why);
    m_eraseEmail->setToolTip(why);
    const QString whyPersonal = m_context.customerActions->whyNotPersonalExport();
    m_personal->setEnabled(whyPersonal.isEmpty() && !m_exporting);
    m_personal->setToolTip(whyPersonal);
    if (!whyPersonal.isEmpty())
        m_personal->setChecked(false);
    m_export->setEnabled(!m_exporting);
    m_exportSegment->setEnabled(whyPersonal.isEmpty() && !m_exporting && !m_sizes.isEmpty());
    m_exportSegment->setToolTip(whyPersonal.isEmpty()
            ? tr("The shown segment's customers with their e-mail addresses, as a CSV file for an e-mail tool or an "
                 "ad platform's customer list (erased customers and those without an address are left out)")
            : whyPersonal);
    if (!why.isEmpty())
        m_note->setText(why);
}
