#include "GuiFixture.h"
#include "WorkspaceSession.h"
#include "approvals/ApprovalActions.h"
#include "dialogs/SettingsDialog.h"
#include "llm/ProviderSettings.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/PromptTemplates.h"
#include "publishing/ConnectionSettings.h"
#include "settings/BrandPage.h"
#include "settings/ConnectionsPage.h"
#include "settings/PipelinePage.h"
#include "settings/PromptsPage.h"
#include "settings/ProviderDialog.h"
#include "settings/ProvidersPage.h"
#include "settings/RulesPage.h"
#include "settings/UsersPage.h"
#include "users/Users.h"
#include "widgets/ReadOnlyNote.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;

// Settings change through one door: a viewer (or an approver: settings are an owner's) can open every
// page and change nothing, said in words on the page and refused by the service; every change an
// owner makes is in the audit trail, with who made it. The real main window on the demo workspace.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    qint64 count(const QString& sql, const QVariantList& binds = {}) const { return m_gui.count(sql, binds); }
    qint64 audited(const QString& action, const QString& actor) const
    {
        return count(u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?"_s, {action, actor});
    }
    SettingsDialog* openSettings()
    {
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        return GuiFixture::dialog<SettingsDialog>();
    }
    void signInAs(const QString& name)
    {
        QString error;
        QVERIFY2(m_gui.context().approvalActions->switchUser(name, &error), qPrintable(error));
        QCOMPARE(m_gui.context().user->name(), name);
    }
    // The workspace's settings, providers, prompts and connections, as text: nothing may change.
    QString snapshot() const
    {
        QStringList parts;
        for (const QString& sql :
            // The CEO's AI budget plan is the agent's (it runs meanwhile), not a setting a person changes.
            {u"SELECT group_concat(key || '=' || value, ';') FROM (SELECT * FROM settings WHERE key NOT IN "
             u"('ai_budget.plan', 'budget.shares') ORDER BY key)"_s,
                u"SELECT group_concat(id || kind || base_url || model, ';') FROM providers"_s,
                u"SELECT group_concat(purpose || position || provider_id, ';') FROM provider_routes"_s,
                u"SELECT COUNT(*) FROM prompt_templates"_s, u"SELECT COUNT(*) FROM connections"_s,
                u"SELECT COUNT(*) FROM approval_rules"_s, u"SELECT COUNT(*) FROM users"_s})
            parts.append(m_gui.value(sql).toString());
        return parts.join(u'|');
    }

    // Settings → Prompts with the description writer's template selected.
    static bool showDescriptionPrompt(SettingsDialog* settings)
    {
        settings->showPage(SettingsDialog::Prompts);
        QTableView* templates = settings->promptsPage()->templates();
        for (int r = 0; r < templates->model()->rowCount(); ++r) {
            const QModelIndex index = templates->model()->index(r, 0);
            if (index.data().toString() == PromptTemplates::displayName(u"writer.description"_s)) {
                templates->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    void everyPageIsReadOnly(SettingsDialog* settings, const QString& who)
    {
        // Each page says why, and the controls that would change something are off.
        const QList<QWidget*> pages{
            settings->providersPage(), settings->promptsPage(), settings->brandPage(), settings->pipelinePage()};
        for (QWidget* page : pages) {
            auto* note = page->findChild<ReadOnlyNote*>(u"readOnlyNote"_s);
            QVERIFY2(note, qPrintable(page->objectName()));
            QVERIFY2(!note->mayChange(), qPrintable(page->objectName()));
            QVERIFY2(note->text().contains(who), qPrintable(note->text()));
        }
        QVERIFY(!settings->brandPage()->saveButton()->isEnabled());
        QVERIFY(!settings->pipelinePage()->saveButton()->isEnabled());
        QVERIFY(!settings->providersPage()->writerBox(QString())->isEnabled());
        PromptsPage* prompts = settings->promptsPage();
        prompts->editor()->insertPlainText(u"\nSay it twice."_s);
        QVERIFY(!prompts->saveButton()->isEnabled());
        QVERIFY(!settings->rulesPage()->saveButton()->isEnabled());
        QVERIFY(!settings->connectionsPage()->saveButton()->isEnabled());
        // Testing would send the saved secrets: only for those who may change the connection.
        QVERIFY(!settings->connectionsPage()->testButton()->isEnabled());
        // Asked anyway (a shortcut, a script): the services refuse, and write nothing.
        QVERIFY(!settings->brandPage()->save());
        QVERIFY(!settings->pipelinePage()->save());
        QVERIFY(!prompts->save());
        QString error;
        ProviderConfig p;
        p.id = u"sneaky"_s;
        p.kind = u"openai"_s;
        p.baseUrl = QUrl(u"https://evil.example/v1"_s);
        p.model = u"x"_s;
        QVERIFY(!m_gui.context().providerSettings->save(p, &error));
        QVERIFY2(error.contains(u"Only an owner"_s), qPrintable(error));
        QVERIFY(!m_gui.context().providerSettings->setChain(u"write"_s, {u"sneaky"_s}, &error));
        QVERIFY(!m_gui.context().providerSettings->remove(u"sandbox-writer"_s, &error));
        bool done = false;
        Connections::Connection c;
        c.kind = Connections::Kind::WordPress;
        c.name = u"Sneaky"_s;
        c.url = u"https://evil.example"_s;
        c.account = u"x"_s;
        m_gui.context().connections->save(c, {{u"app_password"_s, u"pw"_s}}, window(), [&](qint64, const QString& e) {
            done = true;
            error = e;
        });
        QTRY_VERIFY(done);
        QVERIFY2(error.contains(u"Only an owner"_s), qPrintable(error));
        QVERIFY(!settings->usersPage()->addUser(u"Mallory"_s, u"owner"_s));
        QVERIFY(!settings->rulesPage()->save());
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void aNewProvidersFieldsFollowTheChosenApi()
    {
        ProviderConfig fresh;
        fresh.kind = u"openai"_s;
        const Llm::KindDefaults openai = Llm::defaultsFor(u"openai"_s);
        fresh.baseUrl = QUrl(openai.baseUrl);
        fresh.model = openai.model;
        fresh.secretRef = openai.keyRef;
        ProviderDialog dialog(fresh, true, {});
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(u"anthropic"_s));
        QCOMPARE(dialog.addressEdit()->text(), u"https://api.anthropic.com/v1"_s);
        QCOMPARE(dialog.keyFromEdit()->text(), u"env:ANTHROPIC_API_KEY"_s);
        QVERIFY(dialog.modelEdit()->text().startsWith(u"claude"_s));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(u"ollama"_s));
        QCOMPARE(dialog.addressEdit()->text(), u"http://localhost:11434"_s);
        QCOMPARE(dialog.keyFromEdit()->text(), QString());
        // What was typed by hand stays when the API changes.
        dialog.addressEdit()->setText(u"http://gpu-box.lan:11434"_s);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(u"openai"_s));
        QCOMPARE(dialog.addressEdit()->text(), u"http://gpu-box.lan:11434"_s);
        QCOMPARE(dialog.modelEdit()->text(), u"gpt-4o-mini"_s);
    }

    void aViewerChangesNothing()
    {
        const QString before = snapshot();
        const qint64 last = count(u"SELECT COALESCE(MAX(seq), 0) FROM audit_log"_s);
        signInAs(u"Joris"_s);
        SettingsDialog* settings = openSettings();
        QVERIFY(settings);
        everyPageIsReadOnly(settings, u"Joris"_s);
        GuiFixture::shot(settings, u"settings-viewer"_s);
        settings->close();
        QCOMPARE(snapshot(), before);
        // The only new entry a person made is the switch of user itself; the agents run meanwhile (the CEO
        // shares out the AI budget and may propose), so what they write is not counted.
        const QString people = u"SELECT group_concat(action || ':' || actor, ';') FROM audit_log WHERE seq > ? "
                               u"AND actor NOT IN (SELECT name FROM agents)"_s;
        QCOMPARE(m_gui.value(people, {last}).toString(), u"user.switched:Ann"_s);
    }

    void anApproverDecidesButDoesNotChangeSettings()
    {
        const QString before = snapshot();
        signInAs(u"Sanne"_s);
        SettingsDialog* settings = openSettings();
        QVERIFY(settings);
        everyPageIsReadOnly(settings, u"Sanne"_s);
        settings->close();
        QCOMPARE(snapshot(), before);
    }

    void everySettingsChangeIsAudited()
    {
        SettingsDialog* settings = openSettings();
        QVERIFY(settings);
        // Brand.
        settings->brandPage()->voiceEdit()->setPlainText(u"Plain and warm."_s);
        QVERIFY(settings->brandPage()->save());
        QCOMPARE(audited(u"settings.brand"_s, u"Ann"_s), 1);
        // Pipeline tuning.
        settings->pipelinePage()->passMark(u"quality"_s)->setValue(91);
        QVERIFY(settings->pipelinePage()->save());
        QCOMPARE(audited(u"settings.pipeline"_s, u"Ann"_s), 1);
        QCOMPARE(m_gui.value(u"SELECT value FROM settings WHERE key = 'gate.quality'"_s).toString(), u"91"_s);
        // A prompt.
        PromptsPage* prompts = settings->promptsPage();
        prompts->templates()->setCurrentIndex(prompts->templates()->model()->index(0, 0));
        prompts->editor()->insertPlainText(u"\nBe brief."_s);
        QVERIFY(prompts->save());
        QCOMPARE(audited(u"settings.prompt"_s, u"Ann"_s), 1);
        // Who writes and who reviews.
        QComboBox* writer = settings->providersPage()->writerBox(u"seo"_s);
        QVERIFY(writer->count() > 1);
        writer->setCurrentIndex(writer->count() - 1);
        emit writer->activated(writer->currentIndex());
        QCOMPARE(audited(u"settings.providers_assigned"_s, u"Ann"_s), 1);
        // A provider added and removed.
        ProviderConfig p;
        p.id = u"local-ollama"_s;
        p.name = u"Local Ollama"_s;
        p.kind = u"ollama"_s;
        p.baseUrl = QUrl(u"http://localhost:11434"_s);
        p.model = u"llama3.1"_s;
        QString error;
        QVERIFY2(m_gui.context().providerSettings->save(p, &error), qPrintable(error));
        QVERIFY2(m_gui.context().providerSettings->remove(p.id, &error), qPrintable(error));
        QCOMPARE(audited(u"settings.provider_saved"_s, u"Ann"_s), 1);
        QCOMPARE(audited(u"settings.provider_removed"_s, u"Ann"_s), 1);
        // A connection (the demo's sandbox takes any credentials), then removed.
        ConnectionsPage* connections = settings->connectionsPage();
        settings->showPage(SettingsDialog::Connections);
        connections->addConnection(Connections::Kind::WordPress);
        connections->field(u"connName"_s)->setText(u"Audited blog"_s);
        connections->field(u"connUrl"_s)->setText(u"https://blog.example"_s);
        connections->field(u"connAccount"_s)->setText(u"editor"_s);
        connections->field(u"app_password"_s)->setText(u"abcd EFGH 1234 ijkl MNOP 5678"_s);
        connections->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!connections->busy(), 20'000);
        // Its token is in the keychain (the sync reads it from there); a keychain that did not answer says so.
        QVERIFY2(connections->resultText().contains(u"its secrets are in the keychain"_s),
            qPrintable(connections->resultText()));
        QCOMPARE(audited(u"settings.connection_added"_s, u"Ann"_s), 1);
        // No secret ever reaches the trail.
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE payload LIKE '%abcd EFGH%'"_s), 0);
        // Rules and users were audited before this change; they still are.
        settings->rulesPage()->selectRule(u"refund"_s);
        settings->rulesPage()->lowMax()->setValue(60);
        QVERIFY(settings->rulesPage()->save());
        QCOMPARE(audited(u"rule.changed"_s, u"Ann"_s), 1);
        const qint64 usersAdded = audited(u"user.added"_s, u"Ann"_s);
        QVERIFY(settings->usersPage()->addUser(u"Pieter"_s, u"approver"_s));
        QCOMPARE(audited(u"user.added"_s, u"Ann"_s), usersAdded + 1);
        settings->close();
        // Each entry names the machine it was made on.
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'settings.%' AND "
                       u"json_extract(payload, '$.details.machine') IS NULL"_s),
            0);
    }

    void aPromptIsTriedOnAShareOfRunsFromThePromptsPage()
    {
        SettingsDialog* settings = openSettings();
        QVERIFY(settings);
        PromptsPage* prompts = settings->promptsPage();
        QVERIFY(showDescriptionPrompt(settings));
        QVERIFY(prompts->tryButton()->isVisible());
        QVERIFY(!prompts->tryButton()->isEnabled()); // nothing edited yet
        prompts->editor()->insertPlainText(u"\nOpen with the material."_s);
        QVERIFY(prompts->tryButton()->isEnabled());
        prompts->shareBox()->setValue(30);
        QVERIFY(prompts->tryOnShare());
        QCOMPARE(audited(u"settings.prompt_trial"_s, u"Ann"_s), 1);
        // The trial and its record so far, and both versions to keep; no second trial beside it.
        QVERIFY2(prompts->trialText()->text().contains(u"30 %"_s), qPrintable(prompts->trialText()->text()));
        QVERIFY(prompts->keepVariantButton()->isVisible() && prompts->keepControlButton()->isVisible());
        QVERIFY(!prompts->tryButton()->isVisible());
        GuiFixture::shot(settings, u"settings-prompt-trial"_s);
        prompts->keepVariantButton()->click();
        QCOMPARE(audited(u"settings.prompt_trial_end"_s, u"Ann"_s), 1);
        QVERIFY(!prompts->keepVariantButton()->isVisible());
        QVERIFY(prompts->tryButton()->isVisible());
        settings->close();
    }

    void aSkillLocksATextEveryPieceMustCarry()
    {
        SettingsDialog* settings = openSettings();
        QVERIFY(settings);
        PromptsPage* prompts = settings->promptsPage();
        QVERIFY(showDescriptionPrompt(settings));
        QVERIFY(prompts->lockButton()->isVisible());
        QVERIFY(!prompts->lockedText()->isVisible());
        // The owner types a legal line, selects it and locks it.
        QPlainTextEdit* editor = prompts->editor();
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(u"\nPrices include VAT."_s);
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        prompts->lockButton()->click();
        QVERIFY2(editor->toPlainText().endsWith(u"{{#locked Locked text}}\nPrices include VAT.\n{{/locked}}"_s),
            qPrintable(editor->toPlainText().right(80)));
        QVERIFY(prompts->lockedText()->isVisible());
        QVERIFY2(
            prompts->lockedText()->text().contains(u"1 locked section"_s), qPrintable(prompts->lockedText()->text()));
        // The writer reads it as a text to copy word for word.
        QVERIFY(prompts->preview()->toPlainText().contains(
            u"Locked text \"Locked text\": put it into the piece exactly as below, word for word"_s));
        QVERIFY(prompts->preview()->toPlainText().contains(u"<locked name=\"Locked text\">\nPrices include VAT.\n"_s));
        GuiFixture::shot(settings, u"settings-prompt-locked"_s);
        // A section left open cannot be saved, and says why.
        const QString sound = editor->toPlainText();
        editor->setPlainText(sound.left(sound.size() - QStringLiteral("{{/locked}}").size()));
        QVERIFY(!prompts->saveButton()->isEnabled());
        QVERIFY2(prompts->warningText()->text().contains(u"not closed"_s), qPrintable(prompts->warningText()->text()));
        editor->setPlainText(sound);
        QVERIFY(prompts->saveButton()->isEnabled());
        QVERIFY(prompts->save());
        QCOMPARE(audited(u"settings.prompt"_s, u"Ann"_s), 1);
        settings->close();
    }

    void aMetaAdAccountIsCheckedTestedAndSynced()
    {
        SettingsDialog* settings = openSettings();
        QVERIFY(settings);
        ConnectionsPage* connections = settings->connectionsPage();
        settings->showPage(SettingsDialog::Connections);
        connections->addConnection(Connections::Kind::MetaAds);
        QVERIFY(connections->field(u"connAccount"_s)->isVisible());
        QVERIFY(connections->field(u"ads_token"_s)->isVisible());
        QVERIFY(!connections->field(u"app_password"_s)->isVisible());
        // Not an account id: said so, nothing saved.
        connections->field(u"connName"_s)->setText(u"Shop ads"_s);
        connections->field(u"connAccount"_s)->setText(u"shop-ads"_s);
        connections->field(u"ads_token"_s)->setText(u"EAAB-sandbox-token"_s);
        connections->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!connections->busy(), 20'000);
        QVERIFY2(connections->resultText().contains(u"ad account's ID"_s), qPrintable(connections->resultText()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM connections WHERE kind = 'meta_ads'"_s), 1); // the demo's own
        // The demo's sandbox account is connected already: a second connection would count it twice.
        connections->field(u"connUrl"_s)->setText(m_gui.app()->session()->sandboxUrl().toString());
        connections->field(u"connAccount"_s)->setText(u"1234567890"_s);
        connections->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!connections->busy(), 20'000);
        QVERIFY2(connections->resultText().contains(u"connected already, as “Demo ad account (sandbox)”"_s),
            qPrintable(connections->resultText()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM connections WHERE kind = 'meta_ads'"_s), 1);
        // Without the demo's connection: tested, saved, and its campaigns come in.
        bool removed = false;
        m_gui.context().connections->remove(
            m_gui.value(u"SELECT id FROM connections WHERE kind = 'meta_ads'"_s).toLongLong(), window(),
            [&](const QString& error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                removed = true;
            });
        QTRY_VERIFY(removed);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ad_sets"_s), 0);
        connections->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!connections->busy(), 20'000);
        QVERIFY2(connections->resultText().contains(
                     u"Connected to the ad account “Sandbox ad account” (EUR, Europe/Amsterdam)"_s),
            qPrintable(connections->resultText()));
        connections->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!connections->busy(), 20'000);
        // Its token is in the keychain (the sync reads it from there); a keychain that did not answer says so.
        QVERIFY2(connections->resultText().contains(u"its secrets are in the keychain"_s),
            qPrintable(connections->resultText()));
        QCOMPARE(audited(u"settings.connection_added"_s, u"Ann"_s), 1);
        // Its first sync runs at once: campaigns, ad sets and 90 days of figures.
        QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM ad_accounts WHERE synced_through <> ''"_s), 1, 60'000);
        QCOMPARE(count(u"SELECT COUNT(*) FROM campaigns WHERE platform = 'meta' AND connection_id IS NOT NULL"_s), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ad_sets"_s), 9); // one archived, in from its insights
        QVERIFY(count(u"SELECT COUNT(*) FROM ad_set_days"_s) > 300);
        settings->close();
    }
};

QUORUM_GUI_TEST_MAIN(TestSettings)
#include "tst_settings.moc"
