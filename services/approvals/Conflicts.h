#pragma once

#include "ApprovalDesk.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Proposals that act on the same thing: two price changes of one SKU, two reorders of one SKU, two
// changes of one ad set (an ad rule's pause and the CEO's budget shift), two holds of one order (by its
// row: numbers repeat across stores), two changes of one approval rule, two features of one product; and
// contradictory actions on one product: retiring it against featuring it, reordering it, posting about it
// or refreshing its content. Whoever proposed them, only one may be approved: the other is shown as a
// conflict, and approving it is refused once one was approved. A proposal the risk engine would run by
// itself waits for a person while a conflicting one waits.
namespace Conflicts
{

struct Conflict
{
    qint64 id = 0;
    QString title;
    QString agent;
    QString status; // pending, approved, auto_approved
};

// The other proposals on one of p's objects that were open while p was: waiting now, or approved after p
// was proposed (rejected, expired and older decisions are not conflicts). Throws SqlError.
QList<Conflict> of(const QSqlDatabase& db, const ApprovalDesk::Proposal& p);

// Why p may not be approved: a conflicting proposal was approved since p was proposed. Empty when it may.
QString whyNotApprove(const QSqlDatabase& db, const ApprovalDesk::Proposal& p);

// For the approver: "Conflicts with #12 “…” (Pricing, waiting): only one of them can be approved."
QString describe(const QList<Conflict>& conflicts);

} // namespace Conflicts
