#pragma once

#include "CustomerPrivacy.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace SalesRollup
{
class Writer;
}

// The store's records as Quorum keeps them: read from WooCommerce's REST answers and Shopify's
// GraphQL nodes into one shape, and written keyed by the store's own ids. Writing an order replaces
// its lines and refunds, so reading the same page twice (a retry, a resumed sync) never counts an
// order, a line or a refund twice.
namespace StoreIngest
{

struct Line
{
    QString remoteId;
    QString productRemoteId;
    QString variantRemoteId;
    QString sku;
    QString name;
    int quantity = 0;
    qint64 unitPriceCents = 0;
    qint64 totalCents = 0;
    qint64 taxCents = 0;
};

struct Refund
{
    QString remoteId;
    qint64 amountCents = 0; // positive, in the order's currency
    qint64 shopCents = 0;   // in the shop's currency
    qint64 createdAt = 0;
    QString reason;
};

struct Order
{
    QString remoteId;
    QString number;
    QString storeStatus;
    bool paid = false;
    QString currency;
    qint64 totalCents = 0;
    qint64 taxCents = 0;
    qint64 shippingCents = 0;
    qint64 discountCents = 0;
    qint64 refundedCents = 0;
    QString shopCurrency;
    qint64 shopTotalCents = 0;
    QString customerRemoteId;
    QString name;
    QString email;
    QString country;         // billing (ISO 3166 alpha-2 as the store gives it)
    QString shippingCountry; // empty: the store did not say (a download, a pickup)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // The UTM parameters of the visit that ended in the order, as the store recorded them (empty: none).
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QList<Line> lines;
    QList<Refund> refunds;
};

struct Customer
{
    QString remoteId;
    QString name;
    QString email;
    QString country;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A stock level of one store variant at one location.
struct Stock
{
    QString productRemoteId; // the parent product (a WooCommerce variation's, a Shopify variant's)
    QString itemRemoteId;    // Shopify's inventory item
    QString variantRemoteId;
    QString locationId;
    QString locationName;
    QString sku;
    std::optional<int> available;
};

struct Review
{
    QString remoteId;
    QString productRemoteId;
    int rating = 0;
    QString reviewer;
    QString body;
    qint64 createdAt = 0;
};

// A wire amount ("12.34", "-5.00", "12", "0.1") in minor units; nullopt when it is not one.
std::optional<qint64> cents(const QString& text);
// UTC milliseconds from the stores' timestamps ("2025-03-01T10:00:00" GMT, or with Z/offset).
qint64 timestamp(const QString& text);

std::optional<Order> wooOrder(const QJsonObject& o, QString* error);
std::optional<Order> shopifyOrder(const QJsonObject& node, QString* error);
Customer wooCustomer(const QJsonObject& c);
Customer shopifyCustomer(const QJsonObject& c);
Review wooReview(const QJsonObject& r);
// A WooCommerce product or variation, or a Shopify product node: its variants' stock.
// A simple product's stock, or a variation's (parentId: its variable product). A product that does
// not manage its stock has no number (available stays empty).
QList<Stock> wooStock(const QJsonObject& productOrVariation, qint64 parentId = 0);
QList<Stock> shopifyStock(const QJsonObject& productNode);

// Writes records of one store with statements prepared once; the caller holds the transaction.
class Writer
{
public:
    Writer(const QSqlDatabase& db, qint64 connectionId, const QString& source);
    ~Writer();
    // A page of orders: one look-up for the ones already stored, and their lines in multi-row inserts.
    // The sales rollup follows in the same transaction: the figures of the orders already stored are
    // taken out, the page's added.
    void orders(const QList<Order>& page, qint64 now);
    void customer(const Customer& c, qint64 now);
    void stock(const Stock& s, qint64 now);
    void review(const Review& r);

private:
    // Updates a stored order (its lines and refunds go), or adds a new one's values to added.
    void writeOrder(const Order& o, qint64 existing, qint64 now, QVariantList* added);
    // The stored orders' figures as the rollup counts them (paid orders only).
    QList<Order> storedFigures(const QList<qint64>& ids) const;

    QSqlDatabase m_db;
    qint64 m_connectionId;
    QString m_source;
    Sql::Rows m_orderRows;
    Sql::Rows m_lineRows;
    Sql::Rows m_refundRows;
    Sql::Prepared m_updateOrder;
    Sql::Prepared m_deleteLines;
    Sql::Prepared m_deleteRefunds;
    Sql::Prepared m_customer;
    Sql::Prepared m_stock;
    Sql::Prepared m_review;
    CustomerPrivacy::Suppression m_erased;
    std::unique_ptr<SalesRollup::Writer> m_rollup;
    static constexpr int kCheckpointPages = 8000;
    int m_checkpointPages = 0; // the connection's own setting, given back at the end
};

} // namespace StoreIngest
