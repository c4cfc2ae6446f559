#pragma once

#include "Goals.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The CEO's plan for the day's AI spend, from the owner's monthly AI spend ceiling (a goal).
//
// Today's envelope is what the month has left under the ceiling (the ceiling less what was spent before
// today) spread over the days left, today included, and never more than the owner's daily budget
// (Settings). The owner's own content runs come first: their need today (content runs waiting × what a
// product's content cost over the last 30 days) is set aside; they stay limited by the owner's daily
// budget only. What is left goes to the agents that call AI models on their own initiative (today:
// Review Desk's reply drafts): a part in proportion to need — the work waiting × its measured cost an
// item, or the agent's default budget when nothing was measured yet — scaled by its track record, the
// share of its proposals people approved once at least MinDecisions were decided (else 1); what the
// scaling keeps back stays unspent under the ceiling. Each agent's share caps its calls for the day
// (SpendGuard shares); without a ceiling the agents keep their own daily budgets.
namespace AiBudget
{
inline constexpr qint64 MeasureMs = 30LL * 24 * 3600 * 1000;
inline constexpr int MinDecisions = 10;

// The owner's content runs: set aside, not capped by the CEO.
struct Content
{
    int waiting = 0;       // content runs queued or running (a product's, or one piece's again)
    qint64 unitMicros = 0; // a product's content over the last 30 days; 0: none measured
    int measured = 0;      // products whose content that figure comes from
    qint64 needMicros = 0;
    qint64 setAsideMicros = 0;
};

// An agent that spends on its own initiative, and its share of today.
struct Spender
{
    QString key; // the SpendGuard share's key ("replies")
    QString agent;
    QStringList purposes;
    int waiting = 0;
    qint64 unitMicros = 0; // an item's cost over the last 30 days; 0: none measured
    int measured = 0;      // items that figure comes from
    qint64 defaultMicros = 0;
    qint64 needMicros = 0;
    int decided = 0;                     // its proposals decided by people
    std::optional<double> approvedShare; // of those, approved (as proposed or changed); set from MinDecisions
    qint64 budgetMicros = 0;
};

struct Plan
{
    QString day; // the local day it is for (SpendGuard::dayOf)
    bool hasCeiling = false;
    qint64 ceilingMicros = 0;
    qint64 spentBeforeTodayMicros = 0; // this month
    int daysLeft = 0;                  // today included
    qint64 ownerDailyMicros = 0;       // Settings; 0: none
    qint64 envelopeMicros = 0;
    Content content;
    QList<Spender> spenders;

    const Spender* spender(const QString& agent) const;
};

Plan compute(const QSqlDatabase& db, const Goals::Set& goals, qint64 now);
// Stores the plan and today's shares (none without a ceiling) inside the caller's transaction, and an
// audit entry by the CEO when the shares changed. Returns whether they changed.
bool store(const QSqlDatabase& db, const Plan& plan, qint64 now);
// The plan last stored; an empty day when there is none.
Plan load(const QSqlDatabase& db);

// What an agent may spend on AI today: its share in the CEO's last plan when the owner set a ceiling (it
// holds until the next plan replaces it, as SpendGuard's shares do), else its default.
qint64 budgetFor(const QSqlDatabase& db, const QString& agent, qint64 defaultMicros, qint64 now);

// One line for the CEO's run note, in the process's language.
QString summary(const Plan& plan);
// For an agent's detail (in the process's language): how its budget today came about; empty when the
// plan says nothing about the agent.
QString explain(const Plan& plan, const QString& agent, qint64 now);
} // namespace AiBudget
