#include "Application.h"
#include "ContentModels.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ProductsModel.h"
#include "Translations.h"
#include "WorkspaceStatusBar.h"
#include "catalog/CatalogActions.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "dialogs/AddProductDialog.h"
#include "dialogs/EditPieceDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RegenerateDialog.h"
#include "dialogs/SettingsDialog.h"
#include "jobs/RunControl.h"
#include "llm/ProviderStore.h"
#include "panes/PipelinePane.h"
#include "panes/ProductDetailPanel.h"
#include "panes/RunProgress.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductStore.h"
#include "sandbox/SandboxServer.h"
#include "settings/PromptsPage.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"
#include "widgets/JsonForm.h"
#include <QSignalSpy>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The Pipeline pane as a shop owner uses it, in the real main window built by the real composition
// root: add a product in the dialog and watch it reach Ready, keep a draft, import a CSV, regenerate
// and edit a piece, pause and stop the pipeline, edit a prompt. The workspace's providers are this
// test's sandbox.
class TestPipelinePane : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    QTemporaryDir m_files;

    MainWindow* window() const { return m_gui.window(); }
    QSqlDatabase db() const { return m_gui.db(); }
    qint64 count(const QString& sql, const QVariantList& binds = {}) const { return m_gui.count(sql, binds); }
    PipelinePane* pane() const { return window()->pipelinePane(); }
    template <typename T> T* dialog() const { return GuiFixture::dialog<T>(); }
    void screenshot(QWidget* w, const QString& name) const { GuiFixture::shot(w, name); }
    QString image(const QString& name) const
    {
        QImage img(320, 240, QImage::Format_RGB32);
        img.fill(QColor(0xC0, 0x85, 0x52));
        const QString path = m_files.filePath(name);
        img.save(path);
        return path;
    }
    void selectProduct(qint64 id)
    {
        auto* view = pane()->view();
        auto* model = view->model();
        QTRY_VERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(Qt::UserRole + 1).toLongLong() == id) {
                view->setCurrentIndex(model->index(r, 0));
                return;
            }
        }
        QFAIL("product not in the table");
    }
    // The product alone is selected (whatever was selected before).
    void selectOnly(qint64 id)
    {
        selectProduct(id);
        auto* view = pane()->view();
        view->selectionModel()->select(
            view->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(pane()->selectedProducts(), QList<qint64>{id});
    }
    static ProductFacts mugFacts(const QString& name)
    {
        ProductFacts f;
        f.name = name;
        f.description = u"A hand-thrown stoneware mug. Dishwasher safe."_s;
        f.priceCents = 2450;
        f.costCents = 800;
        f.category = u"Home"_s;
        f.attributes.insert(u"material"_s, u"stoneware"_s);
        return f;
    }
    // A product in Draft, as an import leaves it.
    qint64 addDraft(const QString& name, const QString& handle)
    {
        ProductFacts f = mugFacts(name);
        f.handle = handle;
        f.source = u"shopify-csv"_s;
        const qint64 id = ProductStore::create(db(), f, u"test"_s, m_gui.context().clock->nowMs());
        m_gui.app()->bus()->publishChanged(EventBus::Topic::Products, {id}, true);
        return id;
    }
    // A product the pipeline has written and both models agree on.
    qint64 addReadyProduct(const QString& name)
    {
        QString error;
        const qint64 id = m_gui.context().actions->addProduct(mugFacts(name), {image(u"mug.png"_s)}, true, &error);
        if (id <= 0)
            qWarning() << error;
        if (!QTest::qWaitFor(
                [&] {
                    return Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString() == u"ready";
                },
                30'000))
            qWarning() << "product" << id << "did not reach Ready";
        return id;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_gui.start({false}, &error), qPrintable(error));
        window()->showPane(PaneId::Pipeline);
    }
    void cleanup() { m_gui.stop(); }

    void anEmptyWorkspaceSaysWhatToDo()
    {
        QCOMPARE(pane()->view()->model()->rowCount(), 0);
        auto* empty = pane()->view()->findChild<QWidget*>(u"emptyState"_s);
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(pane()->detail()->productId(), 0);
    }

    void aClosedDialogKeepsItsDraft()
    {
        window()->findChild<QAction*>(u"actionAddProduct"_s)->trigger();
        auto* add = dialog<AddProductDialog>();
        QVERIFY(add);
        QVERIFY(!add->draftRestored());
        QTest::keyClicks(add->nameEdit(), u"Stoneware Mug"_s);
        add->addImages({image(u"mug.png"_s)});
        add->reject(); // closed by mistake
        QTRY_VERIFY(!dialog<AddProductDialog>());
        QCOMPARE(count(u"SELECT COUNT(*) FROM product_drafts"_s), 1);

        window()->findChild<QAction*>(u"actionAddProduct"_s)->trigger();
        add = dialog<AddProductDialog>();
        QVERIFY(add);
        QVERIFY(add->draftRestored());
        QCOMPARE(add->nameEdit()->text(), u"Stoneware Mug"_s);
        QCOMPARE(add->images().size(), 1);
        add->reject();
    }

    void addingAProductRunsItToReady()
    {
        window()->findChild<QAction*>(u"actionAddProduct"_s)->trigger();
        auto* add = dialog<AddProductDialog>();
        QVERIFY(add);
        // Submitting with gaps says what is wrong next to each field and adds nothing.
        add->nameEdit()->clear();
        QVERIFY(!add->submit(true));
        QVERIFY(!add->fieldError(u"name"_s).isEmpty());
        QVERIFY(!add->fieldError(u"price"_s).isEmpty());
        QVERIFY(!add->fieldError(u"category"_s).isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM products"_s), 0);

        QTest::keyClicks(add->nameEdit(), u"Stoneware Mug"_s);
        add->descriptionEdit()->setPlainText(u"A hand-thrown stoneware mug. Dishwasher safe."_s);
        QTest::keyClicks(add->priceEdit(), u"24,50"_s);
        QTest::keyClicks(add->costEdit(), u"8.00"_s);
        add->categoryBox()->setCurrentText(u"Home"_s);
        QTest::keyClicks(add->materialEdit(), u"stoneware"_s);
        add->addImages({image(u"mug.png"_s)});
        screenshot(add, u"add-product"_s);
        QVERIFY(add->submit(true));
        QCOMPARE(count(u"SELECT COUNT(*) FROM product_drafts"_s), 0);
        const qint64 id = count(u"SELECT id FROM products WHERE name = 'Stoneware Mug'"_s);
        QVERIFY(id > 0);
        QCOMPARE(count(u"SELECT price_cents FROM products WHERE id = ?"_s, {id}), 2450);
        // The image was copied into the workspace.
        const QString stored
            = Sql::scalar(db(), u"SELECT json_extract(images, '$[0]') FROM products WHERE id = ?"_s, {id}).toString();
        QVERIFY(stored.startsWith(u"images/"_s));
        QVERIFY(QFile::exists(QDir(m_gui.workspacePath()).filePath(stored)));
        // The new product is selected and its detail follows the workers live.
        QCOMPARE(pane()->detail()->productId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(
            Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(), u"ready"_s, 30'000);
        auto* pieces = pane()->detail()->piecesView();
        QTRY_COMPARE(pieces->model()->index(0, PiecesModel::State).data().toString(), u"Accepted"_s);
        QCOMPARE(pieces->model()->rowCount(), 8);
        QTRY_VERIFY(
            pane()->detail()->findChild<QTextBrowser*>(u"detailContent"_s)->toPlainText().contains(u"Stoneware Mug"_s));
        pane()->detail()->tabs()->setCurrentIndex(1);
        QVERIFY(pane()->detail()->findChild<QTextBrowser*>(u"detailReviewer"_s)->toPlainText().contains(u"Quality"_s));
        QVERIFY(pane()
                    ->detail()
                    ->findChild<QTextBrowser*>(u"detailWriter"_s)
                    ->toPlainText()
                    .contains(u"sandbox-writer-1"_s));
        screenshot(window(), u"pipeline-ready"_s);
    }

    void regeneratingAPieceAddsAVersionToCompare()
    {
        const qint64 id = addReadyProduct(u"Stoneware Mug"_s);
        QCOMPARE(Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(), u"ready"_s);
        selectProduct(id);
        auto* pieces = pane()->detail()->piecesView();
        pieces->setCurrentIndex(pieces->model()->index(4, 0)); // FAQ
        QCOMPARE(pieces->currentIndex().data(PiecesModel::KindRole).toString(), u"faq"_s);
        pane()->detail()->findChild<QPushButton*>(u"detailRegenerate"_s)->click();
        auto* regen = dialog<RegenerateDialog>();
        QVERIFY(regen);
        regen->instruction()->setPlainText(u"Mention that it comes in a gift box."_s);
        emit regen->regenerateRequested(regen->instruction()->toPlainText());
        regen->accept();
        QTRY_COMPARE_WITH_TIMEOUT(pane()->detail()->versionsView()->model()->rowCount(), 2, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(), u"ready"_s, 30'000);
        auto* versions = pane()->detail()->versionsView();
        QTRY_COMPARE(versions->model()->index(0, VersionsModel::Verdict).data().toString(), u"Accepted"_s);
        QVERIFY(versions->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"gift box"_s));
        pane()->detail()->tabs()->setCurrentIndex(2);
        auto* summary = pane()->detail()->findChild<QComboBox*>(u"detailCompareWith"_s);
        QCOMPARE(summary->count(), 1);
        QVERIFY(!pane()->detail()->findChild<QTextBrowser*>(u"detailDiff"_s)->toPlainText().isEmpty());
        screenshot(window(), u"pipeline-compare"_s);
    }

    void aHandEditIsCheckedAndCanFail()
    {
        const qint64 id = addReadyProduct(u"Stoneware Mug"_s);
        QCOMPARE(Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(), u"ready"_s);
        selectProduct(id);
        auto* pieces = pane()->detail()->piecesView();
        pieces->setCurrentIndex(pieces->model()->index(1, 0)); // SEO
        pane()->detail()->findChild<QPushButton*>(u"detailEdit"_s)->click();
        auto* edit = dialog<EditPieceDialog>();
        QVERIFY(edit);
        QJsonObject body = edit->form()->value();
        QVERIFY(!body.value(u"seo_title"_s).toString().isEmpty());
        body.insert(
            u"meta_description"_s, u"Our stoneware mug, now only €9.99 while stocks last. Order yours today online."_s);
        edit->form()->setValue(body);
        screenshot(edit, u"edit-piece"_s);
        edit->findChild<QPushButton*>(u"editPieceSave"_s)->click();
        QTRY_VERIFY(!dialog<EditPieceDialog>());
        QTRY_COMPARE_WITH_TIMEOUT(Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(),
            u"needs_review"_s, 30'000);
        const qint64 seo = count(u"SELECT id FROM content_pieces WHERE product_id = ? AND kind = 'seo'"_s, {id});
        QCOMPARE(Sql::scalar(
                     db(), u"SELECT author FROM content_versions WHERE piece_id = ? ORDER BY version_no DESC"_s, {seo})
                     .toString(),
            m_gui.context().actions->actor());
        QTRY_VERIFY(pane()->detail()->findChild<QTextBrowser*>(u"detailWriter"_s)->toPlainText().contains(u"€9.99"_s));
    }

    // Issue 20's demo: a care instruction and a certification planted in the tee's description (machine washable,
    // GOTS certified) are caught one by one and shown with the fact they contradict, in both languages.
    void aPlantedClaimIsShownWithTheFactItContradicts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("planted");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("en") << u"en"_s << u"Dry clean only. Fairtrade certified."_s
                            << QStringList{u"contradicted (care) Dry clean only."_s, u"The facts say:"_s,
                                   u"Machine washable at 40 °C."_s,
                                   u"unsupported (certification) Fairtrade certified."_s,
                                   u"Nothing in the facts says so."_s};
        QTest::newRow("nl") << u"nl"_s << u"Alleen chemisch reinigen. Fairtrade-gecertificeerd."_s
                            << QStringList{u"tegengesproken (verzorging) Alleen chemisch reinigen."_s,
                                   u"Volgens de feiten:"_s, u"Wasbaar in de machine op 40 °C."_s,
                                   u"niet onderbouwd (certificering) Fairtrade-gecertificeerd."_s,
                                   u"Niets in de feiten zegt dit."_s};
    }

    void aPlantedClaimIsShownWithTheFactItContradicts()
    {
        QFETCH(QString, language);
        QFETCH(QString, planted);
        QFETCH(QStringList, shown);
        m_gui.stop();
        GuiFixture::Options options;
        options.language = language;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        window()->showPane(PaneId::Pipeline);
        const qint64 id = count(u"SELECT id FROM products WHERE sku = 'APP-003'"_s);
        QVERIFY(id > 0);
        selectOnly(id);
        QTRY_COMPARE(pane()->detail()->productId(), id);
        auto* pieces = pane()->detail()->piecesView();
        for (int r = 0; r < pieces->model()->rowCount(); ++r) {
            if (pieces->model()->index(r, 0).data(PiecesModel::KindRole).toString() == u"description")
                pieces->setCurrentIndex(pieces->model()->index(r, 0));
        }
        QCOMPARE(pieces->currentIndex().data(PiecesModel::KindRole).toString(), u"description"_s);
        pane()->detail()->findChild<QPushButton*>(u"detailEdit"_s)->click();
        EditPieceDialog* edit = nullptr;
        QTRY_VERIFY((edit = dialog<EditPieceDialog>()));
        QJsonObject body = edit->form()->value();
        body.insert(u"body"_s, QString(planted + u' ' + body.value(u"body"_s).toString()));
        edit->form()->setValue(body);
        edit->findChild<QPushButton*>(u"editPieceSave"_s)->click();
        QTRY_VERIFY(!dialog<EditPieceDialog>());
        auto* writer = pane()->detail()->findChild<QTextBrowser*>(u"detailWriter"_s);
        QTRY_VERIFY_WITH_TIMEOUT(writer->toPlainText().contains(shown.first()), 30'000);
        for (const QString& s : shown)
            QVERIFY2(writer->toPlainText().contains(s), qPrintable(s + u"\n\n"_s + writer->toPlainText()));
        // The gate failed the edit on those claims: a person decides.
        const qint64 piece
            = count(u"SELECT id FROM content_pieces WHERE product_id = ? AND kind = 'description'"_s, {id});
        QTRY_COMPARE_WITH_TIMEOUT(
            Sql::scalar(db(), u"SELECT state FROM content_pieces WHERE id = ?"_s, {piece}).toString(), u"rejected"_s,
            30'000);
        QTRY_COMPARE_WITH_TIMEOUT(Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(),
            u"needs_review"_s, 30'000);
        // The table says so too (not "Enhancing" from before the check failed).
        const QString needsReview = language == u"nl" ? u"Beoordeling nodig"_s : u"Needs review"_s;
        QTRY_COMPARE_WITH_TIMEOUT(
            pane()->view()->currentIndex().siblingAtColumn(ProductsModel::Stage).data().toString(), needsReview,
            10'000);
        auto* stage = pane()->detail()->findChild<QLabel*>(u"detailStage"_s);
        QVERIFY(stage);
        QTRY_VERIFY_WITH_TIMEOUT(stage->text().contains(needsReview), 10'000);
        window()->resize(1366, 768);
        pane()->detail()->tabs()->setCurrentWidget(writer->parentWidget());
        QTRY_VERIFY(writer->isVisible());
        writer->scrollToAnchor(u"claims"_s);
        screenshot(window(), u"pipeline-claims-"_s + language);
    }

    void importingACsvPreviewsThenAdds()
    {
        const QString csv = m_files.filePath(u"export.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Handle,Title,Body (HTML),Type,Variant SKU,Variant Price\n"
                "linen-towel,Linen Tea Towel,A linen tea towel.,Kitchen,LT-1,12.00\n"
                ",Broken,No handle,Kitchen,X-1,1.00\n");
        f.close();
        pane()->importCatalog(csv);
        auto* import = dialog<ImportDialog>();
        QVERIFY(import);
        QTRY_VERIFY(!import->isReading());
        QTRY_VERIFY(import->importButton()->isEnabled());
        QCOMPARE(import->findChild<QTableView*>(u"importItems"_s)->model()->rowCount(), 1);
        QCOMPARE(import->findChild<QTableView*>(u"importIssues"_s)->model()->rowCount(), 1);
        QVERIFY(import->findChild<QLabel*>(u"importSummary"_s)->text().contains(u"not imported"_s));
        screenshot(import, u"import"_s);
        import->runBox()->setChecked(false);
        import->importButton()->click();
        QTRY_VERIFY(!dialog<ImportDialog>());
        QCOMPARE(count(u"SELECT COUNT(*) FROM products WHERE handle = 'linen-towel' AND stage = 'draft'"_s), 1);
        QTRY_COMPARE(pane()->view()->model()->rowCount(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'catalog.imported' AND actor = 'Ann'"_s), 1);
    }

    void closingTheImportDialogWhileItWritesLosesNothing()
    {
        const QString csv = m_files.filePath(u"big.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Handle,Title,Body (HTML),Variant SKU,Variant Price\n");
        constexpr int kProducts = 6000;
        for (int i = 0; i < kProducts; ++i)
            f.write("p" + QByteArray::number(i) + ",Product " + QByteArray::number(i) + ",A thing.,S-"
                + QByteArray::number(i) + ",9.00\n");
        f.close();
        RunControl::setState(db(), RunControl::State::Paused, u"Ann"_s, 1); // the import only
        pane()->importCatalog(csv);
        auto* import = dialog<ImportDialog>();
        QVERIFY(import);
        QTRY_VERIFY(import->importButton()->isEnabled());
        QSignalSpy progress(m_gui.context().catalog, &CatalogActions::progress);
        QSignalSpy imported(m_gui.context().catalog, &CatalogActions::imported);
        import->runBox()->setChecked(false);
        import->importButton()->click();
        // Closed at once, mid-write: the window does not wait, and the import goes on behind it,
        // with its progress in the pane.
        QElapsedTimer closing;
        closing.start();
        import->reject();
        QVERIFY2(closing.elapsed() < 100, qPrintable(QString::number(closing.elapsed())));
        QTRY_VERIFY(!dialog<ImportDialog>());
        QVERIFY(imported.isEmpty() || imported.size() == 1);
        QVERIFY(imported.wait(30'000) || imported.size() == 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM products"_s), kProducts);
        QTRY_COMPARE(pane()->view()->model()->rowCount(), kProducts);
    }

    void pauseAndEmergencyStopShowInTheStatusBar()
    {
        addDraft(u"Linen Tea Towel"_s, u"linen-towel"_s);
        WorkspaceStatusBar* bar = window()->workspaceStatusBar();
        window()->findChild<QAction*>(u"actionPause"_s)->trigger();
        QTRY_COMPARE(bar->pipelineState(), RunControl::State::Paused);
        QVERIFY(bar->pipelineButton()->text().contains(u"paused"_s));
        window()->findChild<QAction*>(u"actionEmergencyStop"_s)->trigger();
        QTRY_COMPARE(bar->pipelineState(), RunControl::State::Stopped);
        QVERIFY(bar->styleSheet().contains(u"#C0392B"_s));
        QCOMPARE(RunControl::state(db()), RunControl::State::Stopped);
        // Work in progress stops at its next safe point and goes back to the queue; asking for more
        // only queues it.
        QTRY_COMPARE(count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running'"_s), 0);
        pane()->runAllDrafts();
        // Real money: it asks first, with what it will cost.
        auto* confirm = GuiFixture::dialog<QMessageBox>();
        QVERIFY(confirm);
        QVERIFY2(confirm->informativeText().contains(u"cost"_s), qPrintable(confirm->informativeText()));
        QAbstractButton* go = nullptr;
        for (QAbstractButton* b : confirm->buttons()) {
            if (confirm->buttonRole(b) == QMessageBox::AcceptRole)
                go = b;
        }
        QVERIFY(go);
        go->click();
        // (A worker that was inside its claim transaction when the stop came holds that job for a moment,
        // until its safe point gives it back: wait for that, then nothing may start.)
        QTRY_COMPARE(count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running'"_s), 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM jobs WHERE state = 'queued'"_s) > 0);
        // The batch's progress is in the pane, and says that it is held.
        auto* progress = pane()->findChild<RunProgress*>(u"pipelineRunProgress"_s);
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY2(progress->text().contains(u"0 of 1 written"_s) && progress->text().contains(u"paused"_s),
            qPrintable(progress->text()));
        screenshot(window(), u"emergency-stop"_s);
        QSignalSpy messages(pane(), &PipelinePane::message);
        window()->findChild<QAction*>(u"actionResume"_s)->trigger();
        QTRY_COMPARE(bar->pipelineState(), RunControl::State::Running);
        QVERIFY(bar->styleSheet().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            count(u"SELECT COUNT(*) FROM products WHERE stage = 'ready' AND handle = 'linen-towel'"_s), 1, 30'000);
        // Done: the bar goes and the pane says what the batch came to.
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 10'000);
        bool said = false;
        for (const QList<QVariant>& m : messages)
            said = said || m.at(0).toString().contains(u"batch is done: 1 product"_s);
        QVERIFY(said);
    }

    void thePromptEditorSavesVersionsAndPreviews()
    {
        addDraft(u"Stoneware Mug"_s, u"stoneware-mug"_s);
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        auto* settings = dialog<SettingsDialog>();
        QVERIFY(settings);
        PromptsPage* prompts = settings->promptsPage();
        const int faqRow = [&] {
            for (int r = 0; r < prompts->templates()->model()->rowCount(); ++r) {
                if (prompts->templates()->model()->index(r, 0).data(Qt::ToolTipRole).toString() == u"writer.faq")
                    return r;
            }
            return -1;
        }();
        QVERIFY(faqRow >= 0);
        prompts->templates()->setCurrentIndex(prompts->templates()->model()->index(faqRow, 0));
        QVERIFY(prompts->preview()->toPlainText().contains(u"<facts>"_s));
        QVERIFY(prompts->preview()->toPlainText().contains(prompts->productBox()->currentText()));
        QVERIFY(!prompts->saveButton()->isEnabled());
        prompts->editor()->moveCursor(QTextCursor::End);
        prompts->editor()->insertPlainText(u"\nAnswer in a warm tone."_s);
        QVERIFY(prompts->saveButton()->isEnabled());
        QVERIFY(prompts->preview()->toPlainText().contains(u"Answer in a warm tone."_s));
        screenshot(settings, u"prompt-editor"_s);
        QVERIFY(prompts->save());
        QCOMPARE(count(u"SELECT MAX(version) FROM prompt_templates WHERE name = 'writer.faq'"_s), 1);
        QCOMPARE(prompts->templates()->model()->index(faqRow, 1).data().toString(), u"v1"_s);
        settings->reject();
    }

    void editFactsCorrectsThePriceAndChecksTheContentAgain()
    {
        const qint64 id = addReadyProduct(u"Stoneware Mug"_s);
        selectProduct(id);
        QTRY_COMPARE(pane()->detail()->productId(), id);
        QTRY_VERIFY(pane()->detail()->editFactsButton()->isEnabled());
        QTest::mouseClick(pane()->detail()->editFactsButton(), Qt::LeftButton);
        AddProductDialog* edit = nullptr;
        QTRY_VERIFY((edit = dialog<AddProductDialog>()));
        QVERIFY(edit->isEditing());
        QCOMPARE(edit->windowTitle(), u"Edit Stoneware Mug"_s);
        QCOMPARE(edit->nameEdit()->text(), u"Stoneware Mug"_s);
        QCOMPARE(edit->priceEdit()->text(), u"24.50"_s);
        QCOMPARE(edit->materialEdit()->text(), u"stoneware"_s);
        QVERIFY(edit->findChild<QPushButton*>(u"saveFacts"_s));
        QVERIFY(!edit->findChild<QPushButton*>(u"addAndRun"_s));
        edit->priceEdit()->clear();
        QTest::keyClicks(edit->priceEdit(), u"29.50"_s);
        QTest::mouseClick(edit->findChild<QPushButton*>(u"saveFacts"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog<AddProductDialog>());
        QCOMPARE(count(u"SELECT COUNT(*) FROM product_drafts"_s), 0);
        QCOMPARE(count(u"SELECT price_cents FROM products WHERE id = ?"_s, {id}), 2950);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'product.facts_changed'"_s), 1);
        QTRY_VERIFY(window()->workspaceStatusBar()->currentMessage().startsWith(u"Price changed; "_s));
        QVERIFY(window()->workspaceStatusBar()->currentMessage().contains(u"will be checked again"_s));
        // The workers check the content against the new price and the product is Ready again.
        QTRY_COMPARE_WITH_TIMEOUT(
            Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {id}).toString(), u"ready"_s, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"_s), 0, 30'000);
        QCOMPARE(count(u"SELECT COUNT(*) FROM content_pieces WHERE product_id = ? AND state <> 'accepted'"_s, {id}), 0);
    }

    void archiveAndUndo()
    {
        const qint64 a = addDraft(u"Mug A"_s, u"mug-a"_s);
        const qint64 b = addDraft(u"Mug B"_s, u"mug-b"_s);
        auto* view = pane()->view();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        selectProduct(a);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(count(u"SELECT archived_at IS NOT NULL FROM products WHERE id = ?"_s, {a}));
        QVERIFY(pane()->undoBar()->isVisible());
        auto* text = pane()->undoBar()->findChild<QLabel*>(u"pipelineUndoText"_s);
        QVERIFY2(text->text().startsWith(u"Archived 1 product"_s), qPrintable(text->text()));
        // Ctrl+Z while the bar shows puts it back.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(!pane()->undoBar()->isVisible());
        QCOMPARE(count(u"SELECT COUNT(*) FROM products WHERE archived_at IS NOT NULL"_s), 0);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('product.archived', 'product.unarchived')"_s), 2);

        // Archived again, then found with Show archived and restored from there.
        selectOnly(b);
        pane()->archiveSelected();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::mouseClick(pane()->undoBar()->findChild<QPushButton*>(u"pipelineUndo"_s), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        selectOnly(b);
        pane()->archiveSelected();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        pane()->showArchivedBox()->setChecked(true);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        selectOnly(b);
        pane()->unarchiveSelected();
        QTRY_COMPARE(view->model()->rowCount(), 0);
        pane()->showArchivedBox()->setChecked(false);
        QTRY_COMPARE(view->model()->rowCount(), 2);
    }

    void duplicateAndUseAnEarlierVersion()
    {
        const qint64 id = addReadyProduct(u"Stoneware Mug"_s);
        selectProduct(id);
        QTRY_COMPARE(pane()->detail()->productId(), id);
        // A person's edit of the first piece makes a second version; the first one is wanted back.
        const qint64 piece = count(u"SELECT MIN(id) FROM content_pieces WHERE product_id = ?"_s, {id});
        const qint64 first = count(u"SELECT MIN(id) FROM content_versions WHERE piece_id = ?"_s, {piece});
        QString error;
        const QJsonObject body = Json::objectFromString(
            Sql::scalar(db(), u"SELECT body FROM content_versions WHERE id = ?"_s, {first}).toString());
        QVERIFY2(m_gui.context().actions->saveEdit(piece, body, &error) > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"_s), 0, 30'000);
        pane()->detail()->refresh();
        auto* pieces = pane()->detail()->piecesView();
        pieces->setCurrentIndex(pieces->model()->index(0, 0));
        auto* versions = pane()->detail()->versionsView();
        QTRY_VERIFY(versions->model()->rowCount() >= 2);
        // Newest first: the current version cannot be used again; the oldest can.
        versions->setCurrentIndex(versions->model()->index(0, 0));
        QTRY_VERIFY(!pane()->detail()->useVersionButton()->isEnabled());
        versions->setCurrentIndex(versions->model()->index(versions->model()->rowCount() - 1, 0));
        QTRY_VERIFY(pane()->detail()->useVersionButton()->isEnabled());
        QTest::mouseClick(pane()->detail()->useVersionButton(), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'content.version_restored'"_s), 1);
        QTRY_VERIFY(window()->workspaceStatusBar()->currentMessage().contains(u"current version again"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            Sql::scalar(db(), u"SELECT state FROM content_pieces WHERE id = ?"_s, {piece}).toString(), u"accepted"_s,
            30'000);

        // Duplicate: a new draft, selected.
        auto* duplicate = pane()->detail()->findChild<QPushButton*>(u"detailDuplicate"_s);
        QVERIFY(duplicate && duplicate->isEnabled());
        QTest::mouseClick(duplicate, Qt::LeftButton);
        const qint64 copy = count(u"SELECT id FROM products WHERE name = 'Stoneware Mug (copy)'"_s);
        QVERIFY(copy > 0);
        QCOMPARE(Sql::scalar(db(), u"SELECT stage FROM products WHERE id = ?"_s, {copy}).toString(), u"draft"_s);
        QTRY_COMPARE(pane()->detail()->productId(), copy);
    }
};

QUORUM_GUI_TEST_MAIN(TestPipelinePane)
#include "tst_pipelinepane.moc"
