#include "AdRuleStore.h"

#include "AdProposals.h"

#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace AdRules;

namespace AdRuleStore
{

namespace
{
const QStringList kMetrics{u"roas"_s, u"cpa"_s, u"spend"_s, u"ctr"_s, u"frequency"_s, u"purchases"_s};
const QStringList kActions{u"notify"_s, u"pause"_s, u"resume"_s, u"budget"_s, u"bid"_s};

QString actionKey(Action a)
{
    return kActions.at(static_cast<int>(a));
}

int direction(const RuleEngine::Outcome& o)
{
    if (o.action == Action::Pause)
        return -1;
    if (o.action == Action::Resume)
        return 1;
    return o.toCents > o.fromCents ? 1 : (o.toCents < o.fromCents ? -1 : 0);
}

Action actionFrom(const QString& key)
{
    return static_cast<Action>(std::max<qsizetype>(0, kActions.indexOf(key)));
}
} // namespace

QJsonObject toJson(const Rule& r)
{
    return QJsonObject{{u"name"_s, r.name}, {u"level"_s, r.level == Level::AdSet ? u"adset"_s : u"campaign"_s},
        {u"name_contains"_s, r.nameContains}, {u"object_ids"_s, QJsonArray::fromStringList(r.objectIds)},
        {u"metric"_s, kMetrics.at(static_cast<int>(r.metric))},
        {u"compare"_s, r.compare == Compare::Below ? u"below"_s : u"above"_s}, {u"threshold"_s, r.threshold},
        {u"window_days"_s, r.window.days}, {u"settle_hours"_s, r.window.settleHours},
        {u"break_even_roas"_s, r.breakEvenRoas}, {u"probability"_s, r.probability}, {u"action"_s, actionKey(r.action)},
        {u"change_percent"_s, r.changePercent}, {u"change_amount_cents"_s, r.changeAmountCents},
        {u"min_spend_cents"_s, r.minSpendCents}, {u"min_purchases"_s, r.minPurchases}, {u"min_clicks"_s, r.minClicks},
        {u"resume_threshold"_s, r.resumeThreshold}, {u"cooldown_hours"_s, r.cooldownHours},
        {u"max_step_percent"_s, r.maxStepPercent}, {u"object_ceiling_cents"_s, r.objectCeilingCents},
        {u"account_ceiling_cents"_s, r.accountCeilingCents}, {u"max_actions_per_day"_s, r.maxActionsPerDay},
        {u"skip_learning"_s, r.skipLearning}, {u"edit_quiet_hours"_s, r.editQuietHours}};
}

std::optional<Rule> fromJson(const QJsonObject& j, QString* why)
{
    Rule r;
    const int metric = static_cast<int>(kMetrics.indexOf(j.value(u"metric"_s).toString()));
    const int action = static_cast<int>(kActions.indexOf(j.value(u"action"_s).toString()));
    if (metric < 0 || action < 0) {
        *why = QCoreApplication::translate("AdRuleStore", "The rule names a metric or an action Quorum does not know.");
        return std::nullopt;
    }
    r.name = j.value(u"name"_s).toString();
    r.level = j.value(u"level"_s).toString() == u"campaign" ? Level::Campaign : Level::AdSet;
    r.nameContains = j.value(u"name_contains"_s).toString();
    for (const QJsonValue& v : j.value(u"object_ids"_s).toArray())
        r.objectIds.append(v.toString());
    r.metric = static_cast<Metric>(metric);
    r.compare = j.value(u"compare"_s).toString() == u"above" ? Compare::Above : Compare::Below;
    r.threshold = j.value(u"threshold"_s).toDouble();
    r.window.days = j.value(u"window_days"_s).toInt(3);
    r.window.settleHours = j.value(u"settle_hours"_s).toInt(0);
    r.breakEvenRoas = j.value(u"break_even_roas"_s).toDouble();
    r.probability = j.value(u"probability"_s).toDouble(0.9);
    r.action = static_cast<Action>(action);
    r.changePercent = j.value(u"change_percent"_s).toDouble();
    r.changeAmountCents = j.value(u"change_amount_cents"_s).toInteger();
    r.minSpendCents = j.value(u"min_spend_cents"_s).toInteger();
    r.minPurchases = j.value(u"min_purchases"_s).toInt();
    r.minClicks = j.value(u"min_clicks"_s).toInteger();
    r.resumeThreshold = j.value(u"resume_threshold"_s).toDouble();
    r.cooldownHours = j.value(u"cooldown_hours"_s).toInt(24);
    r.maxStepPercent = j.value(u"max_step_percent"_s).toDouble(20);
    r.objectCeilingCents = j.value(u"object_ceiling_cents"_s).toInteger();
    r.accountCeilingCents = j.value(u"account_ceiling_cents"_s).toInteger();
    r.maxActionsPerDay = j.value(u"max_actions_per_day"_s).toInt(10);
    r.skipLearning = j.value(u"skip_learning"_s).toBool(true);
    r.editQuietHours = j.value(u"edit_quiet_hours"_s).toInt(72);
    return r;
}

QList<Rule> rulesFor(const QSqlDatabase& db, qint64 connectionId)
{
    QList<Rule> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, spec, live FROM ad_rules WHERE enabled = 1 AND (connection_id IS NULL OR connection_id = ?) "
        u"ORDER BY id"_s,
        {connectionId});
    while (q.next()) {
        QString why;
        auto rule = fromJson(Json::objectFromString(q.value(1).toString()), &why);
        if (!rule)
            continue;
        rule->id = q.value(0).toLongLong();
        rule->live = q.value(2).toBool();
        out.append(*rule);
    }
    return out;
}

QStringList check(const QSqlDatabase& db, const Rule& rule, qint64 connectionId, QStringList* warnings)
{
    QStringList problems = AdRules::problems(rule);
    if (!problems.isEmpty())
        return problems;
    QList<Rule> others;
    for (const Rule& r : rulesFor(db, connectionId))
        if (r.id != rule.id)
            others.append(r);
    QList<ObjectName> objects;
    QSqlQuery q = Sql::exec(
        db, u"SELECT remote_id, name FROM ad_sets WHERE connection_id = ? OR ? = 0"_s, {connectionId, connectionId});
    while (q.next())
        objects.append({q.value(0).toString(), q.value(1).toString(), Level::AdSet});
    q.finish();
    for (const Rule& other : std::as_const(others)) {
        for (const Conflict& c : conflicts({rule, other}, objects)) {
            if (c.refuse)
                problems.append(c.example);
            else if (warnings)
                warnings->append(c.example);
        }
    }
    return problems;
}

qint64 save(const QSqlDatabase& db, const Rule& rule, qint64 connectionId, const QString& who, qint64 now, QString* why)
{
    const QStringList problems = check(db, rule, connectionId, nullptr);
    if (!problems.isEmpty()) {
        *why = problems.join(u'\n');
        return 0;
    }
    const QString spec = Json::compact(toJson(rule));
    const QVariant connection = connectionId > 0 ? QVariant(connectionId) : QVariant();
    if (rule.id > 0) {
        Sql::exec(db, u"UPDATE ad_rules SET name = ?, spec = ?, live = ?, updated_at = ? WHERE id = ?"_s,
            {rule.name, spec, rule.live, now, rule.id});
        return rule.id;
    }
    return Sql::insert(db,
        u"INSERT INTO ad_rules (connection_id, name, spec, live, created_by, created_at, updated_at) VALUES (?, ?, ?, "
        u"?, ?, ?, ?)"_s,
        {connection, rule.name, spec, rule.live, who, now, now});
}

RuleEngine::Account loadAccount(const QSqlDatabase& db, qint64 connectionId, QDate since, const QString& onlyObject)
{
    RuleEngine::Account a;
    QSqlQuery acc = Sql::exec(
        db, u"SELECT currency, time_zone, synced_through FROM ad_accounts WHERE connection_id = ?"_s, {connectionId});
    if (acc.next()) {
        a.currency = acc.value(0).toString();
        a.zone = QTimeZone(acc.value(1).toString().toLatin1());
        if (!a.zone.isValid())
            a.zone = QTimeZone("UTC");
        a.syncedThrough = QDate::fromString(acc.value(2).toString(), Qt::ISODate);
    }
    QHash<qint64, qsizetype> index;
    QSqlQuery sets = Sql::exec(db,
        u"SELECT id, remote_id, name, status, daily_budget_cents, bid_amount_cents, learning, COALESCE(last_edit_at, "
        u"0) "
        u"FROM ad_sets WHERE connection_id = ? AND (? = '' OR remote_id = ?) ORDER BY id"_s,
        {connectionId, onlyObject, onlyObject});
    while (sets.next()) {
        RuleEngine::Object o;
        o.id = sets.value(1).toString();
        o.name = sets.value(2).toString();
        o.active = sets.value(3).toString() == u"ACTIVE";
        o.budgetCents = sets.value(4).toLongLong();
        o.bidCents = sets.value(5).toLongLong();
        o.learning = sets.value(6).toString() == u"LEARNING";
        o.lastEditMs = sets.value(7).toLongLong();
        index.insert(sets.value(0).toLongLong(), a.objects.size());
        a.objects.append(o);
    }
    QSqlQuery days = Sql::exec(db,
        u"SELECT d.ad_set_id, d.day, d.spend_cents, d.value_cents, d.impressions, d.clicks, d.purchases, d.frequency "
        u"FROM ad_set_days d JOIN ad_sets s ON s.id = d.ad_set_id WHERE s.connection_id = ? AND d.day >= ? AND (? = '' "
        u"OR s.remote_id = ?) ORDER BY d.ad_set_id, d.day"_s,
        {connectionId, since.toString(Qt::ISODate), onlyObject, onlyObject});
    while (days.next()) {
        const auto it = index.constFind(days.value(0).toLongLong());
        if (it == index.cend())
            continue;
        a.objects[*it].days.append({QDate::fromString(days.value(1).toString(), Qt::ISODate),
            days.value(2).toLongLong(), days.value(3).toLongLong(), days.value(4).toLongLong(),
            days.value(5).toLongLong(), days.value(6).toLongLong(), days.value(7).toDouble()});
    }
    // What was done: a notify-only finding moved nothing, so once its rule is live it no longer counts
    // (its cooldown starts with what the live rule does).
    QSqlQuery taken = Sql::exec(db,
        u"SELECT rule_id, object_id, action, direction, created_at FROM ad_rule_firings WHERE connection_id = ? AND "
        u"fired = 1 AND object_id <> '' AND (? = '' OR object_id = ?) AND (live = 1 OR rule_id IN (SELECT id FROM "
        u"ad_rules WHERE live = 0)) ORDER BY created_at"_s,
        {connectionId, onlyObject, onlyObject});
    while (taken.next())
        a.taken.append({taken.value(0).toLongLong(), taken.value(1).toString(), actionFrom(taken.value(2).toString()),
            taken.value(3).toInt(), taken.value(4).toLongLong()});
    return a;
}

int evaluate(const QSqlDatabase& db, qint64 connectionId, qint64 nowMs)
{
    const QList<Rule> rules = rulesFor(db, connectionId);
    if (rules.isEmpty())
        return 0;
    int longest = 1;
    for (const Rule& r : rules)
        longest = std::max(longest, r.window.days + r.window.settleHours / 24 + 2);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone("UTC")).date();
    // The rules read only their windows; a live finding's proposal carries its backtest on its ad set,
    // whose whole synced history is read for it alone.
    RuleEngine::Account account = loadAccount(db, connectionId, today.addDays(-longest));
    const QString day = QDateTime::fromMSecsSinceEpoch(nowMs, account.zone).date().toString(Qt::ISODate);
    int written = 0;
    for (const RuleEngine::Outcome& o : RuleEngine::evaluateAll(rules, &account, nowMs)) {
        // Held the same day by what the rule itself found earlier (its cooldown): nothing new to say.
        if (!o.fired
            && Sql::scalar(db,
                   u"SELECT COUNT(*) FROM ad_rule_firings WHERE rule_id = ? AND object_id = ? AND account_day = ? AND "
                   u"fired = 1"_s,
                   {o.ruleId, o.objectId, day})
                    .toInt()
                > 0)
            continue;
        const QJsonObject evidence{{u"from"_s, o.evidence.from.toString(Qt::ISODate)},
            {u"to"_s, o.evidence.to.toString(Qt::ISODate)}, {u"spend_cents"_s, o.evidence.spendCents},
            {u"value_cents"_s, o.evidence.valueCents}, {u"purchases"_s, o.evidence.purchases},
            {u"clicks"_s, o.evidence.clicks}, {u"impressions"_s, o.evidence.impressions},
            {u"value"_s, o.evidence.hasValue ? QJsonValue(o.evidence.value) : QJsonValue()},
            {u"p_below_break_even"_s, o.evidence.probabilityBelowBreakEven}};
        QSqlQuery q = Sql::exec(db,
            u"INSERT INTO ad_rule_firings (rule_id, connection_id, object_id, object_name, action, direction, fired, "
            u"live, brake, summary, evidence, from_cents, to_cents, account_day, created_at) VALUES (?, ?, ?, ?, ?, ?, "
            u"?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule_id, object_id, account_day, action, fired) DO UPDATE SET "
            u"live = 1, brake = excluded.brake, summary = excluded.summary, evidence = excluded.evidence, from_cents = "
            u"excluded.from_cents, to_cents = excluded.to_cents, created_at = excluded.created_at WHERE "
            u"ad_rule_firings.live = 0 AND excluded.live = 1 RETURNING id"_s,
            {o.ruleId, connectionId, o.objectId, o.objectName, actionKey(o.action), direction(o), o.fired, o.live,
                o.brake, o.summary, Json::compact(evidence), o.fromCents, o.toCents, day, nowMs});
        // Once a day per finding; what a rule found notify-only that day, it does once it is live.
        if (!q.next())
            continue;
        ++written;
        const qint64 firing = q.value(0).toLongLong();
        q.finish();
        // Live: the finding becomes a proposal, judged by the approval rules like any other.
        if (!o.fired || !o.live || o.action == Action::Notify)
            continue;
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&o](const Rule& r) { return r.id == o.ruleId; });
        if (rule == rules.cend())
            continue;
        const RuleEngine::Account history = loadAccount(db, connectionId, today.addDays(-kBacktestDays), o.objectId);
        const qint64 proposal = AdProposals::propose(db, connectionId, *rule, o, history, nowMs);
        if (proposal > 0)
            Sql::exec(db, u"UPDATE ad_rule_firings SET proposal_id = ? WHERE id = ?"_s, {proposal, firing});
    }
    return written;
}

} // namespace AdRuleStore
