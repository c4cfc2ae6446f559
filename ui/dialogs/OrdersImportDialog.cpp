#include "OrdersImportDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OrdersImportDialog::OrdersImportDialog(OrdersImportActions* actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_issues(new QPlainTextEdit(this))
    , m_stop(nullptr)
{
    setObjectName(u"ordersImportDialog"_s);
    setWindowTitle(tr("Import orders from Shopify"));
    auto* intro = new QLabel(tr("Choose an orders export of your Shopify store (Orders › Export, CSV). Its orders "
                                "count in the dashboard's revenue and profit. Importing the same file again changes "
                                "nothing; a later export updates the orders it holds (refunds since, for example)."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("role", u"subtitle"_s);
    m_path->setObjectName(u"ordersImportPath"_s);
    m_path->setPlaceholderText(tr("orders_export.csv"));
    m_path->setReadOnly(true);
    m_choose->setObjectName(u"ordersImportChoose"_s);
    m_progress->setObjectName(u"ordersImportProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_result->setObjectName(u"ordersImportResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(u"ordersImportIssues"_s);
    m_issues->setReadOnly(true);
    m_issues->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_issues->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_stop = buttons->addButton(tr("Stop import"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(u"ordersImportStop"_s);
    m_stop->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_actions->cancel();
    });
    connect(m_choose, &QPushButton::clicked, this, &OrdersImportDialog::chooseFile);
    connect(m_actions, &OrdersImportActions::progress, this, &OrdersImportDialog::showProgress);
    connect(m_actions, &OrdersImportActions::imported, this, &OrdersImportDialog::showOutcome);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_issues, 1);
    layout->addStretch(); // takes the room while there are no problems to list
    layout->addWidget(buttons);
    resize(640, 360);

    if (const QString why = m_actions->whyNot(); !why.isEmpty()) {
        m_result->setText(why);
        m_choose->setEnabled(false);
    } else if (m_actions->isBusy()) {
        m_result->setText(tr("An orders import is still running; wait for it to finish first."));
        m_choose->setEnabled(false);
    }
}

OrdersImportDialog::~OrdersImportDialog() = default;

OrdersImportDialog* OrdersImportDialog::start(OrdersImportActions* actions, QWidget* parent)
{
    auto* dialog = new OrdersImportDialog(actions, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (dialog->m_choose->isEnabled())
        dialog->chooseFile();
    return dialog;
}

QString OrdersImportDialog::resultText() const
{
    return m_result->text();
}

void OrdersImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a Shopify orders export"));
    dialog->setObjectName(u"ordersImportFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("CSV files (*.csv *.txt)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &OrdersImportDialog::setFile);
    dialog->open();
}

void OrdersImportDialog::setFile(const QString& path)
{
    if (path.isEmpty() || m_working || m_actions->isBusy())
        return;
    m_path->setText(path);
    m_result->clear();
    m_result->setStyleSheet({});
    m_issues->clear();
    m_issues->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setWorking(true);
    m_actions->import(path);
}

void OrdersImportDialog::setWorking(bool working)
{
    m_working = working;
    m_choose->setEnabled(!working);
    m_progress->setVisible(working);
    m_stop->setVisible(working);
    m_stop->setEnabled(true);
}

void OrdersImportDialog::showProgress(OrdersImportActions::Phase phase, qint64 done, qint64 total)
{
    if (!m_working)
        return;
    const QLocale locale;
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    if (phase == OrdersImportActions::Phase::Reading)
        m_progress->setFormat(tr("Reading %1 · %p%").arg(QFileInfo(m_path->text()).fileName()));
    else
        m_progress->setFormat(tr("Writing orders: %1 of %2").arg(locale.toString(done), locale.toString(total)));
}

void OrdersImportDialog::showOutcome(const OrdersImportActions::Outcome& outcome)
{
    if (!m_working)
        return;
    setWorking(false);
    m_result->setText(outcome.summary);
    if (!outcome.ok)
        m_result->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    if (!outcome.issues.isEmpty() || !outcome.warnings.isEmpty()) {
        QStringList lines = outcome.warnings;
        for (const OrdersExport::Issue& i : outcome.issues)
            lines.append(i.order.isEmpty()
                    ? tr("Line %1: %2").arg(QString::number(i.line), i.reason)
                    : tr("Line %1, order %2: %3").arg(QString::number(i.line), i.order, i.reason));
        m_issues->setPlainText(lines.join(u'\n'));
        m_issues->show();
    }
    emit importFinished(outcome);
}
