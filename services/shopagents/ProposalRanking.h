#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The CEO's order of the waiting proposals: by expected value, the net the proposer estimated
// (estimated revenue less estimated cost, in the reporting currency) times its confidence. A proposal
// that estimates neither, or whose currency has no rate to the reporting currency, is not ranked
// (it is never placed by a guess); it waits in the queue's own order.
namespace ProposalRanking
{

// (revenue − cost) × confidence in minor units; nullopt when neither is estimated.
std::optional<qint64> expectedValue(
    std::optional<qint64> revenueCents, std::optional<qint64> costCents, double confidence);

// The same in SQL over action_proposals `alias`, converted with the owner's rates at the time of the
// call (NULL when there is no estimate or no rate): what the Approvals queue sorts by.
QString expectedValueSql(const QSqlDatabase& db, const QString& alias);

struct Ranked
{
    qint64 id = 0;
    QString title;
    QString agent;
    qint64 netCents = 0;      // revenue − cost, in the reporting currency
    double confidence = 0;    // 0..1
    qint64 expectedCents = 0; // net × confidence
};

struct Ranking
{
    QString currency;  // the reporting currency
    QList<Ranked> top; // best first, at most the limit
    int ranked = 0;    // waiting proposals with an estimate (all of them, not only the top)
    int unranked = 0;  // waiting proposals without one, or without a rate
};

// The waiting proposals, ranked. Throws SqlError.
Ranking waiting(const QSqlDatabase& db, int limit);

} // namespace ProposalRanking
