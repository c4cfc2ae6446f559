#pragma once

#include "UiContext.h"

#include <QDialog>

class AutopilotPage;
class GatewayPage;
class BrandPage;
class VisualsPage;
class KnowledgePage;
class ConnectionsPage;
class CustomersPage;
class CurrencyPage;
class PipelinePage;
class PricingPage;
class SuppliersPage;
class ReviewsPage;
class PromptsPage;
class ProvidersPage;
class RulesPage;
class UsersPage;
class QListWidget;
class QStackedWidget;

// Settings of the workspace: prompts, providers, brand, pipeline, approval rules and users. Each page
// saves on its own.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        Providers,
        Brand,
        Visuals,
        Knowledge,
        Connections,
        Pipeline,
        Rules,
        Prompts,
        Users,
        Currencies,
        Customers,
        Reviews,
        Pricing,
        Suppliers,
        Autopilot,
        Gateway,
        PageCount
    };
    static QString pageTitle(Page page);

    explicit SettingsDialog(const UiContext& context, QWidget* parent = nullptr);
    void showPage(Page page);
    Page currentPage() const;

    PromptsPage* promptsPage() const { return m_prompts; }
    ProvidersPage* providersPage() const { return m_providers; }
    BrandPage* brandPage() const { return m_brand; }
    VisualsPage* visualsPage() const { return m_visuals; }
    KnowledgePage* knowledgePage() const { return m_knowledge; }
    PipelinePage* pipelinePage() const { return m_pipeline; }
    RulesPage* rulesPage() const { return m_rules; }
    UsersPage* usersPage() const { return m_users; }
    ConnectionsPage* connectionsPage() const { return m_connections; }
    CustomersPage* customersPage() const { return m_customers; }
    CurrencyPage* currencyPage() const { return m_currency; }
    PricingPage* pricingPage() const { return m_pricing; }
    SuppliersPage* suppliersPage() const { return m_suppliers; }
    ReviewsPage* reviewsPage() const { return m_reviews; }
    AutopilotPage* autopilotPage() const { return m_autopilot; }
    GatewayPage* gatewayPage() const { return m_gateway; }

signals:
    void message(const QString& text);

private:
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    PromptsPage* m_prompts;
    ProvidersPage* m_providers;
    BrandPage* m_brand;
    VisualsPage* m_visuals;
    KnowledgePage* m_knowledge;
    PipelinePage* m_pipeline;
    RulesPage* m_rules;
    UsersPage* m_users;
    ConnectionsPage* m_connections;
    CurrencyPage* m_currency;
    CustomersPage* m_customers;
    PricingPage* m_pricing;
    ReviewsPage* m_reviews;
    SuppliersPage* m_suppliers;
    AutopilotPage* m_autopilot;
    GatewayPage* m_gateway;
};
