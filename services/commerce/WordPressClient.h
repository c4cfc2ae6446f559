#pragma once

#include "RestClient.h"

#include <QJsonObject>
#include <QUrl>

// WordPress REST v2 with an application password (HTTP Basic). The REST root is discovered the way
// WordPress documents it, from the Link: <...>; rel="https://api.w.org/" header, so both pretty
// /wp-json/ URLs and ?rest_route= sites work.
class WordPressClient final : public RestClient
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl siteUrl;
        QString user;
        QString applicationPassword;
        QUrl restRoot; // filled by discover(); may be preset
    };
    using ItemCallback = std::function<void(const ApiError& error, const QJsonObject& item)>;

    WordPressClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent = nullptr);

    // Finds the REST root (cached afterwards). Fails with a clear message when the site is not WordPress.
    void discover(QObject* context, std::function<void(const ApiError& error, const QUrl& root)> done);
    QUrl restRoot() const { return m_config.restRoot; }
    // The current user (context=edit): proves the application password works.
    void currentUser(QObject* context, ItemCallback done);

    // collection: "posts" or "pages".
    void create(const QString& collection, const QJsonObject& item, QObject* context, ItemCallback done);
    void update(const QString& collection, qint64 id, const QJsonObject& changes, QObject* context, ItemCallback done);
    void get(const QString& collection, qint64 id, QObject* context, ItemCallback done);
    // Any status (drafts included); an empty object when no item has that slug.
    void findBySlug(const QString& collection, const QString& slug, QObject* context, ItemCallback done);
    // Raw-body upload with Content-Disposition, as the attachments controller expects.
    void uploadMedia(const QByteArray& bytes, const QString& fileName, const QByteArray& mimeType, QObject* context,
        ItemCallback done);
    void findMediaBySlug(const QString& slug, QObject* context, ItemCallback done);

    // Builds a route URL under a discovered root: "wp/v2/posts" on /wp-json/ or ?rest_route=.
    static QUrl routeUrl(const QUrl& root, const QString& route, const QList<std::pair<QString, QString>>& query = {});
    // The api.w.org root from Link headers, if any.
    static QUrl rootFromLinkHeaders(const QList<QByteArray>& linkHeaders, const QUrl& base);

private:
    HttpRequest request(const QByteArray& method, const QString& route, const QList<std::pair<QString, QString>>& query,
        const QJsonObject& body = {}) const;
    // Discovers the root if needed, then runs the call with WordPress's error rules.
    void call(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
        JsonCallback done);
    void callItem(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
        ItemCallback done, bool firstOfArray = false);
    ApiError classify(const HttpResponse& response) const;

    Config m_config;
};
