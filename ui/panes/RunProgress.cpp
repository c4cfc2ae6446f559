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
            emit finished(counts.finishedSince);
        m_since = 0;
        m_total = 0;
        hide();
        return;
    }
    if (m_since == 0)
        m_since = now;
    m_done = counts.finishedSince;
    m_total = counts.inFlight + counts.finishedSince;
    setRange(0, m_total);
    setValue(m_done);
    const QLocale locale;
    m_text = tr("%1 of %2 written").arg(locale.toString(m_done), locale.toString(m_total));
    const qint64 elapsed = now - m_since;
    if (m_actions->state() != RunControl::State::Running)
        m_text += u" · "_s + tr("paused");
    else if (m_done >= 2 && elapsed >= 10'000)
        m_text += u" · "_s + tr("about %1 left").arg(Format::duration(elapsed * counts.inFlight / std::max(1, m_done)));
    update();
    show();
    if (!m_timer->isActive())
        m_timer->start();
}
