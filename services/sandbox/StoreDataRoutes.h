#pragma once

#include "SandboxTypes.h"
#include "ShopGenerator.h"
#include "StockBook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

class ShopRoutes;
namespace GraphQlLite
{
struct Field;
}

// Serves a generated shop (ShopData::ShopLedger) in the stores' real wire formats:
//
//  WooCommerce wc/v3: GET orders, orders/{id}, customers, products/reviews, and the generated
//  products (products, products/{id}, products/{id}/variations). Paging with per_page (1-100,
//  rest_invalid_param beyond), page, X-WP-Total, X-WP-TotalPages and Link rel="next"/"prev".
//  GET /wc/v3/products merges: the products Quorum published (ShopRoutes, first) then the
//  generated ones; ids ShopRoutes knows stay ShopRoutes' (generated ids start at 50001). The
//  generated data is read-only: writes (POST, PUT, DELETE) always go to ShopRoutes.
//
//  Shopify Admin GraphQL: orders, customers and products connections (first/after/query/sortKey/
//  reverse, nodes and edges, pageInfo), answering only the selected fields, priced like Shopify and
//  paid from a leaky bucket that throttles with HTTP 200 + THROTTLED.
//
// SandboxServer asks claims() before its own routing; nothing is claimed until a shop is generated.
// Faults apply like everywhere else (5xx/429 on any page via a sequence, pageSize caps pages,
// truncated cuts the real page short, reset, stall), and the store's clock can be skewed.
class StoreDataRoutes
{
public:
    StoreDataRoutes(const SandboxCredentials* credentials, std::function<QString()> baseUrl, ShopRoutes* shop);

    void setLedger(std::shared_ptr<const ShopData::ShopLedger> ledger);
    std::shared_ptr<const ShopData::ShopLedger> ledger() const { return m_ledger; }
    // The store's clock is off by this many minutes: served timestamps and date filters shift with it.
    void setClockSkewMinutes(int minutes) { m_skewSecs = static_cast<qint64>(minutes) * 60; }
    int clockSkewMinutes() const { return static_cast<int>(m_skewSecs / 60); }
    void reset(); // refills the cost bucket; the generated shop stays
    // The stores' stock now (sales and writes since the shop was generated).
    StockBook& stock() { return m_stock; }
    const StockBook& stock() const { return m_stock; }

    bool claims(const QString& route, const ServerRequest& request) const;
    void serve(
        const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply);

    // {seed, products, orders, customers, endDate, currencies, clockSkewMinutes, reviewShare,
    //  throttleMaximum, throttleRestoreRate} as the admin endpoint takes them.
    static ShopData::Options optionsFromJson(const QJsonObject& json);

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        Headers headers;
    };
    static QString restRoute(const ServerRequest& request);

    // WooCommerce (StoreDataRoutes.cpp).
    Answer woo(const QString& rest, const ServerRequest& request, const FaultPlan::Decision& fault);
    Answer wooOrders(const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault);
    Answer wooCustomers(const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault);
    Answer wooReviews(const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault);
    Answer wooProducts(const ServerRequest& r, const QUrlQuery& q, const FaultPlan::Decision& fault);
    Answer wooVariations(
        const ServerRequest& r, const QUrlQuery& q, const ShopData::Product& p, const FaultPlan::Decision& fault);
    // With rendered, the items come as compact JSON already (item is not called).
    Answer wooPage(const ServerRequest& r, const QUrlQuery& q, qsizetype total,
        const std::function<QJsonValue(qsizetype)>& item, const FaultPlan::Decision& fault, int defaultPerPage = 10,
        const std::function<QByteArray(qsizetype)>& rendered = {});
    QJsonObject wooOrder(const ShopData::Order& o) const;
    // The order (by index) as compact JSON, rendered once: the generated shop never changes, and
    // rendering every order again for every page made the sandbox, not the client, the slowest part
    // of a sync on one machine.
    QByteArray wooOrderJson(quint32 index);
    QJsonObject wooCustomer(const ShopData::Customer& c) const;
    QJsonObject wooReview(const ShopData::Review& r) const;
    QJsonObject wooProduct(const ShopData::Product& p) const;
    QJsonObject wooVariation(const ShopData::Variant& v) const;
    QString wooDate(qint64 secs) const;
    // A date filter parameter in the store's clock, as true UTC seconds; false when malformed.
    bool storeTime(const QString& text, qint64* secs) const;

    // Shopify (StoreDataShopify.cpp).
    Answer shopify(const ServerRequest& request, const FaultPlan::Decision& fault);
    QJsonValue shopifyConnection(const GraphQlLite::Field& field, const FaultPlan::Decision& fault, QString* error);
    QJsonObject shopifyOrder(const ShopData::Order& o, const GraphQlLite::Field& node) const;
    QJsonObject shopifyCustomer(const ShopData::Customer& c) const;
    QJsonObject shopifyProduct(const ShopData::Product& p, const GraphQlLite::Field& node) const;
    QJsonObject money(qint64 presentmentMinor, const ShopData::Order& o) const;
    QString shopifyDate(qint64 secs) const;
    void refill();
    Answer shopifySetQuantities(const GraphQlLite::Field& field);
    Answer wooStockWrite(const ShopData::Product& p, const ShopData::Variant* variation, const ServerRequest& r);

    const SandboxCredentials* m_credentials;
    std::function<QString()> m_baseUrl;
    ShopRoutes* m_shop;
    std::shared_ptr<const ShopData::ShopLedger> m_ledger;
    StockBook m_stock;
    qint64 m_skewSecs = 0;
    struct RenderedOrders
    {
        const ShopData::ShopLedger* ledger = nullptr;
        qint64 skewSecs = 0;
        QString baseUrl;
        std::vector<QByteArray> json;
    } m_rendered;
    double m_bucket = 1000;
    qint64 m_bucketAt = 0;
};
