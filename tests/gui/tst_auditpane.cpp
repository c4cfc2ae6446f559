#include "GuiFixture.h"
#include "audit/AuditAnchor.h"
#include "panes/ActivityView.h"
#include "panes/ApprovalsPane.h"
#include "storage/Sql.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// Verify in the Activity tab of the real main window, on a workspace anchored in a real keyring
// (tests/support/with-keyring.sh): intact and anchored, then the newest entries dropped by someone
// with the database file, which the chain alone would call intact. The demo workspace is never
// anchored and says so.
class TestAuditPane : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    ActivityView* activity() const { return window()->approvalsPane()->activity(); }
    qint64 count(const QString& sql) const { return m_gui.count(sql); }

    // Clicks Verify and returns the first entry it names (0: intact).
    qint64 verify()
    {
        window()->showPane(PaneId::Approvals);
        window()->approvalsPane()->tabs()->setCurrentWidget(activity());
        QSignalSpy verified(activity(), &ActivityView::verified);
        activity()->findChild<QPushButton*>(u"verifyIntegrity"_s)->click();
        if (!verified.wait(10'000))
            return -1;
        return verified.takeFirst().at(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }
    void cleanup() { m_gui.stop(); }

    void namesDroppedEntriesInAnAnchoredWorkspace()
    {
        QString error;
        GuiFixture::Options options;
        options.demo = false;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        // The session anchors the trail as it opens: the first checkpoint sees what is there.
        const QString anchor = AuditAnchor::filePath(m_gui.workspacePath());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(anchor).size() > 0, 15'000);
        const qint64 entries = count(u"SELECT MAX(seq) FROM audit_log"_s);
        QVERIFY(entries > 0);

        QCOMPARE(verify(), 0);
        QVERIFY2(activity()->verifyText().contains(u"intact"_s), qPrintable(activity()->verifyText()));
        QVERIFY2(activity()->verifyText().contains(u"Anchored: the last checkpoint at"_s),
            qPrintable(activity()->verifyText()));

        // Someone with the database file drops the newest entry; the chain alone still holds.
        Sql::exec(m_gui.db(), u"DROP TRIGGER audit_log_no_delete"_s);
        Sql::exec(m_gui.db(), u"DELETE FROM audit_log WHERE seq = ?"_s, {entries});
        QCOMPARE(verify(), entries);
        const QString text = activity()->verifyText();
        QVERIFY2(text.contains(u"entries after %1 are missing; the last checkpoint at"_s.arg(entries - 1)),
            qPrintable(text));
        QVERIFY2(text.contains(u"saw %1"_s.arg(entries)), qPrintable(text));
    }

    void theDemoSaysItIsNotAnchored()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
        QCOMPARE(verify(), 0);
        const QString text = activity()->verifyText();
        QVERIFY2(text.contains(u"nothing outside the database vouches for it"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Not anchored: the demo workspace"_s), qPrintable(text));
        QVERIFY(!QFileInfo::exists(AuditAnchor::filePath(m_gui.workspacePath())));
    }
};

QUORUM_GUI_TEST_MAIN(TestAuditPane)
#include "tst_auditpane.moc"
