#include "SocialPublishRun.h"

#include "SocialAccounts.h"
#include "SocialClient.h"
#include "SocialSyncRun.h"
#include "approvals/ActionEffects.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "resilience/ApiRuntime.h"
#include "secrets/SecretCache.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
// How long a post waits out a rate limit or quota before it is given up (in words).
constexpr qint64 kGiveUpWaitingMs = 2 * 86'400'000LL;
constexpr qint64 kQuotaWaitMs = 60 * 60'000;

QString said(const ApiError& e)
{
    QString m = e.message.isEmpty() ? e.toString() : e.message;
    while (m.endsWith(u'.'))
        m.chop(1);
    return m;
}
} // namespace

SocialPublishRun::SocialPublishRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
{ }

void SocialPublishRun::start(std::function<void(JobOutcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    if (m_ctx.stopRequested()) {
        JobQueue::release(db, m_job.id, m_ctx.owner(), now);
        finish(JobOutcome::Released, {});
        return;
    }
    std::optional<SocialAccounts::Account> account;
    try {
        const auto post = SocialPosts::load(db, m_job.subjectId);
        if (!post || post->status == u"canceled" || post->status == u"published" || post->status == u"proposed") {
            Transaction tx(db);
            if (!JobQueue::complete(
                    db, m_job.id, m_ctx.owner(), {{u"skipped"_s, post ? post->status : u"removed"_s}}, now)) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            tx.commit();
            finish(JobOutcome::Done, tr("Nothing to send: the post is %1.").arg(post ? post->status : u"removed"_s));
            return;
        }
        m_post = *post;
        account = SocialAccounts::find(db, m_post.accountId);
    } catch (const SqlError& e) {
        fail({}, e.message(), true);
        return;
    }
    // A post sent before whose answer never came stays uncertain whatever else goes wrong: made it may have been.
    const QString refused
        = m_post.status == u"uncertain" || m_post.status == u"publishing" ? u"uncertain"_s : u"failed"_s;
    if (!account) {
        fail(refused, tr("The account this post was planned for was removed."), false);
        return;
    }
    m_accountName = account->name;
    m_platform = SocialPlatforms::displayName(account->platform);
    if (account->status == u"reconnect") {
        fail(refused,
            tr("%1 (%2) needs to be connected again before it can post: %3")
                .arg(m_accountName, m_platform, account->statusNote),
            false);
        return;
    }
    QString why;
    m_client = SocialSyncRun::clientFor(m_ctx, *account, this, &why);
    if (!m_client) {
        fail(refused, tr("No access token for %1 (%2): %3").arg(m_accountName, m_platform, why), false);
        return;
    }
    if (m_post.status == u"publishing" || m_post.status == u"uncertain")
        lookUp(); // sent before, the answer unknown: never sent twice
    else if (account->platform == u"instagram")
        checkQuota();
    else
        send();
}

void SocialPublishRun::checkQuota()
{
    m_client->quota(this, [this](const ApiError& e, int used, int total) {
        if (!e.isError() && used >= total) {
            fail(u"scheduled"_s,
                tr("Instagram publishes at most %1 posts of %2 in 24 hours and they are used: waiting an hour.")
                    .arg(total)
                    .arg(m_accountName),
                true, kQuotaWaitMs);
            return;
        }
        if (e.cls == ErrorClass::Auth) {
            sendFailed(e);
            return;
        }
        if (e.isError() && e.cls != ErrorClass::NotFound && e.cls != ErrorClass::Permission) {
            // Nothing was sent: the post waits and stays scheduled.
            fail(u"scheduled"_s, tr("Instagram's publishing limit could not be read: %1. Trying again.").arg(said(e)),
                true, e.retryAfterMs > 0 ? e.retryAfterMs : 60'000);
            return;
        }
        send();
    });
}

void SocialPublishRun::lookUp()
{
    const qint64 since = m_post.sentAt.value_or(m_post.scheduledAt);
    m_client->lookup(
        m_post.text, since, this, [this](const ApiError& e, const std::optional<SocialClient::Published>& p) {
            if (e.isError()) {
                fail(u"uncertain"_s,
                    tr("Whether %1 received the post is not known yet, and looking it up failed: %2")
                        .arg(m_platform, said(e)),
                    true, e.retryAfterMs);
                return;
            }
            if (p) {
                published(p->id, p->url, true);
                return;
            }
            send(); // not there: the earlier request never made it
        });
}

bool SocialPublishRun::setStatus(const QString& status, const QString& error, bool sending)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(db);
        if (sending)
            Sql::exec(db,
                u"UPDATE social_posts SET status = ?, error = ?, sent_at = ?, attempts = attempts + 1, updated_at = ? "
                u"WHERE id = ?"_s,
                {status, error, now, now, m_post.id});
        else
            Sql::exec(db, u"UPDATE social_posts SET status = ?, error = ?, updated_at = ? WHERE id = ?"_s,
                {status, error, now, m_post.id});
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "social post" << m_post.id << "status not written:" << e.message();
        return false;
    }
    if (m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_post.id}, false);
    return true;
}

void SocialPublishRun::send()
{
    if (m_ctx.stopRequested()) {
        JobQueue::release(m_ctx.db(), m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs());
        finish(JobOutcome::Released, {});
        return;
    }
    // Written before the request leaves: a kill from here on finds the post publishing and looks first. Only
    // while this worker still holds the job (another may have taken it over) and the post is still the one
    // this job was queued for (not canceled, moved or edited meanwhile).
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(db);
        const bool held = Sql::scalar(db,
                              u"SELECT COUNT(*) FROM jobs WHERE id = ? AND state = 'running' AND lease_owner = ? AND "
                              u"lease_expires > ?"_s,
                              {m_job.id, m_ctx.owner(), now})
                              .toLongLong()
            > 0;
        if (!held) {
            finish(JobOutcome::LostLease, tr("Another worker took the post over."));
            return;
        }
        const qint64 wasAt = m_job.payload.value(u"scheduled_at"_s).toInteger(m_post.scheduledAt);
        const int wasVersion = m_job.payload.value(u"version"_s).toInt(m_post.version);
        const int changed = Sql::exec(db,
            u"UPDATE social_posts SET status = 'publishing', error = '', sent_at = ?, attempts = attempts + 1, "
            u"updated_at = ? WHERE id = ? AND status IN ('scheduled', 'uncertain', 'publishing') AND scheduled_at = ? "
            u"AND version = ?"_s,
            {now, now, m_post.id, wasAt, wasVersion})
                                .numRowsAffected();
        if (changed == 0) {
            JobQueue::complete(db, m_job.id, m_ctx.owner(), {{u"skipped"_s, u"changed"_s}}, now);
            tx.commit();
            finish(JobOutcome::Done, tr("Not sent: the post was canceled, moved or changed meanwhile."));
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        fail({}, tr("The workspace could not be written: %1").arg(e.message()), true);
        return;
    }
    if (m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_post.id}, false);
    m_client->publish(
        {m_post.text, m_post.link, m_post.media}, this, [this](const ApiError& e, const SocialClient::Published& p) {
            if (e.isError())
                sendFailed(e);
            else
                published(p.id, p.url, false);
        });
}

void SocialPublishRun::sendFailed(const ApiError& e)
{
    const QString words = said(e);
    switch (e.cls) {
    case ErrorClass::RateLimited:
    case ErrorClass::QuotaExhausted:
    case ErrorClass::CircuitOpen:
    case ErrorClass::BudgetExceeded:
    case ErrorClass::Unreachable: {
        // Refused or never sent: nothing was made.
        const qint64 wait = e.retryAfterMs > 0    ? e.retryAfterMs
            : e.cls == ErrorClass::QuotaExhausted ? kQuotaWaitMs
                                                  : 60'000;
        fail(u"scheduled"_s, tr("%1 did not take the post yet: %2. It is sent again then.").arg(m_platform, words),
            true, wait);
        return;
    }
    case ErrorClass::Timeout:
    case ErrorClass::Transient:
    case ErrorClass::Overloaded:
        fail(u"uncertain"_s,
            tr("%1 did not answer whether it made the post (%2): it is looked up before anything is sent again.")
                .arg(m_platform, words),
            true, e.retryAfterMs);
        return;
    case ErrorClass::Auth: {
        const QString why = tr("%1 refused the access token (it expired or was revoked): %2").arg(m_platform, words);
        try {
            Transaction tx(m_ctx.db());
            SocialAccounts::needsReconnect(m_ctx.db(), m_post.accountId, why, m_ctx.clock()->nowMs());
            tx.commit();
        } catch (const SqlError& se) {
            qCWarning(lcPipeline) << "social account not marked:" << se.message();
        }
        fail(u"failed"_s, tr("%1. Connect %2 again, then move the post to a new time.").arg(why, m_accountName), false);
        return;
    }
    case ErrorClass::Conflict:
        // The platform holds this text already: perhaps this very post, made when an earlier answer was lost.
        fail(u"uncertain"_s,
            tr("%1 already has this text (%2): it may be this post, published when an answer was lost. Look at the "
               "account before posting it again.")
                .arg(m_platform, words),
            false);
        return;
    default:
        fail(u"failed"_s, tr("%1 refused the post: %2").arg(m_platform, words), false);
        return;
    }
}

void SocialPublishRun::published(const QString& id, const QString& url, bool found)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(db);
        Sql::exec(db,
            u"UPDATE social_posts SET status = 'published', remote_id = ?, remote_url = ?, published_at = ?, error = "
            u"'', updated_at = ? WHERE id = ?"_s,
            {id, url, now, now, m_post.id});
        AuditLog::append(db, now, u"Quorum"_s, u"social.published"_s, u"social_post:%1"_s.arg(m_post.id),
            {{u"remote_id"_s, id}, {u"url"_s, url}, {u"found_by_lookup"_s, found}});
        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), {{u"remote_id"_s, id}}, now)) {
            finish(JobOutcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        // Published on the platform but not written: the next attempt finds it by looking.
        fail({}, e.message(), true);
        return;
    }
    if (m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_post.id}, false);
    finish(JobOutcome::Done, tr("Published on %1: %2").arg(m_platform, url));
}

void SocialPublishRun::fail(const QString& status, const QString& message, bool retryable, qint64 retryAfterMs)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    JobOutcome outcome = JobOutcome::LostLease;
    try {
        Transaction tx(db);
        // A refusal with a time to wait spends no attempt; an uncertain send or a failed lookup does.
        const bool waits = retryable && status == u"scheduled";
        const JobQueue::FailOutcome r = waits
            ? JobQueue::wait(
                db, m_job.id, m_ctx.owner(), message, std::max<qint64>(retryAfterMs, 1000), kGiveUpWaitingMs, now)
            : JobQueue::fail(db, m_job.id, m_ctx.owner(), message, retryable,
                std::max(retryAfterMs, JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_ctx.retryBaseMs())), now);
        if (r == JobQueue::FailOutcome::LostLease) {
            finish(JobOutcome::LostLease, message);
            return;
        }
        const bool dead = r == JobQueue::FailOutcome::Dead;
        if (!status.isEmpty()) {
            // Given up while uncertain stays uncertain: whether it was posted is for a person to see.
            const QString final = dead && status == u"scheduled" ? u"failed"_s : status;
            const QString words = dead && final == u"uncertain" ? message + u" "_s
                    + tr("Quorum stopped looking: check the account on %1, and post it there if it is not.")
                          .arg(m_platform)
                                                                : message;
            Sql::exec(db, u"UPDATE social_posts SET status = ?, error = ?, updated_at = ? WHERE id = ?"_s,
                {final, words, now, m_post.id});
            if (dead)
                AuditLog::append(db, now, u"Quorum"_s, u"social.failed"_s, u"social_post:%1"_s.arg(m_post.id),
                    {{u"note"_s, message}, {u"status"_s, final}});
        }
        tx.commit();
        outcome = dead ? JobOutcome::Dead : JobOutcome::Retrying;
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "social publish" << m_job.id << "failure not written:" << e.message();
    }
    if (m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_post.id}, false);
    finish(outcome, message);
}

void SocialPublishRun::finish(JobOutcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onFinished(outcome, summary);
}

namespace SocialJobs
{

namespace
{
QList<qint64> postIds(const QJsonObject& params)
{
    QList<qint64> ids;
    for (const QJsonValue& v : params.value(u"posts"_s).toArray())
        ids.append(v.toInteger());
    return ids;
}

// A post the Social agent proposed (its texts per platform, a day and an hour): on every connected account of a
// platform it has text for, a post is scheduled at that hour in the account's zone; what cannot be posted
// from an account is recorded for a person to post.
ActionEffects::Result agentPost(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const QString day = params.value(u"post_on"_s).toString();
    const int hour = params.value(u"post_hour"_s).toVariant().toInt();
    const QString local = day + u"T"_s + QTime(hour, 0).toString(u"HH:mm"_s);
    const QString who = p.decidedBy.isEmpty() ? u"Quorum"_s : p.decidedBy;
    const qint64 productId = p.productId > 0 ? p.productId : params.value(u"product_id"_s).toInteger();
    const QList<SocialAccounts::Account> accounts = SocialAccounts::all(db);
    QStringList platforms;  // left for a person
    QStringList scheduled;  // posted by Quorum
    QStringList notPlanned; // why not
    QJsonArray posts;
    for (const auto& [key, name] : {std::pair{u"instagram", u"Instagram"}, {u"facebook", u"Facebook"}, {u"x", u"X"}}) {
        const QString platform = QString::fromUtf16(key);
        QString text = params.value(platform).toString().trimmed();
        if (text.isEmpty())
            continue;
        if (platform == u"instagram" && !params.value(u"hashtags"_s).toString().trimmed().isEmpty())
            text += u"\n\n"_s + params.value(u"hashtags"_s).toString().trimmed();
        bool posted = false;
        for (const SocialAccounts::Account& a : accounts) {
            if (a.platform != platform || a.status != u"connected")
                continue;
            SocialPosts::Draft d;
            d.accountId = a.id;
            d.productId = productId;
            d.text = text;
            d.link = params.value(u"link"_s).toString();
            d.local = local;
            d.approved = true;
            const auto planned = SocialPosts::plan(db, d, who, true, now);
            if (planned.id > 0) {
                posts.append(planned.id);
                scheduled.append(u"%1 %2"_s.arg(QString::fromUtf16(name), a.name));
                posted = true;
            } else {
                notPlanned.append(u"%1 %2: %3"_s.arg(QString::fromUtf16(name), a.name, planned.problems.join(u' ')));
            }
        }
        if (!posted)
            platforms.append(QString::fromUtf16(name));
    }
    if (scheduled.isEmpty() && platforms.isEmpty())
        return ActionEffects::Result::failed(
            QCoreApplication::translate("ActionExecutor", "The post has no text for any platform."));
    const QString at = QLocale().toString(
        QDateTime(QDate::fromString(day, Qt::ISODate), QTime(hour, 0), Qt::UTC), QLocale::ShortFormat);
    const QString product = params.value(u"product"_s).toString();
    QStringList note;
    if (!scheduled.isEmpty())
        note.append(QCoreApplication::translate("ActionExecutor",
            "Scheduled: post about %1 on %2 at %3, each in its "
            "account's time.")
                        .arg(product, scheduled.join(u", "_s), at));
    if (!platforms.isEmpty()) {
        QString on = platforms.takeLast();
        if (!platforms.isEmpty())
            on = QCoreApplication::translate("ActionExecutor", "%1 and %2").arg(platforms.join(u", "_s), on);
        note.append(QCoreApplication::translate("ActionExecutor",
            "Recorded: post about %1 on %2 at %3, for you to post there (no connected account could post it).")
                        .arg(product, on, at));
        params.insert(u"recorded"_s, true);
    }
    if (!notPlanned.isEmpty())
        note.append(QCoreApplication::translate("ActionExecutor", "Not planned: %1").arg(notPlanned.join(u"; "_s)));
    if (!posts.isEmpty())
        params.insert(u"planned_posts"_s, posts);
    params.insert(u"note"_s, note.join(u' '));
    return ActionEffects::Result::done(params);
}

// Approving posts Quorum planned schedules them (a person's edit of a platform's text goes into its post).
ActionEffects::Result approved(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const QList<qint64> ids = postIds(params);
    if (ids.isEmpty())
        return agentPost(db, p, std::move(params), now);
    const QString who = p.decidedBy.isEmpty() ? u"Quorum"_s : p.decidedBy;
    // A person's change of day or hour moves every post (each keeps its minute, in its own zone).
    const bool moved = params.value(u"post_on"_s) != p.parameters.value(u"post_on"_s)
        || params.value(u"post_hour"_s).toVariant().toInt() != p.parameters.value(u"post_hour"_s).toVariant().toInt();
    QStringList problems;
    {
        Transaction changes(db); // a savepoint: a person's changes apply to every post or to none
        // A platform's text applies where the proposal holds one post for it.
        const QHash<QString, int> perPlatform = SocialPosts::perPlatform(db, ids);
        for (const qint64 id : ids) {
            const auto post = SocialPosts::load(db, id);
            const auto account = post ? SocialAccounts::find(db, post->accountId) : std::nullopt;
            if (!post || !account)
                continue;
            const QString edited = params.value(account->platform).toString();
            if (perPlatform.value(account->platform) == 1 && !edited.isEmpty() && edited != post->text)
                problems += SocialPosts::edit(db, id, edited, who, now);
            if (moved) {
                const QTime was = QTime::fromString(post->local.mid(11), u"HH:mm"_s);
                const QString to = params.value(u"post_on"_s).toString() + u"T"_s
                    + QTime(params.value(u"post_hour"_s).toVariant().toInt(), was.minute()).toString(u"HH:mm"_s);
                problems += SocialPosts::move(db, id, to, who, now);
            }
        }
        if (problems.isEmpty())
            changes.commit();
    } // not committed: rolled back to the savepoint
    if (!problems.isEmpty()) {
        // The posts are not left waiting for a decision that was taken: canceled, with the reason.
        for (const qint64 id : ids)
            SocialPosts::cancel(db, id, who, now);
        return ActionEffects::Result::failed(
            QCoreApplication::translate("ActionExecutor", "The posts were not scheduled: %1").arg(problems.join(u' ')));
    }
    const int scheduled = SocialPosts::schedule(db, ids, who, now);
    params.insert(u"scheduled"_s, scheduled);
    if (scheduled < ids.size())
        params.insert(u"note"_s,
            QCoreApplication::translate("ActionExecutor",
                "%1 of %2 posts scheduled; the others were approved after their time: move them to a new time.")
                .arg(scheduled)
                .arg(ids.size()));
    return ActionEffects::Result::done(params);
}

void rejected(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString&, const QString& actor, qint64 now)
{
    for (const qint64 id : postIds(p.effectiveParameters()))
        SocialPosts::cancel(db, id, actor, now);
}
} // namespace

void registerAll(JobRegistry& registry, ::ActionEffects& effects)
{
    registry.add(SocialPosts::Publish, std::make_unique<RunHandler<SocialPublishRun>>(),
        JobRegistry::Network | JobRegistry::Secrets);
    registerEffects(effects);
}

void registerEffects(::ActionEffects& effects)
{
    effects.add(ActionType::SocialPost, &approved, &rejected);
}

} // namespace SocialJobs
