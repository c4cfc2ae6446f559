#include "ApprovalsModel.h"
#include "BusinessHealthModel.h"
#include "ModelRoles.h"
#include "TestWorkspace.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/ProposalRanking.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The CEO ranks the waiting proposals by expected value: (estimated revenue − estimated cost) ×
// confidence, converted to the reporting currency with the owner's rates. A proposal without an
// estimate, or in a currency without a rate, is not ranked; decided ones are not in the queue. The
// Approvals queue sorts by the same figure in SQL, the dashboard's model reads the first few, and the
// CEO's run says which comes first.
class TestProposalRanking : public QObject
{
    Q_OBJECT

    struct Queue
    {
        qint64 eur = 0;      // 100.00 − 20.00 at 50 %: 40.00
        qint64 usd = 0;      // 200.00 at 80 %, USD at 0.90: 144.00
        qint64 loss = 0;     // 10.00 − 50.00 at 100 %: −40.00
        qint64 costOnly = 0; // − 30.00 at 50 %: −15.00
        qint64 gbp = 0;      // no rate: not ranked
        qint64 none = 0;     // no estimate: not ranked
        qint64 decided = 0;  // approved: not waiting
    };

    static qint64 insert(const QSqlDatabase& db, const QString& title, const QVariant& revenue, const QVariant& cost,
        double confidence, const QString& currency = u"EUR"_s, const QString& status = u"pending"_s)
    {
        return Sql::insert(db,
            u"INSERT INTO action_proposals (agent, action_type, title, est_revenue_cents, est_cost_cents, currency, "
            u"confidence, risk_level, status, deadline, created_at, updated_at) VALUES ('Pricing', 'price_change', ?, "
            u"?, ?, ?, ?, 'high', ?, ?, 0, 0)"_s,
            {title, revenue, cost, currency, confidence, status, TestWorkspace::fixedNow() + 3'600'000});
    }

    static Queue queue(const QSqlDatabase& db)
    {
        Settings::setValue(db, u"workspace.currency"_s, u"EUR"_s);
        Settings::setValue(db, u"reporting.rates"_s, u"{\"USD\": \"0.9\", \"GBP\": \"\"}"_s);
        Queue q;
        const QVariant null(QMetaType::fromType<qlonglong>());
        q.eur = insert(db, u"Raise the apron"_s, 10000, 2000, 0.5);
        q.usd = insert(db, u"Raise the basket"_s, 20000, null, 0.8, u"USD"_s);
        q.loss = insert(db, u"Lower the bowl"_s, 1000, 5000, 1.0);
        q.costOnly = insert(db, u"Order boxes"_s, null, 3000, 0.5);
        q.gbp = insert(db, u"Raise the cup"_s, 90000, 0, 0.9, u"GBP"_s);
        q.none = insert(db, u"Review the scarf"_s, null, null, 0.9);
        q.decided = insert(db, u"Raise the dish"_s, 900000, 0, 1.0, u"EUR"_s, u"approved"_s);
        return q;
    }

private slots:
    void expectedValueIsTheNetTimesTheConfidence()
    {
        QCOMPARE(ProposalRanking::expectedValue(10000, 2000, 0.5), 4000);
        QCOMPARE(ProposalRanking::expectedValue(std::nullopt, 3000, 0.5), -1500);
        QCOMPARE(ProposalRanking::expectedValue(10000, std::nullopt, 1.7), 10000); // a confidence is at most 1
        QVERIFY(!ProposalRanking::expectedValue(std::nullopt, std::nullopt, 1));
    }

    void ranksTheWaitingQueueInTheReportingCurrency()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const Queue q = queue(db);
        const ProposalRanking::Ranking r = ProposalRanking::waiting(db, 3);
        QCOMPARE(r.currency, u"EUR"_s);
        QCOMPARE(r.ranked, 4);
        QCOMPARE(r.unranked, 2);
        QCOMPARE(r.top.size(), 3);
        QCOMPARE(r.top.at(0).id, q.usd);
        QCOMPARE(r.top.at(0).netCents, 18000); // 200.00 USD × 0.9
        QCOMPARE(r.top.at(0).expectedCents, 14400);
        QCOMPARE(r.top.at(0).confidence, 0.8);
        QCOMPARE(r.top.at(1).id, q.eur);
        QCOMPARE(r.top.at(1).expectedCents, 4000);
        QCOMPARE(r.top.at(2).id, q.costOnly);
        QCOMPARE(r.top.at(2).expectedCents, -1500);
        // The SQL the queue sorts by gives the same figures, NULL where nothing is ranked.
        const QString sql = ProposalRanking::expectedValueSql(db, u"p"_s);
        const auto value = [&](qint64 id) {
            return Sql::scalar(db, u"SELECT %1 FROM action_proposals p WHERE id = ?"_s.arg(sql), {id});
        };
        QCOMPARE(value(q.usd).toLongLong(), 14400);
        QCOMPARE(value(q.eur).toLongLong(), 4000);
        QCOMPARE(value(q.loss).toLongLong(), -4000);
        QCOMPARE(value(q.costOnly).toLongLong(), -1500);
        QVERIFY(value(q.gbp).isNull());
        QVERIFY(value(q.none).isNull());
        // A rate the owner adds later ranks what was in that currency.
        Settings::setValue(db, u"reporting.rates"_s, u"{\"USD\": \"0.9\", \"GBP\": \"1.15\"}"_s);
        const ProposalRanking::Ranking later = ProposalRanking::waiting(db, 1);
        QCOMPARE(later.top.first().id, q.gbp);
        QCOMPARE(later.top.first().expectedCents, std::llround(90000 * 0.9 * 1.15));
        QCOMPARE(
            Sql::scalar(db,
                u"SELECT %1 FROM action_proposals p WHERE id = ?"_s.arg(ProposalRanking::expectedValueSql(db, u"p"_s)),
                {q.gbp})
                .toLongLong(),
            later.top.first().expectedCents);
        // A rate that is not a number is no rate, and nothing of it reaches the SQL.
        Settings::setValue(db, u"reporting.rates"_s, u"{\"GBP\": \"1); DROP TABLE x; --\", \"x'y\": \"2\"}"_s);
        QVERIFY(!ProposalRanking::expectedValueSql(db, u"p"_s).contains(u"DROP"_s));
        QVERIFY(!ProposalRanking::expectedValueSql(db, u"p"_s).contains(u"x'y"_s));
        // Nor does a reporting currency that is not a code: nothing is in it then, and the SQL still runs.
        Settings::setValue(db, u"workspace.currency"_s, u"E'R"_s);
        QVERIFY(!ProposalRanking::expectedValueSql(db, u"p"_s).contains(u"E'R"_s));
        QCOMPARE(ProposalRanking::waiting(db, 3).ranked, 0);
        Settings::setValue(db, u"workspace.currency"_s, u"EUR"_s);
        QCOMPARE(ProposalRanking::waiting(db, 3).unranked,
            3); // USD and GBP without a rate now, and the one without an estimate
    }

    void theQueueSortsByExpectedValueWithTheUnrankedLast()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const Queue q = queue(db);
        ApprovalsModel model(db, &tw.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6); // the waiting ones
        model.sort(ApprovalsModel::Value, Qt::DescendingOrder);
        QList<qint64> order;
        for (int r = 0; r < model.rowCount(); ++r)
            order.append(model.idAt(r));
        QCOMPARE(order.mid(0, 4), (QList<qint64>{q.usd, q.eur, q.costOnly, q.loss}));
        QVERIFY(order.mid(4).contains(q.gbp) && order.mid(4).contains(q.none));
        model.sort(ApprovalsModel::Value, Qt::AscendingOrder);
        QCOMPARE(model.idAt(0), q.loss);
        // The cell is in the reporting currency; an unranked one says why in its tooltip.
        const QModelIndex usd = model.indexForId(q.usd, ApprovalsModel::Value);
        QCOMPARE(usd.data(ModelRoles::RawValueRole).toLongLong(), 14400);
        QVERIFY2(usd.data().toString().contains(u"144.00"_s), qPrintable(usd.data().toString()));
        const QModelIndex none = model.indexForId(q.none, ApprovalsModel::Value);
        QCOMPARE(none.data().toString(), u"–"_s);
        QVERIFY(none.data(Qt::ToolTipRole).toString().startsWith(u"Not ranked"_s));
    }

    void theDashboardAndTheCeoReadTheSameOrder()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const Queue q = queue(db);
        BusinessHealthModel health(db);
        QVERIFY(health.ranking().top.isEmpty()); // read when asked (the dashboard asks while it shows it)
        health.reloadRanking();
        QCOMPARE(health.ranking().top.size(), BusinessHealthModel::kTop);
        QCOMPARE(health.ranking().top.first().id, q.usd);
        // A decision changes the queue; the model reads it again when asked.
        Sql::exec(db, u"UPDATE action_proposals SET status = 'rejected' WHERE id = ?"_s, {q.usd});
        QSignalSpy changed(&health, &BusinessHealthModel::rankingChanged);
        health.reloadRanking();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(health.ranking().top.first().id, q.eur);
        QCOMPARE(health.ranking().ranked, 3);

        const Agent::Outcome o = CeoAgent().run(db, tw.clock().nowMs());
        // (No translator is installed here, so the plural reads "(s)".)
        const QString said = u"Ranked 3 waiting proposal(s) by expected value; first: “Raise the apron” (%1)."_s.arg(
            Money::format(4000, u"EUR"_s));
        QVERIFY2(o.note.contains(said), qPrintable(o.note));
    }
};

QTEST_GUILESS_MAIN(TestProposalRanking)
#include "tst_proposalranking.moc"
