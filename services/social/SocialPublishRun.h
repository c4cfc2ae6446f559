#pragma once

#include "SocialPosts.h"
#include "jobs/JobHandler.h"
#include "resilience/ApiError.h"

#include <QObject>

class SocialClient;

// One claimed "social.publish" job: a scheduled post sent to its platform at its time, exactly once.
//
//   scheduled → publishing (sent_at written and committed before the request leaves) → published, with the
//   platform's id and address | failed, with the platform's words | uncertain: the answer never came (a timeout,
//   a reset, a 5xx after sending). A post found publishing or uncertain is looked up on the platform (its text
//   since sent_at) before anything is sent again: found, it is published; not there, it is sent. A rate limit
//   or Instagram's daily quota is a refusal, not an uncertainty: the post waits for the time the platform
//   names and stays scheduled. A refused token marks the account for reconnecting and fails the post in words.
class SocialPublishRun final : public QObject
{
    Q_OBJECT
public:
    SocialPublishRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(JobOutcome, const QString&)> onFinished);

private:
    void checkQuota();
    void lookUp();
    void send();
    void published(const QString& id, const QString& url, bool found);
    void sendFailed(const ApiError& e);
    // The job fails this attempt (retried after retryAfterMs, or dead), the post takes `status` with `message`.
    void fail(const QString& status, const QString& message, bool retryable, qint64 retryAfterMs = 0);
    void finish(JobOutcome outcome, const QString& summary);
    bool setStatus(const QString& status, const QString& error, bool sending);

    JobContext& m_ctx;
    JobQueue::Job m_job;
    SocialPosts::Post m_post;
    QString m_accountName;
    QString m_platform;
    SocialClient* m_client = nullptr;
    std::function<void(JobOutcome, const QString&)> m_onFinished;
    bool m_finished = false;
};

class ActionEffects;
class JobRegistry;

namespace SocialJobs
{
// The publish handler and what approving a social post does.
void registerAll(JobRegistry& registry, ::ActionEffects& effects);
// What approving and rejecting a social post does: Quorum's posts scheduled or canceled; a post the Social
// agent proposed without planned posts recorded for a person to post.
void registerEffects(::ActionEffects& effects);
} // namespace SocialJobs
