#include "Application.h"
#include "CashWeeksModel.h"
#include "CustomersModel.h"
#include "GuiFixture.h"
#include "KpiModel.h"
#include "MainWindow.h"
#include "ReviewModels.h"
#include "SalesReportModels.h"
#include "dialogs/SettingsDialog.h"
#include "panes/PnlCard.h"
#include "settings/CurrencyPage.h"
#include "settings/CustomersPage.h"
#include "settings/ReviewsPage.h"
#include "shopagents/GoalActions.h"
#include "widgets/NoticeStrip.h"
#include "widgets/TrendChart.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The dashboard's sales and profit card and the Customers and Currencies settings in the real main
// window, on the demo workspace once its store sync has brought the orders in: today's figures equal
// the headline cards, a period is picked with the keyboard, a product's chart follows the table, Esc
// goes back to the whole shop; an owner erases a customer after a confirmation, a viewer cannot.
class TestSalesViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    const UiContext& context() const { return m_gui.context(); }

    SettingsDialog* openSettings() const
    {
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        return GuiFixture::dialog<SettingsDialog>();
    }

    bool synced() const
    {
        return m_gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'store.sync' AND state IN ('queued', 'running')"_s)
            == 0;
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
        // The demo reads its store in the background; the card is read again once the orders are in.
        if (!QTest::qWaitFor([this] { return synced(); }, 120'000))
            return false;
        QSignalSpy loaded(context().sales, &SalesReportLoader::loaded);
        context().sales->reload();
        return loaded.wait(30'000);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void theCardAgreesWithTheHeadlineFiguresAndFollowsAProduct()
    {
        QVERIFY(start());
        auto* card = window()->findChild<PnlCard*>(u"pnlCard"_s);
        QVERIFY(card);
        SalesSummaryModel* summary = context().sales->summary();
        // Today, as the headline cards count it.
        QCOMPARE(card->periodBox()->currentText(), u"Today"_s);
        // (Just after midnight the day may have no order yet: the figures agree all the same, and the 30 days
        // below have orders.)
        const qint64 ordersToday = summary->value(SalesSummaryModel::Orders);
        QCOMPARE(summary->value(SalesSummaryModel::Revenue), context().kpis->value(KpiModel::RevenueToday));
        QCOMPARE(summary->value(SalesSummaryModel::Revenue, SalesSummaryModel::VsPrevious),
            context().kpis->index(KpiModel::RevenueToday).data(KpiModel::PreviousValueRole).toLongLong());
        QCOMPARE(
            summary->headerData(SalesSummaryModel::VsEarlier, Qt::Horizontal).toString(), u"vs same day last week"_s);
        QCOMPARE(summary->value(SalesSummaryModel::AverageOrder),
            ordersToday > 0 ? summary->value(SalesSummaryModel::Revenue) / ordersToday : 0);

        // The last 30 days, picked with the keyboard.
        QSignalSpy loaded(context().sales, &SalesReportLoader::loaded);
        card->periodBox()->setFocus();
        const int target = card->periodBox()->findData(static_cast<int>(SalesReport::Period::Last30Days));
        while (card->periodBox()->currentIndex() < target)
            QTest::keyClick(card->periodBox(), Qt::Key_Down);
        QVERIFY(loaded.wait(30'000));
        QVERIFY(summary->value(SalesSummaryModel::Orders) > ordersToday);
        QCOMPARE(
            summary->headerData(SalesSummaryModel::VsPrevious, Qt::Horizontal).toString(), u"vs previous period"_s);
        QTableView* products = card->productsView();
        QVERIFY(products->model()->rowCount() > 10);
        QCOMPARE(context().sales->series()->rowCount(), 30);
        auto* title = card->findChild<QLabel*>(u"pnlChartTitle"_s);
        QVERIFY(title->text().startsWith(u"Whole shop"_s));

        // A product picked in the table: its chart; Esc: the whole shop again.
        const QString name = products->model()->index(0, ProductPnlModel::Product).data().toString();
        QSignalSpy reset(context().sales->series(), &QAbstractItemModel::modelReset);
        products->setFocus();
        products->selectRow(0);
        QVERIFY(reset.wait(30'000));
        QCOMPARE(title->text(), u"%1: net sales and gross profit"_s.arg(name));
        QCOMPARE(card->chart()->revenueSeries()->name(), u"Net sales"_s);
        QTest::keyClick(products, Qt::Key_Escape);
        QVERIFY(reset.wait(30'000));
        QVERIFY(title->text().startsWith(u"Whole shop"_s));

        // Sorted by gross profit, highest first, by a click on its header.
        products->sortByColumn(ProductPnlModel::GrossProfit, Qt::DescendingOrder);
        const auto profit = [&](int row) {
            return products->model()
                ->index(row, ProductPnlModel::GrossProfit)
                .data(ProductPnlModel::RawRole)
                .toLongLong();
        };
        QVERIFY(profit(0) >= profit(1));
        QVERIFY(profit(1) >= profit(products->model()->rowCount() - 1));
    }

    void anOwnerErasesACustomerAfterAConfirmation()
    {
        QVERIFY(start());
        SettingsDialog* settings = openSettings();
        settings->showPage(SettingsDialog::Customers);
        CustomersPage* page = settings->customersPage();
        QTableView* table = page->table();
        QVERIFY(table->model()->rowCount() > 10);
        QVERIFY(!page->eraseButton()->isEnabled()); // nothing selected
        const QString email = table->model()->index(0, CustomersModel::Email).data().toString();
        QTest::keyClicks(page->search(), email);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(page->eraseButton()->isEnabled());
        page->eraseButton()->click();
        auto* box = GuiFixture::dialog<QMessageBox>();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"cannot be undone"_s));
        QPushButton* erase = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                erase = qobject_cast<QPushButton*>(b);
        }
        QVERIFY(erase);
        erase->click();
        QTRY_COMPARE(m_gui.count(u"SELECT COUNT(*) FROM orders WHERE email = ?"_s, {email}), 0);
        QVERIFY(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'customer.erased'"_s) == 1);
        // The list no longer finds the address; the row shows the erasure.
        QTRY_COMPARE(table->model()->rowCount(), 0);
        // Opened again, the page starts unfiltered, as its empty search box says.
        settings->close();
        settings = openSettings();
        settings->showPage(SettingsDialog::Customers);
        QVERIFY(settings->customersPage()->search()->text().isEmpty());
        QVERIFY(settings->customersPage()->table()->model()->rowCount() > 10);
        settings->close();
    }

    // The demo's customers by segment: Customer Segments scores them once the store sync brings the orders;
    // the page filters by segment, says its size and value, and an owner exports its customers.
    void theSegmentsAreShownAndExported()
    {
        QVERIFY(start());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.count(u"SELECT COUNT(*) FROM customers WHERE segment = 'champions'"_s) > 0, 120'000);
        SettingsDialog* settings = openSettings();
        settings->showPage(SettingsDialog::Customers);
        CustomersPage* page = settings->customersPage();
        QComboBox* box = page->segmentBox();
        QVERIFY(box->count() > 2); // all, and the segments with customers
        const int champions = box->findData(u"champions"_s);
        QVERIFY(champions > 0);
        const qint64 n = m_gui.count(u"SELECT COUNT(*) FROM customers WHERE segment = 'champions'"_s);
        QVERIFY2(box->itemText(champions).contains(QLocale().toString(n)), qPrintable(box->itemText(champions)));
        box->setCurrentIndex(champions);
        QTRY_COMPARE(page->table()->model()->rowCount(), int(n));
        QCOMPARE(page->table()->model()->index(0, CustomersModel::Segment).data().toString(), u"Champions"_s);
        const QString said = page->segmentText()->text();
        QVERIFY2(said.contains(u"spent"_s) && said.contains(QLocale().toString(n)), qPrintable(said));
        GuiFixture::shot(settings, u"settings-segments"_s);
        QTemporaryDir dir;
        QVERIFY(page->exportSegmentButton()->isEnabled());
        page->exportSegment(dir.filePath(u"champions.csv"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'customers.exported'"_s) == 1, 30'000);
        QFile csv(dir.filePath(u"champions.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'),
            m_gui.count(u"SELECT COUNT(*) FROM customers WHERE segment = 'champions' AND email <> '' AND erased_at IS "
                        u"NULL"_s)
                + 1);
        settings->close();
    }

    void theReviewDeskReadsTheDemoReviewsAndProposesReplies()
    {
        QVERIFY(start());
        // After the sync the desk reads the store's reviews; its drafts go through the gate to Approvals. On a
        // loaded machine the sync can pause long enough for the desk to run halfway through it and read the rest
        // when it runs again: the figures below are compared once the sync is over and the desk has read all.
        QVERIFY(QTest::qWaitFor(
            [this] {
                const qint64 read = m_gui.count(u"SELECT COUNT(*) FROM review_insights"_s);
                return read > 0 && read == m_gui.count(u"SELECT COUNT(*) FROM product_reviews"_s)
                    && m_gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'store.sync' AND state IN ('queued', "
                                   u"'running')"_s)
                    == 0
                    && m_gui.count(u"SELECT COUNT(*) FROM review_insights WHERE reply_state = 'drafting'"_s) == 0;
            },
            180'000));
        const qint64 reviews = m_gui.count(u"SELECT COUNT(*) FROM product_reviews"_s);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM review_insights"_s), reviews);
        const qint64 replies
            = m_gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'review_reply' AND status = "
                          u"'pending' AND agent = 'Review Desk'"_s);
        QVERIFY(replies > 0);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM review_insights WHERE reply_state = 'proposed'"_s), replies);

        SettingsDialog* settings = openSettings();
        settings->showPage(SettingsDialog::Reviews);
        ReviewsPage* page = settings->reviewsPage();
        QTableView* table = page->table();
        QTRY_COMPARE(table->model()->rowCount(), static_cast<int>(reviews));
        QVERIFY(page->weekTable()->model()->rowCount() > 0);
        // Only those that need a reply, with the keyboard.
        page->needsReplyBox()->setFocus();
        QTest::keyClick(page->needsReplyBox(), Qt::Key_Space);
        QTRY_COMPARE(table->model()->rowCount(),
            static_cast<int>(m_gui.count(u"SELECT COUNT(*) FROM review_insights WHERE needs_reply = 1"_s)));
        int waiting = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            waiting += table->model()->index(r, ReviewsModel::Reply).data().toString() == u"Waiting for approval"_s;
        QCOMPARE(waiting, static_cast<int>(replies));
        GuiFixture::shot(settings, u"settings-reviews"_s);
        settings->close();
    }

    void financeWatchAlertsOnTheDashboardWhenAiSpendNearsItsCeiling()
    {
        QVERIFY(start());
        // The demo's writers have spent something on AI by the time the pipeline is idle.
        QVERIFY(QTest::qWaitFor(
            [this] { return m_gui.count(u"SELECT COUNT(*) FROM provider_calls WHERE cost_micros > 0"_s) > 0; },
            120'000));
        auto* strip = window()->findChild<FinanceAlertStrip*>(u"financeAlertStrip"_s);
        QVERIFY(strip);
        // (The demo's day may have raised another alert; this test is about the AI ceiling.)
        const auto showsAi = [strip] { return strip->isVisible() && strip->text().contains(u"AI spend"_s); };
        QVERIFY(!showsAi());
        // The owner sets a ceiling below what was spent: saving asks Finance Watch to judge it now.
        Goals::Set goals = context().goals->goals();
        const Goals::Set before = goals;
        goals.aiSpendMicros = 1;
        QString error;
        QVERIFY2(context().goals->save(goals, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(showsAi(), 60'000);
        QVERIFY(strip->toolTip().contains(u"the month ends at"_s));
        QCOMPARE(
            m_gui.count(u"SELECT COUNT(*) FROM finance_alerts WHERE kind = 'ai_ceiling' AND resolved_at IS NULL"_s), 1);
        GuiFixture::shot(window(), u"dashboard-finance-alert"_s);
        // The cash view beside the products: 13 weeks, and its running total is the weeks' nets added up.
        auto* pnl = window()->findChild<PnlCard*>(u"pnlCard"_s);
        pnl->tabs()->setCurrentWidget(pnl->cashView());
        auto* cash = qobject_cast<CashWeeksModel*>(pnl->cashView()->model());
        QTRY_COMPARE_WITH_TIMEOUT(cash->rowCount(), SalesReport::CashWeeks, 30'000); // read when first looked at
        qint64 nets = 0;
        qint64 in = 0;
        for (int row = 0; row < cash->rowCount(); ++row) {
            nets += cash->value(row, CashWeeksModel::Net);
            in += cash->value(row, CashWeeksModel::MoneyIn);
        }
        QCOMPARE(cash->value(0, CashWeeksModel::Running), nets);
        QVERIFY(in > 0);
        // Raised again, the alert no longer holds and goes.
        QVERIFY2(context().goals->save(before, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!showsAi(), 60'000);
        QCOMPARE(
            m_gui.count(u"SELECT COUNT(*) FROM finance_alerts WHERE kind = 'ai_ceiling' AND resolved_at IS NULL"_s), 0);
    }

    void aViewerCannotEraseAndTheCurrenciesPageSaysWhatItNeeds()
    {
        QVERIFY(start(u"Joris"_s)); // the demo's viewer
        SettingsDialog* settings = openSettings();
        settings->showPage(SettingsDialog::Customers);
        CustomersPage* page = settings->customersPage();
        page->table()->selectRow(0);
        QVERIFY(!page->eraseButton()->isEnabled());
        QVERIFY(page->eraseButton()->toolTip().contains(u"owner"_s));
        QVERIFY(!page->eraseSelected());
        settings->showPage(SettingsDialog::Currencies);
        CurrencyPage* currency = settings->currencyPage();
        QCOMPARE(currency->reporting()->currentText(), u"EUR"_s);
        QVERIFY(!currency->save()); // a viewer: refused, nothing saved
        settings->close();
    }
};

QUORUM_GUI_TEST_MAIN(TestSalesViews)
#include "tst_salesviews.moc"
