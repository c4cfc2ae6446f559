#include "GuiFixture.h"
#include "MainWindow.h"
#include "VisualsModel.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/VisualReviewDialog.h"
#include "panes/PipelinePane.h"
#include "panes/ProductDetailPanel.h"
#include "panes/VisualsTab.h"
#include "settings/VisualsPage.h"
#include "visuals/VisualFormats.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Pipeline's Visuals tab in the real main window on the demo workspace: the demo's first visuals made by the
// sandbox's image provider through the durable queue, each format shown with what its guards found, made again
// from the cache (no provider paid twice), and a person's verdict recorded.
class TestVisualsTab : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const { return m_gui.value(sql, binds); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void theDemosVisualsAreShownMadeAgainFromTheCacheAndDecided()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
        const int formats = int(VisualFormats::all().size());
        // Two published products' visuals, queued at the demo's first start.
        QTRY_VERIFY2_WITH_TIMEOUT(value(u"SELECT COUNT(*) FROM product_visuals"_s).toInt() == 2 * formats,
            qPrintable(value(u"SELECT state || ': ' || COALESCE(last_error, '') FROM jobs WHERE kind = 'visual.make' "
                             u"ORDER BY id DESC"_s)
                           .toString()),
            120'000);
        QCOMPARE(value(u"SELECT COUNT(*) FROM image_cache"_s).toInt(), 2);
        // The second product asked for its headline in the light linen: caught by the guards, then set on a plate.
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM product_visuals WHERE earlier LIKE '%Text contrast%' AND status = 'ready'"_s)
                .toInt(),
            formats);
        const int paid
            = value(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'image' AND outcome = 'ok'"_s).toInt();
        QCOMPARE(paid, 2);
        const qint64 product = value(u"SELECT MIN(product_id) FROM product_visuals"_s).toLongLong();

        window()->showPane(PaneId::Pipeline);
        PipelinePane* pane = window()->pipelinePane();
        pane->selectProduct(product);
        ProductDetailPanel* detail = pane->detail();
        VisualsTab* tab = detail->visualsTab();
        QVERIFY(tab);
        detail->tabs()->setCurrentWidget(tab);
        QAbstractItemModelTester visualsTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab->model()->rowCount(), formats);
        QVERIFY(tab->list()->currentIndex().isValid());
        QVERIFY(tab->findingsLabel()->text().startsWith(VisualFormats::displayName(tab->model()->visualAt(0).format)));

        // The review at full size: every format with its state, its seven guards, and the picture at its own size.
        QTest::keyClick(tab->list(), Qt::Key_Return);
        VisualReviewDialog* review = nullptr;
        QTRY_VERIFY((review = tab->findChild<VisualReviewDialog*>()) != nullptr && review->isVisible());
        QAbstractItemModelTester guardsTester(
            review->guardsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 0; row < formats; ++row) {
            review->list()->setCurrentIndex(tab->model()->index(row, VisualsModel::Caption));
            const auto v = tab->model()->visualAt(row);
            QCOMPARE(review->view()->picture().size(), VisualFormats::find(v.format)->size);
            QCOMPARE(review->guardsView()->model()->rowCount(), 7);
            QVERIFY(!tab->model()->index(row, VisualsModel::Status).data().toString().isEmpty());
            QVERIFY(tab->model()->index(row, VisualsModel::Format).data().toString().contains(u':'));
        }
        // A person's verdict: rejected, in the list and the audit trail; the next one waiting is shown.
        review->list()->setCurrentIndex(tab->model()->index(0, VisualsModel::Caption));
        QVERIFY(review->rejectButton()->isEnabled());
        review->rejectButton()->click();
        QTRY_COMPARE(tab->model()->index(0, VisualsModel::Status).data().toString(), u"Rejected"_s);
        QCOMPARE(review->list()->currentIndex().row(), 1);
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'visual.rejected'"_s).toInt(), 1);
        review->reject();

        // The thumbnails arrive from the background.
        QTRY_VERIFY(!tab->model()->index(0, VisualsModel::Caption).data(Qt::DecorationRole).value<QImage>().isNull());

        // Made again with a headline, from the keyboard: the picture comes from the cache, nobody is paid.
        QTRY_VERIFY(tab->makeButton()->isEnabled());
        tab->headline()->setText(u"Back in moss"_s);
        QTest::keyClick(tab->headline(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(tab->statusLabel()->text().contains(u"no provider was paid"_s), 60'000);
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'image' AND outcome = 'ok'"_s).toInt(), paid);
        QCOMPARE(value(u"SELECT hits FROM image_cache ORDER BY hits DESC"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'visual.requested'"_s).toInt(), 1);
    }

    void theOwnerSetsTheLookTheProvidersAndTheGuards()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        SettingsDialog* settings = GuiFixture::dialog<SettingsDialog>();
        QVERIFY(settings);
        settings->showPage(SettingsDialog::Visuals);
        VisualsPage* page = settings->visualsPage();
        QVERIFY(page->isVisible());
        QAbstractItemModelTester tester(
            page->providers()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The demo's moss, clay and linen, its logo, and its two image providers.
        QCOMPARE(page->colors()->count(), 3);
        QVERIFY(!page->logoPreview()->pixmap().isNull());
        QAbstractItemModel* providers = page->providers()->model();
        QCOMPARE(providers->rowCount(), 2);
        // Stability's Core is cheaper (0.03 a picture): tried first while both are good enough.
        QCOMPARE(providers->index(0, ImageProvidersModel::Model).data().toString(), u"stable-image-core"_s);
        // The owner marks OpenAI's pictures best and asks for quality 4: OpenAI's now comes first.
        QVERIFY(providers->setData(providers->index(1, ImageProvidersModel::Quality), 5));
        QVERIFY(!providers->setData(providers->index(1, ImageProvidersModel::Quality), 9));
        page->minimumQuality()->setValue(4);
        page->minContrast()->setValue(7.0);
        page->addColor(QColor(0x1D, 0x4E, 0x89));
        // A logo that is no picture: said in words, nothing saved.
        QTemporaryDir dir;
        const QString text = dir.filePath(u"logo.txt"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a picture");
        }
        page->setLogoFile(text);
        QSignalSpy messages(page, &VisualsPage::message);
        QVERIFY(!page->save());
        QVERIFY2(messages.last().first().toString().contains(u"is not a picture"_s),
            qPrintable(messages.last().first().toString()));
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.visuals'"_s).toInt(), 0);
        // A real one: kept in the workspace, everything saved in one audited change.
        QImage logo(200, 80, QImage::Format_ARGB32);
        logo.fill(QColor(0x1D, 0x4E, 0x89));
        const QString png = dir.filePath(u"logo.png"_s);
        QVERIFY(logo.save(png));
        page->setLogoFile(png);
        QVERIFY(page->save());
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.visuals'"_s).toInt(), 1);
        QCOMPARE(providers->index(0, ImageProvidersModel::Model).data().toString(), u"sandbox-image-1"_s);
        QCOMPARE(page->colors()->count(), 4);
        QCOMPARE(page->minContrast()->value(), 7.0);
        const QString kept = value(u"SELECT value FROM settings WHERE key = 'visuals.logo_path'"_s).toString();
        QVERIFY2(kept.startsWith(m_gui.context().workspace.root) && QFileInfo::exists(kept), qPrintable(kept));
        settings->reject();
    }
};

QUORUM_GUI_TEST_MAIN(TestVisualsTab)
#include "tst_visualstab.moc"
