#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// A generated shop for the sandbox: products with variants, customers, two years of orders with
// weekly and yearly seasonality, refunds, several currencies and product reviews. Deterministic for
// a seed. Held as plain structs (about 60 bytes per order plus its lines) so that 100,000 orders
// fit in a few tens of megabytes; the wire formats (StoreDataRoutes) are built per request.
//
// Money is in minor units. An order's amounts are in its presentment currency; `rate` converts them
// to the shop currency (shop = round(presentment * rate)), as Shopify's shopMoney/presentmentMoney.
// Timestamps are seconds since the epoch, UTC, in the store's true time (the clock-skew fault is
// applied when serving, never here).
namespace ShopData
{

class Rng;

struct Options
{
    quint32 seed = 1;
    int products = 2000;
    int customers = 0; // 0: a quarter of the orders
    int orders = 100000;
    QDate endDate;     // invalid: today (UTC)
    QDateTime endTime; // valid: nothing happens after this moment (the demo's "now"); else the end of endDate
    QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")}; // first: the shop's
    double reviewShare = 0.3;        // share of products that have reviews
    int clockSkewMinutes = 0;        // the store's clock is off by this much (served timestamps and filters)
    double throttleMaximum = 1000;   // Shopify cost bucket for the data queries
    double throttleRestoreRate = 50; // points per second
    // Fraud attempts in the last two days: a registered customer's first order, large (4 lines of 3
    // units), billed to a country other than the one on their account and shipped to a third, as card
    // testers and stolen-card buyers order. 0 in tests that count the ledger; the demo has two.
    int fraudAttempts = 0;
    // Products the shop sells under their own SKU, name, price and cost (simple products, not on sale):
    // the first products of the catalog, and its best sellers in that order. The demo's store sells the
    // demo catalog's live products this way, so its orders name products the workspace knows.
    struct Named
    {
        QString sku;
        QString name;
        qint64 priceMinor = 0;
        qint64 costMinor = 0;
    };
    QList<Named> named; // each has reviews, all of the last 60 days
    bool dutch = false; // the customers write their reviews in Dutch
};

enum class OrderStatus : quint8
{
    Completed,
    Processing,
    OnHold,
    Cancelled,
    Refunded, // fully refunded
    Failed,
    Pending,
};
QString wooStatus(OrderStatus status);
// Whether the order was paid (counts in gross): completed, processing, on-hold and refunded.
bool isPaid(OrderStatus status);

struct Product
{
    qint64 id = 0; // WooCommerce id; Shopify gid number derives from it
    qint64 createdSecs = 0;
    qint64 updatedSecs = 0;
    quint32 firstVariant = 0; // index into ShopLedger::variants()
    quint8 variantCount = 0;
    quint8 sizes = 1;   // option values used: 1 means no Size option
    quint8 colours = 1; // 1 means no Colour option
    quint8 category = 0;
    quint16 adjective = 0;
    quint16 noun = 0;
    quint16 material = 0;
};

struct Variant
{
    qint64 id = 0; // WooCommerce variation id (0 for a simple product's only variant)
    qint64 gid = 0;
    quint32 product = 0; // index into products()
    quint8 size = 0;     // index into the size names
    quint8 colour = 0;
    bool deleted = false; // removed after it was sold: listings skip it, old orders still point at it
    qint64 priceMinor = 0;
    qint64 compareAtMinor = 0; // 0: none
    qint64 costMinor = 0;
    qint32 stock = 0;
    qint32 weightGrams = 0;
};

struct Customer
{
    qint64 id = 0;
    qint64 createdSecs = 0;
    qint64 updatedSecs = 0; // the later of creation and the last order
    quint16 firstName = 0;
    quint16 lastName = 0;
    quint8 country = 0;
    quint16 orderCount = 0;
    qint64 spentShopMinor = 0;
};

struct LineItem
{
    qint64 id = 0;
    quint32 variant = 0; // index into variants()
    quint16 quantity = 1;
    qint64 unitPriceMinor = 0; // presentment currency, before discounts, tax exclusive
    qint64 discountMinor = 0;  // line discount (coupon and sale share), presentment
    qint64 taxMinor = 0;
    qint64 subtotalMinor() const { return unitPriceMinor * quantity; }
    qint64 totalMinor() const { return subtotalMinor() - discountMinor; }
};

struct Refund
{
    qint64 id = 0;
    qint64 createdSecs = 0;
    qint64 amountMinor = 0; // presentment, positive
    quint8 reason = 0;
};

struct Order
{
    qint64 id = 0;
    qint64 createdSecs = 0;
    qint64 updatedSecs = 0;
    qint64 cancelledSecs = 0; // 0: not cancelled
    quint32 customer = 0;     // index + 1 into customers(); 0: a guest
    quint16 guestFirst = 0;   // billing name of a guest
    quint16 guestLast = 0;
    OrderStatus status = OrderStatus::Completed;
    quint8 currency = 0;    // index into options().currencies
    quint8 country = 0;     // billing
    quint8 shipCountry = 0; // where it ships: the billing country, but for gifts sent abroad and fraud
    quint8 lineCount = 0;
    quint8 refundCount = 0;
    bool fraud = false; // a fraud attempt (Options::fraudAttempts)
    double rate = 1;    // shop currency per presentment unit
    qint64 discountMinor = 0;
    qint64 shippingMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 refundedMinor = 0;
    quint32 firstLine = 0;
    quint32 firstRefund = 0;
    qint64 subtotalMinor() const { return totalMinor - taxMinor - shippingMinor; } // after discounts
};

struct Review
{
    qint64 id = 0;
    quint32 product = 0;
    qint64 createdSecs = 0;
    quint8 rating = 5;
    quint16 firstName = 0;
    quint16 lastName = 0;
    quint16 text = 0;
    bool verified = false;
};

struct DayTotals
{
    QDate day;
    qint64 grossMinor = 0;   // paid orders created that day, totals in the shop currency
    qint64 refundsMinor = 0; // refunds issued that day, shop currency
    qint64 netMinor = 0;     // gross - refunds
    int orders = 0;          // paid orders created that day
};

struct ProductTotals
{
    qint64 units = 0;
    qint64 revenueMinor = 0; // line totals after discounts, before tax, shop currency, paid orders
    int orders = 0;
};

// The generated shop, immutable once made; shared between the server thread and tests.
class ShopLedger
{
public:
    static std::shared_ptr<const ShopLedger> generate(Options options);

    const Options& options() const { return m_options; }
    QString shopCurrency() const { return m_options.currencies.value(0); }
    QString currency(const Order& o) const { return m_options.currencies.value(o.currency); }
    const std::vector<Product>& products() const { return m_products; }
    const std::vector<Variant>& variants() const { return m_variants; }
    const std::vector<Customer>& customers() const { return m_customers; }
    const std::vector<Order>& orders() const { return m_orders; } // by id (= by creation)
    const std::vector<LineItem>& lineItems() const { return m_lines; }
    const std::vector<Refund>& refunds() const { return m_refunds; }
    const std::vector<Review>& reviews() const { return m_reviews; }
    // Order indices sorted by (updatedSecs, id).
    const std::vector<quint32>& ordersByUpdate() const { return m_byUpdate; }
    // Customer indices sorted by (updatedSecs, id).
    const std::vector<quint32>& customersByUpdate() const { return m_customersByUpdate; }
    // Customer indices sorted by display name (first, then last name), then id: WooCommerce's default.
    const std::vector<quint32>& customersByName() const { return m_customersByName; }

    // Lookups by WooCommerce id; nullptr when unknown.
    const Order* order(qint64 id) const;
    const Customer* customer(qint64 id) const;
    const Product* product(qint64 id) const;
    const Variant* variationById(qint64 id) const;
    const Customer* customerOf(const Order& o) const { return o.customer ? &m_customers[o.customer - 1] : nullptr; }

    // Names and derived strings.
    QString productName(const Product& p) const;
    QString productHandle(const Product& p) const;
    QString variantTitle(const Variant& v) const; // "M / Navy", "Default Title"
    QString sku(const Variant& v) const;
    QString sizeName(int index) const;
    QString colourName(int index) const;
    QString categoryName(int index) const;
    QString firstName(int index) const;
    QString lastName(int index) const;
    QString countryCode(int index) const;
    QString email(const Customer& c) const;
    // The part of an address before the @ for a first and last name ("chloe.wagner").
    static QString mailbox(const QString& first, const QString& last);
    QString reviewText(const Review& r) const;
    QString refundReason(const Refund& r) const;
    // The UTM parameters of the visit that ended in the order, as the store records them. About one
    // order in thirty came from a campaign of the sandbox's Meta ad account (utm_campaign is the
    // campaign's id, as Meta fills {{campaign.id}}), one in twenty-five from a Google Shopping campaign,
    // the rest from visits without any. Derived from the order's id: the same every time.
    struct Attribution
    {
        QString source;
        QString medium;
        QString campaign; // empty: none
    };
    Attribution attribution(const Order& o) const;
    qint64 toShop(const Order& o, qint64 presentmentMinor) const;

    // Totals for tests: per day of the shop's true calendar (UTC), for all days, and per product.
    QList<DayTotals> dailyTotals() const;
    DayTotals totalsOn(const QDate& day) const;
    DayTotals totals() const; // day is invalid
    // Gross (paid orders' totals) per presentment currency, in that currency.
    QHash<QString, qint64> grossByCurrency() const;
    ProductTotals productTotals(qint64 productId) const;
    // Orders with a line whose variant was deleted later.
    QList<qint64> ordersWithDeletedVariants() const;
    // Approximate heap use of the ledger, bytes.
    qint64 memoryBytes() const;

private:
    ShopLedger() = default;
    void makeCatalog(Rng& rng);
    void makeCustomers(Rng& rng);
    void makeOrders(Rng& rng);
    void makeReviews(Rng& rng);

    Options m_options;
    qint64 m_startSecs = 0;
    qint64 m_endSecs = 0;
    std::vector<Product> m_products;
    std::vector<Variant> m_variants;
    std::vector<Customer> m_customers;
    std::vector<Order> m_orders;
    std::vector<LineItem> m_lines;
    std::vector<Refund> m_refunds;
    std::vector<Review> m_reviews;
    std::vector<quint32> m_byUpdate;
    std::vector<quint32> m_customersByUpdate;
    std::vector<quint32> m_customersByName;
    QHash<qint64, quint32> m_variationIndex;
};

// Ids of the generated objects: products from here on, so they never meet the ids ShopRoutes gives
// the products Quorum publishes (100 upwards).
inline constexpr qint64 kFirstProductId = 50001;
inline constexpr qint64 kFirstVariationId = 200001;
inline constexpr qint64 kFirstOrderId = 10001;
inline constexpr qint64 kFirstCustomerId = 2;

} // namespace ShopData
