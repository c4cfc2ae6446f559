#include "GuiFixture.h"
#include "MainWindow.h"
#include "TrayNotifier.h"
#include "WebhookSink.h"
#include "autopilot/Alerts.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "dialogs/ReportsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "settings/AutopilotPage.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The autopilot in the real main window: the owner sets the schedule and where alerts go (a wrong
// address is refused and nothing saved), sends a test message that really reaches a webhook and is
// told how it went; File → Reports makes, keeps and saves a report; an alert raised by any process of
// the workspace reaches the desk as a notification. In English and in Dutch.
class TestAutopilotViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }

    bool start(const QString& language = u"en"_s)
    {
        GuiFixture::Options options;
        options.language = language;
        QString error;
        if (!m_gui.start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    AutopilotPage* openAutopilot() const
    {
        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        SettingsDialog* settings = GuiFixture::dialog<SettingsDialog>();
        settings->showPage(SettingsDialog::Autopilot);
        return settings->autopilotPage();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void theOwnerSetsWhereAlertsGoAndATestReachesTheWebhook_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("refused");
        QTest::addColumn<QString>("sent");
        QTest::newRow("en") << u"en"_s << u"is not an e-mail address"_s << u"webhook: sent"_s;
        QTest::newRow("nl") << u"nl"_s << u"is geen e-mailadres"_s << u"webhook: verstuurd"_s;
    }
    void theOwnerSetsWhereAlertsGoAndATestReachesTheWebhook()
    {
        QFETCH(QString, language);
        QFETCH(QString, refused);
        QFETCH(QString, sent);
        QVERIFY(start(language));
        AutopilotPage* page = openAutopilot();
        QVERIFY(page);
        QCOMPARE(page->syncMinutes()->value(), 15);
        QVERIFY(page->alerts()->count() >= 1); // "none", or what is open
        GuiFixture::shot(GuiFixture::dialog<SettingsDialog>(), u"autopilot-settings-"_s + language);

        // A wrong address: refused, said, nothing saved.
        page->emailTo()->setText(u"owner-at-shop"_s);
        page->smtpUrl()->setText(u"smtp://127.0.0.1:2525"_s);
        page->findChild<QPushButton*>(u"saveAutopilot"_s)->click();
        QVERIFY2(page->note()->text().contains(refused), qPrintable(page->note()->text()));
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.autopilot'"_s), 0);

        // Right: saved and audited; the test goes to a real webhook and the page says how it went.
        WebhookSink sink({200});
        page->emailTo()->clear();
        page->smtpUrl()->clear();
        page->webhook()->setText(sink.url());
        page->syncMinutes()->setValue(30);
        page->findChild<QPushButton*>(u"sendTest"_s)->click();
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.autopilot'"_s), 1);
        QTRY_VERIFY_WITH_TIMEOUT(page->note()->text().contains(sent), 30'000);
        QCOMPARE(sink.calls.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(sink.calls.first().body).object();
        QCOMPARE(body.value(u"type"_s).toString(), u"alert"_s);
        QCOMPARE(body.value(u"kind"_s).toString(), u"test"_s);
        GuiFixture::shot(GuiFixture::dialog<SettingsDialog>(), u"autopilot-tested-"_s + language);
        // Saved as set: the page reads it back after a restart.
        QString error;
        QVERIFY2(m_gui.restart(&error), qPrintable(error));
        page = openAutopilot();
        QCOMPARE(page->syncMinutes()->value(), 30);
        QCOMPARE(page->webhook()->text(), sink.url());
    }

    void reportsAreMadeKeptAndSaved_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }
    void reportsAreMadeKeptAndSaved()
    {
        QFETCH(QString, language);
        QVERIFY(start(language));
        window()->findChild<QAction*>(u"actionReports"_s)->trigger();
        auto* dialog = GuiFixture::dialog<ReportsDialog>();
        QVERIFY(dialog);
        // The autopilot may have made yesterday's report already, and on a Monday last week's too, before or
        // after the dialog read the list: the button makes last week's report unless it is there, never twice.
        const int before = dialog->table()->rowCount();
        dialog->findChild<QPushButton*>(u"makeWeekly"_s)->click();
        const int after = dialog->table()->rowCount();
        QVERIFY2(after == before || after == before + 1, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
        QVERIFY(dialog->selectedId() > 0);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM reports WHERE period = 'weekly'"_s), 1);
        QCOMPARE(m_gui.value(u"SELECT period FROM reports WHERE id = ?"_s, {dialog->selectedId()}).toString(),
            u"weekly"_s); // the one it made or found is selected
        // Again: the same report, nothing new.
        dialog->findChild<QPushButton*>(u"makeWeekly"_s)->click();
        QCOMPARE(dialog->table()->rowCount(), after);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM reports WHERE period = 'weekly'"_s), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"week.pdf"_s);
        QVERIFY(dialog->saveSelected(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        GuiFixture::shot(dialog, u"reports-"_s + language);
        dialog->close();
    }

    void anAlertRaisedAnywhereReachesTheDesk()
    {
        QVERIFY(start());
        // Raised as any process's autopilot would: the desk hears of it by the event bus.
        const qint64 now = m_gui.context().clock->nowMs();
        const Alerts::Outcome o = Alerts::judge(m_gui.db(),
            {Alerts::Condition{u"sync_failing"_s, u"Demo shop / orders"_s,
                u"Demo shop (orders): the last sync failed: HTTP 401"_s, {}, 0}},
            {u"sync_failing"_s}, now);
        QCOMPARE(o.raised.size(), 1);
        m_gui.context().bus->publishChanged(EventBus::Topic::Alerts, {}, true);
        TrayNotifier* tray = window()->trayNotifier();
        QTRY_COMPARE(tray->lastTitle(), u"Alert: Demo shop (orders): the last sync failed: HTTP 401"_s);
        // Clicking it opens the open alerts.
        tray->activateLast();
        auto* settings = GuiFixture::dialog<SettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->currentPage(), SettingsDialog::Autopilot);
        const QListWidget* list = settings->autopilotPage()->alerts();
        bool listed = false;
        for (int i = 0; i < list->count(); ++i)
            listed = listed || list->item(i)->text().contains(u"HTTP 401"_s);
        QVERIFY(listed);
        settings->close();

        // An alert opened earlier and held (a breaker, an hour) is raised after it: still news to the desk.
        const QList<Alerts::Condition> both{Alerts::Condition{u"sync_failing"_s, u"Demo shop / orders"_s,
                                                u"Demo shop (orders): the last sync failed: HTTP 401"_s, {}, 0},
            Alerts::Condition{u"breaker_open"_s, u"api.example"_s, u"api.example does not answer"_s, {}, 0}};
        Alerts::judge(m_gui.db(),
            {both.at(0),
                Alerts::Condition{both.at(1).kind, both.at(1).subject, both.at(1).title, {}, Alerts::BreakerHoldMs}},
            {u"sync_failing"_s, u"breaker_open"_s}, now + 1000);
        QCOMPARE(Alerts::judge(m_gui.db(), both, {u"sync_failing"_s, u"breaker_open"_s}, now + 2000).raised.size(), 1);
        m_gui.context().bus->publishChanged(EventBus::Topic::Alerts, {}, true);
        QTRY_COMPARE(tray->lastTitle(), u"Alert: api.example does not answer"_s);
    }
};

QUORUM_GUI_TEST_MAIN(TestAutopilotViews)
#include "tst_autopilotviews.moc"
