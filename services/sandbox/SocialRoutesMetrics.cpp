// SocialRoutes: each platform's insights of one published post, in its own format (kept apart from publishing).
#include "SocialRoutes.h"

#include "core/Json.h"

#include <QDate>
#include <QDateTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{
QByteArray json(const QJsonObject& o)
{
    return Json::canonical(o);
}

// FNV-1a: the same figures for the same post in every run (qHash is seeded per process).
quint32 stable(const QString& text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QJsonObject graphMetric(const QString& postId, const QString& name, const QJsonValue& value)
{
    return {{u"name"_s, name}, {u"period"_s, u"lifetime"_s},
        {u"values"_s, QJsonArray{QJsonObject{{u"value"_s, value}}}}, {u"title"_s, name},
        {u"id"_s, u"%1/insights/%2/lifetime"_s.arg(postId, name)}};
}
} // namespace

std::optional<QJsonObject> SocialRoutes::findPost(const QString& platform, const QString& id) const
{
    for (const QJsonValue& v : m_posts.value(platform))
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    return std::nullopt;
}

QJsonObject SocialRoutes::metricsOf(const QJsonObject& post) const
{
    const QString id = post.value(u"id"_s).toString();
    if (m_metrics.contains(id))
        return m_metrics.value(id);
    // Made-up but steady: 300–900 views, and posts made in the (UTC) evening draw about twice the interactions.
    const quint32 h = stable(id);
    const int hour = QDateTime::fromMSecsSinceEpoch(post.value(u"created_at"_s).toInteger(), Qt::UTC).time().hour();
    const qint64 views = 300 + h % 600;
    const double rate = (hour >= 17 && hour <= 21 ? 0.06 : 0.03) + double(h % 10) / 1000.0;
    const auto part = [&](double share) { return qint64(double(views) * rate * share + 0.5); };
    return {{u"impressions"_s, views}, {u"reach"_s, views * 4 / 5}, {u"likes"_s, part(0.6)}, {u"comments"_s, part(0.1)},
        {u"shares"_s, part(0.1)}, {u"saves"_s, part(0.1)}, {u"clicks"_s, part(0.1)}};
}

bool SocialRoutes::metrics(const QString& route, const ServerRequest& r, const QStringList& parts, const Reply& reply)
{
    const auto n = [](const QJsonObject& m, const QString& key) { return m.value(key).toInteger(); };
    if (route == u"instagram" || route == u"facebook") {
        if (parts.value(2) != u"insights")
            return false;
        const QString id = parts.value(1);
        const auto post = findPost(route, id);
        if (!post) {
            graphError(reply, 400, 100, 33,
                u"Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to missing "
                u"permissions, or does not support this operation"_s.arg(id));
            return true;
        }
        const QJsonObject m = metricsOf(*post);
        QJsonArray data;
        const QStringList asked = QUrlQuery(r.url).queryItemValue(u"metric"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString& name : asked) {
            QJsonValue value;
            if (route == u"instagram") {
                static const QHash<QString, QString> ig{{u"views"_s, u"impressions"_s}, {u"reach"_s, u"reach"_s},
                    {u"likes"_s, u"likes"_s}, {u"comments"_s, u"comments"_s}, {u"shares"_s, u"shares"_s},
                    {u"saved"_s, u"saves"_s}};
                if (name == u"impressions") { // gone since April 2025
                    graphError(reply, 400, 100, 0,
                        u"(#100) impressions metric is no longer supported for media created after July 2, 2024"_s);
                    return true;
                }
                if (!ig.contains(name)) {
                    graphError(reply, 400, 100, 0, u"(#100) Incompatible metric: %1"_s.arg(name));
                    return true;
                }
                value = n(m, ig.value(name));
            } else if (name == u"post_media_view") {
                value = n(m, u"impressions"_s);
            } else if (name == u"post_total_media_view_unique") {
                value = n(m, u"reach"_s);
            } else if (name == u"post_clicks") {
                value = n(m, u"clicks"_s);
            } else if (name == u"post_reactions_by_type_total") {
                const qint64 likes = n(m, u"likes"_s);
                value = QJsonObject{{u"like"_s, likes - likes / 4}, {u"love"_s, likes / 4}};
            } else {
                graphError(reply, 400, 100, 0, u"(#100) The value must be a valid insights metric: %1"_s.arg(name));
                return true;
            }
            data.append(graphMetric(id, name, value));
        }
        reply->sendJson(200, json({{u"data"_s, data}}));
        return true;
    }
    if (route == u"pinterest") {
        if (parts.value(1) != u"pins" || parts.value(3) != u"analytics")
            return false;
        const QUrlQuery q(r.url);
        const QDate start = QDate::fromString(q.queryItemValue(u"start_date"_s), Qt::ISODate);
        const QDate end = QDate::fromString(q.queryItemValue(u"end_date"_s), Qt::ISODate);
        const QDate today = QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC).date();
        if (!start.isValid() || !end.isValid() || start > end || start.daysTo(end) > 90 || start.daysTo(today) > 90) {
            pinterestError(reply, 400, 1, u"Invalid parameters: start_date and end_date, at most 90 days back."_s);
            return true;
        }
        const auto post = findPost(route, parts.value(2));
        if (!post) {
            pinterestError(reply, 404, 50, u"Pin not found."_s);
            return true;
        }
        const QJsonObject m = metricsOf(*post);
        const QJsonObject life{{u"IMPRESSION"_s, n(m, u"impressions"_s)}, {u"SAVE"_s, n(m, u"saves"_s)},
            {u"PIN_CLICK"_s, n(m, u"clicks"_s) / 2}, {u"OUTBOUND_CLICK"_s, n(m, u"clicks"_s) - n(m, u"clicks"_s) / 2}};
        reply->sendJson(200,
            json({{u"all"_s,
                QJsonObject{{u"lifetime_metrics"_s, life}, {u"summary_metrics"_s, life},
                    {u"daily_metrics"_s, QJsonArray()}}}}));
        return true;
    }
    if (route == u"x") {
        if (parts.value(1) != u"tweets" || parts.size() != 2 || r.method != "GET")
            return false;
        QJsonArray data;
        QJsonArray errors;
        const QUrlQuery q(r.url);
        for (const QString& id : q.queryItemValue(u"ids"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto post = findPost(route, id);
            if (!post) {
                errors.append(QJsonObject{{u"value"_s, id},
                    {u"detail"_s, u"Could not find tweet with ids: [%1]."_s.arg(id)},
                    {u"title"_s, u"Not Found Error"_s}, {u"resource_type"_s, u"tweet"_s}, {u"parameter"_s, u"ids"_s},
                    {u"resource_id"_s, id}, {u"type"_s, u"https://api.twitter.com/2/problems/resource-not-found"_s}});
                continue;
            }
            const QJsonObject m = metricsOf(*post);
            data.append(QJsonObject{{u"id"_s, id}, {u"text"_s, post->value(u"text"_s)},
                {u"public_metrics"_s,
                    QJsonObject{{u"retweet_count"_s, n(m, u"shares"_s)}, {u"reply_count"_s, n(m, u"comments"_s)},
                        {u"like_count"_s, n(m, u"likes"_s)}, {u"quote_count"_s, 0},
                        {u"bookmark_count"_s, n(m, u"saves"_s)}, {u"impression_count"_s, n(m, u"impressions"_s)}}}});
        }
        QJsonObject body;
        if (!data.isEmpty())
            body.insert(u"data"_s, data);
        if (!errors.isEmpty())
            body.insert(u"errors"_s, errors);
        reply->sendJson(200, json(body));
        return true;
    }
    if (route == u"linkedin") {
        if (r.path() != u"/rest/organizationalEntityShareStatistics")
            return false;
        const QUrlQuery q(r.url);
        const QString org = q.queryItemValue(u"organizationalEntity"_s, QUrl::FullyDecoded);
        QString list = q.queryItemValue(u"shares"_s, QUrl::FullyDecoded);
        if (list.isEmpty())
            list = q.queryItemValue(u"ugcPosts"_s, QUrl::FullyDecoded);
        if (q.queryItemValue(u"q"_s) != u"organizationalEntity" || !org.startsWith(u"urn:li:organization:"_s)
            || !list.startsWith(u"List("_s)) {
            reply->sendJson(400,
                json({{u"status"_s, 400}, {u"code"_s, u"QUERY_PARAM_NOT_ALLOWED"_s},
                    {u"message"_s, u"Invalid query parameters passed to request"_s}}));
            return true;
        }
        QJsonArray elements;
        for (const QString& urn : list.mid(5).chopped(1).split(u',', Qt::SkipEmptyParts)) {
            const auto post = findPost(route, urn);
            if (!post)
                continue;
            const QJsonObject m = metricsOf(*post);
            elements.append(QJsonObject{{u"organizationalEntity"_s, org}, {u"share"_s, urn},
                {u"totalShareStatistics"_s,
                    QJsonObject{{u"impressionCount"_s, n(m, u"impressions"_s)},
                        {u"uniqueImpressionsCount"_s, n(m, u"reach"_s)}, {u"clickCount"_s, n(m, u"clicks"_s)},
                        {u"likeCount"_s, n(m, u"likes"_s)}, {u"commentCount"_s, n(m, u"comments"_s)},
                        {u"shareCount"_s, n(m, u"shares"_s)}}}});
        }
        reply->sendJson(
            200, json({{u"paging"_s, QJsonObject{{u"count"_s, 10}, {u"start"_s, 0}}}, {u"elements"_s, elements}}));
        return true;
    }
    if (route == u"tiktok") {
        if (!r.path().startsWith(u"/v2/video/query"_s))
            return false;
        const QJsonObject body = Json::parseObject(r.body, nullptr).value_or(QJsonObject());
        QJsonArray videos;
        for (const QJsonValue& v : body.value(u"filters"_s).toObject().value(u"video_ids"_s).toArray()) {
            const auto post = findPost(route, v.toString());
            if (!post)
                continue;
            const QJsonObject m = metricsOf(*post);
            videos.append(QJsonObject{{u"id"_s, v.toString()}, {u"like_count"_s, n(m, u"likes"_s)},
                {u"comment_count"_s, n(m, u"comments"_s)}, {u"share_count"_s, n(m, u"shares"_s)},
                {u"view_count"_s, n(m, u"impressions"_s)}});
        }
        reply->sendJson(200,
            json({{u"data"_s, QJsonObject{{u"videos"_s, videos}}},
                {u"error"_s,
                    QJsonObject{{u"code"_s, u"ok"_s}, {u"message"_s, QString()}, {u"log_id"_s, u"sandbox"_s}}}}));
        return true;
    }
    return false;
}
