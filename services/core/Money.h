#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Money is held in minor units (cents) with an ISO currency code; never in floating point.
namespace Money
{

QString format(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());
// Compact form for dashboards: "€12.3k".
QString formatShort(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());
// Accepts "19.99", "19,99", "1,299.00", "1.299,00", "€ 19.99", "19.99 EUR". Returns minor units.
std::optional<qint64> parse(const QString& text);
QString symbol(const QString& currency);
// "19.99" for wire formats that want a decimal string (WooCommerce, Shopify).
QString toDecimalString(qint64 minorUnits);

} // namespace Money
