#include "PipelineFixture.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalJobs.h"
#include "approvals/ApprovalRules.h"
#include "approvals/DeadlineWatcher.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "pipeline/PipelineActions.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The approver's desk end to end: decisions with roles, Modify judged again and run, deadlines while
// running and while closed, bulk decisions, the override controls, approvals running through the real
// worker pool (also when decided "offline", before any worker runs) and the audit chain that names
// a changed row.
class TestApprovalDesk : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kHour = 3'600'000;
    static inline const QString kMachine = u"test-host"_s;

    static Users::User user(const QSqlDatabase& db, const QString& name, Users::Role role)
    {
        return TestWorkspace::person(db, name, role);
    }

    static void seedAgentsAndCampaign(const QSqlDatabase& db)
    {
        Sql::exec(db,
            u"INSERT INTO agents (name, cluster, status, updated_at) VALUES ('Campaign Manager', 'marketing', 'idle', "
            u"0), ('Pricing Optimizer', 'finance', 'idle', 0), ('Retention', 'customer_service', 'idle', 0)"_s);
        Sql::exec(db,
            u"INSERT INTO campaigns (name, platform, external_id, daily_budget_cents, created_at, updated_at) VALUES "
            u"('Merino', 'google', 'report:google_ads:Merino', 60000, 0, 0)"_s);
    }

    static ApprovalDesk::Proposal budget(const QString& amount, const QString& proposedBy = {})
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Campaign Manager"_s;
        p.actionType = ActionTypes::fromKey(u"budget_change"_s);
        p.title = u"Raise Merino to %1 a day"_s.arg(amount);
        p.confidence = 0.9;
        p.parameters = QJsonObject{{u"campaign"_s, u"Merino"_s}, {u"amount"_s, amount}, {u"currency"_s, u"EUR"_s},
            {u"previous"_s, u"600.00"_s}};
        p.proposedBy = proposedBy;
        return p;
    }

    static QString status(const QSqlDatabase& db, qint64 id)
    {
        return Sql::scalar(db, u"SELECT status FROM action_proposals WHERE id = ?"_s, {id}).toString();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void lowRunsHighWaits()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const qint64 now = tw.clock().nowMs();
        const qint64 low = ApprovalDesk::propose(tw.db(), budget(u"80"_s), kMachine, now);
        const qint64 high = ApprovalDesk::propose(tw.db(), budget(u"1250"_s), kMachine, now);
        QCOMPARE(status(tw.db(), low), u"auto_approved"_s);
        QCOMPARE(status(tw.db(), high), u"pending"_s);
        QVERIFY(JobQueue::hasActiveJob(tw.db(), ApprovalJobs::Execute, low));
        QVERIFY(!JobQueue::hasActiveJob(tw.db(), ApprovalJobs::Execute, high));
        const auto p = ApprovalDesk::load(tw.db(), high);
        QCOMPARE(p->riskLevel, u"high"_s);
        QVERIFY2(p->verdict.contains(u"1,250"_s), qPrintable(p->verdict));
        QCOMPARE(p->ruleVersion, 1);
        QVERIFY(p->deadline.has_value());
        QCOMPARE(*p->deadline, now + 24 * kHour);
        QCOMPARE(p->onExpiry, u"reject"_s);
    }

    void rolesDecide()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const auto ann = user(db, u"Ann"_s, Users::Role::Owner);
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);
        const auto joris = user(db, u"Joris"_s, Users::Role::Viewer);
        QVERIFY(ann.isOwner());

        const qint64 id = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        // A viewer changes nothing.
        auto out = ApprovalDesk::approve(db, id, joris, {}, kMachine, now);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"viewer"_s, Qt::CaseInsensitive), qPrintable(out.error));
        QCOMPARE(status(db, id), u"pending"_s);
        // A rejection needs a reason.
        out = ApprovalDesk::reject(db, id, sanne, u"  "_s, kMachine, now);
        QVERIFY(!out.ok);
        QVERIFY(out.error.contains(u"reason"_s));

        // Nobody decides their own proposal.
        const qint64 own = ApprovalDesk::propose(db, budget(u"1500"_s, u"Sanne"_s), kMachine, now);
        out = ApprovalDesk::approve(db, own, sanne, {}, kMachine, now);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"own"_s), qPrintable(out.error));
        QVERIFY(ApprovalDesk::approve(db, own, ann, {}, kMachine, now).ok);

        // Owner-only rules: an approver may not decide a new market.
        ApprovalDesk::Proposal market;
        market.agent = u"Campaign Manager"_s;
        market.actionType = ActionTypes::fromKey(u"new_market"_s);
        market.title = u"Open Belgium"_s;
        market.parameters = QJsonObject{{u"market"_s, u"BE"_s}};
        const qint64 marketId = ApprovalDesk::propose(db, market, kMachine, now);
        out = ApprovalDesk::approve(db, marketId, sanne, {}, kMachine, now);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"owner"_s, Qt::CaseInsensitive), qPrintable(out.error));

        // The approver decides what the rule lets them, with a note; who, when and where are kept.
        out = ApprovalDesk::approve(db, id, sanne, u"Stock is fine"_s, kMachine, now + 5);
        QVERIFY2(out.ok, qPrintable(out.error));
        const auto p = ApprovalDesk::load(db, id);
        QCOMPARE(p->status, u"approved"_s);
        QCOMPARE(p->decidedBy, u"Sanne"_s);
        QCOMPARE(*p->decidedAt, now + 5);
        QCOMPARE(p->decidedOn, kMachine);
        QVERIFY(p->notes.contains(u"Stock is fine"_s));
        QCOMPARE(p->approvedParameters.value(u"amount"_s).toString(), u"1500.00"_s);
        // Deciding twice is refused, and queues nothing twice.
        QVERIFY(!ApprovalDesk::approve(db, id, ann, {}, kMachine, now).ok);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'execute' AND subject_id = ?"_s, {id}), 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.approved' AND subject = ?"_s,
                     {u"proposal:%1"_s.arg(id)}),
            1);
    }

    void modifyIsJudgedAgain()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const auto ann = user(db, u"Ann"_s, Users::Role::Owner);
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);

        // Still HIGH after the change: it waits again, for someone other than the one who changed it.
        const qint64 a = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        QJsonObject edited = ApprovalDesk::load(db, a)->parameters;
        edited[u"amount"_s] = u"1100"_s;
        auto out = ApprovalDesk::modify(db, a, sanne, edited, u"a bit less"_s, kMachine, now);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.status, u"pending"_s);
        QVERIFY(!ApprovalDesk::approve(db, a, sanne, {}, kMachine, now).ok);
        QVERIFY(ApprovalDesk::approve(db, a, ann, {}, kMachine, now).ok);
        auto p = ApprovalDesk::load(db, a);
        QCOMPARE(p->parameters.value(u"amount"_s).toString(), u"1500.00"_s);
        QCOMPARE(p->modifiedParameters.value(u"amount"_s).toString(), u"1100.00"_s);
        QCOMPARE(p->approvedParameters.value(u"amount"_s).toString(), u"1100.00"_s);

        // Brought under the threshold: MEDIUM, so it runs at once.
        const qint64 b = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        edited[u"amount"_s] = u"800"_s;
        out = ApprovalDesk::modify(db, b, sanne, edited, {}, kMachine, now);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.status, u"approved"_s);
        QVERIFY(out.jobId > 0);
        QVERIFY2(out.verdict.contains(u"800"_s), qPrintable(out.verdict));
        p = ApprovalDesk::load(db, b);
        QCOMPARE(p->riskLevel, u"medium"_s);

        // Invalid edits are refused with the field named; read-only fields keep what was proposed.
        const qint64 c = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        edited[u"amount"_s] = u"lots"_s;
        out = ApprovalDesk::modify(db, c, sanne, edited, {}, kMachine, now);
        QVERIFY(!out.ok);
        QVERIFY2(!out.error.isEmpty(), "no message");
        QCOMPARE(status(db, c), u"pending"_s);
        edited[u"amount"_s] = u"1200"_s;
        edited[u"previous"_s] = u"1.00"_s;
        QVERIFY(ApprovalDesk::modify(db, c, sanne, edited, {}, kMachine, now).ok);
        QCOMPARE(ApprovalDesk::load(db, c)->modifiedParameters.value(u"previous"_s).toString(), u"600.00"_s);
    }

    void undoWithinTheWindow()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const auto ann = user(db, u"Ann"_s, Users::Role::Owner);
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);
        QCOMPARE(ApprovalDesk::undoWindowMs(db), 5000); // the default
        const ApprovalDesk::DecideOptions hold{5000, false};

        // Approved with a hold: its job is not claimable before the window has passed.
        const qint64 id = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        auto out = ApprovalDesk::approve(db, id, sanne, {}, kMachine, now, hold);
        QVERIFY2(out.ok, qPrintable(out.error));
        QVERIFY(!JobQueue::claim(db, u"w"_s, now + 4999, 60'000));
        // Someone else cannot take Sanne's decision back.
        out = ApprovalDesk::undo(db, id, ann, kMachine, now + 1000);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"your own"_s), qPrintable(out.error));
        // Sanne can: it waits again, nothing runs, the audit says so.
        out = ApprovalDesk::undo(db, id, sanne, kMachine, now + 1000);
        QVERIFY2(out.ok, qPrintable(out.error));
        auto p = ApprovalDesk::load(db, id);
        QCOMPARE(p->status, u"pending"_s);
        QVERIFY(p->decidedBy.isEmpty());
        QVERIFY(!p->decidedAt);
        QVERIFY(p->approvedParameters.isEmpty());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE subject_id = ? AND state = 'queued'"_s, {id}), 0);
        QVERIFY(!JobQueue::claim(db, u"w"_s, now + 60'000, 60'000));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.undone' AND subject = ?"_s,
                     {u"proposal:%1"_s.arg(id)}),
            1);
        // Undoing twice is refused: it is no longer decided.
        QVERIFY(!ApprovalDesk::undo(db, id, sanne, kMachine, now + 1000).ok);

        // A new decision queues the work again; once a worker has taken it, it can no longer be undone.
        out = ApprovalDesk::approve(db, id, sanne, {}, kMachine, now + 2000, hold);
        QVERIFY2(out.ok, qPrintable(out.error));
        const auto job = JobQueue::claim(db, u"w"_s, now + 7000, 60'000);
        QVERIFY(job);
        QCOMPARE(job->subjectId, id);
        out = ApprovalDesk::undo(db, id, sanne, kMachine, now + 7001);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"started"_s), qPrintable(out.error));
        QCOMPARE(status(db, id), u"approved"_s);

        // A rejection is held and undone the same way, and its reason goes with it.
        const qint64 r = ApprovalDesk::propose(db, budget(u"1400"_s), kMachine, now);
        QVERIFY(ApprovalDesk::reject(db, r, sanne, u"not now"_s, kMachine, now, hold).ok);
        QVERIFY(ApprovalDesk::load(db, r)->notes.contains(u"not now"_s));
        QVERIFY(ApprovalDesk::undo(db, r, sanne, kMachine, now + 10).ok);
        QCOMPARE(status(db, r), u"pending"_s);
        QVERIFY2(ApprovalDesk::load(db, r)->notes.isEmpty(), qPrintable(ApprovalDesk::load(db, r)->notes));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE subject_id = ? AND state = 'queued'"_s, {r}), 0);

        // Past its deadline an undo is refused: waiting again would let the rule's default decide at once.
        const qint64 late = ApprovalDesk::propose(db, budget(u"1300"_s), kMachine, now);
        const qint64 deadline = *ApprovalDesk::load(db, late)->deadline;
        QVERIFY(ApprovalDesk::approve(db, late, sanne, {}, kMachine, deadline - 1000, hold).ok);
        out = ApprovalDesk::undo(db, late, sanne, kMachine, deadline + 1);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"deadline"_s), qPrintable(out.error));
        QCOMPARE(status(db, late), u"approved"_s);

        // A change that the rule lets run is held like an approval, and can be undone.
        const qint64 m = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        QJsonObject edited = ApprovalDesk::load(db, m)->parameters;
        edited[u"amount"_s] = u"800"_s;
        out = ApprovalDesk::modify(db, m, sanne, edited, {}, kMachine, now, 5000);
        QCOMPARE(out.status, u"approved"_s);
        QVERIFY(!JobQueue::claim(db, u"w"_s, now + 4999, 60'000));
        QVERIFY2(ApprovalDesk::undo(db, m, sanne, kMachine, now + 100).ok, "a held change is undone");
        QCOMPARE(status(db, m), u"pending"_s);

        // The window is a workspace setting, bounded to a minute.
        ApprovalDesk::setUndoWindowSeconds(db, 600);
        QCOMPARE(ApprovalDesk::undoWindowMs(db), 60'000);
        ApprovalDesk::setUndoWindowSeconds(db, 0);
        QCOMPARE(ApprovalDesk::undoWindowMs(db), 0);
    }

    void onlyApproverDecidesTheirOwnChange()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const auto ann = user(db, u"Ann"_s, Users::Role::Owner);

        // A one-person shop: Ann changes a HIGH proposal; it stays HIGH and waits for "someone else".
        const qint64 id = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        QJsonObject edited = ApprovalDesk::load(db, id)->parameters;
        edited[u"amount"_s] = u"1200"_s;
        QCOMPARE(ApprovalDesk::modify(db, id, ann, edited, {}, kMachine, now).status, u"pending"_s);
        auto p = ApprovalDesk::load(db, id);
        QVERIFY(!ApprovalDesk::whyNot(*p, ann, now).isEmpty());
        QVERIFY(ApprovalDesk::onlyApprover(db, *p, ann, now));
        // Without saying so it is still refused; saying so decides it, and the audit records it.
        QVERIFY(!ApprovalDesk::approve(db, id, ann, {}, kMachine, now).ok);
        auto out = ApprovalDesk::approve(db, id, ann, {}, kMachine, now, {0, true});
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(ApprovalDesk::load(db, id)->approvedParameters.value(u"amount"_s).toString(), u"1200.00"_s);
        QCOMPARE(Sql::scalar(db,
                     u"SELECT json_extract(payload, '$.details.only_approver') FROM audit_log WHERE action = "
                     u"'proposal.approved' AND subject = ?"_s,
                     {u"proposal:%1"_s.arg(id)})
                     .toInt(),
            1);
        QCOMPARE(Sql::scalar(db,
                     u"SELECT json_extract(payload, '$.details.modified_by') FROM audit_log WHERE action = "
                     u"'proposal.approved' AND subject = ?"_s,
                     {u"proposal:%1"_s.arg(id)})
                     .toString(),
            u"Ann"_s);

        // Once a second person may decide, separation of duties holds again, confirmation or not.
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);
        const qint64 second = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        QCOMPARE(ApprovalDesk::modify(db, second, ann, edited, {}, kMachine, now).status, u"pending"_s);
        p = ApprovalDesk::load(db, second);
        QVERIFY(!ApprovalDesk::onlyApprover(db, *p, ann, now));
        out = ApprovalDesk::approve(db, second, ann, {}, kMachine, now, {0, true});
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(u"someone else"_s), qPrintable(out.error));
        QVERIFY(ApprovalDesk::approve(db, second, sanne, {}, kMachine, now).ok);
        // An inactive second person does not count.
        QString error;
        QVERIFY2(Users::save(db, ann, Users::User{sanne.id, u"Sanne"_s, Users::Role::Approver, false}, now, &error),
            qPrintable(error));
        const qint64 third = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        QCOMPARE(ApprovalDesk::modify(db, third, ann, edited, {}, kMachine, now).status, u"pending"_s);
        QVERIFY(ApprovalDesk::onlyApprover(db, *ApprovalDesk::load(db, third), ann, now));
        // The flag never lets a viewer or a missing role through.
        const auto joris = user(db, u"Joris"_s, Users::Role::Viewer);
        QVERIFY(!ApprovalDesk::onlyApprover(db, *ApprovalDesk::load(db, third), joris, now));
        QVERIFY(!ApprovalDesk::approve(db, third, joris, {}, kMachine, now, {0, true}).ok);
    }

    void modifyThenRunThroughThePool()
    {
        PipelineFixture f;
        seedAgentsAndCampaign(f.db());
        const auto sanne = user(f.db(), u"Sanne"_s, Users::Role::Approver);
        const qint64 now = Clock::system()->nowMs();
        const qint64 id = ApprovalDesk::propose(f.db(), budget(u"1500"_s), kMachine, now);
        QJsonObject edited = ApprovalDesk::load(f.db(), id)->parameters;
        edited[u"amount"_s] = u"950"_s;
        // Decided before any worker runs (as when offline): stored, and run when the pool starts.
        QVERIFY(ApprovalDesk::modify(f.db(), id, sanne, edited, {}, kMachine, now).ok);
        QCOMPARE(f.count(u"SELECT daily_budget_cents FROM campaigns WHERE name = 'Merino'"_s), 60000);
        f.startPool();
        QVERIFY(f.waitUntilIdle());
        const auto p = ApprovalDesk::load(f.db(), id);
        QCOMPARE(p->executionState, u"done"_s);
        QCOMPARE(p->executedParameters.value(u"amount"_s).toString(), u"950.00"_s);
        QCOMPARE(p->parameters.value(u"amount"_s).toString(), u"1500.00"_s);
        // A Google Ads campaign is read from report exports: the decision is recorded with what a person
        // sets in Google Ads, and the campaign keeps the budget Google last reported.
        QCOMPARE(f.count(u"SELECT daily_budget_cents FROM campaigns WHERE name = 'Merino'"_s), 60000);
        QVERIFY(p->executedParameters.value(u"recorded"_s).toBool());
        QVERIFY2(p->executedParameters.value(u"note"_s).toString().contains(u"in Google Ads"_s)
                && p->executedParameters.value(u"note"_s).toString().contains(u"950.00"_s),
            qPrintable(p->executedParameters.value(u"note"_s).toString()));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.executed'"_s), 1);
        // A second pool (a restart) finds nothing left to do: it ran once.
        f.restartPool();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.executed'"_s), 1);
    }

    void executionFailureIsRecorded()
    {
        PipelineFixture f;
        seedAgentsAndCampaign(f.db());
        ApprovalDesk::Proposal p = budget(u"50"_s);
        p.parameters[u"campaign"_s] = u"No such campaign"_s;
        const qint64 id = ApprovalDesk::propose(f.db(), p, kMachine, Clock::system()->nowMs());
        f.startPool();
        QVERIFY(f.waitUntilIdle());
        const auto stored = ApprovalDesk::load(f.db(), id);
        QCOMPARE(stored->executionState, u"failed"_s);
        QVERIFY2(stored->executionError.contains(u"No such campaign"_s), qPrintable(stored->executionError));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.failed'"_s), 1);
    }

    // A budget change names a campaign Quorum can change or at least see change: one on a connected Meta
    // account needs its ad set, one on no account and in no report cannot be seen, and a name two
    // platforms share is not guessed. None of them touches the campaign's row.
    void aCampaignBudgetOnlyWhereItCanBeCarriedOut()
    {
        PipelineFixture f;
        seedAgentsAndCampaign(f.db());
        const qint64 account = Sql::insert(f.db(),
            u"INSERT INTO connections (kind, name, url, account, created_at, updated_at) VALUES ('meta_ads', 'Ads', "
            u"'', '1234567890', 0, 0)"_s);
        Sql::exec(f.db(),
            u"INSERT INTO campaigns (name, platform, external_id, connection_id, daily_budget_cents, created_at, "
            u"updated_at) VALUES ('Linen', 'meta', '120210000000003', ?, 5000, 0, 0), ('Loose', 'meta', 'demo-1', "
            u"NULL, 5000, 0, 0), ('Twice', 'google', 'report:google_ads:Twice', NULL, 5000, 0, 0), ('Twice', "
            u"'tiktok', 'report:tiktok_ads:Twice', NULL, 5000, 0, 0)"_s,
            {account});
        QList<qint64> ids;
        for (const QString& name : {u"Linen"_s, u"Loose"_s, u"Twice"_s}) {
            ApprovalDesk::Proposal p = budget(u"50"_s);
            p.parameters[u"campaign"_s] = name;
            ids.append(ApprovalDesk::propose(f.db(), p, kMachine, Clock::system()->nowMs()));
        }
        f.startPool();
        QVERIFY(f.waitUntilIdle());
        const auto error = [&f](qint64 id) {
            const auto p = ApprovalDesk::load(f.db(), id);
            return p->executionState == u"failed" ? p->executionError : u"(state %1)"_s.arg(p->executionState);
        };
        QVERIFY2(error(ids.at(0)).contains(u"names none"_s), qPrintable(error(ids.at(0))));
        QVERIFY2(error(ids.at(1)).contains(u"no connected ad account and in no imported report"_s),
            qPrintable(error(ids.at(1))));
        QVERIFY2(error(ids.at(2)).startsWith(u"Several campaigns are called “Twice”"_s), qPrintable(error(ids.at(2))));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM campaigns WHERE daily_budget_cents <> 5000 AND name <> 'Merino'"_s), 0);
    }

    void deadlinesWhileRunning()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 start = tw.clock().nowMs();
        const qint64 id = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, start);
        // A rule that approves on expiry, for a refund.
        QStringList errors;
        ApprovalRule refund;
        for (const ApprovalRule& r : ApprovalRules::current(db)) {
            if (r.key == u"refund")
                refund = r;
        }
        refund.onExpiry = u"approve"_s;
        refund.deadlineHours = 2;
        QVERIFY(ApprovalRules::save(db, refund, u"Ann"_s, start, &errors));
        ApprovalDesk::Proposal r;
        r.agent = u"Retention"_s;
        r.actionType = ActionTypes::fromKey(u"refund"_s);
        r.title = u"Refund 70"_s;
        r.parameters = QJsonObject{{u"order"_s, u"LH-1"_s}, {u"amount"_s, u"70"_s}, {u"currency"_s, u"EUR"_s}};
        const qint64 refundId = ApprovalDesk::propose(db, r, kMachine, start);
        QCOMPARE(status(db, refundId), u"pending"_s);

        DeadlineWatcher watcher(db, &tw.clock(), nullptr, nullptr, kMachine);
        QSignalSpy warned(&watcher, &DeadlineWatcher::nearExpiry);
        QSignalSpy expired(&watcher, &DeadlineWatcher::expired);
        QSignalSpy soon(&watcher, &DeadlineWatcher::expiringSoonChanged);
        watcher.start();
        QCOMPARE(warned.count(), 0);
        QCOMPARE(expired.count(), 0);
        // The watcher sleeps until the next event, never longer than its maximum.
        QVERIFY(tw.clock().nextDueMs() <= start + DeadlineWatcher::kMaxSleepMs);

        // One hour before the refund's deadline: warned, once.
        tw.clock().advance(kHour);
        QCOMPARE(warned.count(), 1);
        QCOMPARE(warned.at(0).at(0).value<QList<qint64>>(), QList<qint64>{refundId});
        QCOMPARE(watcher.expiringSoon(), 1);
        tw.clock().advance(10 * 60'000);
        QCOMPARE(warned.count(), 1);
        // The refund's deadline: the rule approves it and queues what it runs.
        tw.clock().advance(50 * 60'000);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(status(db, refundId), u"approved"_s);
        QVERIFY(JobQueue::hasActiveJob(db, ApprovalJobs::Execute, refundId));
        QCOMPARE(ApprovalDesk::load(db, refundId)->decidedBy, u"deadline"_s);
        // The budget's: rejected by default, by "deadline", audited.
        tw.clock().advance(22 * kHour);
        QCOMPARE(status(db, id), u"expired"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.expired' AND actor = 'deadline' "
                          u"AND subject = ?"_s,
                     {u"proposal:%1"_s.arg(id)}),
            1);
        QVERIFY(!JobQueue::hasActiveJob(db, ApprovalJobs::Execute, id));
        QCOMPARE(watcher.expiringSoon(), 0);
        // Nobody decides an expired proposal afterwards.
        const auto ann = user(db, u"Ann"_s, Users::Role::Owner);
        QVERIFY(!ApprovalDesk::approve(db, id, ann, {}, kMachine, tw.clock().nowMs()).ok);
    }

    void deadlinesWhileClosed()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 id = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, tw.clock().nowMs());
        const qint64 later = ApprovalDesk::propose(db, budget(u"2500"_s), kMachine, tw.clock().nowMs() + 10 * kHour);
        // Quorum is closed for a day and a half; no watcher runs.
        tw.clock().setNow(tw.clock().nowMs() + 30 * kHour);
        DeadlineWatcher watcher(db, &tw.clock(), nullptr, nullptr, kMachine);
        QSignalSpy expired(&watcher, &DeadlineWatcher::expired);
        watcher.start();
        QCOMPARE(expired.count(), 1);
        QCOMPARE(status(db, id), u"expired"_s);
        QCOMPARE(status(db, later), u"pending"_s);
        // A proposal deciding the deadline approaches while a deadline check is pending is not lost.
        tw.clock().advance(4 * kHour);
        QCOMPARE(status(db, later), u"expired"_s);
    }

    void newHighProposalsAreNews()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, tw.clock().nowMs());
        DeadlineWatcher watcher(db, &tw.clock(), nullptr, nullptr, kMachine);
        QSignalSpy news(&watcher, &DeadlineWatcher::newHighRisk);
        watcher.start();
        QCOMPARE(news.count(), 0);
        const qint64 high = ApprovalDesk::propose(db, budget(u"3000"_s), kMachine, tw.clock().nowMs());
        QSignalSpy ran(&watcher, &DeadlineWatcher::mediumExecuted);
        const qint64 medium = ApprovalDesk::propose(db, budget(u"300"_s), kMachine, tw.clock().nowMs());
        ApprovalDesk::propose(db, budget(u"30"_s), kMachine, tw.clock().nowMs()); // LOW runs and is only logged
        tw.clock().advance(DeadlineWatcher::kMaxSleepMs);
        QCOMPARE(news.count(), 1);
        QCOMPARE(news.at(0).at(0).value<QList<qint64>>(), QList<qint64>{high});
        // MEDIUM runs and notifies.
        QCOMPARE(ran.count(), 1);
        QCOMPARE(ran.at(0).at(0).value<QList<qint64>>(), QList<qint64>{medium});
        tw.clock().advance(DeadlineWatcher::kMaxSleepMs);
        QCOMPARE(news.count(), 1);
    }

    void bulkDecisions()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(ApprovalDesk::propose(db, budget(QString::number(1100 + i)), kMachine, now));
        const qint64 own = ApprovalDesk::propose(db, budget(u"5000"_s, u"Sanne"_s), kMachine, now);
        const auto out
            = ApprovalDesk::approveMany(db, ids + QList<qint64>{own}, sanne, u"weekly review"_s, kMachine, now);
        QCOMPARE(out.done, ids);
        QCOMPARE(out.failed.size(), 1);
        QCOMPARE(out.failed.first().first, own);
        for (qint64 id : ids)
            QCOMPARE(status(db, id), u"approved"_s);
        QCOMPARE(status(db, own), u"pending"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'execute'"_s), 4);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.approved'"_s), 4);
        // Bulk rejection needs a reason too.
        const qint64 more = ApprovalDesk::propose(db, budget(u"7000"_s), kMachine, now);
        QCOMPARE(ApprovalDesk::rejectMany(db, {more}, sanne, {}, kMachine, now).done.size(), 0);
        QCOMPARE(ApprovalDesk::rejectMany(db, {more}, sanne, u"too much"_s, kMachine, now).done, QList<qint64>{more});
        QCOMPARE(status(db, more), u"rejected"_s);
        QVERIFY(ApprovalDesk::whatRuns(*ApprovalDesk::load(db, ids.first())).contains(u"1,100.00"_s));
    }

    void overridesAreAuditedAndHold()
    {
        PipelineFixture f;
        seedAgentsAndCampaign(f.db());
        const QSqlDatabase db = f.db();
        Users::signIn(db, u"Ann"_s, 1);
        UserSession session(*Users::find(db, u"Ann"_s), kMachine);
        ApprovalActions actions(db, Clock::system(), &f.bus(), nullptr, &session);
        QString error;
        QVERIFY2(actions.setAgentPaused(u"Campaign Manager"_s, true, &error), qPrintable(error));
        QVERIFY(!actions.setAgentPaused(u"Nobody"_s, true, &error));
        QVERIFY(error.contains(u"Nobody"_s));
        // A LOW proposal of a paused agent waits for a person.
        const qint64 low = ApprovalDesk::propose(db, budget(u"50"_s), kMachine, Clock::system()->nowMs());
        QCOMPARE(status(db, low), u"pending"_s);
        QVERIFY(ApprovalDesk::load(db, low)->verdict.contains(u"paused"_s));
        // Approved, its job is not claimed while the agent is paused...
        QVERIFY(actions.approve(low, {}).ok);
        f.startPool();
        QVERIFY(!f.waitUntilIdle(1000));
        QCOMPARE(ApprovalDesk::load(db, low)->executionState, u"queued"_s);
        // ...and runs once it resumes.
        QVERIFY(actions.setAgentPaused(u"Campaign Manager"_s, false, &error));
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(ApprovalDesk::load(db, low)->executionState, u"done"_s);

        QVERIFY(actions.setClusterPaused(u"finance"_s, true, &error));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM agents WHERE cluster = 'finance' AND paused = 1"_s), 1);
        QVERIFY(actions.setClusterPaused(u"finance"_s, false, &error));
        // Quick threshold adjustment: a new rule version, audited, used by the next verdict.
        QVERIFY2(actions.adjustThreshold(u"budget_change"_s, 200.0, std::nullopt, &error), qPrintable(error));
        const qint64 next = ApprovalDesk::propose(db, budget(u"150"_s), kMachine, Clock::system()->nowMs());
        QCOMPARE(ApprovalDesk::load(db, next)->riskLevel, u"low"_s);
        QCOMPARE(ApprovalDesk::load(db, next)->ruleVersion, 2);
        for (const char* action : {"override.pause_agent", "override.resume_agent", "override.pause_cluster",
                 "override.resume_cluster", "rule.changed"})
            QVERIFY2(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = 'Ann'"_s,
                         {QString::fromLatin1(action)})
                    >= 1,
                action);

        // A viewer may do none of it, and only an owner lifts an emergency stop.
        const auto joris = user(db, u"Joris"_s, Users::Role::Viewer);
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);
        session.setUser(joris);
        QVERIFY(!actions.setAgentPaused(u"Retention"_s, true, &error));
        QVERIFY(error.contains(u"viewer"_s));
        QVERIFY(!actions.adjustThreshold(u"budget_change"_s, 300.0, std::nullopt, &error));
        PipelineActions pipeline(db, f.ws().path(), Clock::system(), &f.bus(), f.pool());
        pipeline.setActor(u"Joris"_s, false, false);
        QVERIFY(!pipeline.setState(RunControl::State::Stopped, &error));
        pipeline.setActor(u"Sanne"_s, true, false);
        QVERIFY(pipeline.setState(RunControl::State::Stopped, &error));
        QVERIFY(!pipeline.setState(RunControl::State::Running, &error));
        QVERIFY2(error.contains(u"owner"_s), qPrintable(error));
        QCOMPARE(pipeline.state(), RunControl::State::Stopped);
        pipeline.setActor(u"Ann"_s, true, true);
        QVERIFY(pipeline.setState(RunControl::State::Running, &error));
        Q_UNUSED(sanne)
    }

    void tamperedAuditNamesTheEntry()
    {
        TestWorkspace tw;
        seedAgentsAndCampaign(tw.db());
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const auto sanne = user(db, u"Sanne"_s, Users::Role::Approver);
        const qint64 id = ApprovalDesk::propose(db, budget(u"1500"_s), kMachine, now);
        QVERIFY(ApprovalDesk::approve(db, id, sanne, u"fine"_s, kMachine, now).ok);
        ApprovalDesk::propose(db, budget(u"2500"_s), kMachine, now);
        QVERIFY(AuditLog::verify(db).ok);
        const qint64 seq
            = Sql::scalar(db, u"SELECT seq FROM audit_log WHERE action = 'proposal.approved' AND subject = ?"_s,
                {u"proposal:%1"_s.arg(id)})
                  .toLongLong();
        QVERIFY(seq > 0);
        // Someone edits the decision in SQLite directly (the triggers forbid it; they drop them first).
        TestWorkspace::allowAuditTampering(db);
        Sql::exec(db, u"UPDATE audit_log SET actor = 'Mallory' WHERE seq = ?"_s, {seq});
        const auto v = AuditLog::verify(db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, seq);
    }
};

QTEST_GUILESS_MAIN(TestApprovalDesk)
#include "tst_approvaldesk.moc"
