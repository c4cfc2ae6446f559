#include "FinanceAlerts.h"

#include "BusinessHealth.h"
#include "DemandAgent.h"
#include "Goals.h"
#include "campaigns/DailySales.h"
#include "campaigns/ProductPnl.h"
#include "core/Json.h"
#include "core/Money.h"
#include "publishing/Connections.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace FinanceAlerts
{

namespace
{

QString isoDay(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString shortDay(const QDate& d)
{
    return QLocale().toString(d, u"ddd d MMM"_s);
}

QString aiMoney(double micros)
{
    return Money::format(static_cast<qint64>(std::llround(micros / 10'000.0)), u"USD"_s);
}

double percentBelow(qint64 now, qint64 before)
{
    return before > 0 ? 100.0 * static_cast<double>(before - now) / static_cast<double>(before) : 0;
}

// Yesterday against the day before, with the products whose net sales fell most.
std::optional<Alert> revenueDrop(const QSqlDatabase& db, const QDate& today, Judged& j, qint64 now)
{
    QStringList& skipped = j.skipped;
    if (!Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM orders)"_s).toBool()) {
        j.judged.append({u"revenue_drop"_s, QString()}); // nothing sold: no drop either
        skipped.append(QCoreApplication::translate(
            "FinanceAlerts", "Revenue: no orders yet (connect a store or import an orders export)."));
        return std::nullopt;
    }
    if (const auto stale = DemandAgent::staleOrders(db, now)) {
        skipped.append(QCoreApplication::translate("FinanceAlerts", "Revenue: not judged.") + u" "_s + *stale);
        return std::nullopt;
    }
    // Yesterday is whole only when every store that syncs its orders has synced since it ended (an
    // orders export is whole as imported): a store last read yesterday afternoon is not a drop.
    QSqlQuery behind = Sql::exec(db,
        u"SELECT c.name FROM sync_state s JOIN connections c ON c.id = s.connection_id WHERE s.resource = 'orders' "
        u"AND (s.last_error <> '' OR s.updated_at < ?) ORDER BY c.name"_s,
        {today.startOfDay().toMSecsSinceEpoch()});
    QStringList notYet;
    while (behind.next())
        notYet.append(behind.value(0).toString());
    if (!notYet.isEmpty()) {
        skipped.append(QCoreApplication::translate(
            "FinanceAlerts", "Revenue: not judged until %1 has synced the orders since yesterday ended.")
                           .arg(QLocale().createSeparatedList(notYet)));
        return std::nullopt;
    }
    j.judged.append({u"revenue_drop"_s, QString()});
    const QDate yesterday = today.addDays(-1);
    const QDate before = today.addDays(-2);
    const QDate weekBefore = yesterday.addDays(-7);
    const DailySales::Figures f = DailySales::between(db, weekBefore, yesterday);
    DailySales::Figures ofYesterday = f;
    ofYesterday.days.clear();
    DailySales::Day y, b, w;
    for (const DailySales::Day& d : f.days) {
        if (d.day == yesterday) {
            y = d;
            ofYesterday.days.append(d);
        } else if (d.day == before)
            b = d;
        else if (d.day == weekBefore)
            w = d;
    }
    // Without a USD rate the AI spend is unknown only if yesterday had any.
    if (ofYesterday.aiSpendUnconverted)
        ofYesterday.aiSpendUnconverted = Sql::scalar(db,
            u"SELECT EXISTS (SELECT 1 FROM provider_calls WHERE at >= ? AND at < ? AND cost_micros > 0)"_s,
            {yesterday.startOfDay().toMSecsSinceEpoch(), today.startOfDay().toMSecsSinceEpoch()})
                                             .toBool();
    j.yesterday = SalesReport::sum(ofYesterday);
    j.currency = f.currency;
    if (b.orders < MinOrders || percentBelow(y.revenueCents, b.revenueCents) <= DropPercent)
        return std::nullopt;
    Alert a;
    a.kind = u"revenue_drop"_s;
    a.day = yesterday;
    // The products that fell most, by net sales (a drop is explained by the rows it came from).
    const ProductPnl::Figures py = ProductPnl::between(db, yesterday, yesterday);
    const ProductPnl::Figures pb = ProductPnl::between(db, before, before);
    QHash<QString, qint64> sold;
    for (const ProductPnl::Row& r : py.rows)
        sold.insert(r.key, r.netSalesCents);
    struct Fall
    {
        QString name;
        qint64 before = 0;
        qint64 after = 0;
    };
    QList<Fall> falls;
    for (const ProductPnl::Row& r : pb.rows) {
        const qint64 after = sold.value(r.key);
        if (after < r.netSalesCents)
            falls.append({r.name, r.netSalesCents, after});
    }
    std::sort(falls.begin(), falls.end(),
        [](const Fall& l, const Fall& r) { return l.before - l.after > r.before - r.after; });
    QJsonArray products;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, falls.size()); ++i)
        products.append(QJsonObject{
            {u"name"_s, falls.at(i).name}, {u"before"_s, falls.at(i).before}, {u"after"_s, falls.at(i).after}});
    a.figures = QJsonObject{{u"currency"_s, f.currency}, {u"revenue"_s, y.revenueCents}, {u"before"_s, b.revenueCents},
        {u"week_before"_s, w.revenueCents}, {u"orders"_s, y.orders}, {u"orders_before"_s, b.orders},
        {u"products"_s, products}};
    return a;
}

struct AdSetSpend
{
    QString name;
    qint64 spend = 0;
    qint64 ownBudget = 0;
};

// One ad account's last PacingDays complete days against its budgets.
std::optional<Alert> adPacing(const QSqlDatabase& db, const Connections::Connection& c, const QDate& today, Judged& j)
{
    QStringList& skipped = j.skipped;
    QSqlQuery acct
        = Sql::exec(db, u"SELECT currency, synced_through FROM ad_accounts WHERE connection_id = ?"_s, {c.id});
    if (!acct.next() || acct.value(1).toString().isEmpty()) {
        skipped.append(QCoreApplication::translate("FinanceAlerts", "Ad pacing of %1: not synced yet.").arg(c.name));
        return std::nullopt;
    }
    const QString currency = acct.value(0).toString();
    const QDate last = QDate::fromString(acct.value(1).toString(), Qt::ISODate);
    if (!last.isValid() || last.daysTo(today) > MaxAdStaleDays) {
        skipped.append(
            QCoreApplication::translate("FinanceAlerts", "Ad pacing of %1: its figures end on %2; sync the account.")
                .arg(c.name, shortDay(last)));
        return std::nullopt;
    }
    j.judged.append({u"ad_pacing"_s, QString::number(c.id)});
    const QDate first = last.addDays(1 - PacingDays);
    QSqlQuery q = Sql::exec(db,
        u"SELECT s.name, s.status, s.daily_budget_cents, COALESCE(s.campaign_id, 0), "
        u"COALESCE(cp.daily_budget_cents, 0), COALESCE(SUM(d.spend_cents), 0) FROM ad_sets s "
        u"LEFT JOIN campaigns cp ON cp.id = s.campaign_id "
        u"LEFT JOIN ad_set_days d ON d.ad_set_id = s.id AND d.day >= ? AND d.day <= ? "
        u"WHERE s.connection_id = ? GROUP BY s.id, s.name, s.status, s.daily_budget_cents, s.campaign_id, "
        u"cp.daily_budget_cents"_s,
        {isoDay(first), isoDay(last), c.id});
    qint64 budget = 0;
    qint64 spend = 0;
    QSet<qint64> campaigns;
    QList<AdSetSpend> sets;
    QJsonArray unbudgeted; // no daily budget of its own or its campaign's (a lifetime budget): left out
    while (q.next()) {
        const qint64 spent = q.value(5).toLongLong();
        if (q.value(1).toString() != u"ACTIVE" && spent == 0)
            continue;
        const qint64 own = q.value(2).toLongLong();
        const qint64 campaign = q.value(3).toLongLong();
        const qint64 campaignBudget = q.value(4).toLongLong();
        if (own <= 0 && campaignBudget <= 0) {
            unbudgeted.append(q.value(0).toString());
            continue;
        }
        spend += spent;
        if (own > 0)
            budget += own;
        else if (!campaigns.contains(campaign)) {
            campaigns.insert(campaign);
            budget += campaignBudget;
        }
        sets.append({q.value(0).toString(), spent, own});
    }
    const qint64 planned = budget * PacingDays;
    if (planned <= 0 || static_cast<double>(spend) <= static_cast<double>(planned) * PacingOver)
        return std::nullopt;
    std::sort(sets.begin(), sets.end(), [](const AdSetSpend& l, const AdSetSpend& r) {
        return l.spend - l.ownBudget * PacingDays > r.spend - r.ownBudget * PacingDays;
    });
    QJsonArray over;
    for (const AdSetSpend& s : sets) {
        if (over.size() == 3 || s.ownBudget <= 0 || s.spend <= s.ownBudget * PacingDays)
            continue;
        over.append(QJsonObject{{u"name"_s, s.name}, {u"spend"_s, s.spend}, {u"budget"_s, s.ownBudget}});
    }
    Alert a;
    a.kind = u"ad_pacing"_s;
    a.subject = QString::number(c.id);
    a.day = last;
    a.figures = QJsonObject{{u"account"_s, c.name}, {u"currency"_s, currency}, {u"spend"_s, spend},
        {u"daily_budget"_s, budget}, {u"days"_s, PacingDays}, {u"first"_s, isoDay(first)}, {u"ad_sets"_s, over},
        {u"unbudgeted"_s, unbudgeted}};
    return a;
}

std::optional<Alert> aiCeiling(const QSqlDatabase& db, const QDate& today, qint64 now)
{
    const Goals::Set goals = Goals::load(db);
    if (!goals.aiSpendMicros || *goals.aiSpendMicros <= 0)
        return std::nullopt;
    const QDate first(today.year(), today.month(), 1);
    const BusinessHealth::AiPace pace = BusinessHealth::aiPace(db, first, now); // as the CEO counts it
    const double spent = pace.spent;
    const double ceiling = static_cast<double>(*goals.aiSpendMicros);
    const double forecast = pace.forecast;
    if (spent < ceiling * NearCeiling && forecast <= ceiling)
        return std::nullopt;
    Alert a;
    a.kind = u"ai_ceiling"_s;
    a.day = first;
    a.figures = QJsonObject{
        {u"spent"_s, spent}, {u"ceiling"_s, ceiling}, {u"forecast"_s, forecast}, {u"daily"_s, pace.daily}};
    return a;
}

QString money(const QJsonObject& f, const char* key)
{
    return Money::format(f.value(QLatin1String(key)).toInteger(), f.value(u"currency"_s).toString());
}

} // namespace

Judged judge(const QSqlDatabase& db, qint64 now)
{
    Judged j;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    if (auto a = revenueDrop(db, today, j, now))
        j.alerts.append(*a);
    for (const Connections::Connection& c : Connections::adAccounts(db))
        if (auto a = adPacing(db, c, today, j))
            j.alerts.append(*a);
    j.judged.append({u"ai_ceiling"_s, QString()}); // a ceiling, or none to be near
    if (auto a = aiCeiling(db, today, now))
        j.alerts.append(*a);
    return j;
}

int store(const QSqlDatabase& db, const Judged& judged, qint64 now)
{
    int raised = 0;
    QList<qint64> current;
    for (const Alert& a : judged.alerts) {
        const QVariant id
            = Sql::scalar(db, u"SELECT id FROM finance_alerts WHERE kind = ? AND subject = ? AND day = ?"_s,
                {a.kind, a.subject, isoDay(a.day)});
        if (id.isValid()) {
            Sql::exec(db, u"UPDATE finance_alerts SET figures = ?, updated_at = ?, resolved_at = NULL WHERE id = ?"_s,
                {Json::compact(a.figures), now, id});
            current.append(id.toLongLong());
            continue;
        }
        current.append(Sql::insert(db,
            u"INSERT INTO finance_alerts (kind, subject, day, figures, raised_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {a.kind, a.subject, isoDay(a.day), Json::compact(a.figures), now, now}));
        ++raised;
    }
    // Resolved: what was judged and not found again, and the pacing of an ad account that is gone. What
    // could not be judged (stale figures) stays as it was.
    QSqlQuery q = Sql::exec(db,
        u"SELECT a.id, a.kind, a.subject, c.id FROM finance_alerts a LEFT JOIN connections c ON a.kind = "
        u"'ad_pacing' AND CAST(c.id AS TEXT) = a.subject AND c.kind = 'meta_ads' WHERE a.resolved_at IS NULL"_s);
    QList<qint64> gone;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const bool accountGone = kind == u"ad_pacing" && q.value(3).isNull();
        if (!current.contains(id) && (accountGone || judged.judged.contains({kind, q.value(2).toString()})))
            gone.append(id);
    }
    for (const qint64 id : gone)
        Sql::exec(db, u"UPDATE finance_alerts SET resolved_at = ?, updated_at = ? WHERE id = ?"_s, {now, now, id});
    return raised;
}

QList<Alert> open(const QSqlDatabase& db)
{
    QList<Alert> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, kind, subject, day, figures, raised_at FROM finance_alerts WHERE resolved_at IS NULL "
        u"ORDER BY raised_at DESC, id DESC"_s);
    while (q.next()) {
        Alert a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.subject = q.value(2).toString();
        a.day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.figures = Json::objectFromString(q.value(4).toString());
        a.raisedAt = q.value(5).toLongLong();
        out.append(a);
    }
    return out;
}

QString title(const Alert& alert)
{
    const QJsonObject& f = alert.figures;
    if (alert.kind == u"revenue_drop") {
        const double down = percentBelow(f.value(u"revenue"_s).toInteger(), f.value(u"before"_s).toInteger());
        return QCoreApplication::translate("FinanceAlerts", "Revenue on %1: %2, %3 % below the day before")
            .arg(shortDay(alert.day), money(f, "revenue"), QLocale().toString(down, 'f', 0));
    }
    if (alert.kind == u"ad_pacing") {
        const double planned = static_cast<double>(f.value(u"daily_budget"_s).toInteger() * f.value(u"days"_s).toInt());
        const double over
            = planned > 0 ? 100.0 * (static_cast<double>(f.value(u"spend"_s).toInteger()) - planned) / planned : 0;
        return QCoreApplication::translate("FinanceAlerts", "Ad spend of %1 runs %2 % over its budgets")
            .arg(f.value(u"account"_s).toString(), QLocale().toString(over, 'f', 0));
    }
    if (alert.kind == u"ai_ceiling") {
        const double spent = f.value(u"spent"_s).toDouble();
        const double ceiling = f.value(u"ceiling"_s).toDouble();
        const double forecast = f.value(u"forecast"_s).toDouble();
        const QString share = QLocale().toString(ceiling > 0 ? 100.0 * spent / ceiling : 0, 'f', 0);
        if (forecast > ceiling)
            return QCoreApplication::translate(
                "FinanceAlerts", "AI spend %1 of the %2 ceiling (%3 %), on course for %4")
                .arg(aiMoney(spent), aiMoney(ceiling), share, aiMoney(forecast));
        return QCoreApplication::translate("FinanceAlerts", "AI spend %1 of the %2 ceiling (%3 %)")
            .arg(aiMoney(spent), aiMoney(ceiling), share);
    }
    return alert.kind;
}

QString detail(const Alert& alert)
{
    const QJsonObject& f = alert.figures;
    QStringList lines;
    if (alert.kind == u"revenue_drop") {
        const int orders = f.value(u"orders"_s).toInt(); // (a literal in translate()'s arguments hangs lupdate)
        lines.append(
            QCoreApplication::translate("FinanceAlerts", "%1 from %n order(s); the day before %2", nullptr, orders)
                .arg(money(f, "revenue"), money(f, "before")));
        lines.append(QCoreApplication::translate("FinanceAlerts", "Same weekday a week earlier: %1")
                         .arg(money(f, "week_before")));
        const QString currency = f.value(u"currency"_s).toString();
        for (const QJsonValue& v : f.value(u"products"_s).toArray()) {
            const QJsonObject p = v.toObject();
            lines.append(
                QCoreApplication::translate("FinanceAlerts", "%1: %2 net sales, the day before %3")
                    .arg(p.value(u"name"_s).toString(), Money::format(p.value(u"after"_s).toInteger(), currency),
                        Money::format(p.value(u"before"_s).toInteger(), currency)));
        }
    } else if (alert.kind == u"ad_pacing") {
        const int days = f.value(u"days"_s).toInt();
        const QString currency = f.value(u"currency"_s).toString();
        lines.append(
            QCoreApplication::translate("FinanceAlerts", "Spent %1 in the %n day(s) from %2 to %3", nullptr, days)
                .arg(money(f, "spend"), shortDay(QDate::fromString(f.value(u"first"_s).toString(), Qt::ISODate)),
                    shortDay(alert.day)));
        lines.append(
            QCoreApplication::translate("FinanceAlerts", "Daily budgets: %1 a day, %2 for those days")
                .arg(money(f, "daily_budget"), Money::format(f.value(u"daily_budget"_s).toInteger() * days, currency)));
        for (const QJsonValue& v : f.value(u"ad_sets"_s).toArray()) {
            const QJsonObject s = v.toObject();
            lines.append(
                QCoreApplication::translate("FinanceAlerts", "%1: spent %2 on a budget of %3 a day")
                    .arg(s.value(u"name"_s).toString(), Money::format(s.value(u"spend"_s).toInteger(), currency),
                        Money::format(s.value(u"budget"_s).toInteger(), currency)));
        }
        QStringList unbudgeted;
        for (const QJsonValue& v : f.value(u"unbudgeted"_s).toArray())
            unbudgeted.append(v.toString());
        if (!unbudgeted.isEmpty())
            lines.append(QCoreApplication::translate("FinanceAlerts", "Left out, without a daily budget: %1")
                             .arg(QLocale().createSeparatedList(unbudgeted)));
    } else if (alert.kind == u"ai_ceiling") {
        lines.append(
            QCoreApplication::translate("FinanceAlerts", "At the last 7 days' pace (%1 a day) the month ends at %2")
                .arg(aiMoney(f.value(u"daily"_s).toDouble()), aiMoney(f.value(u"forecast"_s).toDouble())));
        lines.append(QCoreApplication::translate("FinanceAlerts",
            "Lower the agents' daily AI budgets or pause the pipeline; the ceiling is a goal on the dashboard."));
    }
    return lines.join(u'\n');
}

} // namespace FinanceAlerts
