#include "Format.h"

#include "ThemeColors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Format
{

QString duration(qint64 ms)
{
    const qint64 s = std::abs(ms) / 1000;
    const int seconds = static_cast<int>(s);
    const int minutes = static_cast<int>(s / 60);
    if (s < 60)
        return QCoreApplication::translate("Format", "%n s", nullptr, seconds);
    if (s < 3600)
        return QCoreApplication::translate("Format", "%n min", nullptr, minutes);
    if (s < 86400) {
        const int h = static_cast<int>(s / 3600);
        const int m = static_cast<int>((s % 3600) / 60);
        return m == 0 ? QCoreApplication::translate("Format", "%n h", nullptr, h)
                      : QCoreApplication::translate("Format", "%1 h %2 min").arg(h).arg(m);
    }
    const int d = static_cast<int>(s / 86400);
    const int h = static_cast<int>((s % 86400) / 3600);
    return h == 0 ? QCoreApplication::translate("Format", "%n d", nullptr, d)
                  : QCoreApplication::translate("Format", "%1 d %2 h").arg(d).arg(h);
}

namespace
{
QString span(qint64 ms)
{
    return duration(ms);
}
} // namespace

QString countdown(qint64 msRemaining)
{
    if (msRemaining < 0)
        return QCoreApplication::translate("Format", "overdue by %1").arg(span(msRemaining));
    return QCoreApplication::translate("Format", "in %1").arg(span(msRemaining));
}

QString age(qint64 msAgo)
{
    if (msAgo < 1000)
        return QCoreApplication::translate("Format", "just now");
    // Ages read at a glance: only the largest unit ("3 h ago", not "3 h 12 min ago").
    const qint64 s = msAgo / 1000;
    const qint64 unit = s < 60 ? 1'000 : s < 3600 ? 60'000 : s < 86400 ? 3'600'000 : 86'400'000;
    return QCoreApplication::translate("Format", "%1 ago").arg(span(msAgo - msAgo % unit));
}

QString relativeTime(qint64 atMs, qint64 nowMs)
{
    return nowMs >= atMs ? age(nowMs - atMs) : countdown(atMs - nowMs);
}

QString dateTime(qint64 atMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs), QLocale::ShortFormat);
}

QString day(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).date(), QLocale::ShortFormat);
}

QString percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + u" %"_s;
}

QString aiCost(qint64 micros)
{
    // AI spend is tracked in micro-dollars, as the providers bill it: shown as money by the locale, in
    // cents like any other amount; what is under a cent says so rather than showing zero.
    const double dollars = static_cast<double>(micros) / 1'000'000.0;
    if (micros > 0 && dollars < 0.005)
        return QCoreApplication::translate("Format", "< %1").arg(QLocale().toCurrencyString(0.01, u"$"_s, 2));
    return QLocale().toCurrencyString(dollars, u"$"_s, 2);
}

QString roas(double value)
{
    return QLocale().toString(value, 'f', 2) + u"×"_s;
}

QColor riskColor(const QString& riskKey)
{
    if (riskKey == u"high")
        return Theme::Danger;
    if (riskKey == u"medium")
        return Theme::Warning;
    return Theme::Success;
}

QColor stageColor(const QString& stageKey)
{
    if (stageKey == u"failed" || stageKey == u"escalated")
        return Theme::Danger;
    if (stageKey == u"needs_review" || stageKey == u"awaiting_approval")
        return Theme::Warning;
    if (stageKey == u"live" || stageKey == u"published" || stageKey == u"promoting")
        return Theme::Success;
    if (stageKey == u"draft")
        return Theme::Neutral;
    return Theme::Accent;
}

QColor statusColor(const QString& statusKey)
{
    if (statusKey == u"running" || statusKey == u"active" || statusKey == u"published" || statusKey == u"healthy")
        return Theme::Success;
    if (statusKey == u"idle" || statusKey == u"learning" || statusKey == u"draft")
        return Theme::Accent;
    if (statusKey == u"paused" || statusKey == u"degraded" || statusKey == u"stopped" || statusKey == u"stale")
        return Theme::Warning;
    return Theme::Danger;
}

} // namespace Format
