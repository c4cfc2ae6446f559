#include "ExperimentsModel.h"
#include "GuiFixture.h"
#include "ModelRoles.h"
#include "approvals/ApprovalActions.h"
#include "campaigns/ExperimentActions.h"
#include "dialogs/ExperimentDialog.h"
#include "panes/CampaignsPane.h"
#include "panes/ExperimentChart.h"
#include "panes/ExperimentsTab.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The Campaigns pane's Experiments tab on the real main window with the demo's sandbox ad account:
// the demo's tests look at the synced days, the one with a verdict reached it only after its floors
// and waits for a person; approving it pauses the losing ad set on the ad account; an owner registers
// a test through the dialog (checked as it is typed) and stops one; a viewer changes nothing.
class TestExperimentsTab : public QObject
{
    Q_OBJECT

    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    CampaignsPane* pane() const { return window()->campaignsPane(); }
    ExperimentsTab* tab() const { return pane()->experimentsTab(); }
    void showTab() const
    {
        window()->showPane(PaneId::Campaigns);
        pane()->tabs()->setCurrentWidget(tab());
    }
    // Waits for the demo's ad account to be synced and its tests to have looked.
    bool synced() const
    {
        return QTest::qWaitFor(
            [this] { return m_gui.count(u"SELECT COUNT(*) FROM ad_experiments WHERE looked_through <> ''"_s) == 3; },
            60'000);
    }
    int rowOf(const QString& name) const
    {
        const QAbstractItemModel* m = tab()->experimentsView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, ExperimentsModel::Name).data().toString() == name)
                return r;
        return -1;
    }

private slots:
    void initTestCase() { GuiFixture::setUpProcess(); }
    void init()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void theDemoTestReachesItsVerdictOnlyAfterItsFloors()
    {
        QAbstractItemModelTester list(
            m_gui.context().experimentsModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester arms(
            m_gui.context().experimentArms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        showTab();
        QVERIFY(synced());
        QTRY_COMPARE(tab()->experimentsView()->model()->rowCount(), 3);
        // The model reloads when the sync's news arrives (a queued signal), which may come after the rows are in.
        const auto state = [this] {
            return tab()->experimentsView()->model()->index(
                rowOf(u"Interest or lookalike audience"_s), ExperimentsModel::State);
        };
        QTRY_COMPARE(state().data(ModelRoles::StatusKeyRole).toString(), u"winner"_s);
        const QModelIndex index = state();
        QVERIFY2(index.data().toString().contains(u"waiting in Approvals"_s), qPrintable(index.data().toString()));
        tab()->experimentsView()->setCurrentIndex(index);

        // The looks: collecting until every arm had 100 clicks and 25 purchases, the verdict on or after that day.
        const auto& looks = m_gui.context().experimentArms->looks();
        QVERIFY(looks.size() > 7);
        const QDate floors = m_gui.context().experimentArms->floorsMetOn();
        QVERIFY(floors.isValid());
        for (const Experiments::Look& look : looks) {
            const bool below = look.arms.at(0).conversions < 25 || look.arms.at(1).conversions < 25
                || look.arms.at(0).visitors < 100 || look.arms.at(1).visitors < 100;
            QCOMPARE(below, look.day < floors);
            if (look.day < floors)
                QCOMPARE(look.verdict.state, AbTest::State::Collecting);
        }
        QCOMPARE(looks.last().verdict.state, AbTest::State::Winner);
        QVERIFY(looks.last().day >= floors);
        QVERIFY(looks.last().verdict.comparisons.first().pValue <= 0.05);

        // What the tab says and shows.
        QVERIFY2(tab()->summary()->text().contains(u"wins"_s), qPrintable(tab()->summary()->text()));
        QCOMPARE(tab()->armsView()->model()->rowCount(), 2);
        QVERIFY(
            tab()->armsView()->model()->index(0, ExperimentArmsModel::Arm).data().toString().contains(u"control"_s));
        const QStringList series = tab()->chart()->seriesNames();
        QVERIFY2(series.contains(u"Floors met"_s), qPrintable(series.join(u", "_s)));
        QVERIFY(!tab()->findChild<QPushButton*>(u"experimentsDeclare"_s)->isEnabled()); // proposed already

        // The proposal waits for a person, with the evidence.
        const qint64 proposal
            = m_gui.value(u"SELECT proposal_id FROM ad_experiments WHERE name = 'Interest or lookalike audience'"_s)
                  .toLongLong();
        QCOMPARE(
            m_gui.value(u"SELECT status FROM action_proposals WHERE id = ?"_s, {proposal}).toString(), u"pending"_s);
        QVERIFY(m_gui.value(u"SELECT reasoning FROM action_proposals WHERE id = ?"_s, {proposal})
                    .toString()
                    .contains(u"always-valid"_s));
        // The test that started 3 days ago is below its floors whatever its numbers say.
        QCOMPARE(m_gui.value(u"SELECT state FROM ad_experiments WHERE name = 'Cart visitors or product viewers'"_s)
                     .toString(),
            u"collecting"_s);
    }

    void approvingTheWinnerPausesTheLoserOnTheAdAccount()
    {
        QVERIFY(synced());
        const qint64 proposal
            = m_gui.value(u"SELECT proposal_id FROM ad_experiments WHERE name = 'Interest or lookalike audience'"_s)
                  .toLongLong();
        QVERIFY(proposal > 0);
        const auto outcome = m_gui.context().approvalActions->approve(proposal, u"the numbers are clear"_s);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_gui.value(u"SELECT state FROM ad_experiments WHERE name = 'Interest or lookalike audience'"_s).toString(),
            u"decided"_s, 30'000);
        // The loser's pause: judged by the ad set rules (a budget of 50 a day runs by itself) and made on Meta.
        const qint64 pause = m_gui
                                 .value(u"SELECT id FROM action_proposals WHERE action_type = 'ad_set_change' AND "
                                        u"json_extract(parameters, '$.ad_set_id') = '23841003'"_s)
                                 .toLongLong();
        QVERIFY(pause > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_gui.value(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {pause}).toString(), u"done"_s,
            30'000);
        QCOMPARE(m_gui.value(u"SELECT status FROM ad_sets WHERE remote_id = '23841003'"_s).toString(), u"PAUSED"_s);
        QCOMPARE(m_gui.value(u"SELECT status FROM ad_sets WHERE remote_id = '23841002'"_s).toString(), u"ACTIVE"_s);
        showTab();
        const int row = rowOf(u"Interest or lookalike audience"_s);
        QTRY_VERIFY(tab()
                        ->experimentsView()
                        ->model()
                        ->index(row, ExperimentsModel::State)
                        .data()
                        .toString()
                        .contains(u"declared"_s));
    }

    void anOwnerRegistersATestAndStopsIt()
    {
        QVERIFY(synced());
        showTab();
        tab()->findChild<QPushButton*>(u"experimentsAdd"_s)->click();
        auto* d = GuiFixture::dialog<ExperimentDialog>();
        QVERIFY(d);
        auto* save = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        auto* verdict = d->findChild<QLabel*>(u"experimentVerdict"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(verdict->text().contains(u"name"_s), qPrintable(verdict->text()));
        d->findChild<QLineEdit*>(u"experimentName"_s)->setText(u"Broad or new creative"_s);
        auto* control = d->findChild<QComboBox*>(u"experimentControl"_s);
        control->setCurrentIndex(control->findData(u"23841001"_s));
        // The control's expected rate is suggested from its last 28 days.
        QVERIFY(d->findChild<QDoubleSpinBox*>(u"experimentBaseline"_s)->value() > 0);
        auto* variants = d->findChild<QListWidget*>(u"experimentVariants"_s);
        QVERIFY(!save->isEnabled()); // no variant yet
        for (int i = 0; i < variants->count(); ++i)
            if (variants->item(i)->data(Qt::UserRole).toString() == u"23841008")
                variants->item(i)->setCheckState(Qt::Checked);
        QTRY_VERIFY2(save->isEnabled(), qPrintable(verdict->text()));
        const Experiments::Experiment e = d->experiment();
        // Registered in advance: a start on a day already in is refused (the date field does not go there).
        Experiments::Experiment backdated = e;
        backdated.startDay = e.startDay.addDays(-1);
        QVERIFY(m_gui.context().experiments->problems(backdated).join(u' ').contains(u"in advance"_s));
        QCOMPARE(e.arms.size(), 2);
        QCOMPARE(e.arms.at(0).name, u"Broad 25-54"_s); // the ad set's own name, not its campaign's
        QCOMPARE(e.arms.at(0).share + e.arms.at(1).share, 1.0);
        save->click();
        QTRY_VERIFY(!d->isVisible());
        QTRY_VERIFY(rowOf(u"Broad or new creative"_s) >= 0);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ads.experiment_added'"_s), 1);

        tab()->experimentsView()->setCurrentIndex(
            tab()->experimentsView()->model()->index(rowOf(u"Broad or new creative"_s), 0));
        auto* stop = tab()->findChild<QPushButton*>(u"experimentsStop"_s);
        QVERIFY(stop->isEnabled());
        stop->click();
        auto* box = tab()->findChild<QMessageBox*>(u"experimentStopConfirm"_s);
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!tab()->findChild<QMessageBox*>(u"experimentStopConfirm"_s)); // closed and gone
        QCOMPARE(m_gui.value(u"SELECT state FROM ad_experiments WHERE name = 'Broad or new creative'"_s).toString(),
            u"collecting"_s);
        stop->click();
        box = tab()->findChild<QMessageBox*>(u"experimentStopConfirm"_s);
        QTRY_VERIFY(box && box->isVisible());
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        QTRY_COMPARE(m_gui.value(u"SELECT state FROM ad_experiments WHERE name = 'Broad or new creative'"_s).toString(),
            u"stopped"_s);
        QTRY_VERIFY(!stop->isEnabled());
    }

    void aViewerChangesNothing()
    {
        QVERIFY(synced());
        QString error;
        QVERIFY2(m_gui.context().approvalActions->switchUser(u"Joris"_s, &error), qPrintable(error));
        showTab();
        QTRY_COMPARE(tab()->experimentsView()->model()->rowCount(), 3);
        tab()->experimentsView()->setCurrentIndex(tab()->experimentsView()->model()->index(0, 0));
        for (const char* name : {"experimentsAdd", "experimentsStop", "experimentsDeclare"})
            QVERIFY2(!tab()->findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled(), name);
        const qint64 id = m_gui.value(u"SELECT id FROM ad_experiments ORDER BY id LIMIT 1"_s).toLongLong();
        QVERIFY(!m_gui.context().experiments->stop(id, &error));
        QVERIFY2(error.contains(u"Only an owner"_s), qPrintable(error));
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM ad_experiments WHERE state = 'stopped'"_s), 0);
    }
};

QTEST_MAIN(TestExperimentsTab)
#include "tst_experimentstab.moc"
