#include "GenerateSiteDialog.h"

#include "SitesModel.h"
#include "Theme.h"
#include "sites/CatalogFacts.h"
#include "sites/SiteActions.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GenerateSiteDialog::GenerateSiteDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_forProduct(new QRadioButton(tr("One &product"), this))
    , m_forCollection(new QRadioButton(tr("A &collection"), this))
    , m_forShop(new QRadioButton(tr("The &whole shop"), this))
    , m_product(new QComboBox(this))
    , m_collection(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"generateSiteDialog"_s);
    setWindowTitle(tr("Generate site"));
    auto* intro = new QLabel(tr("Quorum writes the page in four checked steps: an analyst's brief, a concept, design "
                                "tokens from your brand palette, then the page section by section. Every part is "
                                "checked and reviewed by a second model; you approve the page before it goes "
                                "anywhere."),
        this);
    intro->setWordWrap(true);
    m_forProduct->setObjectName(u"siteForProduct"_s);
    m_forCollection->setObjectName(u"siteForCollection"_s);
    m_forShop->setObjectName(u"siteForShop"_s);
    auto* group = new QButtonGroup(this);
    group->addButton(m_forProduct);
    group->addButton(m_forCollection);
    group->addButton(m_forShop);
    m_forProduct->setChecked(true);

    m_product->setObjectName(u"siteProduct"_s);
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QList<SitesModel::ProductChoice> products = m_context.sites->productChoices();
    for (const SitesModel::ProductChoice& p : products)
        m_product->addItem(p.sku.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.sku), p.id);
    m_collection->setObjectName(u"siteCollection"_s);
    for (const SitesModel::CollectionChoice& c : m_context.sites->collectionChoices())
        m_collection->addItem(tr("%1 (%n product(s))", nullptr, c.products).arg(c.name), c.name);
    if (m_collection->count() == 0) {
        m_forCollection->setEnabled(false);
        m_collection->setEnabled(false);
        m_collection->setPlaceholderText(tr("No product has a category yet"));
    }
    // The products for sale in the store: drafts and private ones are never on a page about the shop.
    const int forSale = m_context.sites->shopProductCount();
    auto* shopNote = new QLabel(forSale == 0
            ? tr("The shop has no products for sale yet.")
            : tr("%n product(s) for sale; the page shows up to %1, best sellers first.", nullptr, forSale)
                  .arg(CatalogFacts::kMaxProducts),
        this);
    shopNote->setObjectName(u"siteShopNote"_s);
    m_forShop->setEnabled(forSale > 0);
    shopNote->setWordWrap(true);
    auto* collectionNote = new QLabel(
        tr("A collection is the products for sale in one category; its page shows up to %1, best sellers first.")
            .arg(CatalogFacts::kMaxProducts),
        this);
    collectionNote->setWordWrap(true);
    for (QLabel* note : {shopNote, collectionNote})
        note->setStyleSheet(u"color: %1;"_s.arg(Theme::Muted.name()));

    m_error->setObjectName(u"generateSiteError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::Danger.name()));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Generate"));
    m_refusal = m_context.siteActions->whyNot();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (generate())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            updateState();
    });

    auto* choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    choices->addWidget(m_forProduct, 0, 0);
    choices->addWidget(m_product, 0, 1);
    choices->addWidget(m_forCollection, 1, 0);
    choices->addWidget(m_collection, 1, 1);
    choices->addWidget(collectionNote, 2, 1);
    choices->addWidget(m_forShop, 3, 0);
    choices->addWidget(shopNote, 3, 1);
    auto* form = new QVBoxLayout(this);
    form->addWidget(intro);
    form->addSpacing(4);
    form->addLayout(choices);
    form->addWidget(m_error);
    form->addStretch();
    form->addWidget(buttons);
    resize(560, 340);
    updateState();
}

void GenerateSiteDialog::updateState()
{
    m_product->setEnabled(m_forProduct->isChecked());
    m_collection->setEnabled(m_forCollection->isChecked() && m_collection->count() > 0);
    QString why = m_refusal;
    if (why.isEmpty() && m_product->count() == 0)
        why = tr("Add or import a product first: a site is written about the shop's products.");
    m_ok->setEnabled(why.isEmpty());
    if (why.isEmpty())
        m_error->hide();
    else
        showError(why);
}

void GenerateSiteDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

bool GenerateSiteDialog::generate()
{
    QString error;
    qint64 site = 0;
    QString subject;
    if (m_forProduct->isChecked()) {
        const int i = m_product->findText(m_product->currentText());
        const qint64 productId = m_product->itemData(i < 0 ? m_product->currentIndex() : i).toLongLong();
        if (i < 0 || productId <= 0) {
            showError(tr("Choose a product from the list."));
            return false;
        }
        site = m_context.siteActions->generateForProduct(productId, &error);
        subject = m_product->currentText();
    } else if (m_forCollection->isChecked()) {
        const QString collection = m_collection->currentData().toString();
        if (collection.isEmpty()) {
            showError(tr("Choose a collection from the list."));
            return false;
        }
        site = m_context.siteActions->generateForCatalog(collection, &error);
        subject = tr("the collection %1").arg(collection);
    } else {
        site = m_context.siteActions->generateForCatalog({}, &error);
        subject = tr("the whole shop");
    }
    if (site == 0) {
        showError(error);
        return false;
    }
    emit message(tr("Generating a site for %1: the four steps run in the background.").arg(subject));
    emit generated(site);
    return true;
}
