// Creating campaigns, ad sets, creatives and ads in the sandbox's ad account, checked as Meta checks
// them (the fields a launch needs, Meta's (#100) errors for what is missing or wrong).
#include "AdAccount.h"

#include "core/Json.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace
{
const QStringList kStatuses{u"ACTIVE"_s, u"PAUSED"_s};
const QStringList kObjectives{u"OUTCOME_SALES"_s, u"OUTCOME_TRAFFIC"_s, u"OUTCOME_AWARENESS"_s, u"OUTCOME_ENGAGEMENT"_s,
    u"OUTCOME_LEADS"_s, u"OUTCOME_APP_PROMOTION"_s};
const QStringList kGoals{
    u"OFFSITE_CONVERSIONS"_s, u"LINK_CLICKS"_s, u"LANDING_PAGE_VIEWS"_s, u"IMPRESSIONS"_s, u"REACH"_s, u"VALUE"_s};

QString missing(const QString& field)
{
    return u"(#100) The parameter %1 is required"_s.arg(field);
}
} // namespace

QString AdAccount::nextId(const QString& prefix)
{
    return prefix + QString::number(900000 + ++m_created);
}

bool AdAccount::delivers(const AdSet& a) const
{
    if (!a.launched)
        return true;
    bool campaign = false;
    for (const Campaign& c : m_campaigns)
        campaign = campaign || (c.id == a.campaignId && c.status == u"ACTIVE");
    bool ad = false;
    for (const Ad& x : m_ads)
        ad = ad || (x.adSetId == a.id && x.status == u"ACTIVE");
    return campaign && ad;
}

QJsonObject AdAccount::adJson(const Ad& a) const
{
    return QJsonObject{{u"id"_s, a.id}, {u"name"_s, a.name}, {u"adset_id"_s, a.adSetId},
        {u"creative"_s, QJsonObject{{u"id"_s, a.creativeId}}}, {u"status"_s, a.status},
        {u"effective_status"_s, a.status}, {u"created_time"_s, graphTime(a.created)}};
}

QString AdAccount::create(const QString& edge, const QUrlQuery& form, QString* why)
{
    const auto value = [&](const QString& key) { return form.queryItemValue(key, QUrl::FullyDecoded).trimmed(); };
    const QString name = value(u"name"_s);
    const QString status = value(u"status"_s).isEmpty() ? u"ACTIVE"_s : value(u"status"_s);
    if (name.isEmpty()) {
        *why = missing(u"name"_s);
        return {};
    }
    if (edge != u"adcreatives" && !kStatuses.contains(status)) {
        *why = u"(#100) Param status must be one of {ACTIVE, PAUSED}"_s;
        return {};
    }
    // Meta stamps objects with its own clock.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (edge == u"campaigns") {
        if (!kObjectives.contains(value(u"objective"_s))) {
            *why = u"(#100) Param objective must be one of {%1}"_s.arg(kObjectives.join(u", "_s));
            return {};
        }
        if (!form.hasQueryItem(u"special_ad_categories"_s)) {
            *why = missing(u"special_ad_categories"_s);
            return {};
        }
        const QString id = nextId(u"1202100"_s);
        m_campaigns.append({id, name, value(u"objective"_s), status, now});
        return id;
    }
    if (edge == u"adsets") {
        const QString campaign = value(u"campaign_id"_s);
        bool found = false;
        for (const Campaign& c : m_campaigns)
            found = found || c.id == campaign;
        if (!found) {
            *why = u"(#100) Invalid parameter: campaign_id"_s;
            return {};
        }
        bool ok = false;
        const qint64 budget = value(u"daily_budget"_s).toLongLong(&ok);
        if (!ok || budget < 100) {
            *why = u"(#100) Invalid parameter: daily_budget"_s;
            return {};
        }
        if (value(u"billing_event"_s) != u"IMPRESSIONS") {
            *why = u"(#100) Param billing_event must be one of {IMPRESSIONS}"_s;
            return {};
        }
        if (!kGoals.contains(value(u"optimization_goal"_s))) {
            *why = u"(#100) Invalid parameter: optimization_goal"_s;
            return {};
        }
        const QJsonObject targeting = Json::objectFromString(value(u"targeting"_s));
        if (targeting.value(u"geo_locations"_s).toObject().value(u"countries"_s).toArray().isEmpty()) {
            *why = u"(#100) Targeting spec must include geo_locations with countries"_s;
            return {};
        }
        AdSet a;
        a.id = nextId(u"2384"_s);
        a.campaignId = campaign;
        a.name = name;
        a.roas = 1.8 + random(name, {}, 6) * 1.6;
        a.started = today();
        a.learning = true;
        a.cpmCents = 700 + static_cast<qint64>(random(a.id, {}, 1) * 500);
        a.ctr = 0.008 + random(a.id, {}, 2) * 0.012;
        a.orderCents = 4000 + static_cast<qint64>(random(a.id, {}, 3) * 3000);
        a.changes.append({today(), status, budget});
        a.launched = true;
        a.optimizationGoal = value(u"optimization_goal"_s);
        a.targeting = targeting;
        a.created = now;
        m_adSets.append(a);
        return a.id;
    }
    if (edge == u"adcreatives") {
        const QJsonObject spec = Json::objectFromString(value(u"object_story_spec"_s));
        if (spec.value(u"page_id"_s).toString() != m_options.pageId) {
            *why = u"(#100) Param object_story_spec[page_id] must be a valid Page ID you can advertise for"_s;
            return {};
        }
        const QJsonObject link = spec.value(u"link_data"_s).toObject();
        const QUrl url(link.value(u"link"_s).toString());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            *why = u"(#100) The link in object_story_spec[link_data][link] is not a valid URL"_s;
            return {};
        }
        const QString id = nextId(u"2385"_s);
        m_creatives.append({id, name, spec, now});
        return id;
    }
    if (edge == u"ads") {
        const QString adSet = value(u"adset_id"_s);
        if (adSet.isEmpty() || this->adSet(adSet).isEmpty()) {
            *why = u"(#100) Invalid parameter: adset_id"_s;
            return {};
        }
        const QString creative = Json::objectFromString(value(u"creative"_s)).value(u"creative_id"_s).toString();
        bool found = false;
        for (const Creative& c : m_creatives)
            found = found || c.id == creative;
        if (!found) {
            *why = u"(#100) Invalid parameter: creative"_s;
            return {};
        }
        const QString id = nextId(u"2386"_s);
        m_ads.append({id, adSet, name, creative, status, now});
        return id;
    }
    *why = u"(#100) Unsupported post request"_s;
    return {};
}

QJsonObject AdAccount::node(const QString& id) const
{
    for (const Campaign& c : m_campaigns)
        if (c.id == id)
            return campaignJson(c);
    if (const QJsonObject a = adSet(id); !a.isEmpty())
        return a;
    for (const Creative& c : m_creatives)
        if (c.id == id)
            return QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"object_story_spec"_s, c.spec}};
    for (const Ad& a : m_ads)
        if (a.id == id)
            return adJson(a);
    return {};
}

QJsonArray AdAccount::list(const QString& parent, const QString& edge, const QString& name) const
{
    QJsonArray all;
    if (edge == u"campaigns" && parent.isEmpty())
        all = campaigns();
    else if (edge == u"adsets" && parent.isEmpty())
        all = adSets();
    else if (edge == u"adsets") {
        for (const AdSet& a : m_adSets)
            if (a.campaignId == parent)
                all.append(adSet(a.id));
    } else if (edge == u"adcreatives" && parent.isEmpty()) {
        for (const Creative& c : m_creatives)
            all.append(node(c.id));
    } else if (edge == u"ads") {
        for (const Ad& a : m_ads)
            if (parent.isEmpty() || a.adSetId == parent)
                all.append(adJson(a));
    }
    if (name.isEmpty())
        return all;
    QJsonArray out;
    for (const QJsonValue& v : all)
        if (v.toObject().value(u"name"_s).toString() == name)
            out.append(v);
    return out;
}
