#include "StockBook.h"

using namespace ShopData;

namespace
{
std::array<int, StockBook::kLocations> split(int stock)
{
    return {stock - stock * 3 / 10, stock * 3 / 10};
}
quint64 key(StockBook::Store store, quint32 product)
{
    return (static_cast<quint64>(store == StockBook::Store::Shopify ? 1 : 0) << 32) | product;
}
} // namespace

void StockBook::reset(std::shared_ptr<const ShopLedger> ledger)
{
    m_ledger = std::move(ledger);
    m_woo.clear();
    m_shopify.clear();
    m_updated.clear();
    m_bySku.clear();
}

int StockBook::available(Store store, quint32 variant) const
{
    if (store == Store::WooCommerce)
        return m_woo.value(variant, m_ledger->variants()[variant].stock);
    int sum = 0;
    for (int l = 0; l < kLocations; ++l)
        sum += atLocation(variant, l);
    return sum;
}

int StockBook::atLocation(quint32 variant, int location) const
{
    const auto it = m_shopify.constFind(variant);
    const auto levels = it != m_shopify.cend() ? *it : split(m_ledger->variants()[variant].stock);
    return levels[static_cast<size_t>(location)];
}

qint64 StockBook::updatedSecs(Store store, quint32 product) const
{
    return m_updated.value(key(store, product), m_ledger->products()[product].updatedSecs);
}

qint64 StockBook::variantBySku(const QString& sku) const
{
    if (m_bySku.isEmpty()) {
        const auto& variants = m_ledger->variants();
        for (quint32 i = 0; i < variants.size(); ++i)
            m_bySku.insert(m_ledger->sku(variants[i]), i);
    }
    const auto it = m_bySku.constFind(sku);
    return it == m_bySku.cend() ? -1 : static_cast<qint64>(*it);
}

bool StockBook::sell(Store store, const QString& sku, int quantity, qint64 nowSecs)
{
    const qint64 v = variantBySku(sku);
    if (v < 0)
        return false;
    const auto variant = static_cast<quint32>(v);
    if (store == Store::WooCommerce) {
        setWoo(variant, available(store, variant) - quantity, nowSecs);
        return true;
    }
    std::array<int, kLocations> levels{atLocation(variant, 0), atLocation(variant, 1)};
    int left = quantity;
    for (int& level : levels) {
        const int taken = std::min(left, std::max(0, level));
        level -= taken;
        left -= taken;
    }
    levels[0] -= left; // oversold: the warehouse goes below zero, as Shopify allows
    m_shopify.insert(variant, levels);
    m_updated.insert(key(store, m_ledger->variants()[variant].product), nowSecs);
    return true;
}

void StockBook::setWoo(quint32 variant, int quantity, qint64 nowSecs)
{
    m_woo.insert(variant, quantity);
    m_updated.insert(key(Store::WooCommerce, m_ledger->variants()[variant].product), nowSecs);
}

bool StockBook::setShopify(quint32 variant, int location, int quantity, std::optional<int> compare, qint64 nowSecs)
{
    if (compare && *compare != atLocation(variant, location))
        return false;
    std::array<int, kLocations> levels{atLocation(variant, 0), atLocation(variant, 1)};
    levels[static_cast<size_t>(location)] = quantity;
    m_shopify.insert(variant, levels);
    m_updated.insert(key(Store::Shopify, m_ledger->variants()[variant].product), nowSecs);
    return true;
}
