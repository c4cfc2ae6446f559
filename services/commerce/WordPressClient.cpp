#include "WordPressClient.h"

#include "core/Json.h"
#include "resilience/ApiCaller.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

WordPressClient::WordPressClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent)
    : RestClient(caller, runtime, u"WordPress"_s, parent)
    , m_config(config)
{ }

QUrl WordPressClient::rootFromLinkHeaders(const QList<QByteArray>& linkHeaders, const QUrl& base)
{
    static const QRegularExpression re(u"<([^>]+)>\\s*;\\s*rel=\"?https://api\\.w\\.org/\"?"_s);
    for (const QByteArray& header : linkHeaders) {
        // One header may hold several comma-separated links.
        const auto it = re.globalMatch(QString::fromUtf8(header));
        if (it.hasNext())
            return base.resolved(QUrl(it.peekNext().captured(1)));
    }
    return {};
}

QUrl WordPressClient::routeUrl(const QUrl& root, const QString& route, const QList<std::pair<QString, QString>>& query)
{
    QUrl url = root;
    QUrlQuery q(root);
    if (q.hasQueryItem(u"rest_route"_s)) {
        QString base = q.queryItemValue(u"rest_route"_s);
        if (!base.endsWith(u'/'))
            base += u'/';
        q.removeAllQueryItems(u"rest_route"_s);
        q.addQueryItem(u"rest_route"_s, base + route);
    } else {
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + route);
    }
    for (const auto& [k, v] : query)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    return url;
}

HttpRequest WordPressClient::request(const QByteArray& method, const QString& route,
    const QList<std::pair<QString, QString>>& query, const QJsonObject& body) const
{
    HttpRequest h;
    h.method = method;
    h.url = routeUrl(m_config.restRoot, route, query);
    h.setHeader("Accept", "application/json");
    // WordPress ignores the spaces it prints in application passwords.
    const QString password = QString(m_config.applicationPassword).remove(u' ');
    h.setHeader("Authorization", "Basic " + (m_config.user + u':' + password).toUtf8().toBase64());
    if (!body.isEmpty()) {
        h.setHeader("Content-Type", "application/json");
        h.body = Json::canonical(body);
    }
    return h;
}

ApiError WordPressClient::classify(const HttpResponse& r) const
{
    ApiError e = classifyRest(r);
    if (!e.isError())
        return e;
    if (e.code == u"incorrect_password" || e.code == u"invalid_username" || e.code == u"rest_not_logged_in"
        || e.code == u"invalid_email")
        e.cls = ErrorClass::Auth;
    if (e.code == u"rest_not_logged_in")
        e.message += u' '
            + QCoreApplication::translate("WordPressClient",
                "(WordPress did not see the credentials: the server may strip the Authorization header)");
    if (e.code.startsWith(u"rest_cannot_"_s))
        e.cls = r.status == 401 ? ErrorClass::Auth : ErrorClass::Permission;
    return e;
}

void WordPressClient::discover(QObject* context, std::function<void(const ApiError&, const QUrl&)> done)
{
    if (m_config.restRoot.isValid() && !m_config.restRoot.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done, root = m_config.restRoot] { done({}, root); }, Qt::QueuedConnection);
        return;
    }
    const QUrl site = m_config.siteUrl;
    run(
        u"wp.discover"_s,
        [site] {
            HttpRequest h;
            h.method = "GET";
            h.url = site;
            h.maxResponseBytes = 4 * 1024 * 1024;
            return h;
        },
        true, context,
        [this, site, done](const ApiError& e, const QJsonDocument&, const HttpResponse& response) {
            if (e.isError()) {
                done(e, {});
                return;
            }
            const QUrl root = rootFromLinkHeaders(
                response.headerValues("link"), response.finalUrl.isValid() ? response.finalUrl : site);
            if (!root.isValid() || root.isEmpty()) {
                done(errorFor(ErrorClass::NotFound, response.status, u"not_wordpress"_s,
                         QCoreApplication::translate("WordPressClient",
                             "%1 does not look like a WordPress site: it announces no REST API (no Link "
                             "rel=\"https://api.w.org/\" header)")
                             .arg(site.toString())),
                    {});
                return;
            }
            m_config.restRoot = root;
            done({}, root);
        },
        [this](const HttpResponse& r) -> ApiError {
            // Any page of the site carries the Link header; only the status matters here.
            if (r.status >= 200 && r.status < 400)
                return {};
            return errorFor(classForStatus(r.status), r.status, QString(),
                QCoreApplication::translate("WordPressClient", "the site answered HTTP %1").arg(r.status));
        });
}

void WordPressClient::call(
    const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context, JsonCallback done)
{
    discover(
        context, [this, purpose, build = std::move(build), idempotent, context, done](const ApiError& e, const QUrl&) {
            if (e.isError()) {
                done(e, {}, {});
                return;
            }
            run(purpose, build, idempotent, context, done, [this](const HttpResponse& r) { return classify(r); });
        });
}

void WordPressClient::callItem(const QString& purpose, std::function<HttpRequest()> build, bool idempotent,
    QObject* context, ItemCallback done, bool firstOfArray)
{
    call(purpose, std::move(build), idempotent, context,
        [done, firstOfArray](const ApiError& e, const QJsonDocument& doc, const HttpResponse&) {
            if (e.isError())
                done(e, {});
            else
                done(e, firstOfArray ? doc.array().first().toObject() : doc.object());
        });
}

void WordPressClient::currentUser(QObject* context, ItemCallback done)
{
    callItem(
        u"wp.me"_s,
        [this] {
            return request("GET", u"wp/v2/users/me"_s, {{u"context"_s, u"edit"_s}});
        },
        true, context, done);
}

void WordPressClient::create(const QString& collection, const QJsonObject& item, QObject* context, ItemCallback done)
{
    // Not retried after an ambiguous failure: the publisher looks the slug up and reconciles.
    callItem(
        u"wp.create"_s, [this, collection, item] { return request("POST", u"wp/v2/"_s + collection, {}, item); }, false,
        context, done);
}

void WordPressClient::update(
    const QString& collection, qint64 id, const QJsonObject& changes, QObject* context, ItemCallback done)
{
    callItem(
        u"wp.update"_s,
        [this, collection, id, changes] {
            return request("POST", u"wp/v2/%1/%2"_s.arg(collection).arg(id), {}, changes);
        },
        true, context, done);
}

void WordPressClient::get(const QString& collection, qint64 id, QObject* context, ItemCallback done)
{
    callItem(
        u"wp.get"_s,
        [this, collection, id] {
            return request("GET", u"wp/v2/%1/%2"_s.arg(collection).arg(id), {{u"context"_s, u"edit"_s}});
        },
        true, context, done);
}

void WordPressClient::findBySlug(const QString& collection, const QString& slug, QObject* context, ItemCallback done)
{
    callItem(
        u"wp.find_slug"_s,
        [this, collection, slug] {
            return request("GET", u"wp/v2/"_s + collection,
                {{u"slug"_s, slug}, {u"status"_s, u"publish,future,draft,pending,private"_s},
                    {u"context"_s, u"edit"_s}});
        },
        true, context, done, true);
}

void WordPressClient::uploadMedia(
    const QByteArray& bytes, const QString& fileName, const QByteArray& mimeType, QObject* context, ItemCallback done)
{
    callItem(
        u"wp.media"_s,
        [this, bytes, fileName, mimeType] {
            HttpRequest h = request("POST", u"wp/v2/media"_s, {});
            h.setHeader("Content-Type", mimeType);
            h.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"');
            h.body = bytes;
            return h;
        },
        false, context, done);
}

void WordPressClient::findMediaBySlug(const QString& slug, QObject* context, ItemCallback done)
{
    callItem(
        u"wp.media_find"_s,
        [this, slug] {
            return request("GET", u"wp/v2/media"_s, {{u"slug"_s, slug}});
        },
        true, context, done, true);
}
