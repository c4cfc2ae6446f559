#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "approvals/ApprovalRules.h"
#include "approvals/Conflicts.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Two proposals on the same thing: each shows the other, only one can be approved (whichever a person
// approves first), what the risk engine would run by itself waits while a conflicting one waits, and
// decisions made before a proposal existed are no conflict of it.
class TestConflicts : public QObject
{
    Q_OBJECT

    static inline const QString kMachine = u"test-host"_s;

    static ApprovalDesk::Proposal price(
        const QString& agent, const QString& sku, const QString& from, const QString& to, double confidence = 0.9)
    {
        ApprovalDesk::Proposal p;
        p.agent = agent;
        p.actionType = ActionType::PriceChange;
        p.title = u"%1: %2 → %3"_s.arg(sku, from, to);
        p.confidence = confidence;
        p.parameters
            = QJsonObject{{u"sku"_s, sku}, {u"old_price"_s, from}, {u"new_price"_s, to}, {u"currency"_s, u"EUR"_s}};
        return p;
    }

    static QString status(const QSqlDatabase& db, qint64 id)
    {
        return Sql::scalar(db, u"SELECT status FROM action_proposals WHERE id = ?"_s, {id}).toString();
    }

private slots:
    void onlyOneOfTwoPriceChangesIsApproved()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        // 25 %: both wait for a person.
        const qint64 a = ApprovalDesk::propose(db, price(u"Pricing"_s, u"MUG-1"_s, u"20.00"_s, u"25.00"_s), {}, now);
        const qint64 b
            = ApprovalDesk::propose(db, price(u"Demo example"_s, u"MUG-1"_s, u"20.00"_s, u"15.00"_s), {}, now + 1);
        const qint64 other
            = ApprovalDesk::propose(db, price(u"Pricing"_s, u"MUG-2"_s, u"20.00"_s, u"25.00"_s), {}, now + 2);
        QCOMPARE(status(db, a), u"pending"_s);
        QCOMPARE(status(db, b), u"pending"_s);
        const auto ofA = Conflicts::of(db, *ApprovalDesk::load(db, a));
        QCOMPARE(ofA.size(), 1);
        QCOMPARE(ofA.first().id, b);
        QCOMPARE(Conflicts::of(db, *ApprovalDesk::load(db, b)).first().id, a);
        QVERIFY(Conflicts::of(db, *ApprovalDesk::load(db, other)).isEmpty());
        const QString said = Conflicts::describe(ofA);
        QVERIFY2(said.contains(u"#%1"_s.arg(b)) && said.contains(u"Demo example"_s) && said.contains(u"waiting"_s),
            qPrintable(said));

        // Approving one: the other is refused, saying which and why; nothing about it changes.
        QVERIFY(ApprovalDesk::approve(db, b, ann, {}, kMachine, now + 10).ok);
        const auto refused = ApprovalDesk::approve(db, a, ann, {}, kMachine, now + 11);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"#%1"_s.arg(b)) && refused.error.contains(u"only one of them"_s),
            qPrintable(refused.error));
        QCOMPARE(status(db, a), u"pending"_s);
        // Rejecting it is always possible; the unrelated SKU is approved as usual.
        QVERIFY(ApprovalDesk::reject(db, a, ann, u"The cut was chosen"_s, kMachine, now + 13).ok);
        QVERIFY(ApprovalDesk::approve(db, other, ann, {}, kMachine, now + 14).ok);

        // Undone, the approval no longer blocks: the two wait side by side again.
        const qint64 c
            = ApprovalDesk::propose(db, price(u"Pricing"_s, u"MUG-3"_s, u"20.00"_s, u"26.00"_s), {}, now + 20);
        const qint64 d
            = ApprovalDesk::propose(db, price(u"Demo example"_s, u"MUG-3"_s, u"20.00"_s, u"27.00"_s), {}, now + 21);
        QVERIFY(ApprovalDesk::approve(db, c, ann, {}, kMachine, now + 22, {60'000}).ok);
        QVERIFY(!ApprovalDesk::approve(db, d, ann, {}, kMachine, now + 23).ok);
        QVERIFY(ApprovalDesk::undo(db, c, ann, kMachine, now + 24).ok);
        QVERIFY(ApprovalDesk::approve(db, d, ann, {}, kMachine, now + 25).ok);
        QVERIFY(!ApprovalDesk::approve(db, c, ann, {}, kMachine, now + 26).ok);

        // Modified into a change the rule would run by itself, it still waits (the edit is kept): a person
        // chooses between the two.
        const qint64 e
            = ApprovalDesk::propose(db, price(u"Pricing"_s, u"MUG-4"_s, u"20.00"_s, u"26.00"_s), {}, now + 30);
        ApprovalDesk::propose(db, price(u"Demo example"_s, u"MUG-4"_s, u"20.00"_s, u"27.00"_s), {}, now + 31);
        const auto modified = ApprovalDesk::modify(db, e, ann,
            QJsonObject{{u"sku"_s, u"MUG-4"_s}, {u"old_price"_s, u"20.00"_s}, {u"new_price"_s, u"21.00"_s},
                {u"currency"_s, u"EUR"_s}},
            {}, kMachine, now + 32, 0);
        QVERIFY2(modified.ok, qPrintable(modified.error));
        QCOMPARE(modified.status, u"pending"_s);
        QVERIFY2(modified.verdict.contains(u"waits for a person"_s), qPrintable(modified.verdict));
        QCOMPARE(Sql::scalar(db, u"SELECT modified_by FROM action_proposals WHERE id = ?"_s, {e}).toString(), u"Ann"_s);

        // A rule that approves at the deadline does not approve the second of two: it expires, and the
        // audit says why.
        const qint64 f
            = ApprovalDesk::propose(db, price(u"Pricing"_s, u"MUG-5"_s, u"20.00"_s, u"26.00"_s), {}, now + 40);
        const qint64 g
            = ApprovalDesk::propose(db, price(u"Demo example"_s, u"MUG-5"_s, u"20.00"_s, u"27.00"_s), {}, now + 41);
        QVERIFY(ApprovalDesk::approve(db, f, ann, {}, kMachine, now + 42).ok);
        Sql::exec(db, u"UPDATE action_proposals SET on_expiry = 'approve', deadline = ? WHERE id = ?"_s, {now + 50, g});
        QVERIFY(ApprovalDesk::expireDue(db, kMachine, now + 60).contains(g));
        QCOMPARE(status(db, g), u"expired"_s);
        QVERIFY(Sql::scalar(db,
            u"SELECT json_extract(payload, '$.details.note') FROM audit_log WHERE subject = ? AND action = "
            u"'proposal.expired'"_s,
            {u"proposal:%1"_s.arg(g)})
                    .toString()
                    .contains(u"conflicts"_s));
    }

    void whatWouldRunByItselfWaitsWhileAConflictWaits()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        // 5 % with confidence 0.9 runs by itself ...
        const qint64 alone
            = ApprovalDesk::propose(db, price(u"Pricing"_s, u"SOCK-1"_s, u"20.00"_s, u"21.00"_s), {}, now);
        QCOMPARE(status(db, alone), u"auto_approved"_s);
        // ... and an earlier decision is no conflict of a later proposal: this one runs too.
        const qint64 later
            = ApprovalDesk::propose(db, price(u"Pricing"_s, u"SOCK-1"_s, u"21.00"_s, u"22.00"_s), {}, now + 10);
        QCOMPARE(status(db, later), u"auto_approved"_s);
        // But while a 25 % change of the same SKU waits for a person, a 5 % one waits too.
        const qint64 big = ApprovalDesk::propose(db, price(u"Pricing"_s, u"SOCK-2"_s, u"20.00"_s, u"25.00"_s), {}, now);
        const qint64 small
            = ApprovalDesk::propose(db, price(u"Demo example"_s, u"SOCK-2"_s, u"20.00"_s, u"21.00"_s), {}, now + 1);
        QCOMPARE(status(db, big), u"pending"_s);
        QCOMPARE(status(db, small), u"pending"_s);
        const QString verdict
            = Sql::scalar(db, u"SELECT verdict FROM action_proposals WHERE id = ?"_s, {small}).toString();
        QVERIFY2(verdict.contains(u"waits for a person: #%1"_s.arg(big)), qPrintable(verdict));
    }

    void aShiftAndAnAdSetPauseConflict()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        ApprovalDesk::Proposal shift;
        shift.agent = u"CEO"_s;
        shift.actionType = ActionType::BudgetShift;
        shift.title = u"Move 6.00 a day"_s;
        shift.parameters
            = QJsonObject{{u"connection"_s, 1}, {u"from_ad_set_id"_s, u"111"_s}, {u"to_ad_set_id"_s, u"222"_s},
                {u"from_ad_set"_s, u"A"_s}, {u"to_ad_set"_s, u"B"_s}, {u"amount"_s, u"6.00"_s},
                {u"currency"_s, u"EUR"_s}, {u"from_budget"_s, u"30.00"_s}, {u"to_budget"_s, u"30.00"_s}};
        const qint64 s = ApprovalDesk::propose(db, shift, {}, now);
        ApprovalDesk::Proposal pause;
        pause.agent = u"Ad Rules"_s;
        pause.actionType = ActionType::AdSetChange;
        pause.title = u"Pause B"_s;
        pause.parameters = QJsonObject{
            {u"connection"_s, 1}, {u"ad_set_id"_s, u"222"_s}, {u"ad_set"_s, u"B"_s}, {u"change"_s, u"pause"_s}};
        const qint64 p = ApprovalDesk::propose(db, pause, {}, now + 1);
        const auto ofShift = Conflicts::of(db, *ApprovalDesk::load(db, s));
        QCOMPARE(ofShift.size(), 1);
        QCOMPARE(ofShift.first().id, p);
        QCOMPARE(Conflicts::of(db, *ApprovalDesk::load(db, p)).first().id, s);
        pause.parameters.insert(u"ad_set_id"_s, u"333"_s);
        const qint64 unrelated = ApprovalDesk::propose(db, pause, {}, now + 2);
        QVERIFY(Conflicts::of(db, *ApprovalDesk::load(db, unrelated)).isEmpty());
    }

    // Taking a product out of the range contradicts what keeps it going: featuring it, buying more of it,
    // posting about it, rewriting its content. A price change of it does not (clearing the stock).
    void retiringAProductContradictsKeepingItGoing()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        ApprovalRules::ensureDefaults(db, now);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        const auto product = [&](const QString& sku) {
            return Sql::insert(db,
                u"INSERT INTO products (sku, name, price_cents, created_at, updated_at) VALUES (?, ?, 2000, 0, 0)"_s,
                {sku, sku});
        };
        const qint64 mug = product(u"MUG-9"_s);
        const qint64 bowl = product(u"BOWL-9"_s);
        const auto on = [&](ActionType type, qint64 id, const QString& agent, QJsonObject params) {
            ApprovalDesk::Proposal p;
            p.agent = agent;
            p.actionType = type;
            p.productId = id;
            p.title = ActionTypes::key(type) + u" "_s + QString::number(id);
            p.confidence = 0.6;
            params.insert(u"product_id"_s, id);
            p.parameters = params;
            return ApprovalDesk::propose(db, p, {}, now);
        };
        const qint64 retire = on(ActionType::RetireProduct, mug, u"Product Scout"_s, {{u"product"_s, u"MUG-9"_s}});
        const qint64 reorder
            = on(ActionType::Reorder, mug, u"Demand Forecast"_s, {{u"sku"_s, u"MUG-9"_s}, {u"quantity"_s, 40}});
        const qint64 feature = on(ActionType::FeatureProduct, mug, u"Product Scout"_s, {{u"product"_s, u"MUG-9"_s}});
        const qint64 cut = ApprovalDesk::propose(db, price(u"Pricing"_s, u"MUG-9"_s, u"20.00"_s, u"15.00"_s), {}, now);
        const qint64 bowlFeature
            = on(ActionType::FeatureProduct, bowl, u"Product Scout"_s, {{u"product"_s, u"BOWL-9"_s}});
        const auto ids = [&](qint64 id) {
            QList<qint64> out;
            for (const Conflicts::Conflict& c : Conflicts::of(db, *ApprovalDesk::load(db, id)))
                out.append(c.id);
            return out;
        };
        QCOMPARE(ids(retire), (QList<qint64>{reorder, feature}));
        QCOMPARE(ids(reorder), QList<qint64>{retire});
        QCOMPARE(ids(feature), QList<qint64>{retire});
        QVERIFY(ids(cut).isEmpty());
        QVERIFY(ids(bowlFeature).isEmpty());
        QCOMPARE(status(db, reorder), u"pending"_s);
        // Retiring approved: buying more of it is refused, saying why; the bowl is featured as usual.
        QVERIFY(ApprovalDesk::approve(db, retire, ann, {}, kMachine, now + 10).ok);
        const auto refused = ApprovalDesk::approve(db, reorder, ann, {}, kMachine, now + 11);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"#%1"_s.arg(retire)), qPrintable(refused.error));
        QVERIFY(!ApprovalDesk::approve(db, feature, ann, {}, kMachine, now + 12).ok);
        QVERIFY(ApprovalDesk::approve(db, bowlFeature, ann, {}, kMachine, now + 13).ok);
        QVERIFY(ApprovalDesk::approve(db, cut, ann, {}, kMachine, now + 14).ok);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
