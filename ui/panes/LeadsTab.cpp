#include "LeadsTab.h"

#include "LeadsModel.h"
#include "dialogs/LeadsImportDialog.h"
#include "dialogs/OutreachDialog.h"
#include "dialogs/OutreachSettingsDialog.h"
#include "dialogs/TerritoryDialog.h"
#include "sites/LeadActions.h"
#include "sites/SiteActions.h"
#include "widgets/EmptyState.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LeadsTab::LeadsTab(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_view(Tables::compact(context.leads, this, u"leadsView"_s))
    , m_detail(new QLabel(this))
    , m_doNotContact(new QPushButton(tr("Do not contact"), this))
    , m_concept(new QPushButton(tr("Concept site"), this))
    , m_email(new QPushButton(tr("E-mail…"), this))
{
    setObjectName(u"leadsTab"_s);
    LeadsModel* model = context.leads;
    m_search->setObjectName(u"leadsSearch"_s);
    m_search->setPlaceholderText(tr("Search leads…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_status->setObjectName(u"leadsStatusFilter"_s);
    m_status->addItem(tr("All leads"), QString());
    for (const QString& s : {u"new"_s, u"contacted"_s, u"do_not_contact"_s, u"bounced"_s})
        m_status->addItem(Leads::statusDisplayName(s), s);
    auto* import = new QPushButton(tr("Import leads…"), this);
    import->setObjectName(u"importLeadsButton"_s);
    import->setToolTip(tr("A CSV export of businesses from a maps search"));
    // The lead list's settings: the territory the score measures against, and who outreach e-mails come from.
    auto* settings = new QPushButton(tr("Settings"), this);
    settings->setObjectName(u"leadsSettingsButton"_s);
    auto* settingsMenu = new QMenu(settings);
    QAction* territory = settingsMenu->addAction(tr("Territory…"), this, &LeadsTab::editTerritory);
    territory->setObjectName(u"territoryAction"_s);
    territory->setToolTip(tr("The kinds of business and the area the score favours"));
    QAction* sending = settingsMenu->addAction(tr("Outreach e-mail…"), this, &LeadsTab::editOutreach);
    sending->setObjectName(u"outreachSettingsAction"_s);
    settings->setMenu(settingsMenu);
    m_doNotContact->setObjectName(u"doNotContactButton"_s);
    m_doNotContact->setCheckable(true);
    m_doNotContact->setEnabled(false);
    m_doNotContact->setToolTip(tr("Marks the selected lead not to be contacted; importing it again keeps the mark"));

    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(LeadsModel::Address, QHeaderView::Stretch);
    // Each column as wide as its content usually is, and never narrower than its header (in any language).
    const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
    for (const auto& [column, width] :
        {std::pair{LeadsModel::Score, 56}, std::pair{LeadsModel::Name, 190}, std::pair{LeadsModel::Category, 120},
            std::pair{LeadsModel::Website, 190}, std::pair{LeadsModel::Rating, 56}, std::pair{LeadsModel::Reviews, 64},
            std::pair{LeadsModel::Status, 110}}) {
        const int header = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 24;
        m_view->setColumnWidth(column, std::max(width, header));
    }
    new SelectionKeeper(m_view);

    m_detail->setObjectName(u"leadDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMargin(8);
    m_detail->setText(tr("Select a lead to see why it scores what it does."));
    // Room for the lead's line, its hours, the score and its four factors.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 7 + 2 * m_detail->margin());

    auto* empty = EmptyState::attach(m_view, tr("No leads yet"),
        tr("Import a CSV export of businesses from a maps search: each is scored for how much a site would help "
           "it, and why."));
    empty->setAction(tr("Import leads…"), [this] { importLeads(); });
    empty->setFilteredTexts(tr("No lead matches"), tr("Clear the search or show all leads."));
    connect(m_search, &QLineEdit::textChanged, this, [model, empty](const QString& text) {
        model->setTextFilter(text);
        empty->setFiltered(!text.trimmed().isEmpty());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, model, empty] {
        model->setStatusFilter(m_status->currentData().toString());
        empty->setFiltered(m_status->currentIndex() > 0 || !m_search->text().trimmed().isEmpty());
    });
    connect(import, &QPushButton::clicked, this, &LeadsTab::importLeads);
    connect(m_doNotContact, &QPushButton::clicked, this, &LeadsTab::toggleDoNotContact);
    m_concept->setObjectName(u"leadConceptButton"_s);
    m_concept->setEnabled(false); // until a lead is selected
    m_concept->setToolTip(tr("Have the site factory write a concept site for the selected business, from its listing"));
    connect(m_concept, &QPushButton::clicked, this, &LeadsTab::generateConcept);
    m_email->setObjectName(u"leadEmailButton"_s);
    m_email->setEnabled(false); // until a lead is selected
    m_email->setToolTip(tr("The outreach e-mail to the selected business: write it, see it as it is sent, follow it"));
    connect(m_email, &QPushButton::clicked, this, &LeadsTab::openEmail);
    connect(m_view, &QTableView::doubleClicked, this, &LeadsTab::openEmail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsTab::showCurrent);
    connect(model, &QAbstractItemModel::dataChanged, this, &LeadsTab::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &LeadsTab::showCurrent);
    // An import goes on when its dialog is closed: what came of it is said here too.
    connect(context.leadActions, &LeadActions::imported, this,
        [this](const LeadImport::Result& result, const QString& error) {
            if (!error.isEmpty()) {
                emit message(error);
                return;
            }
            const int refused = static_cast<int>(result.problems.size()) - result.duplicates;
            emit message(tr("Leads imported: %1 new, %2 brought up to date, %3 duplicates, %4 rows left out.")
                             .arg(result.added)
                             .arg(result.updated)
                             .arg(result.duplicates)
                             .arg(refused));
        });
    connect(context.leadActions, &LeadActions::rescored, this, [this](int count, const QString& error) {
        emit message(error.isEmpty() ? tr("%Ln lead(s) scored again for your territory.", nullptr, count) : error);
    });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search);
    bar->addWidget(m_status);
    bar->addStretch();
    bar->addWidget(settings);
    bar->addWidget(import);
    // What can be done with the selected lead sits with its facts.
    auto* lower = new QWidget(this);
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(8, 0, 8, 8);
    actions->addWidget(m_concept);
    actions->addWidget(m_email);
    actions->addWidget(m_doNotContact);
    actions->addStretch();
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(0);
    lowerLayout->addWidget(m_detail, 1);
    lowerLayout->addLayout(actions);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"leadsSplit"_s);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void LeadsTab::importLeads()
{
    LeadsImportDialog::start(m_context.leadActions, this);
}

void LeadsTab::editTerritory()
{
    auto* dialog = new TerritoryDialog(m_context.leadActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TerritoryDialog::message, this, &LeadsTab::message);
    dialog->open();
}

void LeadsTab::editOutreach()
{
    if (!m_context.outreachActions)
        return;
    auto* dialog = new OutreachSettingsDialog(m_context.outreachActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutreachSettingsDialog::message, this, &LeadsTab::message);
    dialog->open();
}

OutreachDialog* LeadsTab::openEmail()
{
    const Leads::Lead lead = m_context.leads->leadAt(m_view->currentIndex());
    if (lead.id <= 0 || !m_context.outreachActions)
        return nullptr;
    auto* dialog = new OutreachDialog(m_context.outreachActions, lead.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutreachDialog::message, this, &LeadsTab::message);
    // The e-mail moves on while the dialog is open (written, proposed, sent): the dialog follows the list.
    connect(m_context.leads, &QAbstractItemModel::dataChanged, dialog, &OutreachDialog::refresh);
    connect(m_context.leads, &QAbstractItemModel::modelReset, dialog, &OutreachDialog::refresh);
    dialog->open();
    return dialog;
}

void LeadsTab::showCurrent()
{
    const Leads::Lead lead = m_context.leads->leadAt(m_view->currentIndex());
    m_doNotContact->setEnabled(lead.id > 0 && m_context.leadActions->whyNot().isEmpty());
    m_doNotContact->setChecked(lead.status == u"do_not_contact");
    m_concept->setEnabled(lead.id > 0 && m_context.siteActions && m_context.siteActions->whyNot().isEmpty());
    m_email->setEnabled(lead.id > 0 && m_context.outreachActions);
    if (lead.id <= 0) {
        m_detail->setText(tr("Select a lead to see why it scores what it does."));
        return;
    }
    QStringList lines;
    QStringList facts{lead.category, lead.address, lead.phone, lead.email};
    facts.removeAll(QString());
    lines.append(lead.name + (facts.isEmpty() ? QString() : u" — "_s + facts.join(u" · "_s)));
    if (!lead.openingHours.isEmpty())
        lines.append(tr("Opening hours: %1").arg(lead.openingHours));
    lines.append(tr("Score %1 of 100 (%2):").arg(lead.score).arg(Leads::statusDisplayName(lead.status)));
    for (const Leads::Factor& f : Leads::factorsFromJson(lead.factors))
        lines.append(
            tr("  %1: %2 of %3 — %4").arg(Leads::factorName(f.key)).arg(f.points).arg(f.max).arg(Leads::reasonText(f)));
    m_detail->setText(lines.join(u'\n'));
}

void LeadsTab::generateConcept()
{
    const Leads::Lead lead = m_context.leads->leadAt(m_view->currentIndex());
    if (lead.id <= 0)
        return;
    QString error;
    if (m_context.siteActions->generateForLead(lead.id, &error) == 0)
        emit message(error);
    else
        emit message(tr("Writing a concept site for %1: follow it in Sites → Gallery.").arg(lead.name));
}

void LeadsTab::toggleDoNotContact()
{
    const Leads::Lead lead = m_context.leads->leadAt(m_view->currentIndex());
    if (lead.id <= 0)
        return;
    const QString status = lead.status == u"do_not_contact" ? u"new"_s : u"do_not_contact"_s;
    QString error;
    if (!m_context.leadActions->setStatus(lead.id, status, &error)) {
        emit message(error);
        showCurrent();
        return;
    }
    emit message(status == u"do_not_contact" ? tr("%1 is marked not to be contacted.").arg(lead.name)
                                             : tr("%1 may be contacted again.").arg(lead.name));
}
