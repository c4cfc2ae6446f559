#include "AdLaunchRun.h"

#include "AdJobs.h"
#include "AdProposals.h"
#include "AdSync.h"
#include "audit/AuditLog.h"
#include "commerce/MetaAdsClient.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
using Step = AdLaunchRun::Step;

// Where each step keeps the id Meta gave, and the edge it is created on.
QString key(Step step)
{
    switch (step) {
    case Step::Campaign:
        return u"campaign_id"_s;
    case Step::AdSet:
        return u"ad_set_id"_s;
    case Step::Creative:
        return u"creative_id"_s;
    case Step::Ad:
        return u"ad_id"_s;
    case Step::Activate:
    case Step::Done:
        break;
    }
    return {};
}

QString edge(Step step)
{
    switch (step) {
    case Step::Campaign:
        return u"campaigns"_s;
    case Step::AdSet:
        return u"adsets"_s;
    case Step::Creative:
        return u"adcreatives"_s;
    case Step::Ad:
        return u"ads"_s;
    case Step::Activate:
    case Step::Done:
        break;
    }
    return {};
}

// A campaign Meta made at most this long before the launch first asked for one still counts as the
// launch's own (the two clocks may differ a little).
constexpr qint64 kClockSlackMs = 15 * 60'000;
} // namespace

AdLaunchRun::AdLaunchRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : AdJobRun(ctx, job, parent)
    , m_spec(job.payload)
{ }

void AdLaunchRun::run()
{
    try {
        m_state = Json::objectFromString(
            Sql::scalar(m_ctx.db(), u"SELECT executed_parameters FROM action_proposals WHERE id = ?"_s, {m_proposal})
                .toString())
                      .value(u"launch"_s)
                      .toObject();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    if (m_connection.pageId.trimmed().isEmpty()) {
        fail(QCoreApplication::translate("AdLaunchRun",
                 "An ad needs the Facebook Page it runs as: enter the Page ID of %1 in Settings → Connections, then "
                 "propose the launch again.")
                 .arg(m_connection.name),
            false);
        return;
    }
    next();
}

Step AdLaunchRun::nextStep() const
{
    for (Step s : {Step::Campaign, Step::AdSet, Step::Creative, Step::Ad})
        if (m_state.value(key(s)).toString().isEmpty())
            return s;
    return m_state.value(u"active"_s).toBool() ? Step::Done : Step::Activate;
}

QString AdLaunchRun::nameOf(Step step) const
{
    const QString name = m_spec.value(u"name"_s).toString();
    QStringList countries;
    for (const QJsonValue& c : m_spec.value(u"countries"_s).toArray())
        countries.append(c.toString());
    switch (step) {
    case Step::AdSet:
        return u"%1 – %2"_s.arg(name, countries.join(u", "_s));
    case Step::Creative:
        return u"%1 · Quorum #%2"_s.arg(name).arg(m_proposal);
    case Step::Campaign:
    case Step::Ad:
    case Step::Activate:
    case Step::Done:
        break;
    }
    return name;
}

void AdLaunchRun::next()
{
    if (finished())
        return;
    const Step step = nextStep();
    if (step == Step::Activate) {
        activate(0);
        return;
    }
    if (step == Step::Done) {
        complete();
        return;
    }
    // A campaign is looked for only when an earlier attempt may have made it; the other objects always
    // (their parent, or for the creative its name, is this launch's alone).
    if (step == Step::Campaign && m_state.value(u"campaign_tried_at"_s).toInteger() == 0) {
        QJsonObject state = m_state;
        state.insert(u"campaign_tried_at"_s, m_ctx.clock()->nowMs());
        if (!save(state))
            return;
        create(step);
        return;
    }
    look(step);
}

void AdLaunchRun::look(Step step)
{
    const QString parent = step == Step::AdSet ? m_state.value(u"campaign_id"_s).toString()
        : step == Step::Ad                     ? m_state.value(u"ad_set_id"_s).toString()
                                               : QString();
    m_client->named(parent, edge(step), nameOf(step), this, [this, step](const ApiError& e, const QJsonArray& found) {
        if (e.isError()) {
            fail(e,
                QCoreApplication::translate("AdLaunchRun", "Meta did not list what the launch made so far: %1")
                    .arg(AdJobs::said(e)));
            return;
        }
        const qint64 since = m_state.value(u"campaign_tried_at"_s).toInteger() - kClockSlackMs;
        for (const QJsonValue& v : found) {
            const QJsonObject o = v.toObject();
            if (step == Step::Campaign && AdSync::parseTime(o.value(u"created_time"_s).toString()) < since)
                continue;
            saved(step, o.value(u"id"_s).toString());
            return;
        }
        create(step);
    });
}

void AdLaunchRun::create(Step step)
{
    MetaAdsClient::Form form{{u"name"_s, nameOf(step)}};
    QStringList countries;
    for (const QJsonValue& c : m_spec.value(u"countries"_s).toArray())
        countries.append(c.toString());
    switch (step) {
    case Step::Campaign:
        form.append({u"objective"_s, u"OUTCOME_SALES"_s});
        form.append({u"special_ad_categories"_s, u"[]"_s});
        form.append({u"status"_s, u"PAUSED"_s});
        break;
    case Step::AdSet:
        form.append({u"campaign_id"_s, m_state.value(u"campaign_id"_s).toString()});
        form.append({u"daily_budget"_s, QString::number(m_spec.value(u"daily_budget"_s).toInteger())});
        form.append({u"billing_event"_s, u"IMPRESSIONS"_s});
        // Without a pixel Quorum knows of, the ad set optimises for clicks to the shop.
        form.append({u"optimization_goal"_s, u"LINK_CLICKS"_s});
        form.append({u"bid_strategy"_s, u"LOWEST_COST_WITHOUT_CAP"_s});
        form.append({u"targeting"_s,
            Json::compact(QJsonObject{
                {u"geo_locations"_s, QJsonObject{{u"countries"_s, QJsonArray::fromStringList(countries)}}}})});
        form.append({u"status"_s, u"PAUSED"_s});
        break;
    case Step::Creative:
        form.append({u"object_story_spec"_s,
            Json::compact(QJsonObject{{u"page_id"_s, m_connection.pageId.trimmed()},
                {u"link_data"_s,
                    QJsonObject{{u"link"_s, m_spec.value(u"link"_s)}, {u"message"_s, m_spec.value(u"text"_s)},
                        {u"name"_s, m_spec.value(u"name"_s)}}}})});
        break;
    case Step::Ad:
        form.append({u"adset_id"_s, m_state.value(u"ad_set_id"_s).toString()});
        form.append({u"creative"_s, Json::compact(QJsonObject{{u"creative_id"_s, m_state.value(u"creative_id"_s)}})});
        form.append({u"status"_s, u"PAUSED"_s});
        break;
    case Step::Activate:
    case Step::Done:
        return;
    }
    m_client->create(edge(step), form, this, [this, step](const ApiError& e, const QString& id) {
        if (e.isError() || id.isEmpty()) {
            if (!e.isError()) {
                fail(QCoreApplication::translate("AdLaunchRun", "Meta made no id for “%1”.").arg(nameOf(step)), true);
                return;
            }
            fail(e,
                QCoreApplication::translate("AdLaunchRun", "Meta did not create “%1”: %2")
                    .arg(nameOf(step), AdJobs::said(e)));
            return;
        }
        saved(step, id);
    });
}

void AdLaunchRun::saved(Step step, const QString& id)
{
    QJsonObject state = m_state;
    state.insert(key(step), id);
    if (save(state))
        next();
}

bool AdLaunchRun::save(const QJsonObject& state)
{
    try {
        Transaction tx(m_ctx.db(), Transaction::Durable);
        AdJobs::record(m_ctx.db(), m_proposal, QJsonObject{{u"launch"_s, state}}, m_ctx.clock()->nowMs());
        tx.commit();
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return false;
    }
    m_state = state;
    return true;
}

void AdLaunchRun::activate(int index)
{
    // The ad set and the ad first, the campaign last: it starts spending only once all is in place.
    static const QStringList order{u"ad_set_id"_s, u"ad_id"_s, u"campaign_id"_s};
    if (index >= order.size()) {
        QJsonObject state = m_state;
        state.insert(u"active"_s, true);
        if (save(state))
            next();
        return;
    }
    m_client->setStatus(m_state.value(order.at(index)).toString(), u"ACTIVE"_s, this, [this, index](const ApiError& e) {
        if (e.isError()) {
            fail(e,
                QCoreApplication::translate("AdLaunchRun", "Meta did not switch on “%1”: %2")
                    .arg(m_spec.value(u"name"_s).toString(), AdJobs::said(e)));
            return;
        }
        activate(index + 1);
    });
}

void AdLaunchRun::complete()
{
    m_client->node(m_state.value(u"campaign_id"_s).toString(), u"id,name,status,effective_status,objective"_s, this,
        [this](const ApiError& e, const QJsonObject& campaign) {
            if (e.isError()) {
                fail(e,
                    QCoreApplication::translate("AdLaunchRun", "Meta did not show the launched campaign: %1")
                        .arg(AdJobs::said(e)));
                return;
            }
            m_client->adSet(m_state.value(u"ad_set_id"_s).toString(), this,
                [this, campaign](const ApiError& e2, const QJsonObject& adSet) {
                    if (e2.isError()) {
                        fail(e2,
                            QCoreApplication::translate("AdLaunchRun", "Meta did not show the launched ad set: %1")
                                .arg(AdJobs::said(e2)));
                        return;
                    }
                    const QSqlDatabase db = m_ctx.db();
                    const qint64 now = m_ctx.clock()->nowMs();
                    const QJsonObject answer{{u"campaign"_s, campaign}, {u"ad_set"_s, adSet}};
                    try {
                        Transaction tx(db, Transaction::Durable);
                        const QString currency = Sql::scalar(
                            db, u"SELECT currency FROM ad_accounts WHERE connection_id = ?"_s, {m_connection.id})
                                                     .toString();
                        // The workspace shows the campaign at once; its figures come with the next syncs.
                        AdSync::Write::campaigns(db, m_connection.id,
                            currency.isEmpty() ? m_spec.value(u"currency"_s).toString() : currency, {campaign}, now);
                        QJsonObject withCampaign = adSet;
                        withCampaign.insert(u"campaign_id"_s, campaign.value(u"id"_s));
                        AdSync::Write::adSets(db, m_connection.id, {withCampaign}, now);
                        Sql::exec(db,
                            u"UPDATE campaigns SET daily_budget_cents = ?, started_on = COALESCE(started_on, ?), "
                            u"status = 'learning', product_id = COALESCE((SELECT product_id FROM action_proposals "
                            u"WHERE id = ?), product_id) WHERE connection_id = ? AND external_id = ?"_s,
                            {m_spec.value(u"daily_budget"_s).toInteger(),
                                QDateTime::fromMSecsSinceEpoch(now).date().toString(Qt::ISODate), m_proposal,
                                m_connection.id, campaign.value(u"id"_s).toString()});
                        AdJobs::record(
                            db, m_proposal, QJsonObject{{u"platform"_s, answer}, {u"outcome"_s, u"launched"_s}}, now);
                        Sql::exec(db,
                            u"UPDATE action_proposals SET execution_state = 'done', execution_error = '', updated_at = "
                            u"? WHERE id = ?"_s,
                            {now, m_proposal});
                        AuditLog::append(db, now, QString(AdProposals::Agent), u"ads.launched"_s,
                            u"connection:%1"_s.arg(m_connection.id),
                            QJsonObject{{u"proposal"_s, m_proposal}, {u"launch"_s, m_state}, {u"platform"_s, answer}});
                        AdSync::queue(db, m_connection.id, now);
                        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(),
                                QJsonObject{{u"outcome"_s, u"launched"_s}, {u"launch"_s, m_state}}, now)) {
                            finish(JobOutcome::LostLease, {});
                            return;
                        }
                        tx.commit();
                    } catch (const SqlError& e3) {
                        fail(e3.message(), true);
                        return;
                    }
                    qCInfo(lcPipeline) << "campaign launched on Meta" << m_state;
                    if (m_ctx.bus()) {
                        m_ctx.bus()->publishChanged(EventBus::Topic::Campaigns, {m_connection.id}, true);
                        m_ctx.bus()->publishChanged(EventBus::Topic::Proposals, {m_proposal}, false);
                    }
                    finish(JobOutcome::Done, {});
                });
        });
}

void AdLaunchRun::fail(const ApiError& e, const QString& doing)
{
    fail(AdJobs::explain(e, m_connection, doing), AdJobs::retryable(e), e.retryAfterMs);
}

void AdLaunchRun::fail(const QString& message, bool retryable, qint64 retryAfterMs)
{
    AdJobRun::fail(
        message, retryable, retryAfterMs, QJsonObject{{u"launch"_s, m_state}, {u"name"_s, m_spec.value(u"name"_s)}});
}
