#include "Application.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WorkspaceSession.h"
#include "WorkspaceStatusBar.h"
#include "storage/Doorbell.h"
#include "storage/Workspace.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// A desk on a team workspace (the real main window on the real PostgreSQL): when the server drops the
// desk's connections, the status bar says the team server is unreachable, and once the desk is connected
// again it says so and everything is read afresh. In English and in Dutch.
class TestTeamDesk : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    void serverLostAndBack(const QString& language, const QString& lostWords, const QString& backWords)
    {
        GuiFixture::Options options;
        options.demo = false;
        options.language = language;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        Doorbell* bell = m_gui.app()->session()->doorbell();
        QVERIFY(bell);
        QTRY_VERIFY(bell->isListening());
        WorkspaceStatusBar* bar = m_gui.window()->workspaceStatusBar();
        QVERIFY(bar->serverLabel()->isHidden());

        // What the bar shows while the server is gone (seen from a slot that runs after the bar's).
        bool shownWhenLost = false;
        QString lostText;
        connect(bell, &Doorbell::listeningChanged, this, [&](bool listening) {
            if (listening)
                return;
            shownWhenLost = !bar->serverLabel()->isHidden();
            lostText = bar->serverLabel()->text();
            m_gui.window()->resize(1366, 768);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the bar's new width
            GuiFixture::shot(m_gui.window(), u"team-server-lost-"_s + language);
        });
        QSignalSpy changes(bell, &Doorbell::listeningChanged);
        const QString database = m_gui.app()->workspace()->databasePath().section(u'/', -1);
        QVERIFY2(TestDatabase::admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                     u"AND application_name = 'quorum-doorbell'"_s.arg(database),
                     &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 2, 30'000);
        QCOMPARE(changes.at(0).at(0).toBool(), false);
        QCOMPARE(changes.at(1).at(0).toBool(), true);
        QVERIFY(shownWhenLost);
        QVERIFY2(lostText.contains(lostWords), qPrintable(lostText));
        QVERIFY(bar->serverLabel()->isHidden());
        QVERIFY2(bar->currentMessage().contains(backWords), qPrintable(bar->currentMessage()));
        m_gui.stop();
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::usePostgres())
            QSKIP("a team desk needs the test PostgreSQL cluster (tst_teamdesk_pg)");
    }
    void cleanup() { m_gui.stop(); }

    void theStatusBarSaysWhenTheServerIsLostAndBack()
    {
        serverLostAndBack(u"en"_s, u"Team server unreachable"_s, u"answers again"_s);
    }

    void andSaysSoInDutch() { serverLostAndBack(u"nl"_s, u"Teamserver onbereikbaar"_s, u"antwoordt weer"_s); }
};

QUORUM_GUI_TEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
