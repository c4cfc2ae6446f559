#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

// The pipeline's settings, stored in the workspace: the agreement gate's pass marks and attempts,
// the worker pool's size, and the override controls (pause, emergency stop) that survive a restart.
struct GateSettings
{
    QHash<QString, int> minScores; // quality, seo, brand_voice, factual_accuracy, compliance
    int maxAttempts = 3;

    static GateSettings defaults();
    static GateSettings load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
    // Scores below their pass mark, as "quality 84 < 90".
    QStringList failing(const QJsonObject& scores) const;
    // "quality ≥ 90, SEO ≥ 85, …" for prompts.
    QString describe() const;
};

struct PoolSettings
{
    int workers = 2;       // worker threads
    int jobsPerWorker = 6; // products one worker drives at once (their calls are asynchronous)
    qint64 leaseMs = 60'000;
    qint64 pollMs = 2'000;       // how often an idle worker looks for work written by other processes
    int maxClaims = 50;          // a job claimed this often without finishing is stopped
    qint64 retryBaseMs = 15'000; // backoff before a failed job runs again (doubles per attempt)

    static PoolSettings load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
};

namespace PipelineControl
{
enum class State
{
    Running,
    Paused,
    Stopped // emergency stop: only an owner resumes
};
State state(const QSqlDatabase& db);
void setState(const QSqlDatabase& db, State state, const QString& actor, qint64 now);
QString stateKey(State state);
} // namespace PipelineControl
