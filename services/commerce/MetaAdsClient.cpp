#include "MetaAdsClient.h"

#include "core/Json.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{

// The same purchase appears under several action types; count one of them.
const QStringList kPurchaseTypes{u"omni_purchase"_s, u"offsite_conversion.fb_pixel_purchase"_s, u"purchase"_s};

QString pick(const QJsonArray& actions)
{
    for (const QString& type : kPurchaseTypes) {
        for (const QJsonValue& v : actions) {
            if (v.toObject().value(u"action_type"_s).toString() == type)
                return v.toObject().value(u"value"_s).toString();
        }
    }
    return {};
}

} // namespace

MetaAdsClient::MetaAdsClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent)
    : RestClient(caller, runtime, u"Meta Ads"_s, parent)
    , m_config(config)
{ }

QUrl MetaAdsClient::url(const QString& path) const
{
    QString base = m_config.graphUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + u'/' + m_config.apiVersion + u'/' + path);
}

ApiError MetaAdsClient::classify(const HttpResponse& r) const
{
    QString parseError;
    const auto doc = Json::parseObject(r.body, &parseError);
    if (r.status >= 200 && r.status < 300 && doc && !doc->contains(u"error"_s))
        return {};
    if (!doc)
        return errorFor(r.status >= 200 && r.status < 300 ? ErrorClass::Transient : classForStatus(r.status), r.status,
            QString(),
            QCoreApplication::translate("MetaAdsClient", "the answer could not be read: %1").arg(parseError));
    const QJsonObject err = doc->value(u"error"_s).toObject();
    const int code = err.value(u"code"_s).toInt();
    const int subcode = err.value(u"error_subcode"_s).toInt();
    ErrorClass cls = classForStatus(r.status);
    if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014))
        cls = ErrorClass::RateLimited; // in the body, whatever the HTTP status says
    else if (code == 1 || code == 2 || err.value(u"is_transient"_s).toBool())
        cls = ErrorClass::Transient;
    else if (code == 190)
        cls = ErrorClass::Auth;
    else if (code == 10 || (code >= 200 && code <= 299) || code == 368)
        cls = ErrorClass::Permission;
    else if (code == 100)
        cls = ErrorClass::InvalidRequest;
    QString message = err.value(u"error_user_msg"_s).toString();
    if (message.isEmpty())
        message = err.value(u"message"_s).toString();
    ApiError e = errorFor(
        cls, r.status, QString::number(code) + (subcode ? u"/"_s + QString::number(subcode) : QString()), message);
    if (cls == ErrorClass::RateLimited) {
        // X-Business-Use-Case-Usage says how long (minutes) until calls are accepted again.
        qint64 wait = -1;
        const auto usage = Json::parseObject(r.header("x-business-use-case-usage"), nullptr);
        if (usage) {
            for (auto it = usage->begin(); it != usage->end(); ++it) {
                for (const QJsonValue& v : it.value().toArray())
                    wait = std::max<qint64>(
                        wait, v.toObject().value(u"estimated_time_to_regain_access"_s).toInteger() * 60'000);
            }
        }
        e.retryAfterMs = wait > 0 ? wait : Retry::retryAfterMs(r, 0);
    }
    return e;
}

MetaAdsClient::InsightRow MetaAdsClient::parseRow(const QJsonObject& row, const QString& level)
{
    InsightRow out;
    out.id = row.value(level + u"_id"_s).toString();
    out.name = row.value(level + u"_name"_s).toString();
    out.dateStart = QDate::fromString(row.value(u"date_start"_s).toString(), Qt::ISODate);
    out.dateStop = QDate::fromString(row.value(u"date_stop"_s).toString(), Qt::ISODate);
    // All numbers arrive as strings; spend is in the account currency's major units.
    out.spendCents = Money::parse(row.value(u"spend"_s).toString()).value_or(0);
    out.purchaseValueCents = Money::parse(pick(row.value(u"action_values"_s).toArray())).value_or(0);
    out.purchases = pick(row.value(u"actions"_s).toArray()).toInt();
    out.purchaseRoas = pick(row.value(u"purchase_roas"_s).toArray()).toDouble();
    out.impressions = row.value(u"impressions"_s).toString().toLongLong();
    out.clicks = row.value(u"clicks"_s).toString().toLongLong();
    out.campaignId = row.value(u"campaign_id"_s).toString();
    out.reach = row.value(u"reach"_s).toString().toLongLong();
    out.frequency = row.value(u"frequency"_s).toString().toDouble();
    // With action_attribution_windows, each action carries its count per window beside "value".
    const auto perWindow = [](const QJsonArray& actions, const QString& window) {
        for (const QString& type : kPurchaseTypes) {
            for (const QJsonValue& v : actions) {
                const QJsonObject a = v.toObject();
                if (a.value(u"action_type"_s).toString() == type)
                    return a.value(window).toString();
            }
        }
        return QString();
    };
    for (const QString& window : {u"1d_click"_s, u"7d_click"_s, u"1d_view"_s}) {
        const QString count = perWindow(row.value(u"actions"_s).toArray(), window);
        const QString value = perWindow(row.value(u"action_values"_s).toArray(), window);
        if (count.isEmpty() && value.isEmpty())
            continue;
        out.windows.insert(window, QJsonArray{count.toLongLong(), Money::parse(value).value_or(0)});
    }
    return out;
}

HttpRequest MetaAdsClient::get(const QUrl& u) const
{
    HttpRequest h;
    h.url = u;
    h.setHeader("Authorization", "Bearer " + m_config.accessToken.toUtf8());
    return h;
}

QUrl MetaAdsClient::edgeUrl(const QString& edge, const QList<std::pair<QString, QString>>& query) const
{
    QUrl u = url(u"act_"_s + m_config.adAccountId + (edge.isEmpty() ? QString() : u"/"_s + edge));
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    u.setQuery(q);
    return u;
}

QUrl MetaAdsClient::dailyInsightsUrl(const QString& level, const QDate& since, const QDate& until) const
{
    return edgeUrl(u"insights"_s,
        {{u"level"_s, level},
            {u"fields"_s,
                u"%1_id,%1_name,campaign_id,campaign_name,spend,impressions,clicks,reach,frequency,actions,action_values"_s
                    .arg(level)},
            {u"action_attribution_windows"_s, u"[\"7d_click\",\"1d_view\"]"_s},
            {u"time_range"_s,
                Json::compact(
                    QJsonObject{{u"since"_s, since.toString(Qt::ISODate)}, {u"until"_s, until.toString(Qt::ISODate)}})},
            {u"time_increment"_s, u"1"_s}, {u"limit"_s, u"500"_s}});
}

void MetaAdsClient::page(const QUrl& pageUrl, QObject* context, PageDone done)
{
    run(
        u"meta.page"_s, [this, pageUrl] { return get(pageUrl); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            if (e.isError()) {
                done(e, {}, {});
                return;
            }
            const QString next = doc.object().value(u"paging"_s).toObject().value(u"next"_s).toString();
            done({}, doc.object().value(u"data"_s).toArray(), QUrl(next));
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::account(QObject* context, std::function<void(const ApiError&, const QJsonObject&)> done)
{
    const QUrl u = edgeUrl({}, {{u"fields"_s, u"name,currency,timezone_name,account_status"_s}});
    run(
        u"meta.account"_s, [this, u] { return get(u); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::insights(const QString& level, const QDate& since, const QDate& until, QObject* context,
    std::function<void(const ApiError&, const QList<InsightRow>&)> done)
{
    QUrl u = url(u"act_"_s + m_config.adAccountId + u"/insights"_s);
    QUrlQuery q;
    q.addQueryItem(u"level"_s, level);
    q.addQueryItem(
        u"fields"_s, u"%1_id,%1_name,spend,purchase_roas,actions,action_values,impressions,clicks"_s.arg(level));
    q.addQueryItem(u"time_range"_s,
        QString::fromLatin1(QUrl::toPercentEncoding(Json::compact(
            QJsonObject{{u"since"_s, since.toString(Qt::ISODate)}, {u"until"_s, until.toString(Qt::ISODate)}}))));
    q.addQueryItem(u"time_increment"_s, u"1"_s);
    q.addQueryItem(u"limit"_s, u"500"_s);
    u.setQuery(q);
    fetchPage(u, level, std::make_shared<QList<InsightRow>>(), 0, context, std::move(done));
}

void MetaAdsClient::fetchPage(const QUrl& pageUrl, const QString& level, std::shared_ptr<QList<InsightRow>> rows,
    int page, QObject* context, std::function<void(const ApiError&, const QList<InsightRow>&)> done)
{
    run(
        u"meta.insights"_s, [this, pageUrl] { return get(pageUrl); }, true, context,
        [this, level, rows, page, context, done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            if (e.isError()) {
                done(e, *rows);
                return;
            }
            for (const QJsonValue& v : doc.object().value(u"data"_s).toArray())
                rows->append(parseRow(v.toObject(), level));
            const QString next = doc.object().value(u"paging"_s).toObject().value(u"next"_s).toString();
            if (!next.isEmpty() && page < 50)
                fetchPage(QUrl(next), level, rows, page + 1, context, done);
            else
                done({}, *rows);
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::adSet(
    const QString& adSetId, QObject* context, std::function<void(const ApiError&, const QJsonObject&)> done)
{
    QUrl u = url(adSetId);
    u.setQuery(QUrlQuery{{u"fields"_s, u"id,name,status,effective_status,daily_budget,bid_amount"_s}});
    run(
        u"meta.adset"_s, [this, u] { return get(u); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::updateAdSet(
    const QString& adSetId, const AdSetChange& change, QObject* context, std::function<void(const ApiError&)> done)
{
    QUrlQuery form;
    if (change.status)
        form.addQueryItem(u"status"_s, *change.status);
    if (change.dailyBudget)
        form.addQueryItem(u"daily_budget"_s, QString::number(*change.dailyBudget)); // minor units: 2000 = 20.00
    if (change.bidAmount)
        form.addQueryItem(u"bid_amount"_s, QString::number(*change.bidAmount));
    const QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
    run(
        u"meta.update_adset"_s, [this, adSetId, body] { return post(url(adSetId), body); },
        // Not retried blindly: an answer that never came may hide a change made; the caller reads first.
        false, context, [done](const ApiError& e, const QJsonDocument&, const HttpResponse&) { done(e); },
        [this](const HttpResponse& r) { return classify(r); });
}

HttpRequest MetaAdsClient::post(const QUrl& u, const QByteArray& form) const
{
    HttpRequest h = get(u);
    h.method = "POST";
    h.setHeader("Content-Type", "application/x-www-form-urlencoded");
    h.body = form;
    return h;
}

void MetaAdsClient::create(
    const QString& edge, const Form& form, QObject* context, std::function<void(const ApiError&, const QString&)> done)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    const QUrl u = url(u"act_"_s + m_config.adAccountId + u'/' + edge);
    run(
        u"meta.create"_s, [this, u, body] { return post(u, body); }, false, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            done(e, e.isError() ? QString() : doc.object().value(u"id"_s).toString());
        },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::setStatus(
    const QString& id, const QString& status, QObject* context, std::function<void(const ApiError&)> done)
{
    const QByteArray body = "status=" + QUrl::toPercentEncoding(status);
    run(
        u"meta.status"_s, [this, id, body] { return post(url(id), body); }, true, context,
        [done](const ApiError& e, const QJsonDocument&, const HttpResponse&) { done(e); },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::node(const QString& id, const QString& fields, QObject* context,
    std::function<void(const ApiError&, const QJsonObject&)> done)
{
    QUrl u = url(id);
    u.setQuery(QUrlQuery{{u"fields"_s, fields}});
    run(
        u"meta.node"_s, [this, u] { return get(u); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) { done(e, doc.object()); },
        [this](const HttpResponse& r) { return classify(r); });
}

void MetaAdsClient::named(const QString& parent, const QString& edge, const QString& name, QObject* context,
    std::function<void(const ApiError&, const QJsonArray&)> done)
{
    QUrl u = url((parent.isEmpty() ? u"act_"_s + m_config.adAccountId : parent) + u'/' + edge);
    QUrlQuery q;
    q.addQueryItem(u"fields"_s, u"id,name,status,created_time"_s);
    q.addQueryItem(u"filtering"_s,
        QString::fromLatin1(QUrl::toPercentEncoding(Json::compact(
            QJsonArray{QJsonObject{{u"field"_s, u"name"_s}, {u"operator"_s, u"EQUAL"_s}, {u"value"_s, name}}}))));
    q.addQueryItem(u"limit"_s, u"50"_s);
    u.setQuery(q);
    run(
        u"meta.named"_s, [this, u] { return get(u); }, true, context,
        [done](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            done(e, doc.object().value(u"data"_s).toArray());
        },
        [this](const HttpResponse& r) { return classify(r); });
}
