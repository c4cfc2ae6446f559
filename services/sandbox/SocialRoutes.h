#pragma once

#include "SandboxTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

// The social platforms' publishing APIs as they answer (wave2-anchors section 3): Instagram Graph content
// publishing (POST /{ig-user}/media makes a container, GET /{container}?fields=status_code, POST
// /{ig-user}/media_publish, GET /{ig-user}/content_publishing_limit with 50 posts in a moving 24 hours, GET
// /{ig-user}/media), Facebook Page posts (/{page}/feed, /{page}/photos), Pinterest v5 pins (/v5/pins,
// /v5/boards/{id}/pins), X v2 posts (/2/tweets, /2/users/{id}/tweets), LinkedIn posts (/rest/posts, versioned,
// the new post's URN in x-restli-id) and TikTok photo posts (/v2/post/publish/content/init/, the publish status,
// /v2/video/list/). Each platform's limits are checked
// and refused in its own error format; faults (429 with the platform's reset, 401 as a revoked token, 500,
// timeout_after_create: the post is made and the answer never comes) answer in that format too.
class SocialRoutes
{
public:
    // instagram | facebook | pinterest | x | linkedin | tiktok, or empty when the path is not a social platform's.
    static QString routeFor(const QString& path);

    void handle(
        const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);
    // An injected fault in the platform's own format; false when the kind is not one.
    bool answerFault(const QString& route, const QString& kind, const FaultPlan::Decision& fault, const Reply& reply);
    // The time the platforms stamp posts with (tests give their clock; the real time otherwise).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    void reset();

    // The posts a platform holds, oldest first ({id, account, text, link, media, created_at}).
    QJsonArray posts(const QString& platform) const;
    // The figures a post's insights give from now on (impressions, reach, likes, comments, shares, saves,
    // clicks); without them a post's figures follow from its id and the hour it was made (evenings do better).
    void setMetrics(const QString& id, const QJsonObject& metrics) { m_metrics.insert(id, metrics); }
    // A post the platform holds from before (the sandbox keeps nothing between runs): the demo's published posts.
    void restore(const QString& platform, const QString& id, const QString& account, const QString& text,
        const QString& link, qint64 createdAt);
    // The id the sandbox gives the n-th post on a platform, and back.
    static QString idFor(const QString& platform, const QString& account, qint64 n);
    static qint64 serialOf(const QString& platform, const QString& id);
    // A post removed on the platform (by the shop, or by the platform).
    bool remove(const QString& platform, const QString& id);

private:
    qint64 now() const { return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch(); }
    QJsonObject add(const QString& platform, const QString& account, const QString& text, const QString& link,
        const QString& media);
    // The platforms' insights of one post (SocialRoutesMetrics.cpp); false when the request is not for them.
    bool metrics(const QString& route, const ServerRequest& request, const QStringList& parts, const Reply& reply);
    QJsonObject metricsOf(const QJsonObject& post) const;
    std::optional<QJsonObject> findPost(const QString& platform, const QString& id) const;
    void instagram(const ServerRequest& request, const QStringList& parts, const Reply& reply);
    void facebook(const ServerRequest& request, const QStringList& parts, const Reply& reply);
    void pinterest(const ServerRequest& request, const QStringList& parts, const Reply& reply);
    void x(const ServerRequest& request, const QStringList& parts, const Reply& reply);
    void linkedin(const ServerRequest& request, const Reply& reply);
    void tiktok(const ServerRequest& request, const QStringList& parts, const Reply& reply);
    static void graphError(const Reply& reply, int status, int code, int subcode, const QString& message);
    static void xError(
        const Reply& reply, int status, const QString& title, const QString& detail, const Headers& headers = {});
    static void pinterestError(const Reply& reply, int status, int code, const QString& message);

    std::function<qint64()> m_now;
    QHash<QString, QJsonArray> m_posts;       // by platform
    QHash<QString, QJsonObject> m_containers; // Instagram containers by id
    QHash<QString, QJsonObject> m_metrics;    // figures set by a test, by post id
    qint64 m_nextId = 1;
    int m_quotaTotal = 50;
};
