#include "Application.h"
#include "ApprovalsModel.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "TeamJoin.h"
#include "TestDatabase.h"
#include "TestWorkspace.h"
#include "WorkspaceSession.h"
#include "WorkspaceStatusBar.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "dialogs/TeamWorkspaceDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "storage/Doorbell.h"
#include "storage/Workspace.h"
#include "users/Users.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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
        QList<bool> changes; // as this thread saw them (the doorbell has a thread of its own)
        connect(bell, &Doorbell::listeningChanged, this, [&](bool listening) {
            changes.append(listening);
            if (listening)
                return;
            shownWhenLost = !bar->serverLabel()->isHidden();
            lostText = bar->serverLabel()->text();
            m_gui.window()->resize(1366, 768);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the bar's new width
            GuiFixture::shot(m_gui.window(), u"team-server-lost-"_s + language);
        });
        const QString database = m_gui.app()->workspace()->databasePath().section(u'/', -1);
        QVERIFY2(TestDatabase::admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                     u"AND application_name = 'quorum-doorbell'"_s.arg(database),
                     &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 2, 30'000);
        QCOMPARE(changes.at(0), false);
        QCOMPARE(changes.at(1), true);
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

    // File → Join a team workspace: a database that is not there is said in the dialog, which stays open;
    // the right one makes the chosen folder the team's and the window opens on the team workspace.
    void aDeskJoinsATeamWorkspaceFromTheFileMenu()
    {
        const QString database = u"qj_%1"_s.arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(TestDatabase::admin(u"CREATE DATABASE %1"_s.arg(database), &error), qPrintable(error));
        GuiFixture::Options options;
        options.demo = false;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        auto* join = m_gui.window()->findChild<QAction*>(u"actionJoinTeam"_s);
        QVERIFY(join);
        join->trigger();
        TeamWorkspaceDialog* dialog = m_gui.app()->teamJoin()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->connectButton()->isEnabled()); // nothing filled in yet
        const QUrl server(TestDatabase::server());
        QTemporaryDir files;
        dialog->hostEdit()->setText(server.host());
        dialog->portBox()->setValue(server.port());
        dialog->userEdit()->setText(server.userName());
        dialog->databaseEdit()->setText(database + u"_missing"_s);
        dialog->folderEdit()->setText(files.filePath(u"team"_s));
        QVERIFY(dialog->connectButton()->isEnabled());
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorLabel()->isHidden(), 30'000);
        QVERIFY2(dialog->errorLabel()->text().contains(u"Cannot connect"_s), qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFileInfo::exists(files.filePath(u"team/team.json"_s)));
        dialog->resize(640, dialog->sizeHint().height());
        GuiFixture::shot(dialog, u"team-join-error-en"_s);

        dialog->databaseEdit()->setText(database);
        QTest::keyClick(dialog->databaseEdit(), Qt::Key_Return); // Enter connects
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.app()->workspace() && m_gui.app()->workspace()->isTeam()
                && m_gui.app()->workspace()->databasePath().endsWith(u"/"_s + database),
            60'000);
        QTRY_VERIFY(m_gui.window() && m_gui.window()->isVisible());
        QVERIFY(QFileInfo::exists(files.filePath(u"team/team.json"_s)));
        m_gui.stop();
        TestDatabase::admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database), nullptr);
    }

    // Two desks on one team workspace (two real Applications, each with its connection, bus and doorbell):
    // a proposal arriving and Ann approving it at her desk show at Bob's without him doing anything, and
    // Bob, deciding it too late, is told that Ann decided it.
    void twoDesksSeeEachOthersDecisions()
    {
        GuiFixture::Options options;
        options.demo = false;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        const QSqlDatabase db = m_gui.app()->workspace()->db();
        TestWorkspace::person(db, u"Bob"_s, Users::Role::Approver);
        qputenv("QUORUM_USER", "Bob");
        CommandLine cl;
        cl.workspace = m_gui.workspacePath();
        cl.language = u"en"_s;
        Application bobsDesk(cl);
        QVERIFY2(bobsDesk.start(&error), qPrintable(error));
        qputenv("QUORUM_USER", "Ann");
        QTRY_VERIFY(bobsDesk.session()->doorbell() && bobsDesk.session()->doorbell()->isListening());
        ApprovalsModel* bobs = bobsDesk.context().approvals;
        QCOMPARE(bobs->rowCount(), 0);

        // An agent's proposal comes in at Ann's desk (her process writes it and says so on her bus).
        const ApprovalDesk::Proposal p = TestWorkspace::budgetProposal(u"Merino"_s);
        const qint64 id = ApprovalDesk::propose(db, p, u"agent-host"_s, Clock::system()->nowMs());
        m_gui.app()->bus()->publishChanged(EventBus::Topic::Proposals, {id}, true);
        QTRY_COMPARE_WITH_TIMEOUT(bobs->rowCount(), 1, 10'000);

        // Ann approves at her desk: it leaves Bob's queue of waiting proposals.
        QElapsedTimer seen;
        seen.start();
        const ApprovalDesk::Outcome approved = m_gui.context().approvalActions->approve(id, {});
        QVERIFY2(approved.ok, qPrintable(approved.error));
        QTRY_COMPARE_WITH_TIMEOUT(bobs->rowCount(), 0, 10'000);
        qInfo("Ann's approval was on Bob's desk after %lld ms", static_cast<long long>(seen.elapsed()));
        // Bob, too late: told who decided.
        const ApprovalDesk::Outcome late = bobsDesk.context().approvalActions->reject(id, u"Too much"_s);
        QVERIFY(!late.ok);
        QVERIFY2(late.error.contains(u"Ann"_s), qPrintable(late.error));
        bobsDesk.closeWorkspace();
    }

    void theTeamDialogSpeaksDutch()
    {
        GuiFixture::Options options;
        options.demo = false;
        options.language = u"nl"_s;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        m_gui.window()->findChild<QAction*>(u"actionJoinTeam"_s)->trigger();
        TeamWorkspaceDialog* dialog = m_gui.app()->teamJoin()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Teamwerkruimte"_s);
        QCOMPARE(dialog->connectButton()->text(), u"Verbinden"_s);
        dialog->databaseEdit()->setText(u"winkel"_s);
        dialog->userEdit()->setText(u"anna"_s);
        dialog->folderEdit()->setText(u"/mnt/team/winkel"_s);
        dialog->showError(
            u"Kan geen verbinding maken met postgresql://anna@localhost:5432/winkel: wachtwoord onjuist"_s);
        dialog->resize(640, dialog->sizeHint().height());
        GuiFixture::shot(dialog, u"team-join-nl"_s);
        dialog->reject();
        // The first-run choices name it too.
        WelcomeDialog welcome;
        auto* team = welcome.findChild<QCommandLinkButton*>(u"welcomeTeam"_s);
        QVERIFY(team);
        QCOMPARE(team->text(), u"Aansluiten bij een teamwerkruimte"_s);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        GuiFixture::shot(&welcome, u"welcome-nl"_s);
    }
};

QUORUM_GUI_TEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
