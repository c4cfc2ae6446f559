#pragma once

#include "SocialEngagement.h"
#include "SocialPlatforms.h"
#include "commerce/RestClient.h"

#include <QUrl>

#include <optional>

// Publishing on the social platforms through their real APIs: Instagram Graph content publishing (a media
// container, its status, then media_publish; the content_publishing_limit quota), Facebook Page posts (feed, or
// photos with a caption), Pinterest v5 pins, X v2 posts, LinkedIn posts (the versioned REST API) and TikTok
// photo posts (Content Posting API: init, then the publish status). Each platform's errors are explained in its own
// terms, its rate limits give the wait (X's x-rate-limit-reset read against the server's own Date, so a clock
// that is off does not shorten or stretch it).
//
// A create is never retried here: an answer that never came may hide a post made, so the caller looks it up
// (lookup) before it sends again.
class SocialClient final : public RestClient
{
    Q_OBJECT
public:
    struct Target
    {
        QString platform;
        QUrl api;         // the API's address (the sandbox's in tests)
        QString remoteId; // Instagram user, Facebook Page, Pinterest board, X user
        QString token;
        QString graphVersion = QStringLiteral("v21.0");
        QString handle; // the account's name, for addresses that carry it (TikTok)
        QString linkedInVersion = QStringLiteral("202411");
    };
    struct Content
    {
        QString text;
        QString link;
        QList<SocialPlatforms::Media> media;
    };
    struct Published
    {
        QString id;
        QString url;
    };

    SocialClient(ApiCaller* caller, ApiRuntime* runtime, Target target, QObject* parent = nullptr);

    void publish(const Content& content, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    // The account's post with this text made at or after `sinceMs`, if there is one.
    void lookup(const QString& text, qint64 sinceMs, QObject* context,
        std::function<void(const ApiError&, const std::optional<Published>&)> done);
    // A published post's figures as its platform gives them (Instagram media insights, Facebook post insights,
    // Pinterest pin analytics, X public metrics, LinkedIn share statistics, TikTok video query); an empty answer
    // without an error when the platform no longer has the post. `publishedAtMs` bounds Pinterest's date range.
    void metrics(const QString& remoteId, qint64 publishedAtMs, qint64 nowMs, QObject* context,
        std::function<void(const ApiError&, const std::optional<SocialEngagement::Metrics>&)> done);
    // Instagram: posts published in the moving 24 hours and how many are allowed.
    void quota(QObject* context, std::function<void(const ApiError&, int used, int total)> done);

    ApiError classify(const HttpResponse& response) const;
    // How long until X's window opens again, from its reset time and the server's own Date (our clock when it
    // sends none); -1 when it does not say.
    static qint64 xResetWaitMs(const HttpResponse& response, qint64 ourNowMs);

private:
    QUrl graph(const QString& path) const;
    QUrl at(const QString& path) const;
    HttpRequest request(const QByteArray& method, const QUrl& url) const;
    HttpRequest form(const QUrl& url, const QList<std::pair<QString, QString>>& fields) const;
    HttpRequest json(const QUrl& url, const QJsonObject& body) const;
    void call(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
        JsonCallback done);

    void publishInstagram(
        const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    void waitForContainer(const QString& container, int tries, QObject* context,
        std::function<void(const ApiError&, const Published&)> done);
    void publishFacebook(
        const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    void publishPinterest(
        const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    void publishX(const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    void publishLinkedIn(
        const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    void publishTikTok(const Content& c, QObject* context, std::function<void(const ApiError&, const Published&)> done);
    void waitForTikTok(const QString& publishId, int tries, QObject* context,
        std::function<void(const ApiError&, const Published&)> done);
    QString linkedInAuthor() const;
    HttpRequest linkedIn(const QByteArray& method, const QUrl& url) const;

    Target m_target;
};
