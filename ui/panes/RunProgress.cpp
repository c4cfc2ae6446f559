#include "RunProgress.h"

#include "Format.h"
#include "core/Clock.h"
#include "pipeline/PipelineActions.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

RunProgress::RunProgress(PipelineActions* actions, const Clock* clock, QWidget* parent)
    : QProgressBar(parent)
    , m_actions(actions)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    setObjectName(u"pipelineRunProgress"_s);
    setMaximumWidth(360);
    setMinimumWidth(160);
    setTextVisible(true);
    setToolTip(tr("Products being written in this batch. The time left appears once a few are done: it is "
                  "estimated from the pace so far."));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RunProgress::refresh);
    hide();
    refresh();
}

void RunProgress::poke()
{
    if (!m_timer->isActive())
        refresh();
}

QString RunProgress::text() const
{
    return m_text;
}

void RunProgress::refresh()
{
    const qint64 now = m_clock->nowMs();
    const qint64 since = m_since > 0 ? m_since : now;
    const PipelineActions::BatchCounts counts = m_actions->batchCounts(since);
    if (counts.inFlight == 0) {
        m_timer->stop();
        if (m_since > 0 && m_total > 0)
            emit finished(counts.writtenSince, counts.failedSince);
        m_since = 0;
        m_total = 0;
        hide();
        return;
    }
    if (m_since == 0) {
        m_since = now;
        m_paceSince = now;
        m_paceBase = 0;
    }
    const int done = counts.finishedSince();
    m_total = counts.inFlight + done;
    setRange(0, m_total);
    setValue(done);
    const QLocale locale;
    m_text = tr("%1 of %2 written").arg(locale.toString(counts.writtenSince), locale.toString(m_total));
    if (counts.failedSince > 0)
        m_text += u" · "_s + tr("%n failed", nullptr, counts.failedSince);
    const bool running = m_actions->state() == RunControl::State::Running;
    if (!running) {
        m_text += u" · "_s + tr("paused");
        m_held = true;
    } else {
        // The pace is measured over running time only: after a pause it starts again.
        if (m_held) {
            m_paceSince = now;
            m_paceBase = done;
            m_held = false;
        }
        const int paced = done - m_paceBase;
        const qint64 elapsed = now - m_paceSince;
        if (paced >= 2 && elapsed >= 10'000) {
            qint64 left = elapsed * counts.inFlight / paced;
            // Rounded up: "about 2 min" for 61–120 s, never a promise shorter than the estimate.
            const qint64 unit = left < 60'000 ? 1'000 : 60'000;
            left = (left + unit - 1) / unit * unit;
            m_text += u" · "_s + tr("about %1 left").arg(Format::duration(left));
        }
    }
    update();
    show();
    if (!m_timer->isActive())
        m_timer->start();
}
