#include "Retry.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Retry
{

qint64 fullJitter(int attempt, const RetryPolicy& policy, QRandomGenerator& rng)
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    const double exp = static_cast<double>(policy.baseDelayMs) * static_cast<double>(qint64(1) << shift);
    const qint64 ceiling = static_cast<qint64>(std::min<double>(static_cast<double>(policy.maxDelayMs), exp));
    return ceiling <= 0 ? 0 : static_cast<qint64>(rng.bounded(static_cast<quint64>(ceiling) + 1));
}

qint64 parseDuration(const QString& text)
{
    static const QRegularExpression re(u"^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)?\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double ms = value * 1000.0;
    if (unit == u"ms")
        ms = value;
    else if (unit == u"m")
        ms = value * 60'000.0;
    else if (unit == u"h")
        ms = value * 3'600'000.0;
    return static_cast<qint64>(std::llround(ms));
}

qint64 retryAfterMs(const HttpResponse& response, qint64 nowMs)
{
    const QByteArray ms = response.header("retry-after-ms").trimmed();
    if (!ms.isEmpty()) {
        bool ok = false;
        const double v = ms.toDouble(&ok);
        if (ok && v >= 0)
            return static_cast<qint64>(std::llround(v));
    }
    const QByteArray ra = response.header("retry-after").trimmed();
    if (ra.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = ra.toDouble(&ok);
    if (ok && seconds >= 0)
        return static_cast<qint64>(std::llround(seconds * 1000.0));
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as a numeric zone.
    QString date = QString::fromLatin1(ra);
    if (date.endsWith(u" GMT"_s) || date.endsWith(u" UTC"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
    return -1;
}

qint64 delayFor(int attempt, const ApiError& error, const RetryPolicy& policy, QRandomGenerator& rng)
{
    if (error.retryAfterMs >= 0)
        return error.retryAfterMs;
    return fullJitter(attempt, policy, rng);
}

} // namespace Retry
