#include "ApprovalDesk.h"

#include "ActionSchema.h"
#include "ApprovalJobs.h"
#include "Conflicts.h"
#include "ExternalProposals.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "core/Money.h"
#include "jobs/JobQueue.h"
#include "storage/Dialect.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ApprovalDesk
{

namespace
{

const QString kFields
    = u"id, agent, action_type, title, description, reasoning, data_sources, est_revenue_cents, est_cost_cents, "
      u"est_roi, "
      u"currency, risk_factors, confidence, alternatives, parameters, modified_parameters, approved_parameters, "
      u"executed_parameters, risk_level, verdict, COALESCE(rule_id, 0), COALESCE(rule_version, 0), priority, status, "
      u"execution_state, execution_error, deadline, on_expiry, approver_roles, proposed_by, COALESCE(modified_by, ''), "
      u"COALESCE(decided_by, ''), decided_at, COALESCE(decided_on, ''), notes, COALESCE(product_id, 0), created_at "
      u"FROM action_proposals"_s;

std::optional<qint64> optInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QJsonObject auditDetails(const Proposal& p, const QJsonObject& extra = {})
{
    QJsonObject d{{u"agent"_s, p.agent}, {u"action_type"_s, ActionTypes::key(p.actionType)}, {u"title"_s, p.title},
        {u"risk_level"_s, p.riskLevel}, {u"verdict"_s, p.verdict}, {u"parameters"_s, p.effectiveParameters()},
        {u"rule_version"_s, p.ruleVersion}, {u"currency"_s, p.currency}};
    if (!p.modifiedBy.isEmpty())
        d.insert(u"modified_by"_s, p.modifiedBy); // what ran is the person's change, not the proposal
    for (auto it = extra.begin(); it != extra.end(); ++it)
        d.insert(it.key(), it.value());
    return d;
}

qint64 enqueueExecution(const QSqlDatabase& db, const Proposal& p, qint64 now, qint64 runAfter)
{
    // One execution per proposal: the key makes a second approval path a no-op.
    return JobQueue::enqueue(db,
        {ApprovalJobs::Execute, p.id, u"execute:%1"_s.arg(p.id), QJsonObject{{u"proposal"_s, p.id}}, 5, 5, runAfter,
            p.agent},
        now)
        .first;
}

// Marks a proposal decided in favour and queues what it runs. Inside the caller's transaction.
qint64 approveLocked(const QSqlDatabase& db, Proposal& p, const QString& decidedBy, const QString& machine,
    const QString& note, qint64 now, qint64 runAfter = 0)
{
    p.approvedParameters = p.effectiveParameters();
    const QString notes = note.isEmpty() ? p.notes : (p.notes.isEmpty() ? note : p.notes + u'\n' + note);
    Sql::exec(db,
        u"UPDATE action_proposals SET status = 'approved', approved_parameters = ?, decided_by = ?, decided_at = ?, "
        u"decided_on = ?, notes = ?, execution_state = 'queued', updated_at = ? WHERE id = ?"_s,
        {Json::compact(p.approvedParameters), decidedBy, now, machine, notes, now, p.id});
    p.status = u"approved"_s;
    return enqueueExecution(db, p, now, runAfter);
}

} // namespace

std::optional<Proposal> load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kFields + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    Proposal p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.agent = q.value(i++).toString();
    p.actionType = ActionTypes::fromKey(q.value(i++).toString());
    p.title = q.value(i++).toString();
    p.description = q.value(i++).toString();
    p.reasoning = q.value(i++).toString();
    p.dataSources = Json::toStringList(Json::arrayFromString(q.value(i++).toString()));
    p.estRevenueCents = optInt(q.value(i++));
    p.estCostCents = optInt(q.value(i++));
    const QVariant roi = q.value(i++);
    p.estRoi = roi.isNull() ? std::nullopt : std::optional<double>(roi.toDouble());
    p.currency = q.value(i++).toString();
    p.riskFactors = Json::toStringList(Json::arrayFromString(q.value(i++).toString()));
    p.confidence = q.value(i++).toDouble();
    p.alternatives = Json::arrayFromString(q.value(i++).toString());
    p.parameters = Json::objectFromString(q.value(i++).toString());
    p.modifiedParameters = Json::objectFromString(q.value(i++).toString());
    p.approvedParameters = Json::objectFromString(q.value(i++).toString());
    p.executedParameters = Json::objectFromString(q.value(i++).toString());
    p.riskLevel = q.value(i++).toString();
    p.verdict = q.value(i++).toString();
    p.ruleId = q.value(i++).toLongLong();
    p.ruleVersion = q.value(i++).toInt();
    p.priority = q.value(i++).toInt();
    p.status = q.value(i++).toString();
    p.executionState = q.value(i++).toString();
    p.executionError = q.value(i++).toString();
    p.deadline = optInt(q.value(i++));
    p.onExpiry = q.value(i++).toString();
    p.approverRoles = Json::toStringList(Json::arrayFromString(q.value(i++).toString()));
    p.proposedBy = q.value(i++).toString();
    p.modifiedBy = q.value(i++).toString();
    p.decidedBy = q.value(i++).toString();
    p.decidedAt = optInt(q.value(i++));
    p.decidedOn = q.value(i++).toString();
    p.notes = q.value(i++).toString();
    p.productId = q.value(i++).toLongLong();
    p.createdAt = q.value(i++).toLongLong();
    return p;
}

RiskEngine::Context context(const QSqlDatabase& db)
{
    RiskEngine::Context ctx;
    ctx.targetMargin = Settings::doubleValue(db, QString(SettingKeys::TargetMargin), ctx.targetMargin);
    ctx.priceOf = [db](const QString& sku) -> std::optional<qint64> {
        const QVariant v = Sql::scalar(db, u"SELECT price_cents FROM products WHERE sku = ?"_s, {sku});
        return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
    };
    return ctx;
}

RiskEngine::Verdict judge(const QSqlDatabase& db, const Proposal& p, const QJsonObject& parameters, qint64 now)
{
    ApprovalRules::ensureDefaults(db, now);
    RiskEngine::Verdict v = RiskEngine::evaluate(
        ApprovalRules::current(db), {p.actionType, p.agent, parameters, p.confidence, p.currency}, context(db));
    // A paused agent's proposals wait for a person, whatever their risk.
    if (Sql::scalar(db, u"SELECT paused FROM agents WHERE name = ?"_s, {p.agent}).toBool() && !v.waits) {
        v.waits = true;
        v.notify = false;
        v.explanation += QCoreApplication::translate("ApprovalDesk", "; held because %1 is paused").arg(p.agent);
    }
    return v;
}

namespace
{
// The verdict, and what the engine would run by itself waits for a person while another proposal on the
// same thing waits or was approved since this one was proposed (Conflicts): a person chooses.
RiskEngine::Verdict judgeBeside(const QSqlDatabase& db, const Proposal& p, const QJsonObject& parameters, qint64 now)
{
    RiskEngine::Verdict v = judge(db, p, parameters, now);
    if (v.waits)
        return v;
    if (const auto others = Conflicts::of(db, p); !others.isEmpty()) {
        v.waits = true;
        v.explanation += u"; "_s
            + QCoreApplication::translate("ApprovalDesk", "waits for a person: #%1 acts on the same thing")
                  .arg(others.first().id);
    }
    return v;
}
} // namespace

qint64 propose(const QSqlDatabase& db, Proposal p, const QString& machine, qint64 now)
{
    p.parameters = ActionSchema::normalised(p.actionType, p.parameters);
    if (p.proposedBy.isEmpty())
        p.proposedBy = p.agent;
    Transaction tx(db, Transaction::Durable);
    p.createdAt = now; // decisions before it are no conflict of it
    const RiskEngine::Verdict v = judgeBeside(db, p, p.parameters, now);
    p.riskLevel = Risk::key(v.level);
    p.verdict = v.explanation;
    p.ruleId = v.ruleId;
    p.ruleVersion = v.ruleVersion;
    p.approverRoles = v.approverRoles;
    p.onExpiry = v.onExpiry;
    if (v.waits && !p.deadline)
        p.deadline = now + qint64(v.deadlineHours) * 3600 * 1000;
    if (p.productId == 0 && p.parameters.contains(u"sku"_s))
        p.productId
            = Sql::scalar(db, u"SELECT id FROM products WHERE sku = ?"_s, {p.parameters.value(u"sku"_s).toString()})
                  .toLongLong();
    p.status = u"pending"_s;
    p.createdAt = now;
    p.id = Sql::insert(db,
        u"INSERT INTO action_proposals (agent, action_type, title, description, reasoning, data_sources, "
        u"est_revenue_cents, "
        u"est_cost_cents, est_roi, currency, risk_factors, confidence, alternatives, parameters, risk_level, verdict, "
        u"rule_id, rule_version, priority, status, deadline, warn_at, on_expiry, approver_roles, proposed_by, "
        u"product_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        u"'pending', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {p.agent, ActionTypes::key(p.actionType), p.title, p.description, p.reasoning,
            Json::compact(Json::fromStringList(p.dataSources)), nullable(p.estRevenueCents), nullable(p.estCostCents),
            p.estRoi ? QVariant(*p.estRoi) : QVariant(), p.currency, Json::compact(Json::fromStringList(p.riskFactors)),
            p.confidence, Json::compact(p.alternatives), Json::compact(p.parameters), p.riskLevel, p.verdict,
            p.ruleId > 0 ? QVariant(p.ruleId) : QVariant(), p.ruleVersion, p.priority, nullable(p.deadline),
            p.deadline ? QVariant(*p.deadline - qint64(v.warnMinutes) * 60'000) : QVariant(), p.onExpiry,
            Json::compact(Json::fromStringList(p.approverRoles)), p.proposedBy,
            p.productId > 0 ? QVariant(p.productId) : QVariant(), now, now});
    const QString subject = u"proposal:%1"_s.arg(p.id);
    AuditLog::append(db, now, p.agent, u"proposal.created"_s, subject, auditDetails(p));
    if (!v.waits) {
        approveLocked(db, p, u"risk-engine"_s, machine, QString(), now);
        AuditLog::append(db, now, u"risk-engine"_s, u"proposal.auto_executed"_s, subject,
            auditDetails(p, QJsonObject{{u"notify"_s, v.notify}}));
        Sql::exec(db, u"UPDATE action_proposals SET status = 'auto_approved' WHERE id = ?"_s, {p.id});
    }
    tx.commit();
    return p.id;
}

QString whyNot(const Proposal& p, const Users::User& user, qint64 now)
{
    if (p.status != u"pending") {
        // Someone else may have decided it a moment ago, at another desk: say who.
        if (!p.decidedBy.isEmpty())
            return QCoreApplication::translate("ApprovalDesk", "It is no longer waiting: %1 decided it (%2).")
                .arg(p.decidedBy, ProposalStatus::displayName(p.status).toLower());
        return QCoreApplication::translate("ApprovalDesk", "It is no longer waiting (%1).")
            .arg(ProposalStatus::displayName(p.status).toLower());
    }
    if (p.deadline && *p.deadline <= now)
        return QCoreApplication::translate("ApprovalDesk", "Its deadline has passed; the rule's default applies.");
    const QString roles = Users::whyNot(user, p.approverRoles, p.proposedBy);
    if (!roles.isEmpty())
        return roles;
    if (!p.modifiedBy.isEmpty() && p.modifiedBy.compare(user.name, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("ApprovalDesk", "You changed this proposal; someone else decides it.");
    return {};
}

bool onlyApprover(const QSqlDatabase& db, const Proposal& p, const Users::User& user, qint64 now)
{
    if (p.status != u"pending" || (p.deadline && *p.deadline <= now))
        return false;
    // The person may decide such proposals at all; only the separation of duties stands in the way.
    if (!Users::whyNot(user, p.approverRoles, QString()).isEmpty())
        return false;
    const bool own = p.modifiedBy.compare(user.name, Qt::CaseInsensitive) == 0
        || p.proposedBy.compare(user.name, Qt::CaseInsensitive) == 0;
    if (!own)
        return false;
    for (const Users::User& other : Users::all(db)) {
        if (other.name.compare(user.name, Qt::CaseInsensitive) != 0 && other.active
            && p.approverRoles.contains(Users::roleKey(other.role)))
            return false;
    }
    return true;
}

namespace
{
// The proposal, or nothing with *error saying it is gone.
std::optional<Proposal> existing(const QSqlDatabase& db, qint64 id, QString* error)
{
    auto p = load(db, id);
    if (!p)
        *error = QCoreApplication::translate("ApprovalDesk", "The proposal no longer exists.");
    return p;
}

// Loads a pending proposal the user may decide, inside the caller's transaction.
std::optional<Proposal> decidable(
    const QSqlDatabase& db, qint64 id, const Users::User& user, qint64 now, QString* error, bool asOnlyApprover = false)
{
    auto p = existing(db, id, error);
    if (!p)
        return std::nullopt;
    *error = whyNot(*p, user, now);
    if (!error->isEmpty() && asOnlyApprover && onlyApprover(db, *p, user, now))
        error->clear();
    if (!error->isEmpty())
        return std::nullopt;
    return p;
}

QJsonObject decisionDetails(
    const QString& note, const QString& machine, bool asOnlyApprover, const QString& notesBefore)
{
    QJsonObject d{{u"note"_s, note}, {u"machine"_s, machine}, {u"notes_before"_s, notesBefore}};
    if (asOnlyApprover)
        d.insert(u"only_approver"_s, true);
    return d;
}

bool approveOne(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& note, const QString& machine,
    qint64 now, Outcome* out, DecideOptions options = {})
{
    auto p = decidable(db, id, user, now, &out->error, options.asOnlyApprover);
    if (!p)
        return false;
    if (out->error = Conflicts::whyNotApprove(db, *p); !out->error.isEmpty())
        return false;
    const bool asOnlyApprover = options.asOnlyApprover && !whyNot(*p, user, now).isEmpty();
    const QString notesBefore = p->notes;
    out->jobId = approveLocked(db, *p, user.name, machine, note, now, now + options.holdMs);
    AuditLog::append(db, now, user.name, u"proposal.approved"_s, u"proposal:%1"_s.arg(id),
        auditDetails(*p, decisionDetails(note, machine, asOnlyApprover, notesBefore)));
    out->ok = true;
    out->status = p->status;
    return true;
}

bool rejectOne(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& reason,
    const QString& machine, qint64 now, Outcome* out, DecideOptions options = {})
{
    if (reason.trimmed().isEmpty()) {
        out->error = QCoreApplication::translate("ApprovalDesk", "Say why: a rejection needs a reason.");
        return false;
    }
    auto p = decidable(db, id, user, now, &out->error, options.asOnlyApprover);
    if (!p)
        return false;
    const bool asOnlyApprover = options.asOnlyApprover && !whyNot(*p, user, now).isEmpty();
    const QString notes = p->notes.isEmpty() ? reason.trimmed() : p->notes + u'\n' + reason.trimmed();
    Sql::exec(db,
        u"UPDATE action_proposals SET status = 'rejected', decided_by = ?, decided_at = ?, decided_on = ?, notes = ?, "
        u"updated_at = ? WHERE id = ?"_s,
        {user.name, now, machine, notes, now, id});
    AuditLog::append(db, now, user.name, u"proposal.rejected"_s, u"proposal:%1"_s.arg(id),
        auditDetails(*p, decisionDetails(reason.trimmed(), machine, asOnlyApprover, p->notes)));
    // What follows a rejection (content written again with the reason) runs as a job, like an approval.
    out->jobId = JobQueue::enqueue(db,
        {ApprovalJobs::Execute, id, u"rejected:%1"_s.arg(id),
            QJsonObject{{u"proposal"_s, id}, {u"decision"_s, u"rejected"_s}, {u"reason"_s, reason.trimmed()},
                {u"actor"_s, user.name}},
            5, 5, now + options.holdMs, p->agent},
        now)
                     .first;
    out->ok = true;
    out->status = u"rejected"_s;
    return true;
}
} // namespace

Outcome approve(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& note, const QString& machine,
    qint64 now, DecideOptions options)
{
    Outcome out;
    Transaction tx(db, Transaction::Durable);
    if (approveOne(db, id, user, note.trimmed(), machine, now, &out, options))
        tx.commit();
    return out;
}

Outcome reject(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& reason,
    const QString& machine, qint64 now, DecideOptions options)
{
    Outcome out;
    Transaction tx(db, Transaction::Durable);
    if (rejectOne(db, id, user, reason, machine, now, &out, options))
        tx.commit();
    return out;
}

namespace
{
constexpr QLatin1StringView kUndoKey{"approvals.undo_seconds"};
}

qint64 undoWindowMs(const QSqlDatabase& db)
{
    return std::clamp(Settings::value(db, QString(kUndoKey), u"5"_s).toInt(), 0, 60) * 1000LL;
}

void setUndoWindowSeconds(const QSqlDatabase& db, int seconds)
{
    Settings::setValue(db, QString(kUndoKey), QString::number(std::clamp(seconds, 0, 60)));
}

Outcome undo(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& machine, qint64 now)
{
    Outcome out;
    Transaction tx(db, Transaction::Durable);
    const auto p = existing(db, id, &out.error);
    if (!p)
        return out;
    const bool approved = p->status == u"approved";
    if ((!approved && p->status != u"rejected") || p->decidedBy.compare(user.name, Qt::CaseInsensitive) != 0) {
        out.error = QCoreApplication::translate("ApprovalDesk", "Only your own approval or rejection can be undone.");
        return out;
    }
    // Waiting again past its deadline would let the rule's default decide at once, against the undo.
    if (p->deadline && *p->deadline <= now) {
        out.error = QCoreApplication::translate(
            "ApprovalDesk", "It can no longer be undone: its deadline has passed, so the rule's default would apply.");
        return out;
    }
    const QString key = (approved ? u"execute:%1"_s : u"rejected:%1"_s).arg(id);
    // Only while its work has not begun; the key is freed so that a new decision can queue it again.
    const int canceled = Sql::update(db,
        u"UPDATE jobs SET state = 'canceled', idempotency_key = idempotency_key || ':undone:' || id, updated_at = ? "
        u"WHERE idempotency_key = ? AND state = 'queued' AND attempts = 0"_s,
        {now, key});
    if (canceled == 0) {
        out.error = QCoreApplication::translate(
            "ApprovalDesk", "It can no longer be undone: the work has started. Its result is in the proposal.");
        return out;
    }
    // The decision's note goes with the decision: the notes are as they were before it.
    const QVariant before = Sql::scalar(db,
        u"SELECT json_extract(payload, '$.details.notes_before') FROM audit_log WHERE subject = ? AND action IN "
        u"('proposal.approved', 'proposal.rejected') ORDER BY seq DESC LIMIT 1"_s,
        {u"proposal:%1"_s.arg(id)});
    Sql::exec(db,
        u"UPDATE action_proposals SET status = 'pending', approved_parameters = NULL, decided_by = NULL, "
        u"decided_at = NULL, decided_on = NULL, execution_state = 'none', notes = ?, updated_at = ? WHERE id = ?"_s,
        {before.isNull() ? QVariant(p->notes) : before, now, id});
    AuditLog::append(db, now, user.name, u"proposal.undone"_s, u"proposal:%1"_s.arg(id),
        auditDetails(*p, QJsonObject{{u"undid"_s, p->status}, {u"machine"_s, machine}}));
    tx.commit();
    out.ok = true;
    out.status = u"pending"_s;
    return out;
}

QString whyNotRunAgain(const Proposal& p, const Users::User& user)
{
    if ((p.status != u"approved" && p.status != u"auto_approved") || p.executionState != u"failed")
        return QCoreApplication::translate("ApprovalDesk", "Only approved work that failed can run again.");
    // Running it again is deciding it again: the roles that may decide it, and no separation of
    // duties (the decision was taken; this carries it out).
    return Users::whyNot(user, p.approverRoles, QString());
}

Outcome runAgain(const QSqlDatabase& db, qint64 id, const Users::User& user, const QString& machine, qint64 now)
{
    Outcome out;
    Transaction tx(db, Transaction::Durable);
    const auto p = existing(db, id, &out.error);
    if (!p)
        return out;
    out.error = whyNotRunAgain(*p, user);
    if (!out.error.isEmpty())
        return out;
    // The last job that carried it out and gave up: the execution itself, or the step it handed on to.
    const QVariant job = Sql::scalar(db,
        u"SELECT id FROM jobs WHERE state = 'dead' AND json_extract(payload, '$.proposal') = ? ORDER BY id DESC "
        u"LIMIT 1"_s,
        {id});
    if (!job.isValid() || !JobQueue::revive(db, job.toLongLong(), now)) {
        out.error = QCoreApplication::translate(
            "ApprovalDesk", "Nothing of it is left to run again (its connection was removed, or it runs already).");
        return out;
    }
    Sql::exec(db,
        u"UPDATE action_proposals SET execution_state = 'queued', execution_error = '', updated_at = ? WHERE id = ?"_s,
        {now, id});
    AuditLog::append(db, now, user.name, u"proposal.run_again"_s, u"proposal:%1"_s.arg(id),
        auditDetails(*p, QJsonObject{{u"failed_with"_s, p->executionError}, {u"machine"_s, machine}}));
    tx.commit();
    out.ok = true;
    out.status = p->status;
    out.jobId = job.toLongLong();
    return out;
}

Outcome modify(const QSqlDatabase& db, qint64 id, const Users::User& user, const QJsonObject& parameters,
    const QString& note, const QString& machine, qint64 now, qint64 holdMs)
{
    Outcome out;
    Transaction tx(db, Transaction::Durable);
    auto p = decidable(db, id, user, now, &out.error);
    if (!p)
        return out;
    QJsonObject edited = parameters;
    // Read-only parameters keep what was proposed.
    for (const ActionSchema::Field& f : ActionSchema::fields(p->actionType)) {
        if (f.readOnly && p->parameters.contains(f.key))
            edited.insert(f.key, p->parameters.value(f.key));
    }
    const auto problems = ActionSchema::validate(p->actionType, edited);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto& pr : problems)
            lines.append(pr.message);
        out.error = lines.join(u' ');
        return out;
    }
    edited = ActionSchema::normalised(p->actionType, edited);
    const QJsonObject original = p->parameters;
    p->modifiedParameters = edited;
    const RiskEngine::Verdict v = judgeBeside(db, *p, edited, now);
    p->modifiedBy = user.name;
    p->riskLevel = Risk::key(v.level);
    p->verdict = v.explanation;
    p->ruleId = v.ruleId;
    p->ruleVersion = v.ruleVersion;
    p->approverRoles = v.approverRoles;
    const QString notes = note.trimmed().isEmpty()
        ? p->notes
        : (p->notes.isEmpty() ? note.trimmed() : p->notes + u'\n' + note.trimmed());
    Sql::exec(db,
        u"UPDATE action_proposals SET modified_parameters = ?, modified_by = ?, risk_level = ?, verdict = ?, rule_id = "
        u"?, rule_version = ?, approver_roles = ?, notes = ?, warn_at = CASE WHEN deadline IS NULL THEN NULL ELSE "
        u"deadline - ? END, updated_at = ? WHERE id = ?"_s,
        {Json::compact(edited), user.name, p->riskLevel, p->verdict, v.ruleId > 0 ? QVariant(v.ruleId) : QVariant(),
            v.ruleVersion, Json::compact(Json::fromStringList(v.approverRoles)), notes, qint64(v.warnMinutes) * 60'000,
            now, id});
    const QString subject = u"proposal:%1"_s.arg(id);
    AuditLog::append(db, now, user.name, u"proposal.modified"_s, subject,
        auditDetails(*p,
            QJsonObject{{u"original"_s, original}, {u"edited"_s, edited}, {u"note"_s, note.trimmed()},
                {u"machine"_s, machine}}));
    out.verdict = v.explanation;
    if (v.waits) {
        out.status = u"pending"_s; // back in the queue, for someone else
    } else {
        out.jobId = approveLocked(db, *p, user.name, machine, QString(), now, now + holdMs);
        AuditLog::append(db, now, u"risk-engine"_s, u"proposal.auto_executed"_s, subject,
            auditDetails(*p, QJsonObject{{u"note"_s, u"runs after %1 changed it"_s.arg(user.name)}}));
        out.status = u"approved"_s;
    }
    tx.commit();
    out.ok = true;
    return out;
}

Bulk approveMany(const QSqlDatabase& db, const QList<qint64>& ids, const Users::User& user, const QString& note,
    const QString& machine, qint64 now, qint64 holdMs)
{
    Bulk out;
    Transaction tx(db, Transaction::Durable);
    for (qint64 id : ids) {
        Outcome o;
        if (approveOne(db, id, user, note.trimmed(), machine, now, &o, {holdMs, false}))
            out.done.append(id);
        else
            out.failed.append({id, o.error});
    }
    tx.commit();
    return out;
}

Bulk rejectMany(const QSqlDatabase& db, const QList<qint64>& ids, const Users::User& user, const QString& reason,
    const QString& machine, qint64 now, qint64 holdMs)
{
    Bulk out;
    Transaction tx(db, Transaction::Durable);
    for (qint64 id : ids) {
        Outcome o;
        if (rejectOne(db, id, user, reason, machine, now, &o, {holdMs, false}))
            out.done.append(id);
        else
            out.failed.append({id, o.error});
    }
    tx.commit();
    return out;
}

QList<qint64> expireDue(const QSqlDatabase& db, const QString& machine, qint64 now)
{
    // Checked often (on the GUI thread): a write transaction only when something is due.
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending' AND deadline <= ?"_s, {now})
            .toInt()
        == 0)
        return {};
    Transaction tx(db, Transaction::Durable);
    QSqlQuery q = Sql::exec(db,
        u"SELECT id FROM action_proposals WHERE status = 'pending' AND deadline IS NOT NULL AND deadline <= ?"_s,
        {now});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : ids) {
        auto p = load(db, id);
        if (!p)
            continue;
        const QString subject = u"proposal:%1"_s.arg(id);
        const QString when = QDateTime::fromMSecsSinceEpoch(*p->deadline).toString(Qt::ISODate);
        const QString conflict = p->onExpiry == u"approve" ? Conflicts::whyNotApprove(db, *p) : QString();
        if (p->onExpiry == u"approve" && conflict.isEmpty()) {
            approveLocked(db, *p, u"deadline"_s, machine, u"Approved by the rule's default at the deadline"_s, now);
            AuditLog::append(db, now, u"deadline"_s, u"proposal.approved"_s, subject,
                auditDetails(
                    *p, QJsonObject{{u"note"_s, u"deadline %1 passed; the rule approves on expiry"_s.arg(when)}}));
        } else {
            Sql::exec(db,
                u"UPDATE action_proposals SET status = 'expired', decided_by = 'deadline', decided_at = ?, decided_on "
                u"= ?, "
                u"updated_at = ? WHERE id = ?"_s,
                {now, machine, now, id});
            AuditLog::append(db, now, u"deadline"_s, u"proposal.expired"_s, subject,
                auditDetails(*p,
                    QJsonObject{{u"note"_s,
                        conflict.isEmpty()
                            ? u"deadline %1 passed; rejected by the rule's default"_s.arg(when)
                            : u"deadline %1 passed; the rule approves on expiry, but it conflicts: %2"_s.arg(
                                when, conflict)}}));
            // An external agent waiting for it is told (its approval on expiry is told when its job runs).
            if (auto expired = load(db, id))
                ExternalProposals::settle(db, *expired, {}, now);
        }
    }
    tx.commit();
    return ids;
}

QList<qint64> warnDue(const QSqlDatabase& db, qint64 now)
{
    if (Sql::scalar(db,
            u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending' AND warn_at <= ? AND warned_at IS NULL "
            u"AND "
            u"deadline > ?"_s,
            {now, now})
            .toInt()
        == 0)
        return {};
    Transaction tx(db);
    QSqlQuery q = Sql::exec(db,
        u"SELECT id FROM action_proposals WHERE status = 'pending' AND warn_at <= ? AND warned_at IS NULL AND "
        u"deadline > ?"_s,
        {now, now});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : ids)
        Sql::exec(db, u"UPDATE action_proposals SET warned_at = ? WHERE id = ?"_s, {now, id});
    tx.commit();
    return ids;
}

int expiringSoon(const QSqlDatabase& db, qint64 now)
{
    return Sql::scalar(db,
        // Few proposals are ever warned: read them through their partial index, not every waiting one.
        u"SELECT COUNT(*) FROM action_proposals "_s + Dialect::indexedBy(db, u"proposals_warned"_s)
            + u" WHERE warned_at IS NOT NULL AND status = 'pending' AND deadline > ?"_s,
        {now})
        .toInt();
}

qint64 nextEventAt(const QSqlDatabase& db)
{
    // Two index lookups: the earliest warning not yet given, and the earliest deadline.
    const QVariant warn = Sql::scalar(
        db, u"SELECT MIN(warn_at) FROM action_proposals WHERE status = 'pending' AND warned_at IS NULL"_s);
    const QVariant deadline = Sql::scalar(db, u"SELECT MIN(deadline) FROM action_proposals WHERE status = 'pending'"_s);
    qint64 next = -1;
    for (const QVariant& v : {warn, deadline}) {
        if (v.isValid() && !v.isNull())
            next = next < 0 ? v.toLongLong() : qMin(next, v.toLongLong());
    }
    return next;
}

QString whatRuns(const Proposal& p)
{
    return u"%1: %2"_s.arg(ActionTypes::displayName(p.actionType),
        ActionSchema::summary(p.actionType, p.effectiveParameters(), p.currency));
}

} // namespace ApprovalDesk
