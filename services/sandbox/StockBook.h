#pragma once

#include "ShopGenerator.h"

#include <QHash>
#include <QString>

#include <array>
#include <memory>

// The generated shop's stock as each store has it now. The ledger's stock is where both stores start;
// a sale in one store (sell) or a write through the API (set) changes that store only, as two real
// stores selling the same goods would. Shopify keeps its stock at two locations (most of it in the
// warehouse); WooCommerce keeps one number. A change stamps the product as modified in that store, as
// both stores do when an order or an inventory adjustment touches a product's stock.
class StockBook
{
public:
    enum class Store
    {
        WooCommerce,
        Shopify
    };
    static constexpr int kLocations = 2;
    static constexpr std::array<qint64, kLocations> kLocationIds{71000000001, 71000000002};

    void reset(std::shared_ptr<const ShopData::ShopLedger> ledger);

    int available(Store store, quint32 variant) const;   // the sum over locations for Shopify
    int atLocation(quint32 variant, int location) const; // Shopify
    qint64 updatedSecs(Store store, quint32 product) const;

    // Sells quantity of the variant with this SKU in one store (the warehouse first in Shopify).
    // False when no variant has the SKU.
    bool sell(Store store, const QString& sku, int quantity, qint64 nowSecs);
    // WooCommerce: stock_quantity set through the API.
    void setWoo(quint32 variant, int quantity, qint64 nowSecs);
    // Shopify inventorySetQuantities at one location; false (nothing changed) when compare is given
    // and differs from the quantity there now.
    bool setShopify(quint32 variant, int location, int quantity, std::optional<int> compare, qint64 nowSecs);
    // The variant index with this SKU, or -1.
    qint64 variantBySku(const QString& sku) const;

private:
    std::shared_ptr<const ShopData::ShopLedger> m_ledger;
    QHash<quint32, int> m_woo;                             // variant -> quantity, when changed
    QHash<quint32, std::array<int, kLocations>> m_shopify; // variant -> per location, when changed
    QHash<quint64, qint64> m_updated;                      // (store << 32 | product) -> seconds
    mutable QHash<QString, quint32> m_bySku;
};
