#include "DailyTrendModel.h"
#include "GuiFixture.h"
#include "ModelChecks.h"
#include "SetupChecklistModel.h"
#include "dialogs/SettingsDialog.h"
#include "jobs/RunControl.h"
#include "llm/ProviderSettings.h"
#include "pipeline/PipelineActions.h"
#include "sandbox/SandboxServer.h"
#include "settings/ProviderDialog.h"
#include "settings/ProvidersPage.h"
#include "widgets/CommandPalette.h"
#include "widgets/RunStateBanner.h"
#include "widgets/TrendChart.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// A shop owner's first hour in a new, real workspace (not the demo): a checklist that ticks itself
// off from the real state, nothing that costs money or cannot work starts before its prerequisite
// (said in plain words), and pause or emergency stop in sight on every pane.
class TestFirstHour : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    // A brand-new workspace has no AI provider: the fixture's sandbox providers are taken away.
    void withoutProviders()
    {
        QSqlDatabase db = m_gui.db();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DELETE FROM provider_routes"_s));
        QVERIFY(q.exec(u"DELETE FROM providers"_s));
        m_gui.context().setup->reload();
    }
    QWidget* checklist() const { return window()->findChild<QWidget*>(u"setupChecklist"_s); }
    // A product as a shop owner types it in Add product.
    static ProductFacts apron()
    {
        ProductFacts facts;
        facts.name = u"Linen apron"_s;
        facts.sku = u"APR-1"_s;
        facts.priceCents = 3900;
        facts.currency = u"EUR"_s;
        facts.category = u"Kitchen"_s;
        facts.description = u"A heavy linen apron with two pockets."_s;
        facts.attributes = QJsonObject{{u"material"_s, u"linen"_s}};
        return facts;
    }

private slots:
    void init()
    {
        QString error;
        GuiFixture::Options options;
        options.demo = false;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void theTrendChartSaysThereAreNoFiguresYet()
    {
        // A new workspace has no sales figures: the chart says so instead of drawing an empty grid.
        auto* chart = window()->findChild<TrendChart*>(u"trendChart"_s);
        QVERIFY(chart);
        QCOMPARE(m_gui.context().dailyTrend->rowCount(), 0);
        auto* empty = chart->findChild<QWidget*>(u"emptyState"_s);
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisibleTo(chart));
        QVERIFY(!chart->findChild<QChartView*>()->isVisibleTo(chart));
        const QList<QLabel*> labels = empty->findChildren<QLabel*>();
        QVERIFY(std::any_of(
            labels.cbegin(), labels.cend(), [](const QLabel* l) { return l->text() == u"No revenue recorded yet"_s; }));

        // The first figures arrive: the chart draws them.
        m_gui.value(u"INSERT INTO campaigns (id, name, platform, created_at, updated_at) "
                    u"VALUES (1, 'First', 'meta', 0, 0)"_s);
        m_gui.value(u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents, revenue_cents) "
                    u"VALUES (1, date('now', 'localtime'), 1000, 5000)"_s);
        m_gui.context().dailyTrend->reload();
        QTRY_VERIFY(!empty->isVisibleTo(chart));
        QVERIFY(chart->findChild<QChartView*>()->isVisibleTo(chart));
        QCOMPARE(chart->revenueSeries()->count(), int(DailyTrendModel::Days));
    }

    void theChecklistTicksItselfOffFromTheRealState()
    {
        withoutProviders();
        SetupChecklistModel* setup = m_gui.context().setup;
        ModelChecks::attachTester(setup);
        QVERIFY(checklist());
        QVERIFY(checklist()->isVisibleTo(window()));
        QCOMPARE(setup->rowCount(), 5);
        QVERIFY(!setup->index(0).data(SetupChecklistModel::DoneRole).toBool());
        QVERIFY(!setup->index(3).data(SetupChecklistModel::DoneRole).toBool());
        auto* title = checklist()->findChild<QLabel*>();
        QVERIFY(title->text().startsWith(u"Get started: "_s));

        // The first open step's button opens Settings on Providers.
        auto* provider = checklist()->findChild<QPushButton*>(u"setupAction0"_s);
        QVERIFY(provider);
        provider->click();
        auto* settings = GuiFixture::dialog<SettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->currentPage(), SettingsDialog::Providers);
        settings->close();

        // A product can be added, but running it is refused in words until a provider writes.
        QString error;
        const qint64 id = m_gui.context().actions->addProduct(apron(), {}, true, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM jobs WHERE kind <> 'agent.run'"_s), 0);
        const auto refused = m_gui.context().actions->run({id});
        QVERIFY(refused.queued.isEmpty());
        QCOMPARE(refused.skipped.size(), 1);
        QVERIFY2(refused.skipped.first().second.contains(u"Settings → Providers"_s),
            qPrintable(refused.skipped.first().second));
        QVERIFY(!refused.skipped.first().second.contains(u"write:"_s));
        setup->reload();
        QVERIFY(setup->index(3).data(SetupChecklistModel::DoneRole).toBool());

        // One provider, writing and reviewing: the step ticks, with a warning that stays in sight.
        ProviderConfig ollama;
        ollama.id = u"ollama"_s;
        ollama.name = u"Ollama"_s;
        ollama.kind = u"ollama"_s;
        ollama.baseUrl = QUrl(u"http://localhost:11434"_s);
        ollama.model = u"llama3.1"_s;
        ProviderSettings* providers = m_gui.context().providerSettings;
        QVERIFY2(providers->save(ollama, &error), qPrintable(error));
        QVERIFY2(providers->setChain(u"write"_s, {u"ollama"_s}, &error), qPrintable(error));
        QVERIFY2(providers->setChain(u"review"_s, {u"ollama"_s}, &error), qPrintable(error));
        setup->reload();
        QVERIFY(setup->index(0).data(SetupChecklistModel::DoneRole).toBool());
        QVERIFY(setup->index(0).data(SetupChecklistModel::WarningRole).toBool());
        QVERIFY(setup->index(0).data(SetupChecklistModel::DetailRole).toString().contains(u"reviews its own"_s));
        // Nothing would pass the gate (two different models must agree): said before anything is paid for,
        // with the two ways out; allowing one-model review opens the way.
        QVERIFY2(m_gui.context().actions->whyCannotRun().contains(u"allow one-model review"_s),
            qPrintable(m_gui.context().actions->whyCannotRun()));
        QVERIFY(m_gui.context().actions->run({id}).queued.isEmpty());
        // A second model anywhere in the chains is an independent reviewer, as the gate finds one: then
        // nothing is refused and there is no one-model warning.
        ProviderConfig second = ollama;
        second.id = u"ollama-qwen"_s;
        second.model = u"qwen2.5:7b"_s;
        QVERIFY2(providers->save(second, &error), qPrintable(error));
        QVERIFY2(providers->setChain(u"write"_s, {u"ollama"_s, u"ollama-qwen"_s}, &error), qPrintable(error));
        QVERIFY2(
            m_gui.context().actions->whyCannotRun().isEmpty(), qPrintable(m_gui.context().actions->whyCannotRun()));
        setup->reload();
        QVERIFY(!setup->index(0).data(SetupChecklistModel::WarningRole).toBool());
        QVERIFY2(providers->setChain(u"write"_s, {u"ollama"_s}, &error), qPrintable(error));
        QVERIFY(!m_gui.context().actions->whyCannotRun().isEmpty());
        QVERIFY2(providers->setSelfReviewAllowed(true, &error), qPrintable(error));
        QVERIFY(m_gui.context().actions->whyCannotRun().isEmpty());
        QCOMPARE(m_gui.context().actions->run({id}).queued.size(), 1);
    }

    // A new user with Ollama, through the UI alone: Settings → Providers → Add, the form follows the
    // API, Test provider says in words what is wrong (nothing listening, an unknown model), the model
    // list comes from the server, Save fills the empty writer and reviewer slots, one model may review
    // itself once the owner allows it, and a product added by hand is written and passes the gate.
    void aNewUserConnectsOllamaThroughTheUi()
    {
        withoutProviders();
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        auto* settings = GuiFixture::dialog<SettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->currentPage(), SettingsDialog::Providers);
        settings->providersPage()->edit(true);
        auto* dialog = GuiFixture::dialog<ProviderDialog>();
        QVERIFY(dialog);
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(u"ollama"_s));
        QCOMPARE(dialog->addressEdit()->text(), u"http://localhost:11434"_s);
        QVERIFY(!dialog->keyEdit()->isVisible()); // Ollama has no key

        // Nothing listening there: said in words, with what to do.
        dialog->addressEdit()->setText(u"http://127.0.0.1:9"_s);
        QSignalSpy tested(dialog, &ProviderDialog::tested);
        dialog->testButton()->click();
        QVERIFY(tested.wait(20'000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(dialog->testResult()->text().contains(u"ollama serve"_s), qPrintable(dialog->testResult()->text()));

        // The right address, a model it does not have (the sandbox answers once as Ollama does for a
        // model that was never pulled): named, with what to do.
        dialog->addressEdit()->setText(m_gui.sandbox()->url().toString());
        dialog->modelEdit()->setText(u"llama9"_s);
        m_gui.sandbox()->server()->setRouteFaults(
            u"ollama.chat"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"model_not_found"_s}}});
        dialog->testButton()->click();
        QVERIFY(tested.wait(20'000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(dialog->testResult()->text().contains(u"llama9"_s)
                && dialog->testResult()->text().contains(u"ollama pull"_s),
            qPrintable(dialog->testResult()->text()));

        // The list from the server; the first of its models works.
        dialog->loadModels();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->modelBox()->findText(u"sandbox-ollama:latest"_s) >= 0, 20'000);
        dialog->modelBox()->setCurrentText(u"sandbox-ollama:latest"_s);
        dialog->testButton()->click();
        QVERIFY(tested.wait(20'000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!GuiFixture::dialog<ProviderDialog>());

        // Saved and put to work: it writes and reviews, and the one-model warning is in sight.
        ProviderSettings* providers = m_gui.context().providerSettings;
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM providers"_s), 1);
        const QString id = m_gui.value(u"SELECT id FROM providers"_s).toString();
        QCOMPARE(providers->chainIds(u"write"_s), QStringList{id});
        QCOMPARE(providers->chainIds(u"review"_s), QStringList{id});
        const QString refused = m_gui.context().actions->whyCannotRun();
        QVERIFY2(!refused.isEmpty(), "one model does not review itself unless the owner allows it");
        settings->providersPage()->selfReviewBox()->click();
        QVERIFY(providers->selfReviewAllowed());
        QVERIFY(m_gui.context().actions->whyCannotRun().isEmpty());
        settings->close();

        QString error;
        const qint64 product = m_gui.context().actions->addProduct(apron(), {}, true, &error);
        QVERIFY2(product > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.value(u"SELECT stage FROM products WHERE id = ?"_s, {product}).toString() == u"ready"_s
                || m_gui.value(u"SELECT stage FROM products WHERE id = ?"_s, {product}).toString() == u"needs_review"_s,
            60'000);
        // Every verdict says that no second model looked.
        QVERIFY(m_gui.count(u"SELECT COUNT(*) FROM validations v JOIN content_versions cv ON cv.id = v.version_id "
                            u"JOIN content_pieces p ON p.id = cv.piece_id WHERE p.product_id = ? AND v.stage = "
                            u"'review'"_s,
                    {product})
            > 0);
        QCOMPARE(
            m_gui.count(
                u"SELECT COUNT(*) FROM validations v JOIN content_versions cv ON cv.id = v.version_id "
                u"JOIN content_pieces p ON p.id = cv.piece_id WHERE p.product_id = ? AND v.stage = "
                u"'review' AND COALESCE(json_extract(v.scores, '$._summary'), '') NOT LIKE 'Reviewed by the model that wrote it%'"_s,
                {product}),
            0);
    }

    // Ctrl+K finds a menu command by a few letters and runs it; ? lists every shortcut.
    void theCommandPaletteRunsMenuCommands()
    {
        window()->findChild<QAction*>(u"actionCommandPalette"_s)->trigger();
        auto* palette = GuiFixture::dialog<CommandPalette>();
        QVERIFY(palette);
        QTest::keyClicks(palette->filterEdit(), u"emergency"_s);
        QCOMPARE(palette->list()->count(), 1);
        QVERIFY(palette->list()->item(0)->text().contains(u"Emergency stop"_s));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(RunControl::state(m_gui.db()), RunControl::State::Stopped);
        QTRY_VERIFY(!palette->isVisible() || GuiFixture::dialog<CommandPalette>() == nullptr);

        window()->findChild<QAction*>(u"actionShortcuts"_s)->trigger();
        auto* sheet = GuiFixture::dialog<ShortcutSheet>();
        QVERIFY(sheet);
        auto* table = sheet->findChild<QTableWidget*>(u"shortcutTable"_s);
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys.append(table->item(r, 1)->text());
        QVERIFY2(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)),
            qPrintable(keys.join(u", "_s)));
        sheet->close();
    }

    void pauseAndEmergencyStopShowOnEveryPane()
    {
        auto* banner = window()->findChild<RunStateBanner*>(u"runStateBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisibleTo(window()));
        window()->findChild<QAction*>(u"actionEmergencyStop"_s)->trigger();
        QTRY_VERIFY(banner->isVisibleTo(window()));
        QVERIFY(banner->findChild<QLabel*>(u"runStateText"_s)->text().contains(u"Emergency stop"_s));
        for (int pane = 0; pane < static_cast<int>(PaneId::Count); ++pane) {
            window()->showPane(static_cast<PaneId>(pane));
            QVERIFY(banner->isVisibleTo(window()));
        }
        banner->findChild<QPushButton*>(u"runStateResume"_s)->click();
        QTRY_VERIFY(!banner->isVisibleTo(window()));
        window()->findChild<QAction*>(u"actionPause"_s)->trigger();
        QTRY_VERIFY(banner->isVisibleTo(window()));
        QVERIFY(banner->findChild<QLabel*>(u"runStateText"_s)->text().contains(u"Paused"_s));
    }
};

QUORUM_GUI_TEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
