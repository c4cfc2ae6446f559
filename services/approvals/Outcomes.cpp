#include "Outcomes.h"

#include "core/Median.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Outcomes
{

namespace
{
struct KindName
{
    Kind kind;
    const char* key;
};
constexpr KindName kKinds[] = {
    {Kind::Revenue, "revenue"},
    {Kind::AccountRoas, "account_roas"},
    {Kind::AdSetRoas, "ad_set_roas"},
    {Kind::PairValue, "pair_value"},
};

QString signedPercent(double percent)
{
    const QString number = QLocale().toString(std::abs(percent), 'f', 0);
    return (percent < 0 ? u"−"_s : u"+"_s) + number + u" %"_s;
}

QString ratio(double value)
{
    return QLocale().toString(value, 'f', 2);
}
} // namespace

QString key(Kind kind)
{
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<Kind> fromKey(const QString& key)
{
    for (const KindName& k : kKinds)
        if (key == QLatin1StringView(k.key))
            return k.kind;
    return std::nullopt;
}

std::optional<double> Outcome::changePercent() const
{
    if (!(before > 0))
        return std::nullopt;
    return (after - before) * 100.0 / before;
}

void store(const QSqlDatabase& db, const Outcome& o, qint64 now)
{
    Sql::exec(db, u"DELETE FROM decision_outcomes WHERE proposal_id = ?"_s, {o.proposalId});
    Sql::exec(db,
        u"INSERT INTO decision_outcomes (proposal_id, kind, first_after, days, before_value, after_value, "
        u"units_before, "
        u"units_after, held, currency, measured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {o.proposalId, key(o.kind), o.firstAfter.toString(Qt::ISODate), o.days, o.before, o.after, o.unitsBefore,
            o.unitsAfter, o.held() ? 1 : 0, o.currency, now});
}

std::optional<Outcome> of(const QSqlDatabase& db, qint64 proposalId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT kind, first_after, days, before_value, after_value, units_before, units_after, currency FROM "
        u"decision_outcomes WHERE proposal_id = ?"_s,
        {proposalId});
    if (!q.next())
        return std::nullopt;
    const auto kind = fromKey(q.value(0).toString());
    if (!kind)
        return std::nullopt;
    Outcome o;
    o.proposalId = proposalId;
    o.kind = *kind;
    o.firstAfter = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    o.days = q.value(2).toInt();
    o.before = q.value(3).toDouble();
    o.after = q.value(4).toDouble();
    o.unitsBefore = q.value(5).toLongLong();
    o.unitsAfter = q.value(6).toLongLong();
    o.currency = q.value(7).toString();
    return o;
}

Summary summaryOf(const QSqlDatabase& db, const QString& agent, ActionType type)
{
    Summary s;
    QSqlQuery q = Sql::exec(db,
        u"SELECT o.kind, o.before_value, o.after_value, o.held FROM decision_outcomes o JOIN action_proposals p ON "
        u"p.id = o.proposal_id WHERE p.agent = ? AND p.action_type = ?"_s,
        {agent, ActionTypes::key(type)});
    QHash<QString, int> kinds;
    QList<double> changes;
    while (q.next()) {
        ++s.measured;
        s.held += q.value(3).toInt() != 0 ? 1 : 0;
        ++kinds[q.value(0).toString()];
        const double before = q.value(1).toDouble();
        if (before > 0)
            changes.append((q.value(2).toDouble() - before) * 100.0 / before);
    }
    int most = 0;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            s.kind = fromKey(it.key());
        }
    if (!changes.isEmpty())
        s.medianChangePercent = median(changes);
    return s;
}

QString describe(const Outcome& o)
{
    const auto change = o.changePercent();
    const QString percent = change ? u" ("_s + signedPercent(*change) + u")"_s : QString();
    const auto money = [&o](double minor) { return Money::format(std::llround(minor), o.currency); };
    switch (o.kind) {
    case Kind::Revenue:
        return (o.held() ? QCoreApplication::translate("Outcomes",
                    "Revenue kept: %1 in the %2 days after it ran, %3 in the %2 days before%4; %5 units "
                    "after, %6 before.")
                         : QCoreApplication::translate("Outcomes",
                             "Revenue fell: %1 in the %2 days after it ran, %3 in the %2 days before%4; %5 units "
                             "after, %6 before."))
            .arg(money(o.after))
            .arg(o.days)
            .arg(money(o.before), percent)
            .arg(o.unitsAfter)
            .arg(o.unitsBefore);
    case Kind::AccountRoas:
        return (o.held() ? QCoreApplication::translate("Outcomes",
                    "The ad account's return held: ROAS %1 in the %2 days after the pause, %3 in the %2 "
                    "days before%4.")
                         : QCoreApplication::translate("Outcomes",
                             "The ad account's return fell: ROAS %1 in the %2 days after the pause, %3 in the %2 "
                             "days before%4."))
            .arg(ratio(o.after))
            .arg(o.days)
            .arg(ratio(o.before), percent);
    case Kind::AdSetRoas:
        return (o.held() ? QCoreApplication::translate("Outcomes",
                    "The ad set's return held: ROAS %1 in the %2 days after the change, %3 in the %2 days "
                    "before%4.")
                         : QCoreApplication::translate("Outcomes",
                             "The ad set's return fell: ROAS %1 in the %2 days after the change, %3 in the %2 days "
                             "before%4."))
            .arg(ratio(o.after))
            .arg(o.days)
            .arg(ratio(o.before), percent);
    case Kind::PairValue:
        return (o.held() ? QCoreApplication::translate("Outcomes",
                    "The two ad sets brought %1 of purchases in the %2 days after the shift, %3 in the %2 "
                    "days before%4.")
                         : QCoreApplication::translate("Outcomes",
                             "The two ad sets brought less after the shift: %1 of purchases in the %2 days after, "
                             "%3 in the %2 days before%4."))
            .arg(money(o.after))
            .arg(o.days)
            .arg(money(o.before), percent);
    }
    return {};
}

QString describe(const Summary& s)
{
    if (s.measured == 0 || !s.kind)
        return {};
    QString text;
    switch (*s.kind) {
    case Kind::Revenue:
        text = QCoreApplication::translate(
            "Outcomes", "Afterwards: %1 of %n measured kept their revenue", nullptr, s.measured)
                   .arg(s.held);
        break;
    case Kind::AccountRoas:
    case Kind::AdSetRoas:
        text = QCoreApplication::translate(
            "Outcomes", "Afterwards: the return held for %1 of %n measured", nullptr, s.measured)
                   .arg(s.held);
        break;
    case Kind::PairValue:
        text = QCoreApplication::translate(
            "Outcomes", "Afterwards: purchases held for %1 of %n measured", nullptr, s.measured)
                   .arg(s.held);
        break;
    }
    if (s.medianChangePercent)
        text += u" "_s
            + QCoreApplication::translate("Outcomes", "(median %1)").arg(signedPercent(*s.medianChangePercent));
    return text + u"."_s;
}

} // namespace Outcomes
