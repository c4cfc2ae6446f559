#include "GenerateSiteDialog.h"

#include "SitesModel.h"
#include "Theme.h"
#include "sites/SiteActions.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GenerateSiteDialog::GenerateSiteDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_product(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"generateSiteDialog"_s);
    setWindowTitle(tr("Generate site"));
    auto* intro = new QLabel(tr("Quorum writes a landing page for the product in four checked steps: an analyst's "
                                "brief, a concept, design tokens from your brand palette, then the page section by "
                                "section. Every part is checked and reviewed by a second model; you approve the page "
                                "before it goes anywhere."),
        this);
    intro->setWordWrap(true);
    m_product->setObjectName(u"siteProduct"_s);
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const SitesModel::ProductChoice& p : m_context.sites->productChoices())
        m_product->addItem(p.sku.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.sku), p.id);
    m_error->setObjectName(u"generateSiteError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::Danger.name()));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    const QString refusal = m_context.siteActions->whyNot();
    if (m_product->count() == 0 || !refusal.isEmpty()) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_error->setText(
            refusal.isEmpty() ? tr("Add or import a product first: a site is written about one.") : refusal);
        m_error->show();
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (generate())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QVBoxLayout(this);
    form->addWidget(intro);
    form->addWidget(new QLabel(tr("Product"), this));
    form->addWidget(m_product);
    form->addWidget(m_error);
    form->addStretch();
    form->addWidget(buttons);
    resize(520, 260);
}

bool GenerateSiteDialog::generate()
{
    const int i = m_product->findText(m_product->currentText());
    const qint64 productId = m_product->itemData(i < 0 ? m_product->currentIndex() : i).toLongLong();
    if (i < 0 || productId <= 0) {
        m_error->setText(tr("Choose a product from the list."));
        m_error->show();
        return false;
    }
    QString error;
    const qint64 site = m_context.siteActions->generateForProduct(productId, &error);
    if (site == 0) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    emit message(tr("Generating a site for %1: the four steps run in the background.").arg(m_product->currentText()));
    emit generated(site);
    return true;
}
