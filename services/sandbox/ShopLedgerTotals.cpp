#include "ShopGenerator.h"

#include <QDateTime>

// What the ledger adds up: the figures tests and benchmarks expect a sync to arrive at (days, currencies,
// products), apart from how the shop is generated.
namespace ShopData
{

QList<DayTotals> ShopLedger::dailyTotals() const
{
    const QDate first = m_options.endDate.addDays(-729);
    QList<DayTotals> out(730);
    for (int d = 0; d < 730; ++d)
        out[d].day = first.addDays(d);
    const auto dayOf = [this](qint64 secs) { return static_cast<int>((secs - m_startSecs) / 86400); };
    for (const Order& o : m_orders) {
        if (!isPaid(o.status))
            continue;
        DayTotals& t = out[dayOf(o.createdSecs)];
        t.grossMinor += toShop(o, o.totalMinor);
        ++t.orders;
        for (quint32 i = 0; i < o.refundCount; ++i) {
            const Refund& r = m_refunds[o.firstRefund + i];
            out[dayOf(r.createdSecs)].refundsMinor += toShop(o, r.amountMinor);
        }
    }
    for (DayTotals& t : out)
        t.netMinor = t.grossMinor - t.refundsMinor;
    return out;
}

DayTotals ShopLedger::totalsOn(const QDate& day) const
{
    for (const DayTotals& t : dailyTotals()) {
        if (t.day == day)
            return t;
    }
    return DayTotals{day, 0, 0, 0, 0};
}

DayTotals ShopLedger::totals() const
{
    DayTotals sum;
    for (const DayTotals& t : dailyTotals()) {
        sum.grossMinor += t.grossMinor;
        sum.refundsMinor += t.refundsMinor;
        sum.netMinor += t.netMinor;
        sum.orders += t.orders;
    }
    return sum;
}

QHash<QString, qint64> ShopLedger::grossByCurrency() const
{
    QHash<QString, qint64> out;
    for (const Order& o : m_orders) {
        if (isPaid(o.status))
            out[currency(o)] += o.totalMinor;
    }
    return out;
}

ProductTotals ShopLedger::productTotals(qint64 productId) const
{
    ProductTotals t;
    const Product* p = product(productId);
    if (!p)
        return t;
    const auto index = static_cast<quint32>(p - m_products.data());
    for (const Order& o : m_orders) {
        if (!isPaid(o.status))
            continue;
        bool counted = false;
        for (quint32 i = 0; i < o.lineCount; ++i) {
            const LineItem& l = m_lines[o.firstLine + i];
            if (m_variants[l.variant].product != index)
                continue;
            t.units += l.quantity;
            t.revenueMinor += toShop(o, l.totalMinor());
            if (!counted)
                ++t.orders;
            counted = true;
        }
    }
    return t;
}

QList<qint64> ShopLedger::ordersWithDeletedVariants() const
{
    QList<qint64> out;
    for (const Order& o : m_orders) {
        for (quint32 i = 0; i < o.lineCount; ++i) {
            if (m_variants[m_lines[o.firstLine + i].variant].deleted) {
                out.append(o.id);
                break;
            }
        }
    }
    return out;
}

qint64 ShopLedger::memoryBytes() const
{
    return static_cast<qint64>(m_products.capacity() * sizeof(Product) + m_variants.capacity() * sizeof(Variant)
        + m_customers.capacity() * sizeof(Customer) + m_orders.capacity() * sizeof(Order)
        + m_lines.capacity() * sizeof(LineItem) + m_refunds.capacity() * sizeof(Refund)
        + m_reviews.capacity() * sizeof(Review)
        + (m_byUpdate.capacity() + m_customersByUpdate.capacity() + m_customersByName.capacity()) * 4
        + m_variationIndex.size() * 24);
}

} // namespace ShopData
