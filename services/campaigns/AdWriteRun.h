#pragma once

#include "AdJobs.h"
#include "resilience/ApiError.h"

#include <QJsonObject>

// One claimed "ads.write" job: an approved change to one ad set carried out on Meta (pause, resume,
// a new daily budget or bid cap), on the account's sync lane so it never races a sync.
//
// Idempotent: the ad set is read first. Already as approved (a retry after an answer that never came,
// or a person who did it in Ads Manager): nothing is written. A budget or bid that is no longer what
// the rule saw was changed by someone else since: nothing is written, and the proposal says so. After
// the write the ad set is read again and the platform's answer is recorded on the proposal and in the
// workspace's copy of the ad set. A failure shows on the proposal and is retried like a publish.
// A proposal of two changes (a budget shift) runs them as two jobs: the second is queued by the first
// in the transaction that completes it, and the proposal is done when the second is.
class AdWriteRun final : public AdJobRun
{
    Q_OBJECT
public:
    AdWriteRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);

private:
    void run() override;
    void decide(const QJsonObject& adSet);
    // The first change of a shift: reads the target, and writes only if it is as the proposal found it.
    void checkTarget(const QJsonObject& source);
    void write();
    // Done: the ad set as Meta now has it, and what happened (written, unchanged or skipped with a note).
    void complete(const QJsonObject& adSet, const QString& what, const QString& note);
    void fail(const ApiError& error);
    void fail(const QString& message, bool retryable, qint64 retryAfterMs = 0);

    QString m_adSetId;
    QString m_name;   // as the workspace knows it (for messages)
    QString m_change; // pause, resume, budget, bid
    qint64 m_from = 0;
    qint64 m_to = 0;
    QJsonObject m_then; // the proposal's next change, queued once this one is done
    int m_step = 1;
};
