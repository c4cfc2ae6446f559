#include "Healing.h"

#include "jobs/JobQueue.h"
#include "llm/ProviderStore.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Healing
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Healing", text);
}

QString timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), u"HH:mm"_s);
}

QString classText(const QString& errorClass)
{
    if (errorClass == u"transient")
        return tr("server errors or broken answers");
    if (errorClass == u"overloaded")
        return tr("overloaded");
    if (errorClass == u"timeout")
        return tr("no answer in time");
    if (errorClass == u"unreachable")
        return tr("not reachable");
    if (errorClass == u"rate_limited")
        return tr("too many requests");
    return errorClass;
}

QString providerName(const QSqlDatabase& db, const QString& id)
{
    const auto p = ProviderStore::find(db, id);
    return p && !p->name.isEmpty() ? p->name : id;
}

// "OpenAI: 12 calls failed since 14:02 (overloaded)", or the provider's name alone when it was not
// even called (its circuit was open).
QString whatHappened(const QSqlDatabase& db, const QStringList& providers, qint64 since)
{
    QStringList parts;
    QStringList seen;
    for (const QString& id : providers) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        QSqlQuery q = Sql::exec(db,
            u"SELECT error_class, COUNT(*), MIN(at) FROM provider_calls WHERE provider = ? AND outcome = 'error' "
            u"AND at >= ? GROUP BY error_class ORDER BY COUNT(*) DESC"_s,
            {id, since});
        qint64 failed = 0;
        qint64 first = 0;
        QString cause;
        while (q.next()) {
            if (cause.isEmpty())
                cause = classText(q.value(0).toString());
            failed += q.value(1).toLongLong();
            const qint64 at = q.value(2).toLongLong();
            first = first == 0 ? at : std::min(first, at);
        }
        const QString name = providerName(db, id);
        if (failed == 0)
            parts.append(tr("%1 is paused after repeated failures").arg(name));
        const int calls = static_cast<int>(failed);
        if (calls > 0)
            parts.append(QCoreApplication::translate("Healing", "%1: %n call(s) failed since %2 (%3)", nullptr, calls)
                             .arg(name, timeOf(first), cause));
    }
    return parts.join(u"; "_s);
}
} // namespace

bool heals(const ApiError& error)
{
    switch (error.cls) {
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
    case ErrorClass::Overloaded:
    case ErrorClass::Timeout:
    case ErrorClass::Unreachable:
    case ErrorClass::CircuitOpen:
        return true;
    default:
        return false;
    }
}

qint64 delayMs(int waits, const ApiError& error, double random01, qint64 baseMs)
{
    const qint64 backoff = JobQueue::backoffMs(waits + 1, random01, baseMs, 120'000);
    return std::max(backoff, error.retryAfterMs);
}

qint64 giveUpAfterMs(const QSqlDatabase& db)
{
    const qint64 hours = Settings::intValue(db, u"pipeline.give_up_after_hours"_s, 6);
    return std::max<qint64>(1, hours) * 3'600'000;
}

QString waitingReason(
    const QSqlDatabase& db, const QStringList& providers, const ApiError& error, qint64 since, qint64 nextTry)
{
    QString what = whatHappened(db, providers, since);
    if (what.isEmpty())
        what = error.message;
    return tr("Waiting: %1. Next try %2; nothing to do.").arg(what, timeOf(nextTry));
}

QString gaveUpReason(
    const QSqlDatabase& db, const QStringList& providers, const ApiError& error, qint64 since, qint64 now)
{
    QString what = whatHappened(db, providers, since);
    if (what.isEmpty())
        what = error.message;
    const int hours = static_cast<int>((now - since + 1'800'000) / 3'600'000);
    return QCoreApplication::translate("Healing",
        "Gave up after waiting %n hour(s): %1. Run the product again when the provider is back.", nullptr, hours)
        .arg(what);
}

} // namespace Healing
