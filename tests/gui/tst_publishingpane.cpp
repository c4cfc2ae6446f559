#include "Application.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ProductsModel.h"
#include "Translations.h"
#include "WorkspaceSession.h"
#include "dialogs/SettingsDialog.h"
#include "panes/ApprovalDecisions.h"
#include "panes/ApprovalsPane.h"
#include "panes/PipelinePane.h"
#include "panes/ProductDetailPanel.h"
#include "panes/ProposalDetailPanel.h"
#include "panes/PublicationsBox.h"
#include "publishing/Publications.h"
#include "sandbox/SandboxServer.h"
#include "settings/ConnectionsPage.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// Publishing from the real main window on the demo workspace, with a real Secret Service (the test
// runs in a private D-Bus session with gnome-keyring): a connection is added in Settings (its secret
// goes to the keychain), tested and removed (its secret with it); a Ready product is published from
// its detail, which asks the Publisher for a proposal, approved with the keyboard in Approvals, and
// shows where it went live with a link; then it is taken down to a draft.
class TestPublishingPane : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    QSqlDatabase db() const { return m_gui.db(); }
    static void shot(QWidget* w, const QString& name) { GuiFixture::shot(w, name); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const { return m_gui.value(sql, binds); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }
    void init()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void addsTestsAndRemovesAConnection()
    {
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        auto* settings = window()->findChild<SettingsDialog*>();
        QVERIFY(settings);
        settings->showPage(SettingsDialog::Connections);
        ConnectionsPage* page = settings->connectionsPage();
        page->addConnection(Connections::Kind::WordPress);
        page->field(u"connName"_s)->setText(u"Second blog"_s);
        page->field(u"connUrl"_s)->setText(m_gui.app()->session()->sandboxUrl().toString());
        page->field(u"connAccount"_s)->setText(u"editor"_s);
        page->field(u"app_password"_s)->setText(u"abcd EFGH 1234 ijkl MNOP 5678"_s);
        page->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->busy(), 20000);
        QVERIFY2(page->resultText().contains(u"Connected"_s), qPrintable(page->resultText()));
        shot(settings, u"settings-connections"_s);
        page->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->busy(), 20000);
        QVERIFY2(page->resultText().contains(u"keychain"_s), qPrintable(page->resultText()));
        const qint64 id = value(u"SELECT id FROM connections WHERE name = 'Second blog'"_s).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM secret_index WHERE connection_id = ?"_s, {id}).toInt(), 1);
        // The secret is in the keychain and the cache, not in the workspace.
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM connections WHERE url LIKE '%abcd%' OR account LIKE '%abcd%'"_s).toInt(), 0);

        page->removeButton()->click();
        auto* box = settings->findChild<QMessageBox*>(u"removeConnectionConfirm"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_COMPARE(value(u"SELECT COUNT(*) FROM connections WHERE id = ?"_s, {id}).toInt(), 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM secret_index"_s).toInt(), 0);
        settings->close();
    }

    void publishesAReadyProductAfterApproval()
    {
        const qint64 product
            = value(u"SELECT id FROM products WHERE stage = 'ready' ORDER BY id LIMIT 1"_s).toLongLong();
        QVERIFY(product > 0);
        window()->showPane(PaneId::Pipeline);
        PipelinePane* pipeline = window()->pipelinePane();
        auto* model = qobject_cast<ProductsModel*>(pipeline->view()->model());
        pipeline->view()->setCurrentIndex(model->indexForId(product));
        auto* box = pipeline->detail()->findChild<PublicationsBox*>();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"Not published"_s));
        box->findChild<QPushButton*>(u"publishProduct"_s)->click();
        const qint64 proposal = value(u"SELECT id FROM action_proposals WHERE product_id = ? AND action_type = "
                                      u"'publish_product' AND status = 'pending'"_s,
            {product})
                                    .toLongLong();
        QVERIFY2(proposal > 0, "the Publisher proposed it");
        QCOMPARE(
            value(u"SELECT proposed_by FROM action_proposals WHERE id = ?"_s, {proposal}).toString(), u"Publisher"_s);
        // Nothing went out before the approval.
        QCOMPARE(m_gui.app()->session()->sandboxUrl().isValid(), true);
        QCOMPARE(Publications::outboxCount(db()), 0);

        window()->openProposal(proposal);
        ApprovalsPane* approvals = window()->approvalsPane();
        QCOMPARE(approvals->detail()->proposalId(), proposal);
        // The approver sees each place it goes live, by name and address.
        const QString detail = approvals->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        QVERIFY2(detail.contains(u"Where it goes live"_s), qPrintable(detail));
        QSqlQuery places = Sql::exec(db(), u"SELECT name FROM connections WHERE kind <> 'meta_ads'"_s);
        int named = 0;
        while (places.next()) {
            QVERIFY2(detail.contains(places.value(0).toString()), qPrintable(detail));
            ++named;
        }
        QCOMPARE(named, 3);
        QVERIFY(detail.contains(u"the product listing"_s));
        QVERIFY(detail.contains(u"a blog post and the landing page"_s));
        QApplication::setActiveWindow(window());
        approvals->view()->setFocus();
        QTest::keyClick(approvals->view(), Qt::Key_A);
        QCOMPARE(value(u"SELECT status FROM action_proposals WHERE id = ?"_s, {proposal}).toString(), u"approved"_s);

        // The demo connects a blog, a WooCommerce store and a Shopify store (all the sandbox): the blog
        // gets the post and the landing page.
        QTRY_VERIFY_WITH_TIMEOUT(
            value(u"SELECT COUNT(*) FROM publications WHERE product_id = ? AND status = 'published'"_s, {product})
                    .toInt()
                == 4,
            30000);
        QCOMPARE(value(u"SELECT stage FROM products WHERE id = ?"_s, {product}).toString(), u"published"_s);
        window()->showPane(PaneId::Pipeline);
        pipeline->view()->setCurrentIndex(model->indexForId(product));
        // The detail catches up from the event bus: three places, with links.
        QTRY_COMPARE_WITH_TIMEOUT(box->text().count(u"<a href"_s), 4, 10000);
        QVERIFY(!box->text().contains(u"Not published"_s));
        shot(window(), u"pipeline-published"_s);

        box->findChild<QPushButton*>(u"unpublishProduct"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            value(u"SELECT COUNT(*) FROM publications WHERE product_id = ? AND status = 'draft'"_s, {product}).toInt()
                == 4,
            30000);
    }
};

QUORUM_GUI_TEST_MAIN(TestPublishingPane)
#include "tst_publishingpane.moc"
