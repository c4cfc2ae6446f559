#pragma once

#include "SocialAccounts.h"
#include "jobs/JobHandler.h"
#include "resilience/ApiError.h"

#include <QObject>

class JobRegistry;
class SocialClient;

// One claimed "social.sync" job: the figures of an account's published posts read back from its platform, one
// post after another, each written as it comes (a sync cut short keeps what it read; the next reads the rest).
// A post the platform no longer has is marked deleted in words. A refused token marks the account for
// reconnecting; a rate limit or an unwell platform makes the job wait the time named, spending no attempt.
class SocialSyncRun final : public QObject
{
    Q_OBJECT
public:
    SocialSyncRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(JobOutcome, const QString&)> onFinished);

    // The account's client with its token from the keychain, owned by `parent`; nullptr with *why when the token
    // cannot be had. Shared with the publish run.
    static SocialClient* clientFor(
        JobContext& ctx, const SocialAccounts::Account& account, QObject* parent, QString* why);

private:
    void next();
    void failed(const ApiError& e);
    void complete();
    void finish(JobOutcome outcome, const QString& summary);

    JobContext& m_ctx;
    JobQueue::Job m_job;
    SocialAccounts::Account m_account;
    QString m_platform;
    SocialClient* m_client = nullptr;
    QList<qint64> m_due;
    int m_read = 0;
    int m_deleted = 0;
    QStringList m_problems;
    std::function<void(JobOutcome, const QString&)> m_onFinished;
    bool m_finished = false;
};

namespace SocialEngagement
{
void registerAll(JobRegistry& registry);
}
