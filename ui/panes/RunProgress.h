#pragma once

#include <QProgressBar>

class Clock;
class PipelineActions;
class QTimer;

// The Pipeline's progress for a batch of products being written: "Writing: 12 of 40 done · about
// 6 min left". The batch is what was in flight when the bar appeared plus what was added since; the
// time left comes from the pace so far (shown once a few products are done), on the workspace's
// clock. It hides itself when nothing is being written and says so once.
class RunProgress final : public QProgressBar
{
    Q_OBJECT
public:
    RunProgress(PipelineActions* actions, const Clock* clock, QWidget* parent = nullptr);

    // Something may have been queued or finished: look (at most once a second while a batch runs).
    void poke();
    // Looks now (the timer does this every second while a batch runs).
    void refresh();
    QString text() const override;

signals:
    void finished(int written, int failed);

private:
    PipelineActions* m_actions;
    const Clock* m_clock;
    QTimer* m_timer;
    qint64 m_since = 0;     // when the batch started; 0: no batch
    qint64 m_paceSince = 0; // the pace is measured from here (the start, or the last resume)
    int m_paceBase = 0;     // runs finished before m_paceSince
    bool m_held = false;    // paused or stopped at the last look
    int m_total = 0;
    QString m_text;
};
