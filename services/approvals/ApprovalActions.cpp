#include "ApprovalActions.h"

#include "Conflicts.h"

#include "agents/AgentRuns.h"
#include "agents/Cluster.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

ApprovalActions::ApprovalActions(
    const QSqlDatabase& db, const Clock* clock, EventBus* bus, WorkerPool* pool, UserSession* session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_bus(bus)
    , m_pool(pool)
    , m_session(session)
{ }

template <typename Fn> bool ApprovalActions::guarded(QString* error, Fn&& fn, bool* lost)
{
    try {
        return fn();
    } catch (const SqlError& e) {
        if (lost)
            *lost = Dialect::isConnectionLost(e.nativeCode(), e.message());
        *error = QCoreApplication::translate(
            "ApprovalActions", "Nothing was changed: the workspace refused the write (%1).")
                     .arg(e.message());
        return false;
    }
}

void ApprovalActions::decided(const QList<qint64>& ids, bool queuedWork)
{
    if (queuedWork && m_pool) {
        m_pool->wake();
        // Held work (the undo window) becomes due later: wake the workers then, rather than leaving
        // it to their idle poll (up to two seconds late).
        if (const qint64 hold = undoWindowSeconds() * 1000LL; hold > 0) {
            QPointer<WorkerPool> pool = m_pool;
            m_clock->callAfter(hold + 1, this, [pool] {
                if (pool)
                    pool->wake();
            });
        }
    }
    if (m_bus) {
        m_bus->publishChanged(EventBus::Topic::Proposals, ids, true);
        m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    emit proposalsChanged(ids);
}

ApprovalDesk::Outcome ApprovalActions::approve(qint64 id, const QString& note, bool asOnlyApprover)
{
    if (m_offline)
        if (auto kept = keepOffline(id, u"approve"_s, note, {}, asOnlyApprover))
            return *kept;
    ApprovalDesk::Outcome out;
    bool lost = false;
    guarded(
        &out.error,
        [&] {
            out = ApprovalDesk::approve(m_db, id, m_session->user(), note, m_session->machine(), m_clock->nowMs(),
                {ApprovalDesk::undoWindowMs(m_db), asOnlyApprover});
            return out.ok;
        },
        &lost);
    if (lost)
        if (auto kept = keepOffline(id, u"approve"_s, note, {}, asOnlyApprover))
            return *kept;
    if (out.ok)
        decided({id}, true);
    return out;
}

ApprovalDesk::Outcome ApprovalActions::reject(qint64 id, const QString& reason, bool asOnlyApprover)
{
    if (m_offline)
        if (auto kept = keepOffline(id, u"reject"_s, reason, {}, asOnlyApprover))
            return *kept;
    ApprovalDesk::Outcome out;
    bool lost = false;
    guarded(
        &out.error,
        [&] {
            out = ApprovalDesk::reject(m_db, id, m_session->user(), reason, m_session->machine(), m_clock->nowMs(),
                {ApprovalDesk::undoWindowMs(m_db), asOnlyApprover});
            return out.ok;
        },
        &lost);
    if (lost)
        if (auto kept = keepOffline(id, u"reject"_s, reason, {}, asOnlyApprover))
            return *kept;
    if (out.ok)
        decided({id}, true); // a rejected content review queues its pieces again
    return out;
}

ApprovalDesk::Outcome ApprovalActions::modify(qint64 id, const QJsonObject& parameters, const QString& note)
{
    ApprovalDesk::Outcome out;
    bool lost = m_offline;
    if (!lost)
        guarded(
            &out.error,
            [&] {
                out = ApprovalDesk::modify(m_db, id, m_session->user(), parameters, note, m_session->machine(),
                    m_clock->nowMs(), ApprovalDesk::undoWindowMs(m_db));
                return out.ok;
            },
            &lost);
    if (lost && m_outbox) {
        out.ok = false;
        out.error = QCoreApplication::translate("ApprovalActions",
            "The team server cannot be reached: changing a proposal needs it (approving and rejecting are kept on "
            "this computer until it answers).");
    }
    if (out.ok)
        decided({id}, out.jobId > 0);
    return out;
}

ApprovalDesk::Outcome ApprovalActions::runAgain(qint64 id)
{
    ApprovalDesk::Outcome out;
    guarded(&out.error, [&] {
        out = ApprovalDesk::runAgain(m_db, id, m_session->user(), m_session->machine(), m_clock->nowMs());
        return out.ok;
    });
    if (out.ok)
        decided({id}, true);
    return out;
}

QString ApprovalActions::whyNotRunAgain(const ApprovalDesk::Proposal& proposal) const
{
    return ApprovalDesk::whyNotRunAgain(proposal, m_session->user());
}

ApprovalDesk::Bulk ApprovalActions::approveMany(const QList<qint64>& ids, const QString& note)
{
    ApprovalDesk::Bulk out;
    if (m_offline && m_outbox) {
        for (qint64 id : ids) {
            const ApprovalDesk::Outcome o = approve(id, note);
            if (o.ok)
                out.done.append(id);
            else
                out.failed.append({id, o.error});
        }
        return out;
    }
    QString error;
    if (!guarded(&error, [&] {
            out = ApprovalDesk::approveMany(m_db, ids, m_session->user(), note, m_session->machine(), m_clock->nowMs(),
                ApprovalDesk::undoWindowMs(m_db));
            return true;
        })) {
        for (qint64 id : ids)
            out.failed.append({id, error});
    }
    if (!out.done.isEmpty())
        decided(out.done, true);
    return out;
}

ApprovalDesk::Bulk ApprovalActions::rejectMany(const QList<qint64>& ids, const QString& reason)
{
    ApprovalDesk::Bulk out;
    if (m_offline && m_outbox) {
        for (qint64 id : ids) {
            const ApprovalDesk::Outcome o = reject(id, reason);
            if (o.ok)
                out.done.append(id);
            else
                out.failed.append({id, o.error});
        }
        return out;
    }
    QString error;
    if (!guarded(&error, [&] {
            out = ApprovalDesk::rejectMany(m_db, ids, m_session->user(), reason, m_session->machine(), m_clock->nowMs(),
                ApprovalDesk::undoWindowMs(m_db));
            return true;
        })) {
        for (qint64 id : ids)
            out.failed.append({id, error});
    }
    if (!out.done.isEmpty())
        decided(out.done, true);
    return out;
}

ApprovalDesk::Bulk ApprovalActions::undo(const QList<qint64>& ids)
{
    ApprovalDesk::Bulk out;
    // Kept offline: taken back from the outbox; nothing reached the team.
    if (m_outbox) {
        QList<qint64> kept;
        const QSet<qint64> waiting = m_outbox->proposals();
        for (qint64 id : ids)
            if (waiting.contains(id))
                kept.append(id);
        if (!kept.isEmpty() && m_outbox->removeProposals(kept) == kept.size()) {
            out.done = kept;
            emit outboxChanged(m_outbox->size());
            emit proposalsChanged(kept);
            if (kept.size() == ids.size())
                return out;
        }
    }
    for (qint64 id : ids) {
        if (out.done.contains(id))
            continue;
        ApprovalDesk::Outcome o;
        guarded(&o.error, [&] {
            o = ApprovalDesk::undo(m_db, id, m_session->user(), m_session->machine(), m_clock->nowMs());
            return o.ok;
        });
        if (o.ok)
            out.done.append(id);
        else
            out.failed.append({id, o.error});
    }
    if (!out.done.isEmpty())
        decided(out.done, false);
    return out;
}

int ApprovalActions::undoWindowSeconds() const
{
    try {
        return static_cast<int>(ApprovalDesk::undoWindowMs(m_db) / 1000);
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the undo window:" << e.message();
        return 0;
    }
}

bool ApprovalActions::setUndoWindowSeconds(int seconds, QString* error)
{
    if (!m_session->user().isOwner()) {
        *error = QCoreApplication::translate("ApprovalActions", "Only an owner changes how decisions are taken.");
        return false;
    }
    return guarded(error, [&] {
        const qint64 now = m_clock->nowMs();
        Transaction tx(m_db, Transaction::Durable);
        const int before = static_cast<int>(ApprovalDesk::undoWindowMs(m_db) / 1000);
        ApprovalDesk::setUndoWindowSeconds(m_db, seconds);
        AuditLog::append(m_db, now, m_session->name(), u"settings.undo_window"_s, u"settings:approvals"_s,
            QJsonObject{
                {u"before"_s, before}, {u"after"_s, std::clamp(seconds, 0, 60)}, {u"machine"_s, m_session->machine()}});
        tx.commit();
        return true;
    });
}

RiskEngine::Verdict ApprovalActions::preview(
    const ApprovalDesk::Proposal& proposal, const QJsonObject& parameters) const
{
    return ApprovalDesk::judge(m_db, proposal, parameters, m_clock->nowMs());
}

std::optional<ApprovalDesk::Proposal> ApprovalActions::proposal(qint64 id) const
{
    try {
        auto p = ApprovalDesk::load(m_db, id);
        if (p && m_outbox)
            m_lastRead.insert(id, *p);
        return p;
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read proposal" << id << ":" << e.message();
        // The server is away: what this desk read last, to show and decide from.
        if (m_outbox && m_lastRead.contains(id))
            return m_lastRead.value(id);
        return std::nullopt;
    }
}

void ApprovalActions::setOutbox(DecisionOutbox* outbox)
{
    m_outbox = outbox;
}

void ApprovalActions::setServerReachable(bool reachable)
{
    m_listening = reachable;
    m_offline = !reachable;
    if (reachable && m_outbox && m_outbox->size() > 0)
        applyOutbox();
}

std::optional<ApprovalDesk::Outcome> ApprovalActions::keepOffline(
    qint64 id, const QString& decision, const QString& note, const QJsonObject& parameters, bool asOnlyApprover)
{
    if (!m_outbox)
        return std::nullopt;
    m_offline = true;
    retryWhileListening();
    ApprovalDesk::Outcome out;
    const Users::User& user = m_session->user();
    if (!user.canDecide()) {
        out.error = QCoreApplication::translate("ApprovalActions", "%1 may not decide proposals.").arg(user.name);
        return out;
    }
    if (decision == u"reject" && note.trimmed().isEmpty()) {
        out.error = QCoreApplication::translate("ApprovalActions", "A rejection needs a reason.");
        return out;
    }
    DecisionOutbox::Entry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.proposal = id;
    e.decision = decision;
    e.note = note;
    e.parameters = parameters;
    e.user = user.name;
    e.machine = m_session->machine();
    e.decidedAt = m_clock->nowMs();
    e.title = m_lastRead.contains(id) ? m_lastRead.value(id).title
                                      : QCoreApplication::translate("ApprovalActions", "proposal %1").arg(id);
    e.asOnlyApprover = asOnlyApprover;
    if (!m_outbox->add(e, &out.error))
        return out;
    out.ok = true;
    out.status = u"kept_offline"_s;
    qCInfo(lcApprovals) << "team server unreachable: the" << decision << "of proposal" << id
                        << "is kept on this computer until it answers";
    emit outboxChanged(m_outbox->size());
    emit proposalsChanged({id});
    return out;
}

void ApprovalActions::retryWhileListening()
{
    if (m_retryScheduled || !m_listening)
        return;
    m_retryScheduled = true;
    m_clock->callAfter(RetryMs, this, [this] {
        m_retryScheduled = false;
        // The doorbell lost the server meanwhile: its return applies them.
        if (!m_listening || !m_outbox || m_outbox->size() == 0)
            return;
        m_offline = false;
        applyOutbox(); // offline again if the server is still away
        // Still some left (the server away again, or a write that failed otherwise): later once more.
        if (m_outbox->size() > 0)
            retryWhileListening();
    });
}

QList<DecisionOutbox::Applied> ApprovalActions::applyOutbox()
{
    QList<DecisionOutbox::Applied> results;
    if (!m_outbox || m_applying)
        return results;
    m_applying = true;
    m_outbox->reload();
    QList<qint64> ids;
    bool queuedWork = false;
    for (const DecisionOutbox::Entry& e : m_outbox->entries()) {
        try {
            const DecisionOutbox::Applied a
                = DecisionOutbox::apply(m_db, e, m_clock->nowMs(), ApprovalDesk::undoWindowMs(m_db));
            results.append(a);
            ids.append(e.proposal);
            queuedWork = queuedWork || a.result == DecisionOutbox::Result::Applied;
            // Applied (or known applied): forgotten here. Should this fail, the receipt keeps it once.
            m_outbox->remove(e.key);
            qCInfo(lcApprovals).noquote()
                << "offline decision" << e.key << "of proposal" << e.proposal << ":" << a.message;
        } catch (const SqlError& err) {
            qCWarning(lcApprovals) << "the offline decisions wait: the team server is away again:" << err.message();
            m_offline = Dialect::isConnectionLost(err.nativeCode(), err.message()) || m_offline;
            break;
        }
    }
    m_applying = false;
    if (!ids.isEmpty())
        decided(ids, queuedWork);
    emit outboxChanged(m_outbox->size());
    if (!results.isEmpty())
        emit outboxApplied(results);
    return results;
}

DecisionLearning::Record ApprovalActions::trackRecord(const ApprovalDesk::Proposal& proposal) const
{
    try {
        DecisionLearning::Record r = DecisionLearning::recordOf(m_db, proposal.agent, proposal.actionType);
        return r;
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the track record of" << proposal.agent << ":" << e.message();
        return {};
    }
}

std::optional<Outcomes::Outcome> ApprovalActions::outcome(const ApprovalDesk::Proposal& proposal) const
{
    try {
        return Outcomes::of(m_db, proposal.id);
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the outcome of proposal" << proposal.id << ":" << e.message();
        return std::nullopt;
    }
}

QString ApprovalActions::conflicts(const ApprovalDesk::Proposal& proposal) const
{
    if (proposal.status != ProposalStatus::Pending)
        return {};
    try {
        return Conflicts::describe(Conflicts::of(m_db, proposal));
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the conflicts of proposal" << proposal.id << ":" << e.message();
        return {};
    }
}

QString ApprovalActions::whyNot(const ApprovalDesk::Proposal& proposal) const
{
    return ApprovalDesk::whyNot(proposal, m_session->user(), m_clock->nowMs());
}

bool ApprovalActions::onlyApprover(const ApprovalDesk::Proposal& proposal) const
{
    try {
        return ApprovalDesk::onlyApprover(m_db, proposal, m_session->user(), m_clock->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the team:" << e.message();
        return false;
    }
}

bool ApprovalActions::mayOverride(QString* error) const
{
    *error = m_session->whyViewer();
    return error->isEmpty();
}

bool ApprovalActions::setPaused(bool cluster, const QString& key, bool paused, QString* error)
{
    if (!mayOverride(error))
        return false;
    const QString scope = cluster ? u"cluster"_s : u"agent"_s;
    const bool ok = guarded(error, [&] {
        const qint64 now = m_clock->nowMs();
        Transaction tx(m_db, Transaction::Durable);
        QSqlQuery q = Sql::exec(m_db,
            u"UPDATE agents SET paused = ?, status = CASE WHEN ? THEN 'paused' ELSE 'idle' END, updated_at = ? WHERE "_s
                + (cluster ? u"cluster = ?"_s : u"name = ?"_s),
            {paused ? 1 : 0, paused ? 1 : 0, now, key});
        if (q.numRowsAffected() < 1) {
            *error = cluster ? QCoreApplication::translate("ApprovalActions", "The %1 cluster has no agents.")
                                   .arg(Cluster::displayName(key))
                             : QCoreApplication::translate("ApprovalActions", "There is no agent called %1.").arg(key);
            return false;
        }
        AuditLog::append(m_db, now, m_session->name(), (paused ? u"override.pause_"_s : u"override.resume_"_s) + scope,
            scope + u':' + key,
            QJsonObject{{scope, key}, {u"agents"_s, q.numRowsAffected()}, {u"machine"_s, m_session->machine()}});
        tx.commit();
        return true;
    });
    if (ok && m_bus) {
        m_bus->publishChanged(EventBus::Topic::Agents);
        m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    // Held work of a resumed agent can be claimed now.
    if (ok && !paused && m_pool)
        m_pool->wake();
    return ok;
}

bool ApprovalActions::runAgentNow(const QString& agent, QString* error)
{
    if (!mayOverride(error))
        return false;
    const bool ok = guarded(error, [&] {
        const qint64 now = m_clock->nowMs();
        Transaction tx(m_db, Transaction::Durable);
        *error = AgentRuns::queueNow(m_db, agent, now);
        if (!error->isEmpty())
            return false;
        AuditLog::append(m_db, now, m_session->name(), u"agent.run_now"_s, u"agent:"_s + agent,
            QJsonObject{{u"agent"_s, agent}, {u"machine"_s, m_session->machine()}});
        tx.commit();
        return true;
    });
    if (ok && m_bus)
        m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
    if (ok && m_pool)
        m_pool->wake();
    return ok;
}

bool ApprovalActions::adjustThreshold(
    const QString& ruleKey, std::optional<double> lowMax, std::optional<double> mediumMax, QString* error)
{
    if (!m_session->user().isOwner()) {
        *error = QCoreApplication::translate("ApprovalActions", "Only an owner changes approval rules.");
        return false;
    }
    return guarded(error, [&] {
        ApprovalRules::ensureDefaults(m_db, m_clock->nowMs());
        std::optional<ApprovalRule> found;
        for (const ApprovalRule& r : ApprovalRules::current(m_db)) {
            if (r.key == ruleKey)
                found = r;
        }
        if (!found) {
            *error = QCoreApplication::translate("ApprovalActions", "There is no rule called %1.").arg(ruleKey);
            return false;
        }
        if (lowMax && found->low)
            found->low->max = *lowMax;
        if (mediumMax && found->medium)
            found->medium->max = *mediumMax;
        QStringList problems;
        if (!saveRule(*found, &problems)) {
            *error = problems.join(u' ');
            return false;
        }
        return true;
    });
}

std::optional<ApprovalRule> ApprovalActions::saveRule(const ApprovalRule& rule, QStringList* errors)
{
    if (!m_session->user().isOwner()) {
        errors->append(QCoreApplication::translate("ApprovalActions", "Only an owner changes approval rules."));
        return std::nullopt;
    }
    std::optional<ApprovalRule> saved;
    QString error;
    if (!guarded(&error,
            [&] {
                saved = ApprovalRules::save(m_db, rule, m_session->name(), m_clock->nowMs(), errors);
                return saved.has_value();
            })
        && !error.isEmpty())
        errors->append(error);
    if (saved && m_bus) {
        m_bus->publishChanged(EventBus::Topic::Settings);
        m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return saved;
}

bool ApprovalActions::saveUser(const Users::User& user, QString* error)
{
    const bool ok = guarded(error, [&] { return Users::save(m_db, m_session->user(), user, m_clock->nowMs(), error); });
    if (ok) {
        if (user.name.compare(m_session->name(), Qt::CaseInsensitive) == 0) {
            if (const auto fresh = Users::find(m_db, user.name))
                m_session->setUser(*fresh);
        }
        if (m_bus)
            m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return ok;
}

bool ApprovalActions::switchUser(const QString& name, QString* error)
{
    return guarded(error, [&] {
        const auto target = Users::find(m_db, name);
        if (!target || !target->active) {
            *error = QCoreApplication::translate("ApprovalActions", "There is no active profile called %1.").arg(name);
            return false;
        }
        if (!m_session->maySwitchTo(m_db, target->name)) {
            *error = QCoreApplication::translate(
                "ApprovalActions", "Only an owner may act as someone else; %1 may go back to their own profile.")
                         .arg(m_session->login());
            return false;
        }
        const qint64 now = m_clock->nowMs();
        Transaction tx(m_db, Transaction::Durable);
        AuditLog::append(m_db, now, m_session->login(), u"user.switched"_s, u"user:"_s + target->name,
            QJsonObject{{u"title"_s, target->name}, {u"from"_s, m_session->name()},
                {u"role"_s, Users::roleKey(target->role)}, {u"machine"_s, m_session->machine()}});
        tx.commit();
        m_session->setUser(*target);
        if (m_bus)
            m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
        return true;
    });
}

QList<Users::User> ApprovalActions::profiles() const
{
    try {
        return Users::all(m_db);
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the users:" << e.message();
        return {};
    }
}

QList<ApprovalRule> ApprovalActions::rules(QString* error) const
{
    try {
        return ApprovalRules::current(m_db);
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the approval rules:" << e.message();
        if (error)
            *error = e.message();
        return {};
    }
}

QList<ApprovalRule> ApprovalActions::ruleHistory(const QString& key) const
{
    try {
        return ApprovalRules::history(m_db, key);
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the versions of rule" << key << ":" << e.message();
        return {};
    }
}

QStringList ApprovalActions::agentNames() const
{
    QStringList out;
    try {
        QSqlQuery q = Sql::exec(m_db, u"SELECT name FROM agents ORDER BY name"_s);
        while (q.next())
            out.append(q.value(0).toString());
    } catch (const SqlError& e) {
        qCWarning(lcApprovals) << "cannot read the agents:" << e.message();
    }
    return out;
}
