#include "CeoAgent.h"

#include "AiBudget.h"
#include "BusinessHealth.h"
#include "Goals.h"
#include "LineLoss.h"
#include "OutcomeMeasure.h"
#include "ProposalRanking.h"
#include "StockOrders.h"
#include "approvals/DecisionLearning.h"
#include "campaigns/BudgetShift.h"
#include "core/Money.h"
#include "publishing/Connections.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "CEO");
const char* const kRole = QT_TRANSLATE_NOOP("AgentRoles",
    "Measures the month against the owner's goals, explains what is off track and "
    "shares out the AI budget");
} // namespace

Agent::Spec CeoAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"executive"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"goals"_s, u"orders"_s, u"ad_sets"_s, u"forecasts"_s, u"stock"_s, u"ai_spend"_s, u"decisions"_s,
        u"proposals"_s, u"jobs"_s};
    s.proposes = {u"budget_shift"_s, u"ad_set_change"_s, u"reorder"_s, u"rule_change"_s};
    s.intervalMs = 6 * 3'600'000LL;
    s.onNewOrders = true;
    return s;
}

Agent::Outcome CeoAgent::run(const QSqlDatabase& db, qint64 now) const
{
    const Goals::Set goals = Goals::load(db);
    const BusinessHealth::Report report = BusinessHealth::compute(db, goals, now);
    BusinessHealth::store(db, report);
    // Today's AI budget, shared out between the agents that call AI models on their own initiative.
    const AiBudget::Plan plan = AiBudget::compute(db, goals, now);
    AiBudget::store(db, plan, now);
    // Its own decisions: a budget shift per ad account, where the evidence holds.
    int proposals = 0;
    for (const Connections::Connection& c : Connections::adAccounts(db)) {
        QString why;
        proposals += BudgetShift::propose(db, c.id, QString::fromLatin1(Name), now, &why) > 0 ? 1 : 0;
    }
    QString proposed = proposals > 0
        ? u" "_s + QCoreApplication::translate("CeoAgent", "Proposed %n budget shift(s).", nullptr, proposals)
        : QString();
    // Product lines that lose money after their ad spend: their ads paused.
    const LineLoss::Finding lines = LineLoss::find(db, now);
    const QList<LineLoss::Line> losing = lines.losing();
    if (const int pauses = LineLoss::propose(db, lines, QString::fromLatin1(Name), now); pauses > 0) {
        proposed += u" "_s
            + QCoreApplication::translate(
                "CeoAgent", "Proposed %n ad set pause(s) for lines losing money after ads", nullptr, pauses)
            + u" ("_s + losing.first().name + (losing.size() > 1 ? u", …)."_s : u")."_s);
        proposals += pauses;
    } else if (!losing.isEmpty()) {
        proposed += u" "_s
            + QCoreApplication::translate("CeoAgent",
                "%1 loses money after ads; nothing new to pause (its pauses wait, or its ad sets are paused).")
                  .arg(losing.first().name);
    }
    // Stock orders for products selling out before the Demand Forecast can plan them.
    if (const int orders = StockOrders::propose(db, QString::fromLatin1(Name), now); orders > 0) {
        proposed += u" "_s
            + QCoreApplication::translate("CeoAgent",
                "Proposed %n stock order(s) for products selling out before they have a forecast.", nullptr, orders);
        proposals += orders;
    }
    // Approval rules the decisions people made support changing.
    int rules = 0;
    for (const DecisionLearning::Finding& f : DecisionLearning::findings(db))
        rules += DecisionLearning::propose(db, f, QString::fromLatin1(Name), now) > 0 ? 1 : 0;
    if (rules > 0)
        proposed
            += u" "_s + QCoreApplication::translate("CeoAgent", "Proposed %n approval rule change(s).", nullptr, rules);
    proposals += rules;
    // What happened after the decisions carried out, once their days after are in.
    const OutcomeMeasure::Pass measured = OutcomeMeasure::run(db, now);
    if (measured.measured > 0)
        proposed += u" "_s
            + QCoreApplication::translate(
                "CeoAgent", "Measured what happened after %n decision(s) carried out.", nullptr, measured.measured);
    // The queue in the order of what it is worth (the dashboard shows the first few).
    const ProposalRanking::Ranking ranking = ProposalRanking::waiting(db, 1);
    if (!ranking.top.isEmpty())
        proposed += u" "_s
            + QCoreApplication::translate("CeoAgent",
                "Ranked %n waiting proposal(s) by expected value; first: “%1” (%2).", nullptr, ranking.ranked)
                  .arg(ranking.top.first().title, Money::format(ranking.top.first().expectedCents, ranking.currency));
    if (plan.hasCeiling)
        proposed += u" "_s + AiBudget::summary(plan);
    if (goals.isEmpty())
        return Outcome::done(QCoreApplication::translate("CeoAgent",
                                 "No goals set: the business health shows this month's figures; set goals on the "
                                 "dashboard to track them.")
                + proposed,
            proposals);
    QStringList off;
    for (const BusinessHealth::Line& l : report.lines)
        if (l.status == BusinessHealth::Status::OffTrack)
            off.append(BusinessHealth::lineName(l.key));
    const int goalCount = report.withGoal();
    QString note = QCoreApplication::translate("CeoAgent", "%1 of %n goal(s) on track", nullptr, goalCount)
                       .arg(report.onTrack());
    if (!off.isEmpty())
        note += u"; "_s + QCoreApplication::translate("CeoAgent", "off track: %1").arg(off.join(u", "_s));
    return Outcome::done(note + u"."_s + proposed, proposals);
}
