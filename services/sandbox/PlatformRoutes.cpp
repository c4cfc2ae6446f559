#include "PlatformRoutes.h"

#include "core/Json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{
constexpr double kBucketMax = 1000;
constexpr double kRestoreRate = 50;

QByteArray json(const QJsonObject& o)
{
    return Json::canonical(o);
}
} // namespace

PlatformRoutes::PlatformRoutes(const SandboxCredentials* credentials, std::function<QString()> baseUrl)
    : m_credentials(credentials)
    , m_baseUrl(std::move(baseUrl))
{ }

QJsonObject PlatformRoutes::seedShopifyProduct(const QJsonObject& product)
{
    m_catalog.setShopUrl(m_baseUrl());
    return m_catalog.seed(product);
}

void PlatformRoutes::reset()
{
    m_catalog.clear();
    m_adSets.clear();
    m_bucket = kBucketMax;
    m_bucketAt = 0;
}

void PlatformRoutes::refill()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_bucketAt > 0)
        m_bucket = std::min(kBucketMax, m_bucket + static_cast<double>(now - m_bucketAt) * kRestoreRate / 1000.0);
    m_bucketAt = now;
}

QJsonObject PlatformRoutes::cost(double requested, double actual) const
{
    return QJsonObject{{u"cost"_s,
        QJsonObject{{u"requestedQueryCost"_s, requested},
            {u"actualQueryCost"_s, actual < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(actual)},
            {u"throttleStatus"_s,
                QJsonObject{{u"maximumAvailable"_s, kBucketMax}, {u"currentlyAvailable"_s, std::floor(m_bucket)},
                    {u"restoreRate"_s, kRestoreRate}}}}}};
}

void PlatformRoutes::shopify(const ServerRequest& r, const FaultPlan::Decision& fault, const Reply& reply)
{
    if (!m_credentials->shopifyToken.isEmpty()
        && r.header("x-shopify-access-token") != m_credentials->shopifyToken.toUtf8()) {
        reply->sendJson(401,
            json(QJsonObject{
                {u"errors"_s, u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s}}));
        return;
    }
    QString error;
    const auto body = Json::parseObject(r.body, &error);
    if (!body) {
        reply->sendJson(
            400, json(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, u"Parse error"_s}}}}}));
        return;
    }
    const QString query = body->value(u"query"_s).toString();
    const QJsonObject vars = body->value(u"variables"_s).toObject();
    const bool mutation = query.trimmed().startsWith(u"mutation"_s);
    const double requested = mutation ? 10 : 1;
    refill();
    if (fault.kind == u"shopify_throttled" || m_bucket < requested) {
        // Throttled arrives as HTTP 200 with no data.
        reply->sendJson(200,
            json(QJsonObject{{u"errors"_s,
                                 QJsonArray{QJsonObject{{u"message"_s, u"Throttled"_s},
                                     {u"extensions"_s,
                                         QJsonObject{{u"code"_s, u"THROTTLED"_s},
                                             {u"documentation"_s, u"https://shopify.dev/api/usage/rate-limits"_s}}}}}},
                {u"extensions"_s, cost(requested, -1)}}));
        return;
    }
    m_bucket -= requested;
    m_catalog.setShopUrl(m_baseUrl());
    QJsonObject data;
    if (query.contains(u"productSet("_s)) {
        const QJsonObject input = vars.value(u"input"_s).toObject();
        QJsonObject identifier = vars.value(u"identifier"_s).toObject();
        if (identifier.isEmpty())
            identifier = input.contains(u"id"_s) ? QJsonObject{{u"id"_s, input.value(u"id"_s)}}
                                                 : QJsonObject{{u"handle"_s, input.value(u"handle"_s)}};
        QJsonArray userErrors;
        const QJsonObject product = m_catalog.productSet(identifier, input, &userErrors);
        data.insert(u"productSet"_s,
            QJsonObject{{u"userErrors"_s, userErrors}, {u"productSetOperation"_s, QJsonValue::Null},
                {u"product"_s, userErrors.isEmpty() ? QJsonValue(product) : QJsonValue(QJsonValue::Null)}});
        if (fault.kind == u"timeout_after_create") {
            reply->stall();
            return;
        }
    } else if (query.contains(u"productByIdentifier"_s) || query.contains(u"productByHandle"_s)) {
        QJsonObject identifier = vars.value(u"identifier"_s).toObject();
        if (identifier.isEmpty())
            identifier = QJsonObject{{u"handle"_s, vars.value(u"handle"_s)}};
        const QJsonObject p = m_catalog.find(identifier);
        data.insert(query.contains(u"productByIdentifier"_s) ? u"productByIdentifier"_s : u"productByHandle"_s,
            p.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p));
    } else if (query.contains(u"productUpdate("_s)) {
        QJsonArray userErrors;
        const QJsonObject p = m_catalog.update(vars.value(u"input"_s).toObject(), &userErrors);
        data.insert(u"productUpdate"_s,
            QJsonObject{{u"userErrors"_s, userErrors},
                {u"product"_s, p.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p)}});
    } else if (query.contains(u"orders("_s) || query.contains(u"customers("_s) || query.contains(u"products("_s)) {
        // A store without a generated shop: empty connections, as a new store answers.
        const QString field = query.contains(u"orders("_s)
            ? u"orders"_s
            : (query.contains(u"customers("_s) ? u"customers"_s : u"products"_s);
        data.insert(field,
            QJsonObject{{u"nodes"_s, QJsonArray{}}, {u"edges"_s, QJsonArray{}},
                {u"pageInfo"_s, QJsonObject{{u"hasNextPage"_s, false}, {u"endCursor"_s, QJsonValue::Null}}}});
    } else if (query.contains(u"shop"_s)) {
        data.insert(u"shop"_s,
            QJsonObject{{u"name"_s, u"Sandbox Shopify store"_s}, {u"myshopifyDomain"_s, u"sandbox.myshopify.com"_s}});
    } else {
        reply->sendJson(200,
            json(QJsonObject{{u"errors"_s,
                QJsonArray{QJsonObject{{u"message"_s, u"Field doesn't exist on type"_s},
                    {u"extensions"_s, QJsonObject{{u"code"_s, u"undefinedField"_s}}}}}}}));
        return;
    }
    reply->sendJson(200, json(QJsonObject{{u"data"_s, data}, {u"extensions"_s, cost(requested, requested)}}));
}

bool PlatformRoutes::metaFault(const QString& kind, const FaultPlan::Decision& fault, const Reply& reply)
{
    if (kind == u"meta_17" || kind == u"429") {
        const int minutes = fault.retryAfterSeconds >= 60 ? (fault.retryAfterSeconds + 59) / 60 : 0;
        const QByteArray usage = Json::canonical(QJsonObject{{u"sandbox"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"ads_management"_s}, {u"call_count"_s, 100}, {u"total_cputime"_s, 40},
                {u"total_time"_s, 40}, {u"estimated_time_to_regain_access"_s, minutes}}}}});
        reply->sendJson(400,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"message"_s, u"User request limit reached"_s}, {u"type"_s, u"OAuthException"_s},
                    {u"code"_s, 17}, {u"error_subcode"_s, 2446079}, {u"is_transient"_s, true},
                    {u"fbtrace_id"_s, u"Sandbox"_s}}}}),
            {{"X-Business-Use-Case-Usage", usage}});
        return true;
    }
    if (kind == u"500") {
        reply->sendJson(500,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"message"_s, u"An unexpected error has occurred. Please retry your request later."_s},
                    {u"type"_s, u"OAuthException"_s}, {u"is_transient"_s, true}, {u"code"_s, 2},
                    {u"fbtrace_id"_s, u"Sandbox"_s}}}}));
        return true;
    }
    if (kind == u"401") {
        reply->sendJson(400,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"message"_s, u"Error validating access token: Session has expired."_s},
                    {u"type"_s, u"OAuthException"_s}, {u"code"_s, 190}, {u"error_subcode"_s, 463}}}}));
        return true;
    }
    return false;
}

void PlatformRoutes::sendPage(const ServerRequest& r, const QJsonArray& all, int pageSize, const Reply& reply)
{
    const QUrlQuery q(r.url);
    int limit = std::max(1, q.queryItemValue(u"limit"_s).toInt() > 0 ? q.queryItemValue(u"limit"_s).toInt() : 25);
    if (pageSize > 0)
        limit = std::min(limit, pageSize);
    const int after = q.queryItemValue(u"after"_s).toInt();
    QJsonArray rows;
    for (int i = after; i < all.size() && rows.size() < limit; ++i)
        rows.append(all.at(i));
    QJsonObject out{{u"data"_s, rows}};
    if (after + rows.size() < all.size()) {
        QUrlQuery nq(r.url);
        nq.removeAllQueryItems(u"after"_s);
        nq.addQueryItem(u"after"_s, QString::number(after + rows.size()));
        QUrl next(m_baseUrl() + r.path());
        next.setQuery(nq);
        out.insert(u"paging"_s,
            QJsonObject{{u"cursors"_s, QJsonObject{{u"after"_s, QString::number(after + rows.size())}}},
                {u"next"_s, next.toString()}});
    }
    reply->sendJson(200, json(out));
}

bool PlatformRoutes::adAccount(const ServerRequest& r, const QStringList& parts, int pageSize, const Reply& reply)
{
    if (!m_adAccount.isGenerated() || parts.size() < 2)
        return false;
    const auto invalid = [&](const QString& message) {
        reply->sendJson(400,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"message"_s, message}, {u"type"_s, u"OAuthException"_s}, {u"code"_s, 100},
                    {u"fbtrace_id"_s, u"Sandbox"_s}}}}));
    };
    const QUrlQuery query(r.url);
    // Meta's filtering=[{"field":"name","operator":"EQUAL","value":"…"}]: the one filter the sandbox knows.
    QString named;
    for (const QJsonValue& f : Json::arrayFromString(query.queryItemValue(u"filtering"_s, QUrl::FullyDecoded)))
        if (f.toObject().value(u"field"_s).toString() == u"name"
            && f.toObject().value(u"operator"_s).toString() == u"EQUAL")
            named = f.toObject().value(u"value"_s).toString();
    static const QStringList kEdges{u"campaigns"_s, u"adsets"_s, u"adcreatives"_s, u"ads"_s};
    if (parts.at(1) == u"act_"_s + m_adAccount.id()) {
        if (parts.size() == 2 && r.method == "GET") {
            reply->sendJson(200, json(m_adAccount.account()));
            return true;
        }
        if (parts.size() != 3)
            return false;
        const QString edge = parts.at(2);
        if (r.method == "POST" && kEdges.contains(edge)) {
            QString why;
            const QString id = m_adAccount.create(edge, QUrlQuery(QString::fromUtf8(r.body)), &why);
            if (id.isEmpty())
                invalid(why);
            else
                reply->sendJson(200, json(QJsonObject{{u"id"_s, id}}));
            return true;
        }
        if (r.method != "GET")
            return false;
        if (kEdges.contains(edge)) {
            sendPage(r, m_adAccount.list({}, edge, named), pageSize, reply);
            return true;
        }
        if (edge == u"insights") {
            const QString level
                = query.queryItemValue(u"level"_s).isEmpty() ? u"adset"_s : query.queryItemValue(u"level"_s);
            const QJsonObject range = Json::objectFromString(query.queryItemValue(u"time_range"_s, QUrl::FullyDecoded));
            const QDate since = QDate::fromString(range.value(u"since"_s).toString(), Qt::ISODate);
            const QDate until = QDate::fromString(range.value(u"until"_s).toString(), Qt::ISODate);
            if (!since.isValid() || !until.isValid() || since > until || since.daysTo(until) > 400) {
                invalid(u"(#100) Invalid time_range: since and until are required, at most 37 months apart"_s);
                return true;
            }
            sendPage(r, m_adAccount.insights(level, since, until), pageSize, reply);
            return true;
        }
        return false;
    }
    const QJsonObject node = m_adAccount.node(parts.at(1));
    if (node.isEmpty())
        return false;
    if (parts.size() == 3 && r.method == "GET" && (parts.at(2) == u"adsets" || parts.at(2) == u"ads")) {
        sendPage(r, m_adAccount.list(parts.at(1), parts.at(2), named), pageSize, reply);
        return true;
    }
    if (parts.size() != 2)
        return false;
    if (r.method == "GET") {
        reply->sendJson(200, json(node));
        return true;
    }
    if (r.method == "POST") {
        QString why;
        if (!m_adAccount.update(parts.at(1), QUrlQuery(QString::fromUtf8(r.body)), &why))
            invalid(why);
        else
            reply->sendJson(200, json(QJsonObject{{u"success"_s, true}}));
        return true;
    }
    return false;
}

void PlatformRoutes::meta(const ServerRequest& r, const FaultPlan::Decision& fault, const Reply& reply)
{
    const QUrlQuery q(r.url);
    const QByteArray bearer = r.header("authorization");
    const QString token
        = bearer.startsWith("Bearer ") ? QString::fromUtf8(bearer.mid(7)) : q.queryItemValue(u"access_token"_s);
    if (token.isEmpty() || (!m_credentials->metaToken.isEmpty() && token != m_credentials->metaToken)) {
        reply->sendJson(400,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"message"_s, u"Invalid OAuth access token."_s}, {u"type"_s, u"OAuthException"_s},
                    {u"code"_s, 190}, {u"fbtrace_id"_s, u"Sandbox"_s}}}}));
        return;
    }
    const QStringList parts = r.path().split(u'/', Qt::SkipEmptyParts); // v21.0, act_123, insights
    if (adAccount(r, parts, fault.pageSize, reply))
        return;
    if (parts.size() >= 3 && parts.at(2) == u"insights" && r.method == "GET") {
        const QString level = q.queryItemValue(u"level"_s).isEmpty() ? u"adset"_s : q.queryItemValue(u"level"_s);
        const QJsonObject range = Json::objectFromString(q.queryItemValue(u"time_range"_s, QUrl::FullyDecoded));
        const QDate since = QDate::fromString(range.value(u"since"_s).toString(), Qt::ISODate);
        const QDate until = QDate::fromString(range.value(u"until"_s).toString(), Qt::ISODate);
        const int limit
            = std::max(1, q.queryItemValue(u"limit"_s).toInt() > 0 ? q.queryItemValue(u"limit"_s).toInt() : 25);
        const int after = q.queryItemValue(u"after"_s).toInt();
        QJsonArray rows;
        int index = 0;
        for (int object = 1; object <= 3; ++object) {
            for (QDate d = since; d.isValid() && d <= until; d = d.addDays(1), ++index) {
                if (index < after || rows.size() >= limit)
                    continue;
                const QByteArray h = QCryptographicHash::hash(
                    QByteArray(QByteArray::number(object) + d.toString(Qt::ISODate).toLatin1()),
                    QCryptographicHash::Md5);
                const double spend = 40 + quint8(h[0]) / 2.0;
                const double roas = 1.5 + quint8(h[1]) / 85.0;
                const int purchases = 1 + quint8(h[2]) % 9;
                rows.append(QJsonObject{{level + u"_id"_s, u"2384%1"_s.arg(object)},
                    {level + u"_name"_s, u"Sandbox %1 %2"_s.arg(level).arg(object)},
                    {u"spend"_s, QString::number(spend, 'f', 2)},
                    {u"impressions"_s, QString::number(1000 + quint8(h[3]) * 20)},
                    {u"clicks"_s, QString::number(20 + quint8(h[4]))},
                    {u"actions"_s,
                        QJsonArray{QJsonObject{{u"action_type"_s, u"link_click"_s},
                                       {u"value"_s, QString::number(20 + quint8(h[4]))}},
                            QJsonObject{
                                {u"action_type"_s, u"omni_purchase"_s}, {u"value"_s, QString::number(purchases)}}}},
                    {u"action_values"_s,
                        QJsonArray{QJsonObject{{u"action_type"_s, u"omni_purchase"_s},
                            {u"value"_s, QString::number(spend * roas, 'f', 2)}}}},
                    {u"purchase_roas"_s,
                        QJsonArray{QJsonObject{
                            {u"action_type"_s, u"omni_purchase"_s}, {u"value"_s, QString::number(roas, 'f', 2)}}}},
                    {u"date_start"_s, d.toString(Qt::ISODate)}, {u"date_stop"_s, d.toString(Qt::ISODate)}});
            }
        }
        QJsonObject out{{u"data"_s, rows}};
        if (after + rows.size() < index) {
            QUrlQuery nq(r.url);
            nq.removeAllQueryItems(u"after"_s);
            nq.addQueryItem(u"after"_s, QString::number(after + rows.size()));
            QUrl next(m_baseUrl() + r.path());
            next.setQuery(nq);
            out.insert(u"paging"_s,
                QJsonObject{{u"cursors"_s, QJsonObject{{u"after"_s, QString::number(after + rows.size())}}},
                    {u"next"_s, next.toString()}});
        }
        reply->sendJson(200, json(out));
        return;
    }
    if (parts.size() == 2 && r.method == "POST") {
        const QUrlQuery form(QString::fromUtf8(r.body));
        QJsonObject adSet = m_adSets.value(parts.at(1),
            QJsonObject{{u"id"_s, parts.at(1)}, {u"status"_s, u"ACTIVE"_s}, {u"daily_budget"_s, u"1000"_s}});
        const QString status = form.queryItemValue(u"status"_s);
        if (!status.isEmpty()) {
            if (!QStringList{u"ACTIVE"_s, u"PAUSED"_s, u"DELETED"_s, u"ARCHIVED"_s}.contains(status)) {
                reply->sendJson(400,
                    json(QJsonObject{{u"error"_s,
                        QJsonObject{{u"message"_s, u"Invalid parameter"_s}, {u"type"_s, u"OAuthException"_s},
                            {u"code"_s, 100}}}}));
                return;
            }
            adSet.insert(u"status"_s, status);
        }
        if (form.hasQueryItem(u"daily_budget"_s))
            adSet.insert(u"daily_budget"_s, form.queryItemValue(u"daily_budget"_s));
        m_adSets.insert(parts.at(1), adSet);
        reply->sendJson(200, json(QJsonObject{{u"success"_s, true}}));
        return;
    }
    if (parts.size() == 2 && r.method == "GET" && m_adSets.contains(parts.at(1))) {
        reply->sendJson(200, json(m_adSets.value(parts.at(1))));
        return;
    }
    reply->sendJson(400,
        json(QJsonObject{{u"error"_s,
            QJsonObject{{u"message"_s, u"Unsupported get request."_s}, {u"type"_s, u"GraphMethodException"_s},
                {u"code"_s, 100}}}}));
}
