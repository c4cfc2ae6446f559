#include "ProposalRanking.h"

#include "campaigns/DailySales.h"
#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ProposalRanking
{

std::optional<qint64> expectedValue(
    std::optional<qint64> revenueCents, std::optional<qint64> costCents, double confidence)
{
    if (!revenueCents && !costCents)
        return std::nullopt;
    const double net = static_cast<double>(revenueCents.value_or(0) - costCents.value_or(0));
    return std::llround(net * std::clamp(confidence, 0.0, 1.0));
}

namespace
{
// CASE over the proposal's currency: 1 for the reporting currency, the owner's rate for the others
// that have one, NULL for the rest. Rates are numbers the owner typed; they go in as literals only
// after being read back as numbers.
QString rateSql(const QSqlDatabase& db, const QString& alias)
{
    QString sql = u"CASE %1.currency WHEN '%2' THEN 1.0"_s.arg(alias, DailySales::reportingCurrency(db).toUpper());
    const QJsonObject rates = Json::objectFromString(Settings::value(db, u"reporting.rates"_s, u"{}"_s));
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const QString code = it.key().toUpper();
        if (code.size() != 3
            || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
            continue;
        const auto r = DailySales::rate(db, it.key());
        if (r && std::isfinite(*r))
            sql += u" WHEN '%1' THEN %2"_s.arg(code, QString::number(*r, 'g', 12));
    }
    return sql + u" END"_s;
}
} // namespace

QString expectedValueSql(const QSqlDatabase& db, const QString& alias)
{
    return u"(CASE WHEN %1.est_revenue_cents IS NULL AND %1.est_cost_cents IS NULL THEN NULL ELSE "
           u"ROUND((COALESCE(%1.est_revenue_cents, 0) - COALESCE(%1.est_cost_cents, 0)) * MIN(MAX(%1.confidence, 0), "
           u"1) * (%2)) END)"_s.arg(alias, rateSql(db, alias));
}

Ranking waiting(const QSqlDatabase& db, int limit)
{
    Ranking out;
    out.currency = DailySales::reportingCurrency(db);
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.id, p.title, p.agent, p.est_revenue_cents, p.est_cost_cents, p.confidence, p.currency FROM "
        u"action_proposals p WHERE p.status = 'pending'"_s);
    QHash<QString, std::optional<double>> rates;
    while (q.next()) {
        const auto optional = [&q](int i) {
            return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong());
        };
        const auto revenue = optional(3);
        const auto cost = optional(4);
        const QString currency = q.value(6).toString();
        if (!rates.contains(currency))
            rates.insert(currency, DailySales::rate(db, currency));
        const std::optional<double> rate = rates.value(currency);
        if ((!revenue && !cost) || !rate) {
            ++out.unranked;
            continue;
        }
        Ranked r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.agent = q.value(2).toString();
        r.confidence = std::clamp(q.value(5).toDouble(), 0.0, 1.0);
        r.netCents = std::llround(static_cast<double>(revenue.value_or(0) - cost.value_or(0)) * *rate);
        // As the SQL computes it, so the queue's order and this one agree to the cent.
        r.expectedCents
            = std::llround(static_cast<double>(revenue.value_or(0) - cost.value_or(0)) * r.confidence * *rate);
        out.top.append(r);
    }
    out.ranked = static_cast<int>(out.top.size());
    // Best first; equal values by id, so the order is the same every time.
    std::sort(out.top.begin(), out.top.end(), [](const Ranked& a, const Ranked& b) {
        return a.expectedCents != b.expectedCents ? a.expectedCents > b.expectedCents : a.id < b.id;
    });
    if (out.top.size() > limit)
        out.top.resize(limit);
    return out;
}

} // namespace ProposalRanking
