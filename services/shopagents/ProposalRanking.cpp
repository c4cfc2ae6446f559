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
    const auto isCode = [](const QString& code) {
        return code.size() == 3
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    };
    const QString reporting = DailySales::reportingCurrency(db).toUpper();
    QString whens;
    if (isCode(reporting))
        whens += u" WHEN '%1' THEN 1.0"_s.arg(reporting);
    const QJsonObject rates = Json::objectFromString(Settings::value(db, u"reporting.rates"_s, u"{}"_s));
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const QString code = it.key().toUpper();
        if (!isCode(code) || code == reporting)
            continue;
        const auto r = DailySales::rate(db, it.key());
        if (r && std::isfinite(*r))
            whens += u" WHEN '%1' THEN %2"_s.arg(code, QString::number(*r, 'g', 17));
    }
    // A CASE needs a WHEN: with no usable currency at all, nothing converts.
    return whens.isEmpty() ? u"NULL"_s : u"CASE %1.currency%2 END"_s.arg(alias, whens);
}
} // namespace

namespace
{
QString netSql(const QString& alias)
{
    return u"(COALESCE(%1.est_revenue_cents, 0) - COALESCE(%1.est_cost_cents, 0))"_s.arg(alias);
}
// The confidence held to 0..1 (portable SQL: no two-argument MIN/MAX).
QString confidenceSql(const QString& alias)
{
    return u"(CASE WHEN %1.confidence < 0 THEN 0 WHEN %1.confidence > 1 THEN 1 ELSE %1.confidence END)"_s.arg(alias);
}
QString estimatedSql(const QString& alias)
{
    return u"(%1.est_revenue_cents IS NOT NULL OR %1.est_cost_cents IS NOT NULL)"_s.arg(alias);
}
} // namespace

QString expectedValueSql(const QSqlDatabase& db, const QString& alias)
{
    return u"(CASE WHEN %1 THEN ROUND(%2 * %3 * (%4)) END)"_s.arg(
        estimatedSql(alias), netSql(alias), confidenceSql(alias), rateSql(db, alias));
}

Ranking waiting(const QSqlDatabase& db, int limit)
{
    // In SQL, so a queue of 100,000 is scanned once and never loaded: the counts, then the first few
    // (equal values newest first, as the queue sorted by Exp. value shows them).
    Ranking out;
    out.currency = DailySales::reportingCurrency(db);
    const QString value = expectedValueSql(db, u"p"_s);
    QSqlQuery counts = Sql::exec(db,
        u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN %1 IS NULL THEN 0 ELSE 1 END), 0) FROM action_proposals p WHERE "
        u"p.status = 'pending'"_s.arg(value));
    if (counts.next()) {
        out.ranked = counts.value(1).toInt();
        out.unranked = counts.value(0).toInt() - out.ranked;
    }
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, title, agent, confidence, net, v FROM (SELECT p.id AS id, p.title AS title, p.agent AS agent, %1 "
        u"AS confidence, ROUND(%2 * (%3)) AS net, %4 AS v FROM action_proposals p WHERE p.status = 'pending') ranked "
        u"WHERE v IS NOT NULL ORDER BY v DESC, id DESC LIMIT ?"_s.arg(
            confidenceSql(u"p"_s), netSql(u"p"_s), rateSql(db, u"p"_s), value),
        {limit});
    while (q.next()) {
        Ranked r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.agent = q.value(2).toString();
        r.confidence = q.value(3).toDouble();
        r.netCents = q.value(4).toLongLong();
        r.expectedCents = q.value(5).toLongLong();
        out.top.append(r);
    }
    return out;
}

} // namespace ProposalRanking
