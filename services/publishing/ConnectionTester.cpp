#include "ConnectionTester.h"

#include "commerce/MetaAdsClient.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "commerce/WordPressClient.h"
#include "core/Json.h"
#include "net/HttpClient.h"
#include "resilience/ApiCaller.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(ApiRuntime* runtime, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    // A test is answered quickly or not at all: short deadlines, no long retries.
    HttpClient::Options options;
    options.deadlineMs = 20'000;
    options.stallTimeoutMs = 10'000;
    m_http = new HttpClient(options, this);
    m_caller = new ApiCaller(m_http, clock, this);
}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::explain(const ApiError& e, Connections::Kind kind, const QString& address)
{
    if (e.code == u"host_not_found")
        return QCoreApplication::translate("ConnectionTester",
            "The address %1 could not be found (DNS). Check its spelling, and that this computer is online.")
            .arg(address);
    if (e.code == u"connection_refused")
        return QCoreApplication::translate(
            "ConnectionTester", "Nothing answers at %1 (connection refused). Is the address right, and the site up?")
            .arg(address);
    if (e.code == u"tls")
        return QCoreApplication::translate("ConnectionTester",
            "The secure connection to %1 failed (TLS): %2. The certificate may have expired, or not belong to this "
            "address.")
            .arg(address, e.message);
    switch (e.cls) {
    case ErrorClass::NotFound:
        return kind == Connections::Kind::WooCommerce ? QCoreApplication::translate("ConnectionTester",
                   "There is no WooCommerce store at %1 (its REST API was not found). Is WooCommerce installed and "
                   "active there?")
                                                            .arg(address)
            : kind == Connections::Kind::Shopify
            ? QCoreApplication::translate(
                "ConnectionTester", "%1 is not a Shopify admin address. Use the shop's myshopify.com domain.")
                  .arg(address)
            : QCoreApplication::translate("ConnectionTester",
                "%1 does not look like a WordPress site: it announces no REST API. Check the address.")
                  .arg(address);
    case ErrorClass::Auth:
        return kind == Connections::Kind::WordPress  ? QCoreApplication::translate("ConnectionTester",
                    "WordPress refused the user and application password. Check the user name and create a new "
                     "application password (Users → Profile → Application passwords).")
            : kind == Connections::Kind::WooCommerce ? QCoreApplication::translate("ConnectionTester",
                  "WooCommerce refused the consumer key and secret. Create new keys (WooCommerce → Settings → "
                  "Advanced → REST API).")
            : kind == Connections::Kind::MetaAds
            ? QCoreApplication::translate("ConnectionTester",
                "Meta refused the access token (it expired or was revoked). Create a new system user token with "
                "ads_read and ads_management in Business Settings.")
            : QCoreApplication::translate("ConnectionTester",
                "Shopify refused the access token. Check the token of the custom app (Settings → Apps).");
    case ErrorClass::Permission:
        if (kind == Connections::Kind::MetaAds)
            return QCoreApplication::translate("ConnectionTester",
                "The token works but may not use this ad account: give its system user the ad account, with "
                "ads_read and ads_management.");
        return kind == Connections::Kind::Shopify
            ? QCoreApplication::translate(
                "ConnectionTester", "The token works but lacks a permission: the app needs write_products.")
            : QCoreApplication::translate(
                "ConnectionTester", "The credentials work but may not publish: %1 needs read and write access.")
                  .arg(kind == Connections::Kind::WooCommerce
                          ? QCoreApplication::translate("ConnectionTester", "the REST API key")
                          : QCoreApplication::translate("ConnectionTester", "the WordPress user"));
    case ErrorClass::Timeout:
        return QCoreApplication::translate("ConnectionTester", "%1 did not answer in time.").arg(address);
    default:
        return e.message.isEmpty() ? e.toString() : e.message;
    }
}

void ConnectionTester::test(const Connections::Connection& c, const QHash<QString, QString>& secrets,
    std::function<void(bool ok, const QString& message)> done)
{
    const QString address = c.url.trimmed();
    switch (c.kind) {
    case Connections::Kind::WordPress: {
        auto* wp = new WordPressClient(
            m_caller, m_runtime, {QUrl(address), c.account.trimmed(), secrets.value(u"app_password"_s), {}}, this);
        wp->currentUser(this, [wp, done, address](const ApiError& e, const QJsonObject& me) {
            wp->deleteLater();
            if (e.isError()) {
                done(false, explain(e, Connections::Kind::WordPress, address));
                return;
            }
            const QJsonObject caps = me.value(u"capabilities"_s).toObject();
            const QString name = me.value(u"name"_s).toString(me.value(u"slug"_s).toString());
            if (!caps.isEmpty()
                && (!caps.value(u"publish_posts"_s).toBool() || !caps.value(u"upload_files"_s).toBool())) {
                done(false,
                    QCoreApplication::translate("ConnectionTester",
                        "Signed in as %1, but this user may not publish posts or upload media: give them the Editor "
                        "or Administrator role.")
                        .arg(name));
                return;
            }
            done(true,
                QCoreApplication::translate("ConnectionTester",
                    "Connected to %1 as %2 (%3); posts, pages and media can be "
                    "published.")
                    .arg(address, name, Json::toStringList(me.value(u"roles"_s).toArray()).join(u", "_s)));
        });
        return;
    }
    case Connections::Kind::WooCommerce: {
        auto* woo = new WooCommerceClient(m_caller, m_runtime,
            {QUrl(address), secrets.value(u"consumer_key"_s), secrets.value(u"consumer_secret"_s), false}, this);
        woo->testConnection(this, [woo, done, address](const ApiError& e) {
            woo->deleteLater();
            if (e.isError())
                done(false, explain(e, Connections::Kind::WooCommerce, address));
            else
                done(true,
                    QCoreApplication::translate("ConnectionTester",
                        "Connected to the WooCommerce store at %1. Publishing needs keys with read and write access.")
                        .arg(address));
        });
        return;
    }
    case Connections::Kind::MetaAds: {
        MetaAdsClient::Config config;
        config.graphUrl = Connections::graphUrl(c);
        config.accessToken = secrets.value(u"ads_token"_s);
        config.adAccountId = c.account.trimmed().remove(u"act_"_s);
        auto* meta = new MetaAdsClient(m_caller, m_runtime, config, this);
        meta->account(
            this, [meta, done, address = config.graphUrl.host()](const ApiError& e, const QJsonObject& account) {
                meta->deleteLater();
                if (e.isError())
                    done(false, explain(e, Connections::Kind::MetaAds, address));
                else
                    done(true,
                        QCoreApplication::translate("ConnectionTester", "Connected to the ad account “%1” (%2, %3).")
                            .arg(account.value(u"name"_s).toString(), account.value(u"currency"_s).toString(),
                                account.value(u"timezone_name"_s).toString()));
            });
        return;
    }
    case Connections::Kind::Shopify: {
        ShopifyClient::Config config;
        config.accessToken = secrets.value(u"access_token"_s);
        if (!c.apiVersion.trimmed().isEmpty())
            config.apiVersion = c.apiVersion.trimmed();
        if (address.startsWith(u"http"_s))
            config.endpoint = QUrl(address + u"/admin/api/%1/graphql.json"_s.arg(config.apiVersion));
        else
            config.shopDomain = address;
        auto* shopify = new ShopifyClient(m_caller, m_runtime, config, this);
        shopify->shopInfo(this, [shopify, done, address](const ApiError& e, const QJsonObject& shop) {
            shopify->deleteLater();
            if (e.isError())
                done(false, explain(e, Connections::Kind::Shopify, address));
            else
                done(true,
                    QCoreApplication::translate("ConnectionTester", "Connected to the Shopify shop “%1”.")
                        .arg(shop.value(u"name"_s).toString(address)));
        });
        return;
    }
    }
}
