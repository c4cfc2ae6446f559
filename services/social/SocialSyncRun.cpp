#include "SocialSyncRun.h"

#include "SocialClient.h"
#include "SocialEngagement.h"
#include "SocialPosts.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "resilience/ApiRuntime.h"
#include "secrets/SecretCache.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace
{
// How long a sync waits out a rate limit or an unwell platform before it gives up (the next sync starts over).
constexpr qint64 kGiveUpWaitingMs = 86'400'000LL;
} // namespace

SocialSyncRun::SocialSyncRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
{ }

SocialClient* SocialSyncRun::clientFor(
    JobContext& ctx, const SocialAccounts::Account& account, QObject* parent, QString* why)
{
    const auto token = ctx.runtime()->secrets()->resolveFor(SocialAccounts::secretRef(account.id, u"access_token"_s),
        SocialAccounts::apiUrl(account), SocialAccounts::secretPrefix(account.id), why);
    if (!token)
        return nullptr;
    SocialClient::Target target{account.platform, SocialAccounts::apiUrl(account), account.remoteId, *token};
    target.handle = account.name;
    return new SocialClient(ctx.caller(), ctx.runtime(), target, parent);
}

void SocialSyncRun::start(std::function<void(JobOutcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    if (m_ctx.stopRequested()) {
        JobQueue::release(db, m_job.id, m_ctx.owner(), now);
        finish(JobOutcome::Released, {});
        return;
    }
    try {
        const auto account = SocialAccounts::find(db, m_job.subjectId);
        if (!account || account->status != u"connected") {
            m_problems.append(account ? tr("%1 needs to be connected again: %2").arg(account->name, account->statusNote)
                                      : tr("the account was removed"));
            complete();
            return;
        }
        m_account = *account;
        m_platform = SocialPlatforms::displayName(m_account.platform);
        m_due = SocialEngagement::due(db, m_account.id, now);
    } catch (const SqlError& e) {
        failed(ApiError::make(ErrorClass::Transient, e.message()));
        return;
    }
    QString why;
    m_client = clientFor(m_ctx, m_account, this, &why);
    if (!m_client) {
        m_problems.append(tr("No access token for %1 (%2): %3").arg(m_account.name, m_platform, why));
        complete();
        return;
    }
    next();
}

void SocialSyncRun::next()
{
    if (m_due.isEmpty() || m_ctx.stopRequested()) {
        complete();
        return;
    }
    const qint64 id = m_due.takeFirst();
    std::optional<SocialPosts::Post> post;
    try {
        post = SocialPosts::load(m_ctx.db(), id);
    } catch (const SqlError& e) {
        failed(ApiError::make(ErrorClass::Transient, e.message()));
        return;
    }
    if (!post || post->status != u"published" || post->remoteId.isEmpty()) {
        next();
        return;
    }
    m_client->metrics(post->remoteId, post->publishedAt.value_or(post->scheduledAt), m_ctx.clock()->nowMs(), this,
        [this, id](const ApiError& e, const std::optional<SocialEngagement::Metrics>& metrics) {
            if (e.isError()) {
                if (e.cls == ErrorClass::InvalidRequest || e.cls == ErrorClass::Permission
                    || e.cls == ErrorClass::NotFound) {
                    // This post's figures are refused: tried again in six hours; the others may still be read.
                    m_problems.append(e.message.isEmpty() ? e.toString() : e.message);
                    try {
                        Transaction tx(m_ctx.db());
                        SocialEngagement::tried(m_ctx.db(), id, m_ctx.clock()->nowMs());
                        tx.commit();
                    } catch (const SqlError& se) {
                        failed(ApiError::make(ErrorClass::Transient, se.message()));
                        return;
                    }
                    next();
                } else {
                    failed(e);
                }
                return;
            }
            const QSqlDatabase db = m_ctx.db();
            const qint64 now = m_ctx.clock()->nowMs();
            try {
                Transaction tx(db);
                if (metrics) {
                    SocialEngagement::write(db, id, *metrics, now);
                    ++m_read;
                } else if (SocialEngagement::missing(db, id, m_platform, now)) {
                    ++m_deleted;
                }
                tx.commit();
            } catch (const SqlError& se) {
                failed(ApiError::make(ErrorClass::Transient, se.message()));
                return;
            }
            next();
        });
}

void SocialSyncRun::failed(const ApiError& e)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    const QString words = e.message.isEmpty() ? e.toString() : e.message;
    JobOutcome outcome = JobOutcome::LostLease;
    QString summary;
    try {
        Transaction tx(db);
        JobQueue::FailOutcome r;
        if (e.cls == ErrorClass::Auth) {
            summary = tr("%1 refused the access token of %2 (it expired or was revoked): %3")
                          .arg(m_platform, m_account.name, words);
            SocialAccounts::needsReconnect(db, m_account.id, summary, now);
            r = JobQueue::fail(db, m_job.id, m_ctx.owner(), summary, false, 0, now);
        } else {
            summary = tr("%1 did not give the figures of %2 yet: %3. Read again later.")
                          .arg(m_platform, m_account.name, words);
            const qint64 wait = e.retryAfterMs > 0 ? e.retryAfterMs : 60'000;
            r = JobQueue::wait(db, m_job.id, m_ctx.owner(), summary, wait, kGiveUpWaitingMs, now);
        }
        if (r != JobQueue::FailOutcome::LostLease) {
            tx.commit();
            outcome = r == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying;
        }
    } catch (const SqlError& se) {
        qCWarning(lcPipeline) << "social sync" << m_job.id << "failure not written:" << se.message();
    }
    if (m_ctx.bus() && (m_read > 0 || m_deleted > 0 || e.cls == ErrorClass::Auth))
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_account.id}, false);
    finish(outcome, summary);
}

void SocialSyncRun::complete()
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    QString summary = tr("Read the figures of %n post(s)", nullptr, m_read);
    if (!m_account.name.isEmpty())
        summary = tr("%1 on %2 (%3)").arg(summary, m_platform, m_account.name);
    if (m_deleted > 0)
        summary += u"; "_s + tr("%n deleted on the platform", nullptr, m_deleted);
    if (!m_problems.isEmpty())
        summary += u"; "_s + m_problems.join(u"; "_s);
    try {
        Transaction tx(db);
        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(),
                {{u"read"_s, m_read}, {u"deleted"_s, m_deleted}, {u"note"_s, summary}}, now)) {
            finish(JobOutcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "social sync" << m_job.id << "not completed:" << e.message();
        finish(JobOutcome::LostLease, {});
        return;
    }
    if (m_ctx.bus() && (m_read > 0 || m_deleted > 0))
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_account.id}, false);
    finish(JobOutcome::Done, summary);
}

void SocialSyncRun::finish(JobOutcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onFinished(outcome, summary);
}

namespace SocialEngagement
{
void registerAll(JobRegistry& registry)
{
    registry.add(Sync, std::make_unique<RunHandler<SocialSyncRun>>(), JobRegistry::Network | JobRegistry::Secrets);
}
} // namespace SocialEngagement
