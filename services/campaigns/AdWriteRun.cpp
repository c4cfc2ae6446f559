#include "AdWriteRun.h"

#include "AdJobs.h"
#include "AdProposals.h"
#include "AdSync.h"
#include "audit/AuditLog.h"
#include "commerce/MetaAdsClient.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
qint64 minorUnits(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}
} // namespace

AdWriteRun::AdWriteRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : AdJobRun(ctx, job, parent)
    , m_adSetId(job.payload.value(u"ad_set_id"_s).toString())
    , m_change(job.payload.value(u"change"_s).toString())
    , m_from(job.payload.value(u"from"_s).toInteger())
    , m_to(job.payload.value(u"to"_s).toInteger())
    , m_then(job.payload.value(u"then"_s).toObject())
    , m_step(std::max(1, job.payload.value(u"step"_s).toInt(1)))
{ }

void AdWriteRun::run()
{
    m_name = Sql::scalar(m_ctx.db(), u"SELECT name FROM ad_sets WHERE connection_id = ? AND remote_id = ?"_s,
        {m_connection.id, m_adSetId})
                 .toString();
    if (m_name.isEmpty())
        m_name = m_adSetId;
    m_client->adSet(m_adSetId, this, [this](const ApiError& e, const QJsonObject& adSet) {
        if (e.isError())
            fail(e);
        else
            decide(adSet);
    });
}

void AdWriteRun::decide(const QJsonObject& adSet)
{
    const QString name = adSet.value(u"name"_s).toString(m_adSetId);
    const QString status = adSet.value(u"status"_s).toString();
    const QString currency
        = Sql::scalar(m_ctx.db(), u"SELECT currency FROM ad_accounts WHERE connection_id = ?"_s, {m_connection.id})
              .toString();
    if (status == u"ARCHIVED" || status == u"DELETED") {
        complete(adSet, u"skipped"_s,
            QCoreApplication::translate("AdWriteRun", "“%1” was archived or deleted on Meta; nothing was written.")
                .arg(name));
        return;
    }
    if (m_change == u"pause" || m_change == u"resume") {
        const QString wanted = m_change == u"pause" ? u"PAUSED"_s : u"ACTIVE"_s;
        if (status == wanted)
            complete(adSet, u"unchanged"_s, {});
        else
            write();
        return;
    }
    const bool budget = m_change == u"budget";
    const qint64 now = minorUnits(adSet.value(budget ? u"daily_budget"_s : u"bid_amount"_s));
    if (now == m_to) {
        complete(adSet, u"unchanged"_s, {});
        return;
    }
    if (m_from > 0 && now != m_from) {
        // Someone changed it since the rule looked: their number stands.
        const QString note = (budget ? QCoreApplication::translate("AdWriteRun",
                                  "The daily budget of “%1” is %2 on Meta now, not the %3 the proposal "
                                  "started from; someone changed it since. Nothing was written.")
                                     : QCoreApplication::translate("AdWriteRun",
                                         "The bid cap of “%1” is %2 on Meta now, not the %3 the proposal started "
                                         "from; someone changed it since. Nothing was written."))
                                 .arg(name, Money::format(now, currency), Money::format(m_from, currency));
        complete(adSet, u"skipped"_s, note);
        return;
    }
    if (!m_then.isEmpty())
        checkTarget(adSet);
    else
        write();
}

void AdWriteRun::checkTarget(const QJsonObject& source)
{
    // A shift lowers its source only when its target is still where the proposal found it, so a shift
    // is never left half done because someone changed the target meanwhile.
    const QString target = m_then.value(u"ad_set_id"_s).toString();
    const qint64 expected = m_then.value(u"from"_s).toInteger();
    m_client->adSet(target, this, [this, source, expected](const ApiError& e, const QJsonObject& adSet) {
        if (e.isError()) {
            fail(e);
            return;
        }
        const qint64 now = minorUnits(adSet.value(u"daily_budget"_s));
        const QString status = adSet.value(u"status"_s).toString();
        if (now == expected && status != u"ARCHIVED" && status != u"DELETED") {
            write();
            return;
        }
        const QString currency
            = Sql::scalar(m_ctx.db(), u"SELECT currency FROM ad_accounts WHERE connection_id = ?"_s, {m_connection.id})
                  .toString();
        complete(source, u"skipped"_s,
            QCoreApplication::translate("AdWriteRun",
                "The daily budget of “%1” is %2 on Meta now, not the %3 the shift started from; someone changed it "
                "since.")
                .arg(adSet.value(u"name"_s).toString(), Money::format(now, currency),
                    Money::format(expected, currency)));
    });
}

void AdWriteRun::write()
{
    MetaAdsClient::AdSetChange change;
    if (m_change == u"pause")
        change.status = u"PAUSED"_s;
    else if (m_change == u"resume")
        change.status = u"ACTIVE"_s;
    else if (m_change == u"budget")
        change.dailyBudget = m_to;
    else if (m_change == u"bid")
        change.bidAmount = m_to;
    else {
        fail(QCoreApplication::translate("AdWriteRun", "Quorum does not know the ad set change “%1”.").arg(m_change),
            false);
        return;
    }
    m_client->updateAdSet(m_adSetId, change, this, [this](const ApiError& e) {
        if (e.isError()) {
            fail(e);
            return;
        }
        // Meta answers {"success": true}; what it holds now is the answer worth keeping.
        m_client->adSet(m_adSetId, this, [this](const ApiError& e2, const QJsonObject& adSet) {
            if (e2.isError())
                fail(e2); // the retry reads first and finds the change made
            else
                complete(adSet, u"written"_s, {});
        });
    });
}

void AdWriteRun::complete(const QJsonObject& adSet, const QString& what, const QString& note)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    const QJsonObject answer{{u"status"_s, adSet.value(u"status"_s)},
        {u"daily_budget"_s, minorUnits(adSet.value(u"daily_budget"_s))},
        {u"bid_amount"_s, minorUnits(adSet.value(u"bid_amount"_s))}};
    try {
        Transaction tx(db, Transaction::Durable);
        // The workspace's copy follows the platform; a budget or bid written is a significant edit.
        Sql::exec(db,
            u"UPDATE ad_sets SET status = ?, daily_budget_cents = ?, bid_amount_cents = ?, last_edit_at = CASE WHEN "
            u"? THEN ? ELSE last_edit_at END, updated_at = ? WHERE connection_id = ? AND remote_id = ?"_s,
            {answer.value(u"status"_s).toString(), answer.value(u"daily_budget"_s).toInteger(),
                answer.value(u"bid_amount"_s).toInteger(),
                what == u"written" && (m_change == u"budget" || m_change == u"bid"), now, now, m_connection.id,
                m_adSetId});
        if (m_proposal > 0 && !m_then.isEmpty() && what != u"skipped") {
            // The first of two changes: the second follows; the proposal runs on.
            AdJobs::record(db, m_proposal,
                QJsonObject{{u"step%1"_s.arg(m_step),
                    QJsonObject{{u"ad_set_id"_s, m_adSetId}, {u"platform"_s, answer}, {u"outcome"_s, what}}}},
                now);
            AdSync::queueApply(db, m_connection.id, m_proposal, m_then.value(u"ad_set_id"_s).toString(),
                m_then.value(u"change"_s).toString(), m_then.value(u"from"_s).toInteger(),
                m_then.value(u"to"_s).toInteger(), now, {}, m_step + 1);
            Sql::exec(db,
                u"UPDATE action_proposals SET execution_state = 'running', execution_error = '', updated_at = ? WHERE "
                u"id = ?"_s,
                {now, m_proposal});
        } else if (m_proposal > 0) {
            QString said = note;
            if (what == u"skipped" && !m_then.isEmpty())
                said += u' ' + QCoreApplication::translate("AdWriteRun", "The shift stopped there: nothing was moved.");
            else if (what == u"skipped" && m_step > 1)
                said += u' '
                    + QCoreApplication::translate("AdWriteRun",
                        "The other ad set's budget was already lowered by this shift: raise it again on Meta if it "
                        "should keep its budget.");
            QJsonObject values{{u"platform"_s, answer}, {u"outcome"_s, what}};
            if (!said.isEmpty())
                values.insert(u"note"_s, said);
            AdJobs::record(db, m_proposal, values, now);
            Sql::exec(db,
                u"UPDATE action_proposals SET execution_state = 'done', execution_error = ?, ran_at = ?, updated_at = "
                u"? "
                u"WHERE id = ?"_s,
                {said, now, now, m_proposal});
        }
        AuditLog::append(db, now, QString(AdProposals::Agent), u"ads.%1"_s.arg(what),
            u"connection:%1"_s.arg(m_connection.id),
            QJsonObject{{u"ad_set"_s, m_adSetId}, {u"name"_s, adSet.value(u"name"_s)}, {u"change"_s, m_change},
                {u"from"_s, m_from}, {u"to"_s, m_to}, {u"platform"_s, answer}, {u"proposal"_s, m_proposal},
                {u"note"_s, note}});
        if (!JobQueue::complete(
                db, m_job.id, m_ctx.owner(), QJsonObject{{u"outcome"_s, what}, {u"platform"_s, answer}}, now)) {
            finish(JobOutcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    qCInfo(lcPipeline) << "ad set" << m_adSetId << m_change << what << note;
    if (m_ctx.bus()) {
        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_connection.id}, true);
        m_ctx.bus()->publishChanged(EventBus::Topic::Proposals, {m_proposal}, false);
    }
    finish(JobOutcome::Done, note);
}

void AdWriteRun::fail(const ApiError& e)
{
    fail(AdJobs::explain(e, m_connection,
             QCoreApplication::translate("AdWriteRun", "Meta did not take the change to “%1”: %2")
                 .arg(m_name, AdJobs::said(e))),
        AdJobs::retryable(e), e.retryAfterMs);
}

void AdWriteRun::fail(const QString& message, bool retryable, qint64 retryAfterMs)
{
    // The second change of a shift: its first is made, and the proposal says so.
    const QString said = m_step > 1 ? message + u' '
            + QCoreApplication::translate(
                "AdWriteRun", "The first half of this shift is done: the other ad set's budget was lowered.")
                                    : message;
    AdJobRun::fail(said, retryable, retryAfterMs, QJsonObject{{u"ad_set"_s, m_adSetId}});
}
