#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "campaigns/AdProposals.h"
#include "campaigns/Experiments.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// An ad account synced through `synced` with two ad sets ("A", the control, and "B"); figures are added by day.
struct Account
{
    TestWorkspace tw;
    qint64 connection = 0;
    qint64 a = 0;
    qint64 b = 0;

    explicit Account(QDate synced)
    {
        const qint64 now = tw.clock().nowMs();
        connection = Sql::insert(tw.db(),
            u"INSERT INTO connections (kind, name, url, account, created_at, updated_at) VALUES ('meta_ads', 'Ads', "
            u"'', '1', ?, ?)"_s,
            {now, now});
        Sql::exec(tw.db(),
            u"INSERT INTO ad_accounts (connection_id, name, currency, time_zone, synced_through, updated_at) VALUES "
            u"(?, 'Ads', 'EUR', 'Europe/Amsterdam', ?, ?)"_s,
            {connection, synced.toString(Qt::ISODate), now});
        a = adSet(u"111"_s, u"A"_s);
        b = adSet(u"222"_s, u"B"_s);
    }
    qint64 adSet(const QString& id, const QString& name)
    {
        return Sql::insert(tw.db(),
            u"INSERT INTO ad_sets (connection_id, remote_id, name, status, daily_budget_cents, updated_at) VALUES (?, "
            u"?, ?, 'ACTIVE', 5000, 0)"_s,
            {connection, id, name});
    }
    void day(qint64 adSetRow, QDate d, qint64 clicks, qint64 purchases, qint64 impressions = 5000)
    {
        Sql::exec(tw.db(),
            u"INSERT OR REPLACE INTO ad_set_days (ad_set_id, day, spend_cents, impressions, clicks, purchases, "
            u"synced_at) VALUES (?, ?, 4000, ?, ?, ?, 0)"_s,
            {adSetRow, d.toString(Qt::ISODate), impressions, clicks, purchases});
    }
    void synced(QDate d)
    {
        Sql::exec(tw.db(), u"UPDATE ad_accounts SET synced_through = ? WHERE connection_id = ?"_s,
            {d.toString(Qt::ISODate), connection});
    }
    Experiments::Experiment experiment(QDate start, int maxDays = 28) const
    {
        Experiments::Experiment e;
        e.connectionId = connection;
        e.name = u"A or B"_s;
        e.arms = {{u"111"_s, u"A"_s, 0.5}, {u"222"_s, u"B"_s, 0.5}};
        e.settings.baselineRate = 0.02;
        e.settings.mdeRelative = 0.5;
        e.startDay = start;
        e.maxDays = maxDays;
        return e;
    }
    qint64 insert(const Experiments::Experiment& e)
    {
        QString why;
        const qint64 id = Experiments::insert(tw.db(), e, u"Ann"_s, tw.clock().nowMs(), &why);
        if (id == 0)
            qWarning() << why;
        return id;
    }
};

const QDate kStart(2026, 10, 1);
} // namespace

// A/B tests over a synced ad account's ad sets: registered with their floors, looked at once per
// complete day, a verdict only after the floors, the winner as a proposal for a person, and what
// declaring it does.
class TestExperiments : public QObject
{
    Q_OBJECT

private slots:
    void aVerdictComesOnlyAfterTheFloors()
    {
        Account acc(kStart.addDays(27));
        // B converts three times as well as A, but A's purchases are few: 2 a day.
        for (int i = 0; i < 28; ++i) {
            acc.day(acc.a, kStart.addDays(i), 100, 2);
            acc.day(acc.b, kStart.addDays(i), 100, 6);
        }
        const qint64 id = acc.insert(acc.experiment(kStart));
        QVERIFY(id > 0);
        QVERIFY(Experiments::evaluate(acc.tw.db(), acc.connection, acc.tw.clock().nowMs()) > 0);
        const QList<Experiments::Look> looks = Experiments::looks(acc.tw.db(), id);
        QVERIFY(!looks.isEmpty());
        // A reaches 25 purchases on its 13th day (2 a day): every earlier look is still collecting, even
        // though B has been ahead from the first day.
        const QDate floors = kStart.addDays(12);
        for (const Experiments::Look& look : looks) {
            if (look.day < floors) {
                QCOMPARE(look.verdict.state, AbTest::State::Collecting);
                QVERIFY(!look.verdict.comparisons.first().floorsMet);
            }
        }
        // Significant well before the floors: a test without them would have called it on thin evidence.
        QVERIFY(looks.size() > 11);
        QVERIFY2(looks.at(10).verdict.comparisons.first().pValue < 0.05,
            qPrintable(QString::number(looks.at(10).verdict.comparisons.first().pValue)));
        const Experiments::Look& last = looks.last();
        QVERIFY2(last.day >= floors, qPrintable(last.day.toString()));
        QCOMPARE(last.verdict.state, AbTest::State::Winner);
        QCOMPARE(last.arms.at(0).conversions, 2 * (kStart.daysTo(last.day) + 1));
        QCOMPARE(last.arms.at(1).visitors, 100 * (kStart.daysTo(last.day) + 1));
        // The test stops looking at its verdict, and the winner waits for a person.
        QVERIFY(last.day < kStart.addDays(27));
        const auto e = Experiments::load(acc.tw.db(), id);
        QCOMPARE(e->status, Experiments::Status::Winner);
        QCOMPARE(e->winner, 1);
        QVERIFY(e->proposalId > 0);
        const auto p = ApprovalDesk::load(acc.tw.db(), e->proposalId);
        QCOMPARE(p->actionType, ActionType::ExperimentWinner);
        QCOMPARE(p->status, u"pending"_s);
        QVERIFY(p->reasoning.contains(u"“B”"_s));
        QCOMPARE(p->parameters.value(u"winner"_s).toString(), u"B"_s);
        // Evaluating again takes no look and proposes nothing more.
        QCOMPARE(Experiments::evaluate(acc.tw.db(), acc.connection, acc.tw.clock().nowMs()), 0);
        QCOMPARE(acc.tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'experiment_winner'"_s), 1);
    }

    void identicalArmsEndInconclusive()
    {
        Account acc(kStart.addDays(13));
        for (int i = 0; i < 14; ++i) {
            acc.day(acc.a, kStart.addDays(i), 120, 5);
            acc.day(acc.b, kStart.addDays(i), 120, 5);
        }
        const qint64 id = acc.insert(acc.experiment(kStart, 14));
        QCOMPARE(Experiments::evaluate(acc.tw.db(), acc.connection, acc.tw.clock().nowMs()), 14);
        const auto e = Experiments::load(acc.tw.db(), id);
        QCOMPARE(e->status, Experiments::Status::Inconclusive);
        QVERIFY(e->endedAt > 0);
        QCOMPARE(e->proposalId, 0);
        QCOMPARE(e->pValues.size(), 1);
        QCOMPARE(e->pValues.first(), 1.0);
    }

    void eachDayIsLookedAtOnceAsItCompletes()
    {
        Account acc(kStart.addDays(2));
        for (int i = 0; i < 6; ++i) {
            acc.day(acc.a, kStart.addDays(i), 50, 1);
            acc.day(acc.b, kStart.addDays(i), 50, 1);
        }
        const qint64 id = acc.insert(acc.experiment(kStart));
        const qint64 now = acc.tw.clock().nowMs();
        QCOMPARE(Experiments::evaluate(acc.tw.db(), acc.connection, now), 3);
        // A late purchase revises day 3: the look taken then stays as it was; the next look counts it.
        acc.day(acc.a, kStart.addDays(2), 50, 4);
        QCOMPARE(Experiments::evaluate(acc.tw.db(), acc.connection, now), 0);
        acc.synced(kStart.addDays(4));
        QCOMPARE(Experiments::evaluate(acc.tw.db(), acc.connection, now), 2);
        const QList<Experiments::Look> looks = Experiments::looks(acc.tw.db(), id);
        QCOMPARE(looks.size(), 5);
        QCOMPARE(looks.at(2).arms.at(0).conversions, 3);
        QCOMPARE(looks.at(3).arms.at(0).conversions, 7);
        QCOMPARE(looks.at(4).day, kStart.addDays(4));
        // A day without figures for an arm counts as nothing, not as a gap that stops the test.
        QCOMPARE(Experiments::load(acc.tw.db(), id)->lookedThrough, kStart.addDays(4));
    }

    void registrationIsChecked()
    {
        Account acc(kStart);
        Experiments::Experiment e = acc.experiment(kStart);
        QVERIFY(Experiments::problems(e).isEmpty());
        const auto refused = [&](const Experiments::Experiment& x, const QString& word) {
            const QString all = Experiments::problems(x).join(u' ');
            return all.contains(word) ? QString() : all;
        };
        Experiments::Experiment x = e;
        x.settings.baselineRate = 0;
        QCOMPARE(refused(x, u"expected rate"_s), QString());
        x = e;
        x.settings.minConversions = 10;
        QCOMPARE(refused(x, u"floors"_s), QString());
        x = e;
        x.arms[1].id = u"111"_s;
        QCOMPARE(refused(x, u"twice"_s), QString());
        x = e;
        x.arms[1].share = 0.3;
        QCOMPARE(refused(x, u"add up"_s), QString());
        x = e;
        x.arms.removeLast();
        QCOMPARE(refused(x, u"at least one variant"_s), QString());
        x = e;
        x.maxDays = 5;
        QCOMPARE(refused(x, u"full week"_s), QString());
        QString why;
        QCOMPARE(Experiments::insert(acc.tw.db(), x, u"Ann"_s, 0, &why), 0);
        QVERIFY(why.contains(u"full week"_s));
        QCOMPARE(acc.tw.count(u"SELECT COUNT(*) FROM ad_experiments"_s), 0);
        // An ad set is in one open test at a time.
        QVERIFY(acc.insert(e) > 0);
        x = e;
        x.name = u"B again"_s;
        x.arms[0].id = u"333"_s;
        QCOMPARE(Experiments::insert(acc.tw.db(), x, u"Ann"_s, 0, &why), 0);
        QVERIFY2(why.contains(u"open test"_s), qPrintable(why));
    }

    void aStoppedTestLooksNoMore()
    {
        Account acc(kStart.addDays(3));
        const qint64 id = acc.insert(acc.experiment(kStart));
        QString why;
        QVERIFY(Experiments::stop(acc.tw.db(), id, 1, &why));
        QCOMPARE(Experiments::evaluate(acc.tw.db(), acc.connection, 1), 0);
        QVERIFY(!Experiments::stop(acc.tw.db(), id, 2, &why));
        QVERIFY(why.contains(u"ended"_s));
        QCOMPARE(Experiments::load(acc.tw.db(), id)->status, Experiments::Status::Stopped);
    }

    void declaringTheWinnerProposesPausingTheOthers()
    {
        Account acc(kStart.addDays(27));
        for (int i = 0; i < 28; ++i) {
            acc.day(acc.a, kStart.addDays(i), 100, 2);
            acc.day(acc.b, kStart.addDays(i), 100, 6);
        }
        const qint64 id = acc.insert(acc.experiment(kStart));
        Experiments::evaluate(acc.tw.db(), acc.connection, acc.tw.clock().nowMs());
        const auto e = Experiments::load(acc.tw.db(), id);
        QCOMPARE(e->status, Experiments::Status::Winner);
        QString why;
        // Proposed already and waiting: not proposed twice, and the test is not stopped under it.
        QCOMPARE(Experiments::proposeWinner(acc.tw.db(), id, 1, &why), 0);
        QVERIFY(why.contains(u"already proposed"_s));
        QVERIFY(!Experiments::stop(acc.tw.db(), id, 1, &why));
        QVERIFY2(why.contains(u"reject it there first"_s), qPrintable(why));

        // A person rejects it: it may be proposed again.
        const qint64 now = acc.tw.clock().nowMs();
        Users::signIn(acc.tw.db(), u"Ann"_s, now);
        const auto ann = Users::find(acc.tw.db(), u"Ann"_s);
        QVERIFY(ann);
        QVERIFY(ApprovalDesk::reject(acc.tw.db(), e->proposalId, *ann, u"look a week longer"_s, u"desk"_s, now).ok);
        const qint64 again = Experiments::proposeWinner(acc.tw.db(), id, now, &why);
        QVERIFY2(again > 0, qPrintable(why));

        const auto p = ApprovalDesk::load(acc.tw.db(), again);
        QList<qint64> pauses;
        QVERIFY2(Experiments::declare(acc.tw.db(), p->parameters, now, &pauses, &why), qPrintable(why));
        QCOMPARE(Experiments::load(acc.tw.db(), id)->status, Experiments::Status::Decided);
        QCOMPARE(pauses.size(), 1);
        const auto pause = ApprovalDesk::load(acc.tw.db(), pauses.first());
        QCOMPARE(pause->actionType, ActionType::AdSetChange);
        QCOMPARE(pause->parameters.value(u"ad_set_id"_s).toString(), u"111"_s);
        QCOMPARE(pause->parameters.value(u"change"_s).toString(), u"pause"_s);
        QVERIFY(pause->reasoning.contains(u"was not declared the winner"_s));
        // A pause of it under way already: not proposed twice.
        QCOMPARE(AdProposals::proposePause(acc.tw.db(), acc.connection, u"111"_s, u"Ad Rules"_s, u"again"_s, now), 0);
        // Run again (a retry): nothing more is proposed.
        QList<qint64> more;
        QVERIFY(Experiments::declare(acc.tw.db(), p->parameters, now, &more, &why));
        QVERIFY(more.isEmpty());
        // Without pausing: only decided.
        QJsonObject keep = p->parameters;
        keep.insert(u"pause_losers"_s, u"no"_s);
        Sql::exec(acc.tw.db(), u"UPDATE ad_experiments SET state = 'winner' WHERE id = ?"_s, {id});
        QVERIFY(Experiments::declare(acc.tw.db(), keep, now, &more, &why));
        QVERIFY(more.isEmpty());
        // A stopped test's winner cannot be declared.
        Sql::exec(acc.tw.db(), u"UPDATE ad_experiments SET state = 'stopped' WHERE id = ?"_s, {id});
        QVERIFY(!Experiments::declare(acc.tw.db(), keep, now, &more, &why));
        QVERIFY(why.contains(u"Stopped"_s, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestExperiments)
#include "tst_experiments.moc"
