#include "OutreachJobs.h"

#include "Outreach.h"
#include "SiteRun.h"
#include "SiteSpec.h"
#include "SiteStore.h"
#include "approvals/ActionEffects.h"
#include "approvals/ApprovalDesk.h"
#include "audit/AuditLog.h"
#include "autopilot/Notifications.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "pipeline/Healing.h"
#include "pipeline/PieceGate.h"
#include "pipeline/PipelineJobs.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace OutreachJobs
{
namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("OutreachJobs", text);
}

const QString kAgent = u"Outreach"_s;

bool writesDutch(const BrandProfile& brand)
{
    return brand.language.startsWith(u"Dutch"_s) || brand.language.startsWith(u"Neder"_s);
}

void changed(EventBus* bus, qint64 proposal = 0)
{
    if (!bus)
        return;
    bus->publishChanged(EventBus::Topic::Sites, {}, true);
    if (proposal > 0)
        bus->publishChanged(EventBus::Topic::Proposals, {proposal}, true);
    bus->publishChanged(EventBus::Topic::Audit, {}, true);
}

// The concept the e-mail offers: the lead's newest site whose chain finished.
std::pair<qint64, QString> readyConcept(const QSqlDatabase& db, qint64 leadId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, vibe FROM sites WHERE lead_id = ? AND stage = 'ready' AND page_version > 0 ORDER BY id DESC "
        u"LIMIT 1"_s,
        {leadId});
    return q.next() ? std::pair{q.value(0).toLongLong(), q.value(1).toString()} : std::pair{qint64(0), QString()};
}

// What both runs share: the job, its context, and ending once.
class Run : public QObject
{
public:
    Run(JobContext& ctx, const JobQueue::Job& job, JobDone done)
        : QObject(ctx.thread())
        , m_ctx(ctx)
        , m_job(job)
        , m_done(std::move(done))
    { }

protected:
    qint64 now() const { return m_ctx.clock()->nowMs(); }
    void finish(JobOutcome outcome, const QString& summary)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_done(outcome, summary);
    }

    JobContext& m_ctx;
    JobQueue::Job m_job;

private:
    JobDone m_done;
    bool m_finished = false;
};

// The concept's screenshot at desktop width (what goes along with the e-mail), or nothing.
QByteArray conceptShot(const QSqlDatabase& db, const QString& workspaceRoot, qint64 siteId)
{
    if (siteId <= 0 || workspaceRoot.isEmpty())
        return {};
    const std::optional<SiteStore::Site> site = SiteStore::site(db, siteId);
    const std::optional<SiteStore::Page> page = site ? SiteStore::page(db, site->id, site->pageVersion) : std::nullopt;
    if (!page || page->shots.value(u"1280"_s).toString().isEmpty())
        return {};
    QFile f(QDir(QDir(workspaceRoot).filePath(u"sites"_s)).filePath(page->shots.value(u"1280"_s).toString()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes one lead's e-mail through the gate; accepted, it is proposed for a person's approval.
class DraftRun final : public Run
{
public:
    using Run::Run;

    void start()
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            const std::optional<Outreach::Email> email = Outreach::byId(db, m_job.subjectId);
            const std::optional<SiteChecks::Facts> facts
                = email ? SiteRun::loadLeadFacts(db, email->leadId) : std::nullopt;
            if (!email || !facts) {
                Transaction tx(db);
                JobQueue::complete(db, m_job.id, m_ctx.owner(), QJsonObject{{u"skipped"_s, u"gone"_s}}, now());
                tx.commit();
                finish(JobOutcome::Done, QCoreApplication::translate("OutreachJobs", "The lead was deleted."));
                return;
            }
            m_email = *email;
            auto [site, vibe] = readyConcept(db, email->leadId);
            // Offered as attached only when its screenshot is there to attach.
            if (conceptShot(db, m_ctx.workspaceRoot(), site).isEmpty())
                site = 0;
            Sql::exec(db, u"UPDATE outreach_emails SET site_id = ? WHERE id = ?"_s,
                {site > 0 ? QVariant(site) : QVariant(QMetaType(QMetaType::LongLong)), m_email.id});
            auto context = std::make_shared<GateContext>();
            context->db = db;
            context->llm = PipelineJobs::llmFor(m_ctx);
            context->clock = m_ctx.clock();
            context->facts = facts->product;
            context->brand = facts->brand;
            context->gate = GateSettings::load(db);
            context->jobId = m_job.id;
            context->stopRequested = [this] { return m_ctx.stopRequested(); };
            context->tables = &Outreach::tables();
            const std::optional<ContentStore::Piece> piece = ContentStore::piece(db, m_email.id, Outreach::tables());
            if (!piece) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            const Outreach::Sender sender = Outreach::Sender::load(db);
            PieceGate::Kind k;
            k.domain = u"site"_s;
            k.displayName = QCoreApplication::translate("Outreach", "Outreach e-mail");
            k.promptName = u"outreach e-mail"_s;
            k.writerTemplate = QString(Outreach::PromptName);
            k.schema = Outreach::schema();
            k.schemaName = u"outreach_email"_s;
            k.maxTokens = 1024;
            k.render = &Outreach::render;
            const bool attached = site > 0;
            k.checks = [f = *facts, attached](const QJsonObject& body) { return Outreach::checks(body, f, attached); };
            const QJsonObject& a = facts->product.attributes;
            const auto listed = [&a](const QString& key, const QString& none) {
                const QJsonValue v = a.value(key);
                return v.isUndefined() ? none : v.toVariant().toString();
            };
            k.variables = {{u"lead_name"_s, facts->product.name}, {u"lead_category"_s, facts->product.category},
                {u"lead_website"_s, listed(u"website"_s, u"none"_s)},
                {u"lead_rating"_s, listed(u"rating"_s, u"not listed"_s)},
                {u"lead_reviews"_s, listed(u"review_count"_s, u"not listed"_s)},
                {u"concept_attached"_s, attached ? u"yes"_s : u"no"_s},
                {u"concept"_s, vibe.isEmpty() ? u"none"_s : vibe}, {u"sender_name"_s, sender.name}};
            m_gate = new PieceGate(context, *piece, k, this);
            if (!m_email.instruction.isEmpty())
                m_gate->setInstruction(m_email.instruction,
                    Sql::scalar(db, u"SELECT instruction_by FROM outreach_emails WHERE id = ?"_s, {m_email.id})
                        .toString());
            m_gate->start([this] { changed(m_ctx.bus()); }, [this](const PieceGate::Result& r) { gateDone(r); });
        } catch (const SqlError& e) {
            fail(e.message(), true);
        }
    }

private:
    void gateDone(const PieceGate::Result& r)
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            if (r.outcome == PieceGate::Outcome::Stopped) {
                JobQueue::release(db, m_job.id, m_ctx.owner(), now());
                finish(JobOutcome::Released, {});
                return;
            }
            if (r.outcome == PieceGate::Outcome::Failed) {
                fail(r.reason, r.error.retryable() || r.error.cls == ErrorClass::RateLimited, r);
                return;
            }
            Transaction tx(db, Transaction::Durable);
            qint64 proposal = 0;
            if (r.outcome == PieceGate::Outcome::Accepted) {
                Sql::exec(db, u"UPDATE outreach_emails SET instruction = '', instruction_by = '' WHERE id = ?"_s,
                    {m_email.id});
                proposal = propose(db);
            }
            if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), QJsonObject{{u"proposal"_s, proposal}}, now())) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            tx.commit();
            changed(m_ctx.bus(), proposal);
            finish(JobOutcome::Done,
                r.outcome == PieceGate::Outcome::Accepted
                    ? QCoreApplication::translate("OutreachJobs", "Written and proposed for approval.")
                    : r.reason);
        } catch (const SqlError& e) {
            fail(e.message(), true);
        }
    }

    qint64 propose(const QSqlDatabase& db)
    {
        const std::optional<Outreach::Email> e = Outreach::byId(db, m_email.id);
        const std::optional<ContentStore::Version> v
            = e ? ContentStore::version(db, e->acceptedVersionId, Outreach::tables()) : std::nullopt;
        QSqlQuery lead = Sql::exec(db, u"SELECT name, email FROM leads WHERE id = ?"_s, {m_email.leadId});
        if (!v || !lead.next())
            return 0;
        const QJsonObject text = v->json();
        const QString name = lead.value(0).toString();
        const QString to = lead.value(1).toString().trimmed();
        QString conceptName;
        if (e->siteId > 0)
            conceptName = Sql::scalar(db, u"SELECT name FROM sites WHERE id = ?"_s, {e->siteId}).toString();
        ApprovalDesk::Proposal p;
        p.agent = kAgent;
        p.proposedBy = kAgent;
        p.actionType = ActionType::OutreachEmail;
        p.title = QCoreApplication::translate("OutreachJobs", "E-mail “%1” about a concept site").arg(name);
        p.description = QCoreApplication::translate("OutreachJobs",
            "A first e-mail to %1 (%2), written from its listing and checked by a second model. "
            "Approved, it is sent once from your mail server with your name, postal address and an "
            "unsubscribe line.")
                            .arg(name, to);
        p.confidence = 1.0;
        p.parameters
            = QJsonObject{{u"lead"_s, name}, {u"to"_s, to}, {u"subject"_s, text.value(u"subject"_s).toString()},
                {u"message"_s, Outreach::letter(text)}, {u"lead_id"_s, m_email.leadId}, {u"email_id"_s, m_email.id}};
        if (!conceptName.isEmpty())
            p.parameters.insert(u"concept"_s, conceptName);
        const qint64 id = ApprovalDesk::propose(db, p, QString(), now());
        Sql::exec(db, u"UPDATE outreach_emails SET proposal_id = ? WHERE id = ?"_s, {id, m_email.id});
        return id;
    }

    void fail(const QString& reason, bool retryable, const PieceGate::Result& failure = {})
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            Transaction tx(db);
            JobQueue::FailOutcome outcome;
            if (Healing::heals(failure.error)) {
                const qint64 since = m_job.waitingSince > 0 ? m_job.waitingSince : now();
                const qint64 delay = Healing::delayMs(m_job.waits, failure.error, 0.5, m_ctx.retryBaseMs());
                outcome = JobQueue::wait(db, m_job.id, m_ctx.owner(),
                    Healing::waitingReason(db, failure.providers, failure.error, since, now() + delay), delay,
                    Healing::giveUpAfterMs(db), now());
            } else {
                outcome = JobQueue::fail(db, m_job.id, m_ctx.owner(), reason, retryable,
                    std::max(
                        JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_ctx.retryBaseMs()), failure.error.retryAfterMs),
                    now());
            }
            if (outcome == JobQueue::FailOutcome::LostLease) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            const bool dead = outcome == JobQueue::FailOutcome::Dead;
            Sql::exec(db, u"UPDATE outreach_emails SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"_s,
                {dead ? u"failed"_s : u"queued"_s, reason, now(), m_email.id});
            tx.commit();
            changed(m_ctx.bus());
            finish(dead ? JobOutcome::Dead : JobOutcome::Retrying, reason);
        } catch (const SqlError& e) {
            finish(JobOutcome::LostLease, e.message());
        }
    }

    Outreach::Email m_email;
    PieceGate* m_gate = nullptr;
};

// Hands one approved e-mail to the mail server, once.
class SendRun final : public Run
{
public:
    using Run::Run;

    void start()
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            const std::optional<Outreach::Email> e = Outreach::byId(db, m_job.subjectId);
            if (!e) {
                end(QString(), QCoreApplication::translate("OutreachJobs", "The lead was deleted; nothing was sent."));
                return;
            }
            m_email = *e;
            // Handed to the server before and never confirmed (Quorum stopped in between): it may have arrived.
            if (e->sendState == Outreach::SendState::Sending) {
                end(Outreach::SendState::Uncertain,
                    QCoreApplication::translate("OutreachJobs",
                        "Quorum stopped while the mail server had this e-mail; it may have been delivered. It is not "
                        "sent again by itself: check the sent mail, then mark it sent or send it again."));
                return;
            }
            if (e->sendState == Outreach::SendState::Sent || e->sendState == Outreach::SendState::Uncertain) {
                end(QString(), QCoreApplication::translate("OutreachJobs", "Sent already; not sent twice."));
                return;
            }
            // Only what this approval queued: an e-mail written again, rejected or stopped since is not this one.
            if (e->sendState != Outreach::SendState::Queued || e->proposalId != m_proposal) {
                end(QString(),
                    QCoreApplication::translate("OutreachJobs",
                        "The e-mail was written again or stopped after this approval; nothing was sent. A new text "
                        "needs its own approval."),
                    u"failed"_s);
                return;
            }
            if (const QString why = Outreach::whyNotContact(db, e->leadId); !why.isEmpty()) {
                end(Outreach::SendState::Stopped, why);
                return;
            }
            // The address approved is the one written to: an import that changed it since stops the e-mail.
            // (an e-mail approved before the approved address was kept: the proposal's)
            const QString to = !e->sentTo.isEmpty() ? e->sentTo
                                                    : ApprovalDesk::load(db, m_proposal)
                                                          .value_or(ApprovalDesk::Proposal{})
                                                          .parameters.value(u"to"_s)
                                                          .toString();
            const QString current = Sql::scalar(db, u"SELECT email FROM leads WHERE id = ?"_s, {e->leadId}).toString();
            if (Outreach::normalisedAddress(current) != Outreach::normalisedAddress(to)) {
                end(Outreach::SendState::Stopped,
                    QCoreApplication::translate("OutreachJobs",
                        "The lead's address changed after approval (it is %1 now); nothing was sent to %2. Write the "
                        "e-mail again for the new address.")
                        .arg(current, to));
                return;
            }
            const Outreach::Sender sender = Outreach::Sender::load(db);
            if (const QString why = sender.whyIncomplete(); !why.isEmpty()) {
                end(Outreach::SendState::Failed, why);
                return;
            }
            const int today = Outreach::handedOverToday(db, now());
            if (today >= sender.dailyCap) {
                deferToTomorrow(sender.dailyCap);
                return;
            }
            QString why;
            const std::optional<Mailer::Server> server = Notifications::mailServer(m_ctx, &why);
            if (!server) {
                end(Outreach::SendState::Failed, why);
                return;
            }
            const QByteArray shot = conceptShot(db, m_ctx.workspaceRoot(), e->siteId);
            if (e->siteId > 0 && shot.isEmpty()) {
                end(Outreach::SendState::Failed,
                    QCoreApplication::translate("OutreachJobs",
                        "The concept's screenshot the e-mail speaks of is gone; nothing was sent. Write the e-mail "
                        "again."));
                return;
            }
            const Mailer::Message message = Outreach::compose(
                e->sentSubject, sentText(db), sender, to, e->id, writesDutch(BrandProfile::load(db)), shot);
            {
                // Marked before the server is asked, and only when nothing changed it since it was read (a person
                // writing it again, a rejection, a do-not-contact mark): it is never handed over twice, and never
                // after it was stopped.
                Transaction tx(db, Transaction::Durable);
                const QString stop = Outreach::whyNotContact(db, e->leadId);
                const bool mayContact = stop.isEmpty();
                const bool marked = mayContact
                    && Sql::exec(db,
                           u"UPDATE outreach_emails SET send_state = 'sending', send_started_at = ?, message_id = ?, "
                           u"send_error = '', updated_at = ? WHERE id = ? AND send_state = 'queued' AND proposal_id = ?"_s,
                           {now(), message.messageId, now(), e->id, m_proposal})
                            .numRowsAffected()
                        == 1;
                tx.commit();
                if (!mayContact) {
                    end(Outreach::SendState::Stopped, stop);
                    return;
                }
                if (!marked) {
                    end(QString(),
                        QCoreApplication::translate(
                            "OutreachJobs", "The e-mail changed while it was being prepared; nothing was sent."),
                        u"failed"_s);
                    return;
                }
            }
            changed(m_ctx.bus());
            auto* watcher = new QFutureWatcher<Mailer::Result>(this);
            connect(watcher, &QFutureWatcher<Mailer::Result>::finished, this, [this, watcher] {
                watcher->deleteLater();
                answered(watcher->result());
            });
            watcher->setFuture(QtConcurrent::run([s = *server, message] { return Mailer::send(s, message); }));
        } catch (const SqlError& ex) {
            retry(ex.message());
        }
    }

private:
    QString sentText(const QSqlDatabase& db) const
    {
        return Sql::scalar(db, u"SELECT sent_text FROM outreach_emails WHERE id = ?"_s, {m_email.id}).toString();
    }

    // The concept's screenshot at desktop width, when it has one.
    void answered(const Mailer::Result& r)
    {
        if (r.ok()) {
            end(Outreach::SendState::Sent, {});
            return;
        }
        if (r.recipientRefused) {
            end(Outreach::SendState::Bounced, r.error);
            return;
        }
        if (r.uncertain) {
            end(Outreach::SendState::Uncertain,
                r.error + u' '
                    + QCoreApplication::translate("OutreachJobs",
                        "It is not sent again by itself: check the sent mail, then mark it sent or send it again."));
            return;
        }
        if (r.retryable) {
            retry(r.error);
            return;
        }
        end(Outreach::SendState::Failed, r.error);
    }

    // The cap is reached: the e-mail waits for the next day without spending an attempt.
    void deferToTomorrow(int cap)
    {
        const QSqlDatabase db = m_ctx.db();
        const QString reason = QCoreApplication::translate(
            "OutreachJobs", "Today's %n e-mail(s) are sent (the daily cap); this one goes tomorrow.", nullptr, cap);
        try {
            Transaction tx(db);
            const auto outcome = JobQueue::wait(db, m_job.id, m_ctx.owner(), reason,
                std::max<qint64>(1000, Outreach::nextDayStart(now()) - now()), qint64(30) * 86'400'000, now());
            if (outcome == JobQueue::FailOutcome::LostLease) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            markProposal(db, outcome == JobQueue::FailOutcome::Dead ? u"failed"_s : u"retrying"_s, reason);
            // Given up after a month of waiting: not sent, and it says so.
            Sql::exec(db, u"UPDATE outreach_emails SET send_state = ?, send_error = ?, updated_at = ? WHERE id = ?"_s,
                {QString(Outreach::SendState::Queued), reason, now(), m_email.id});
            tx.commit();
            changed(m_ctx.bus(), m_proposal);
            finish(outcome == JobQueue::FailOutcome::LostLease ? JobOutcome::LostLease : JobOutcome::Retrying, reason);
        } catch (const SqlError& e) {
            finish(JobOutcome::LostLease, e.message());
        }
    }

    // Nothing reached the server (it was away or busy): back to the queue, and not counted against the cap.
    void retry(const QString& reason)
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            Transaction tx(db);
            const auto outcome = JobQueue::fail(db, m_job.id, m_ctx.owner(), reason, true,
                JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_ctx.retryBaseMs()), now());
            if (outcome == JobQueue::FailOutcome::LostLease) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            const bool dead = outcome == JobQueue::FailOutcome::Dead;
            Sql::exec(db,
                u"UPDATE outreach_emails SET send_state = ?, send_started_at = NULL, send_error = ?, updated_at = ? "
                u"WHERE id = ?"_s,
                // Queued still when its attempts ran out: Run again in Approvals revives the job and it sends.
                {QString(Outreach::SendState::Queued), reason, now(), m_email.id});
            markProposal(db, dead ? u"failed"_s : u"retrying"_s, reason);
            tx.commit();
            changed(m_ctx.bus(), m_proposal);
            finish(dead ? JobOutcome::Dead : JobOutcome::Retrying, reason);
        } catch (const SqlError& e) {
            finish(JobOutcome::LostLease, e.message());
        }
    }

    // The e-mail's last word: sent, bounced, uncertain, stopped or failed (an empty state: only the job ends).
    // proposalState: for an end without a state of the e-mail's own, what the proposal says (empty: unchanged).
    void end(const QString& state, const QString& error, const QString& proposalState = {})
    {
        const QSqlDatabase db = m_ctx.db();
        try {
            Transaction tx(db, Transaction::Durable);
            if (!state.isEmpty()) {
                const bool sent = state == Outreach::SendState::Sent;
                Sql::exec(db,
                    u"UPDATE outreach_emails SET send_state = ?, send_error = ?, sent_at = ?, updated_at = ? WHERE id = ?"_s,
                    {state, error, sent ? QVariant(now()) : QVariant(QMetaType(QMetaType::LongLong)), now(),
                        m_email.id});
                // A mark a person made meanwhile (do not contact) stays.
                if (sent)
                    Sql::exec(db,
                        u"UPDATE leads SET status = 'contacted', updated_at = ? WHERE id = ? AND status = 'new'"_s,
                        {now(), m_email.leadId});
                if (state == Outreach::SendState::Bounced) {
                    Sql::exec(db,
                        u"UPDATE leads SET status = 'bounced', updated_at = ? WHERE id = ? AND status <> 'do_not_contact'"_s,
                        {now(), m_email.leadId});
                    const QString to
                        = Sql::scalar(db, u"SELECT sent_to FROM outreach_emails WHERE id = ?"_s, {m_email.id})
                              .toString();
                    Outreach::suppress(db, to, u"bounced"_s, error, kAgent, now());
                }
                // May have been sent: not a failure to run again, a question for a person (the e-mail's state).
                markProposal(db, sent || state == Outreach::SendState::Uncertain ? u"done"_s : u"failed"_s, error);
                AuditLog::append(db, now(), kAgent, sent ? u"outreach.sent"_s : u"outreach.not_sent"_s,
                    u"lead:%1"_s.arg(m_email.leadId),
                    QJsonObject{{u"email"_s, m_email.id}, {u"state"_s, state}, {u"note"_s, error}});
            } else if (!proposalState.isEmpty())
                markProposal(db, proposalState, error);
            if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), QJsonObject{{u"state"_s, state}}, now())) {
                finish(JobOutcome::LostLease, {});
                return;
            }
            tx.commit();
            qCInfo(lcPipeline).noquote() << "outreach e-mail" << m_email.id << (state.isEmpty() ? u"skipped"_s : state)
                                         << error;
            changed(m_ctx.bus(), m_proposal);
            finish(JobOutcome::Done, error.isEmpty() ? QCoreApplication::translate("OutreachJobs", "Sent.") : error);
        } catch (const SqlError& e) {
            finish(JobOutcome::LostLease, e.message());
        }
    }

    void markProposal(const QSqlDatabase& db, const QString& state, const QString& error)
    {
        if (m_proposal <= 0)
            return;
        Sql::exec(db,
            u"UPDATE action_proposals SET execution_state = ?, execution_error = ?, ran_at = CASE WHEN ? = 'done' THEN "
            u"? ELSE ran_at END, updated_at = ? WHERE id = ?"_s,
            {state, error, state, now(), now(), m_proposal});
    }

    qint64 m_proposal = m_job.payload.value(u"proposal"_s).toInteger();
    Outreach::Email m_email;
};

template <class R> class Handler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new R(ctx, job, std::move(done));
        run->start();
        return run;
    }
};

using Result = ActionEffects::Result;

// Approved: the words as approved (a person may have edited them) are what is sent.
Result approved(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const qint64 emailId = params.value(u"email_id"_s).toInteger();
    const std::optional<Outreach::Email> e = Outreach::byId(db, emailId);
    if (!e)
        return Result::failed(tr("The lead of this e-mail was deleted."));
    // This approval's e-mail, as it was proposed: not one written again since, nor one already on its way.
    if (e->proposalId != p.id || e->state != ContentStore::PieceState::Accepted || !e->sendState.isEmpty())
        return Result::failed(
            tr("The e-mail was written again after it was proposed; the new text needs its own approval."));
    if (const QString why = Outreach::whyNotContact(db, e->leadId); !why.isEmpty())
        return Result::failed(why);
    Sql::exec(db,
        u"UPDATE outreach_emails SET sent_subject = ?, sent_text = ?, sent_to = ?, send_state = 'queued', "
        u"send_error = '', updated_at = ? WHERE id = ? AND proposal_id = ? AND send_state = ''"_s,
        {params.value(u"subject"_s).toString(), params.value(u"message"_s).toString(), params.value(u"to"_s).toString(),
            now, emailId, p.id});
    queueSend(db, emailId, p.id, now);
    return Result::handOn(params);
}

void rejected(
    const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason, const QString&, qint64 now)
{
    Sql::exec(db,
        u"UPDATE outreach_emails SET send_state = 'rejected', send_error = ?, updated_at = ? WHERE id = ? AND "
        u"proposal_id = ? AND send_state = ''"_s,
        {reason, now, p.parameters.value(u"email_id"_s).toInteger(), p.id});
}
} // namespace

void queueSend(const QSqlDatabase& db, qint64 emailId, qint64 proposalId, qint64 now)
{
    JobQueue::NewJob job;
    job.kind = Send;
    job.subjectId = emailId;
    job.idempotencyKey = u"outreach.send:%1:%2:%3"_s.arg(emailId).arg(proposalId).arg(now);
    // One at a time: the daily cap is counted and the e-mail marked as being sent before the next one looks.
    job.payload = QJsonObject{{u"proposal"_s, proposalId}, {u"lane"_s, u"outreach.send"_s}};
    job.maxAttempts = 6;
    JobQueue::enqueue(db, job, now);
}

void registerAll(JobRegistry& registry, ActionEffects& effects)
{
    registry.add(Draft, std::make_unique<Handler<DraftRun>>(), JobRegistry::Secrets);
    registry.add(Send, std::make_unique<Handler<SendRun>>(), JobRegistry::Network | JobRegistry::Secrets);
    effects.add(ActionType::OutreachEmail, &approved, &rejected);
}

} // namespace OutreachJobs
