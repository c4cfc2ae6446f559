#include "GuiFixture.h"
#include "LeadsModel.h"
#include "MainWindow.h"
#include "SiteUnitsModel.h"
#include "SitesModel.h"
#include "SmtpServer.h"
#include "approvals/ApprovalActions.h"
#include "autopilot/AutopilotSettings.h"
#include "delegates/SiteCardDelegate.h"
#include "dialogs/GenerateSiteDialog.h"
#include "dialogs/OutreachDialog.h"
#include "dialogs/OutreachSettingsDialog.h"
#include "dialogs/SiteDetailDialog.h"
#include "dialogs/SitePreviewDialog.h"
#include "panes/LeadsTab.h"
#include "panes/SitesPane.h"
#include "pipeline/PipelineActions.h"
#include "sites/PageShots.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Sites → Generate site in the real main window: a product chosen, the chain (brief, concept, design tokens,
// sections) run by the workers against the sandbox, the card following it to Ready; the site's parts with
// their states, one locked and unlocked, one written again with an instruction while the others keep their
// versions. In English and in Dutch.
class TestSitesView : public QObject
{
    Q_OBJECT

    GuiFixture m_gui;

    SitesPane* openSites() const
    {
        m_gui.window()->showPane(PaneId::Sites);
        SitesPane* pane = m_gui.window()->sitesPane();
        pane->tabs()->setCurrentIndex(0);
        return pane;
    }

    QString stageOf(qint64 site) const
    {
        return m_gui.value(u"SELECT stage FROM sites WHERE id = ?"_s, {site}).toString();
    }

    int rowOf(QAbstractItemModel* model, const QString& kind) const
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(SiteUnitsModel::KindRole).toString() == kind)
                return r;
        }
        return -1;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void aCollectionsPageIsChosenInTheDialogAndItsCardSaysSo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("subject");
        QTest::newRow("en") << u"en"_s << u"Home (2 products)"_s << u"Shows the collection Home"_s;
        QTest::newRow("nl") << u"nl"_s << u"Home (2 producten)"_s << u"Toont de collectie Home"_s;
    }
    void aCollectionsPageIsChosenInTheDialogAndItsCardSaysSo()
    {
        QFETCH(QString, language);
        QFETCH(QString, choice);
        QFETCH(QString, subject);
        GuiFixture::Options options;
        options.language = language;
        options.demo = false;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        SitesPane* pane = openSites();
        // No product yet: nothing to generate, and the dialog says why.
        pane->findChild<QPushButton*>(u"generateSiteButton"_s)->click();
        GenerateSiteDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = GuiFixture::dialog<GenerateSiteDialog>()));
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog->collectionChoice()->isEnabled());
        QVERIFY(!dialog->shopChoice()->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(u"generateSiteError"_s)->isVisibleTo(dialog));
        dialog->reject();
        delete dialog;

        for (const auto& [name, cents] : {std::pair{u"Stoneware Mug"_s, 2450}, std::pair{u"Linen Towel"_s, 1250}}) {
            ProductFacts p;
            p.name = name;
            p.description = u"Made for every day."_s;
            p.priceCents = cents;
            p.category = u"Home"_s;
            QVERIFY(m_gui.context().actions->addProduct(p, {}, false, &error) > 0);
        }
        pane->findChild<QPushButton*>(u"generateSiteButton"_s)->click();
        QTRY_VERIFY((dialog = GuiFixture::dialog<GenerateSiteDialog>()));
        QVERIFY(dialog->productChoice()->isChecked());
        QVERIFY(!dialog->collectionBox()->isEnabled());
        // Chosen by keyboard: the collection's mnemonic, then its list.
        QApplication::setActiveWindow(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(dialog->collectionChoice()->isChecked());
        QVERIFY(dialog->collectionBox()->isEnabled());
        QVERIFY(!dialog->productBox()->isEnabled());
        QCOMPARE(dialog->collectionBox()->count(), 1);
        QCOMPARE(dialog->collectionBox()->currentText(), choice);
        GuiFixture::shot(dialog, u"sites-generate-collection-"_s + language);
        QVERIFY(dialog->generate());
        dialog->accept();
        QTRY_COMPARE(pane->view()->model()->rowCount(), 1);
        const QModelIndex card = pane->view()->model()->index(0, 0);
        QCOMPARE(card.data(SitesModel::KindRole).toString(), u"collection"_s);
        QCOMPARE(SiteCardDelegate::subjectText(card), subject);
        const qint64 site = card.data(SitesModel::IdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(stageOf(site) != u"queued" && !stageOf(site).isEmpty() && stageOf(site) != u"brief"
                && stageOf(site) != u"concept" && stageOf(site) != u"design" && stageOf(site) != u"sections",
            60'000);
        QVERIFY2(stageOf(site) == u"ready",
            qPrintable(
                m_gui.value(u"SELECT stage || ': ' || last_error || ' ' || problems FROM sites WHERE id = ?"_s, {site})
                    .toString()
                + m_gui
                      .value(
                          u"SELECT group_concat(kind || ' ' || state || ' ' || last_error, ' | ') FROM site_units WHERE site_id = ?"_s,
                          {site})
                      .toString()));
        const QString html = m_gui.value(u"SELECT html FROM site_pages WHERE site_id = ?"_s, {site}).toString();
        QVERIFY(html.contains(u"Linen Towel"_s) && html.contains(u"Stoneware Mug"_s));
        pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0));
        GuiFixture::shot(m_gui.window(), u"sites-collection-"_s + language);
    }

    void aPersonGeneratesASiteAndWritesOneSectionAgain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("accepted");
        QTest::addColumn<QString>("locked");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("version");
        QTest::newRow("en") << u"en"_s << u"Accepted"_s << u"Locked"_s << u"Phone (390 px)"_s << u"Version %1"_s;
        QTest::newRow("nl") << u"nl"_s << u"Geaccepteerd"_s << u"Vergrendeld"_s << u"Telefoon (390 px)"_s
                            << u"Versie %1"_s;
    }
    void aPersonGeneratesASiteAndWritesOneSectionAgain()
    {
        QFETCH(QString, language);
        QFETCH(QString, accepted);
        QFETCH(QString, locked);
        QFETCH(QString, phone);
        QFETCH(QString, version);
        GuiFixture::Options options;
        options.language = language;
        options.demo = false;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        ProductFacts mug;
        mug.name = u"Stoneware Mug"_s;
        mug.description = u"A hand-thrown stoneware mug. Dishwasher safe."_s;
        mug.priceCents = 2450;
        mug.category = u"Home"_s;
        mug.attributes.insert(u"material"_s, u"stoneware"_s);
        QVERIFY(m_gui.context().actions->addProduct(mug, {}, false, &error) > 0);
        SitesPane* pane = openSites();
        QCOMPARE(pane->view()->model()->rowCount(), 0);

        pane->findChild<QPushButton*>(u"generateSiteButton"_s)->click();
        GenerateSiteDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = GuiFixture::dialog<GenerateSiteDialog>()));
        QCOMPARE(dialog->productBox()->count(), 1);
        GuiFixture::shot(dialog, u"sites-generate-"_s + language);
        QVERIFY(dialog->generate());
        dialog->accept();
        const qint64 site = m_gui.count(u"SELECT id FROM sites"_s);
        QVERIFY(site > 0);
        // The card appears at once and follows the chain to Ready.
        QTRY_COMPARE(pane->view()->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stageOf(site), u"ready"_s, 60'000);
        QTRY_COMPARE(pane->view()->model()->index(0, 0).data(SitesModel::StageRole).toString(), u"ready"_s);
        QVERIFY(!pane->view()->model()->index(0, 0).data(SitesModel::VibeRole).toString().isEmpty());
        pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0));
        GuiFixture::shot(m_gui.window(), u"sites-generated-"_s + language);

        // Its parts: brief, concept, design, four sections (no reviews: no reviews section), all accepted.
        pane->findChild<QPushButton*>(u"siteDetailsButton"_s)->click();
        SiteDetailDialog* detail = nullptr;
        QTRY_VERIFY((detail = GuiFixture::dialog<SiteDetailDialog>()));
        QAbstractItemModel* parts = detail->partsView()->model();
        QCOMPARE(parts->rowCount(), 7);
        for (int r = 0; r < parts->rowCount(); ++r)
            QCOMPARE(parts->index(r, SiteUnitsModel::State).data().toString(), accepted);
        const int benefits = rowOf(parts, u"section:benefits"_s);
        QVERIFY(benefits >= 0);
        detail->partsView()->setCurrentIndex(parts->index(benefits, 0));
        QVERIFY(detail->toggleLock());
        QTRY_COMPARE(parts->index(benefits, SiteUnitsModel::Locked).data().toString(), locked);
        QVERIFY(!detail->regenerateButton()->isEnabled());
        QVERIFY(detail->toggleLock());
        QTRY_VERIFY(detail->regenerateButton()->isEnabled());
        QTest::keyClicks(detail->instructionEdit(), u"mention the gift box"_s);
        QTest::mouseClick(detail->regenerateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(parts->index(benefits, SiteUnitsModel::Versions).data().toInt(), 2, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_gui.count(u"SELECT page_version FROM sites WHERE id = ?"_s, {site}), 2, 60'000);
        QTRY_VERIFY(detail->stageLabel()->text().contains(u"2"_s));
        for (int r = 0; r < parts->rowCount(); ++r) {
            if (r != benefits)
                QCOMPARE(parts->index(r, SiteUnitsModel::Versions).data().toInt(), 1);
        }
        QVERIFY(m_gui.value(u"SELECT html FROM site_pages WHERE site_id = ? AND version = 2"_s, {site})
                    .toString()
                    .contains(u"gift box"_s));
        GuiFixture::shot(detail, u"sites-parts-"_s + language);

        // The pictures of the page (headless Chromium), at three widths and two versions side by side.
        if (PageShots::browser().isEmpty())
            QSKIP("headless Chromium (Debian package chromium) is installed by installer/dev-setup.sh test");
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.value(u"SELECT shots FROM site_pages WHERE site_id = ? AND version = 2"_s, {site}).toString().size()
                > 2,
            60'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.value(u"SELECT shots FROM site_pages WHERE site_id = ? AND version = 1"_s, {site}).toString().size()
                > 2,
            60'000);
        QTRY_VERIFY(detail->previewButton()->isEnabled());
        detail->previewButton()->click();
        SitePreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = GuiFixture::dialog<SitePreviewDialog>()));
        QCOMPARE(preview->versionBox()->count(), 2);
        QCOMPARE(preview->shownCaptions().size(), 3);
        QCOMPARE(preview->shownCaptions().first(), phone);
        GuiFixture::shot(preview, u"sites-preview-"_s + language);
        preview->compareBox()->setCurrentIndex(2); // compare with version 1
        QCOMPARE(preview->shownCaptions(), QStringList({version.arg(2), version.arg(1)}));
        GuiFixture::shot(preview, u"sites-compare-"_s + language);
        preview->reject();
        detail->reject();
        // The card shows the page's own picture.
        QTRY_VERIFY(!pane->view()->model()->index(0, 0).data(SitesModel::ThumbnailRole).value<QImage>().isNull());
        GuiFixture::shot(m_gui.window(), u"sites-thumbnail-"_s + language);
    }

    void aLeadGetsAConceptSite()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error)); // the demo: its leads around Utrecht
        SitesPane* pane = openSites();
        const int before = pane->view()->model()->rowCount();
        pane->tabs()->setCurrentWidget(pane->leadsTab());
        LeadsTab* leads = pane->leadsTab();
        QVERIFY(leads->view()->model()->rowCount() > 0);
        QVERIFY(!leads->conceptButton()->isEnabled()); // nothing selected
        leads->view()->setCurrentIndex(leads->view()->model()->index(0, 0));
        const QString name = m_gui.context().leads->leadAt(leads->view()->currentIndex()).name;
        QVERIFY(leads->conceptButton()->isEnabled());
        QTest::mouseClick(leads->conceptButton(), Qt::LeftButton);
        const qint64 site = m_gui.count(u"SELECT MAX(id) FROM sites WHERE lead_id IS NOT NULL"_s);
        QVERIFY(site > 0);
        QTRY_COMPARE(pane->view()->model()->rowCount(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(stageOf(site), u"ready"_s, 60'000);
        QCOMPARE(m_gui.context().sites->siteById(site).lead, name);
        pane->tabs()->setCurrentIndex(0);
        GuiFixture::shot(m_gui.window(), u"sites-lead-concept"_s);
    }

    void aLeadIsWrittenToAndTheMailServerGetsItOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("waiting");
        QTest::addColumn<QString>("sent");
        QTest::newRow("en") << u"en"_s << u"Waiting for approval"_s << u"Sent"_s;
        QTest::newRow("nl") << u"nl"_s << u"Wacht op goedkeuring"_s << u"Verstuurd"_s;
    }

    void aLeadIsWrittenToAndTheMailServerGetsItOnce()
    {
        QFETCH(QString, language);
        QFETCH(QString, waiting);
        QFETCH(QString, sent);
        SmtpServer smtp;
        QVERIFY(smtp.start());
        GuiFixture::Options options;
        options.language = language;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error)); // the demo: its leads around Utrecht
        AutopilotSettings::Set mail = AutopilotSettings::load(m_gui.db());
        mail.smtpUrl = smtp.url();
        AutopilotSettings::save(m_gui.db(), mail);
        SitesPane* pane = openSites();
        pane->tabs()->setCurrentWidget(pane->leadsTab());
        LeadsTab* leads = pane->leadsTab();
        // The sender first: Leads → Settings → Outreach e-mail.
        leads->editOutreach();
        auto* settings = GuiFixture::dialog<OutreachSettingsDialog>();
        QVERIFY(settings);
        settings->nameEdit()->setText(u"Anna de Vries"_s);
        settings->addressEdit()->setText(u"anna@studio.example"_s);
        settings->postalEdit()->setPlainText(u"Havenstraat 3, 1011 AB Amsterdam"_s);
        settings->capBox()->setValue(10);
        GuiFixture::shot(settings, u"outreach-settings"_s);
        QVERIFY(settings->save());
        settings->accept();
        leads->findChild<QLineEdit*>(u"leadsSearch"_s)->setText(u"Korenschoof"_s);
        QTRY_COMPARE(leads->view()->model()->rowCount(), 1);
        QVERIFY(!leads->emailButton()->isEnabled()); // nothing selected
        leads->view()->setCurrentIndex(leads->view()->model()->index(0, 0));
        QVERIFY(leads->emailButton()->isEnabled());
        QTest::mouseClick(leads->emailButton(), Qt::LeftButton);
        auto* dialog = GuiFixture::dialog<OutreachDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->preview()->toPlainText().isEmpty());
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state()->text().contains(waiting), 60'000);
        // The whole message as the lead reads it: the words, the sender's postal address.
        QVERIFY(dialog->preview()->toPlainText().contains(u"Havenstraat 3, 1011 AB Amsterdam"_s));
        QCOMPARE(leads->view()->model()->index(0, LeadsModel::EmailState).data().toString(), waiting);
        GuiFixture::shot(dialog, u"outreach-email"_s);
        GuiFixture::shot(m_gui.window(), u"sites-leads-outreach"_s);
        const qint64 proposal = m_gui.count(u"SELECT id FROM action_proposals WHERE action_type = 'outreach_email'"_s);
        QVERIFY(proposal > 0);
        QVERIFY(m_gui.context().approvalActions->approve(proposal, {}).ok);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state()->text().contains(sent), 30'000);
        QCOMPARE(smtp.messages().size(), 1);
        QCOMPARE(SmtpServer::header(smtp.messages().first(), "To"), QByteArray("info@korenschoof.example"));
        QVERIFY(!dialog->writeButton()->isEnabled()); // written to already
        dialog->reject();
    }
};

QUORUM_GUI_TEST_MAIN(TestSitesView)
#include "tst_sitesview.moc"
