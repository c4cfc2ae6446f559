#include "OutreachActions.h"

#include "OutreachJobs.h"
#include "audit/AuditLog.h"
#include "autopilot/AutopilotSettings.h"
#include "core/Clock.h"
#include "jobs/JobQueue.h"
#include "pipeline/BrandProfile.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

OutreachActions::OutreachActions(const ChangeDoor& door, const UserSession* session, QObject* parent)
    : QObject(parent)
    , m_door(door)
    , m_session(session)
{ }

OutreachActions::Draft OutreachActions::draft(qint64 leadId) const
{
    Draft d;
    const QSqlDatabase& db = m_door.db();
    try {
        QSqlQuery lead = Sql::exec(db, u"SELECT name, email FROM leads WHERE id = ?"_s, {leadId});
        if (!lead.next())
            return d;
        d.leadName = lead.value(0).toString();
        d.to = lead.value(1).toString();
        d.email = Outreach::forLead(db, leadId);
        if (!d.email)
            return d;
        const Outreach::Email& e = *d.email;
        if (e.siteId > 0)
            d.conceptName = Sql::scalar(db, u"SELECT name FROM sites WHERE id = ?"_s, {e.siteId}).toString();
        QString subject = e.sentSubject;
        QString letter = Sql::scalar(db, u"SELECT sent_text FROM outreach_emails WHERE id = ?"_s, {e.id}).toString();
        if (letter.isEmpty()) {
            // Not approved yet: the gate's accepted words (a proposal's edits replace them once approved).
            const auto v = ContentStore::version(db, e.acceptedVersionId, Outreach::tables());
            if (v && e.state == ContentStore::PieceState::Accepted) {
                subject = v->json().value(u"subject"_s).toString();
                letter = Outreach::letter(v->json());
            }
        }
        if (!letter.isEmpty()) {
            const Outreach::Sender s = Outreach::Sender::load(db);
            const QString language = BrandProfile::load(db).language;
            const Mailer::Message m = Outreach::compose(subject, letter, s, e.sentTo.isEmpty() ? d.to : e.sentTo, e.id,
                language.startsWith(u"Dutch"_s) || language.startsWith(u"Neder"_s));
            d.subject = m.subject;
            d.preview = m.text;
        }
        if (e.state == ContentStore::PieceState::Rejected) {
            for (const ContentStore::Validation& v :
                ContentStore::validations(db, e.currentVersionId, Outreach::tables()))
                for (const QJsonValue& p : v.problems) {
                    const QJsonObject o = p.toObject();
                    const QString text = o.value(u"message"_s).toString(o.value(u"issue"_s).toString());
                    if (!text.isEmpty() && !d.problems.contains(text))
                        d.problems.append(text);
                }
        }
    } catch (const SqlError& e) {
        d.problems.append(e.message());
    }
    return d;
}

QString OutreachActions::mailServer() const
{
    try {
        return AutopilotSettings::load(m_door.db()).smtpUrl.trimmed();
    } catch (const SqlError&) {
        return {};
    }
}

QList<Outreach::Suppression> OutreachActions::suppressions() const
{
    try {
        return Outreach::suppressions(m_door.db());
    } catch (const SqlError&) {
        return {};
    }
}

QString OutreachActions::whyNot() const
{
    return m_session ? m_session->whyViewer() : QString();
}

bool OutreachActions::change(const QString& action, const QString& subject, const Change& change, QString* error)
{
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QSqlDatabase& db = m_door.db();
    try {
        Transaction tx(db, Transaction::Durable);
        QJsonObject details;
        if (!change(db, m_door.clock()->nowMs(), &details, error))
            return false;
        if (m_session)
            details.insert(u"machine"_s, m_session->machine());
        AuditLog::append(db, m_door.clock()->nowMs(), m_door.actor(), action, subject, details);
        tx.commit();
    } catch (const SqlError& e) {
        *error = QCoreApplication::translate("ChangeDoor", "Nothing was saved: %1").arg(e.message());
        return false;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {}, true);
        bus->publishChanged(EventBus::Topic::Jobs, {}, true);
        bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return true;
}

QString OutreachActions::whyNotWrite(qint64 leadId) const
{
    if (const QString refusal = whyNot(); !refusal.isEmpty())
        return refusal;
    const QSqlDatabase& db = m_door.db();
    try {
        if (const QString why = Outreach::whyNotContact(db, leadId); !why.isEmpty())
            return why;
        const std::optional<Outreach::Email> e = Outreach::forLead(db, leadId);
        if (!e)
            return {};
        if (JobQueue::hasActiveJob(db, OutreachJobs::Draft, e->id))
            return tr("The e-mail is being written.");
        // Approved and on its way (a send job that died leaves it free to be written again).
        if ((e->sendState == Outreach::SendState::Queued && JobQueue::hasActiveJob(db, OutreachJobs::Send, e->id))
            || e->sendState == Outreach::SendState::Sending)
            return tr("The e-mail is approved and being sent.");
        // The proposal's decision, and for an approved one whether its work is still to run.
        const QString decided = e->proposalId > 0 && e->sendState.isEmpty() ? Sql::scalar(db,
                                    u"SELECT CASE WHEN status = 'pending' OR execution_state = 'queued' THEN status "
                                    u"ELSE execution_state END FROM "
                                    u"action_proposals WHERE id = ?"_s,
                                    {e->proposalId})
                                                                                  .toString()
                                                                            : QString();
        if (decided == u"pending")
            return tr("The e-mail waits for approval: reject it in Approvals (with what to change) to write it again.");
        // Approved, its sending not started yet (the undo window): taking the approval back comes first.
        if (decided == u"approved" || decided == u"auto_approved")
            return tr("The e-mail is approved and about to be sent: undo the approval first to write it again.");
    } catch (const SqlError& e) {
        return e.message();
    }
    return {};
}

bool OutreachActions::write(qint64 leadId, const QString& instruction, QString* error)
{
    if (const QString why = whyNotWrite(leadId); !why.isEmpty()) {
        *error = why;
        return false;
    }
    return change(
        u"outreach.write"_s, u"lead:%1"_s.arg(leadId),
        [&](const QSqlDatabase& db, qint64 now, QJsonObject* details, QString* why) {
            // Again inside the transaction: another desk may have written or sent it a moment ago.
            if (*why = whyNotWrite(leadId); !why->isEmpty())
                return false;
            Sql::exec(db,
                u"INSERT INTO outreach_emails (lead_id, kind, updated_at) VALUES (?, ?, ?) ON CONFLICT (lead_id, kind) "
                u"DO NOTHING"_s,
                {leadId, Outreach::Kind, now});
            const qint64 id = Outreach::forLead(db, leadId)->id;
            Sql::exec(db,
                u"UPDATE outreach_emails SET run_no = run_no + 1, state = 'queued', attempts = 0, last_error = '', "
                u"instruction = ?, instruction_by = ?, proposal_id = NULL, send_state = '', send_error = '', "
                u"sent_subject = '', sent_text = '', sent_to = '', updated_at = ? WHERE id = ?"_s,
                {instruction.trimmed(), m_door.actor(), now, id});
            JobQueue::NewJob job;
            job.kind = OutreachJobs::Draft;
            job.subjectId = id;
            job.idempotencyKey
                = u"outreach.draft:%1:%2:%3"_s.arg(id)
                      .arg(Sql::scalar(db, u"SELECT run_no FROM outreach_emails WHERE id = ?"_s, {id}).toInt())
                      .arg(now);
            JobQueue::enqueue(db, job, now);
            *details = QJsonObject{{u"email"_s, id}, {u"instruction"_s, instruction.trimmed()}};
            return true;
        },
        error);
}

Outreach::Sender OutreachActions::sender() const
{
    try {
        return Outreach::Sender::load(m_door.db());
    } catch (const SqlError&) {
        return {};
    }
}

bool OutreachActions::saveSender(const Outreach::Sender& sender, QString* error)
{
    if (!sender.address.trimmed().isEmpty() && !Outreach::isValidAddress(sender.address)) {
        *error = tr("“%1” is not an e-mail address.").arg(sender.address.trimmed());
        return false;
    }
    return m_door.change(
        ChangeDoor::Change{u"settings.outreach"_s, u"outreach"_s, sender.toJson(), EventBus::Topic::Settings},
        [&sender](const QSqlDatabase& db) { sender.save(db); }, error);
}

bool OutreachActions::suppress(const QString& address, const QString& note, QString* error)
{
    if (!Outreach::isValidAddress(address)) {
        *error = tr("“%1” is not an e-mail address.").arg(address.trimmed());
        return false;
    }
    return change(
        u"outreach.suppress"_s, u"address:%1"_s.arg(Outreach::normalisedAddress(address)),
        [&](const QSqlDatabase& db, qint64 now, QJsonObject* details, QString*) {
            Outreach::suppress(db, address, u"added"_s, note.trimmed(), m_door.actor(), now);
            *details = QJsonObject{{u"note"_s, note.trimmed()}};
            return true;
        },
        error);
}

bool OutreachActions::unsuppress(const QString& address, QString* error)
{
    return change(
        u"outreach.unsuppress"_s, u"address:%1"_s.arg(Outreach::normalisedAddress(address)),
        [&](const QSqlDatabase& db, qint64, QJsonObject*, QString* why) {
            if (Outreach::unsuppress(db, address))
                return true;
            *why = tr("%1 is not on the suppression list.").arg(address);
            return false;
        },
        error);
}

std::optional<Outreach::Email> OutreachActions::uncertain(const QSqlDatabase& db, qint64 emailId, QString* error) const
{
    std::optional<Outreach::Email> e = Outreach::byId(db, emailId);
    if (!e || e->sendState != Outreach::SendState::Uncertain) {
        *error = tr("Only an e-mail the mail server did not confirm waits for this answer.");
        return std::nullopt;
    }
    return e;
}

bool OutreachActions::markSent(qint64 emailId, QString* error)
{
    return change(
        u"outreach.mark_sent"_s, u"email:%1"_s.arg(emailId),
        [&](const QSqlDatabase& db, qint64 now, QJsonObject*, QString* why) {
            const std::optional<Outreach::Email> e = uncertain(db, emailId, why);
            if (!e)
                return false;
            Sql::exec(db,
                u"UPDATE outreach_emails SET send_state = 'sent', sent_at = COALESCE(send_started_at, ?), updated_at = "
                u"? "
                u"WHERE id = ?"_s,
                {now, now, emailId});
            Sql::exec(db, u"UPDATE leads SET status = 'contacted', updated_at = ? WHERE id = ? AND status = 'new'"_s,
                {now, e->leadId});
            Sql::exec(db, u"UPDATE action_proposals SET execution_error = '', updated_at = ? WHERE id = ?"_s,
                {now, e->proposalId});
            return true;
        },
        error);
}

bool OutreachActions::sendAgain(qint64 emailId, QString* error)
{
    return change(
        u"outreach.send_again"_s, u"email:%1"_s.arg(emailId),
        [&](const QSqlDatabase& db, qint64 now, QJsonObject*, QString* why) {
            const std::optional<Outreach::Email> e = uncertain(db, emailId, why);
            if (!e)
                return false;
            // A person checked: it did not arrive. It no longer counts against today's cap until it is handed over.
            Sql::exec(db,
                u"UPDATE outreach_emails SET send_state = 'queued', send_started_at = NULL, send_error = '', "
                u"updated_at = ? WHERE id = ?"_s,
                {now, emailId});
            OutreachJobs::queueSend(db, emailId, e->proposalId, now);
            Sql::exec(db,
                u"UPDATE action_proposals SET execution_state = 'running', execution_error = '', updated_at = ? WHERE "
                u"id = ?"_s,
                {now, e->proposalId});
            return true;
        },
        error);
}
