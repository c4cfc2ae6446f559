// SocialClient: reading a published post's figures back (kept apart from publishing, which is most of the class).
#include "SocialClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{
using Metrics = SocialEngagement::Metrics;

std::optional<qint64> number(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) { // Graph and Pinterest sometimes write numbers as text
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// Graph insights: {"data": [{"name": "views", "values": [{"value": 8542}]}, ...]}.
QJsonObject graphValues(const QJsonObject& body)
{
    QJsonObject out;
    for (const QJsonValue& v : body.value(u"data"_s).toArray()) {
        const QJsonObject metric = v.toObject();
        out.insert(metric.value(u"name"_s).toString(),
            metric.value(u"values"_s).toArray().first().toObject().value(u"value"_s));
    }
    return out;
}

Metrics instagram(const QJsonObject& body)
{
    const QJsonObject v = graphValues(body);
    Metrics m;
    m.impressions = number(v, u"views"_s);
    m.reach = number(v, u"reach"_s);
    m.likes = number(v, u"likes"_s);
    m.comments = number(v, u"comments"_s);
    m.shares = number(v, u"shares"_s);
    m.saves = number(v, u"saved"_s);
    return m;
}

Metrics facebook(const QJsonObject& body)
{
    const QJsonObject v = graphValues(body);
    Metrics m;
    m.impressions = number(v, u"post_media_view"_s);
    m.reach = number(v, u"post_total_media_view_unique"_s);
    m.clicks = number(v, u"post_clicks"_s);
    // Reactions by type ({"like": 30, "love": 5}): every reaction counts as a like.
    const QJsonValue reactions = v.value(u"post_reactions_by_type_total"_s);
    if (reactions.isObject()) {
        qint64 sum = 0;
        const QJsonObject byType = reactions.toObject();
        for (auto it = byType.begin(); it != byType.end(); ++it)
            sum += it.value().toInteger();
        m.likes = sum;
    }
    return m;
}

Metrics pinterest(const QJsonObject& body)
{
    const QJsonObject life = body.value(u"all"_s).toObject().value(u"lifetime_metrics"_s).toObject();
    Metrics m;
    m.impressions = number(life, u"IMPRESSION"_s);
    m.saves = number(life, u"SAVE"_s);
    const auto pin = number(life, u"PIN_CLICK"_s);
    const auto outbound = number(life, u"OUTBOUND_CLICK"_s);
    if (pin || outbound)
        m.clicks = pin.value_or(0) + outbound.value_or(0);
    return m;
}

Metrics x(const QJsonObject& item)
{
    const QJsonObject pm = item.value(u"public_metrics"_s).toObject();
    Metrics m;
    m.impressions = number(pm, u"impression_count"_s);
    m.likes = number(pm, u"like_count"_s);
    m.comments = number(pm, u"reply_count"_s);
    const auto retweets = number(pm, u"retweet_count"_s);
    const auto quotes = number(pm, u"quote_count"_s);
    if (retweets || quotes)
        m.shares = retweets.value_or(0) + quotes.value_or(0);
    m.saves = number(pm, u"bookmark_count"_s);
    return m;
}

Metrics linkedin(const QJsonObject& element)
{
    const QJsonObject s = element.value(u"totalShareStatistics"_s).toObject();
    Metrics m;
    m.impressions = number(s, u"impressionCount"_s);
    m.reach = number(s, u"uniqueImpressionsCount"_s);
    m.likes = number(s, u"likeCount"_s);
    m.comments = number(s, u"commentCount"_s);
    m.shares = number(s, u"shareCount"_s);
    m.clicks = number(s, u"clickCount"_s);
    return m;
}

Metrics tiktok(const QJsonObject& video)
{
    Metrics m;
    m.impressions = number(video, u"view_count"_s);
    m.likes = number(video, u"like_count"_s);
    m.comments = number(video, u"comment_count"_s);
    m.shares = number(video, u"share_count"_s);
    return m;
}
} // namespace

void SocialClient::metrics(const QString& remoteId, qint64 publishedAtMs, qint64 nowMs, QObject* context,
    std::function<void(const ApiError&, const std::optional<SocialEngagement::Metrics>&)> done)
{
    const QString p = m_target.platform;
    QUrl url;
    if (p == u"instagram") {
        url = graph(remoteId + u"/insights"_s);
        url.setQuery(u"metric=views,reach,likes,comments,shares,saved"_s);
    } else if (p == u"facebook") {
        url = graph(remoteId + u"/insights"_s);
        url.setQuery(u"metric=post_media_view,post_total_media_view_unique,post_clicks,post_reactions_by_type_total"_s);
    } else if (p == u"pinterest") {
        // At most 90 days back, and not before the pin was made.
        const QDate end = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
        const QDate start = std::max(QDateTime::fromMSecsSinceEpoch(publishedAtMs, Qt::UTC).date(), end.addDays(-89));
        url = at(u"/v5/pins/%1/analytics"_s.arg(remoteId));
        url.setQuery(u"start_date=%1&end_date=%2&metric_types=IMPRESSION,SAVE,PIN_CLICK,OUTBOUND_CLICK"_s.arg(
            std::min(start, end).toString(Qt::ISODate), end.toString(Qt::ISODate)));
    } else if (p == u"x") {
        url = at(u"/2/tweets"_s);
        url.setQuery(u"ids=%1&tweet.fields=public_metrics"_s.arg(remoteId));
    } else if (p == u"linkedin") {
        const QString kind = remoteId.startsWith(u"urn:li:ugcPost:"_s) ? u"ugcPosts"_s : u"shares"_s;
        url = at(u"/rest/organizationalEntityShareStatistics"_s);
        url.setQuery(u"q=organizationalEntity&organizationalEntity=%1&%2=List(%3)"_s.arg(
                         QString::fromLatin1(QUrl::toPercentEncoding(linkedInAuthor())), kind,
                         QString::fromLatin1(QUrl::toPercentEncoding(remoteId))),
            QUrl::StrictMode);
    } else if (p == u"tiktok") {
        // A post TikTok has not made public keeps its publish id, which the video query does not know.
        bool numeric = false;
        remoteId.toLongLong(&numeric);
        if (!numeric) {
            done(errorFor(ErrorClass::InvalidRequest, 0, QString(),
                     tr("TikTok has not made this post public, so it gives no figures for it")),
                std::nullopt);
            return;
        }
        url = at(u"/v2/video/query/"_s);
        url.setQuery(u"fields=id,like_count,comment_count,share_count,view_count"_s);
    } else {
        done(errorFor(ErrorClass::InvalidRequest, 0, QString(),
                 tr("reading figures from %1 is not built yet").arg(SocialPlatforms::displayName(p))),
            std::nullopt);
        return;
    }
    call(
        u"social.%1.metrics"_s.arg(p),
        [this, p, url, remoteId] {
            if (p == u"linkedin")
                return linkedIn("GET", url);
            if (p == u"tiktok")
                return json(url, QJsonObject{{u"filters"_s, QJsonObject{{u"video_ids"_s, QJsonArray{remoteId}}}}});
            return request("GET", url);
        },
        true, context,
        [p, remoteId, done](const ApiError& e, const QJsonDocument& body, const HttpResponse&) {
            if (e.isError()) {
                // Graph: "Object with ID … does not exist" (100/33); Pinterest: 404 "Pin not found.".
                if (e.code == u"100/33"_s || (p == u"pinterest" && e.httpStatus == 404))
                    done({}, std::nullopt);
                else
                    done(e, std::nullopt);
                return;
            }
            const QJsonObject o = body.object();
            if (p == u"instagram")
                done({}, instagram(o));
            else if (p == u"facebook")
                done({}, facebook(o));
            else if (p == u"pinterest")
                done({}, pinterest(o));
            else {
                // X answers a deleted post with 200 and a "Not Found Error"; LinkedIn and TikTok leave it out.
                const QJsonArray items = p == u"x" ? o.value(u"data"_s).toArray()
                    : p == u"linkedin"             ? o.value(u"elements"_s).toArray()
                                                   : o.value(u"data"_s).toObject().value(u"videos"_s).toArray();
                for (const QJsonValue& v : items) {
                    const QJsonObject item = v.toObject();
                    if (p == u"x" && item.value(u"id"_s).toString() == remoteId) {
                        done({}, x(item));
                        return;
                    }
                    if (p == u"tiktok" && item.value(u"id"_s).toVariant().toString() == remoteId) {
                        done({}, tiktok(item));
                        return;
                    }
                    if (p == u"linkedin") {
                        done({}, linkedin(item));
                        return;
                    }
                }
                // X says why a post is not there: only "not found" is a missing post (not a protected or
                // suspended author's).
                if (p == u"x") {
                    for (const QJsonValue& v : o.value(u"errors"_s).toArray()) {
                        const QJsonObject err = v.toObject();
                        if (err.value(u"type"_s).toString().endsWith(u"resource-not-found"_s)
                            && err.value(u"value"_s).toString() == remoteId) {
                            done({}, std::nullopt);
                            return;
                        }
                    }
                    const QJsonObject first = o.value(u"errors"_s).toArray().first().toObject();
                    done(ApiError::make(ErrorClass::Permission,
                             first.value(u"detail"_s).toString(tr("X gave no figures for this post"))),
                        std::nullopt);
                    return;
                }
                done({}, std::nullopt);
            }
        });
}
