#include "ReportsDialog.h"

#include "autopilot/AutopilotActions.h"
#include "widgets/EmptyState.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
enum Column
{
    Period,
    Covers,
    Made,
    By,
    ColumnCount
};
} // namespace

ReportsDialog::ReportsDialog(AutopilotActions* autopilot, QWidget* parent)
    : QDialog(parent)
    , m_autopilot(autopilot)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_daily(new QPushButton(tr("Make yesterday's report"), this))
    , m_weekly(new QPushButton(tr("Make last week's report"), this))
    , m_open(new QPushButton(tr("&Open PDF"), this))
    , m_save(new QPushButton(tr("&Save PDF…"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"reportsDialog"_s);
    setWindowTitle(tr("Reports"));
    auto* intro = new QLabel(tr("Quorum makes a daily and a weekly report on the schedule set in Settings → "
                                "Autopilot and keeps every one here; they are e-mailed as PDFs when an address is "
                                "set."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(u"reportsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Report"), tr("Covers"), tr("Made"), tr("By")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    EmptyState::attach(m_table, tr("No report yet"),
        tr("The first daily report comes the morning after Quorum has run, or make one now."));
    m_daily->setObjectName(u"makeDaily"_s);
    m_weekly->setObjectName(u"makeWeekly"_s);
    m_open->setObjectName(u"openReport"_s);
    m_save->setObjectName(u"saveReport"_s);
    m_note->setObjectName(u"reportsNote"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    auto* make = new QHBoxLayout;
    make->addWidget(m_daily);
    make->addWidget(m_weekly);
    make->addStretch(1);
    make->addWidget(m_open);
    make->addWidget(m_save);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(make);
    layout->addWidget(m_note);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_daily, &QPushButton::clicked, this, &ReportsDialog::makeDaily);
    connect(m_weekly, &QPushButton::clicked, this, &ReportsDialog::makeWeekly);
    connect(m_open, &QPushButton::clicked, this, &ReportsDialog::openSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &ReportsDialog::openSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(u"quorum-report-%1.pdf"_s.arg(selectedId())),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveSelected(path);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(selectedId() > 0);
        m_save->setEnabled(selectedId() > 0);
    });
    connect(m_autopilot, &AutopilotActions::changed, this, &ReportsDialog::load);
    resize(720, 460);
    load();
}

void ReportsDialog::load()
{
    const qint64 selected = selectedId();
    const QList<Reports::Stored> reports = m_autopilot->reports();
    m_table->setRowCount(int(reports.size()));
    for (int row = 0; row < reports.size(); ++row) {
        const Reports::Stored& r = reports.at(row);
        auto* kind = new QTableWidgetItem(r.period == ReportData::Period::Daily ? tr("Daily") : tr("Weekly"));
        kind->setData(Qt::UserRole, r.id);
        m_table->setItem(row, Period, kind);
        m_table->setItem(row, Covers,
            new QTableWidgetItem(r.first == r.last ? QLocale().toString(r.first, QLocale::LongFormat)
                                                   : tr("%1 to %2")
                                                         .arg(QLocale().toString(r.first, QLocale::ShortFormat),
                                                             QLocale().toString(r.last, QLocale::ShortFormat))));
        m_table->setItem(row, Made,
            new QTableWidgetItem(
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAt), QLocale::ShortFormat)));
        m_table->setItem(
            row, By, new QTableWidgetItem(r.createdBy == u"autopilot" ? tr("the autopilot") : r.createdBy));
        if (r.id == selected)
            m_table->selectRow(row);
    }
    if (selectedId() == 0 && !reports.isEmpty())
        m_table->selectRow(0);
    m_open->setEnabled(selectedId() > 0);
    m_save->setEnabled(selectedId() > 0);
    const QString why = m_autopilot->whyNot();
    m_daily->setEnabled(why.isEmpty());
    m_weekly->setEnabled(why.isEmpty());
    m_daily->setToolTip(why);
    m_weekly->setToolTip(why);
}

qint64 ReportsDialog::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem* first = m_table->item(items.first()->row(), Period);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void ReportsDialog::makeDaily()
{
    make(false);
}

void ReportsDialog::makeWeekly()
{
    make(true);
}

void ReportsDialog::make(bool weekly)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Reports::Made made = m_autopilot->makeReport(weekly ? ReportData::Period::Weekly : ReportData::Period::Daily);
    QApplication::restoreOverrideCursor();
    if (!made.error.isEmpty()) {
        m_note->setText(tr("The report could not be made: %1").arg(made.error));
        return;
    }
    load();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Period)->data(Qt::UserRole).toLongLong() == made.id)
            m_table->selectRow(row);
    m_note->setText(made.created ? tr("Made and kept. It is e-mailed if an address is set in Settings → Autopilot.")
                                 : tr("This report was made already; here it is."));
    emit message(m_note->text());
}

void ReportsDialog::openSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(u"quorum-report-%1.pdf"_s.arg(id));
    if (!saveSelected(path))
        return;
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_note->setText(tr("Opened in the PDF viewer."));
    else
        m_note->setText(tr("No PDF viewer opened it; the report is at %1.").arg(QDir::toNativeSeparators(path)));
}

bool ReportsDialog::saveSelected(const QString& path)
{
    const QByteArray pdf = m_autopilot->reportPdf(selectedId());
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        m_note->setText(
            tr("The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_note->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
