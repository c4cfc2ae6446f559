#include "SiteDetailDialog.h"

#include "SitePreviewDialog.h"
#include "SiteUnitsModel.h"
#include "SitesModel.h"
#include "Theme.h"
#include "sites/SiteActions.h"
#include "sites/SiteStore.h"
#include "widgets/Tables.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SiteDetailDialog::SiteDetailDialog(const UiContext& context, qint64 siteId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_siteId(siteId)
    , m_stage(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_parts(Tables::compact(context.siteUnits, this, u"siteParts"_s))
    , m_instruction(new QLineEdit(this))
    , m_regenerate(new QPushButton(tr("Write again"), this))
    , m_lock(new QPushButton(tr("Lock"), this))
    , m_runAgain(new QPushButton(tr("Run the chain again"), this))
    , m_open(new QPushButton(tr("Open page"), this))
    , m_preview(new QPushButton(tr("Preview…"), this))
{
    setObjectName(u"siteDetailDialog"_s);
    m_stage->setObjectName(u"siteStage"_s);
    m_stage->setWordWrap(true);
    m_problems->setObjectName(u"siteProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: %1;"_s.arg(Theme::Danger.name()));

    m_context.siteUnits->setSite(siteId);
    m_parts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parts->horizontalHeader()->setSectionResizeMode(SiteUnitsModel::Problem, QHeaderView::Stretch);
    m_parts->horizontalHeader()->setSectionResizeMode(SiteUnitsModel::Part, QHeaderView::ResizeToContents);
    m_parts->horizontalHeader()->setSectionResizeMode(SiteUnitsModel::State, QHeaderView::ResizeToContents);

    m_instruction->setObjectName(u"siteInstruction"_s);
    m_instruction->setPlaceholderText(tr("Instruction for the selected part, e.g. “shorter; mention the gift box”"));
    m_instruction->setClearButtonEnabled(true);
    m_regenerate->setObjectName(u"siteRegenerate"_s);
    m_regenerate->setToolTip(tr("Writes only the selected part again, with your instruction; the other parts stay."));
    m_lock->setObjectName(u"siteLock"_s);
    m_lock->setToolTip(tr("A locked part is never written again until you unlock it."));
    m_runAgain->setObjectName(u"siteRunAgain"_s);
    m_open->setObjectName(u"siteOpen"_s);

    auto* row = new QHBoxLayout;
    row->addWidget(m_instruction, 1);
    row->addWidget(m_regenerate);
    row->addWidget(m_lock);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_preview->setObjectName(u"sitePreview"_s);
    m_preview->setToolTip(tr("The page at a phone's, a tablet's and a desktop's width; compare two versions"));
    connect(m_preview, &QPushButton::clicked, this, [this] {
        auto* preview = new SitePreviewDialog(m_context, m_siteId, this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_problems);
    layout->addWidget(m_parts, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_regenerate, &QPushButton::clicked, this, &SiteDetailDialog::regenerateCurrent);
    connect(m_instruction, &QLineEdit::returnPressed, this, &SiteDetailDialog::regenerateCurrent);
    connect(m_lock, &QPushButton::clicked, this, &SiteDetailDialog::toggleLock);
    connect(m_runAgain, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_context.siteActions->resume(m_siteId, &error))
            emit message(tr("The site's chain runs again from where it stopped."));
        else
            emit message(error);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const SitesModel::Site site = m_context.sites->siteById(m_siteId);
        if (QFileInfo::exists(site.htmlPath))
            QDesktopServices::openUrl(QUrl::fromLocalFile(site.htmlPath));
    });
    connect(m_parts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SiteDetailDialog::updateButtons);
    // The sites model reloads on every change of a site: the parts follow it.
    connect(m_context.sites, &SitesModel::reloaded, this, &SiteDetailDialog::refresh);
    refresh();
    resize(860, 520);
}

qint64 SiteDetailDialog::currentUnit() const
{
    return m_context.siteUnits->unitAt(m_parts->currentIndex().row()).id;
}

void SiteDetailDialog::refresh()
{
    const int row = m_parts->currentIndex().row();
    m_context.siteUnits->setSite(m_siteId);
    if (row >= 0 && row < m_context.siteUnits->rowCount())
        m_parts->setCurrentIndex(m_context.siteUnits->index(row, 0));
    const SitesModel::Site site = m_context.sites->siteById(m_siteId);
    setWindowTitle(tr("Site: %1").arg(site.name));
    QString stage = SiteStore::Stage::displayName(site.stage);
    if (site.pageVersion > 0)
        stage = tr("%1 · page version %2").arg(stage).arg(site.pageVersion);
    if (!site.lastError.isEmpty())
        stage += u"\n"_s + site.lastError;
    m_stage->setText(stage);
    m_problems->setVisible(!site.problems.isEmpty());
    m_problems->setText(site.problems.join(u'\n'));
    m_runAgain->setVisible(site.stage == SiteStore::Stage::NeedsReview || site.stage == SiteStore::Stage::Failed);
    m_open->setEnabled(QFileInfo::exists(site.htmlPath));
    m_preview->setEnabled(site.pageVersion > 0);
    updateButtons();
}

void SiteDetailDialog::updateButtons()
{
    const SiteUnitRow unit = m_context.siteUnits->unitAt(m_parts->currentIndex().row());
    const bool may = m_context.siteActions->whyNot().isEmpty();
    m_regenerate->setEnabled(may && unit.id > 0 && !unit.locked);
    m_lock->setEnabled(may && unit.id > 0 && (unit.locked || unit.accepted));
    m_lock->setText(unit.locked ? tr("Unlock") : tr("Lock"));
    m_runAgain->setEnabled(may);
}

bool SiteDetailDialog::regenerateCurrent()
{
    QString error;
    if (!m_context.siteActions->regenerate(currentUnit(), m_instruction->text(), &error)) {
        emit message(error);
        return false;
    }
    emit message(tr("Writing the part again; the others stay as they are."));
    m_instruction->clear();
    return true;
}

bool SiteDetailDialog::toggleLock()
{
    const SiteUnitRow unit = m_context.siteUnits->unitAt(m_parts->currentIndex().row());
    QString error;
    if (!m_context.siteActions->setLocked(unit.id, !unit.locked, &error)) {
        emit message(error);
        return false;
    }
    return true;
}
