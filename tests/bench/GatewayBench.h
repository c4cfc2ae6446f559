#pragma once

#include "BenchSupport.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <functional>

// What the two gateway benchmarks share (bench_gateway: the gateway alone; bench_gatewaywindow: beside the
// real window): the clock both processes read, the stall probe, the person at the desk, the report.
namespace GatewayBench
{

// Wall-clock microseconds: the agents' process and the desk's compare their readings.
inline qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// The lateness of a 10 ms timer on the thread it lives in.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 t = m_clock.elapsed();
            if (m_last > 0)
                m_stalls.append(double(std::max<qint64>(0, t - m_last - 10)));
            m_last = t;
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const QList<double>& stalls() const { return m_stalls; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stalls;
};

// The person: every 50 ms what waits (read from db) is approved with approve, which returns the ids it
// approved; approvedAt says when each approval was committed.
class Desk
{
public:
    Desk(const QSqlDatabase& db, std::function<QList<qint64>(const QList<qint64>&)> approve)
        : m_db(db)
        , m_approve(std::move(approve))
    {
        using namespace Qt::StringLiterals;
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QList<qint64> ids;
            QSqlQuery q = Sql::exec(m_db, u"SELECT id FROM action_proposals WHERE status = 'pending' LIMIT 100"_s);
            while (q.next())
                ids.append(q.value(0).toLongLong());
            q.finish();
            if (ids.isEmpty())
                return;
            const QList<qint64> done = m_approve(ids);
            const qint64 at = nowUs();
            for (qint64 id : done)
                m_approvedAt.insert(id, at);
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    const QHash<qint64, qint64>& approvedAt() const { return m_approvedAt; }

private:
    QSqlDatabase m_db;
    std::function<QList<qint64>(const QList<qint64>&)> m_approve;
    QTimer m_timer;
    QHash<qint64, qint64> m_approvedAt;
};

// Prints what the agents' process measured (bench_gateway --load's last line), the decisions' latency
// from their approval to the agent, and the stall of the thread named.
inline void report(const QJsonObject& result, const Desk& desk, const StallProbe& probe, const char* thread)
{
    using namespace Qt::StringLiterals;
    QList<double> decisionMs;
    for (const QJsonValue& v : result.value(u"decisions"_s).toArray()) {
        const qint64 id = v.toArray().at(0).toInteger();
        if (desk.approvedAt().contains(id))
            decisionMs.append((v.toArray().at(1).toInteger() - desk.approvedAt().value(id)) / 1000.0);
    }
    const QString firstError = result.value(u"first_error"_s).toString();
    std::printf("sent %d (+%d again) in %.1f s, answered %d, errors %d%s; retries answered with another proposal: %d\n",
        result.value(u"sent"_s).toInt(), result.value(u"again"_s).toInt(), result.value(u"send_seconds"_s).toDouble(),
        result.value(u"answered"_s).toInt(), result.value(u"errors"_s).toInt(),
        qPrintable(firstError.isEmpty() ? QString() : u" (first: "_s + firstError + u")"_s),
        result.value(u"duplicates_wrong"_s).toInt());
    std::printf("approved by the rules, answer: p50 %.1f ms, p99 %.1f ms (%d)\n", result.value(u"low_p50"_s).toDouble(),
        result.value(u"low_p99"_s).toDouble(), result.value(u"low_count"_s).toInt());
    std::printf("a person's decision to the agent: p50 %.1f ms, p99 %.1f ms (%lld)\n", Bench::median(decisionMs),
        Bench::percentile(decisionMs, 0.99), qint64(decisionMs.size()));
    const QList<double>& stalls = probe.stalls();
    std::printf("%s stall (10 ms timer lateness): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", thread,
        Bench::median(stalls), Bench::percentile(stalls, 0.99), Bench::percentile(stalls, 1.0));
    std::printf("peak RSS %ld MB\n", Bench::peakRssMb());
}

} // namespace GatewayBench
