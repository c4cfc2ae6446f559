#include "SocialClient.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "resilience/ApiRuntime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{

// A text as the platforms give it back: X escapes &, < and > and replaces every address by its t.co link; all
// may trim or turn line ends. Addresses are compared as "an address".
QString comparable(QString text)
{
    static const QRegularExpression address(u"https?://\\S+"_s);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
    text.replace(address, u"<address>"_s);
    return text.simplified();
}

bool sameText(const QString& a, const QString& b)
{
    return comparable(a) == comparable(b);
}

qint64 parseTime(const QString& text)
{
    // Graph: 2026-12-07T10:00:00+0000 (an offset without a colon); X and Pinterest: ISO 8601 with Z.
    static const QRegularExpression bareOffset(u"([+-]\\d\\d)(\\d\\d)$"_s);
    QString iso = text.trimmed();
    iso.replace(bareOffset, u"\\1:\\2"_s);
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// Some slack either side: the platform's clock and ours may differ a little.
constexpr qint64 kClockSlackMs = 15 * 60'000;

} // namespace

SocialClient::SocialClient(ApiCaller* caller, ApiRuntime* runtime, Target target, QObject* parent)
    : RestClient(caller, runtime, SocialPlatforms::displayName(target.platform), parent)
    , m_target(std::move(target))
{ }

QUrl SocialClient::at(const QString& path) const
{
    QString base = m_target.api.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

QUrl SocialClient::graph(const QString& path) const
{
    return at(u"/"_s + m_target.graphVersion + u"/"_s + path);
}

HttpRequest SocialClient::request(const QByteArray& method, const QUrl& url) const
{
    HttpRequest h;
    h.method = method;
    h.url = url;
    h.setHeader("Authorization", "Bearer " + m_target.token.toUtf8());
    return h;
}

HttpRequest SocialClient::form(const QUrl& url, const QList<std::pair<QString, QString>>& fields) const
{
    HttpRequest h = request("POST", url);
    QUrlQuery q;
    for (const auto& [k, v] : fields)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    h.body = q.toString(QUrl::FullyEncoded).toUtf8();
    h.setHeader("Content-Type", "application/x-www-form-urlencoded");
    return h;
}

HttpRequest SocialClient::json(const QUrl& url, const QJsonObject& body) const
{
    HttpRequest h = request("POST", url);
    h.body = Json::compact(body).toUtf8();
    h.setHeader("Content-Type", "application/json");
    return h;
}

void SocialClient::call(
    const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context, JsonCallback done)
{
    if (idempotent) {
        run(purpose, std::move(build), idempotent, context, std::move(done),
            [this](const HttpResponse& r) { return classify(r); });
        return;
    }
    // A create is sent once: the caller looks before it sends again (the shared attempt loop would resend a
    // 503, which may come after the post was made).
    const RetryPolicy shared = m_policy;
    m_policy.maxAttempts = 1;
    run(purpose, std::move(build), idempotent, context, std::move(done),
        [this](const HttpResponse& r) { return classify(r); });
    m_policy = shared;
}

qint64 SocialClient::xResetWaitMs(const HttpResponse& r, qint64 ourNowMs)
{
    bool ok = false;
    const qint64 reset = r.header("x-rate-limit-reset").trimmed().toLongLong(&ok);
    if (!ok || reset <= 0)
        return -1;
    QString date = QString::fromLatin1(r.header("date")).trimmed();
    if (date.endsWith(u" GMT"_s) || date.endsWith(u" UTC"_s)) // X writes UTC; Qt reads only numeric zones
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime serverNow = QDateTime::fromString(date, Qt::RFC2822Date);
    // Without the server's Date, our own clock stands in.
    const qint64 now = serverNow.isValid() ? serverNow.toSecsSinceEpoch() : ourNowMs / 1000;
    return std::max<qint64>(0, reset - now) * 1000 + 1000;
}

ApiError SocialClient::classify(const HttpResponse& r) const
{
    QString parseError;
    const auto doc = Json::parse(r.body, &parseError);
    const QJsonObject obj = doc ? doc->object() : QJsonObject();
    const bool graph = m_target.platform == u"instagram" || m_target.platform == u"facebook";
    const bool tiktokError = m_target.platform == u"tiktok"
        && obj.value(u"error"_s).toObject().value(u"code"_s).toString(u"ok"_s) != u"ok";
    if (r.status >= 200 && r.status < 300 && (!graph || !obj.contains(u"error"_s)) && !tiktokError) {
        if (!doc && !r.body.trimmed().isEmpty())
            return errorFor(
                ErrorClass::Transient, r.status, QString(), tr("the answer could not be read: %1").arg(parseError));
        return {};
    }
    ErrorClass cls = classForStatus(r.status);
    QString code;
    QString message;
    if (graph) {
        const QJsonObject err = obj.value(u"error"_s).toObject();
        const int c = err.value(u"code"_s).toInt();
        const int sub = err.value(u"error_subcode"_s).toInt();
        code = QString::number(c) + (sub ? u"/"_s + QString::number(sub) : QString());
        if (c == 4 || c == 17 || c == 32 || c == 613)
            cls = ErrorClass::RateLimited;
        else if (c == 9 || sub == 2207042)
            cls = ErrorClass::QuotaExhausted; // the account's publishing limit
        else if (c == 190 || c == 102)
            cls = ErrorClass::Auth;
        else if (c == 10 || (c >= 200 && c <= 299))
            cls = ErrorClass::Permission;
        else if (c == 1 || c == 2 || err.value(u"is_transient"_s).toBool())
            cls = ErrorClass::Transient;
        else if (c == 100 || c == 36003 || c == 9004)
            cls = ErrorClass::InvalidRequest;
        message = err.value(u"error_user_msg"_s).toString();
        if (message.isEmpty())
            message = err.value(u"message"_s).toString();
    } else if (m_target.platform == u"x") {
        // Problem details: {"title", "detail", "type", "status"}.
        message = obj.value(u"detail"_s).toString();
        if (message.isEmpty())
            message = obj.value(u"title"_s).toString();
        code = obj.value(u"type"_s).toString().section(u'/', -1);
        if (message.contains(u"duplicate content"_s, Qt::CaseInsensitive))
            cls = ErrorClass::Conflict;
    } else if (m_target.platform == u"tiktok") {
        // {"data": {...}, "error": {"code": "ok" | "rate_limit_exceeded" | ..., "message", "log_id"}}
        const QJsonObject err = obj.value(u"error"_s).toObject();
        code = err.value(u"code"_s).toString();
        message = err.value(u"message"_s).toString();
        if (code == u"rate_limit_exceeded")
            cls = ErrorClass::RateLimited;
        else if (code == u"spam_risk_too_many_posts" || code == u"spam_risk_user_banned_from_posting")
            cls = ErrorClass::QuotaExhausted;
        else if (code == u"access_token_invalid")
            cls = ErrorClass::Auth;
        else if (code == u"scope_not_authorized" || code == u"unaudited_client_can_only_post_to_private_accounts")
            cls = ErrorClass::Permission;
        else if (code == u"invalid_params" || code.startsWith(u"file_format"_s) || code.startsWith(u"picture_"_s))
            cls = ErrorClass::InvalidRequest;
        else if (code == u"internal_error")
            cls = ErrorClass::Transient;
        if (message.isEmpty())
            message = code;
    } else {
        // Pinterest: {"code": 8, "message": "..."}; LinkedIn: {"status", "serviceErrorCode", "code", "message"}.
        message = obj.value(u"message"_s).toString();
        code = obj.value(u"code"_s).isString() ? obj.value(u"code"_s).toString()
                                               : QString::number(obj.value(u"code"_s).toInt());
        if (code == u"DUPLICATE_POST")
            cls = ErrorClass::Conflict;
    }
    if (message.isEmpty())
        message = doc ? tr("HTTP %1").arg(r.status) : tr("HTTP %1 (the answer could not be read)").arg(r.status);
    ApiError e = errorFor(cls, r.status, code, message);
    if (cls == ErrorClass::RateLimited) {
        const qint64 xWait = m_target.platform == u"x" ? xResetWaitMs(r, m_runtime->clock()->nowMs()) : -1;
        e.retryAfterMs = xWait >= 0 ? xWait : Retry::retryAfterMs(r, m_runtime->clock()->nowMs());
    }
    return e;
}

void SocialClient::publish(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    const QString& p = m_target.platform;
    if (p == u"instagram")
        publishInstagram(c, context, std::move(done));
    else if (p == u"facebook")
        publishFacebook(c, context, std::move(done));
    else if (p == u"pinterest")
        publishPinterest(c, context, std::move(done));
    else if (p == u"x")
        publishX(c, context, std::move(done));
    else if (p == u"linkedin")
        publishLinkedIn(c, context, std::move(done));
    else if (p == u"tiktok")
        publishTikTok(c, context, std::move(done));
    else
        done(errorFor(ErrorClass::InvalidRequest, 0, QString(),
                 tr("posting to %1 is not built yet").arg(SocialPlatforms::displayName(p))),
            {});
}

void SocialClient::publishInstagram(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    if (c.media.isEmpty()) {
        done(errorFor(ErrorClass::InvalidRequest, 0, QString(), tr("an Instagram post needs an image")), {});
        return;
    }
    // A container first (harmless to make twice: one never published expires), then media_publish.
    const QUrl url = graph(m_target.remoteId + u"/media"_s);
    const QList<std::pair<QString, QString>> fields{{u"image_url"_s, c.media.first().url}, {u"caption"_s, c.text}};
    call(
        u"social.instagram.container"_s, [this, url, fields] { return form(url, fields); }, true, context,
        [this, context, done](const ApiError& e, const QJsonDocument& body, const HttpResponse&) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            waitForContainer(body.object().value(u"id"_s).toString(), 0, context, done);
        });
}

void SocialClient::waitForContainer(
    const QString& container, int tries, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    QUrl url = graph(container);
    url.setQuery(u"fields=status_code,status"_s);
    call(
        u"social.instagram.status"_s, [this, url] { return request("GET", url); }, true, context,
        [this, container, tries, context, done](const ApiError& e, const QJsonDocument& body, const HttpResponse&) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            const QString status = body.object().value(u"status_code"_s).toString();
            if (status == u"IN_PROGRESS" && tries < 30) {
                // Instagram fetches and checks the image; it asks to be polled (about once a second).
                m_runtime->clock()->callAfter(
                    1000, context, [=, this] { waitForContainer(container, tries + 1, context, done); });
                return;
            }
            if (status == u"IN_PROGRESS") {
                // Still working on it: nothing was refused and nothing published; the job tries again later.
                done(errorFor(ErrorClass::Transient, 0, status, tr("Instagram was still processing the image")), {});
                return;
            }
            if (status != u"FINISHED") {
                done(errorFor(ErrorClass::InvalidRequest, 0, status,
                         tr("Instagram did not accept the image (%1): %2")
                             .arg(status, body.object().value(u"status"_s).toString())),
                    {});
                return;
            }
            const QUrl publishUrl = graph(m_target.remoteId + u"/media_publish"_s);
            // Not idempotent: an answer that never came is looked up by the caller.
            call(
                u"social.instagram.publish"_s,
                [this, publishUrl, container] {
                    return form(publishUrl, {{u"creation_id"_s, container}});
                },
                false, context,
                [this, context, done](const ApiError& pe, const QJsonDocument& pb, const HttpResponse&) {
                    if (pe.isError()) {
                        done(pe, {});
                        return;
                    }
                    const QString id = pb.object().value(u"id"_s).toString();
                    QUrl link = graph(id);
                    link.setQuery(u"fields=permalink"_s);
                    call(
                        u"social.instagram.permalink"_s, [this, link] { return request("GET", link); }, true, context,
                        [id, done](const ApiError&, const QJsonDocument& lb, const HttpResponse&) {
                            // The post exists either way; a missing permalink is not a failure.
                            done({}, {id, lb.object().value(u"permalink"_s).toString()});
                        });
                });
        });
}

void SocialClient::publishFacebook(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    const bool photo = !c.media.isEmpty();
    const QUrl url = graph(m_target.remoteId + (photo ? u"/photos"_s : u"/feed"_s));
    QList<std::pair<QString, QString>> fields;
    if (photo) // a photo post has no link field: the link goes in its caption
        fields = {{u"url"_s, c.media.first().url},
            {u"caption"_s, c.link.isEmpty() || c.text.contains(c.link) ? c.text : c.text + u"\n\n"_s + c.link}};
    else
        fields = {{u"message"_s, c.text}};
    if (!photo && !c.link.isEmpty())
        fields.append({u"link"_s, c.link});
    call(
        u"social.facebook.post"_s, [this, url, fields] { return form(url, fields); }, false, context,
        [done](const ApiError& e, const QJsonDocument& body, const HttpResponse&) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            // A photo answers with the photo's id and the post's; the post is what people see.
            const QJsonObject o = body.object();
            const QString id = o.value(u"post_id"_s).toString(o.value(u"id"_s).toString());
            done({}, {id, u"https://www.facebook.com/"_s + id});
        });
}

void SocialClient::publishPinterest(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    if (c.media.isEmpty()) {
        done(errorFor(ErrorClass::InvalidRequest, 0, QString(), tr("a pin needs an image")), {});
        return;
    }
    QJsonObject body{{u"board_id"_s, m_target.remoteId}, {u"description"_s, c.text},
        {u"media_source"_s, QJsonObject{{u"source_type"_s, u"image_url"_s}, {u"url"_s, c.media.first().url}}}};
    if (!c.link.isEmpty())
        body.insert(u"link"_s, c.link);
    const QUrl url = at(u"/v5/pins"_s);
    call(
        u"social.pinterest.pin"_s, [this, url, body] { return json(url, body); }, false, context,
        [done](const ApiError& e, const QJsonDocument& answer, const HttpResponse&) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            const QString id = answer.object().value(u"id"_s).toString();
            done({}, {id, u"https://www.pinterest.com/pin/%1/"_s.arg(id)});
        });
}

void SocialClient::publishX(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    const QUrl url = at(u"/2/tweets"_s);
    // The link goes after the text when it fits (X counts an address as 23 characters).
    QString text = c.text;
    if (!c.link.isEmpty() && !text.contains(c.link) && SocialPlatforms::length(u"x"_s, text) + 24 <= 280)
        text += u" "_s + c.link;
    const QJsonObject body{{u"text"_s, text}};
    call(
        u"social.x.post"_s, [this, url, body] { return json(url, body); }, false, context,
        [done](const ApiError& e, const QJsonDocument& answer, const HttpResponse&) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            const QString id = answer.object().value(u"data"_s).toObject().value(u"id"_s).toString();
            done({}, {id, u"https://x.com/i/web/status/"_s + id});
        });
}

QString SocialClient::linkedInAuthor() const
{
    return m_target.remoteId.startsWith(u"urn:"_s) ? m_target.remoteId : u"urn:li:organization:"_s + m_target.remoteId;
}

HttpRequest SocialClient::linkedIn(const QByteArray& method, const QUrl& url) const
{
    HttpRequest h = request(method, url);
    h.setHeader("LinkedIn-Version", m_target.linkedInVersion.toLatin1());
    h.setHeader("X-Restli-Protocol-Version", "2.0.0");
    return h;
}

void SocialClient::publishLinkedIn(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    QString text = c.text;
    if (!c.link.isEmpty() && !text.contains(c.link))
        text += u"\n\n"_s + c.link;
    const QJsonObject body{{u"author"_s, linkedInAuthor()}, {u"commentary"_s, text}, {u"visibility"_s, u"PUBLIC"_s},
        {u"distribution"_s,
            QJsonObject{{u"feedDistribution"_s, u"MAIN_FEED"_s}, {u"targetEntities"_s, QJsonArray()},
                {u"thirdPartyDistributionChannels"_s, QJsonArray()}}},
        {u"lifecycleState"_s, u"PUBLISHED"_s}, {u"isReshareDisabledByAuthor"_s, false}};
    const QUrl url = at(u"/rest/posts"_s);
    call(
        u"social.linkedin.post"_s,
        [this, url, body] {
            HttpRequest h = linkedIn("POST", url);
            h.body = Json::compact(body).toUtf8();
            h.setHeader("Content-Type", "application/json");
            return h;
        },
        false, context,
        [done](const ApiError& e, const QJsonDocument&, const HttpResponse& r) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            // 201 Created, no body: the post's URN is in x-restli-id.
            const QString id = QString::fromUtf8(r.header("x-restli-id"));
            done({}, {id, u"https://www.linkedin.com/feed/update/%1/"_s.arg(id)});
        });
}

void SocialClient::publishTikTok(
    const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    if (c.media.isEmpty()) {
        done(errorFor(ErrorClass::InvalidRequest, 0, QString(), tr("a TikTok photo post needs an image")), {});
        return;
    }
    QJsonArray images;
    for (const SocialPlatforms::Media& m : c.media)
        images.append(m.url);
    const QJsonObject body{{u"post_info"_s,
                               QJsonObject{{u"title"_s, c.text.left(90)}, {u"description"_s, c.text},
                                   {u"privacy_level"_s, u"PUBLIC_TO_EVERYONE"_s}, {u"disable_comment"_s, false},
                                   {u"auto_add_music"_s, true}}},
        {u"source_info"_s,
            QJsonObject{{u"source"_s, u"PULL_FROM_URL"_s}, {u"photo_cover_index"_s, 0}, {u"photo_images"_s, images}}},
        {u"post_mode"_s, u"DIRECT_POST"_s}, {u"media_type"_s, u"PHOTO"_s}};
    const QUrl url = at(u"/v2/post/publish/content/init/"_s);
    call(
        u"social.tiktok.init"_s, [this, url, body] { return json(url, body); }, false, context,
        [this, context, done](const ApiError& e, const QJsonDocument& answer, const HttpResponse&) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            waitForTikTok(
                answer.object().value(u"data"_s).toObject().value(u"publish_id"_s).toString(), 0, context, done);
        });
}

void SocialClient::waitForTikTok(
    const QString& publishId, int tries, QObject* context, std::function<void(const ApiError&, const Published&)> done)
{
    const QUrl url = at(u"/v2/post/publish/status/fetch/"_s);
    const QJsonObject body{{u"publish_id"_s, publishId}};
    call(
        u"social.tiktok.status"_s, [this, url, body] { return json(url, body); }, true, context,
        [this, publishId, tries, context, done](const ApiError& e, const QJsonDocument& answer, const HttpResponse&) {
            if (e.isError()) {
                // The post was asked for: not knowing its state is not a refusal.
                ApiError unknown = e;
                if (unknown.cls == ErrorClass::InvalidRequest || unknown.cls == ErrorClass::NotFound)
                    unknown.cls = ErrorClass::Transient;
                done(unknown, {});
                return;
            }
            const QJsonObject data = answer.object().value(u"data"_s).toObject();
            const QString status = data.value(u"status"_s).toString();
            if (status == u"PUBLISH_COMPLETE") {
                const QJsonArray ids = data.value(u"publicaly_available_post_id"_s).toArray();
                const QString id = ids.isEmpty() ? publishId : QString::number(ids.first().toInteger());
                done({},
                    {id,
                        u"https://www.tiktok.com/@%1/photo/%2"_s.arg(
                            m_target.handle.mid(m_target.handle.startsWith(u'@') ? 1 : 0), id)});
                return;
            }
            if (status == u"FAILED") {
                done(errorFor(ErrorClass::InvalidRequest, 0, data.value(u"fail_reason"_s).toString(),
                         tr("TikTok did not publish the post: %1").arg(data.value(u"fail_reason"_s).toString())),
                    {});
                return;
            }
            if (tries >= 30) {
                done(errorFor(
                         ErrorClass::Timeout, 0, status, tr("TikTok was still processing the post (%1)").arg(status)),
                    {});
                return;
            }
            // Downloading or processing the photos: TikTok asks to be polled.
            m_runtime->clock()->callAfter(
                2000, context, [=, this] { waitForTikTok(publishId, tries + 1, context, done); });
        });
}

void SocialClient::lookup(const QString& text, qint64 sinceMs, QObject* context,
    std::function<void(const ApiError&, const std::optional<Published>&)> done)
{
    const QString& p = m_target.platform;
    const qint64 since = sinceMs - kClockSlackMs;
    QUrl url;
    if (p == u"instagram") {
        url = graph(m_target.remoteId + u"/media"_s);
        url.setQuery(u"fields=id,caption,permalink,timestamp&limit=50"_s);
    } else if (p == u"facebook") {
        url = graph(m_target.remoteId + u"/feed"_s);
        url.setQuery(u"fields=id,message,created_time,permalink_url&limit=50&since=%1"_s.arg(since / 1000));
    } else if (p == u"pinterest") {
        url = at(u"/v5/boards/%1/pins"_s.arg(m_target.remoteId));
        url.setQuery(u"page_size=50"_s);
    } else if (p == u"x") {
        url = at(u"/2/users/%1/tweets"_s.arg(m_target.remoteId));
        url.setQuery(u"max_results=50&tweet.fields=created_at&start_time=%1"_s.arg(
            QDateTime::fromMSecsSinceEpoch(since, Qt::UTC).toString(Qt::ISODate)));
    } else if (p == u"linkedin") {
        url = at(u"/rest/posts"_s);
        url.setQuery(u"q=author&author=%1&count=50&sortBy=CREATED"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(linkedInAuthor()))));
    } else if (p == u"tiktok") {
        url = at(u"/v2/video/list/"_s);
        url.setQuery(u"fields=id,title,video_description,create_time,share_url"_s);
    } else {
        done(errorFor(ErrorClass::InvalidRequest, 0, QString(),
                 tr("posting to %1 is not built yet").arg(SocialPlatforms::displayName(p))),
            std::nullopt);
        return;
    }
    call(
        u"social.%1.lookup"_s.arg(p),
        [this, p, url] {
            if (p == u"linkedin")
                return linkedIn("GET", url);
            if (p == u"tiktok")
                return json(url, QJsonObject{{u"max_count"_s, 20}});
            return request("GET", url);
        },
        true, context,
        [p, text, since, done](const ApiError& e, const QJsonDocument& body, const HttpResponse&) {
            if (e.isError()) {
                done(e, std::nullopt);
                return;
            }
            const QJsonObject o = body.object();
            const QJsonArray items = p == u"pinterest" ? o.value(u"items"_s).toArray()
                : p == u"linkedin"                     ? o.value(u"elements"_s).toArray()
                : p == u"tiktok"                       ? o.value(u"data"_s).toObject().value(u"videos"_s).toArray()
                                                       : o.value(u"data"_s).toArray();
            for (const QJsonValue& v : items) {
                const QJsonObject item = v.toObject();
                const QString id = item.value(u"id"_s).toString();
                QString said;
                qint64 when = 0;
                QString where;
                if (p == u"instagram") {
                    said = item.value(u"caption"_s).toString();
                    when = parseTime(item.value(u"timestamp"_s).toString());
                    where = item.value(u"permalink"_s).toString();
                } else if (p == u"facebook") {
                    said = item.value(u"message"_s).toString();
                    when = parseTime(item.value(u"created_time"_s).toString());
                    where = item.value(u"permalink_url"_s).toString(u"https://www.facebook.com/"_s + id);
                } else if (p == u"pinterest") {
                    said = item.value(u"description"_s).toString();
                    when = parseTime(item.value(u"created_at"_s).toString());
                    where = u"https://www.pinterest.com/pin/%1/"_s.arg(id);
                } else if (p == u"linkedin") {
                    said = item.value(u"commentary"_s).toString();
                    when = item.value(u"createdAt"_s).toInteger();
                    where = u"https://www.linkedin.com/feed/update/%1/"_s.arg(id);
                } else if (p == u"tiktok") {
                    said = item.value(u"video_description"_s).toString();
                    when = item.value(u"create_time"_s).toInteger() * 1000;
                    where = item.value(u"share_url"_s).toString();
                } else {
                    said = item.value(u"text"_s).toString();
                    when = parseTime(item.value(u"created_at"_s).toString());
                    where = u"https://x.com/i/web/status/"_s + id;
                }
                // The text may carry the link Quorum added after it (LinkedIn, X, a Facebook photo's caption).
                if (!sameText(said, text) && comparable(said).startsWith(comparable(text))
                    && comparable(said).mid(comparable(text).size()).trimmed() == u"<address>")
                    said = text;
                if (sameText(said, text) && when >= since) {
                    done({}, Published{id, where});
                    return;
                }
            }
            done({}, std::nullopt);
        });
}

void SocialClient::quota(QObject* context, std::function<void(const ApiError&, int, int)> done)
{
    QUrl url = graph(m_target.remoteId + u"/content_publishing_limit"_s);
    url.setQuery(u"fields=quota_usage,config"_s);
    call(
        u"social.instagram.quota"_s, [this, url] { return request("GET", url); }, true, context,
        [done](const ApiError& e, const QJsonDocument& body, const HttpResponse&) {
            const QJsonObject row = body.object().value(u"data"_s).toArray().first().toObject();
            done(e, row.value(u"quota_usage"_s).toInt(),
                row.value(u"config"_s).toObject().value(u"quota_total"_s).toInt(50));
        });
}
