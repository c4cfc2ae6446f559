#include "CurrencySettings.h"

#include "DailySales.h"
#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

CurrencySettings::CurrencySettings(const ChangeDoor& door)
    : m_door(door)
{ }

QString CurrencySettings::reportingCurrency() const
{
    return DailySales::reportingCurrency(m_door.db());
}

QList<CurrencySettings::Currency> CurrencySettings::currencies() const
{
    const QString reporting = reportingCurrency();
    QList<Currency> out;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT shop_currency, COUNT(*) FROM orders WHERE shop_currency <> ? GROUP BY shop_currency ORDER BY 2 DESC"_s,
        {reporting});
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toLongLong(), DailySales::rate(m_door.db(), q.value(0).toString())});
    const QJsonObject rates = Json::objectFromString(Settings::value(m_door.db(), u"reporting.rates"_s, u"{}"_s));
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const bool listed
            = std::any_of(out.cbegin(), out.cend(), [&](const Currency& c) { return c.code == it.key(); });
        if (!listed && it.key() != reporting)
            out.append({it.key(), 0, DailySales::rate(m_door.db(), it.key())});
    }
    return out;
}

bool CurrencySettings::save(const QString& reporting, const QList<std::pair<QString, double>>& rates, QString* error)
{
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString code = reporting.trimmed().toUpper();
    if (!iso.match(code).hasMatch())
        return fail(QCoreApplication::translate("CurrencySettings", "“%1” is not a currency code such as EUR or USD.")
                        .arg(reporting));
    QJsonObject stored;
    for (const auto& [currency, rate] : rates) {
        const QString c = currency.trimmed().toUpper();
        if (!iso.match(c).hasMatch())
            return fail(
                QCoreApplication::translate("CurrencySettings", "“%1” is not a currency code such as EUR or USD.")
                    .arg(currency));
        if (!(rate > 0) || rate > 1e6)
            return fail(
                QCoreApplication::translate("CurrencySettings", "The rate for %1 must be a number above 0.").arg(c));
        if (c != code)
            stored.insert(c, QString::number(rate, 'g', 10)); // as text: no binary fraction in the file
    }
    return m_door.change(
        {u"settings.currency"_s, u"currency"_s, {{u"reporting"_s, code}, {u"rates"_s, stored}},
            EventBus::Topic::Settings},
        [&](const QSqlDatabase& db) {
            Settings::setValue(db, u"workspace.currency"_s, code);
            Settings::setValue(db, u"reporting.rates"_s, Json::compact(stored));
        },
        error);
}
