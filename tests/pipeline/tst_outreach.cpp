#include "PipelineFixture.h"
#include "SmtpServer.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "autopilot/AutopilotSettings.h"
#include "core/Json.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/PromptTemplates.h"
#include "shopagents/PromptTrialAgent.h"
#include "sites/LeadActions.h"
#include "sites/Outreach.h"
#include "sites/OutreachActions.h"
#include "sites/OutreachJobs.h"
#include "sites/SiteRun.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Outreach to a lead end to end: the real worker pool and LLM clients against the sandbox's writer and reviewer,
// the e-mail through the agreement gate against the lead's listing, a person's approval, and a real SMTP server
// (aiosmtpd) that receives it once — with the sender's name, postal address and an unsubscribe line. A refused
// address is a bounce; a server that takes the message without confirming is not asked again; the daily cap and
// the suppression list hold.
class TestOutreach : public QObject
{
    Q_OBJECT

private:
    struct Desk
    {
        explicit Desk(PipelineFixture& f, Users::Role role = Users::Role::Owner, const Clock* clock = Clock::system())
            : session{Users::User{0, role == Users::Role::Owner ? u"Olga"_s : u"Vera"_s, role, true}, u"test"_s}
            , actions(ChangeDoor(f.db(), clock, &bus, &session), &session)
        { }
        EventBus bus;
        UserSession session;
        OutreachActions actions;
    };

    static qint64 addLead(PipelineFixture& f, const QString& name, const QString& email, bool website = false)
    {
        return Sql::insert(f.db(),
            u"INSERT INTO leads (name, category, address, website, phone, rating, review_count, opening_hours, email, "
            u"import_id, created_at, updated_at) VALUES (?, 'Bakery', 'Dorpsstraat 1, Utrecht', ?, '+31 30 123 4567', "
            u"4.6, 128, 'Mo-Sa 7-18', ?, 1, 1, 1)"_s,
            {name, website ? u"https://www.bakkerij.nl"_s : QString(), email});
    }

    static void configure(PipelineFixture& f, const SmtpServer& smtp, int cap = 20)
    {
        AutopilotSettings::Set s = AutopilotSettings::load(f.db());
        s.smtpUrl = smtp.url();
        AutopilotSettings::save(f.db(), s);
        Outreach::Sender sender;
        sender.name = u"Anna de Vries"_s;
        sender.address = u"anna@studio.test"_s;
        sender.postal = u"Havenstraat 3, 1011 AB Amsterdam"_s;
        sender.dailyCap = cap;
        sender.save(f.db());
    }

    static qint64 proposalOf(PipelineFixture& f, qint64 lead)
    {
        return Outreach::forLead(f.db(), lead).value_or(Outreach::Email{}).proposalId;
    }

    static Users::User approver(PipelineFixture& f)
    {
        Users::signIn(f.db(), u"Ann"_s, f.ws().clock().nowMs());
        return *Users::find(f.db(), u"Ann"_s);
    }

    static QString sendStateOf(PipelineFixture& f, qint64 lead)
    {
        return Outreach::forLead(f.db(), lead).value_or(Outreach::Email{}).sendState;
    }

    // The lead's e-mail written through the gate, approved by a person, and its sending run.
    static bool writeApproveAndSend(PipelineFixture& f, Desk& desk, qint64 lead)
    {
        QString error;
        if (!desk.actions.write(lead, {}, &error) || !f.waitUntilIdle())
            return false;
        if (!ApprovalDesk::approve(
                f.db(), proposalOf(f, lead), approver(f), {}, u"test"_s, QDateTime::currentMSecsSinceEpoch())
                 .ok)
            return false;
        f.pool()->wake();
        return f.waitUntilIdle();
    }

    // The text/plain part of a delivered message, decoded.
    static QString textOf(const QByteArray& message)
    {
        const QByteArray m = QByteArray(message).replace("\r\n", "\n");
        const qsizetype part = m.indexOf("Content-Type: text/plain");
        const qsizetype start = m.indexOf("\n\n", part);
        if (part < 0 || start < 0)
            return {};
        QByteArray base64;
        for (const QByteArray& line : m.mid(start + 2).split('\n')) {
            if (line.isEmpty() || line.startsWith("--"))
                break;
            base64 += line;
        }
        return QString::fromUtf8(QByteArray::fromBase64(base64));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void anApprovedEmailReachesTheMailServerOnce()
    {
        PipelineFixture f;
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp);
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        f.startPool();
        QString error;
        QVERIFY2(desk.actions.write(lead, {}, &error), qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        // Written from the listing, passed by both models and the checks, and waiting for a person.
        const auto email = Outreach::forLead(f.db(), lead);
        QVERIFY(email);
        QVERIFY2(email->state == ContentStore::PieceState::Accepted, qPrintable(email->state + email->lastError));
        const auto proposal = ApprovalDesk::load(f.db(), email->proposalId);
        QVERIFY(proposal);
        QCOMPARE(proposal->status, u"pending"_s);
        QCOMPARE(proposal->actionType, ActionType::OutreachEmail);
        QCOMPARE(proposal->parameters.value(u"to"_s).toString(), u"info@bakkerij-jansen.test"_s);
        const QString message = proposal->parameters.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"4.6 stars from 128 reviews"_s), qPrintable(message));
        QCOMPARE(Outreach::statusText(*email), u"Waiting for approval"_s);
        QVERIFY(smtp.messages().isEmpty());
        // The writer's record for the Prompts page: first attempt passed.
        QCOMPARE(PromptTemplates::records(f.db(), u"outreach.email"_s).value(0).firstPass, 1);

        QVERIFY(ApprovalDesk::approve(
            f.db(), email->proposalId, approver(f), {}, u"test"_s, QDateTime::currentMSecsSinceEpoch())
                    .ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QTRY_COMPARE(smtp.messages().size(), 1);
        const QByteArray mail = smtp.messages().first();
        QCOMPARE(SmtpServer::header(mail, "To"), QByteArray("info@bakkerij-jansen.test"));
        QVERIFY2(SmtpServer::header(mail, "From").contains("<anna@studio.test>"), mail.left(400).constData());
        QCOMPARE(
            SmtpServer::header(mail, "List-Unsubscribe"), QByteArray("<mailto:anna@studio.test?subject=unsubscribe>"));
        QVERIFY(SmtpServer::header(mail, "Auto-Submitted").isEmpty());
        const QString text = textOf(mail);
        QVERIFY2(text.contains(u"Hello Bakkerij Jansen,"_s), qPrintable(text));
        QVERIFY(text.contains(u"Havenstraat 3, 1011 AB Amsterdam"_s));
        QVERIFY(text.contains(u"Reply with “unsubscribe”"_s));
        // Sent, the lead contacted, the proposal done, the audit says so.
        QCOMPARE(sendStateOf(f, lead), QString(Outreach::SendState::Sent));
        QCOMPARE(Sql::scalar(f.db(), u"SELECT status FROM leads WHERE id = ?"_s, {lead}).toString(), u"contacted"_s);
        QCOMPARE(ApprovalDesk::load(f.db(), email->proposalId)->executionState, u"done"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'outreach.sent'"_s), 1);
        // Never twice: a second send job finds it sent, and writing again is refused.
        {
            Transaction tx(f.db());
            OutreachJobs::queueSend(f.db(), email->id, email->proposalId, QDateTime::currentMSecsSinceEpoch() + 1);
            tx.commit();
        }
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(smtp.messages().size(), 1);
        QVERIFY(!desk.actions.write(lead, {}, &error));
        QVERIFY2(error.contains(u"written to already"_s), qPrintable(error));
    }

    void anEmailThatMisstatesTheListingGoesToAPerson()
    {
        PipelineFixture f;
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        f.sandbox()->setRouteFaults(u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 1.0}});
        f.startPool();
        QString error;
        QVERIFY(desk.actions.write(lead, {}, &error));
        QVERIFY(f.waitUntilIdle());
        auto email = Outreach::forLead(f.db(), lead);
        QCOMPARE(email->state, QString(ContentStore::PieceState::Rejected));
        QCOMPARE(email->attempts, 3);
        QCOMPARE(email->proposalId, 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
        // A person sees why: the rating, the reviews and the promise the listing does not support.
        const OutreachActions::Draft draft = desk.actions.draft(lead);
        const QString problems = draft.problems.join(u'\n');
        QVERIFY2(problems.contains(u"4.9"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"128 reviews"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Promises a result"_s), qPrintable(problems));
        QCOMPARE(Outreach::statusText(*email), u"Needs a person"_s);
        // The fault over, written again with an instruction: passed and proposed, the instruction followed.
        f.sandbox()->setFaults(QJsonObject{});
        QVERIFY2(desk.actions.write(lead, u"mention the opening hours"_s, &error), qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        email = Outreach::forLead(f.db(), lead);
        QVERIFY2(email->state == ContentStore::PieceState::Accepted,
            qPrintable(email->state + u": "_s + desk.actions.draft(lead).problems.join(u'\n')));
        QVERIFY(email->proposalId > 0);
        const auto v = ContentStore::version(f.db(), email->acceptedVersionId, Outreach::tables());
        QCOMPARE(v->instruction, u"mention the opening hours"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'outreach.write'"_s), 2);
        // Waiting for approval: not written again before a person decides.
        QVERIFY(!desk.actions.write(lead, {}, &error));
        QVERIFY2(error.contains(u"Approvals"_s), qPrintable(error));
    }

    void aRefusedAddressIsABounceAndIsNeverWrittenAgain()
    {
        PipelineFixture f;
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp);
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"bounce@bakkerij-jansen.test"_s);
        f.startPool();
        QVERIFY(writeApproveAndSend(f, desk, lead));
        QCOMPARE(sendStateOf(f, lead), QString(Outreach::SendState::Bounced));
        QCOMPARE(Sql::scalar(f.db(), u"SELECT status FROM leads WHERE id = ?"_s, {lead}).toString(), u"bounced"_s);
        const auto suppressed = Outreach::suppression(f.db(), u"Bounce@Bakkerij-Jansen.test"_s);
        QVERIFY(suppressed);
        QCOMPARE(suppressed->reason, u"bounced"_s);
        const auto p = ApprovalDesk::load(f.db(), proposalOf(f, lead));
        QCOMPARE(p->executionState, u"failed"_s);
        QVERIFY2(p->executionError.contains(u"550"_s), qPrintable(p->executionError));
        QVERIFY(smtp.messages().isEmpty());
        // Another lead with the same address is not written to either.
        const qint64 other = addLead(f, u"Jansen Brood"_s, u"bounce@bakkerij-jansen.test"_s);
        QVERIFY(desk.actions.whyNotWrite(other).contains(u"suppression list"_s));
    }

    void aServerThatTakesTheMessageWithoutConfirmingIsNotAskedAgain()
    {
        PipelineFixture f;
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp);
        f.setSetting(u"mail.timeout_ms"_s, u"1500"_s);
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"silent@bakkerij-jansen.test"_s);
        f.startPool();
        QVERIFY(writeApproveAndSend(f, desk, lead));
        const qint64 proposal = proposalOf(f, lead);
        QString error;
        // The server has it, but never said so: it may have arrived, and it is not sent again by itself.
        QCOMPARE(smtp.messages().size(), 1);
        QCOMPARE(sendStateOf(f, lead), QString(Outreach::SendState::Uncertain));
        // Not a failure to run again: a question for a person, said on the proposal and the e-mail.
        const auto p = ApprovalDesk::load(f.db(), proposal);
        QCOMPARE(p->executionState, u"done"_s);
        QVERIFY2(p->executionError.contains(u"may have been delivered"_s), qPrintable(p->executionError));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'outreach.send' AND state = 'queued'"_s), 0);
        // A person checked their sent mail: it arrived.
        QVERIFY2(desk.actions.markSent(Outreach::forLead(f.db(), lead)->id, &error), qPrintable(error));
        QCOMPARE(sendStateOf(f, lead), QString(Outreach::SendState::Sent));
        QCOMPARE(Sql::scalar(f.db(), u"SELECT status FROM leads WHERE id = ?"_s, {lead}).toString(), u"contacted"_s);
        QCOMPARE(smtp.messages().size(), 1);
    }

    void aSendCutShortByAStopIsNotSentTwice()
    {
        PipelineFixture f;
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp);
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        f.startPool();
        QString error;
        QVERIFY(desk.actions.write(lead, {}, &error));
        QVERIFY(f.waitUntilIdle());
        // As if Quorum was killed while the mail server had it: marked as being sent, the job queued again.
        const auto email = Outreach::forLead(f.db(), lead);
        Sql::exec(f.db(),
            u"UPDATE outreach_emails SET send_state = 'sending', send_started_at = ?, sent_to = ?, sent_subject = "
            u"'Hi', "
            u"sent_text = 'Hello' WHERE id = ?"_s,
            {QDateTime::currentMSecsSinceEpoch(), u"info@bakkerij-jansen.test"_s, email->id});
        {
            Transaction tx(f.db());
            OutreachJobs::queueSend(f.db(), email->id, email->proposalId, QDateTime::currentMSecsSinceEpoch());
            tx.commit();
        }
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(sendStateOf(f, lead), QString(Outreach::SendState::Uncertain));
        QVERIFY(smtp.messages().isEmpty());
        // A person checked: it did not arrive. Sent again on their word, once.
        QVERIFY2(desk.actions.sendAgain(email->id, &error), qPrintable(error));
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QTRY_COMPARE(smtp.messages().size(), 1);
        QCOMPARE(sendStateOf(f, lead), QString(Outreach::SendState::Sent));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'outreach.send_again'"_s), 1);
    }

    void anApprovalWaitingToRunKeepsItsTextAndAStaleOneSendsNothing()
    {
        PipelineFixture f;
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp);
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        const qint64 other = addLead(f, u"Bloemen Bep"_s, u"bep@bloemen.test"_s);
        f.startPool();
        QString error;
        QVERIFY(desk.actions.write(lead, {}, &error));
        QVERIFY(desk.actions.write(other, {}, &error));
        QVERIFY(f.waitUntilIdle());
        // Approved while nothing runs it yet (the undo window): not written over before the approval is taken back.
        f.stopPool();
        const Users::User ann = approver(f);
        QVERIFY(
            ApprovalDesk::approve(f.db(), proposalOf(f, lead), ann, {}, u"test"_s, QDateTime::currentMSecsSinceEpoch())
                .ok);
        QVERIFY2(desk.actions.whyNotWrite(lead).contains(u"undo the approval"_s),
            qPrintable(desk.actions.whyNotWrite(lead)));
        // An approval of a text that is no longer the e-mail's (written over on another desk): nothing is sent.
        const qint64 stale = proposalOf(f, other);
        Sql::exec(f.db(), u"UPDATE outreach_emails SET proposal_id = ? WHERE lead_id = ?"_s, {stale + 1000, other});
        QVERIFY(ApprovalDesk::approve(f.db(), stale, ann, {}, u"test"_s, QDateTime::currentMSecsSinceEpoch()).ok);
        f.startPool();
        QVERIFY(f.waitUntilIdle());
        QTRY_COMPARE(smtp.messages().size(), 1);
        QCOMPARE(SmtpServer::header(smtp.messages().first(), "To"), QByteArray("info@bakkerij-jansen.test"));
        const auto p = ApprovalDesk::load(f.db(), stale);
        QCOMPARE(p->executionState, u"failed"_s);
        QVERIFY2(p->executionError.contains(u"written again"_s), qPrintable(p->executionError));
        QCOMPARE(sendStateOf(f, other), QString());
    }

    void aNewPromptIsTriedOnAShareOfRunsAndOneIsKept()
    {
        PipelineFixture f;
        Desk desk(f);
        PipelineSettings settings(ChangeDoor(f.db(), Clock::system(), &desk.bus, &desk.session), nullptr, nullptr);
        QString error;
        // Only a writer's prompt for one kind of piece has a record to compare.
        QCOMPARE(settings.startPromptTrial(u"writer.system"_s, u"x"_s, 50, &error), 0);
        const QString body = PromptTemplates::current(f.db(), u"outreach.email"_s).body + u"\nBe warm."_s;
        const int variant = settings.startPromptTrial(u"outreach.email"_s, body, 50, &error);
        QVERIFY2(variant == 1, qPrintable(error));
        QCOMPARE(settings.promptTrial(u"outreach.email"_s).control, 0);
        QList<qint64> leads;
        for (int i = 0; i < 16; ++i)
            leads << addLead(f, u"Bakkerij %1"_s.arg(QChar(u'A' + i)), u"info%1@bakkerij.test"_s.arg(i));
        f.startPool();
        for (qint64 lead : std::as_const(leads))
            QVERIFY2(desk.actions.write(lead, {}, &error), qPrintable(error));
        QVERIFY(f.waitUntilIdle(120'000));
        // Each run wrote with the version its share chose, and both versions wrote some.
        QHash<int, int> used;
        for (qint64 lead : std::as_const(leads)) {
            const auto e = Outreach::forLead(f.db(), lead);
            const auto v = ContentStore::version(f.db(), e->acceptedVersionId, Outreach::tables());
            QVERIFY(v);
            const bool inShare = PromptTemplates::inVariantShare(u"outreach.email"_s, e->id, 1, 50);
            QCOMPARE(v->templateVersion, inShare ? variant : 0);
            ++used[v->templateVersion];
        }
        QVERIFY2(used.value(0) > 0 && used.value(variant) > 0, qPrintable(QString::number(used.value(0))));
        // Too few runs for a verdict: the page says so and proposes neither.
        const PromptTemplates::TrialVerdict v = settings.promptTrialVerdict(u"outreach.email"_s);
        QVERIFY(v.collecting);
        QVERIFY(!v.better);
        QCOMPARE(v.control.runs + v.variant.runs, 16);
        QCOMPARE(v.variant.runs, used.value(variant));
        // The owner keeps the version in use: its text becomes the newest, the trial ends, audited.
        QVERIFY2(settings.endPromptTrial(u"outreach.email"_s, 0, &error), qPrintable(error));
        QVERIFY(!settings.promptTrial(u"outreach.email"_s).active());
        QCOMPARE(PromptTemplates::current(f.db(), u"outreach.email"_s).version, 2);
        QCOMPARE(PromptTemplates::current(f.db(), u"outreach.email"_s).body,
            PromptTemplates::defaultBody(u"outreach.email"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'settings.prompt_trial%'"_s), 2);
        QVERIFY(!settings.endPromptTrial(u"outreach.email"_s, 0, &error));
    }

    void aTrialsVerdictProposesTheBetterVersion()
    {
        PipelineFixture f;
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        PromptTemplates::save(f.db(), u"outreach.email"_s, u"v1"_s, u"Olga"_s, start);
        PromptTemplates::save(f.db(), u"outreach.email"_s, u"v2"_s, u"Olga"_s, start);
        PromptTemplates::setTrial(f.db(), u"outreach.email"_s, PromptTemplates::Trial{1, 2, 50, start, u"Olga"_s});
        // Runs since the trial began: version 1 passes first time in 12 of 40, version 2 in 34 of 40.
        const auto run = [&](int version, bool passes, int n) {
            const qint64 lead = addLead(f, u"Lead %1"_s.arg(n), u"l%1@x.test"_s.arg(n));
            const qint64 email = Sql::insert(f.db(),
                u"INSERT INTO outreach_emails (lead_id, kind, state, updated_at) VALUES (?, 'email', 'accepted', ?)"_s,
                {lead, start});
            const qint64 v = Sql::insert(f.db(),
                u"INSERT INTO outreach_versions (piece_id, version_no, run_no, attempt, author, body, "
                u"template_version, "
                u"idempotency_key, created_at) VALUES (?, 1, 1, 1, 'model', '{}', ?, ?, ?)"_s,
                {email, version, u"k%1"_s.arg(n), start + n});
            for (const QString& stage : {u"checks"_s, u"review"_s})
                Sql::exec(f.db(),
                    u"INSERT INTO outreach_validations (version_id, stage, passed, created_at) VALUES (?, ?, ?, ?)"_s,
                    {v, stage, passes || stage == u"checks" ? 1 : 0, start + n});
        };
        int n = 0;
        for (int i = 0; i < 40; ++i) {
            run(1, i < 12, ++n);
            run(2, i < 34, ++n);
        }
        // A run still being judged (its first attempt written, no verdict yet) is not counted as a failure.
        Sql::insert(f.db(),
            u"INSERT INTO outreach_versions (piece_id, version_no, run_no, attempt, author, body, template_version, "
            u"idempotency_key, created_at) VALUES ((SELECT MIN(id) FROM outreach_emails), 2, 2, 1, 'model', '{}', 2, "
            u"'pending', ?)"_s,
            {start + 500});
        const PromptTemplates::TrialVerdict v
            = PromptTemplates::judge(f.db(), u"outreach.email"_s, PromptTemplates::trial(f.db(), u"outreach.email"_s));
        QCOMPARE(v.variant.runs, 40);
        QCOMPARE(v.control.runs, 40);
        QCOMPARE(v.control.firstPass, 12);
        QCOMPARE(v.variant.firstPass, 34);
        QVERIFY(!v.collecting);
        QCOMPARE(v.better, std::optional<int>(2));
        QVERIFY(v.pValue < 0.05);
        // The trials agent proposes keeping it, once, with both records; a person decides (always).
        ApprovalRules::ensureDefaults(f.db(), 0);
        const Agent::Outcome proposed = PromptTrialAgent().run(f.db(), start + 1'000);
        QCOMPARE(proposed.proposals, 1);
        QCOMPARE(PromptTrialAgent().run(f.db(), start + 2'000).proposals, 0);
        const qint64 verdict = f.count(u"SELECT id FROM action_proposals WHERE action_type = 'prompt_trial'"_s);
        const auto p = ApprovalDesk::load(f.db(), verdict);
        QVERIFY(p);
        QCOMPARE(p->status, u"pending"_s);
        QCOMPARE(p->parameters.value(u"keep"_s).toInt(), 2);
        QVERIFY2(p->reasoning.contains(u"34 of 40 run"_s) && p->reasoning.contains(u"(85 %)"_s)
                && p->reasoning.contains(u"12 of 40 run"_s) && p->reasoning.contains(u"(30 %)"_s),
            qPrintable(p->reasoning));
        QVERIFY(p->title.contains(u"version 2"_s));
        // The same counts both ways: no verdict either way (the sequential test does not call a tie).
        for (int i = 0; i < 40; ++i)
            run(1, i < 22, ++n);
        const auto tie
            = PromptTemplates::judge(f.db(), u"outreach.email"_s, PromptTemplates::trial(f.db(), u"outreach.email"_s));
        QCOMPARE(tie.control.runs, 80);
        QVERIFY(tie.better != std::optional<int>(1));
        // A variant that never passes loses: the control is proposed (no floor on the variant's own passes).
        PromptTemplates::save(f.db(), u"outreach.email"_s, u"v3"_s, u"Olga"_s, start);
        PromptTemplates::setTrial(
            f.db(), u"outreach.email"_s, PromptTemplates::Trial{1, 3, 50, start + 10'000, u"Olga"_s});
        for (int i = 0; i < 30; ++i) {
            run(1, i < 20, n + 10'000);
            ++n;
            run(3, false, n + 10'000);
            ++n;
        }
        const auto lost
            = PromptTemplates::judge(f.db(), u"outreach.email"_s, PromptTemplates::trial(f.db(), u"outreach.email"_s));
        QCOMPARE(lost.variant.runs, 30);
        QCOMPARE(lost.variant.firstPass, 0);
        QCOMPARE(lost.better, std::optional<int>(1));

        // The new trial is proposed on its own (the earlier verdict was about another one); approving the control
        // stores its words again as the newest version and ends the trial, audited.
        QCOMPARE(PromptTrialAgent().run(f.db(), start + 20'000).proposals, 1);
        const qint64 back
            = f.count(u"SELECT id FROM action_proposals WHERE action_type = 'prompt_trial' ORDER BY id DESC LIMIT 1"_s);
        QCOMPARE(ApprovalDesk::load(f.db(), back)->parameters.value(u"keep"_s).toInt(), 1);
        const Users::User ann = approver(f);
        f.startPool();
        QVERIFY(ApprovalDesk::approve(f.db(), back, ann, {}, u"test"_s, start + 21'000).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(ApprovalDesk::load(f.db(), back)->executionState, u"done"_s);
        QVERIFY(!PromptTemplates::trial(f.db(), u"outreach.email"_s).active());
        const PromptTemplates::Template now = PromptTemplates::current(f.db(), u"outreach.email"_s);
        QCOMPARE(now.version, 4);
        QCOMPARE(now.body, u"v1"_s);
        // The first verdict, approved after its trial was replaced: nothing changes, and the proposal says why.
        QVERIFY(ApprovalDesk::approve(f.db(), verdict, ann, {}, u"test"_s, start + 22'000).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const auto stale = ApprovalDesk::load(f.db(), verdict);
        QVERIFY2(stale->executionError.contains(u"ended"_s), qPrintable(stale->executionError));
        QCOMPARE(PromptTemplates::current(f.db(), u"outreach.email"_s).version, 4);
    }

    void theDailyCapHoldsTheRestUntilTomorrow()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(10, 0)).toMSecsSinceEpoch());
        PipelineFixture f(&clock);
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp, 1);
        Desk desk(f, Users::Role::Owner, &clock);
        const qint64 first = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        const qint64 second = addLead(f, u"Bloemen Bep"_s, u"bep@bloemen.test"_s);
        f.startPool();
        QString error;
        QVERIFY(desk.actions.write(first, {}, &error));
        QVERIFY(desk.actions.write(second, {}, &error));
        QVERIFY(f.runUntilIdle(20, 60'000));
        const Users::User ann = approver(f);
        QVERIFY(ApprovalDesk::approve(f.db(), proposalOf(f, first), ann, {}, u"test"_s, clock.nowMs()).ok);
        QVERIFY(ApprovalDesk::approve(f.db(), proposalOf(f, second), ann, {}, u"test"_s, clock.nowMs()).ok);
        f.pool()->wake();
        // Today's one goes; the other waits, and says why.
        QTRY_COMPARE(smtp.messages().size(), 1);
        QTRY_VERIFY(Outreach::forLead(f.db(), second)->sendError.contains(u"daily cap"_s)
            || Outreach::forLead(f.db(), first)->sendError.contains(u"daily cap"_s));
        const qint64 tomorrow = Outreach::nextDayStart(clock.nowMs());
        // Nothing more today: the other waits in the queue for the next day, without spending an attempt.
        QTRY_COMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'outreach.send' AND state = 'queued' AND "
                             u"run_after >= ? AND attempts = 0"_s,
                         {tomorrow}),
            1);
        QCOMPARE(smtp.messages().size(), 1);
        // The next morning.
        clock.setNow(tomorrow + 8 * 3'600'000);
        f.pool()->wake();
        QTRY_COMPARE_WITH_TIMEOUT(smtp.messages().size(), 2, 20'000);
        QTRY_VERIFY(
            sendStateOf(f, first) == Outreach::SendState::Sent && sendStateOf(f, second) == Outreach::SendState::Sent);
        QCOMPARE(sendStateOf(f, first), QString(Outreach::SendState::Sent));
        QCOMPARE(sendStateOf(f, second), QString(Outreach::SendState::Sent));
        const qint64 later
            = std::max(Outreach::forLead(f.db(), first)->sentAt, Outreach::forLead(f.db(), second)->sentAt);
        QVERIFY(later >= tomorrow);
    }

    void aSuppressedAddressStopsAnApprovedEmail()
    {
        PipelineFixture f;
        SmtpServer smtp;
        QVERIFY(smtp.start());
        configure(f, smtp);
        Desk desk(f);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        f.startPool();
        QString error;
        QVERIFY(desk.actions.write(lead, {}, &error));
        QVERIFY(f.waitUntilIdle());
        // They asked to be left alone after it was written: on the list, the approval sends nothing.
        QVERIFY2(
            desk.actions.suppress(u"INFO@bakkerij-jansen.test "_s, u"asked by phone"_s, &error), qPrintable(error));
        QVERIFY(ApprovalDesk::approve(
            f.db(), proposalOf(f, lead), approver(f), {}, u"test"_s, QDateTime::currentMSecsSinceEpoch())
                    .ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QVERIFY(smtp.messages().isEmpty());
        const auto p = ApprovalDesk::load(f.db(), proposalOf(f, lead));
        QCOMPARE(p->executionState, u"failed"_s);
        QVERIFY2(p->executionError.contains(u"suppression list"_s), qPrintable(p->executionError));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'outreach.suppress'"_s), 1);
        // Taken off the list, the lead may be written to again.
        QVERIFY(desk.actions.unsuppress(u"info@bakkerij-jansen.test"_s, &error));
        QVERIFY(desk.actions.whyNotWrite(lead).isEmpty());
        // A do-not-contact mark puts the address on the list by itself.
        LeadActions leads(
            f.db().databaseName(), ChangeDoor(f.db(), Clock::system(), &desk.bus, &desk.session), &desk.session);
        QVERIFY(leads.setStatus(lead, u"do_not_contact"_s, &error));
        QCOMPARE(Outreach::suppression(f.db(), u"info@bakkerij-jansen.test"_s)->reason, u"do_not_contact"_s);
    }

    void aViewerWritesNothingAndAnOwnerSetsTheSender()
    {
        PipelineFixture f;
        Desk viewer(f, Users::Role::Viewer);
        const qint64 lead = addLead(f, u"Bakkerij Jansen"_s, u"info@bakkerij-jansen.test"_s);
        QString error;
        QVERIFY(!viewer.actions.write(lead, {}, &error));
        QVERIFY(!viewer.actions.suppress(u"a@b.test"_s, {}, &error));
        QVERIFY(!viewer.actions.saveSender(Outreach::Sender{u"V"_s, u"v@b.test"_s, u"Street 1"_s, 5}, &error));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM outreach_emails"_s), 0);
        Desk owner(f);
        QVERIFY(!owner.actions.saveSender(Outreach::Sender{u"O"_s, u"not an address"_s, u"Street 1"_s, 5}, &error));
        QVERIFY(owner.actions.saveSender(Outreach::Sender{u"Olga"_s, u"olga@b.test"_s, u"Street 1"_s, 5}, &error));
        QCOMPARE(owner.actions.sender().dailyCap, 5);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.outreach'"_s), 1);
        // A lead without an address, or marked, cannot be written to; it says why.
        const qint64 none = addLead(f, u"Kapper Kees"_s, QString());
        QVERIFY(owner.actions.whyNotWrite(none).contains(u"no e-mail address"_s));
    }

    void theChecksHoldTheEmailToTheListing()
    {
        SiteChecks::Facts facts;
        facts.product.name = u"Bakkerij Jansen"_s;
        facts.product.description
            = u"Bakkerij Jansen, Bakery, Dorpsstraat 1, Utrecht. Opening hours: Mo-Sa 7:30-17:00."_s;
        facts.product.attributes.insert(u"rating"_s, 4.6);
        facts.product.attributes.insert(u"review_count"_s, 128);
        facts.listedRating = 4.6;
        const auto codes = [&](const QString& body, bool attached = false) {
            QStringList out;
            const QJsonObject email{{u"subject"_s, u"An idea for a website"_s}, {u"greeting"_s, u"Hello,"_s},
                {u"body"_s, QString(body + u" "_s + QString(150, u'x'))}, {u"closing"_s, u"Kind regards,"_s}};
            for (const ContentChecks::Problem& p : Outreach::checks(email, facts, attached))
                out << p.code;
            return out;
        };
        QCOMPARE(codes(u"Your 4.6 stars from 128 reviews show people like you, at Dorpsstraat 1."_s), QStringList());
        QVERIFY(codes(u"Your 4.8 stars say it all."_s).contains(u"rating"_s));
        QVERIFY(codes(u"More than 300 reviews!"_s).contains(u"reviews"_s));
        // Every claim, not only the first: a right one does not cover a wrong one after it.
        QVERIFY(codes(u"Your 4.6 stars from 128 reviews, or 4.9 stars from 500 reviews."_s).contains(u"rating"_s));
        QVERIFY(codes(u"Your 4.6 stars from 128 reviews, or 4.9 stars from 500 reviews."_s).contains(u"reviews"_s));
        QVERIFY(codes(u"Your current website is slow."_s).contains(u"website"_s));
        QVERIFY(codes(u"See www.example.com for more."_s).contains(u"link"_s));
        QVERIFY(codes(u"We guarantee more customers."_s).contains(u"promise"_s));
        QVERIFY(codes(u"The concept is attached."_s).contains(u"attachment"_s));
        QVERIFY(!codes(u"The concept is attached."_s, true).contains(u"attachment"_s));
        QVERIFY(codes(u"Open since 1998."_s).contains(u"number"_s));
        // What the listing says, written the usual other ways, passes: out of 5, grouped digits, times.
        QCOMPARE(codes(u"Rated 4.6/5, or 4,6 van de 5, from 128 reviews; open until 17.00."_s), QStringList());
        QVERIFY(!codes(u"This is what your new website could look like."_s).contains(u"website"_s));
        QVERIFY(codes(u"We are the #1 choice."_s).contains(u"promise"_s));
        QVERIFY(codes(u"Rated 4.6, 46 reviews."_s).contains(u"reviews"_s));
        QVERIFY(!codes(u"Rated 4.6, 128 reviews."_s).contains(u"reviews"_s));
        facts.product.attributes.insert(u"website"_s, u"https://www.bakkerij.nl"_s);
        QVERIFY(codes(u"You do not have a website yet."_s).contains(u"website"_s));
        QVERIFY(codes(u"Since you don’t have a website, …"_s).contains(u"website"_s));
        QVERIFY(codes(u"Jullie zijn nog zonder een website."_s).contains(u"website"_s));
        QVERIFY(!codes(u"Your website could show more."_s).contains(u"website"_s));
    }
};

QTEST_GUILESS_MAIN(TestOutreach)
#include "tst_outreach.moc"
