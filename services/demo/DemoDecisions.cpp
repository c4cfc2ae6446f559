#include "DemoDecisions.h"

#include "approvals/ApprovalRules.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace DemoDecisions
{

namespace
{
constexpr qint64 kDay = 24LL * 3'600'000;

struct Decision
{
    QString sku;
    qint64 fromCents = 0;
    qint64 toCents = 0;            // as proposed
    std::optional<qint64> changed; // the price the person approved instead
    bool rejected = false;
    qint64 at = 0; // decided
};
} // namespace

void seedSale(const QSqlDatabase& db, const QJsonObject& sale, qint64 now, const QString& currency,
    const QHash<QString, qint64>& idBySku)
{
    if (sale.isEmpty())
        return;
    ApprovalRules::ensureDefaults(db, now);
    const auto rule = ApprovalRules::match(ApprovalRules::current(db), ActionType::PriceChange, u"Demo example"_s);
    const QString who = sale.value(u"decidedBy"_s).toString();
    const double changedOff = sale.value(u"modifiedPercentOff"_s).toDouble();
    const QString modifiedSku = sale.value(u"modifiedSku"_s).toString();
    const QString rejectedSku = sale.value(u"rejectedSku"_s).toString();
    const auto markdown
        = [](qint64 cents, double pct) { return std::llround(static_cast<double>(cents) * (1 - pct / 100)); };
    QList<Decision> decisions;
    for (const QJsonValue& s : sale.value(u"sales"_s).toArray()) {
        const QJsonObject one = s.toObject();
        const double off = one.value(u"percentOff"_s).toDouble();
        const qint64 start = now - one.value(u"startDaysAgo"_s).toInt() * kDay;
        const qint64 end = start + one.value(u"days"_s).toInt() * kDay;
        int i = 0;
        for (const QJsonValue& v : one.value(u"skus"_s).toArray()) {
            const QString sku = v.toString();
            const qint64 price
                = Sql::scalar(db, u"SELECT price_cents FROM products WHERE sku = ?"_s, {sku}).toLongLong();
            if (price <= 0 || !idBySku.contains(sku))
                continue;
            // Decided the morning before the sale, a few minutes apart; put back the same way after it.
            const qint64 before = start - kDay + (9 * 60 + 7 * i) * 60'000LL;
            const qint64 after = end + (9 * 60 + 7 * i) * 60'000LL;
            ++i;
            Decision down{sku, price, markdown(price, off), std::nullopt, sku == rejectedSku, before};
            if (sku == modifiedSku)
                down.changed = markdown(price, changedOff);
            decisions.append(down);
            if (!down.rejected)
                decisions.append({sku, down.changed.value_or(down.toCents), price, std::nullopt, false, after});
        }
    }
    const QLocale locale;
    const auto money = [&currency](qint64 cents) { return Money::format(cents, currency); };
    for (const Decision& d : std::as_const(decisions)) {
        const bool back = d.toCents > d.fromCents;
        const QString name = Sql::scalar(db, u"SELECT name FROM products WHERE sku = ?"_s, {d.sku}).toString();
        const QString title = back ? sale.value(u"titleBack"_s).toString().arg(name, money(d.toCents))
                                   : sale.value(u"title"_s).toString().arg(name, money(d.fromCents), money(d.toCents));
        const double pct
            = 100.0 * std::abs(static_cast<double>(d.toCents - d.fromCents)) / static_cast<double>(d.fromCents);
        const QString verdict = sale.value(u"verdict"_s).toString().arg(locale.toString(pct, 'f', 1) + u" %"_s);
        const QJsonObject params{{u"sku"_s, d.sku}, {u"new_price"_s, Money::toDecimalString(d.toCents)},
            {u"currency"_s, currency}, {u"old_price"_s, Money::toDecimalString(d.fromCents)}};
        QJsonObject approved = params;
        if (d.changed)
            approved.insert(u"new_price"_s, Money::toDecimalString(*d.changed));
        const qint64 created = d.at - 2 * 3'600'000;
        const qint64 id = Sql::insert(db,
            u"INSERT INTO action_proposals (agent, action_type, title, description, reasoning, confidence, parameters, "
            u"modified_parameters, modified_by, approved_parameters, executed_parameters, risk_level, verdict, "
            u"rule_id, "
            u"rule_version, priority, status, execution_state, proposed_by, decided_by, decided_at, decided_on, notes, "
            u"currency, product_id, created_at, updated_at, ran_at) VALUES ('Demo example', 'price_change', ?, ?, ?, "
            u"0.9, ?, ?, ?, ?, ?, 'high', ?, ?, ?, 1, ?, ?, 'Demo example', ?, ?, 'demo', ?, ?, ?, ?, ?, ?)"_s,
            {title, sale.value(back ? u"descriptionBack"_s : u"description"_s).toString(),
                sale.value(u"reasoning"_s).toString(), Json::compact(params),
                d.changed ? QVariant(Json::compact(approved)) : QVariant(), d.changed ? QVariant(who) : QVariant(),
                d.rejected ? QVariant() : QVariant(Json::compact(approved)),
                d.rejected ? QVariant() : QVariant(Json::compact(approved)), verdict,
                rule ? QVariant(rule->id) : QVariant(QMetaType::fromType<qint64>()), rule ? rule->version : 1,
                d.rejected ? u"rejected"_s : u"approved"_s, d.rejected ? u"none"_s : u"done"_s, who, d.at,
                d.rejected ? sale.value(u"rejectedReason"_s).toString() : QString(), currency, idBySku.value(d.sku),
                created, d.at, d.rejected ? QVariant(QMetaType::fromType<qint64>()) : QVariant(d.at)});
        const QString subject = u"proposal:%1"_s.arg(id);
        const QJsonObject details{{u"agent"_s, u"Demo example"_s}, {u"action_type"_s, u"price_change"_s},
            {u"title"_s, title}, {u"risk_level"_s, u"high"_s}, {u"verdict"_s, verdict}, {u"parameters"_s, params}};
        AuditLog::append(db, created, u"Demo example"_s, u"proposal.created"_s, subject, details);
        if (d.changed)
            AuditLog::append(
                db, d.at - 60'000, who, u"proposal.modified"_s, subject, QJsonObject{{u"parameters"_s, approved}});
        AuditLog::append(db, d.at, who, d.rejected ? u"proposal.rejected"_s : u"proposal.approved"_s, subject,
            d.rejected ? QJsonObject{{u"reason"_s, sale.value(u"rejectedReason"_s).toString()}}
                       : QJsonObject{{u"parameters"_s, approved}});
    }
}

} // namespace DemoDecisions
