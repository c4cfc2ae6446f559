#include "SettingsDialog.h"

#include "Theme.h"

#include "settings/AutopilotPage.h"
#include "settings/BrandPage.h"
#include "settings/ConnectionsPage.h"
#include "settings/CurrencyPage.h"
#include "settings/CustomersPage.h"
#include "settings/GatewayPage.h"
#include "settings/KnowledgePage.h"
#include "settings/PipelinePage.h"
#include "settings/PricingPage.h"
#include "settings/PromptsPage.h"
#include "settings/ProvidersPage.h"
#include "settings/ReviewsPage.h"
#include "settings/RulesPage.h"
#include "settings/SuppliersPage.h"
#include "settings/UsersPage.h"
#include "settings/VisualsPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_prompts(new PromptsPage(context, this))
    , m_providers(new ProvidersPage(context, this))
    , m_brand(new BrandPage(context, this))
    , m_visuals(new VisualsPage(context, this))
    , m_knowledge(new KnowledgePage(context, this))
    , m_pipeline(new PipelinePage(context, this))
    , m_rules(new RulesPage(context, this))
    , m_users(new UsersPage(context, this))
    , m_connections(new ConnectionsPage(context, this))
    , m_currency(new CurrencyPage(context, this))
    , m_customers(new CustomersPage(context, this))
    , m_pricing(new PricingPage(context, this))
    , m_reviews(new ReviewsPage(context, this))
    , m_suppliers(new SuppliersPage(context, this))
    , m_autopilot(new AutopilotPage(context, this))
    , m_gateway(new GatewayPage(context, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_nav->setObjectName(u"settingsNav"_s);
    m_nav->setFixedWidth(170);
    // Reads as the dialog's navigation, like the main window's rail: roomy rows, the current page
    // in the accent colour.
    m_nav->setStyleSheet(u"QListWidget#settingsNav { background: %1; border: 1px solid %2; border-radius: 6px; "
                         u"padding: 4px; outline: 0; }"
                         u"QListWidget#settingsNav::item { padding: 7px 10px; border-radius: 4px; color: %3; }"
                         u"QListWidget#settingsNav::item:hover { background: %4; }"
                         u"QListWidget#settingsNav::item:selected { background: %5; color: %6; }"_s.arg(
                             Theme::css(Theme::Card), Theme::css(Theme::Border), Theme::css(Theme::Text),
                             Theme::css(Theme::Window), Theme::css(Theme::Accent), Theme::css(Theme::OnFill)));
    // In the order a new workspace is set up: who writes, in what voice, where it goes, then the rest.
    const QList<std::pair<QString, QWidget*>> pages{{pageTitle(Providers), m_providers}, {pageTitle(Brand), m_brand},
        {pageTitle(Visuals), m_visuals}, {pageTitle(Knowledge), m_knowledge}, {pageTitle(Connections), m_connections},
        {pageTitle(Pipeline), m_pipeline}, {pageTitle(Rules), m_rules}, {pageTitle(Prompts), m_prompts},
        {pageTitle(Users), m_users}, {pageTitle(Currencies), m_currency}, {pageTitle(Customers), m_customers},
        {pageTitle(Reviews), m_reviews}, {pageTitle(Pricing), m_pricing}, {pageTitle(Suppliers), m_suppliers},
        {pageTitle(Autopilot), m_autopilot}, {pageTitle(Gateway), m_gateway}};
    for (const auto& [title, page] : pages) {
        m_nav->addItem(title);
        auto* holder = new QWidget(this);
        auto* heading = new QLabel(title, holder);
        heading->setProperty("role", u"title"_s);
        auto* v = new QVBoxLayout(holder);
        v->setContentsMargins(16, 4, 4, 4);
        v->addWidget(heading);
        v->addWidget(page, 1);
        m_stack->addWidget(holder);
    }
    connect(m_prompts, &PromptsPage::message, this, &SettingsDialog::message);
    connect(m_providers, &ProvidersPage::message, this, &SettingsDialog::message);
    connect(m_brand, &BrandPage::message, this, &SettingsDialog::message);
    connect(m_visuals, &VisualsPage::message, this, &SettingsDialog::message);
    connect(m_knowledge, &KnowledgePage::message, this, &SettingsDialog::message);
    connect(m_pipeline, &PipelinePage::message, this, &SettingsDialog::message);
    connect(m_rules, &RulesPage::message, this, &SettingsDialog::message);
    connect(m_users, &UsersPage::message, this, &SettingsDialog::message);
    connect(m_connections, &ConnectionsPage::message, this, &SettingsDialog::message);
    connect(m_customers, &CustomersPage::message, this, &SettingsDialog::message);
    connect(m_currency, &CurrencyPage::message, this, &SettingsDialog::message);
    connect(m_pricing, &PricingPage::message, this, &SettingsDialog::message);
    connect(m_suppliers, &SuppliersPage::message, this, &SettingsDialog::message);
    connect(m_autopilot, &AutopilotPage::message, this, &SettingsDialog::message);
    connect(m_gateway, &GatewayPage::message, this, &SettingsDialog::message);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    // The first thing a new workspace needs is an AI provider.
    m_nav->setCurrentRow(static_cast<int>(Providers));
    // Fits a 1024×640 laptop screen as well as a large one.
    const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
    resize(QSize(1100, 720).boundedTo(available - QSize(40, 60)));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_nav->currentRow());
}

QString SettingsDialog::pageTitle(Page page)
{
    switch (page) {
    case Providers:
        return tr("Providers");
    case Brand:
        return tr("Brand");
    case Visuals:
        return tr("Visuals");
    case Knowledge:
        return tr("Knowledge");
    case Connections:
        return tr("Connections");
    case Pipeline:
        return tr("Pipeline");
    case Rules:
        return tr("Approval rules");
    case Prompts:
        return tr("Prompts");
    case Users:
        return tr("Users");
    case Currencies:
        return tr("Currencies");
    case Customers:
        return tr("Customers");
    case Reviews:
        return tr("Reviews");
    case Pricing:
        return tr("Pricing");
    case Suppliers:
        return tr("Suppliers");
    case Autopilot:
        return tr("Autopilot");
    case Gateway:
        return tr("Gateway");
    case PageCount:
        break;
    }
    return {};
}

void SettingsDialog::showPage(Page page)
{
    m_nav->setCurrentRow(static_cast<int>(page));
}
