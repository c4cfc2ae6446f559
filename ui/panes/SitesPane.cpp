#include "SitesPane.h"

#include "LeadsTab.h"
#include "SitesModel.h"
#include "delegates/SiteCardDelegate.h"
#include "dialogs/GenerateSiteDialog.h"
#include "dialogs/SiteDetailDialog.h"
#include "publishing/PublishActions.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneHeader.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SitesPane::SitesPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_view(new QListView(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"sitesPane"_s);
    auto* header = new PaneHeader(tr("Sites"),
        tr("Landing pages and collections generated from your products, and the leads you could build sites for."),
        this);
    auto* gallery = new QWidget(this);
    gallery->setObjectName(u"sitesGallery"_s);
    auto* galleryBar = new QHBoxLayout;
    galleryBar->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(u"sitesSearch"_s);
    m_search->setPlaceholderText(tr("Search sites…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_status->setObjectName(u"sitesStatusFilter"_s);
    m_status->addItem(tr("All sites"), QString());
    m_status->addItem(tr("Published"), u"published"_s);
    m_status->addItem(tr("Approved"), u"approved"_s);
    m_status->addItem(tr("Drafts"), u"draft"_s);
    galleryBar->addWidget(m_search);
    galleryBar->addWidget(m_status);
    galleryBar->addStretch();

    SitesModel* model = context.sites;
    m_view->setObjectName(u"sitesView"_s);
    m_view->setModel(model);
    m_view->setItemDelegate(new SiteCardDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(6);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setStyleSheet(u"QListView { background: transparent; border: none; }"_s);
    connect(m_view, &QListView::activated, this, &SitesPane::openCurrent);

    auto* open = new QAction(tr("Open page"), m_view);
    connect(open, &QAction::triggered, this, &SitesPane::openCurrent);
    m_view->addAction(open);
    auto* publish = new QAction(tr("Publish as a WordPress page"), m_view);
    publish->setObjectName(u"publishSite"_s);
    connect(publish, &QAction::triggered, this, &SitesPane::publishCurrent);
    m_view->addAction(publish);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* details = new QAction(tr("Parts and versions…"), m_view);
    details->setObjectName(u"siteDetails"_s);
    connect(details, &QAction::triggered, this, &SitesPane::showDetails);
    m_view->addAction(details);
    auto* generateButton = new QPushButton(tr("Generate site…"), this);
    generateButton->setObjectName(u"generateSiteButton"_s);
    generateButton->setToolTip(
        tr("Write a landing page for a product: brief, concept, design, sections, each checked"));
    connect(generateButton, &QPushButton::clicked, this, &SitesPane::generate);
    galleryBar->addWidget(generateButton);
    auto* detailsButton = new QPushButton(tr("Parts…"), this);
    detailsButton->setObjectName(u"siteDetailsButton"_s);
    detailsButton->setToolTip(tr("The selected site's parts: their checks, versions and locks; write one again"));
    connect(detailsButton, &QPushButton::clicked, this, &SitesPane::showDetails);
    galleryBar->addWidget(detailsButton);
    auto* publishButton = new QPushButton(tr("Publish…"), this);
    publishButton->setObjectName(u"publishSiteButton"_s);
    publishButton->setToolTip(tr("The selected page goes live as a page on your WordPress sites (after approval)"));
    connect(publishButton, &QPushButton::clicked, this, &SitesPane::publishCurrent);
    galleryBar->addWidget(publishButton);

    auto* empty = EmptyState::attach(m_view, tr("No sites generated yet"),
        tr("Click Generate site… to have a landing page written for a product. A published product also gets its "
           "page on your WordPress site: see Published in the product's detail."));
    empty->setFilteredTexts(tr("No site matches"), tr("Clear the search or show all sites."));
    connect(m_search, &QLineEdit::textChanged, this, [model, empty](const QString& text) {
        model->setTextFilter(text);
        empty->setFiltered(!text.trimmed().isEmpty());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setStatusFilter(m_status->currentData().toString()); });

    auto* galleryLayout = new QVBoxLayout(gallery);
    galleryLayout->setContentsMargins(0, 8, 0, 0);
    galleryLayout->addLayout(galleryBar);
    galleryLayout->addWidget(m_view, 1);
    m_leads = new LeadsTab(context, this);
    connect(m_leads, &LeadsTab::message, this, &SitesPane::message);
    m_tabs->setObjectName(u"sitesTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(gallery, tr("Gallery"));
    m_tabs->addTab(m_leads, tr("Leads"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
}

void SitesPane::generate()
{
    auto* dialog = new GenerateSiteDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateSiteDialog::message, this, &SitesPane::message);
    dialog->open();
}

void SitesPane::showDetails()
{
    const SitesModel::Site site = m_context.sites->siteAt(m_view->currentIndex());
    if (site.id < 0) {
        emit message(tr("Select a site to see its parts."));
        return;
    }
    if (!site.generated()) {
        emit message(tr("“%1” was not written by the site factory: it has no parts to show.").arg(site.name));
        return;
    }
    auto* dialog = new SiteDetailDialog(m_context, site.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteDetailDialog::message, this, &SitesPane::message);
    dialog->open();
}

void SitesPane::publishCurrent()
{
    const SitesModel::Site site = m_context.sites->siteAt(m_view->currentIndex());
    if (site.id < 0) {
        emit message(tr("Select a site to publish."));
        return;
    }
    bool ok = false;
    emit message(m_context.publish->publishSite(site.id, &ok));
}

void SitesPane::openCurrent()
{
    const SitesModel::Site site = m_context.sites->siteAt(m_view->currentIndex());
    if (site.id < 0)
        return;
    // A generated site opens on its parts (the page opens from there); it may still be written.
    if (site.generated()) {
        showDetails();
        return;
    }
    if (!site.url.isEmpty() && site.status == u"published")
        QDesktopServices::openUrl(QUrl(site.url));
    else if (QFileInfo::exists(site.htmlPath))
        QDesktopServices::openUrl(QUrl::fromLocalFile(site.htmlPath));
}
