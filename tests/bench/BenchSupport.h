#pragma once

#include <QList>

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

} // namespace Bench
