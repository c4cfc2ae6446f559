#include "SocialRoutes.h"

#include "core/Json.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{
QByteArray json(const QJsonObject& o)
{
    return Json::canonical(o);
}

QString graphTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QUrlQuery formOf(const ServerRequest& r)
{
    QUrlQuery q(QString::fromUtf8(r.body));
    // Graph takes parameters in the query string as well as the body.
    for (const auto& [k, v] : QUrlQuery(r.url).queryItems(QUrl::FullyDecoded))
        if (!q.hasQueryItem(k))
            q.addQueryItem(k, v);
    return q;
}

QString field(const QUrlQuery& q, const QString& key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

int hashtagCount(const QString& text)
{
    static const QRegularExpression tag(u"(?:^|(?<=\\s))#\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = tag.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

int codePoints(const QString& text)
{
    return static_cast<int>(text.toUcs4().size());
}

// An image the platform cannot use (the sandbox's stand-in for fetching and decoding it).
bool unusableImage(const QString& url)
{
    return url.isEmpty() || url.contains(u"not-an-image"_s) || url.endsWith(u".txt"_s);
}
} // namespace

QString SocialRoutes::routeFor(const QString& path)
{
    static const QRegularExpression igEdge(u"^/v\\d+\\.\\d+/\\d+/(media|media_publish|content_publishing_limit)$"_s);
    static const QRegularExpression igNode(u"^/v\\d+\\.\\d+/179\\d{14}(/insights)?$"_s);
    static const QRegularExpression fbEdge(u"^/v\\d+\\.\\d+/\\d+/(feed|photos)$"_s);
    static const QRegularExpression fbNode(u"^/v\\d+\\.\\d+/\\d+_\\d+(/insights)?$"_s);
    if (igEdge.match(path).hasMatch() || igNode.match(path).hasMatch())
        return u"instagram"_s;
    if (fbEdge.match(path).hasMatch() || fbNode.match(path).hasMatch())
        return u"facebook"_s;
    if (path.startsWith(u"/v5/"_s))
        return u"pinterest"_s;
    if (path == u"/rest/posts"_s || path.startsWith(u"/rest/posts/"_s)
        || path == u"/rest/organizationalEntityShareStatistics"_s)
        return u"linkedin"_s;
    if (path.startsWith(u"/v2/post/publish/"_s) || path.startsWith(u"/v2/video/list"_s)
        || path.startsWith(u"/v2/video/query"_s))
        return u"tiktok"_s;
    if (path.startsWith(u"/2/"_s))
        return u"x"_s;
    return {};
}

void SocialRoutes::reset()
{
    m_posts.clear();
    m_containers.clear();
    m_metrics.clear();
}

QJsonArray SocialRoutes::posts(const QString& platform) const
{
    return m_posts.value(platform);
}

bool SocialRoutes::remove(const QString& platform, const QString& id)
{
    QJsonArray& list = m_posts[platform];
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(u"id"_s).toString() == id) {
            list.removeAt(i);
            return true;
        }
    }
    return false;
}

namespace
{
// Each platform's post ids: the n-th post the sandbox made, in the platform's own shape.
constexpr qint64 kPinterestBase = 1000000000000LL;
constexpr qint64 kLinkedInBase = 7300000000000000000LL;
constexpr qint64 kTikTokBase = 7440000000000000000LL;
constexpr qint64 kXBase = 1860000000000000000LL;
constexpr qint64 kFacebookBase = 900000;
} // namespace

QString SocialRoutes::idFor(const QString& platform, const QString& account, qint64 n)
{
    if (platform == u"instagram")
        return u"17910%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    if (platform == u"facebook")
        return u"%1_%2"_s.arg(account).arg(kFacebookBase + n);
    if (platform == u"pinterest")
        return QString::number(kPinterestBase + n);
    if (platform == u"linkedin")
        return u"urn:li:share:%1"_s.arg(kLinkedInBase + n);
    if (platform == u"tiktok")
        return QString::number(kTikTokBase + n);
    return QString::number(kXBase + n);
}

qint64 SocialRoutes::serialOf(const QString& platform, const QString& id)
{
    if (platform == u"instagram")
        return id.mid(5).toLongLong();
    if (platform == u"facebook")
        return id.section(u'_', 1).toLongLong() - kFacebookBase;
    const qint64 number = id.section(u':', -1).toLongLong();
    if (platform == u"pinterest")
        return number - kPinterestBase;
    if (platform == u"linkedin")
        return number - kLinkedInBase;
    if (platform == u"tiktok")
        return number - kTikTokBase;
    return number - kXBase;
}

QJsonObject SocialRoutes::add(
    const QString& platform, const QString& account, const QString& text, const QString& link, const QString& media)
{
    const QJsonObject post{{u"id"_s, idFor(platform, account, m_nextId++)}, {u"account"_s, account}, {u"text"_s, text},
        {u"link"_s, link}, {u"media"_s, media}, {u"created_at"_s, now()}};
    m_posts[platform].append(post);
    return post;
}

void SocialRoutes::restore(const QString& platform, const QString& id, const QString& account, const QString& text,
    const QString& link, qint64 createdAt)
{
    if (findPost(platform, id))
        return;
    m_posts[platform].append(QJsonObject{{u"id"_s, id}, {u"account"_s, account}, {u"text"_s, text}, {u"link"_s, link},
        {u"media"_s, QString()}, {u"created_at"_s, createdAt}});
    // New posts never take a restored post's id.
    m_nextId = std::max(m_nextId, serialOf(platform, id) + 1);
}

void SocialRoutes::graphError(const Reply& reply, int status, int code, int subcode, const QString& message)
{
    QJsonObject err{{u"message"_s, message}, {u"type"_s, code == 190 ? u"OAuthException"_s : u"GraphMethodException"_s},
        {u"code"_s, code}, {u"fbtrace_id"_s, u"AbCdSandbox"_s}};
    if (subcode)
        err.insert(u"error_subcode"_s, subcode);
    if (code == 1 || code == 2)
        err.insert(u"is_transient"_s, true);
    reply->sendJson(status, json({{u"error"_s, err}}));
}

void SocialRoutes::xError(
    const Reply& reply, int status, const QString& title, const QString& detail, const Headers& headers)
{
    reply->sendJson(status,
        json({{u"title"_s, title}, {u"detail"_s, detail}, {u"type"_s, u"about:blank"_s}, {u"status"_s, status}}),
        headers);
}

void SocialRoutes::pinterestError(const Reply& reply, int status, int code, const QString& message)
{
    reply->sendJson(status, json({{u"code"_s, code}, {u"message"_s, message}}));
}

bool SocialRoutes::answerFault(
    const QString& route, const QString& kind, const FaultPlan::Decision& fault, const Reply& reply)
{
    const int wait = fault.retryAfterSeconds;
    const bool graph = route == u"instagram" || route == u"facebook";
    if (route == u"linkedin" || route == u"tiktok") {
        struct Answer
        {
            int status;
            QString code;
            QString message;
        };
        Answer a{0, {}, {}};
        if (kind == u"429")
            a = {429, route == u"linkedin" ? u"TOO_MANY_REQUESTS"_s : u"rate_limit_exceeded"_s,
                u"Resource level throttle limit reached. Please try again later."_s};
        else if (kind == u"401")
            a = {401, route == u"linkedin" ? u"REVOKED_ACCESS_TOKEN"_s : u"access_token_invalid"_s,
                u"The token used in the request has been revoked by the user"_s};
        else if (kind == u"500" || kind == u"503")
            a = {kind.toInt(), route == u"linkedin" ? u"INTERNAL_SERVER_ERROR"_s : u"internal_error"_s,
                u"Internal Server Error"_s};
        else
            return false;
        if (route == u"linkedin")
            reply->sendJson(a.status,
                json({{u"status"_s, a.status}, {u"code"_s, a.code}, {u"message"_s, a.message},
                    {u"serviceErrorCode"_s, a.status == 401 ? 65601 : 0}}),
                {{"Retry-After", QByteArray::number(wait)}});
        else
            reply->sendJson(a.status,
                json({{u"data"_s, QJsonObject()},
                    {u"error"_s,
                        QJsonObject{{u"code"_s, a.code}, {u"message"_s, a.message}, {u"log_id"_s, u"sandbox"_s}}}}),
                {{"Retry-After", QByteArray::number(wait)}});
        return true;
    }
    if (kind == u"429") {
        if (graph)
            graphError(reply, 400, 4, 0, u"(#4) Application request limit reached"_s);
        else if (route == u"x")
            xError(reply, 429, u"Too Many Requests"_s, u"Too Many Requests"_s,
                {{"x-rate-limit-limit", "100"}, {"x-rate-limit-remaining", "0"},
                    {"x-rate-limit-reset", QByteArray::number(now() / 1000 + wait)},
                    {"date",
                        QLocale::c()
                                .toString(
                                    QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss"_s)
                                .toLatin1()
                            + " GMT"}});
        else
            reply->sendJson(429, json({{u"code"_s, 8}, {u"message"_s, u"Rate limit exceeded. Try again later."_s}}),
                {{"Retry-After", QByteArray::number(wait)}});
        return true;
    }
    if (kind == u"401") {
        if (graph)
            graphError(reply, 400, 190, 463,
                u"Error validating access token: Session has expired on Monday, 07-Dec-26 09:00:00 PST."_s);
        else if (route == u"x")
            xError(reply, 401, u"Unauthorized"_s, u"Unauthorized"_s);
        else
            pinterestError(reply, 401, 2, u"Authentication failed."_s);
        return true;
    }
    if (kind == u"500" || kind == u"503") {
        if (graph)
            graphError(reply, 500, 2, 0, u"An unexpected error has occurred. Please retry your request later."_s);
        else if (route == u"x")
            xError(reply, kind.toInt(), u"Service Unavailable"_s, u"Service Unavailable"_s);
        else
            pinterestError(reply, kind.toInt(), 1, u"Something went wrong on our end."_s);
        return true;
    }
    return false;
}

void SocialRoutes::handle(
    const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply)
{
    const QStringList parts = request.path().split(u'/', Qt::SkipEmptyParts);
    if (request.header("authorization").trimmed().size() <= 7) { // "Bearer " and nothing
        answerFault(route, u"401"_s, fault, reply);
        return;
    }
    if (metrics(route, request, parts, reply))
        return;
    if (route == u"linkedin")
        linkedin(request, reply);
    else if (route == u"tiktok")
        tiktok(request, parts, reply);
    else if (route == u"instagram")
        instagram(request, parts, reply);
    else if (route == u"facebook")
        facebook(request, parts, reply);
    else if (route == u"pinterest")
        pinterest(request, parts, reply);
    else
        x(request, parts, reply);
}

void SocialRoutes::instagram(const ServerRequest& r, const QStringList& parts, const Reply& reply)
{
    // parts: v21.0, <id>[, edge]
    const QString id = parts.value(1);
    const QString edge = parts.value(2);
    const QUrlQuery form = formOf(r);
    const qint64 day = 86'400'000;
    const auto usedToday = [&] {
        int n = 0;
        for (const QJsonValue& v : m_posts.value(u"instagram"_s)) {
            const QJsonObject p = v.toObject();
            n += p.value(u"account"_s).toString() == id && p.value(u"created_at"_s).toInteger() > now() - day ? 1 : 0;
        }
        return n;
    };
    if (edge == u"media" && r.method == "POST") {
        const QString caption = field(form, u"caption"_s);
        const QString image = field(form, u"image_url"_s);
        if (image.isEmpty()) {
            graphError(reply, 400, 100, 0, u"(#100) The parameter image_url is required"_s);
            return;
        }
        if (codePoints(caption) > 2200) {
            graphError(reply, 400, 100, 2207010, u"The caption is too long: at most 2,200 characters."_s);
            return;
        }
        if (hashtagCount(caption) > 30) {
            graphError(reply, 400, 100, 2207012, u"The caption has more than 30 hashtags."_s);
            return;
        }
        const QString container = u"17900%1"_s.arg(m_nextId++, 12, 10, QLatin1Char('0'));
        m_containers.insert(container,
            {{u"account"_s, id}, {u"caption"_s, caption}, {u"image_url"_s, image},
                {u"status_code"_s, unusableImage(image) ? u"ERROR"_s : u"FINISHED"_s}});
        reply->sendJson(200, json({{u"id"_s, container}}));
        return;
    }
    if (edge == u"media_publish" && r.method == "POST") {
        const QString creation = field(form, u"creation_id"_s);
        const QJsonObject c = m_containers.value(creation);
        if (c.isEmpty() || c.value(u"account"_s).toString() != id) {
            graphError(
                reply, 400, 100, 33, u"Unsupported post request. Object with ID '%1' does not exist."_s.arg(creation));
            return;
        }
        if (c.value(u"status_code"_s).toString() != u"FINISHED") {
            graphError(reply, 400, 9007, 2207027, u"The media is not ready for publishing, please wait for a moment"_s);
            return;
        }
        if (c.value(u"published"_s).toBool()) {
            graphError(reply, 400, 100, 2207001, u"The media was already published."_s);
            return;
        }
        if (usedToday() >= m_quotaTotal) {
            graphError(reply, 400, 9, 2207042, u"You have reached the maximum number of posts allowed in 24 hours."_s);
            return;
        }
        QJsonObject done = c;
        done.insert(u"published"_s, true);
        m_containers.insert(creation, done);
        const QJsonObject post
            = add(u"instagram"_s, id, c.value(u"caption"_s).toString(), {}, c.value(u"image_url"_s).toString());
        reply->sendJson(200, json({{u"id"_s, post.value(u"id"_s)}}));
        return;
    }
    if (edge == u"content_publishing_limit") {
        reply->sendJson(200,
            json({{u"data"_s,
                QJsonArray{QJsonObject{{u"quota_usage"_s, usedToday()},
                    {u"config"_s, QJsonObject{{u"quota_total"_s, m_quotaTotal}, {u"quota_duration"_s, 86400}}}}}}}));
        return;
    }
    if (edge == u"media") {
        QJsonArray data;
        const QJsonArray all = m_posts.value(u"instagram"_s);
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject p = all.at(i).toObject();
            if (p.value(u"account"_s).toString() != id)
                continue;
            data.append(QJsonObject{{u"id"_s, p.value(u"id"_s)}, {u"caption"_s, p.value(u"text"_s)},
                {u"permalink"_s, u"https://www.instagram.com/p/%1/"_s.arg(p.value(u"id"_s).toString())},
                {u"timestamp"_s, graphTime(p.value(u"created_at"_s).toInteger())}});
        }
        reply->sendJson(200, json({{u"data"_s, data}}));
        return;
    }
    if (edge.isEmpty() && m_containers.contains(id)) {
        const QJsonObject c = m_containers.value(id);
        const bool error = c.value(u"status_code"_s).toString() == u"ERROR";
        reply->sendJson(200,
            json({{u"id"_s, id}, {u"status_code"_s, c.value(u"status_code"_s)},
                {u"status"_s,
                    error ? u"Error: The image could not be fetched or is not a supported format (2207026)"_s
                          : u"Finished: Media has been uploaded and it is ready to be published."_s}}));
        return;
    }
    if (edge.isEmpty()) {
        for (const QJsonValue& v : m_posts.value(u"instagram"_s)) {
            if (v.toObject().value(u"id"_s).toString() == id) {
                reply->sendJson(
                    200, json({{u"id"_s, id}, {u"permalink"_s, u"https://www.instagram.com/p/%1/"_s.arg(id)}}));
                return;
            }
        }
    }
    graphError(reply, 400, 100, 33, u"Unsupported get request. Object with ID '%1' does not exist."_s.arg(id));
}

void SocialRoutes::facebook(const ServerRequest& r, const QStringList& parts, const Reply& reply)
{
    const QString id = parts.value(1);
    const QString edge = parts.value(2);
    const QUrlQuery form = formOf(r);
    if ((edge == u"feed" || edge == u"photos") && r.method == "POST") {
        const bool photo = edge == u"photos";
        const QString text = field(form, photo ? u"caption"_s : u"message"_s);
        if (photo && unusableImage(field(form, u"url"_s))) {
            graphError(reply, 400, 324, 0, u"(#324) Missing or invalid image file"_s);
            return;
        }
        if (!photo && text.isEmpty() && field(form, u"link"_s).isEmpty()) {
            graphError(reply, 400, 100, 0, u"(#100) A message or a link is required"_s);
            return;
        }
        const QJsonObject post = add(u"facebook"_s, id, text, field(form, u"link"_s), field(form, u"url"_s));
        if (photo)
            reply->sendJson(
                200, json({{u"id"_s, u"%1"_s.arg(5000000 + m_nextId++)}, {u"post_id"_s, post.value(u"id"_s)}}));
        else
            reply->sendJson(200, json({{u"id"_s, post.value(u"id"_s)}}));
        return;
    }
    if (edge == u"feed") {
        const qint64 since = QUrlQuery(r.url).queryItemValue(u"since"_s).toLongLong() * 1000;
        QJsonArray data;
        const QJsonArray all = m_posts.value(u"facebook"_s);
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject p = all.at(i).toObject();
            if (p.value(u"account"_s).toString() != id || p.value(u"created_at"_s).toInteger() < since)
                continue;
            data.append(QJsonObject{{u"id"_s, p.value(u"id"_s)}, {u"message"_s, p.value(u"text"_s)},
                {u"created_time"_s, graphTime(p.value(u"created_at"_s).toInteger())},
                {u"permalink_url"_s, u"https://www.facebook.com/%1"_s.arg(p.value(u"id"_s).toString())}});
        }
        reply->sendJson(200, json({{u"data"_s, data}}));
        return;
    }
    graphError(reply, 400, 100, 33, u"Unsupported request. Object with ID '%1' does not exist."_s.arg(id));
}

void SocialRoutes::pinterest(const ServerRequest& r, const QStringList& parts, const Reply& reply)
{
    // v5, pins | v5, boards, <id>, pins
    if (parts.value(1) == u"pins" && r.method == "POST") {
        QString error;
        const QJsonObject body = Json::parseObject(r.body, &error).value_or(QJsonObject());
        const QString board = body.value(u"board_id"_s).toString();
        const QString description = body.value(u"description"_s).toString();
        const QJsonObject source = body.value(u"media_source"_s).toObject();
        if (board.isEmpty()) {
            pinterestError(reply, 400, 1, u"Invalid request: board_id is required."_s);
            return;
        }
        if (codePoints(description) > 500) {
            pinterestError(reply, 400, 1, u"Invalid request: description is longer than 500 characters."_s);
            return;
        }
        if (unusableImage(source.value(u"url"_s).toString())) {
            pinterestError(reply, 400, 2000, u"Sorry, we could not fetch the image."_s);
            return;
        }
        const QJsonObject post = add(
            u"pinterest"_s, board, description, body.value(u"link"_s).toString(), source.value(u"url"_s).toString());
        reply->sendJson(201,
            json({{u"id"_s, post.value(u"id"_s)}, {u"board_id"_s, board}, {u"description"_s, description},
                {u"link"_s, body.value(u"link"_s)},
                {u"created_at"_s, isoTime(post.value(u"created_at"_s).toInteger())}}));
        return;
    }
    if (parts.value(1) == u"boards" && parts.value(3) == u"pins") {
        const QString board = parts.value(2);
        QJsonArray items;
        const QJsonArray all = m_posts.value(u"pinterest"_s);
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject p = all.at(i).toObject();
            if (p.value(u"account"_s).toString() == board)
                items.append(QJsonObject{{u"id"_s, p.value(u"id"_s)}, {u"description"_s, p.value(u"text"_s)},
                    {u"board_id"_s, board}, {u"created_at"_s, isoTime(p.value(u"created_at"_s).toInteger())}});
        }
        reply->sendJson(200, json({{u"items"_s, items}, {u"bookmark"_s, QJsonValue::Null}}));
        return;
    }
    pinterestError(reply, 404, 3, u"Not found."_s);
}

void SocialRoutes::x(const ServerRequest& r, const QStringList& parts, const Reply& reply)
{
    // 2, tweets | 2, users, <id>, tweets. The sandbox's account is the token's user: "me" is user 42.
    if (parts.value(1) == u"tweets" && r.method == "POST") {
        QString error;
        const QJsonObject body = Json::parseObject(r.body, &error).value_or(QJsonObject());
        const QString text = body.value(u"text"_s).toString();
        if (codePoints(text) > 280) {
            xError(reply, 403, u"Forbidden"_s, u"Your Tweet text is too long."_s);
            return;
        }
        for (const QJsonValue& v : m_posts.value(u"x"_s)) {
            if (v.toObject().value(u"text"_s).toString() == text) {
                xError(reply, 403, u"Forbidden"_s, u"You are not allowed to create a Tweet with duplicate content."_s);
                return;
            }
        }
        const QJsonObject post = add(u"x"_s, u"42"_s, text, {}, {});
        reply->sendJson(201,
            json({{u"data"_s,
                QJsonObject{{u"id"_s, post.value(u"id"_s)}, {u"text"_s, text},
                    {u"edit_history_tweet_ids"_s, QJsonArray{post.value(u"id"_s)}}}}}));
        return;
    }
    if (parts.value(1) == u"users" && parts.value(3) == u"tweets") {
        const QString start = QUrlQuery(r.url).queryItemValue(u"start_time"_s, QUrl::FullyDecoded);
        const qint64 since = start.isEmpty() ? 0 : QDateTime::fromString(start, Qt::ISODate).toMSecsSinceEpoch();
        QJsonArray data;
        const QJsonArray all = m_posts.value(u"x"_s);
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject p = all.at(i).toObject();
            // As X gives texts back: &, < and > escaped, every address replaced by its t.co link.
            static const QRegularExpression address(u"https?://\\S+"_s);
            QString said = p.value(u"text"_s).toString();
            said.replace(u"&"_s, u"&amp;"_s).replace(u"<"_s, u"&lt;"_s).replace(u">"_s, u"&gt;"_s);
            said.replace(address, u"https://t.co/Sandb0x"_s);
            if (p.value(u"created_at"_s).toInteger() >= since)
                data.append(QJsonObject{{u"id"_s, p.value(u"id"_s)}, {u"text"_s, said},
                    {u"created_at"_s, isoTime(p.value(u"created_at"_s).toInteger())}});
        }
        QJsonObject answer{{u"meta"_s, QJsonObject{{u"result_count"_s, data.size()}}}};
        if (!data.isEmpty())
            answer.insert(u"data"_s, data);
        reply->sendJson(200, json(answer));
        return;
    }
    xError(reply, 404, u"Not Found Error"_s, u"The requested resource was not found."_s);
}

void SocialRoutes::linkedin(const ServerRequest& r, const Reply& reply)
{
    const auto error = [&reply](int status, const QString& code, const QString& message) {
        reply->sendJson(status, json({{u"status"_s, status}, {u"code"_s, code}, {u"message"_s, message}}));
    };
    if (r.header("linkedin-version").isEmpty()) {
        error(426, u"VERSION_MISSING"_s,
            u"A version must be present. Please specify a version by adding the "
            u"LinkedIn-Version header."_s);
        return;
    }
    if (r.method == "POST") {
        QString parseError;
        const QJsonObject body = Json::parseObject(r.body, &parseError).value_or(QJsonObject());
        const QString author = body.value(u"author"_s).toString();
        const QString text = body.value(u"commentary"_s).toString();
        if (!author.startsWith(u"urn:li:"_s)) {
            error(422, u"UNPROCESSABLE_ENTITY"_s, u"/author :: must be a valid URN"_s);
            return;
        }
        if (codePoints(text) > 3000) {
            error(422, u"UNPROCESSABLE_ENTITY"_s, u"/commentary :: length must be at most 3000"_s);
            return;
        }
        for (const QJsonValue& v : m_posts.value(u"linkedin"_s)) {
            const QJsonObject p = v.toObject();
            if (p.value(u"account"_s).toString() == author && p.value(u"text"_s).toString() == text) {
                error(422, u"DUPLICATE_POST"_s, u"Content is a duplicate of %1"_s.arg(p.value(u"id"_s).toString()));
                return;
            }
        }
        const QJsonObject post = add(u"linkedin"_s, author, text, {}, {});
        reply->send(201, {{"x-restli-id", post.value(u"id"_s).toString().toUtf8()}, {"Content-Length", "0"}}, {});
        return;
    }
    const QString author = QUrlQuery(r.url).queryItemValue(u"author"_s, QUrl::FullyDecoded);
    QJsonArray elements;
    const QJsonArray all = m_posts.value(u"linkedin"_s);
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const QJsonObject p = all.at(i).toObject();
        if (p.value(u"account"_s).toString() == author)
            elements.append(
                QJsonObject{{u"id"_s, p.value(u"id"_s)}, {u"author"_s, author}, {u"commentary"_s, p.value(u"text"_s)},
                    {u"createdAt"_s, p.value(u"created_at"_s)}, {u"lifecycleState"_s, u"PUBLISHED"_s}});
    }
    reply->sendJson(
        200, json({{u"elements"_s, elements}, {u"paging"_s, QJsonObject{{u"count"_s, 50}, {u"start"_s, 0}}}}));
}

void SocialRoutes::tiktok(const ServerRequest& r, const QStringList& parts, const Reply& reply)
{
    const auto answer = [&reply](int status, const QJsonObject& data, const QString& code, const QString& message) {
        reply->sendJson(status,
            json({{u"data"_s, data},
                {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"log_id"_s, u"sandbox"_s}}}}));
    };
    QString parseError;
    const QJsonObject body = Json::parseObject(r.body, &parseError).value_or(QJsonObject());
    // v2, post, publish, content, init | v2, post, publish, status, fetch | v2, video, list
    if (parts.value(3) == u"content" && parts.value(4) == u"init") {
        const QJsonObject info = body.value(u"post_info"_s).toObject();
        const QJsonArray images = body.value(u"source_info"_s).toObject().value(u"photo_images"_s).toArray();
        if (body.value(u"media_type"_s).toString() != u"PHOTO" || images.isEmpty()) {
            answer(400, {}, u"invalid_params"_s, u"photo_images is required for a photo post"_s);
            return;
        }
        if (codePoints(info.value(u"title"_s).toString()) > 90
            || codePoints(info.value(u"description"_s).toString()) > 4000) {
            answer(400, {}, u"invalid_params"_s, u"title or description is too long"_s);
            return;
        }
        const QString publishId = u"p_pub_url~v2.%1"_s.arg(m_nextId++);
        if (unusableImage(images.first().toString())) {
            m_containers.insert(
                publishId, {{u"status"_s, u"FAILED"_s}, {u"fail_reason"_s, u"picture_size_check_failed"_s}});
        } else {
            const QJsonObject post
                = add(u"tiktok"_s, u"me"_s, info.value(u"description"_s).toString(), {}, images.first().toString());
            m_containers.insert(publishId, {{u"status"_s, u"PUBLISH_COMPLETE"_s}, {u"post"_s, post.value(u"id"_s)}});
        }
        answer(200, {{u"publish_id"_s, publishId}}, u"ok"_s, {});
        return;
    }
    if (parts.value(3) == u"status" && parts.value(4) == u"fetch") {
        const QJsonObject c = m_containers.value(body.value(u"publish_id"_s).toString());
        if (c.isEmpty()) {
            answer(400, {}, u"invalid_publish_id"_s, u"The publish_id does not exist"_s);
            return;
        }
        QJsonObject data{{u"status"_s, c.value(u"status"_s)}};
        if (c.contains(u"post"_s))
            data.insert(u"publicaly_available_post_id"_s, QJsonArray{c.value(u"post"_s).toString().toLongLong()});
        if (c.contains(u"fail_reason"_s))
            data.insert(u"fail_reason"_s, c.value(u"fail_reason"_s));
        answer(200, data, u"ok"_s, {});
        return;
    }
    if (parts.value(1) == u"video" && parts.value(2) == u"list") {
        QJsonArray videos;
        const QJsonArray all = m_posts.value(u"tiktok"_s);
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject p = all.at(i).toObject();
            videos.append(QJsonObject{{u"id"_s, p.value(u"id"_s)}, {u"video_description"_s, p.value(u"text"_s)},
                {u"title"_s, p.value(u"text"_s).toString().left(90)},
                {u"create_time"_s, p.value(u"created_at"_s).toInteger() / 1000},
                {u"share_url"_s, u"https://www.tiktok.com/@sandbox/photo/%1"_s.arg(p.value(u"id"_s).toString())}});
        }
        answer(200, {{u"videos"_s, videos}, {u"has_more"_s, false}, {u"cursor"_s, 0}}, u"ok"_s, {});
        return;
    }
    answer(404, {}, u"not_found"_s, u"Not found"_s);
}
