#include "TestWorkspace.h"
#include "jobs/JobQueue.h"
#include "jobs/RunControl.h"
#include "panes/RunProgress.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/PipelineJobs.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Pipeline's batch progress on the workspace's clock: what is in flight and what finished since
// the batch began, the time left from the pace so far (only once there is a pace), "paused" while
// the pipeline is held, and one "done" when the last product is through.
class TestRunProgress : public QObject
{
    Q_OBJECT

private slots:
    void countsTheBatchAndEstimatesTheTimeLeft()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        ManualClock& clock = tw.clock();
        PipelineActions actions(db, tw.path(), &clock, nullptr, nullptr);
        RunProgress progress(&actions, &clock);
        QSignalSpy finished(&progress, &RunProgress::finished);
        QVERIFY(progress.isHidden());

        // An earlier batch, long finished, does not count.
        JobQueue::enqueue(db, {PipelineJobs::Generate, 99, u"old"_s, {}, 0, 5, 0, {}}, clock.nowMs());
        Sql::exec(db, u"UPDATE jobs SET state = 'done', updated_at = ?"_s, {clock.nowMs() - 3'600'000});
        progress.refresh();
        QVERIFY(progress.isHidden());

        QList<JobQueue::NewJob> jobs;
        for (int i = 1; i <= 10; ++i)
            jobs.append({PipelineJobs::Generate, i, u"run:%1"_s.arg(i), {}, 0, 5, 0, {}});
        QCOMPARE(JobQueue::enqueueMany(db, jobs, clock.nowMs()), 10);
        progress.refresh();
        QVERIFY(!progress.isHidden());
        QCOMPARE(progress.text(), u"0 of 10 written"_s);
        QCOMPARE(progress.maximum(), 10);

        // One done after 5 s: too little to go on, so no guess.
        clock.advance(5'000);
        Sql::exec(db, u"UPDATE jobs SET state = 'done', updated_at = ? WHERE subject_id = 1"_s, {clock.nowMs()});
        progress.refresh();
        QCOMPARE(progress.text(), u"1 of 10 written"_s);

        // Two through after 20 s, one of them given up on (not "written"): 8 to go at 10 s each is
        // 80 s, said as "about 2 min" (rounded up, never shorter than the estimate).
        clock.advance(15'000);
        Sql::exec(db, u"UPDATE jobs SET state = 'dead', updated_at = ? WHERE subject_id = 2"_s, {clock.nowMs()});
        progress.refresh();
        QCOMPARE(progress.value(), 2);
        QCOMPARE(progress.text(), u"1 of 10 written · 1 failed · about 2 min left"_s);

        // Held: it says so instead of a time that will not come true.
        RunControl::setState(db, RunControl::State::Paused, u"Ann"_s, clock.nowMs());
        progress.refresh();
        QCOMPARE(progress.text(), u"1 of 10 written · 1 failed · paused"_s);
        // A long pause does not slow the pace: after the resume it is measured afresh.
        clock.advance(3'600'000);
        RunControl::setState(db, RunControl::State::Running, u"Ann"_s, clock.nowMs());
        progress.refresh();
        QCOMPARE(progress.text(), u"1 of 10 written · 1 failed"_s);
        clock.advance(10'000);
        Sql::exec(db, u"UPDATE jobs SET state = 'done', updated_at = ? WHERE subject_id IN (3, 4)"_s, {clock.nowMs()});
        progress.refresh();
        QCOMPARE(progress.text(), u"3 of 10 written · 1 failed · about 30 s left"_s);

        // Products added to a running batch join it.
        JobQueue::enqueue(db, {PipelineJobs::Generate, 11, u"run:11"_s, {}, 0, 5, 0, {}}, clock.nowMs());
        progress.refresh();
        QCOMPARE(progress.text().left(15), u"3 of 11 written"_s);

        // All through: the bar goes, once, with what the batch came to.
        clock.advance(60'000);
        Sql::exec(db, u"UPDATE jobs SET state = 'done', updated_at = ? WHERE state = 'queued'"_s, {clock.nowMs()});
        progress.refresh();
        QVERIFY(progress.isHidden());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 10); // written
        QCOMPARE(finished.first().at(1).toInt(), 1);  // failed
        progress.refresh();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestRunProgress)
#include "tst_runprogress.moc"
