#include "GatewayTestSupport.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "approvals/ExternalProposals.h"
#include "core/Json.h"
#include "gateway/AgentKeys.h"
#include "gateway/GatewayProtocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GatewayTest;

// What the gateway records of an external agent's proposals, without the network: keys stored hashed
// and revocable, proposals judged like every agent's, one decision per proposal told once and in order
// (approved, modified, rejected with its reason, expired, cancelled, revoked), idempotency keys, the
// receipt checked against what was approved, every bad proposal refused with its path, and the parser
// fuzzed for a bounded time.
class TestExternalProposals : public QObject
{
    Q_OBJECT

    static constexpr qint64 kMinute = 60'000;

    static QJsonObject ask(const QSqlDatabase& db, const QString& key, const QJsonObject& m, qint64 now)
    {
        return GatewayProtocol::handle(db, caller(db, key), m, u"test-host"_s, now);
    }

private slots:
    void keysAreStoredHashedAndRevocable()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QString key = registerScout(db, now);
        QVERIFY(key.startsWith(u"qk_"_s));
        QVERIFY(key.size() > 40);
        // Only its hash is kept: the key itself is in no table.
        for (const QString& value : TestWorkspace::everyValue(db))
            QVERIFY2(!value.contains(key), "the key is stored in the clear");
        QString why;
        const auto c = AgentKeys::verify(db, key, u"10.0.0.7"_s, &why);
        QVERIFY2(c, qPrintable(why));
        QCOMPARE(c->agent, u"Price Scout"_s);
        QCOMPARE(c->mayPropose, (QStringList{u"price_change"_s, u"refund"_s}));
        QVERIFY(!AgentKeys::verify(db, key + u"x"_s, {}, &why));
        QCOMPARE(why, u"unknown key"_s);
        QVERIFY(!AgentKeys::verify(db, u"sk-not-ours"_s, {}, &why));
        QVERIFY(why.contains(u"qk_"_s));
        // The agent is on the Agents pane as external, offline until it connects.
        QCOMPARE(Sql::scalar(db, u"SELECT kind || '/' || status FROM agents WHERE name = 'Price Scout'"_s).toString(),
            u"external/offline"_s);
        // A name in use, no action type, an unknown cluster: refused before anything is written.
        QVERIFY(!AgentKeys::whyNot(db, {u"price scout"_s, u"finance"_s, {u"refund"_s}, 5}).isEmpty());
        QVERIFY(!AgentKeys::whyNot(db, {u"Other"_s, u"finance"_s, {}, 5}).isEmpty());
        QVERIFY(!AgentKeys::whyNot(db, {u"Other"_s, u"nowhere"_s, {u"refund"_s}, 5}).isEmpty());
        QVERIFY(AgentKeys::whyNot(db, {u"Other"_s, u"finance"_s, {u"refund"_s}, 5}).isEmpty());

        // A second key works beside the first; revoking the first leaves the second.
        Transaction tx(db);
        const QString second = AgentKeys::issue(db, u"Price Scout"_s, u"Ann"_s, now);
        QVERIFY(AgentKeys::revoke(db, c->keyId, u"Ann"_s, u"test-host"_s, now + 1));
        QVERIFY(!AgentKeys::revoke(db, c->keyId, u"Ann"_s, u"test-host"_s, now + 2));
        tx.commit();
        QVERIFY(!AgentKeys::verify(db, key, {}, &why));
        QVERIFY2(why.contains(u"revoked"_s), qPrintable(why));
        QVERIFY(AgentKeys::verify(db, second, {}, &why));
        QCOMPARE(AgentKeys::invalid(db, {c->keyId, caller(db, second).keyId}), QList<qint64>{c->keyId});
    }

    void aProposalTheRuleLetsRunIsApprovedInTheAnswer()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        // 20.00 -> 21.00 is 5 %: the rule runs it and notifies.
        QJsonObject m = priceChange(u"low-1"_s, u"21.00"_s);
        m.insert(u"id"_s, 7);
        const QJsonObject r = ask(db, key, m, now);
        QCOMPARE(r.value(u"type"_s).toString(), u"proposal"_s);
        QCOMPARE(r.value(u"in_reply_to"_s).toInt(), 7);
        QCOMPARE(r.value(u"state"_s).toString(), u"approved"_s);
        const QJsonObject d = r.value(u"decision"_s).toObject();
        QCOMPARE(d.value(u"state"_s).toString(), u"approved"_s);
        QVERIFY(d.value(u"automatic"_s).toBool());
        QVERIFY2(d.value(u"reason"_s).toString().startsWith(u"approved automatically, rule v"_s),
            qPrintable(d.value(u"reason"_s).toString()));
        QCOMPARE(d.value(u"parameters"_s).toObject().value(u"new_price"_s).toString(), u"21.00"_s);
        QCOMPARE(
            d.value(u"parameters_sha256"_s).toString(), ExternalProposals::hashOf(d.value(u"parameters"_s).toObject()));
        // Quorum runs nothing for it: it is the agent's to carry out, and no job is left for a worker.
        QCOMPARE(runApprovalJobs(db, tw.clock()), 0);
        const qint64 id = r.value(u"id"_s).toInteger();
        QCOMPARE(Sql::scalar(db, u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {id}).toString(),
            u"agent"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM gateway_decisions"_s), 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.proposed' AND payload LIKE "
                          u"'%\"key_id\":%' AND payload LIKE '%127.0.0.1%'"_s),
            1);
    }

    void aPersonsChangeReachesTheAgentOnceAndTheReceiptIsChecked()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        const QJsonObject r = ask(db, key, priceChange(u"high-1"_s, u"26.00"_s), now);
        QCOMPARE(r.value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(r.value(u"risk"_s).toString(), u"high"_s);
        QVERIFY(r.contains(u"deadline"_s));
        const qint64 id = r.value(u"id"_s).toInteger();
        // A status request decides nothing.
        QCOMPARE(ask(db, key, {{u"type"_s, u"status"_s}, {u"proposal_id"_s, id}}, now + 1).value(u"state"_s).toString(),
            u"pending"_s);
        QCOMPARE(ApprovalDesk::load(db, id)->status, u"pending"_s);
        // A receipt before any decision is refused.
        QCOMPARE(ask(db, key,
                     {{u"type"_s, u"receipt"_s}, {u"proposal_id"_s, id}, {u"outcome"_s, u"executed"_s},
                         {u"parameters_sha256"_s, QString(64, u'0')}},
                     now + 1)
                     .value(u"code"_s)
                     .toString(),
            u"conflict"_s);

        // A person changes the price to 22.00 (10 %): the rule lets that run; the agent is told when its
        // job runs, with the changed parameters.
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QJsonObject edited = ApprovalDesk::load(db, id)->parameters;
        edited.insert(u"new_price"_s, u"22.00"_s);
        const auto modified = ApprovalDesk::modify(db, id, ann, edited, u"not that far"_s, u"desk"_s, now + 2);
        QVERIFY2(modified.ok, qPrintable(modified.error));
        QCOMPARE(ExternalProposals::decisionsAfter(db, u"Price Scout"_s, 0).size(), 0);
        QCOMPARE(runApprovalJobs(db, tw.clock()), 1);
        const auto decisions = ExternalProposals::decisionsAfter(db, u"Price Scout"_s, 0);
        QCOMPARE(decisions.size(), 1);
        const QJsonObject d = decisions.first();
        QCOMPARE(d.value(u"state"_s).toString(), u"modified"_s);
        QCOMPARE(d.value(u"decided_by"_s).toString(), u"Ann"_s);
        QCOMPARE(d.value(u"parameters"_s).toObject().value(u"new_price"_s).toString(), u"22.00"_s);
        // Told once: settling again (another worker, the deadline) writes nothing.
        QCOMPARE(ExternalProposals::settle(db, *ApprovalDesk::load(db, id), {}, now + 3), 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM gateway_decisions"_s), 1);
        // Asking again returns the same decision.
        QCOMPARE(ask(db, key, {{u"type"_s, u"status"_s}, {u"proposal_id"_s, id}}, now + 4).value(u"decision"_s),
            QJsonValue(d));
        // Missed decisions follow the last acknowledged one.
        QCOMPARE(ask(db, key, {{u"type"_s, u"decisions"_s}}, now + 4).value(u"decisions"_s).toArray().size(), 1);
        ask(db, key, {{u"type"_s, u"ack"_s}, {u"seq"_s, d.value(u"seq"_s)}}, now + 5);
        QCOMPARE(ask(db, key, {{u"type"_s, u"decisions"_s}}, now + 6).value(u"decisions"_s).toArray().size(), 0);

        // A receipt for other parameters than were approved is flagged, on the proposal and in the audit.
        QJsonObject other = d.value(u"parameters"_s).toObject();
        other.insert(u"new_price"_s, u"26.00"_s);
        const QJsonObject receipt = ask(db, key,
            {{u"type"_s, u"receipt"_s}, {u"proposal_id"_s, id}, {u"outcome"_s, u"executed"_s},
                {u"parameters_sha256"_s, ExternalProposals::hashOf(other)}, {u"external_ref"_s, u"shop-42"_s}},
            now + 7);
        QCOMPARE(receipt.value(u"receipt"_s).toObject().value(u"mismatch"_s).toBool(), true);
        QVERIFY(ExternalProposals::receiptOf(db, id)->mismatch);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.receipt_mismatch'"_s), 1);
        QCOMPARE(Sql::scalar(db, u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {id}).toString(),
            u"done"_s);
        // The same receipt again is the same answer; another one is refused.
        QCOMPARE(ask(db, key,
                     {{u"type"_s, u"receipt"_s}, {u"proposal_id"_s, id}, {u"outcome"_s, u"executed"_s},
                         {u"parameters_sha256"_s, ExternalProposals::hashOf(other)}, {u"external_ref"_s, u"shop-42"_s}},
                     now + 8)
                     .value(u"type"_s)
                     .toString(),
            u"proposal"_s);
        QCOMPARE(ask(db, key,
                     {{u"type"_s, u"receipt"_s}, {u"proposal_id"_s, id}, {u"outcome"_s, u"failed"_s},
                         {u"note"_s, u"oops"_s}},
                     now + 9)
                     .value(u"code"_s)
                     .toString(),
            u"conflict"_s);
        // The chain of it all verifies.
        QVERIFY(AuditLog::verify(db).ok);

        // A matching receipt is not flagged.
        const QJsonObject low = ask(db, key, priceChange(u"low-2"_s, u"21.00"_s, u"MUG-2"_s), now + 10);
        const QJsonObject lowDecision = low.value(u"decision"_s).toObject();
        const QJsonObject ok = ask(db, key,
            {{u"type"_s, u"receipt"_s}, {u"proposal_id"_s, low.value(u"id"_s)}, {u"outcome"_s, u"executed"_s},
                {u"parameters_sha256"_s, lowDecision.value(u"parameters_sha256"_s)}},
            now + 11);
        QCOMPARE(ok.value(u"receipt"_s).toObject().value(u"mismatch"_s).toBool(), false);
    }

    void whatIsStoredAndApprovedIsTheCanonicalForm()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        QJsonObject m = priceChange(u"loose"_s, u"21"_s);
        QJsonObject params = m.value(u"parameters"_s).toObject();
        params.insert(u"currency"_s, u"eur"_s);
        m.insert(u"parameters"_s, params);
        const QJsonObject r = ask(db, key, m, now);
        QCOMPARE(r.value(u"parameters"_s).toObject().value(u"new_price"_s).toString(), u"21.00"_s);
        QCOMPARE(r.value(u"parameters"_s).toObject().value(u"currency"_s).toString(), u"EUR"_s);
        const QJsonObject d = r.value(u"decision"_s).toObject();
        QCOMPARE(d.value(u"state"_s).toString(), u"approved"_s); // not "modified": nobody changed it
        QCOMPARE(d.value(u"parameters_sha256"_s), r.value(u"parameters_sha256"_s));
        // The same request again (as sent, not canonical) is the same proposal.
        QCOMPARE(ask(db, key, m, now + 1).value(u"duplicate"_s).toBool(), true);
        // Executing what the answer named is no mismatch.
        const QJsonObject receipt = ask(db, key,
            {{u"type"_s, u"receipt"_s}, {u"proposal_id"_s, r.value(u"id"_s)}, {u"outcome"_s, u"executed"_s},
                {u"parameters_sha256"_s, ExternalProposals::hashOf(r.value(u"parameters"_s).toObject())}},
            now + 2);
        QCOMPARE(receipt.value(u"receipt"_s).toObject().value(u"mismatch"_s).toBool(), false);
    }

    void theSameIdempotencyKeyIsTheSameProposal()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QString key = registerScout(db, now);
        const QJsonObject first = ask(db, key, priceChange(u"same"_s), now);
        const QJsonObject again = ask(db, key, priceChange(u"same"_s), now + 1);
        QCOMPARE(again.value(u"id"_s), first.value(u"id"_s));
        QVERIFY(again.value(u"duplicate"_s).toBool());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals"_s), 1);
        // The same key with other parameters is a mistake, not a new proposal.
        const QJsonObject clash = ask(db, key, priceChange(u"same"_s, u"27.00"_s), now + 2);
        QCOMPARE(clash.value(u"code"_s).toString(), u"conflict"_s);
        QCOMPARE(clash.value(u"path"_s).toString(), u"idempotency_key"_s);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals"_s), 1);
        // Another agent may use the same idempotency key for its own proposal.
        const QString other = registerScout(db, now, 1000, u"Second Scout"_s);
        QVERIFY(ask(db, other, priceChange(u"same"_s), now + 3).value(u"id"_s) != first.value(u"id"_s));
    }

    void badProposalsAreRefusedWithThePathAndTheReason_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown action") << u"action_type=teleport"_s << u"unknown_action"_s << u"action_type"_s;
        QTest::newRow("not allowed") << u"action_type=budget_change"_s << u"forbidden"_s << u"action_type"_s;
        QTest::newRow("bad amount") << u"parameters.new_price=lots"_s << u"invalid"_s << u"parameters.new_price"_s;
        QTest::newRow("unknown parameter") << u"parameters.colour=red"_s << u"invalid"_s << u"parameters.colour"_s;
        QTest::newRow("missing parameter") << u"parameters.sku="_s << u"invalid"_s << u"parameters.sku"_s;
        QTest::newRow("wrong hash") << u"parameters_sha256=abc"_s << u"invalid"_s << u"parameters_sha256"_s;
        QTest::newRow("no title") << u"title="_s << u"invalid"_s << u"title"_s;
        QTest::newRow("no idempotency key") << u"idempotency_key="_s << u"invalid"_s << u"idempotency_key"_s;
        QTest::newRow("confidence") << u"confidence=2"_s << u"invalid"_s << u"confidence"_s;
        QTest::newRow("deadline") << u"deadline=tomorrow"_s << u"invalid"_s << u"deadline"_s;
        QTest::newRow("approve at expiry") << u"on_expiry=approve"_s << u"invalid"_s << u"on_expiry"_s;
        QTest::newRow("no proposal id") << u"type=status"_s << u"invalid"_s << u"proposal_id"_s;
    }

    void badProposalsAreRefusedWithThePathAndTheReason()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        QFETCH(QString, path);
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QString key = registerScout(db, now);
        QJsonObject m = priceChange(u"bad"_s);
        const QString field = change.section(u'=', 0, 0);
        const QString value = change.section(u'=', 1);
        if (field.startsWith(u"parameters."_s)) {
            QJsonObject p = m.value(u"parameters"_s).toObject();
            const QString name = field.mid(11);
            if (value.isEmpty())
                p.remove(name);
            else
                p.insert(name, value);
            m.insert(u"parameters"_s, p);
        } else if (field == u"confidence") {
            m.insert(field, value.toDouble());
        } else {
            m.insert(field, value);
        }
        const QJsonObject r = ask(db, key, m, now);
        QCOMPARE(r.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(r.value(u"code"_s).toString(), code);
        QCOMPARE(r.value(u"path"_s).toString(), path);
        QVERIFY(!r.value(u"message"_s).toString().isEmpty());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
    }

    void theDailyLimitHolds()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QString key = registerScout(db, now, 2);
        QCOMPARE(ask(db, key, priceChange(u"a"_s), now).value(u"type"_s).toString(), u"proposal"_s);
        QCOMPARE(ask(db, key, priceChange(u"b"_s, u"27.00"_s), now).value(u"type"_s).toString(), u"proposal"_s);
        const QJsonObject third = ask(db, key, priceChange(u"c"_s, u"28.00"_s), now);
        QCOMPARE(third.value(u"code"_s).toString(), u"daily_limit"_s);
        // The same idempotency key is still answered (it is no new proposal).
        QCOMPARE(ask(db, key, priceChange(u"a"_s), now).value(u"duplicate"_s).toBool(), true);
        // The next day it may propose again.
        QCOMPARE(ask(db, key, priceChange(u"c"_s, u"28.00"_s), now + 24 * 3'600'000).value(u"type"_s).toString(),
            u"proposal"_s);
    }

    void rejectedExpiredCancelledAndRevokedAreToldWithTheirReason()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        auto propose = [&](const QString& idem, const QString& sku) {
            return ask(db, key, priceChange(idem, u"26.00"_s, sku), now).value(u"id"_s).toInteger();
        };
        const qint64 rejected = propose(u"r"_s, u"A-1"_s);
        const qint64 expiring = propose(u"e"_s, u"A-2"_s);
        const qint64 cancelled = propose(u"c"_s, u"A-3"_s);
        const qint64 revoked = propose(u"v"_s, u"A-4"_s);
        const qint64 undone = propose(u"u"_s, u"A-5"_s);

        QVERIFY(ApprovalDesk::reject(db, rejected, ann, u"Our margin cannot take it"_s, u"desk"_s, now + 1).ok);
        // An approval taken back within the undo window is never told.
        QVERIFY(ApprovalDesk::approve(db, undone, ann, {}, u"desk"_s, now + 1, {60'000, false}).ok);
        QVERIFY(ApprovalDesk::undo(db, undone, ann, u"desk"_s, now + 2).ok);
        runApprovalJobs(db, tw.clock());
        const QJsonObject cancel = ask(db, key,
            {{u"type"_s, u"cancel"_s}, {u"proposal_id"_s, cancelled}, {u"reason"_s, u"the competitor went back"_s}},
            now + 3);
        QCOMPARE(cancel.value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(ApprovalDesk::load(db, cancelled)->status, u"cancelled"_s);
        // Decided already: cancelling does not undo a decision.
        QCOMPARE(
            ask(db, key, {{u"type"_s, u"cancel"_s}, {u"proposal_id"_s, rejected}}, now + 4).value(u"code"_s).toString(),
            u"conflict"_s);
        {
            Transaction tx(db);
            QVERIFY(AgentKeys::revoke(db, caller(db, key).keyId, u"Ann"_s, u"desk"_s, now + 5));
            tx.commit();
        }
        // Revoked while it waited: its deadline no longer applies.
        QVERIFY(ApprovalDesk::expireDue(db, u"desk"_s, now + 48 * 3'600'000).isEmpty());

        QHash<qint64, QJsonObject> told;
        for (const QJsonObject& d : ExternalProposals::decisionsAfter(db, u"Price Scout"_s, 0))
            told.insert(d.value(u"proposal_id"_s).toInteger(), d);
        QCOMPARE(told.value(rejected).value(u"state"_s).toString(), u"rejected"_s);
        QCOMPARE(told.value(rejected).value(u"reason"_s).toString(), u"Our margin cannot take it"_s);
        QVERIFY(!told.value(rejected).contains(u"parameters"_s));
        QCOMPARE(told.value(cancelled).value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(told.value(revoked).value(u"state"_s).toString(), u"revoked"_s);
        QCOMPARE(told.value(expiring).value(u"state"_s).toString(), u"revoked"_s);
        // The approval taken back was never told; it waited again and went with the key.
        QCOMPARE(told.value(undone).value(u"state"_s).toString(), u"revoked"_s);
        // Sequence numbers are in the order they were told.
        QList<qint64> seqs;
        for (const QJsonObject& d : ExternalProposals::decisionsAfter(db, u"Price Scout"_s, 0))
            seqs.append(d.value(u"seq"_s).toInteger());
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
    }

    void anExpiredProposalIsToldWithTheRulesDefault()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        QJsonObject m = priceChange(u"soon"_s);
        m.insert(u"deadline"_s, QDateTime::fromMSecsSinceEpoch(now + 10 * kMinute, Qt::UTC).toString(Qt::ISODate));
        m.insert(u"on_expiry"_s, u"reject"_s);
        const QJsonObject r = ask(db, key, m, now);
        QCOMPARE(r.value(u"on_expiry"_s).toString(), u"reject"_s);
        const qint64 id = r.value(u"id"_s).toInteger();
        QCOMPARE(ApprovalDesk::expireDue(db, u"desk"_s, now + 11 * kMinute), QList<qint64>{id});
        const auto told = ExternalProposals::decisionsAfter(db, u"Price Scout"_s, 0);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value(u"state"_s).toString(), u"expired"_s);
        QVERIFY2(told.first().value(u"reason"_s).toString().contains(u"reject"_s),
            qPrintable(told.first().value(u"reason"_s).toString()));
    }

    void aPausedAgentsProposalsWaitForAPerson()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        Sql::exec(db, u"UPDATE agents SET paused = 1 WHERE name = 'Price Scout'"_s);
        // 5 %: the rule would let it run; paused, it waits, and the verdict says why.
        const QJsonObject r = ask(db, key, priceChange(u"paused-1"_s, u"21.00"_s), now);
        QCOMPARE(r.value(u"state"_s).toString(), u"pending"_s);
        QVERIFY2(r.value(u"verdict"_s).toString().contains(u"paused"_s), qPrintable(r.value(u"verdict"_s).toString()));
        QVERIFY(!r.contains(u"decision"_s));
    }

    void theParserAnswersEveryBadFrame()
    {
        // Random and mutated frames for a bounded time: no crash, no hang, every one answered.
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const QString key = registerScout(db, now);
        const ExternalProposals::Caller who = caller(db, key);
        const QByteArray valid = QJsonDocument(priceChange(u"fuzz"_s)).toJson(QJsonDocument::Compact);
        const QList<QByteArray> seeds{valid, R"({"type":"status","proposal_id":1})",
            R"({"type":"receipt","proposal_id":1,"outcome":"executed","parameters_sha256":"00"})",
            R"({"type":"ack","seq":3})", R"({"type":"cancel","proposal_id":99})", R"({"type":"decisions","after":0})"};
        QRandomGenerator rng(20261206);
        QElapsedTimer timer;
        timer.start();
        int frames = 0;
        int accepted = 0;
        while (timer.elapsed() < 3'000) {
            QByteArray frame;
            if (frames % 4 == 0) {
                frame.resize(rng.bounded(0, 300));
                for (char& c : frame)
                    c = char(rng.bounded(256));
            } else {
                frame = seeds.at(rng.bounded(seeds.size()));
                const int edits = rng.bounded(1, 6);
                for (int e = 0; e < edits && !frame.isEmpty(); ++e) {
                    const int at = rng.bounded(frame.size());
                    switch (rng.bounded(4)) {
                    case 0:
                        frame[at] = char(rng.bounded(256));
                        break;
                    case 1:
                        frame.remove(at, rng.bounded(1, 8));
                        break;
                    case 2:
                        frame.insert(at, "{[\"\\:,0-9e+}]"[rng.bounded(13)]);
                        break;
                    default:
                        frame.insert(at, frame.mid(rng.bounded(frame.size()), rng.bounded(1, 20)));
                    }
                }
            }
            const GatewayProtocol::Parsed parsed = GatewayProtocol::parse(frame);
            QJsonObject reply;
            if (parsed.error.isError()) {
                reply = parsed.error.toJson();
            } else {
                const QString type = parsed.message.value(u"type"_s).toString();
                if (type == u"hello" || type == u"subscribe" || type == u"ping")
                    continue; // the connection's own messages (GatewayServer)
                reply = GatewayProtocol::handle(db, who, parsed.message, u"fuzz"_s, now + frames);
            }
            const QString type = reply.value(u"type"_s).toString();
            QVERIFY2(!type.isEmpty(), frame.constData());
            if (type == u"error")
                QVERIFY2(
                    !reply.value(u"message"_s).toString().isEmpty() && !reply.value(u"code"_s).toString().isEmpty(),
                    frame.constData());
            else
                ++accepted;
            ++frames;
        }
        QVERIFY2(frames > 1'000, qPrintable(QString::number(frames)));
        QVERIFY(accepted > 0); // some mutations are still good requests
        // An oversized frame is refused before it is parsed.
        QCOMPARE(
            GatewayProtocol::parse(QByteArray(GatewayProtocol::MaxMessageBytes + 1, ' ')).error.code, u"too_large"_s);
        QVERIFY(AuditLog::verify(db).ok);
        qInfo("fuzzed %d frames, %d accepted", frames, accepted);
    }
};

QTEST_GUILESS_MAIN(TestExternalProposals)
#include "tst_externalproposals.moc"
