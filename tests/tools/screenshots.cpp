// Screenshots of the real application, for looking at it as a user would (not a test).
//
//   quorum-screenshots --lang nl --size 1366x768 --out DIR [--viewer]
//
// Opens the demo workspace in a throwaway folder (on the offscreen platform unless a display is
// given), visits every pane, the settings pages, the import dialog with a sample export, and saves
// each as DIR/<lang>-<name>.png. With --viewer the person at the desk is the demo's viewer.
#include "Application.h"
#include "ApprovalsModel.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "SettingsModels.h"
#include "VisualsModel.h"
#include "approvals/ApprovalActions.h"
#include "campaigns/SalesReport.h"
#include "dialogs/AdRuleDialog.h"
#include "dialogs/ExperimentDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/VisualReviewDialog.h"
#include "panes/AdRulesTab.h"
#include "panes/AgentsPane.h"
#include "panes/CampaignsPane.h"
#include "panes/ExperimentsTab.h"
#include "panes/LeadsTab.h"
#include "panes/PipelinePane.h"
#include "panes/PnlCard.h"
#include "panes/ProductDetailPanel.h"
#include "panes/SitesPane.h"
#include "panes/SocialTab.h"
#include "panes/VisualsTab.h"
#include "settings/ConnectionsPage.h"
#include "settings/ProviderDialog.h"
#include "settings/ProvidersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace
{
void settle(int ms = 300)
{
    QTest::qWait(ms); // a tool, not a test: let the window paint
}

void save(QWidget* w, const QString& dir, const QString& lang, const QString& name)
{
    const QString path = QDir(dir).filePath(u"%1-%2.png"_s.arg(lang, name));
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot save %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    GuiFixture::setUpProcess();
    QCommandLineParser parser;
    parser.addOption({u"lang"_s, u"Language"_s, u"code"_s, u"en"_s});
    parser.addOption({u"size"_s, u"Window size"_s, u"WxH"_s, u"1366x768"_s});
    parser.addOption({u"out"_s, u"Folder for the PNGs"_s, u"dir"_s, u"."_s});
    parser.addOption({u"viewer"_s, u"Sit at the desk as the demo's viewer"_s});
    parser.process(app);
    const QString lang = parser.value(u"lang"_s);
    const QString out = parser.value(u"out"_s);
    QDir().mkpath(out);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    GuiFixture gui;
    GuiFixture::Options options;
    options.language = lang;
    if (parser.isSet(u"viewer"_s))
        options.user = u"Joris"_s;
    QString error;
    if (!gui.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow* w = gui.window();
    // The demo's store sync fills the dashboard from its orders: wait for it (at most a minute).
    for (int i = 0; i < 120
         && gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind IN ('store.sync', 'ads.sync') AND state IN ('queued', "
                      u"'running')"_s)
             > 0;
         ++i)
        settle(500);
    w->resize(size.value(0).toInt(), size.value(1).toInt());
    const QList<std::pair<PaneId, QString>> panes{{PaneId::Dashboard, u"dashboard"_s},
        {PaneId::Pipeline, u"pipeline"_s}, {PaneId::Approvals, u"approvals"_s}, {PaneId::Agents, u"agents"_s},
        {PaneId::Campaigns, u"campaigns"_s}, {PaneId::Sites, u"sites"_s}};
    for (const auto& [pane, name] : panes) {
        w->showPane(pane);
        settle();
        save(w, out, lang, name);
    }
    // A product's visuals: each format with what the guards found, once the demo's first visuals are made (the
    // second product: its owner's light headline colour caught by the guards, then set on a plate).
    for (int i = 0; i < 120 && gui.count(u"SELECT COUNT(*) FROM product_visuals"_s) < 10; ++i)
        settle(250);
    if (const qint64 product = gui.count(u"SELECT MAX(product_id) FROM product_visuals"_s); product > 0) {
        w->showPane(PaneId::Pipeline);
        w->pipelinePane()->selectProduct(product);
        ProductDetailPanel* detail = w->pipelinePane()->detail();
        if (VisualsTab* visuals = detail->visualsTab()) {
            detail->tabs()->setCurrentWidget(visuals);
            // The portrait format, the one Instagram's feed shows.
            visuals->list()->setCurrentIndex(visuals->model()->index(1, VisualsModel::Caption));
            settle();
            save(w, out, lang, u"pipeline-visuals"_s);
            visuals->review();
            settle(400);
            if (auto* review = visuals->findChild<VisualReviewDialog*>()) {
                save(review, out, lang, u"visuals-review"_s);
                review->reject();
            }
            detail->tabs()->setCurrentIndex(0);
        }
    }
    // The demo's leads, the best selected with the factors of its score.
    if (SitesPane* sites = w->sitesPane()) {
        sites->tabs()->setCurrentWidget(sites->leadsTab());
        QTableView* leads = sites->leadsTab()->view();
        leads->setCurrentIndex(leads->model()->index(0, 0));
        settle();
        save(w, out, lang, u"sites-leads"_s);
        sites->tabs()->setCurrentIndex(0);
    }
    // The agents after their runs on the demo shop's data (a sync's new orders make them run), with
    // Fraud Detection selected to show its contract and what it found.
    for (int i = 0; i < 180
         && gui.count(
                u"SELECT COUNT(*) FROM agents WHERE last_outcome = 'needs' OR name IN (SELECT agent FROM jobs WHERE "
                u"kind = 'agent.run' AND state IN ('queued', 'running'))"_s)
             > 0;
         ++i)
        settle(500);
    w->showPane(PaneId::Agents);
    if (AgentsPane* agents = w->agentsPane()) {
        QTreeView* tree = agents->view();
        const QModelIndexList hits = tree->model()->match(tree->model()->index(0, 0), ModelRoles::RawValueRole,
            u"Fraud Detection"_s, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!hits.isEmpty()) {
            tree->setCurrentIndex(hits.first());
            tree->scrollTo(hits.first());
        }
        settle();
        save(w, out, lang, u"agents-fraud"_s);
        const QModelIndexList demand = tree->model()->match(tree->model()->index(0, 0), ModelRoles::RawValueRole,
            u"Demand Forecast"_s, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!demand.isEmpty()) {
            tree->setCurrentIndex(demand.first());
            tree->scrollTo(demand.first());
            settle();
            save(w, out, lang, u"agents-demand"_s);
        }
        // How the CEO shared the day's AI budget out, from the agent that spends it and the content runs'.
        for (const auto& [agent, file] : {std::pair{u"Review Desk"_s, u"agents-budget"_s},
                 std::pair{u"Content Writer"_s, u"agents-budget-content"_s}}) {
            const QModelIndexList hit = tree->model()->match(
                tree->model()->index(0, 0), ModelRoles::RawValueRole, agent, 1, Qt::MatchExactly | Qt::MatchRecursive);
            if (hit.isEmpty())
                continue;
            tree->setCurrentIndex(hit.first());
            tree->scrollTo(hit.first());
            settle();
            save(w, out, lang, file);
        }
    }
    std::printf("budget shifts proposed: %lld; price changes by Pricing: %lld\n",
        gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'budget_shift'"_s),
        gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Pricing'"_s));
    std::printf("demand forecasts: %lld, of products: %lld; reorders proposed: %lld\n",
        gui.count(u"SELECT COUNT(*) FROM demand_forecasts"_s),
        gui.count(u"SELECT COUNT(*) FROM demand_forecasts WHERE product_id IS NOT NULL"_s),
        gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Demand Forecast'"_s));
    // The CEO's business health after its run on the synced orders, scrolled into view.
    w->showPane(PaneId::Dashboard);
    if (auto* ceo = w->findChild<QWidget*>(u"ceoCard"_s)) {
        if (auto* scroll
            = qobject_cast<QScrollArea*>(w->findChild<QWidget*>(u"dashboardContent"_s)->parentWidget()->parentWidget()))
            scroll->ensureWidgetVisible(ceo, 0, 0);
        settle();
        save(w, out, lang, u"dashboard-ceo"_s);
        // Its end: the CEO's "decide first".
        if (auto* decide = w->findChild<QWidget*>(u"ceoDecideFirst"_s)) {
            if (auto* scroll = qobject_cast<QScrollArea*>(
                    w->findChild<QWidget*>(u"dashboardContent"_s)->parentWidget()->parentWidget()))
                scroll->ensureWidgetVisible(decide, 0, 0);
            settle();
            save(w, out, lang, u"dashboard-decide-first"_s);
        }
    }
    // The dashboard's sales and profit, scrolled into view, over the last 30 days with the best-selling
    // product picked.
    w->showPane(PaneId::Dashboard);
    if (auto* pnl = w->findChild<PnlCard*>(u"pnlCard"_s)) {
        pnl->periodBox()->setCurrentIndex(
            pnl->periodBox()->findData(static_cast<int>(SalesReport::Period::Last30Days)));
        for (int i = 0; i < 60 && !pnl->productsView()->model()->rowCount(); ++i)
            settle(250);
        settle(500);
        pnl->productsView()->selectRow(0);
        settle(800);
        if (auto* scroll
            = qobject_cast<QScrollArea*>(w->findChild<QWidget*>(u"dashboardContent"_s)->parentWidget()->parentWidget()))
            scroll->ensureWidgetVisible(pnl, 0, 0);
        settle();
        save(w, out, lang, u"dashboard-pnl"_s);
        pnl->tabs()->setCurrentWidget(pnl->cashView());
        settle();
        save(w, out, lang, u"dashboard-cash"_s);
        pnl->tabs()->setCurrentIndex(0);
        pnl->periodBox()->setCurrentIndex(0);
    }
    // The Campaigns pane's Rules tab with what the demo's rules found in its ad account, and the first
    // rule's dialog with its backtest.
    w->showPane(PaneId::Campaigns);
    if (CampaignsPane* campaigns = w->campaignsPane()) {
        campaigns->tabs()->setCurrentWidget(campaigns->rulesTab());
        QTableView* rules = campaigns->rulesTab()->rulesView();
        if (rules->model()->rowCount() > 0)
            rules->setCurrentIndex(rules->model()->index(0, 0));
        settle();
        save(w, out, lang, u"campaigns-rules"_s);
        campaigns->rulesTab()->editRule();
        settle(300);
        if (auto* dialog = GuiFixture::dialog<AdRuleDialog>()) {
            if (auto* replay = dialog->findChild<QPushButton*>(u"adRuleBacktest"_s))
                replay->click();
            settle(300);
            save(dialog, out, lang, u"ad-rule-dialog"_s);
            dialog->reject();
        }
        // The Experiments tab with the demo's test that has a verdict, and the dialog that registers one.
        campaigns->tabs()->setCurrentWidget(campaigns->experimentsTab());
        QTableView* tests = campaigns->experimentsTab()->experimentsView();
        for (int i = 0; i < 40 && tests->model()->rowCount() > 0
             && tests->model()->index(0, 0).data(ModelRoles::StatusKeyRole).toString() == u"collecting";
             ++i)
            settle(250);
        // The test that started longest ago (listed last of the open ones).
        if (tests->model()->rowCount() > 0)
            tests->setCurrentIndex(tests->model()->index(tests->model()->rowCount() - 1, 0));
        settle();
        save(w, out, lang, u"campaigns-experiments"_s);
        campaigns->experimentsTab()->addExperiment();
        settle(300);
        if (auto* dialog = GuiFixture::dialog<ExperimentDialog>()) {
            save(dialog, out, lang, u"experiment-dialog"_s);
            dialog->reject();
        }
        // The Social tab: the demo's planned posts on the week's calendar and in the list, then the month.
        campaigns->tabs()->setCurrentWidget(campaigns->socialTab());
        settle(300);
        if (campaigns->socialTab()->list()->model()->rowCount() > 0)
            campaigns->socialTab()->list()->setCurrentIndex(campaigns->socialTab()->list()->model()->index(0, 0));
        settle();
        save(w, out, lang, u"campaigns-social"_s);
        if (auto* mode = campaigns->socialTab()->findChild<QComboBox*>(u"socialMode"_s)) {
            mode->setCurrentIndex(1);
            settle();
            save(w, out, lang, u"campaigns-social-month"_s);
            // Best times, once the sync has read the demo's published posts back from the sandbox.
            for (int i = 0; i < 80 && gui.count(u"SELECT COUNT(*) FROM social_post_metrics"_s) < 40; ++i)
                settle(250);
            mode->setCurrentIndex(2);
            settle();
            save(w, out, lang, u"campaigns-social-best"_s);
            mode->setCurrentIndex(0);
        }
        campaigns->tabs()->setCurrentIndex(0);
    }
    // A content review, with the pieces and both verdicts in front of the approver.
    w->showPane(PaneId::Approvals);
    if (auto* view = w->findChild<QTableView*>(u"approvalsView"_s)) {
        auto* model = static_cast<ApprovalsModel*>(view->model());
        // Selects the first proposal of an agent's kind and saves the window as name (and, with why,
        // its end too: why it is here, the agent's track record).
        const auto shotOf = [&](const QString& actionType, const QString& agent, const QString& name, bool why) {
            for (int r = 0; r < model->rowCount(); ++r) {
                const auto summary = model->summaryAt(model->index(r, 0));
                if (summary.actionType != actionType || (!agent.isEmpty() && summary.agent != agent))
                    continue;
                view->selectRow(r);
                settle();
                save(w, out, lang, name);
                if (auto* text = w->findChild<QTextBrowser*>(u"proposalText"_s); text && why) {
                    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
                    settle();
                    save(w, out, lang, name + u"-why"_s);
                }
                return;
            }
        };
        shotOf(u"content_review"_s, {}, u"approvals-content"_s, false);
        shotOf(u"budget_shift"_s, {}, u"approvals-shift"_s, true); // when the demo's ad account gave one
        shotOf(u"price_change"_s, u"Pricing"_s, u"approvals-pricing"_s, true);
        shotOf(u"new_supplier"_s, u"Supplier Vetting"_s, u"approvals-supplier"_s, true);
        shotOf(u"social_post"_s, u"Social"_s, u"approvals-social"_s, true);
        // The Review Desk's replies come once its drafts have been through both models.
        const auto hasReply = [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->summaryAt(model->index(r, 0)).actionType == u"review_reply")
                    return true;
            return false;
        };
        for (int i = 0; i < 120 && !hasReply(); ++i)
            settle(250);
        shotOf(u"review_reply"_s, {}, u"approvals-reply"_s, true);
        // The SEO agent once a Pricing proposal for a product whose words in the store state its price is approved
        // (Approve, then Run now on the agent, as a person would; it also runs on its own after a publish): the
        // words that state the old price no longer hold. The proposal names those words before it is decided.
        const qint64 priced = gui.count(
            u"SELECT COALESCE(MIN(a.id), 0) FROM action_proposals a JOIN products p ON p.id = a.product_id WHERE "
            u"a.action_type = 'price_change' AND a.status = 'pending' AND a.agent = 'Pricing' AND "
            u"json_extract(a.parameters, '$.price_stated_in') IS NOT NULL AND p.stage IN ('published', 'live')"_s);
        QString seoError;
        if (priced > 0) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(ModelRoles::IdRole).toLongLong() != priced)
                    continue;
                view->selectRow(r);
                settle();
                if (auto* text = w->findChild<QTextBrowser*>(u"proposalText"_s)) {
                    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum() / 2);
                    settle();
                }
                save(w, out, lang, u"approvals-pricing-words"_s);
            }
            const auto decided = gui.context().approvalActions->approve(priced, QString());
            if (!decided.ok)
                std::fprintf(stderr, "approving the price change failed: %s\n", qPrintable(decided.error));
            // Its price is set and the product republished before the agent looks.
            for (int i = 0; i < 240
                 && gui.count(
                        u"SELECT COUNT(*) FROM action_proposals WHERE id = ? AND execution_state = 'done' AND NOT "
                        u"EXISTS (SELECT 1 FROM publications u JOIN jobs j ON j.kind = 'publish' AND j.subject_id "
                        u"= u.id WHERE u.product_id = action_proposals.product_id AND j.state IN ('queued', "
                        u"'running'))"_s,
                        {priced})
                     == 0;
                 ++i)
                settle(250);
            if (!gui.context().approvalActions->runAgentNow(u"SEO"_s, &seoError))
                std::fprintf(stderr, "running the SEO agent failed: %s\n", qPrintable(seoError));
            for (int i = 0; i < 120
                 && gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'content_refresh'"_s) == 0;
                 ++i)
                settle(250);
            settle(500);
            shotOf(u"content_refresh"_s, u"SEO"_s, u"approvals-seo"_s, true);
        } else {
            std::fprintf(stderr, "no price change for words in the store is waiting: no SEO shot\n");
        }
    }
    // Settings, every page.
    w->findChild<QAction*>(u"actionSettings"_s)->trigger();
    if (auto* settings = GuiFixture::dialog<SettingsDialog>()) {
        settings->resize(std::min(1100, w->width() - 40), std::min(720, w->height() - 40));
        const QList<std::pair<SettingsDialog::Page, QString>> pages{{SettingsDialog::Providers, u"providers"_s},
            {SettingsDialog::Prompts, u"prompts"_s}, {SettingsDialog::Brand, u"brand"_s},
            {SettingsDialog::Visuals, u"visuals"_s}, {SettingsDialog::Knowledge, u"knowledge"_s},
            {SettingsDialog::Pipeline, u"tuning"_s}, {SettingsDialog::Rules, u"rules"_s},
            {SettingsDialog::Users, u"users"_s}, {SettingsDialog::Connections, u"connections"_s},
            {SettingsDialog::Customers, u"customers"_s}, {SettingsDialog::Reviews, u"reviews"_s},
            {SettingsDialog::Currencies, u"currencies"_s}, {SettingsDialog::Pricing, u"pricing"_s},
            {SettingsDialog::Suppliers, u"suppliers"_s}, {SettingsDialog::Autopilot, u"autopilot"_s},
            {SettingsDialog::Gateway, u"gateway"_s}};
        for (const auto& [page, name] : pages) {
            settings->showPage(page);
            settle(150);
            save(settings, out, lang, u"settings-"_s + name);
        }
        // A new Meta ad account, as Add → Meta ad account opens it.
        settings->showPage(SettingsDialog::Connections);
        settings->connectionsPage()->addConnection(Connections::Kind::MetaAds);
        settle(150);
        save(settings, out, lang, u"settings-ad-account"_s);
        // The provider dialog, as Edit opens it for the first provider.
        if (auto* table = settings->providersPage()->table(); table->model()->rowCount() > 0) {
            auto* model = static_cast<ProvidersModel*>(table->model());
            auto* dialog = new ProviderDialog(model->providerAt(0), false, {}, gui.context().providerTester, settings);
            dialog->show();
            settle(150);
            save(dialog, out, lang, u"settings-provider-dialog"_s);
            delete dialog;
        }
        settings->close();
    }
    // A product's reorder rule, as its button opens it.
    w->showPane(PaneId::Pipeline);
    settle();
    if (auto* reorder = w->findChild<QPushButton*>(u"detailReorderEdit"_s); reorder && reorder->isEnabled()) {
        reorder->click();
        settle(300);
        for (QDialog* dialog : w->findChildren<QDialog*>()) {
            if (!dialog->isVisible())
                continue;
            save(dialog, out, lang, u"reorder-rule"_s);
            dialog->reject();
            break;
        }
    }
    // The import dialog with a small export that has a problem or two.
    QTemporaryDir files;
    const QString csv = files.filePath(u"products_export.csv"_s);
    QFile f(csv);
    if (f.open(QIODevice::WriteOnly)) {
        f.write("Handle,Title,Body (HTML),Type,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
                "linen-towel,Linen Tea Towel,<p>A linen tea towel.</p>,Kitchen,Title,Default Title,LT-1,12.00\n"
                "wool-scarf,Wool Scarf,<p>A soft wool scarf.</p>,Accessories,Colour,Grey,WS-G,39.00\n"
                "wool-scarf,,,,,Blue,WS-B,39.00\n"
                ",Broken,No handle,Kitchen,,,X-1,1.00\n"
                "short,Short row,One field short,Kitchen,,,S-1\n");
        f.close();
        w->showPane(PaneId::Pipeline);
        w->pipelinePane()->importCatalog(csv);
        settle(800);
        if (auto* import = GuiFixture::dialog<ImportDialog>()) {
            save(import, out, lang, u"import"_s);
            import->close();
        }
    }
    gui.stop();
    return 0;
}
