#include "GatewayProtocol.h"

#include "audit/AuditLog.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace GatewayProtocol
{

namespace
{
const QStringList& types()
{
    static const QStringList t{u"hello"_s, u"propose"_s, u"status"_s, u"cancel"_s, u"receipt"_s, u"ack"_s,
        u"decisions"_s, u"subscribe"_s, u"ping"_s};
    return t;
}

qint64 proposalIdOf(const QJsonObject& m, QJsonObject* error)
{
    const QJsonValue v = m.value(u"proposal_id"_s);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != double(qint64(d))) {
        *error = GatewayProtocol::error(u"invalid"_s, u"proposal_id must be a proposal's number"_s, u"proposal_id"_s);
        return 0;
    }
    return qint64(d);
}

QJsonObject answer(const ExternalProposals::Answer& a)
{
    return a.error.isError() ? a.error.toJson() : a.body;
}
} // namespace

QJsonObject error(const QString& code, const QString& message, const QString& path)
{
    return ExternalProposals::Error{code, message, path}.toJson();
}

Parsed parse(const QByteArray& frame)
{
    Parsed p;
    if (frame.size() > MaxMessageBytes) {
        p.error = {u"too_large"_s, u"a message may be at most %1 bytes"_s.arg(MaxMessageBytes), {}};
        return p;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &pe);
    if (pe.error != QJsonParseError::NoError) {
        p.error = {u"bad_json"_s, u"not JSON: %1 at byte %2"_s.arg(pe.errorString()).arg(pe.offset), {}};
        return p;
    }
    if (!doc.isObject()) {
        p.error = {u"bad_request"_s, u"a message is a JSON object with a \"type\""_s, {}};
        return p;
    }
    p.message = doc.object();
    const QJsonValue v = p.message.value(u"v"_s);
    if (!v.isUndefined() && v.toInt(-1) != Version) {
        p.error = {u"version"_s, u"this gateway speaks protocol version %1"_s.arg(Version), u"v"_s};
        return p;
    }
    const QString type = p.message.value(u"type"_s).toString();
    if (!types().contains(type)) {
        p.error = {u"bad_request"_s,
            u"unknown message type \"%1\"; the types are: %2"_s.arg(type.left(40), types().join(u", "_s)), u"type"_s};
        return p;
    }
    return p;
}

QJsonObject handle(const QSqlDatabase& db, const ExternalProposals::Caller& caller, const QJsonObject& m,
    const QString& machine, qint64 now)
{
    const QString type = m.value(u"type"_s).toString();
    QJsonObject reply;
    try {
        if (type == u"propose") {
            reply = answer(ExternalProposals::propose(db, caller, m, machine, now));
        } else if (type == u"status") {
            if (const qint64 id = proposalIdOf(m, &reply))
                reply = answer(ExternalProposals::describe(db, caller.agent, id));
        } else if (type == u"cancel") {
            if (const qint64 id = proposalIdOf(m, &reply))
                reply = answer(ExternalProposals::cancel(db, caller, id, m.value(u"reason"_s).toString(), now));
        } else if (type == u"receipt") {
            if (const qint64 id = proposalIdOf(m, &reply))
                reply = answer(ExternalProposals::receipt(db, caller, id, m, now));
        } else if (type == u"ack") {
            const double seq = m.value(u"seq"_s).toDouble(-1);
            if (seq < 0) {
                reply = error(u"invalid"_s, u"seq must be the sequence number of a decision you have"_s, u"seq"_s);
            } else {
                Transaction tx(db);
                ExternalProposals::acknowledge(db, caller.agent, qint64(seq));
                AuditLog::append(db, now, caller.agent, u"gateway.acknowledged"_s, u"agent:%1"_s.arg(caller.agent),
                    QJsonObject{{u"agent"_s, caller.agent}, {u"key_id"_s, caller.keyId}, {u"address"_s, caller.address},
                        {u"seq"_s, qint64(seq)}});
                tx.commit();
                reply = QJsonObject{{u"type"_s, u"acked"_s}, {u"seq"_s, qint64(seq)}};
            }
        } else if (type == u"decisions") {
            const qint64 after = m.contains(u"after"_s) ? qint64(m.value(u"after"_s).toDouble())
                                                        : ExternalProposals::acknowledged(db, caller.agent);
            QJsonArray list;
            for (const QJsonObject& d : ExternalProposals::decisionsAfter(db, caller.agent, after))
                list.append(d);
            reply = QJsonObject{{u"type"_s, u"decisions"_s}, {u"decisions"_s, list}};
        } else {
            reply = error(u"bad_request"_s, u"\"%1\" is not a request of the HTTP mirror"_s.arg(type), u"type"_s);
        }
    } catch (const SqlError& e) {
        reply = error(u"unavailable"_s, u"the workspace could not be written (%1); send it again"_s.arg(e.message()));
    }
    // A request that would have changed something and was refused is in the trail too, with who asked
    // from where and why not (reads change nothing and are not).
    static const QStringList changes{u"propose"_s, u"cancel"_s, u"receipt"_s, u"ack"_s};
    if (reply.value(u"type"_s).toString() == u"error" && changes.contains(type)
        && reply.value(u"code"_s).toString() != u"unavailable") {
        try {
            Transaction tx(db);
            QJsonObject d{{u"agent"_s, caller.agent}, {u"key_id"_s, caller.keyId}, {u"address"_s, caller.address},
                {u"request"_s, type}, {u"code"_s, reply.value(u"code"_s)}, {u"path"_s, reply.value(u"path"_s)},
                {u"message"_s, reply.value(u"message"_s).toString().left(300)}};
            if (m.contains(u"proposal_id"_s))
                d.insert(u"proposal_id"_s, m.value(u"proposal_id"_s));
            if (m.contains(u"idempotency_key"_s))
                d.insert(u"idempotency_key"_s, m.value(u"idempotency_key"_s).toString().left(200));
            AuditLog::append(db, now, caller.agent, u"gateway.request_refused"_s, u"agent:%1"_s.arg(caller.agent), d);
            tx.commit();
        } catch (const SqlError& e) {
            qCWarning(lcAgents) << "cannot write a refused request to the audit trail:" << e.message();
        }
    }
    if (m.contains(u"id"_s))
        reply.insert(u"in_reply_to"_s, m.value(u"id"_s));
    return reply;
}

int httpStatus(const QString& code)
{
    if (code == u"unauthorized")
        return 401;
    if (code == u"forbidden")
        return 403;
    if (code == u"not_found")
        return 404;
    if (code == u"conflict")
        return 409;
    if (code == u"too_large")
        return 413;
    if (code == u"invalid" || code == u"unknown_action")
        return 422;
    if (code == u"daily_limit" || code == u"rate_limited")
        return 429;
    if (code == u"unavailable")
        return 503;
    return 400;
}

} // namespace GatewayProtocol

namespace GatewayEvents
{

QStringList names()
{
    return {u"agent:status"_s, u"task:created"_s, u"task:completed"_s, u"approval:required"_s, u"approval:decided"_s,
        u"ceo:decision"_s};
}

namespace
{
QString eventOf(const QString& action, const QJsonObject& details)
{
    if (action == u"proposal.created")
        return details.value(u"agent"_s).toString() == u"CEO" ? u"ceo:decision"_s : u"task:created"_s;
    if (action == u"proposal.auto_executed" || action == u"proposal.approved" || action == u"proposal.rejected"
        || action == u"proposal.expired" || action == u"proposal.revoked" || action == u"gateway.cancelled")
        return u"approval:decided"_s;
    if (action == u"proposal.executed" || action == u"proposal.failed" || action == u"gateway.receipt"
        || action == u"gateway.receipt_mismatch")
        return u"task:completed"_s;
    if (action == u"gateway.connected" || action == u"gateway.disconnected" || action == u"agent.paused"
        || action == u"agent.resumed")
        return u"agent:status"_s;
    if (action == u"ai_budget.shared" || action == u"goals.changed")
        return u"ceo:decision"_s;
    if (action == u"gateway.proposed" && details.value(u"waits"_s).toBool())
        return u"approval:required"_s;
    return {};
}
} // namespace

QList<Event> after(const QSqlDatabase& db, qint64 seq, int limit)
{
    QList<Event> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT seq, at, actor, action, subject, payload FROM audit_log WHERE seq > ? AND (action LIKE 'proposal.%' "
        u"OR action LIKE 'gateway.%' OR action LIKE 'agent.%' OR action IN ('ai_budget.shared', 'goals.changed')) "
        u"ORDER BY seq LIMIT ?"_s,
        {seq, limit});
    while (q.next()) {
        const QString action = q.value(3).toString();
        const QJsonObject details = Json::objectFromString(q.value(5).toString()).value(u"details"_s).toObject();
        const QString name = eventOf(action, details);
        if (name.isEmpty())
            continue;
        QString agent = details.value(u"agent"_s).toString();
        if (agent.isEmpty())
            agent = q.value(2).toString();
        QJsonObject payload{{u"action"_s, action}, {u"subject"_s, q.value(4).toString()},
            {u"actor"_s, q.value(2).toString()},
            {u"at"_s, QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)}};
        for (const QString& key : {u"title"_s, u"action_type"_s, u"risk_level"_s, u"state"_s, u"outcome"_s})
            if (details.contains(key))
                payload.insert(key, details.value(key));
        out.append({q.value(0).toLongLong(), name, agent, payload});
    }
    return out;
}

qint64 last(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT COALESCE(MAX(seq), 0) FROM audit_log"_s).toLongLong();
}

} // namespace GatewayEvents
