#pragma once

#include "AdAccount.h"

#include "SandboxTypes.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

class LlmRoutes;
class PlatformRoutes;
class ShopRoutes;
class SocialRoutes;
class StoreDataRoutes;
namespace ShopData
{
struct Options;
class ShopLedger;
} // namespace ShopData

// The sandbox: one loopback HTTP server that speaks every API Quorum calls, in their real wire
// formats, with a deterministic writer and reviewer, in-memory shops, and fault injection per route.
// Tests start it in-process on a free port; `quorum-sandbox` runs it from the command line; the demo
// workspace talks to it. Admin endpoint: /__sandbox/{health,faults,reset,requests,stats,generate-shop}.
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 0; // 0: any free port
        QString host = QStringLiteral("127.0.0.1");
        SandboxCredentials credentials;
        QJsonObject faults;
        bool restRouteStyle = false; // WordPress announces ?rest_route= instead of /wp-json/
        int requestLogSize = 2000;
    };
    struct LoggedRequest
    {
        QString route;
        QByteArray method;
        QString path;
        QString query; // decoded
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 at = 0;
        QByteArray header(const QByteArray& name) const;
    };

    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(const Options& options, QString* error);
    quint16 port() const;
    QUrl url() const;

    // Thread-safe: may be called from any thread while the server runs in its own.
    void setFaults(const QJsonObject& config);
    void setRouteFaults(const QString& route, const QJsonObject& settings);
    QList<LoggedRequest> requests(const QString& route = {}) const;
    int requestCount(const QString& route = {}) const;
    // Every request the route ever received, however long ago (the log keeps only the newest).
    qint64 receivedCount(const QString& route) const;
    // The requests the route refused because its maxConcurrency was already in use (429).
    qint64 refusedCount(const QString& route) const;
    void clearRequests();
    void resetState();
    QList<QJsonObject> wooProducts() const;
    QList<QJsonObject> wooVariations(qint64 productId) const;
    // Products as a shop owner made them in the store, before Quorum (tests). Returns the new id.
    qint64 seedWooProduct(const QJsonObject& product, const QJsonArray& variations = {});
    QJsonObject seedShopifyProduct(const QJsonObject& product);
    QList<QJsonObject> wordpressItems(const QString& collection) const;
    // The WordPress user is an administrator (true, the default) or an editor without unfiltered_html,
    // whose scripts WordPress strips (their text stays).
    void setWordPressAdministrator(bool administrator);
    // A WordPress network site: users/me lists unfiltered_html, yet scripts are stripped.
    void setWordPressNetworkSite();
    QList<QJsonObject> shopifyProducts() const;
    QJsonObject adSet(const QString& id) const;
    // A campaign, ad set, creative or ad of the ad account; an edge's objects (parent empty: the account's).
    QJsonObject adNode(const QString& id) const;
    QJsonArray adList(const QString& parent, const QString& edge) const;
    // A change made in Ads Manager (as POST /<id> takes it), for tests.
    bool updateAdSet(const QString& id, const QUrlQuery& form, QString* why);
    // A Meta ad account with campaigns, ad sets and their daily history (see AdAccount); the Meta
    // routes of its id then answer from it. Call after start().
    void generateAdAccount(const AdAccount::Options& options);
    // Generates a shop (orders, customers, reviews, products) the WooCommerce and Shopify routes then
    // serve; replaces the previous one. Generation runs on the calling thread, outside the lock. Call
    // after start(). resetState() keeps the shop (and refills its Shopify cost bucket).
    void generateShop(const ShopData::Options& options);
    std::shared_ptr<const ShopData::ShopLedger> ledger() const;
    // The store's clock is off by this many minutes (its timestamps and date filters shift).
    void setStoreClockSkew(int minutes);
    // A sale in one store of the generated shop ("woocommerce" or "shopify"): that store's stock of the
    // SKU drops, the other's does not. False when there is no generated shop, store or SKU.
    bool sellStock(const QString& store, const QString& sku, int quantity);
    // The store's available stock of the SKU now (Shopify: summed over its locations), or -1.
    int stockOf(const QString& store, const QString& sku) const;

    // Which route a request belongs to ("openai.chat", "woo", ...), or empty. /v1/models is
    // "openai.models" here; a request to it carrying anthropic-version is "anthropic.models".
    static QString routeFor(const QString& path, const QString& restRoute);
    static bool isSocial(const QString& route);

    // The social platforms' posts ({id, account, text, link, media, created_at}); one removed there; the
    // time their posts are stamped with (a test's clock).
    QJsonArray socialPosts(const QString& platform) const;
    bool removeSocialPost(const QString& platform, const QString& id);
    // A post the platform held before this run (SocialRoutes::restore).
    void restoreSocialPost(const QString& platform, const QString& id, const QString& account, const QString& text,
        const QString& link, qint64 createdAt);
    // What a post's insights give from now on ({impressions, reach, likes, comments, shares, saves, clicks}).
    void setSocialMetrics(const QString& id, const QJsonObject& metrics);
    void setSocialClock(std::function<qint64()> now);

signals:
    void requestServed(const QString& route);

private:
    void onRequest(const ServerRequest& request, const Reply& reply);
    void admin(const ServerRequest& request, const Reply& reply);
    void dispatch(
        const QString& route, const ServerRequest& request, const FaultPlan::Decision& decision, const Reply& reply);
    void answerTransportFault(const QString& kind, const QString& route, const Reply& reply);

    HttpServer* m_http;
    Options m_options;
    FaultPlan m_faults;
    std::unique_ptr<LlmRoutes> m_llm;
    std::unique_ptr<ShopRoutes> m_shop;
    std::unique_ptr<PlatformRoutes> m_platforms;
    std::unique_ptr<StoreDataRoutes> m_storeData;
    std::unique_ptr<SocialRoutes> m_social;
    mutable QMutex m_stateMutex;
    mutable QMutex m_logMutex;
    QList<LoggedRequest> m_log;
    QHash<QString, qint64> m_received;
    QHash<QString, qint64> m_refused;
    quint16 m_port = 0;
};

// Runs a SandboxServer on its own thread (so its work never competes with the caller's event loop)
// and stops it on destruction.
class SandboxThread
{
public:
    explicit SandboxThread(const SandboxServer::Options& options = {});
    ~SandboxThread();
    SandboxThread(const SandboxThread&) = delete;
    SandboxThread& operator=(const SandboxThread&) = delete;

    bool isRunning() const { return m_server != nullptr && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    SandboxServer* server() const { return m_server; }
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    SandboxServer* m_server = nullptr;
    QUrl m_url;
    QString m_error;
};
