#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

// What every benchmark reports with: peak resident memory and percentiles of its samples.
namespace Bench
{

inline long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * static_cast<double>(v.size())));
    return v.at(i);
}

inline double median(QList<double> v)
{
    return percentile(std::move(v), 0.5);
}

// The GUI thread's stalls: a 10 ms timer on it, and how much later than 10 ms each tick fires. start() begins a
// fresh series.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stalls.append(std::max(0.0, static_cast<double>(now - m_last) / 1e6 - 10.0));
            m_last = now;
        });
    }
    void start()
    {
        m_stalls.clear();
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const QList<double>& stalls() const { return m_stalls; }
    double percentile(double p) const { return Bench::percentile(m_stalls, p); }
    double worst() const { return m_stalls.isEmpty() ? 0 : *std::max_element(m_stalls.cbegin(), m_stalls.cend()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stalls;
};

} // namespace Bench
