#pragma once

#include <QColor>
#include <QString>

// Display formatting shared by the models (locale-aware, translated).
namespace Format
{

// "45 s", "4 h 12 min", "2 d 3 h"
QString duration(qint64 ms);
// "in 4 h 12 min", "in 45 s", "overdue by 3 min"
QString countdown(qint64 msRemaining);
// "12 s ago", "5 min ago", "3 h ago", "2 d ago"
QString age(qint64 msAgo);
QString relativeTime(qint64 atMs, qint64 nowMs);
QString dateTime(qint64 atMs);
// The calendar day of a date a store keeps without a time (UTC midnight): "12/01/2027".
QString day(qint64 utcMs);
QString percent(double fraction, int decimals = 0);
QString aiCost(qint64 micros);
QString roas(double value);
QColor riskColor(const QString& riskKey);
QColor stageColor(const QString& stageKey);
QColor statusColor(const QString& statusKey);

} // namespace Format
