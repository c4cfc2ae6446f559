#include "Money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Money
{

QString symbol(const QString& currency)
{
    const QString c = currency.toUpper();
    if (c == u"EUR")
        return u"€"_s;
    if (c == u"USD")
        return u"$"_s;
    if (c == u"GBP")
        return u"£"_s;
    if (c == u"JPY")
        return u"¥"_s;
    return c;
}

QString format(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    return locale.toCurrencyString(static_cast<double>(minorUnits) / 100.0, symbol(currency), 2);
}

QString formatShort(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    const double value = static_cast<double>(minorUnits) / 100.0;
    if (std::abs(value) >= 10'000.0)
        return symbol(currency) + locale.toString(value / 1000.0, 'f', 1) + u"k"_s;
    return locale.toCurrencyString(value, symbol(currency), std::abs(value) >= 1000.0 ? 0 : 2);
}

std::optional<qint64> parse(const QString& text)
{
    // Only digits, separators and a minus sign count ("€ 1.234,50", "80 EUR").
    QString t;
    t.reserve(text.size());
    for (const QChar c : text) {
        if ((c >= u'0' && c <= u'9') || c == u'.' || c == u',' || c == u'-')
            t.append(c);
    }
    if (t.isEmpty())
        return std::nullopt;
    const qsizetype lastDot = t.lastIndexOf(u'.');
    const qsizetype lastComma = t.lastIndexOf(u',');
    const qsizetype decimalPos = std::max(lastDot, lastComma);
    QString whole = t;
    QString fraction;
    // A separator followed by exactly one or two digits is the decimal point; otherwise it groups thousands.
    if (decimalPos >= 0 && t.size() - decimalPos - 1 <= 2 && t.size() - decimalPos - 1 >= 1) {
        whole = t.left(decimalPos);
        fraction = t.mid(decimalPos + 1);
    }
    whole.remove(u'.').remove(u',');
    bool ok = false;
    const bool negative = whole.startsWith(u'-');
    if (negative)
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = u"0"_s;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (fraction.size() == 1)
        fraction += u'0';
    const qint64 cents = fraction.isEmpty() ? 0 : fraction.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 total = units * 100 + cents;
    return negative ? -total : total;
}

QString toDecimalString(qint64 minorUnits)
{
    const qint64 a = std::abs(minorUnits);
    return (minorUnits < 0 ? u"-"_s : QString()) + QString::number(a / 100) + u'.'
        + QString::number(a % 100).rightJustified(2, u'0');
}

} // namespace Money
