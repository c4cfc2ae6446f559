#include "ApprovalRules.h"

#include "ActionSchema.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ApprovalRule::metricKey(Metric m)
{
    switch (m) {
    case Metric::Amount:
        return u"amount"_s;
    case Metric::PercentChange:
        return u"percent_change"_s;
    case Metric::MarginConfidence:
        return u"margin_confidence"_s;
    case Metric::UnitChange:
        return u"unit_change"_s;
    case Metric::None:
        break;
    }
    return u"none"_s;
}

ApprovalRule::Metric ApprovalRule::metricFromKey(const QString& key)
{
    if (key == u"amount")
        return Metric::Amount;
    if (key == u"percent_change")
        return Metric::PercentChange;
    if (key == u"margin_confidence")
        return Metric::MarginConfidence;
    if (key == u"unit_change")
        return Metric::UnitChange;
    return Metric::None;
}

namespace
{
QJsonValue bandJson(const std::optional<ApprovalRule::Band>& b)
{
    if (!b)
        return QJsonValue::Null;
    return QJsonObject{{u"max"_s, b->max}, {u"inclusive"_s, b->inclusive}};
}

std::optional<ApprovalRule::Band> bandFrom(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    return ApprovalRule::Band{v.toObject().value(u"max"_s).toDouble(), v.toObject().value(u"inclusive"_s).toBool()};
}
} // namespace

QJsonObject ApprovalRule::toJson() const
{
    return QJsonObject{{u"key"_s, key}, {u"name"_s, name}, {u"action_type"_s, ActionTypes::key(actionType)},
        {u"agent"_s, agent}, {u"metric"_s, metricKey(metric)}, {u"parameter"_s, parameter},
        {u"metric_label"_s, metricLabel}, {u"low"_s, bandJson(low)}, {u"medium"_s, bandJson(medium)},
        {u"low_confidence"_s, lowConfidence}, {u"medium_confidence"_s, mediumConfidence},
        {u"confidence_threshold"_s, confidenceThreshold}, {u"auto_approve"_s, autoApprove},
        {u"requires_human"_s, requiresHuman}, {u"approver_roles"_s, Json::fromStringList(approverRoles)},
        {u"deadline_hours"_s, deadlineHours}, {u"on_expiry"_s, onExpiry}, {u"warn_minutes"_s, warnMinutes},
        {u"always"_s, always}};
}

ApprovalRule ApprovalRule::fromJson(const QJsonObject& o)
{
    ApprovalRule r;
    r.key = o.value(u"key"_s).toString();
    r.name = o.value(u"name"_s).toString();
    r.actionType = ActionTypes::fromKey(o.value(u"action_type"_s).toString());
    r.agent = o.value(u"agent"_s).toString();
    r.metric = metricFromKey(o.value(u"metric"_s).toString());
    r.parameter = o.value(u"parameter"_s).toString();
    r.metricLabel = o.value(u"metric_label"_s).toString();
    r.low = bandFrom(o.value(u"low"_s));
    r.medium = bandFrom(o.value(u"medium"_s));
    r.lowConfidence = o.value(u"low_confidence"_s).toDouble(0.9);
    r.mediumConfidence = o.value(u"medium_confidence"_s).toDouble(0.75);
    r.confidenceThreshold = o.value(u"confidence_threshold"_s).toDouble(0);
    r.autoApprove = o.value(u"auto_approve"_s).toBool(true);
    r.requiresHuman = o.value(u"requires_human"_s).toBool(false);
    if (o.value(u"approver_roles"_s).isArray())
        r.approverRoles = Json::toStringList(o.value(u"approver_roles"_s).toArray());
    r.deadlineHours = o.value(u"deadline_hours"_s).toInt(24);
    r.onExpiry = o.value(u"on_expiry"_s).toString(u"reject"_s);
    r.warnMinutes = o.value(u"warn_minutes"_s).toInt(60);
    r.always = o.value(u"always"_s).toString();
    return r;
}

QStringList ApprovalRule::validate() const
{
    QStringList out;
    if (key.trimmed().isEmpty())
        out.append(QCoreApplication::translate("ApprovalRule", "The rule needs a key."));
    if (name.trimmed().isEmpty())
        out.append(QCoreApplication::translate("ApprovalRule", "Give the rule a name."));
    if (actionType == ActionType::Unknown)
        out.append(
            QCoreApplication::translate("ApprovalRule", "The rule does not name a kind of action Quorum knows."));
    if (metric == Metric::Amount || metric == Metric::PercentChange) {
        const ActionSchema::Field* f = ActionSchema::field(actionType, parameter);
        if (!f || f->type != ActionSchema::FieldType::Money)
            out.append(QCoreApplication::translate(
                "ApprovalRule", "The rule reads “%1”, which is not an amount of this action.")
                           .arg(parameter));
    }
    if (metric == Metric::UnitChange) {
        const ActionSchema::Field* f = ActionSchema::field(actionType, parameter);
        if (!f || f->type != ActionSchema::FieldType::Integer)
            out.append(
                QCoreApplication::translate("ApprovalRule", "The rule reads “%1”, which is not a count of this action.")
                    .arg(parameter));
    }
    for (const auto& b : {low, medium}) {
        if (b && b->max < 0)
            out.append(QCoreApplication::translate("ApprovalRule", "Thresholds cannot be negative."));
    }
    if (low && medium && low->max > medium->max)
        out.append(
            QCoreApplication::translate("ApprovalRule", "The LOW threshold must not be above the MEDIUM threshold."));
    if (confidenceThreshold < 0 || confidenceThreshold > 1 || lowConfidence < 0 || lowConfidence > 1
        || mediumConfidence < 0 || mediumConfidence > 1)
        out.append(QCoreApplication::translate("ApprovalRule", "Confidence thresholds are between 0 and 1."));
    if (approverRoles.isEmpty())
        out.append(QCoreApplication::translate("ApprovalRule", "At least one role must be allowed to decide."));
    for (const QString& r : approverRoles) {
        if (r != u"owner" && r != u"approver")
            out.append(
                QCoreApplication::translate("ApprovalRule", "Only owners and approvers can decide, not “%1”.").arg(r));
    }
    if (deadlineHours < 1 || deadlineHours > 24 * 90)
        out.append(QCoreApplication::translate("ApprovalRule", "The deadline must be between 1 hour and 90 days."));
    if (onExpiry != u"reject" && onExpiry != u"approve")
        out.append(
            QCoreApplication::translate("ApprovalRule", "On expiry the proposal is either rejected or approved."));
    if (warnMinutes < 0 || warnMinutes >= deadlineHours * 60)
        out.append(QCoreApplication::translate("ApprovalRule", "The warning must come before the deadline."));
    return out;
}

namespace ApprovalRules
{

QList<ApprovalRule> defaults()
{
    using M = ApprovalRule::Metric;
    using B = ApprovalRule::Band;
    const auto rule = [](const char* key, const char* name, const char* type, M metric, const char* parameter,
                          const char* label, std::optional<B> low, std::optional<B> medium) {
        // Names and labels are data once stored; they are written in the language of the session
        // that created the workspace.
        ApprovalRule r;
        r.key = QString::fromLatin1(key);
        r.name = QCoreApplication::translate("ApprovalRules", name);
        r.actionType = ActionTypes::fromKey(QString::fromLatin1(type));
        r.metric = metric;
        r.parameter = QString::fromLatin1(parameter);
        r.metricLabel = QCoreApplication::translate("ApprovalRules", label);
        r.low = low;
        r.medium = medium;
        r.confidenceThreshold = 0.6;
        return r;
    };
    QList<ApprovalRule> out;
    // budget change: LOW < 100, MEDIUM 100 - 1,000, HIGH > 1,000
    out.append(rule("budget_change", QT_TRANSLATE_NOOP("ApprovalRules", "Budget changes"), "budget_change", M::Amount,
        "amount", QT_TRANSLATE_NOOP("ApprovalRules", "budget"), B{100, false}, B{1000, true}));
    // campaign launch: LOW <= 500, HIGH > 500
    out.append(rule("campaign_launch", QT_TRANSLATE_NOOP("ApprovalRules", "Campaign launches"), "campaign_launch",
        M::Amount, "daily_budget", QT_TRANSLATE_NOOP("ApprovalRules", "launch budget"), B{500, true}, std::nullopt));
    // price change: MEDIUM < 20 %, HIGH >= 20 %
    out.append(rule("price_change", QT_TRANSLATE_NOOP("ApprovalRules", "Price changes"), "price_change",
        M::PercentChange, "new_price", QT_TRANSLATE_NOOP("ApprovalRules", "price change"), std::nullopt, B{20, false}));
    // new product: LOW margin >= target and confidence >= 0.9; MEDIUM confidence >= 0.75; else HIGH
    out.append(rule("new_product", QT_TRANSLATE_NOOP("ApprovalRules", "New products"), "new_product",
        M::MarginConfidence, "price", QT_TRANSLATE_NOOP("ApprovalRules", "margin"), std::nullopt, std::nullopt));
    // refund: LOW <= 50, HIGH > 50
    out.append(rule("refund", QT_TRANSLATE_NOOP("ApprovalRules", "Refunds and compensation"), "refund", M::Amount,
        "amount", QT_TRANSLATE_NOOP("ApprovalRules", "refund"), B{50, true}, std::nullopt));
    // stock update: LOW up to 25 units, MEDIUM up to 250, HIGH beyond (a jump that big is worth a look)
    out.append(rule("stock_update", QT_TRANSLATE_NOOP("ApprovalRules", "Stock updates across stores"), "stock_update",
        M::UnitChange, "quantity", QT_TRANSLATE_NOOP("ApprovalRules", "stock change"), B{25, true}, B{250, true}));
    // an ad set paused, resumed or re-bid by a rule: judged by the daily budget at stake, like budgets
    out.append(rule("ad_set_change", QT_TRANSLATE_NOOP("ApprovalRules", "Ad set changes"), "ad_set_change", M::Amount,
        "daily_budget", QT_TRANSLATE_NOOP("ApprovalRules", "daily budget at stake"), B{100, false}, B{1000, true}));
    // clang-format off
    const std::tuple<const char*, const char*, const char*> always[] = {
        {"new_supplier", QT_TRANSLATE_NOOP("ApprovalRules", "New suppliers"),
            QT_TRANSLATE_NOOP("ApprovalRules", "new suppliers always need a person")},
        {"new_market", QT_TRANSLATE_NOOP("ApprovalRules", "New markets"),
            QT_TRANSLATE_NOOP("ApprovalRules", "new markets always need a person")},
        {"strategic_pivot", QT_TRANSLATE_NOOP("ApprovalRules", "Strategic pivots"),
            QT_TRANSLATE_NOOP("ApprovalRules", "strategic pivots always need a person")},
        {"content_review", QT_TRANSLATE_NOOP("ApprovalRules", "Content that failed the gate"),
            QT_TRANSLATE_NOOP("ApprovalRules", "content that failed the agreement gate 3 times always needs a person")},
        {"publish_product", QT_TRANSLATE_NOOP("ApprovalRules", "Publishing"),
            QT_TRANSLATE_NOOP("ApprovalRules", "publishing needs a person until publishing rules are set")},
        {"reorder", QT_TRANSLATE_NOOP("ApprovalRules", "Reorders"),
            QT_TRANSLATE_NOOP("ApprovalRules", "a reorder is placed with the supplier by a person")},
        {"experiment_winner", QT_TRANSLATE_NOOP("ApprovalRules", "A/B test winners"),
            QT_TRANSLATE_NOOP("ApprovalRules", "a test's winner is declared by a person")},
        {"order_hold", QT_TRANSLATE_NOOP("ApprovalRules", "Order holds"),
            QT_TRANSLATE_NOOP("ApprovalRules", "an order is held by a person, never on its own")},
        {"budget_shift", QT_TRANSLATE_NOOP("ApprovalRules", "Budget shifts between ad sets"),
            QT_TRANSLATE_NOOP("ApprovalRules", "moving budget between ad sets is decided by a person")},
        {"rule_change", QT_TRANSLATE_NOOP("ApprovalRules", "Approval rule changes"),
            QT_TRANSLATE_NOOP("ApprovalRules", "an approval rule is changed by an owner, never on its own")},
        {"review_reply", QT_TRANSLATE_NOOP("ApprovalRules", "Replies to reviews"),
            QT_TRANSLATE_NOOP("ApprovalRules", "a reply speaks for the shop in public: a person approves it")},
        {"feature_product", QT_TRANSLATE_NOOP("ApprovalRules", "Featured products"),
            QT_TRANSLATE_NOOP("ApprovalRules", "what the shop puts forward is chosen by a person")},
        {"retire_product", QT_TRANSLATE_NOOP("ApprovalRules", "Retired products"),
            QT_TRANSLATE_NOOP("ApprovalRules", "taking a product out of the range is decided by a person")},
        {"social_post", QT_TRANSLATE_NOOP("ApprovalRules", "Social posts"),
            QT_TRANSLATE_NOOP("ApprovalRules", "a post speaks for the shop in public: a person approves it")},
        {"content_refresh", QT_TRANSLATE_NOOP("ApprovalRules", "Content refreshes"),
            QT_TRANSLATE_NOOP("ApprovalRules", "taking a product in the store back to work is decided by a person")},
        {"outreach_email", QT_TRANSLATE_NOOP("ApprovalRules", "Outreach e-mails"),
            QT_TRANSLATE_NOOP("ApprovalRules", "an e-mail to a business that did not ask for it: a person approves it")},
        {"prompt_trial", QT_TRANSLATE_NOOP("ApprovalRules", "Prompt trials"),
            QT_TRANSLATE_NOOP("ApprovalRules", "which prompt writes from now on is decided by a person")},
    };
    // clang-format on
    for (const auto& [type, name, why] : always) {
        ApprovalRule r = rule(type, name, type, M::None, "", "", std::nullopt, std::nullopt);
        r.always = QCoreApplication::translate("ApprovalRules", why);
        r.confidenceThreshold = 0;
        out.append(r);
    }
    // The biggest decisions are the owner's alone.
    for (ApprovalRule& r : out) {
        if (r.actionType == ActionType::NewMarket || r.actionType == ActionType::StrategicPivot
            || r.actionType == ActionType::RuleChange)
            r.approverRoles = {u"owner"_s};
        if (r.actionType == ActionType::ContentReview)
            r.deadlineHours = 72;
    }
    return out;
}

namespace
{
ApprovalRule fromRow(const QSqlQuery& q)
{
    ApprovalRule r = ApprovalRule::fromJson(Json::objectFromString(q.value(2).toString()));
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.key = q.value(3).toString();
    return r;
}
} // namespace

void ensureDefaults(const QSqlDatabase& db, qint64 now)
{
    // A rule is never deleted, so a key without a row is a kind of action this version added: its
    // default is stored; rules the workspace already has stay as people edited them.
    const int stored = Sql::scalar(db, u"SELECT COUNT(DISTINCT rule_key) FROM approval_rules"_s).toInt();
    const QList<ApprovalRule> all = defaults();
    if (stored >= all.size())
        return;
    // Several processes of a team open the workspace at once: one writes the defaults, the others find
    // them (the workspace's write lock, and a row already there is left alone).
    Transaction tx(db);
    for (const ApprovalRule& r : all)
        Sql::exec(db,
            u"INSERT INTO approval_rules (rule_key, version, data, author, note, created_at) SELECT ?, 1, ?, "
            u"'Quorum', 'default', ? WHERE NOT EXISTS (SELECT 1 FROM approval_rules WHERE rule_key = ?) ON CONFLICT "
            u"(rule_key, version) DO NOTHING"_s,
            {r.key, Json::compact(r.toJson()), now, r.key});
    tx.commit();
}

QList<ApprovalRule> current(const QSqlDatabase& db)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT r.id, r.version, r.data, r.rule_key FROM approval_rules r WHERE r.version = (SELECT MAX(version) FROM "
        u"approval_rules s WHERE s.rule_key = r.rule_key) ORDER BY r.rule_key"_s);
    QList<ApprovalRule> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<ApprovalRule> history(const QSqlDatabase& db, const QString& key)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, version, data, rule_key FROM approval_rules WHERE rule_key = ? ORDER BY version DESC"_s, {key});
    QList<ApprovalRule> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<ApprovalRule> save(
    const QSqlDatabase& db, ApprovalRule rule, const QString& author, qint64 now, QStringList* errors)
{
    *errors = rule.validate();
    if (!errors->isEmpty())
        return std::nullopt;
    Transaction tx(db, Transaction::Durable);
    rule.version
        = Sql::scalar(db, u"SELECT COALESCE(MAX(version), 0) + 1 FROM approval_rules WHERE rule_key = ?"_s, {rule.key})
              .toInt();
    rule.id = Sql::insert(db,
        u"INSERT INTO approval_rules (rule_key, version, data, author, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {rule.key, rule.version, Json::compact(rule.toJson()), author, now});
    AuditLog::append(db, now, author, u"rule.changed"_s, u"rule:%1"_s.arg(rule.key),
        QJsonObject{{u"title"_s, rule.name}, {u"version"_s, rule.version}, {u"rule"_s, rule.toJson()}});
    tx.commit();
    return rule;
}

std::optional<ApprovalRule> match(const QList<ApprovalRule>& rules, ActionType actionType, const QString& agent)
{
    const ApprovalRule* general = nullptr;
    for (const ApprovalRule& r : rules) {
        if (r.actionType != actionType)
            continue;
        if (!r.agent.isEmpty() && r.agent == agent)
            return r;
        if (r.agent.isEmpty() && !general)
            general = &r;
    }
    if (general)
        return *general;
    return std::nullopt;
}

} // namespace ApprovalRules
