#include "ExternalProposals.h"

#include "ActionSchema.h"
#include "agents/AgentRuns.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ExternalProposals
{

namespace
{
constexpr int kMaxIdempotencyKey = 200;
constexpr int kMaxTitle = 300;
constexpr int kMaxText = 20'000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Answer refused(const QString& code, const QString& message, const QString& path = {})
{
    Answer a;
    a.error = {code, message, path};
    return a;
}

// The optional amount in minor units: a decimal string ("12.50") or a number.
bool amountOf(const QJsonObject& m, const QString& key, std::optional<qint64>* out, Answer* error)
{
    const QJsonValue v = m.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    std::optional<qint64> cents;
    if (v.isString())
        cents = Money::parse(v.toString());
    else if (v.isDouble())
        cents = qRound64(v.toDouble() * 100);
    if (!cents) {
        *error = refused(u"invalid"_s, u"%1 must be an amount such as \"12.50\""_s.arg(key), key);
        return false;
    }
    *out = cents;
    return true;
}

bool stringsOf(const QJsonObject& m, const QString& key, QStringList* out, Answer* error)
{
    const QJsonValue v = m.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = refused(u"invalid"_s, u"%1 must be an array of strings"_s.arg(key), key);
        return false;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            *error = refused(u"invalid"_s, u"%1 must be an array of strings"_s.arg(key), u"%1[%2]"_s.arg(key).arg(i));
            return false;
        }
        out->append(a.at(i).toString().left(kMaxTitle));
    }
    return true;
}

// The proposal a message describes, or the first problem with it (with its path).
bool parse(const Caller& caller, const QJsonObject& m, ApprovalDesk::Proposal* p, QString* rejectAtExpiry,
    Answer* error, qint64 now)
{
    const QString typeKey = m.value(u"action_type"_s).toString();
    p->actionType = ActionTypes::fromKey(typeKey);
    if (p->actionType == ActionType::Unknown) {
        QStringList known;
        for (ActionType t : ActionTypes::all())
            known.append(ActionTypes::key(t));
        *error = refused(u"unknown_action"_s,
            u"\"%1\" is not an action type; the types are: %2"_s.arg(typeKey, known.join(u", "_s)), u"action_type"_s);
        return false;
    }
    if (!caller.mayPropose.contains(typeKey)) {
        *error = refused(u"forbidden"_s,
            u"this key may not propose %1; it may propose: %2"_s.arg(
                typeKey, caller.mayPropose.isEmpty() ? u"nothing"_s : caller.mayPropose.join(u", "_s)),
            u"action_type"_s);
        return false;
    }
    const QJsonValue params = m.value(u"parameters"_s);
    if (!params.isObject()) {
        *error = refused(u"invalid"_s, u"parameters must be an object"_s, u"parameters"_s);
        return false;
    }
    p->parameters = params.toObject();
    for (auto it = p->parameters.begin(); it != p->parameters.end(); ++it) {
        if (!ActionSchema::field(p->actionType, it.key())) {
            QStringList keys;
            for (const auto& f : ActionSchema::fields(p->actionType))
                keys.append(f.key);
            *error = refused(u"invalid"_s,
                u"%1 has no parameter \"%2\"; its parameters are: %3"_s.arg(typeKey, it.key(), keys.join(u", "_s)),
                u"parameters.%1"_s.arg(it.key()));
            return false;
        }
    }
    if (const auto problems = ActionSchema::validate(p->actionType, p->parameters); !problems.isEmpty()) {
        *error = refused(u"invalid"_s, problems.first().message, u"parameters.%1"_s.arg(problems.first().field));
        return false;
    }
    const QJsonValue hash = m.value(u"parameters_sha256"_s);
    if (!hash.isUndefined() && hash.toString().toLower() != hashOf(p->parameters)) {
        *error = refused(u"invalid"_s,
            u"parameters_sha256 is not the SHA-256 of the parameters' canonical JSON (keys sorted, no spaces, UTF-8): "
            u"expected %1"_s.arg(hashOf(p->parameters)),
            u"parameters_sha256"_s);
        return false;
    }
    p->title = m.value(u"title"_s).toString().trimmed();
    if (p->title.isEmpty() || p->title.size() > kMaxTitle) {
        *error = refused(u"invalid"_s, u"title is required (at most %1 characters)"_s.arg(kMaxTitle), u"title"_s);
        return false;
    }
    p->reasoning = m.value(u"reasoning"_s).toString().left(kMaxText);
    p->description = m.value(u"description"_s).toString().left(kMaxText);
    const QJsonValue confidence = m.value(u"confidence"_s);
    if (!confidence.isUndefined()) {
        if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 1) {
            *error = refused(u"invalid"_s, u"confidence must be a number from 0 to 1"_s, u"confidence"_s);
            return false;
        }
        p->confidence = confidence.toDouble();
    }
    if (const QString currency = m.value(u"currency"_s).toString(); !currency.isEmpty()) {
        if (currency.size() != 3) {
            *error = refused(u"invalid"_s, u"currency must be a three-letter code such as EUR"_s, u"currency"_s);
            return false;
        }
        p->currency = currency.toUpper();
    } else if (const QString c = p->parameters.value(u"currency"_s).toString(); !c.isEmpty()) {
        p->currency = c.toUpper();
    }
    if (!amountOf(m, u"estimated_revenue"_s, &p->estRevenueCents, error)
        || !amountOf(m, u"estimated_cost"_s, &p->estCostCents, error)
        || !stringsOf(m, u"data_sources"_s, &p->dataSources, error))
        return false;
    if (const QJsonValue alt = m.value(u"alternatives"_s); !alt.isUndefined()) {
        if (!alt.isArray()) {
            *error = refused(u"invalid"_s, u"alternatives must be an array of objects"_s, u"alternatives"_s);
            return false;
        }
        for (qsizetype i = 0; i < alt.toArray().size(); ++i) {
            if (!alt.toArray().at(i).isObject()) {
                *error = refused(u"invalid"_s, u"each alternative is an object {description, pros, cons, impact}"_s,
                    u"alternatives[%1]"_s.arg(i));
                return false;
            }
        }
        p->alternatives = alt.toArray();
    }
    if (const QJsonValue deadline = m.value(u"deadline"_s); !deadline.isUndefined()) {
        const QDateTime at = QDateTime::fromString(deadline.toString(), Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
            *error = refused(u"invalid"_s,
                u"deadline must be an ISO 8601 time with its offset, such as 2026-12-24T18:00:00Z"_s, u"deadline"_s);
            return false;
        }
        if (at.toMSecsSinceEpoch() <= now) {
            *error = refused(u"invalid"_s, u"deadline has passed"_s, u"deadline"_s);
            return false;
        }
        p->deadline = at.toMSecsSinceEpoch();
    }
    if (const QJsonValue expiry = m.value(u"on_expiry"_s); !expiry.isUndefined()) {
        if (expiry.toString() != u"reject" && expiry.toString() != u"rule") {
            *error = refused(u"invalid"_s,
                u"on_expiry is \"reject\" or \"rule\" (the rule's default); an agent cannot ask to be approved at the "
                u"deadline"_s,
                u"on_expiry"_s);
            return false;
        }
        *rejectAtExpiry = expiry.toString();
    }
    return true;
}

QJsonObject decisionBody(const QSqlDatabase& db, qint64 proposalId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT id, body FROM gateway_decisions WHERE proposal_id = ?"_s, {proposalId});
    if (!q.next())
        return {};
    QJsonObject body = Json::objectFromString(q.value(1).toString());
    body.insert(u"seq"_s, q.value(0).toLongLong());
    return body;
}

QJsonObject auditOf(const Caller& caller, const QJsonObject& extra = {})
{
    QJsonObject d{{u"agent"_s, caller.agent}, {u"key_id"_s, caller.keyId}, {u"address"_s, caller.address}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        d.insert(it.key(), it.value());
    return d;
}
} // namespace

QJsonObject Error::toJson() const
{
    QJsonObject o{{u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, message}};
    if (!path.isEmpty())
        o.insert(u"path"_s, path);
    return o;
}

QString hashOf(const QJsonObject& parameters)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(Json::canonical(parameters), QCryptographicHash::Sha256).toHex());
}

Answer propose(
    const QSqlDatabase& db, const Caller& caller, const QJsonObject& message, const QString& machine, qint64 now)
{
    const QString idempotency = message.value(u"idempotency_key"_s).toString();
    if (idempotency.trimmed().isEmpty() || idempotency.size() > kMaxIdempotencyKey)
        return refused(u"invalid"_s,
            u"idempotency_key is required (at most %1 characters): the same key returns the same proposal"_s.arg(
                kMaxIdempotencyKey),
            u"idempotency_key"_s);
    Transaction tx(db, Transaction::Durable);
    // The same key again is the proposal it made, whatever changed since (a deadline passed, the key's
    // permissions); with other parameters it is a mistake, not a new proposal.
    QSqlQuery seen = Sql::exec(db,
        u"SELECT proposal_id, params_hash FROM external_proposals WHERE agent = ? AND idempotency_key = ?"_s,
        {caller.agent, idempotency});
    if (seen.next()) {
        const qint64 id = seen.value(0).toLongLong();
        const QString stored = seen.value(1).toString();
        seen.finish();
        const ActionType type = ActionTypes::fromKey(message.value(u"action_type"_s).toString());
        const QJsonObject sent = message.value(u"parameters"_s).toObject();
        if (stored != hashOf(ActionSchema::normalised(type, sent)) && stored != hashOf(sent))
            return refused(u"conflict"_s,
                u"idempotency_key %1 was used for proposal %2 with other parameters; use a new key for a new proposal"_s
                    .arg(idempotency)
                    .arg(id),
                u"idempotency_key"_s);
        Answer a = describe(db, caller.agent, id);
        a.duplicate = true;
        a.body.insert(u"duplicate"_s, true);
        return a;
    }
    seen.finish();
    ApprovalDesk::Proposal p;
    QString expiry;
    Answer bad;
    if (!parse(caller, message, &p, &expiry, &bad, now))
        return bad;
    // What is stored, judged, hashed and approved is the canonical form ("26" is "26.00", "eur" is "EUR");
    // the answer carries it, so the agent knows exactly what a decision will name.
    p.parameters = ActionSchema::normalised(p.actionType, p.parameters);
    const QString hash = hashOf(p.parameters);
    if (caller.dailyLimit > 0) {
        const qint64 dayStart = QDateTime::fromMSecsSinceEpoch(now).date().startOfDay().toMSecsSinceEpoch();
        const int today = Sql::scalar(db,
            u"SELECT COUNT(*) FROM external_proposals WHERE agent = ? AND created_at >= ?"_s, {caller.agent, dayStart})
                              .toInt();
        if (today >= caller.dailyLimit)
            return refused(u"daily_limit"_s,
                u"%1 has made its %2 proposals for today; the limit is set where the agent is registered"_s
                    .arg(caller.agent)
                    .arg(caller.dailyLimit));
    }
    p.agent = caller.agent;
    p.proposedBy = caller.agent;
    p.id = ApprovalDesk::propose(db, p, machine, now);
    if (expiry == u"reject")
        Sql::exec(db, u"UPDATE action_proposals SET on_expiry = 'reject' WHERE id = ?"_s, {p.id});
    Sql::exec(db,
        u"INSERT INTO external_proposals (proposal_id, agent, key_id, idempotency_key, params_hash, address, "
        u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {p.id, caller.agent, caller.keyId, idempotency, hash, caller.address, now});
    const auto stored = ApprovalDesk::load(db, p.id);
    AuditLog::append(db, now, caller.agent, u"gateway.proposed"_s, u"proposal:%1"_s.arg(p.id),
        auditOf(caller,
            QJsonObject{{u"idempotency_key"_s, idempotency}, {u"parameters_sha256"_s, hash}, {u"title"_s, p.title},
                {u"action_type"_s, ActionTypes::key(p.actionType)},
                {u"risk_level"_s, stored ? stored->riskLevel : QString()},
                {u"waits"_s, stored && stored->status == ProposalStatus::Pending}}));
    // What the rule lets run is the agent's to do now: it is told in this answer.
    if (stored && stored->status == ProposalStatus::AutoApproved) {
        settle(db, *stored, {}, now);
        Sql::exec(db,
            u"UPDATE action_proposals SET executed_parameters = approved_parameters, execution_state = 'agent' "
            u"WHERE id = ? AND execution_state = 'queued'"_s,
            {p.id});
        // Its execution job has nothing left to do (the agent was told here): it is done, not queued for a
        // worker to find out.
        Sql::exec(db,
            u"UPDATE jobs SET state = 'done', result = '{\"external\":true}', updated_at = ? WHERE idempotency_key "
            u"= ? AND state = 'queued'"_s,
            {now, u"execute:%1"_s.arg(p.id)});
    }
    Answer a = describe(db, caller.agent, p.id);
    tx.commit();
    return a;
}

Answer describe(const QSqlDatabase& db, const QString& agent, qint64 proposalId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT e.state, e.params_hash, e.idempotency_key, e.receipt_outcome, e.receipt_ref, e.receipt_mismatch, "
        u"p.action_type, p.title, p.risk_level, p.verdict, p.rule_version, p.deadline, p.on_expiry, p.created_at, "
        u"p.parameters "
        u"FROM external_proposals e JOIN action_proposals p ON p.id = e.proposal_id "
        u"WHERE e.proposal_id = ? AND e.agent = ?"_s,
        {proposalId, agent});
    if (!q.next())
        return refused(u"not_found"_s, u"no proposal %1 of %2"_s.arg(proposalId).arg(agent), u"proposal_id"_s);
    Answer a;
    a.proposalId = proposalId;
    QJsonObject b{{u"type"_s, u"proposal"_s}, {u"id"_s, proposalId}, {u"state"_s, q.value(0).toString()},
        {u"parameters_sha256"_s, q.value(1).toString()}, {u"idempotency_key"_s, q.value(2).toString()},
        {u"action_type"_s, q.value(6).toString()}, {u"title"_s, q.value(7).toString()},
        {u"risk"_s, q.value(8).toString()}, {u"verdict"_s, q.value(9).toString()},
        {u"rule_version"_s, q.value(10).toInt()}, {u"on_expiry"_s, q.value(12).toString()},
        {u"created_at"_s, iso(q.value(13).toLongLong())},
        {u"parameters"_s, Json::objectFromString(q.value(14).toString())}};
    if (!q.value(11).isNull())
        b.insert(u"deadline"_s, iso(q.value(11).toLongLong()));
    if (!q.value(3).isNull())
        b.insert(u"receipt"_s,
            QJsonObject{{u"outcome"_s, q.value(3).toString()}, {u"external_ref"_s, q.value(4).toString()},
                {u"mismatch"_s, q.value(5).toBool()}});
    q.finish();
    if (const QJsonObject decision = decisionBody(db, proposalId); !decision.isEmpty())
        b.insert(u"decision"_s, decision);
    a.body = b;
    return a;
}

Answer cancel(const QSqlDatabase& db, const Caller& caller, qint64 proposalId, const QString& reason, qint64 now)
{
    Transaction tx(db, Transaction::Durable);
    Answer a = describe(db, caller.agent, proposalId);
    if (a.error.isError())
        return a;
    const int taken = Sql::update(db,
        u"UPDATE action_proposals SET status = 'cancelled', decided_by = ?, decided_at = ?, decided_on = ?, "
        u"updated_at = ? WHERE id = ? AND status = 'pending'"_s,
        {caller.agent, now, caller.address, now, proposalId});
    if (taken == 0) {
        a.error = {u"conflict"_s,
            u"proposal %1 is no longer waiting: its decision stands (it reaches you as a decision message)"_s.arg(
                proposalId),
            u"proposal_id"_s};
        return a;
    }
    AuditLog::append(db, now, caller.agent, u"gateway.cancelled"_s, u"proposal:%1"_s.arg(proposalId),
        auditOf(caller, QJsonObject{{u"reason"_s, reason.left(kMaxTitle)}}));
    if (const auto p = ApprovalDesk::load(db, proposalId))
        settle(db, *p, reason.left(kMaxTitle), now);
    a = describe(db, caller.agent, proposalId);
    tx.commit();
    return a;
}

Answer receipt(const QSqlDatabase& db, const Caller& caller, qint64 proposalId, const QJsonObject& message, qint64 now)
{
    const QString outcome = message.value(u"outcome"_s).toString();
    if (outcome != u"executed" && outcome != u"failed" && outcome != u"skipped")
        return refused(u"invalid"_s, u"outcome is executed, failed or skipped"_s, u"outcome"_s);
    const QString hash = message.value(u"parameters_sha256"_s).toString().toLower();
    if (outcome == u"executed" && hash.size() != 64)
        return refused(u"invalid"_s,
            u"parameters_sha256 (the SHA-256 of the parameters you executed) is required with an executed receipt"_s,
            u"parameters_sha256"_s);
    const QString reference = message.value(u"external_ref"_s).toString().left(kMaxTitle);
    const QString note = message.value(u"note"_s).toString().left(kMaxText);

    Transaction tx(db, Transaction::Durable);
    Answer a = describe(db, caller.agent, proposalId);
    if (a.error.isError())
        return a;
    const QJsonObject decision = a.body.value(u"decision"_s).toObject();
    const QString state = decision.value(u"state"_s).toString();
    if (state != State::Approved && state != State::Modified)
        return refused(u"conflict"_s,
            u"proposal %1 was not approved (%2): there is nothing to report"_s.arg(proposalId)
                .arg(state.isEmpty() ? a.body.value(u"state"_s).toString() : state),
            u"proposal_id"_s);
    if (const QJsonObject earlier = a.body.value(u"receipt"_s).toObject(); !earlier.isEmpty()) {
        if (earlier.value(u"outcome"_s).toString() == outcome
            && earlier.value(u"external_ref"_s).toString() == reference)
            return a; // the same receipt again
        return refused(u"conflict"_s,
            u"proposal %1 has its receipt already (%2)"_s.arg(proposalId).arg(earlier.value(u"outcome"_s).toString()),
            u"proposal_id"_s);
    }
    const bool mismatch = outcome == u"executed" && hash != decision.value(u"parameters_sha256"_s).toString();
    Sql::exec(db,
        u"UPDATE external_proposals SET receipt_outcome = ?, receipt_hash = ?, receipt_ref = ?, receipt_note = ?, "
        u"receipt_at = ?, receipt_mismatch = ? WHERE proposal_id = ?"_s,
        {outcome, hash, reference, note, now, mismatch ? 1 : 0, proposalId});
    const QString execution = outcome == u"executed" ? u"done"_s : (outcome == u"failed" ? u"failed"_s : u"skipped"_s);
    Sql::exec(db,
        u"UPDATE action_proposals SET execution_state = ?, execution_error = ?, ran_at = ?, updated_at = ? "
        u"WHERE id = ?"_s,
        {execution, outcome == u"failed" ? note : QString(), now, now, proposalId});
    AuditLog::append(db, now, caller.agent, mismatch ? u"gateway.receipt_mismatch"_s : u"gateway.receipt"_s,
        u"proposal:%1"_s.arg(proposalId),
        auditOf(caller,
            QJsonObject{{u"outcome"_s, outcome}, {u"parameters_sha256"_s, hash},
                {u"approved_sha256"_s, decision.value(u"parameters_sha256"_s)}, {u"external_ref"_s, reference},
                {u"note"_s, note}, {u"mismatch"_s, mismatch}}));
    // The agent's success rate and latency (from the decision to its receipt) on the Agents pane.
    const qint64 decidedAt
        = Sql::scalar(db, u"SELECT decided_at FROM action_proposals WHERE id = ?"_s, {proposalId}).toLongLong();
    const QString summary = reference.isEmpty() ? note.left(200) : reference;
    if (outcome == u"failed")
        AgentRuns::recordFailure(db, caller.agent, decidedAt > 0 ? decidedAt : now, now, note.left(200));
    else
        AgentRuns::record(db, caller.agent, decidedAt > 0 ? decidedAt : now, now, Agent::Outcome::done(summary, 1));
    Sql::exec(db,
        u"UPDATE agents SET status = CASE WHEN paused = 1 THEN 'paused' ELSE 'online' END WHERE name = ? AND kind = "
        u"'external'"_s,
        {caller.agent});
    a = describe(db, caller.agent, proposalId);
    tx.commit();
    return a;
}

bool isExternal(const QSqlDatabase& db, qint64 proposalId)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM external_proposals WHERE proposal_id = ?"_s, {proposalId}).toInt()
        > 0;
}

qint64 settle(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason, qint64 now)
{
    QString state;
    QJsonObject parameters;
    const bool approved = p.status == ProposalStatus::Approved || p.status == ProposalStatus::AutoApproved;
    if (approved) {
        parameters = p.approvedParameters.isEmpty() ? p.effectiveParameters() : p.approvedParameters;
        state = !p.modifiedParameters.isEmpty() && p.modifiedParameters != p.parameters ? QString(State::Modified)
                                                                                        : QString(State::Approved);
    } else if (p.status == ProposalStatus::Rejected) {
        state = State::Rejected;
    } else if (p.status == ProposalStatus::Expired) {
        state = State::Expired;
    } else if (p.status == ProposalStatus::Withdrawn) {
        state = State::Cancelled;
    } else if (p.status == ProposalStatus::Revoked) {
        state = State::Revoked;
    } else {
        return 0;
    }
    QSqlQuery q = Sql::exec(db,
        u"SELECT agent, idempotency_key, key_id, address FROM external_proposals WHERE proposal_id = ? AND state = "
        u"'pending'"_s,
        {p.id});
    if (!q.next())
        return 0;
    const QString agent = q.value(0).toString();
    const QString idempotency = q.value(1).toString();
    const qint64 keyId = q.value(2).toLongLong();
    const QString address = q.value(3).toString();
    q.finish();
    // Compare-and-set: whoever settles first tells the agent; nobody tells it twice.
    if (Sql::update(
            db, u"UPDATE external_proposals SET state = ? WHERE proposal_id = ? AND state = 'pending'"_s, {state, p.id})
        == 0)
        return 0;
    const bool automatic = p.decidedBy == u"risk-engine";
    QString why = reason;
    if (why.isEmpty() && state == State::Expired)
        why = u"the deadline passed; the rule's default is to %1"_s.arg(p.onExpiry);
    if (why.isEmpty() && automatic)
        why = u"approved automatically, rule v%1 (%2)"_s.arg(p.ruleVersion).arg(p.verdict);
    QJsonObject body{{u"type"_s, u"decision"_s}, {u"proposal_id"_s, p.id}, {u"idempotency_key"_s, idempotency},
        {u"state"_s, state}, {u"reason"_s, why}, {u"decided_by"_s, p.decidedBy},
        {u"decided_at"_s, iso(p.decidedAt.value_or(now))}, {u"automatic"_s, automatic}, {u"risk"_s, p.riskLevel},
        {u"rule_version"_s, p.ruleVersion}};
    if (approved) {
        body.insert(u"parameters"_s, parameters);
        body.insert(u"parameters_sha256"_s, hashOf(parameters));
    }
    const qint64 seq
        = Sql::insert(db, u"INSERT INTO gateway_decisions (agent, proposal_id, body, created_at) VALUES (?, ?, ?, ?)"_s,
            {agent, p.id, Json::compact(body), now});
    AuditLog::append(db, now, p.decidedBy.isEmpty() ? u"gateway"_s : p.decidedBy, u"gateway.decision"_s,
        u"proposal:%1"_s.arg(p.id),
        QJsonObject{{u"agent"_s, agent}, {u"key_id"_s, keyId}, {u"address"_s, address}, {u"state"_s, state},
            {u"seq"_s, seq}, {u"reason"_s, why}, {u"parameters_sha256"_s, body.value(u"parameters_sha256"_s)}});
    return seq;
}

QList<QJsonObject> decisionsAfter(const QSqlDatabase& db, const QString& agent, qint64 after, int limit)
{
    QList<QJsonObject> out;
    QSqlQuery q
        = Sql::exec(db, u"SELECT id, body FROM gateway_decisions WHERE agent = ? AND id > ? ORDER BY id LIMIT ?"_s,
            {agent, after, limit});
    while (q.next()) {
        QJsonObject body = Json::objectFromString(q.value(1).toString());
        body.insert(u"seq"_s, q.value(0).toLongLong());
        out.append(body);
    }
    return out;
}

QList<std::pair<QString, QJsonObject>> allDecisionsAfter(const QSqlDatabase& db, qint64 after, int limit)
{
    QList<std::pair<QString, QJsonObject>> out;
    QSqlQuery q = Sql::exec(
        db, u"SELECT id, agent, body FROM gateway_decisions WHERE id > ? ORDER BY id LIMIT ?"_s, {after, limit});
    while (q.next()) {
        QJsonObject body = Json::objectFromString(q.value(2).toString());
        body.insert(u"seq"_s, q.value(0).toLongLong());
        out.append({q.value(1).toString(), body});
    }
    return out;
}

qint64 lastDecision(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM gateway_decisions"_s).toLongLong();
}

void acknowledge(const QSqlDatabase& db, const QString& agent, qint64 seq)
{
    Sql::exec(db, u"UPDATE agents SET gateway_acked = ? WHERE name = ? AND gateway_acked < ?"_s, {seq, agent, seq});
}

qint64 acknowledged(const QSqlDatabase& db, const QString& agent)
{
    return Sql::scalar(db, u"SELECT gateway_acked FROM agents WHERE name = ?"_s, {agent}).toLongLong();
}

int revokeWaiting(const QSqlDatabase& db, qint64 keyId, const QString& actor, const QString& machine, qint64 now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT e.proposal_id FROM external_proposals e JOIN action_proposals p ON p.id = e.proposal_id "
        u"WHERE e.key_id = ? AND p.status = 'pending'"_s,
        {keyId});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    int revoked = 0;
    for (qint64 id : std::as_const(ids)) {
        if (Sql::update(db,
                u"UPDATE action_proposals SET status = 'revoked', decided_by = ?, decided_at = ?, decided_on = ?, "
                u"updated_at = ? WHERE id = ? AND status = 'pending'"_s,
                {actor, now, machine, now, id})
            == 0)
            continue;
        AuditLog::append(db, now, actor, u"proposal.revoked"_s, u"proposal:%1"_s.arg(id),
            QJsonObject{{u"key_id"_s, keyId}, {u"machine"_s, machine}});
        if (const auto p = ApprovalDesk::load(db, id))
            settle(db, *p, u"the agent's key was revoked"_s, now);
        ++revoked;
    }
    return revoked;
}

std::optional<Receipt> receiptOf(const QSqlDatabase& db, qint64 proposalId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT receipt_outcome, receipt_ref, receipt_note, receipt_mismatch, receipt_at FROM external_proposals "
        u"WHERE proposal_id = ? AND receipt_outcome IS NOT NULL"_s,
        {proposalId});
    if (!q.next())
        return std::nullopt;
    return Receipt{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
        q.value(4).toLongLong()};
}

} // namespace ExternalProposals
