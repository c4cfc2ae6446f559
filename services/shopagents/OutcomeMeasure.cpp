#include "OutcomeMeasure.h"

#include "core/Json.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace OutcomeMeasure
{

namespace
{
constexpr qint64 kDay = 24LL * 3600 * 1000;

struct Candidate
{
    qint64 id = 0;
    ActionType type = ActionType::Unknown;
    QJsonObject params;
    qint64 ranAt = 0;
};

// The figures before and after, or nothing (*waiting when the days after are not all in yet).
using Measured = std::optional<Outcomes::Outcome>;

// The stores' orders are in through `last` when every store that syncs orders synced after it ended.
bool ordersThrough(const QSqlDatabase& db, const QDate& last)
{
    return !Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM sync_state WHERE resource = 'orders' AND (last_error <> '' OR updated_at < ?))"_s,
        {last.addDays(1).startOfDay().toMSecsSinceEpoch()})
                .toBool();
}

Measured revenue(const QSqlDatabase& db, const Candidate& c, qint64 now, bool* waiting)
{
    const QString sku = c.params.value(u"sku"_s).toString();
    const QString currency = c.params.value(u"currency"_s).toString();
    if (sku.isEmpty())
        return std::nullopt;
    const int days = Outcomes::RevenueDays;
    const QDate ran = QDateTime::fromMSecsSinceEpoch(c.ranAt).date();
    const QDate last = ran.addDays(days);
    if (!(last < QDateTime::fromMSecsSinceEpoch(now).date()) || !ordersThrough(db, last)) {
        *waiting = true;
        return std::nullopt;
    }
    QSqlQuery q = Sql::exec(db,
        u"SELECT CASE WHEN d.day < ? THEN 0 ELSE 1 END, SUM(d.units), SUM(d.net_micro) FROM sales_lines_daily d JOIN "
        u"sales_keys k ON k.id = d.key_id WHERE k.sku = ? AND k.shop_currency = ? AND d.day BETWEEN ? AND ? AND d.day "
        u"<> ? GROUP BY 1"_s,
        {ran.toJulianDay(), sku, currency, ran.addDays(-days).toJulianDay(), last.toJulianDay(), ran.toJulianDay()});
    Outcomes::Outcome o;
    o.proposalId = c.id;
    o.kind = Outcomes::Kind::Revenue;
    o.firstAfter = ran.addDays(1);
    o.days = days;
    o.currency = currency;
    while (q.next()) {
        const bool after = q.value(0).toInt() == 1;
        (after ? o.unitsAfter : o.unitsBefore) = q.value(1).toLongLong();
        (after ? o.after : o.before) = std::round(q.value(2).toDouble() / 1e6);
    }
    if (o.unitsBefore == 0 && o.unitsAfter == 0)
        return std::nullopt;
    return o;
}

struct Account
{
    QDate ran;
    QString currency;
    bool through = false; // synced through the last day after
};

std::optional<Account> account(const QSqlDatabase& db, qint64 connection, qint64 ranAt, int days)
{
    QSqlQuery q = Sql::exec(
        db, u"SELECT currency, time_zone, synced_through FROM ad_accounts WHERE connection_id = ?"_s, {connection});
    if (!q.next())
        return std::nullopt;
    QTimeZone zone(q.value(1).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    Account a;
    a.ran = QDateTime::fromMSecsSinceEpoch(ranAt, zone).date();
    a.currency = q.value(0).toString();
    const QDate through = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    a.through = through.isValid() && through >= a.ran.addDays(days);
    return a;
}

// Spend and purchase value before and after the day it ran, of an ad account (adSets empty) or of some of its ad
// sets (the platform's ids).
struct Totals
{
    double spendBefore = 0;
    double valueBefore = 0;
    double spendAfter = 0;
    double valueAfter = 0;
};
Totals adTotals(const QSqlDatabase& db, qint64 connection, const QStringList& adSets, const QDate& ran, int days)
{
    QString sql = u"SELECT CASE WHEN d.day < ? THEN 0 ELSE 1 END, SUM(d.spend_cents), SUM(d.value_cents) FROM "
                  u"ad_set_days d JOIN ad_sets s ON s.id = d.ad_set_id WHERE s.connection_id = ? AND d.day BETWEEN ? "
                  u"AND ? AND d.day <> ?"_s;
    const QString day = ran.toString(Qt::ISODate);
    QVariantList args{
        day, connection, ran.addDays(-days).toString(Qt::ISODate), ran.addDays(days).toString(Qt::ISODate), day};
    if (!adSets.isEmpty()) {
        QStringList marks;
        for (const QString& id : adSets) {
            marks.append(u"?"_s);
            args.append(id);
        }
        sql += u" AND s.remote_id IN ("_s + marks.join(u", "_s) + u")"_s;
    }
    QSqlQuery q = Sql::exec(db, sql + u" GROUP BY 1"_s, args);
    Totals t;
    while (q.next()) {
        const bool after = q.value(0).toInt() == 1;
        (after ? t.spendAfter : t.spendBefore) = q.value(1).toDouble();
        (after ? t.valueAfter : t.valueBefore) = q.value(2).toDouble();
    }
    return t;
}

Measured ads(const QSqlDatabase& db, const Candidate& c, bool* waiting)
{
    const int days = Outcomes::AdDays;
    const qint64 connection = c.params.value(u"connection"_s).toInteger();
    Outcomes::Kind kind = Outcomes::Kind::AdSetRoas;
    QStringList adSets;
    if (c.type == ActionType::BudgetShift) {
        kind = Outcomes::Kind::PairValue;
        adSets = {c.params.value(u"from_ad_set_id"_s).toString(), c.params.value(u"to_ad_set_id"_s).toString()};
    } else {
        const QString change = c.params.value(u"change"_s).toString();
        if (change == u"resume")
            return std::nullopt; // it spent nothing before: nothing to compare
        if (change == u"pause")
            kind = Outcomes::Kind::AccountRoas;
        else
            adSets = {c.params.value(u"ad_set_id"_s).toString()};
    }
    if (connection <= 0 || adSets.contains(QString()))
        return std::nullopt;
    const auto a = account(db, connection, c.ranAt, days);
    if (!a)
        return std::nullopt;
    if (!a->through) {
        *waiting = true;
        return std::nullopt;
    }
    const Totals t = adTotals(db, connection, adSets, a->ran, days);
    Outcomes::Outcome o;
    o.proposalId = c.id;
    o.kind = kind;
    o.firstAfter = a->ran.addDays(1);
    o.days = days;
    if (kind == Outcomes::Kind::PairValue) {
        if (t.spendBefore <= 0 && t.spendAfter <= 0)
            return std::nullopt;
        o.before = t.valueBefore;
        o.after = t.valueAfter;
        o.currency = a->currency;
    } else {
        if (t.spendBefore <= 0 || t.spendAfter <= 0)
            return std::nullopt; // no return to speak of on one side
        o.before = t.valueBefore / t.spendBefore;
        o.after = t.valueAfter / t.spendAfter;
    }
    return o;
}

Measured measureOne(const QSqlDatabase& db, const Candidate& c, qint64 now, bool* waiting)
{
    switch (c.type) {
    case ActionType::PriceChange:
        return revenue(db, c, now, waiting);
    case ActionType::AdSetChange:
    case ActionType::BudgetChange:
    case ActionType::BudgetShift:
        return ads(db, c, waiting);
    default:
        return std::nullopt;
    }
}

const QString kSelect = u"SELECT id, action_type, COALESCE(NULLIF(executed_parameters, ''), "
                        u"NULLIF(approved_parameters, ''), parameters), ran_at FROM action_proposals WHERE "
                        u"execution_state = 'done' AND ran_at IS NOT NULL AND action_type IN ('price_change', "
                        u"'ad_set_change', 'budget_change', 'budget_shift')"_s;

Candidate candidate(const QSqlQuery& q)
{
    Candidate c;
    c.id = q.value(0).toLongLong();
    c.type = ActionTypes::fromKey(q.value(1).toString());
    c.params = Json::objectFromString(q.value(2).toString());
    c.ranAt = q.value(3).toLongLong();
    return c;
}
} // namespace

Pass run(const QSqlDatabase& db, qint64 now)
{
    QSqlQuery q = Sql::exec(db,
        kSelect
            + u" AND ran_at > ? AND NOT EXISTS (SELECT 1 FROM decision_outcomes o WHERE o.proposal_id = "
              u"action_proposals.id) ORDER BY ran_at"_s,
        {now - 365 * kDay});
    QList<Candidate> candidates;
    while (q.next())
        candidates.append(candidate(q));
    Pass pass;
    for (const Candidate& c : candidates) {
        bool waiting = false;
        if (const auto o = measureOne(db, c, now, &waiting)) {
            Outcomes::store(db, *o, now);
            ++pass.measured;
        }
        pass.waiting += waiting ? 1 : 0;
    }
    return pass;
}

std::optional<Outcomes::Outcome> measure(const QSqlDatabase& db, qint64 proposalId, qint64 now, bool* waiting)
{
    QSqlQuery q = Sql::exec(db, kSelect + u" AND id = ?"_s, {proposalId});
    if (!q.next())
        return std::nullopt;
    bool wait = false;
    auto o = measureOne(db, candidate(q), now, &wait);
    if (waiting)
        *waiting = wait;
    return o;
}

} // namespace OutcomeMeasure
