#include "AiBudget.h"

#include "ReviewDesk.h"
#include "agents/PipelineAgents.h"
#include "approvals/DecisionLearning.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "pipeline/PipelineJobs.h"
#include "resilience/Pricing.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
// The share's key is its name, translated where it is shown (SpendGuard's refusal).
const char* const kReplies = QT_TRANSLATE_NOOP("AiShares", "review replies");
const char* const kCeo = "CEO";
const auto kPlanKey = u"ai_budget.plan"_s;
// The calls of the content runs: writing, agreeing, reviewing and images, not the reply drafts.
const auto kContentCalls = u"(purpose LIKE 'write:%' OR purpose LIKE 'agree:%' OR purpose LIKE 'review:%' OR "
                           u"purpose = 'image') AND purpose NOT LIKE '%:reply'"_s;

QString usd(qint64 micros, int decimals = 2)
{
    return QLocale().toCurrencyString(static_cast<double>(micros) / 1e6, u"$"_s, decimals);
}

// A cost of an item: to the cent when it is one, else to a hundredth of a cent.
QString unitUsd(qint64 micros)
{
    return usd(micros, micros >= 10'000 ? 2 : 4);
}

bool isContentAgent(const QString& agent)
{
    return agent == QLatin1StringView(PipelineAgents::WriterName)
        || agent == QLatin1StringView(PipelineAgents::ReviewerName);
}

AiBudget::Spender replies(const QSqlDatabase& db, qint64 now)
{
    AiBudget::Spender s;
    s.key = QString::fromLatin1(kReplies);
    s.agent = QString::fromLatin1(ReviewDesk::Name);
    s.purposes = {u"write:reply"_s, u"review:reply"_s};
    s.defaultMicros = ReviewDesk::DailyBudgetMicros;
    // The replies it will draft: recent reviews that need one, of products Quorum knows (ReviewDesk::run),
    // and the drafts under way.
    s.waiting = Sql::scalar(db,
        u"SELECT COUNT(*) FROM review_insights i JOIN product_reviews r ON r.id = i.review_id WHERE i.needs_reply = 1 "
        u"AND i.reply_state IN ('', 'drafting') AND i.product_id IS NOT NULL AND r.created_at > ?"_s,
        {now - ReviewDesk::ReplyWindowMs})
                    .toInt();
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(SUM(cost_micros), 0), COUNT(DISTINCT job_id) FROM provider_calls WHERE purpose IN "
        u"('write:reply', 'review:reply') AND job_id IS NOT NULL AND at >= ? AND at <= ?"_s,
        {now - AiBudget::MeasureMs, now});
    q.next();
    s.measured = q.value(1).toInt();
    s.unitMicros = s.measured > 0 ? q.value(0).toLongLong() / s.measured : 0;
    q.finish();
    s.needMicros = s.waiting == 0 ? 0 : (s.unitMicros > 0 ? s.waiting * s.unitMicros : s.defaultMicros);
    const DecisionLearning::Record r = DecisionLearning::recordOf(db, s.agent, ActionType::ReviewReply);
    s.decided = r.decided;
    if (r.decided >= AiBudget::MinDecisions)
        s.approvedShare = static_cast<double>(r.unchanged + r.modified) / r.decided;
    return s;
}

QJsonObject toJson(const AiBudget::Plan& p)
{
    QJsonArray spenders;
    for (const AiBudget::Spender& s : p.spenders) {
        QJsonObject o{{u"key"_s, s.key}, {u"agent"_s, s.agent}, {u"purposes"_s, QJsonArray::fromStringList(s.purposes)},
            {u"waiting"_s, s.waiting}, {u"unit_micros"_s, s.unitMicros}, {u"measured"_s, s.measured},
            {u"default_micros"_s, s.defaultMicros}, {u"need_micros"_s, s.needMicros}, {u"decided"_s, s.decided},
            {u"budget_micros"_s, s.budgetMicros}};
        if (s.approvedShare)
            o.insert(u"approved_share"_s, *s.approvedShare);
        spenders.append(o);
    }
    return {{u"day"_s, p.day}, {u"has_ceiling"_s, p.hasCeiling}, {u"ceiling_micros"_s, p.ceilingMicros},
        {u"spent_before_today_micros"_s, p.spentBeforeTodayMicros}, {u"days_left"_s, p.daysLeft},
        {u"envelope_micros"_s, p.envelopeMicros},
        {u"content"_s,
            QJsonObject{{u"waiting"_s, p.content.waiting}, {u"unit_micros"_s, p.content.unitMicros},
                {u"measured"_s, p.content.measured}, {u"need_micros"_s, p.content.needMicros},
                {u"set_aside_micros"_s, p.content.setAsideMicros}}},
        {u"spenders"_s, spenders}};
}

SpendGuard::Shares sharesOf(const AiBudget::Plan& p)
{
    SpendGuard::Shares shares;
    shares.day = p.day;
    if (p.hasCeiling)
        for (const AiBudget::Spender& s : p.spenders)
            shares.list.append({s.key, s.purposes, s.budgetMicros});
    return shares;
}

bool sameShares(const SpendGuard::Shares& a, const SpendGuard::Shares& b)
{
    if (a.day != b.day || a.list.size() != b.list.size())
        return false;
    for (int i = 0; i < a.list.size(); ++i)
        if (a.list.at(i).key != b.list.at(i).key
            || std::abs(a.list.at(i).budgetMicros - b.list.at(i).budgetMicros) >= 10'000) // a cent
            return false;
    return true;
}
} // namespace

namespace AiBudget
{

const Spender* Plan::spender(const QString& agent) const
{
    for (const Spender& s : spenders)
        if (s.agent == agent)
            return &s;
    return nullptr;
}

Plan compute(const QSqlDatabase& db, const Goals::Set& goals, qint64 now)
{
    Plan p;
    p.day = SpendGuard::dayOf(now);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    const QDate first(today.year(), today.month(), 1);
    p.daysLeft = today.daysInMonth() - today.day() + 1;
    p.ownerDailyMicros = SpendGuard::storedDailyBudget(db);
    p.spentBeforeTodayMicros
        = Sql::scalar(db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ? AND at < ?"_s,
            {first.startOfDay().toMSecsSinceEpoch(), today.startOfDay().toMSecsSinceEpoch()})
              .toLongLong();
    p.hasCeiling = goals.aiSpendMicros.has_value();
    p.ceilingMicros = goals.aiSpendMicros.value_or(0);
    if (p.hasCeiling) {
        p.envelopeMicros = std::max<qint64>(0, p.ceilingMicros - p.spentBeforeTodayMicros) / p.daysLeft;
        if (p.ownerDailyMicros > 0)
            p.envelopeMicros = std::min(p.envelopeMicros, p.ownerDailyMicros);
    }

    // The owner's content runs come first.
    p.content.waiting
        = Sql::scalar(db, u"SELECT COUNT(*) FROM jobs WHERE kind IN (?, ?, ?) AND state IN ('queued', 'running')"_s,
            {PipelineJobs::Generate.key(), PipelineJobs::Piece.key(), PipelineJobs::Recheck.key()})
              .toInt();
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(SUM(cost_micros), 0), COUNT(DISTINCT product_id) FROM provider_calls WHERE "_s + kContentCalls
            + u" AND product_id IS NOT NULL AND at >= ? AND at <= ?"_s,
        {now - MeasureMs, now});
    q.next();
    p.content.measured = q.value(1).toInt();
    p.content.unitMicros = p.content.measured > 0 ? q.value(0).toLongLong() / p.content.measured : 0;
    q.finish();
    // Nothing measured yet: the runs that wait may take all of today.
    p.content.needMicros = p.content.waiting == 0
        ? 0
        : (p.content.unitMicros > 0 ? p.content.waiting * p.content.unitMicros : p.envelopeMicros);
    p.content.setAsideMicros = std::min(p.content.needMicros, p.envelopeMicros);

    // What is left, between the agents that spend on their own initiative: a part by need (equal parts
    // when nothing waits, for the work that comes in during the day), scaled by the agent's track record.
    p.spenders = {replies(db, now)};
    const qint64 left = p.envelopeMicros - p.content.setAsideMicros;
    qint64 needs = 0;
    for (const Spender& s : std::as_const(p.spenders))
        needs += s.needMicros;
    for (Spender& s : p.spenders) {
        if (!p.hasCeiling) {
            s.budgetMicros = s.defaultMicros;
            continue;
        }
        const double part = needs > 0 ? static_cast<double>(s.needMicros) / static_cast<double>(needs)
                                      : 1.0 / static_cast<double>(p.spenders.size());
        s.budgetMicros = std::llround(static_cast<double>(left) * part * s.approvedShare.value_or(1.0));
    }
    return p;
}

bool store(const QSqlDatabase& db, const Plan& plan, qint64 now)
{
    const SpendGuard::Shares shares = sharesOf(plan);
    const SpendGuard::Shares before = SpendGuard::storedShares(db);
    const bool changed = !sameShares(before, shares);
    SpendGuard::storeShares(db, shares);
    Settings::setValue(db, kPlanKey, Json::compact(toJson(plan)));
    if (changed && (plan.hasCeiling || !before.list.isEmpty())) {
        QJsonArray list;
        for (const Spender& s : plan.spenders)
            list.append(QJsonObject{{u"agent"_s, s.agent}, {u"budget_micros"_s, s.budgetMicros}});
        AuditLog::append(db, now, QString::fromLatin1(kCeo), u"ai_budget.shared"_s, u"ai_budget:%1"_s.arg(plan.day),
            QJsonObject{{u"agent"_s, QString::fromLatin1(kCeo)}, {u"title"_s, summary(plan)},
                {u"envelope_micros"_s, plan.envelopeMicros}, {u"set_aside_micros"_s, plan.content.setAsideMicros},
                {u"shares"_s, list}});
    }
    return changed;
}

Plan load(const QSqlDatabase& db)
{
    const QJsonObject o = Json::objectFromString(Settings::value(db, kPlanKey));
    Plan p;
    p.day = o.value(u"day"_s).toString();
    p.hasCeiling = o.value(u"has_ceiling"_s).toBool();
    p.ceilingMicros = o.value(u"ceiling_micros"_s).toInteger();
    p.spentBeforeTodayMicros = o.value(u"spent_before_today_micros"_s).toInteger();
    p.daysLeft = o.value(u"days_left"_s).toInt();
    p.envelopeMicros = o.value(u"envelope_micros"_s).toInteger();
    p.ownerDailyMicros = SpendGuard::storedDailyBudget(db); // as it is now
    const QJsonObject c = o.value(u"content"_s).toObject();
    p.content.waiting = c.value(u"waiting"_s).toInt();
    p.content.unitMicros = c.value(u"unit_micros"_s).toInteger();
    p.content.measured = c.value(u"measured"_s).toInt();
    p.content.needMicros = c.value(u"need_micros"_s).toInteger();
    p.content.setAsideMicros = c.value(u"set_aside_micros"_s).toInteger();
    for (const QJsonValue& v : o.value(u"spenders"_s).toArray()) {
        const QJsonObject s = v.toObject();
        Spender sp;
        sp.key = s.value(u"key"_s).toString();
        sp.agent = s.value(u"agent"_s).toString();
        sp.purposes = Json::toStringList(s.value(u"purposes"_s).toArray());
        sp.waiting = s.value(u"waiting"_s).toInt();
        sp.unitMicros = s.value(u"unit_micros"_s).toInteger();
        sp.measured = s.value(u"measured"_s).toInt();
        sp.defaultMicros = s.value(u"default_micros"_s).toInteger();
        sp.needMicros = s.value(u"need_micros"_s).toInteger();
        sp.decided = s.value(u"decided"_s).toInt();
        if (s.contains(u"approved_share"_s))
            sp.approvedShare = s.value(u"approved_share"_s).toDouble();
        sp.budgetMicros = s.value(u"budget_micros"_s).toInteger();
        p.spenders.append(sp);
    }
    return p;
}

qint64 budgetFor(const QSqlDatabase& db, const QString& agent, qint64 defaultMicros, qint64 now)
{
    Q_UNUSED(now);
    // The last plan's share holds until the CEO's next run replaces it, as it does for the calls.
    const Plan p = load(db);
    if (!p.hasCeiling)
        return defaultMicros;
    const Spender* s = p.spender(agent);
    return s ? s->budgetMicros : defaultMicros;
}

QString summary(const Plan& plan)
{
    if (!plan.hasCeiling)
        return QCoreApplication::translate(
            "AiBudget", "No AI spend ceiling among the goals: each agent keeps its own daily AI budget.");
    QStringList shares;
    for (const Spender& s : plan.spenders)
        shares.append(
            QCoreApplication::translate("AgentNames", s.agent.toUtf8().constData()) + u" "_s + usd(s.budgetMicros));
    return QCoreApplication::translate("AiBudget",
        "Shared today's AI budget of %1: %2 set aside for %n content run(s), %3.", nullptr, plan.content.waiting)
        .arg(usd(plan.envelopeMicros), usd(plan.content.setAsideMicros), shares.join(u", "_s));
}

QString explain(const Plan& plan, const QString& agent, qint64 now)
{
    const bool shared = plan.hasCeiling && !plan.day.isEmpty();
    const bool today = shared && plan.day == SpendGuard::dayOf(now);
    const QString owner = plan.ownerDailyMicros > 0
        ? QCoreApplication::translate("AiBudget", "%1 a day").arg(usd(plan.ownerDailyMicros))
        : QCoreApplication::translate("AiBudget", "no limit");
    const QString envelope
        = QCoreApplication::translate("AiBudget",
            "today's %1 under the monthly ceiling (%2, of which %3 spent before today; %n day(s) left)", nullptr,
            plan.daysLeft)
              .arg(usd(plan.envelopeMicros), usd(plan.ceilingMicros), usd(plan.spentBeforeTodayMicros));
    if (isContentAgent(agent)) {
        QString text
            = QCoreApplication::translate("AiBudget", "AI budget: the content runs' daily budget in Settings (%1).")
                  .arg(owner);
        if (today)
            text += u" "_s
                + QCoreApplication::translate("AiBudget",
                    "Of %1 the CEO sets aside %2 for the %n content run(s) waiting", nullptr, plan.content.waiting)
                      .arg(envelope, usd(plan.content.setAsideMicros))
                + (plan.content.unitMicros > 0
                        ? QCoreApplication::translate("AiBudget", " (a product's content: %1 over the last 30 days).")
                              .arg(unitUsd(plan.content.unitMicros))
                        : QCoreApplication::translate("AiBudget", " (no content cost measured in 30 days)."));
        return text;
    }
    const Spender* s = plan.spender(agent);
    if (!s)
        return {};
    if (!shared)
        return QCoreApplication::translate("AiBudget",
            "AI budget: %1 a day, its own (set an AI spend ceiling among the goals for the CEO to share it out).")
            .arg(usd(s->defaultMicros));
    QStringList parts;
    if (today)
        parts.append(QCoreApplication::translate(
            "AiBudget", "AI budget today: %1, its share of %2; %3 set aside for the content runs.")
                         .arg(usd(s->budgetMicros), envelope, usd(plan.content.setAsideMicros)));
    else
        parts.append(QCoreApplication::translate("AiBudget",
            "AI budget: %1, its share of the %2 the CEO shared out on %3; it holds until the CEO's next run shares "
            "today's out.")
                         .arg(usd(s->budgetMicros), usd(plan.envelopeMicros),
                             QLocale().toString(QDate::fromString(plan.day, Qt::ISODate), QLocale::ShortFormat)));
    if (s->waiting == 0)
        parts.append(QCoreApplication::translate("AiBudget", "Nothing was waiting when it was shared out."));
    else if (s->unitMicros > 0)
        parts.append(QCoreApplication::translate("AiBudget",
            "%n item(s) waiting when it was shared out, at %1 each (the mean of the last 30 days).", nullptr,
            s->waiting)
                         .arg(unitUsd(s->unitMicros)));
    else
        parts.append(QCoreApplication::translate("AiBudget",
            "%n item(s) waiting when it was shared out; nothing measured in 30 days, so its need counts as its own "
            "budget (%1).",
            nullptr, s->waiting)
                         .arg(usd(s->defaultMicros)));
    if (s->approvedShare)
        parts.append(QCoreApplication::translate(
            "AiBudget", "Scaled by its track record: %1 % of %n decided were approved.", nullptr, s->decided)
                         .arg(QLocale().toString(*s->approvedShare * 100.0, 'f', 0)));
    else
        parts.append(QCoreApplication::translate(
            "AiBudget", "Not scaled by its track record yet: %n of %1 decisions so far.", nullptr, s->decided)
                         .arg(MinDecisions));
    return parts.join(u" "_s);
}

} // namespace AiBudget
