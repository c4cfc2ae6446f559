#include "GuiFixture.h"
#include "MainWindow.h"
#include "approvals/ApprovalDesk.h"
#include "core/Money.h"
#include "dialogs/SettingsDialog.h"
#include "panes/ApprovalsPane.h"
#include "panes/ProposalDetailPanel.h"
#include "settings/PricingPage.h"
#include "shopagents/Pricing.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

using namespace Qt::StringLiterals;

// The Pricing agent in the real main window on the demo workspace: its proposals, made from the demo
// store's sales and the demo's competitor price list, wait in Approvals with the numbers they came from,
// and an approved one changes the product's price; Settings → Pricing sets its rules and imports a price
// list (rows that cannot be read are named, a list without the columns is refused), and a viewer only
// looks.
class TestPricingViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const { return m_gui.value(sql, binds); }

    SettingsDialog* openSettings() const
    {
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        return GuiFixture::dialog<SettingsDialog>();
    }

    bool start(const QString& user = u"Ann"_s)
    {
        GuiFixture::Options options;
        options.user = user;
        QString error;
        if (!m_gui.start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    static QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void aPriceProposalFromTheDemoDataIsApprovedAndRuns()
    {
        QVERIFY(start());
        // The agent runs again once the store sync brings the orders, and proposes from the demo's
        // competitor list: products the store sells for well under what a competitor asks.
        QTRY_VERIFY_WITH_TIMEOUT(
            value(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Pricing'"_s).toInt() > 0, 120'000);
        const qint64 id
            = value(u"SELECT id FROM action_proposals WHERE agent = 'Pricing' ORDER BY id LIMIT 1"_s).toLongLong();
        const ApprovalDesk::Proposal p = *ApprovalDesk::load(m_gui.db(), id);
        const QString sku = p.parameters.value(u"sku"_s).toString();
        const QString competitor = p.parameters.value(u"competitor"_s).toString();
        QVERIFY2(!competitor.isEmpty(), qPrintable(p.title));
        // Not measured in the demo (its prices never changed): half a chance, so a person decides.
        QCOMPARE(p.status, u"pending"_s);
        QVERIFY2(p.verdict.contains(u"confidence 0.50"_s), qPrintable(p.verdict));
        // The competitor's price is the demo list's, as imported.
        QCOMPARE(*Money::parse(p.parameters.value(u"competitor_price"_s).toString()),
            value(u"SELECT MIN(price_cents) FROM competitor_prices WHERE sku = ? AND seen_on >= date('now', '-30 "
                  u"days')"_s,
                {sku})
                .toLongLong());
        QCOMPARE(*Money::parse(p.parameters.value(u"old_price"_s).toString()),
            value(u"SELECT price_cents FROM products WHERE sku = ?"_s, {sku}).toLongLong());

        // Another agent proposes a price for the same SKU: the two are in conflict, only one can be approved.
        ApprovalDesk::Proposal rival;
        rival.agent = u"Demo example"_s;
        rival.actionType = ActionType::PriceChange;
        rival.title = u"Hold the price of %1 for the holidays"_s.arg(sku);
        rival.confidence = 0.9;
        rival.parameters = QJsonObject{{u"sku"_s, sku}, {u"old_price"_s, p.parameters.value(u"old_price"_s)},
            {u"new_price"_s, p.parameters.value(u"old_price"_s)}, {u"currency"_s, u"EUR"_s}};
        const qint64 rivalId = ApprovalDesk::propose(m_gui.db(), rival, {}, QDateTime::currentMSecsSinceEpoch());
        // 0 % would run by itself, but waits while the Pricing proposal does.
        QCOMPARE(value(u"SELECT status FROM action_proposals WHERE id = ?"_s, {rivalId}).toString(), u"pending"_s);

        window()->showPane(PaneId::Approvals);
        ApprovalsPane* pane = window()->approvalsPane();
        pane->openProposal(id);
        QTRY_COMPARE(pane->detail()->proposalId(), id);
        const QString text = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        QVERIFY2(text.contains(competitor) && text.contains(u"could not be measured"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Track record of Pricing"_s), qPrintable(text));
        // The agent's figures under their names, money as money; none by its stored key.
        QVERIFY2(text.contains(u"Units, last 28 days"_s) && text.contains(u"Competitor's price"_s)
                && text.contains(
                    Money::format(*Money::parse(p.parameters.value(u"competitor_price"_s).toString()), u"EUR"_s)),
            qPrintable(text));
        for (const QString& key : {u"units_last"_s, u"units_previous"_s, u"competitor_price"_s, u"change_pct"_s,
                 u"margin_floor_pct"_s, u"competitor_raise"_s, u"competitor_lower"_s, u"price_stated_in"_s})
            QVERIFY2(!text.contains(key), qPrintable(key));
        // Words in the store that state today's price are named before deciding: the demo's live products' do.
        const qint64 stated = value(u"SELECT COALESCE(MIN(id), 0) FROM action_proposals WHERE agent = 'Pricing' AND "
                                    u"json_extract(parameters, '$.price_stated_in') IS NOT NULL"_s)
                                  .toLongLong();
        QVERIFY(stated > 0);
        pane->openProposal(stated);
        QTRY_COMPARE(pane->detail()->proposalId(), stated);
        const QString named = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        QVERIFY2(named.contains(u"which the new price makes wrong"_s) && named.contains(u"Price written in"_s),
            qPrintable(named));
        pane->openProposal(id);
        QTRY_COMPARE(pane->detail()->proposalId(), id);
        QVERIFY2(text.contains(u"Conflicts with #%1"_s.arg(rivalId)) && text.contains(u"only one of them"_s),
            qPrintable(text));
        m_gui.shot(window(), u"approvals-pricing"_s);
        QCOMPARE(pane->view()->selectionModel()->selectedRows().size(), 1);
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(
            value(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {id}).toString(), u"done"_s, 30'000);
        QCOMPARE(value(u"SELECT price_cents FROM products WHERE sku = ?"_s, {sku}).toLongLong(),
            *Money::parse(p.parameters.value(u"new_price"_s).toString()));
        // The rival now says which one was approved, and approving it is refused.
        pane->openProposal(rivalId);
        QTRY_COMPARE(pane->detail()->proposalId(), rivalId);
        const QString rivalText = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        QVERIFY2(rivalText.contains(u"Pricing, approved"_s), qPrintable(rivalText));
        m_gui.shot(window(), u"approvals-conflict"_s);
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_A);
        QMessageBox* refused = nullptr;
        QTRY_VERIFY((refused = window()->findChild<QMessageBox*>(u"decisionRefused"_s)) != nullptr);
        QVERIFY2(refused->informativeText().contains(u"only one of them can be approved"_s),
            qPrintable(refused->informativeText()));
        refused->close();
        QCOMPARE(value(u"SELECT status FROM action_proposals WHERE id = ?"_s, {rivalId}).toString(), u"pending"_s);
    }

    void theOwnerSetsTheRulesAndImportsAPriceList()
    {
        QVERIFY(start());
        SettingsDialog* settings = openSettings();
        settings->showPage(SettingsDialog::Pricing);
        PricingPage* page = settings->pricingPage();
        // The demo's rules and list.
        QCOMPARE(page->floor()->value(), 35.0);
        QCOMPARE(page->ending()->currentData().toString(), u"0.95"_s);
        QCOMPARE(page->step()->value(), 10);
        QVERIFY2(page->listState()->text().startsWith(u"9 prices from 8 competitors"_s),
            qPrintable(page->listState()->text()));
        m_gui.shot(settings, u"settings-pricing"_s);

        page->ending()->setCurrentIndex(page->ending()->findData(u"0.99"_s));
        page->floor()->setValue(40);
        QVERIFY(page->save());
        QCOMPARE(Pricing::load(m_gui.db()).ending, Pricing::Ending::X99);
        QCOMPARE(Pricing::load(m_gui.db()).marginFloorPct, 40.0);
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.pricing' AND actor = 'Ann'"_s).toInt(), 1);

        QTemporaryDir dir;
        // A list with a row that is not a price: the others come in, the row is named.
        page->importList(write(dir, u"prices.csv"_s,
            "sku,competitor,price\nAPP-002,Linen Loft,\"59,00\"\nAPP-002,Shirt Co,soon\nHOM-002,Board Barn,49.95\n"));
        QTRY_VERIFY(page->lastImportBox());
        QCOMPARE(page->lastImportBox()->icon(), QMessageBox::Warning);
        QVERIFY2(page->lastImportBox()->detailedText().contains(u"Line 3"_s),
            qPrintable(page->lastImportBox()->detailedText()));
        page->lastImportBox()->close();
        QCOMPARE(value(u"SELECT price_cents FROM competitor_prices WHERE sku = 'APP-002'"_s).toLongLong(), 5900);
        QVERIFY2(page->listState()->text().startsWith(u"11 prices from 10 competitors"_s),
            qPrintable(page->listState()->text()));
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'pricing.competitors_imported' AND actor = 'Ann'"_s)
                .toInt(),
            1);
        // Without the columns it needs: refused, saying which it has; nothing written.
        page->importList(write(dir, u"wrong.csv"_s, "Artikel,Preis\nAPP-002,59\n"));
        QTRY_COMPARE(page->lastImportBox()->icon(), QMessageBox::Critical);
        QVERIFY2(
            page->lastImportBox()->text().contains(u"Artikel, Preis"_s), qPrintable(page->lastImportBox()->text()));
        page->lastImportBox()->close();
        QCOMPARE(value(u"SELECT COUNT(*) FROM competitor_prices"_s).toInt(), 11);
        settings->close();
    }

    void whatHappenedAfterTheDemosPriceChangesIsMeasured()
    {
        QVERIFY(start());
        // The demo's price changes of six and seven weeks ago: once the store sync brings their days after,
        // the CEO measures them from the store's own orders.
        const qint64 id = value(u"SELECT id FROM action_proposals WHERE action_type = 'price_change' AND "
                                u"json_extract(parameters, '$.sku') = 'BEA-001' AND status = 'auto_approved'"_s)
                              .toLongLong();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            value(u"SELECT COUNT(*) FROM decision_outcomes WHERE proposal_id = ?"_s, {id}).toInt() == 1, 120'000);
        // With the sales' markdowns and prices put back that have their 28 days after (measured in the same run).
        const int measured = value(u"SELECT COUNT(*) FROM decision_outcomes o JOIN action_proposals p ON p.id = "
                                   u"o.proposal_id WHERE p.action_type = 'price_change' AND p.agent = 'Demo example'"_s)
                                 .toInt();
        QVERIFY2(measured > 2, qPrintable(QString::number(measured)));
        // And from the people's decisions on them, the CEO's threshold change waits for the owner.
        QTRY_VERIFY_WITH_TIMEOUT(value(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'rule_change' AND "
                                       u"status = 'pending' AND agent = 'CEO' AND title LIKE '%28 of 30%'"_s)
                                     .toInt()
                == 1,
            60'000);
        // Recomputed here from the store's order lines: the 28 local days before the day it ran and the 28 after.
        const qint64 ranAt = value(u"SELECT ran_at FROM action_proposals WHERE id = ?"_s, {id}).toLongLong();
        const QDate ran = QDateTime::fromMSecsSinceEpoch(ranAt).date();
        const auto sold = [&](const QDate& first, const QDate& last) {
            // In the shop's currency at the order's own rate (an order paid in another currency).
            return std::llround(value(u"SELECT COALESCE(SUM(l.total_cents * CASE WHEN o.currency = o.shop_currency OR "
                                      u"o.total_cents = 0 THEN 1.0 ELSE o.shop_total_cents * 1.0 / o.total_cents END), "
                                      u"0) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.paid = 1 AND "
                                      u"o.shop_currency = 'EUR' AND l.sku = 'BEA-001' AND o.created_at >= ? AND "
                                      u"o.created_at < ?"_s,
                {first.startOfDay().toMSecsSinceEpoch(), last.addDays(1).startOfDay().toMSecsSinceEpoch()})
                                    .toDouble());
        };
        const qint64 before = sold(ran.addDays(-28), ran.addDays(-1));
        const qint64 after = sold(ran.addDays(1), ran.addDays(28));
        QVERIFY(before + after > 0);
        const auto stored = [&](const QString& column) {
            return value(u"SELECT "_s + column + u" FROM decision_outcomes WHERE proposal_id = ?"_s, {id}).toDouble();
        };
        QVERIFY2(std::abs(std::llround(stored(u"before_value"_s)) - before) <= 1, qPrintable(QString::number(before)));
        QVERIFY2(std::abs(std::llround(stored(u"after_value"_s)) - after) <= 1, qPrintable(QString::number(after)));

        window()->showPane(PaneId::Approvals);
        ApprovalsPane* pane = window()->approvalsPane();
        pane->openProposal(id);
        QTRY_COMPARE(pane->detail()->proposalId(), id);
        const QString text = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        const QString said = stored(u"after_value"_s) >= stored(u"before_value"_s)
            ? u"What happened after: Revenue kept: "_s
            : u"What happened after: Revenue fell: "_s;
        const auto money = [&](const QString& column) { return Money::format(std::llround(stored(column)), u"EUR"_s); };
        QVERIFY2(text.contains(said + money(u"after_value"_s)), qPrintable(text));
        QVERIFY2(text.contains(money(u"before_value"_s) + u" in the 28 days before"_s), qPrintable(text));
        QVERIFY2(
            text.contains(u"Afterwards: "_s) && text.contains(u" of %1 measured kept their revenue"_s.arg(measured)),
            qPrintable(text));
        QTextBrowser* browser = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s);
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
        m_gui.shot(window(), u"approvals-outcome"_s);
    }

    void aViewerOnlyLooks()
    {
        QVERIFY(start(u"Joris"_s)); // the demo's viewer
        SettingsDialog* settings = openSettings();
        settings->showPage(SettingsDialog::Pricing);
        PricingPage* page = settings->pricingPage();
        QVERIFY(!page->floor()->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(u"importCompetitorPrices"_s)->isEnabled());
        QVERIFY(!page->findChild<QLabel*>(u"pricingNote"_s)->text().isEmpty());
        QVERIFY(!page->save()); // refused, nothing saved
        QCOMPARE(Pricing::load(m_gui.db()).marginFloorPct, 35.0);
        settings->close();
    }
};

QUORUM_GUI_TEST_MAIN(TestPricingViews)
#include "tst_pricingviews.moc"
