#pragma once

#include "ApprovalDesk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

// What the approval gateway records of the proposals external agents make (DESIGN.md section 3): they
// are judged by the risk engine like any agent's, and the agent is told one decision per proposal,
// written once (compare-and-set) and kept in order so that an agent that was away gets every decision
// it missed. The agent carries out what was approved (Quorum runs nothing for it) and reports it with a
// receipt; a receipt for other parameters than were approved is flagged. Each function is one durable
// transaction with its audit entry (naming the agent, the key and the address).
namespace ExternalProposals
{

// What an agent is told about a proposal.
namespace State
{
inline constexpr QLatin1StringView Pending{"pending"};
inline constexpr QLatin1StringView Approved{"approved"};
inline constexpr QLatin1StringView Rejected{"rejected"};
inline constexpr QLatin1StringView Modified{"modified"}; // approved with a person's changed parameters
inline constexpr QLatin1StringView Expired{"expired"};
inline constexpr QLatin1StringView Cancelled{"cancelled"}; // by the agent
inline constexpr QLatin1StringView Revoked{"revoked"};     // its key was revoked while it waited
} // namespace State

// Who is asking: an external agent, by one of its keys, from an address.
struct Caller
{
    QString agent;
    qint64 keyId = 0;
    QString address;
    QStringList mayPropose; // action type keys
    int dailyLimit = 0;     // proposals a day; 0: no limit
};

// A request refused: a code the client can act on, the field it is about ("parameters.new_price") and
// a sentence for a person.
struct Error
{
    QString code; // bad_request, invalid, unknown_action, forbidden, conflict, not_found, daily_limit, ...
    QString message;
    QString path;
    bool isError() const { return !code.isEmpty(); }
    QJsonObject toJson() const;
};

struct Answer
{
    Error error;
    QJsonObject body; // the proposal (see describe), or the receipt's outcome
    qint64 proposalId = 0;
    bool duplicate = false; // the same idempotency key came before: the same proposal
};

// The parameters' hash as agents compute it: SHA-256 (hex) of their canonical JSON (keys sorted, no
// spaces, UTF-8).
QString hashOf(const QJsonObject& parameters);

// Validates and stores a proposal, judged as every agent's is. LOW and MEDIUM are approved at once (the
// agent is told in the answer, "approved automatically, rule v7"); HIGH waits for a person.
Answer propose(
    const QSqlDatabase& db, const Caller& caller, const QJsonObject& message, const QString& machine, qint64 now);
// The proposal as the agent sees it (state, risk, verdict, and its decision once there is one); an error
// when it is not this agent's.
Answer describe(const QSqlDatabase& db, const QString& agent, qint64 proposalId);
// The agent takes back a proposal that still waits; once decided, the decision stands (the answer says
// which, with code "conflict").
Answer cancel(const QSqlDatabase& db, const Caller& caller, qint64 proposalId, const QString& reason, qint64 now);
// What the agent did with a decision: executed, failed or skipped, with the hash of the parameters it
// executed and a reference of its own. Once per proposal (the same receipt again answers the same).
Answer receipt(const QSqlDatabase& db, const Caller& caller, qint64 proposalId, const QJsonObject& message, qint64 now);

// Whether an external agent made the proposal.
bool isExternal(const QSqlDatabase& db, qint64 proposalId);
// Tells the agent the proposal's decision, once: approved (or modified) when its execution is due, rejected
// (with reason), expired. Inside the caller's transaction; returns the decision's sequence number, or 0
// when it is not external or the agent was told already.
qint64 settle(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason, qint64 now);
// The decisions of agent after sequence number `after`, in order (at most limit).
QList<QJsonObject> decisionsAfter(const QSqlDatabase& db, const QString& agent, qint64 after, int limit = 500);
// The decisions of every agent after `after` (what the gateway pushes): {agent, body}.
QList<std::pair<QString, QJsonObject>> allDecisionsAfter(const QSqlDatabase& db, qint64 after, int limit = 1000);
qint64 lastDecision(const QSqlDatabase& db);
// The agent has the decisions up to seq; they are not sent again on its next connection.
void acknowledge(const QSqlDatabase& db, const QString& agent, qint64 seq);
qint64 acknowledged(const QSqlDatabase& db, const QString& agent);
// The proposals of a revoked key that still wait are revoked (the agent is told). Inside the caller's
// transaction; returns how many.
int revokeWaiting(const QSqlDatabase& db, qint64 keyId, const QString& actor, const QString& machine, qint64 now);

// The receipt of a proposal as the desk shows it ("executed by the agent, ref INV-3; the parameters
// differ from what was approved"), or empty.
struct Receipt
{
    QString outcome;
    QString reference;
    QString note;
    bool mismatch = false;
    qint64 at = 0;
};
std::optional<Receipt> receiptOf(const QSqlDatabase& db, qint64 proposalId);

} // namespace ExternalProposals
