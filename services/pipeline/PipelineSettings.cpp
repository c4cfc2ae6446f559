#include "PipelineSettings.h"

#include "ContentSpec.h"
#include "approvals/AuditLog.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

GateSettings GateSettings::defaults()
{
    GateSettings g;
    g.minScores = {
        {u"quality"_s, 90}, {u"seo"_s, 85}, {u"brand_voice"_s, 80}, {u"factual_accuracy"_s, 90}, {u"compliance"_s, 90}};
    g.maxAttempts = 3;
    return g;
}

GateSettings GateSettings::load(const QSqlDatabase& db)
{
    GateSettings g = defaults();
    for (const QString& score : ContentSpec::scoreNames())
        g.minScores[score] = static_cast<int>(
            std::clamp<qint64>(Settings::intValue(db, u"gate."_s + score, g.minScores.value(score)), 0, 100));
    g.maxAttempts = static_cast<int>(std::clamp<qint64>(Settings::intValue(db, u"gate.max_attempts"_s, 3), 1, 10));
    return g;
}

void GateSettings::save(const QSqlDatabase& db) const
{
    Transaction tx(db);
    for (auto it = minScores.begin(); it != minScores.end(); ++it)
        Settings::setValue(db, u"gate."_s + it.key(), static_cast<qint64>(it.value()));
    Settings::setValue(db, u"gate.max_attempts"_s, static_cast<qint64>(maxAttempts));
    tx.commit();
}

QStringList GateSettings::failing(const QJsonObject& scores) const
{
    QStringList out;
    for (const QString& name : ContentSpec::scoreNames()) {
        const int min = minScores.value(name, 0);
        const QJsonValue v = scores.value(name);
        if (!v.isDouble()) {
            out.append(u"%1 missing"_s.arg(name));
            continue;
        }
        const int score = v.toInt();
        if (score < min)
            out.append(u"%1 %2 < %3"_s.arg(name).arg(score).arg(min));
    }
    return out;
}

QString GateSettings::describe() const
{
    QStringList parts;
    for (const QString& name : ContentSpec::scoreNames())
        parts.append(u"%1 ≥ %2"_s.arg(name).arg(minScores.value(name)));
    return parts.join(u", "_s);
}

PoolSettings PoolSettings::load(const QSqlDatabase& db)
{
    PoolSettings p;
    p.workers = static_cast<int>(std::clamp<qint64>(Settings::intValue(db, u"pipeline.workers"_s, p.workers), 1, 32));
    p.jobsPerWorker = static_cast<int>(
        std::clamp<qint64>(Settings::intValue(db, u"pipeline.jobs_per_worker"_s, p.jobsPerWorker), 1, 64));
    p.leaseMs = std::clamp<qint64>(Settings::intValue(db, u"pipeline.lease_ms"_s, p.leaseMs), 2'000, 3'600'000);
    p.pollMs = std::clamp<qint64>(Settings::intValue(db, u"pipeline.poll_ms"_s, p.pollMs), 100, 60'000);
    p.retryBaseMs
        = std::clamp<qint64>(Settings::intValue(db, u"pipeline.retry_base_ms"_s, p.retryBaseMs), 100, 3'600'000);
    return p;
}

void PoolSettings::save(const QSqlDatabase& db) const
{
    Transaction tx(db);
    Settings::setValue(db, u"pipeline.workers"_s, static_cast<qint64>(workers));
    Settings::setValue(db, u"pipeline.jobs_per_worker"_s, static_cast<qint64>(jobsPerWorker));
    tx.commit();
}

namespace PipelineControl
{

QString stateKey(State state)
{
    switch (state) {
    case State::Running:
        return u"running"_s;
    case State::Paused:
        return u"paused"_s;
    case State::Stopped:
        return u"stopped"_s;
    }
    return u"running"_s;
}

State state(const QSqlDatabase& db)
{
    const QString v = Settings::value(db, u"control.pipeline"_s, u"running"_s);
    if (v == u"stopped")
        return State::Stopped;
    if (v == u"paused")
        return State::Paused;
    return State::Running;
}

void setState(const QSqlDatabase& db, State s, const QString& actor, qint64 now)
{
    // The change and its audit entry commit together and durably: a stop must survive a crash.
    Transaction tx(db, Transaction::Durable);
    const QString before = Settings::value(db, u"control.pipeline"_s, u"running"_s);
    Settings::setValue(db, u"control.pipeline"_s, stateKey(s));
    const QString action = s == State::Stopped ? u"override.emergency_stop"_s
        : s == State::Paused                   ? u"override.pause"_s
                                               : u"override.resume"_s;
    AuditLog::append(db, now, actor, action, u"pipeline"_s, QJsonObject{{u"from"_s, before}, {u"to"_s, stateKey(s)}});
    tx.commit();
}

} // namespace PipelineControl
