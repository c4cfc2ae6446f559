#include "Goals.h"

#include "core/Json.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Goals
{

namespace
{
const QString kSetting = u"ceo.goals"_s;
}

QJsonObject toJson(const Set& g)
{
    QJsonObject o;
    if (g.monthlyRevenueCents)
        o.insert(u"monthly_revenue_cents"_s, *g.monthlyRevenueCents);
    if (g.grossMarginPct)
        o.insert(u"gross_margin_pct"_s, *g.grossMarginPct);
    if (g.roas)
        o.insert(u"roas"_s, *g.roas);
    if (g.stockCoverDays)
        o.insert(u"stock_cover_days"_s, *g.stockCoverDays);
    if (g.aiSpendMicros)
        o.insert(u"ai_spend_micros"_s, *g.aiSpendMicros);
    return o;
}

Set fromJson(const QJsonObject& o)
{
    Set g;
    if (o.contains(u"monthly_revenue_cents"))
        g.monthlyRevenueCents = o.value(u"monthly_revenue_cents").toInteger();
    if (o.contains(u"gross_margin_pct"))
        g.grossMarginPct = o.value(u"gross_margin_pct").toDouble();
    if (o.contains(u"roas"))
        g.roas = o.value(u"roas").toDouble();
    if (o.contains(u"stock_cover_days"))
        g.stockCoverDays = o.value(u"stock_cover_days").toInt();
    if (o.contains(u"ai_spend_micros"))
        g.aiSpendMicros = o.value(u"ai_spend_micros").toInteger();
    return g;
}

Set load(const QSqlDatabase& db)
{
    return fromJson(QJsonDocument::fromJson(Settings::value(db, kSetting).toUtf8()).object());
}

void save(const QSqlDatabase& db, const Set& goals)
{
    Settings::setValue(db, kSetting, Json::compact(toJson(goals)));
}

QString validate(const Set& g)
{
    if (g.monthlyRevenueCents && *g.monthlyRevenueCents <= 0)
        return QCoreApplication::translate("Goals", "The monthly revenue goal must be more than zero.");
    if (g.grossMarginPct && (*g.grossMarginPct <= 0 || *g.grossMarginPct >= 100))
        return QCoreApplication::translate("Goals", "The gross margin goal must be between 0 and 100 %.");
    if (g.roas && *g.roas <= 0)
        return QCoreApplication::translate("Goals", "The ROAS goal must be more than zero.");
    if (g.stockCoverDays && (*g.stockCoverDays < 1 || *g.stockCoverDays > 365))
        return QCoreApplication::translate("Goals", "Stock cover must be between 1 and 365 days.");
    if (g.aiSpendMicros && *g.aiSpendMicros <= 0)
        return QCoreApplication::translate("Goals", "The AI spend ceiling must be more than zero.");
    return {};
}

} // namespace Goals
