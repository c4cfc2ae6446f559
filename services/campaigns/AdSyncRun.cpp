#include "AdSyncRun.h"

#include "AdJobs.h"
#include "AdProposals.h"
#include "agents/AgentRuns.h"

#include "AdRuleStore.h"
#include "AdSync.h"
#include "Experiments.h"
#include "commerce/MetaAdsClient.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

AdSyncRun::AdSyncRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
{ }

void AdSyncRun::start(std::function<void(JobOutcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    if (m_ctx.stopRequested()) {
        release();
        return;
    }
    QString why;
    try {
        if (!prepare(&why)) {
            fail(why, false);
            return;
        }
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    m_client->account(this, [this](const ApiError& e, const QJsonObject& account) {
        if (e.isError()) {
            fail(e);
            return;
        }
        m_currency = account.value(u"currency"_s).toString();
        m_zone = QTimeZone(account.value(u"timezone_name"_s).toString().toLatin1());
        if (m_currency.isEmpty() || !m_zone.isValid()) {
            fail(QCoreApplication::translate("AdSyncRun",
                     "Meta did not say the ad account's currency and time zone; the token may lack ads_read."),
                false);
            return;
        }
        const qint64 now = m_ctx.clock()->nowMs();
        m_today = QDateTime::fromMSecsSinceEpoch(now, m_zone).date();
        try {
            Transaction tx(m_ctx.db());
            AdSync::Write::account(m_ctx.db(), m_connection.id, account, now);
            const QDate through = QDate::fromString(
                Sql::scalar(
                    m_ctx.db(), u"SELECT synced_through FROM ad_accounts WHERE connection_id = ?"_s, {m_connection.id})
                    .toString(),
                Qt::ISODate);
            tx.commit();
            // Late conversions: the days before the last complete one are read again.
            m_since = through.isValid() ? through.addDays(-(AdSync::kLateDays - 1))
                                        : m_today.addDays(-(AdSync::kHistoryDays - 1));
        } catch (const SqlError& sqlError) {
            fail(sqlError.message(), true);
            return;
        }
        read(Step::Campaigns,
            m_client->edgeUrl(u"campaigns"_s,
                {{u"fields"_s, u"id,name,status,effective_status,objective,daily_budget,bid_strategy"_s},
                    {u"limit"_s, u"200"_s}}));
    });
}

bool AdSyncRun::prepare(QString* why)
{
    m_client = AdSync::client(m_ctx, m_job.subjectId, this, &m_connection, why);
    return m_client != nullptr;
}

void AdSyncRun::read(Step step, const QUrl& url)
{
    if (m_ctx.stopRequested()) {
        release();
        return;
    }
    m_client->page(url, this, [this, step](const ApiError& e, const QJsonArray& data, const QUrl& next) {
        if (e.isError())
            fail(e);
        else
            page(step, data, next);
    });
}

void AdSyncRun::page(Step step, const QJsonArray& data, const QUrl& next)
{
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(m_ctx.db());
        switch (step) {
        case Step::Campaigns:
            m_rows += AdSync::Write::campaigns(m_ctx.db(), m_connection.id, m_currency, data, now);
            break;
        case Step::AdSets:
            m_rows += AdSync::Write::adSets(m_ctx.db(), m_connection.id, data, now);
            break;
        case Step::Insights:
            m_rows += AdSync::Write::insights(m_ctx.db(), m_connection.id, data, now);
            break;
        }
        tx.commit();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    if (!next.isEmpty()) {
        read(step, next);
        return;
    }
    switch (step) {
    case Step::Campaigns:
        read(Step::AdSets,
            m_client->edgeUrl(u"adsets"_s,
                {{u"fields"_s,
                     u"id,name,campaign_id,status,effective_status,daily_budget,bid_amount,bid_strategy,"
                     u"learning_stage_info,updated_time"_s},
                    {u"limit"_s, u"200"_s}}));
        break;
    case Step::AdSets:
        read(Step::Insights, m_client->dailyInsightsUrl(u"adset"_s, m_since, m_today));
        break;
    case Step::Insights:
        done();
        break;
    }
}

void AdSyncRun::done()
{
    const qint64 now = m_ctx.clock()->nowMs();
    try {
        Transaction tx(m_ctx.db(), Transaction::Durable);
        AdSync::Write::rollUp(m_ctx.db(), m_connection.id, m_since, now);
        Sql::exec(m_ctx.db(),
            u"UPDATE ad_accounts SET synced_through = ?, last_sync_at = ?, last_error = '', updated_at = ? WHERE "
            u"connection_id = ?"_s,
            {completeThrough(now).toString(Qt::ISODate), now, now, m_connection.id});
        // The rules see the new figures in the same transaction: what they find is in with them. Both are
        // agents that run on this event: their runs count in their health. A paused one does not run; the
        // rules read their whole window and the tests every day since their last look at the next sync after
        // the resume.
        m_firings = 0;
        if (!AgentRuns::paused(m_ctx.db(), QString(AdProposals::Agent))) {
            m_firings = AdRuleStore::evaluate(m_ctx.db(), m_connection.id, now);
            AgentRuns::record(m_ctx.db(), QString(AdProposals::Agent), now, m_ctx.clock()->nowMs(),
                Agent::Outcome::done(
                    QCoreApplication::translate("AdSyncRun", "%1: %n new finding(s).", nullptr, m_firings)
                        .arg(m_connection.name)));
        }
        if (!AgentRuns::paused(m_ctx.db(), QString(Experiments::Agent))) {
            const int looks = Experiments::evaluate(m_ctx.db(), m_connection.id, now);
            AgentRuns::record(m_ctx.db(), QString(Experiments::Agent), now, m_ctx.clock()->nowMs(),
                Agent::Outcome::done(
                    QCoreApplication::translate("AdSyncRun", "%1: %n new day(s) looked at.", nullptr, looks)
                        .arg(m_connection.name)));
        }
        if (!JobQueue::complete(m_ctx.db(), m_job.id, m_ctx.owner(), {}, now)) {
            finish(JobOutcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    qCInfo(lcPipeline) << "synced ad account" << m_connection.name << m_rows << "rows," << m_firings << "rule findings";
    if (m_ctx.bus()) {
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_connection.id}, true);
        // What the rules and the A/B tests proposed waits in Approvals.
        m_ctx.bus()->publishChanged(EventBus::Topic::Proposals, {}, true);
    }
    finish(JobOutcome::Done, {});
}

void AdSyncRun::fail(const ApiError& e)
{
    QString message = AdJobs::said(e);
    if (e.cls == ErrorClass::Auth)
        message = AdJobs::explain(e, m_connection, message);
    else if (e.cls == ErrorClass::Permission)
        message = QCoreApplication::translate("AdSyncRun", "The token of %1 may not read this ad account: %2")
                      .arg(m_connection.name, message);
    else if (e.cls == ErrorClass::RateLimited)
        message = QCoreApplication::translate("AdSyncRun", "Meta asks to slow down (%1); the sync goes on later.")
                      .arg(e.code);
    fail(message, AdJobs::retryable(e) && e.cls != ErrorClass::CircuitOpen, e.retryAfterMs);
}

QDate AdSyncRun::completeThrough(qint64 now) const
{
    // A day counts as complete once it ended kSettleHours ago: Meta's figures for the last hours
    // arrive late, and a sync just after midnight would otherwise call a day complete that is not.
    QDate day = m_today.addDays(-1);
    while (day.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch() + AdSync::kSettleHours * 3'600'000 > now)
        day = day.addDays(-1);
    return day;
}

void AdSyncRun::fail(const QString& why, bool retryable, qint64 retryAfterMs)
{
    const qint64 now = m_ctx.clock()->nowMs();
    QString message = why;
    try {
        Transaction tx(m_ctx.db());
        // Removed while the sync ran (its writes then fail on the missing connection): nothing to retry.
        if (m_connection.id > 0 && !Connections::find(m_ctx.db(), m_connection.id)) {
            m_connection.id = 0;
            message = QCoreApplication::translate("AdSyncRun", "The ad account connection was removed.");
            retryable = false;
        }
        const qint64 backoff
            = std::max(retryAfterMs, JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_ctx.retryBaseMs()));
        const auto outcome = JobQueue::fail(m_ctx.db(), m_job.id, m_ctx.owner(), message, retryable, backoff, now);
        if (outcome == JobQueue::FailOutcome::LostLease) {
            finish(JobOutcome::LostLease, message);
            return;
        }
        if (m_connection.id > 0) // a removed connection has nowhere to keep it (the job says it)
            Sql::exec(m_ctx.db(),
                u"INSERT INTO ad_accounts (connection_id, last_error, updated_at) VALUES (?, ?, ?) ON CONFLICT "
                u"(connection_id) DO UPDATE SET last_error = excluded.last_error, updated_at = excluded.updated_at"_s,
                {m_connection.id, message, now});
        tx.commit();
        qCWarning(lcPipeline) << "ad sync of" << m_connection.name << "failed:" << message;
        if (m_ctx.bus())
            m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_connection.id}, true);
        finish(outcome == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying, message);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot record the failed ad sync of" << m_connection.name << ":" << e.message();
        finish(JobOutcome::LostLease, e.message());
    }
}

void AdSyncRun::release()
{
    // Everything written so far is whole; the next sync reads the same days again.
    try {
        JobQueue::release(m_ctx.db(), m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot give back ad sync job" << m_job.id << ":" << e.message();
    }
    finish(JobOutcome::Released, {});
}

void AdSyncRun::finish(JobOutcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onFinished(outcome, summary);
}
