#pragma once

#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "publishing/Connections.h"
#include "resilience/ApiError.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <functional>

class MetaAdsClient;

// One claimed "ads.sync" job: the account, then its campaigns, ad sets and daily insights page by
// page (each page written in its own transaction), then the campaigns' daily figures and how far
// the account is in, committed with the job's completion.
class AdSyncRun final : public QObject
{
    Q_OBJECT
public:
    AdSyncRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(JobOutcome, const QString&)> onFinished);

private:
    enum class Step
    {
        Campaigns,
        AdSets,
        Insights,
    };
    bool prepare(QString* why);
    void read(Step step, const QUrl& url);
    void page(Step step, const QJsonArray& data, const QUrl& next);
    void done();
    void release();
    QDate completeThrough(qint64 now) const;
    void fail(const ApiError& error);
    void fail(const QString& message, bool retryable, qint64 retryAfterMs = 0);
    void finish(JobOutcome outcome, const QString& summary);

    JobContext& m_ctx;
    JobQueue::Job m_job;
    Connections::Connection m_connection;
    MetaAdsClient* m_client = nullptr;
    QString m_currency;
    QTimeZone m_zone;
    QDate m_since;
    QDate m_today;
    int m_rows = 0;
    int m_firings = 0;
    std::function<void(JobOutcome, const QString&)> m_onFinished;
    bool m_finished = false;
};
