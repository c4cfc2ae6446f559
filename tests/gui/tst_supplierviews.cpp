#include "GuiFixture.h"
#include "MainWindow.h"
#include "SuppliersModel.h"
#include "approvals/ApprovalDesk.h"
#include "dialogs/SettingsDialog.h"
#include "panes/ApprovalsPane.h"
#include "panes/ProposalDetailPanel.h"
#include "settings/SuppliersPage.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// Supplier vetting in the real main window on the demo workspace: the demo's supplier list is compared
// on the agent's first run, its proposal waits in Approvals with the comparison table, and approving it
// marks the supplier current in Settings → Suppliers; the owner imports a list (rows that cannot be read
// are named, a list without the columns is refused) and a viewer only looks.
class TestSupplierViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const { return m_gui.value(sql, binds); }

    SettingsDialog* openSuppliers() const
    {
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        SettingsDialog* settings = GuiFixture::dialog<SettingsDialog>();
        settings->showPage(SettingsDialog::Suppliers);
        return settings;
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

    void theDemosNewSupplierIsComparedApprovedAndMarkedCurrent()
    {
        QVERIFY(start());
        // It waits for the demo store's first order sync, then compares.
        QTRY_VERIFY2_WITH_TIMEOUT(
            value(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Supplier Vetting'"_s).toInt() > 0,
            qPrintable(value(u"SELECT last_outcome || ': ' || last_note FROM agents WHERE name = 'Supplier Vetting'"_s)
                           .toString()),
            120'000);
        // Only Atelier Brouwer leads Noorderwol clearly; Lanificio Serra and Kiln & Co score lower than the
        // suppliers they were compared with.
        QCOMPARE(value(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Supplier Vetting'"_s).toInt(), 1);
        const qint64 id = value(u"SELECT id FROM action_proposals WHERE agent = 'Supplier Vetting'"_s).toLongLong();
        const ApprovalDesk::Proposal p = *ApprovalDesk::load(m_gui.db(), id);
        QCOMPARE(p.parameters.value(u"name"_s).toString(), u"Atelier Brouwer"_s);
        QCOMPARE(p.parameters.value(u"replaces"_s).toString(), u"Noorderwol Textiel"_s);
        QCOMPARE(p.status, u"pending"_s);
        QCOMPARE(p.riskLevel, u"high"_s);

        window()->showPane(PaneId::Approvals);
        ApprovalsPane* pane = window()->approvalsPane();
        pane->openProposal(id);
        QTRY_COMPARE(pane->detail()->proposalId(), id);
        const QString text = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        QVERIFY2(text.contains(u"Suppliers compared"_s) && text.contains(u"Noorderwol Textiel (today)"_s)
                && text.contains(u"14.0 days"_s) && text.contains(u"Compared with"_s),
            qPrintable(text));
        QVERIFY2(text.contains(p.verdict), qPrintable(text)); // why it waits: the risk rule
        m_gui.shot(window(), u"approvals-supplier"_s);

        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(
            value(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {id}).toString(), u"done"_s, 30'000);
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM supplier_quotes WHERE supplier = 'Atelier Brouwer' AND current = 1"_s).toInt(),
            3);

        SettingsDialog* settings = openSuppliers();
        SuppliersPage* page = settings->suppliersPage();
        const QAbstractItemModel* model = page->table()->model();
        int current = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, SuppliersModel::Supplier).data().toString() == u"Atelier Brouwer"
                && model->index(row, SuppliersModel::Current).data().toString() == u"Yes")
                ++current;
        QCOMPARE(current, 3);
        settings->close();
    }

    void theOwnerImportsASupplierList()
    {
        QVERIFY(start());
        SettingsDialog* settings = openSuppliers();
        SuppliersPage* page = settings->suppliersPage();
        QVERIFY2(
            page->listState()->text().startsWith(u"5 suppliers for 6 SKUs"_s), qPrintable(page->listState()->text()));
        QCOMPARE(page->table()->model()->rowCount(), 12);
        m_gui.shot(settings, u"settings-suppliers"_s);

        QTemporaryDir dir;
        // A list with a row whose lead time is not a number: the others come in, the row is named.
        page->importList(write(dir, u"suppliers.csv"_s,
            "supplier,sku,unit cost,lead time,current\nBoard Makers,HOM-002,13.90,10,no\nBoard Makers,HOM-003,"
            "9.00,soon,no\n"));
        QTRY_VERIFY(page->lastImportBox());
        QCOMPARE(page->lastImportBox()->icon(), QMessageBox::Warning);
        QVERIFY2(page->lastImportBox()->detailedText().contains(u"Line 3: “soon” is not a lead time"_s),
            qPrintable(page->lastImportBox()->detailedText()));
        page->lastImportBox()->close();
        QCOMPARE(page->table()->model()->rowCount(), 13);
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'suppliers.imported' AND actor = 'Ann'"_s).toInt(),
            1);
        const auto* note = page->findChild<QLabel*>(u"suppliersNote"_s);
        QVERIFY2(note->text().endsWith(u"The Supplier vetting agent looks at it now."_s), qPrintable(note->text()));
        // With the agent paused, the page does not say it looks now.
        QSqlQuery pause(m_gui.db());
        QVERIFY(pause.exec(u"UPDATE agents SET paused = 1 WHERE name = 'Supplier Vetting'"_s));
        page->importList(
            write(dir, u"again.csv"_s, "supplier,sku,unit cost,lead time\nBoard Makers,HOM-002,13.50,10\n"));
        QVERIFY2(
            note->text().contains(u"is paused: it compares the list when it is resumed"_s), qPrintable(note->text()));
        QVERIFY(pause.exec(u"UPDATE agents SET paused = 0 WHERE name = 'Supplier Vetting'"_s));
        // The SKU has no current supplier: the page says nothing is compared for it.
        QVERIFY2(page->listState()->text().contains(u"1 SKU has no current supplier: nothing is compared for it"_s),
            qPrintable(page->listState()->text()));
        // Without the columns it needs: refused, saying which it has; nothing written.
        page->importList(write(dir, u"wrong.csv"_s, "Firma,Artikel\nBoard Makers,HOM-002\n"));
        QTRY_COMPARE(page->lastImportBox()->icon(), QMessageBox::Critical);
        QVERIFY2(
            page->lastImportBox()->text().contains(u"Firma, Artikel"_s), qPrintable(page->lastImportBox()->text()));
        page->lastImportBox()->close();
        QCOMPARE(value(u"SELECT COUNT(*) FROM supplier_quotes"_s).toInt(), 13);
        settings->close();
    }

    void aViewerOnlyLooks()
    {
        QVERIFY(start(u"Joris"_s)); // the demo's viewer
        SettingsDialog* settings = openSuppliers();
        SuppliersPage* page = settings->suppliersPage();
        QVERIFY(!page->findChild<QPushButton*>(u"importSuppliers"_s)->isEnabled());
        QVERIFY(!page->findChild<QLabel*>(u"suppliersNote"_s)->text().isEmpty());
        QCOMPARE(page->table()->model()->rowCount(), 12); // the list is still there to read
        settings->close();
    }
};

QUORUM_GUI_TEST_MAIN(TestSupplierViews)
#include "tst_supplierviews.moc"
