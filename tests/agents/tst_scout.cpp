#include "ShopRows.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "shopagents/ScoutAgent.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The Scout on a shop worked out here by hand. The clock stands at 2026-11-20 12:00: the window now is
// 23 October – 19 November, the one before 25 September – 22 October.
//
// Rise (€50, cost €20) sold 8 before and 20 now; Fall (€40, cost €38: a 5 % margin) 20 before and 6 now;
// Steady (€30, cost €15) 15 and 15. Mug (€10, cost €4) and Spoon (€6, cost €2) were bought together in 6
// orders two to three months ago, the mug alone in 4 more and the spoon alone in 2; Plate sold alone 20
// times. 116 orders had a catalog product: the pair's lift is 6 × 116 / (10 × 8) = 8.7.
class TestScout : public QObject
{
    Q_OBJECT

private:
    qint64 m_store = 0;

    static QDate today() { return QDate(2026, 11, 20); }

    qint64 order(const QSqlDatabase& db, const QDate& day, const QList<std::pair<QString, qint64>>& lines)
    {
        return ShopRows::order(db, m_store, QDateTime(day, QTime(10, 0)).toMSecsSinceEpoch(), lines);
    }

    // Units of sku at cents, one an order, spread over the days from `from` to `to` days ago.
    void sell(const QSqlDatabase& db, const QString& sku, qint64 cents, int units, int from, int to)
    {
        for (int i = 0; i < units; ++i)
            order(db, today().addDays(-(from + (to - from) * i / std::max(1, units - 1))), {{sku, cents}});
    }

    void shop(TestWorkspace& tw)
    {
        const QSqlDatabase db = tw.db();
        Transaction tx(db);
        m_store = ShopRows::store(db, tw.clock().nowMs());
        Sql::exec(db,
            u"INSERT INTO products (sku, name, category, price_cents, cost_cents, created_at, updated_at) VALUES "
            u"('R', 'Rise', 'Home', 5000, 2000, 0, 0), ('F', 'Fall', 'Home', 4000, 3800, 0, 0), ('S', 'Steady', "
            u"'Home', 3000, 1500, 0, 0), ('M', 'Mug', 'Kitchen', 1000, 400, 0, 0), ('P', 'Spoon', 'Kitchen', 600, "
            u"200, 0, 0), ('X', 'Plate', 'Kitchen', 2000, 800, 0, 0)"_s);
        sell(db, u"R"_s, 5000, 8, 29, 56);
        sell(db, u"R"_s, 5000, 20, 1, 28);
        sell(db, u"F"_s, 4000, 20, 29, 56);
        sell(db, u"F"_s, 4000, 6, 1, 28);
        sell(db, u"S"_s, 3000, 15, 29, 56);
        sell(db, u"S"_s, 3000, 15, 1, 28);
        for (int i = 0; i < 6; ++i)
            order(db, today().addDays(-60 - i), {{u"M"_s, 1000}, {u"P"_s, 600}});
        sell(db, u"M"_s, 1000, 4, 60, 85);
        sell(db, u"P"_s, 600, 2, 60, 85);
        sell(db, u"X"_s, 2000, 20, 60, 85);
        SalesRollup::rebuild(db);
        tx.commit();
    }

    // P(X ≥ k), X ~ Binomial(n, ½), by the coefficients themselves.
    static double upper(int k, int n)
    {
        double sum = 0;
        for (int i = k; i <= n; ++i) {
            double c = 1;
            for (int j = 1; j <= i; ++j)
                c = c * (n - i + j) / j;
            sum += c;
        }
        return sum / std::pow(2.0, n);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void momentumIsRankedAndProposed()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const ScoutAgent::Reading r = ScoutAgent::read(db, now);
        QCOMPARE(r.first, QDate(2026, 10, 23));
        QCOMPARE(r.last, QDate(2026, 11, 19));
        // The catalog's margin now: (600 + 12 + 225) / (1,000 + 240 + 450).
        QCOMPARE(*r.catalogMargin, 83700.0 / 169000.0);
        QCOMPARE(r.products.size(), 3); // the mug, spoon and plate sold before both windows
        QCOMPARE(r.products.first().name, u"Rise"_s);
        QCOMPARE(r.products.first().unitsNow, 20);
        QCOMPARE(r.products.first().unitsBefore, 8);
        QCOMPARE(r.products.first().change(), 1.5);
        QCOMPARE(*r.products.first().margin(), 0.6);
        QCOMPARE(r.products.first().chanceRose(), 1.0 - upper(20, 28));
        QCOMPARE(ScoutAgent::binomialUpper(20, 28), upper(20, 28));
        QCOMPARE(r.pairs.size(), 1);
        QCOMPARE(r.pairs.first().together, 6);
        QCOMPARE(r.pairs.first().withA, 10);
        QCOMPARE(r.pairs.first().withB, 8);
        QCOMPARE(r.pairs.first().orders, 116);
        QCOMPARE(r.pairs.first().lift(), 6.0 * 116 / 80);

        Agent::Outcome o;
        {
            Transaction tx(db);
            o = ScoutAgent().run(db, now);
            tx.commit();
        }
        QCOMPARE(o.proposals, 3);
        QVERIFY2(o.note.contains(u"Rising: Rise (+150 %)"_s) && o.note.contains(u"falling: Fall (-70 %)"_s),
            qPrintable(o.note));

        const auto load = [&](const QString& type) {
            return *ApprovalDesk::load(
                db, tw.count(u"SELECT id FROM action_proposals WHERE action_type = ? AND agent = 'Scout'"_s, {type}));
        };
        const ApprovalDesk::Proposal feature = load(u"feature_product"_s);
        QCOMPARE(feature.title, u"Feature “Rise”: units +150 %"_s);
        QCOMPARE(feature.parameters.value(u"units_now"_s).toInt(), 20);
        QCOMPARE(feature.parameters.value(u"units_before"_s).toInt(), 8);
        QCOMPARE(feature.parameters.value(u"margin_pct"_s).toDouble(), 60.0);
        QCOMPARE(feature.confidence, 1.0 - upper(20, 28));
        QCOMPARE(feature.status, u"pending"_s); // a person chooses what the shop puts forward
        QVERIFY2(feature.reasoning.contains(u"(the catalog's 50 %)"_s), qPrintable(feature.reasoning));

        const ApprovalDesk::Proposal retire = load(u"retire_product"_s);
        QCOMPARE(retire.title, u"Retire “Fall”: units -70 %"_s);
        QCOMPARE(retire.parameters.value(u"margin_pct"_s).toDouble(), 5.0);
        QCOMPARE(retire.confidence, 1.0 - upper(20, 26));
        QCOMPARE(retire.status, u"pending"_s);

        const ApprovalDesk::Proposal bundle = load(u"new_product"_s);
        QCOMPARE(bundle.title, u"Bundle “Mug” and “Spoon”"_s);
        QCOMPARE(bundle.parameters.value(u"name"_s).toString(), u"Mug + Spoon"_s);
        QCOMPARE(bundle.parameters.value(u"price"_s).toString(), u"14.40"_s); // 90 % of €16.00
        QCOMPARE(bundle.parameters.value(u"cost"_s).toString(), u"6.00"_s);
        QCOMPARE(bundle.confidence, 0.5);
        QCOMPARE(bundle.status, u"pending"_s);
        QVERIFY2(bundle.reasoning.contains(u"in 6 of the 116 orders"_s) && bundle.reasoning.contains(u"8.7 times"_s),
            qPrintable(bundle.reasoning));

        // Waiting already: a second run proposes nothing again.
        {
            Transaction tx(db);
            o = ScoutAgent().run(db, now);
            tx.commit();
        }
        QCOMPARE(o.proposals, 0);
    }

    void itSaysWhatItNeeds()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        Agent::Outcome o = ScoutAgent().run(db, tw.clock().nowMs());
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"Needs orders"_s), qPrintable(o.note));

        // Five weeks of orders: not two periods of four weeks yet.
        {
            Transaction tx(db);
            m_store = ShopRows::store(db, tw.clock().nowMs());
            Sql::exec(db,
                u"INSERT INTO products (sku, name, price_cents, created_at, updated_at) VALUES ('R', 'Rise', 5000, 0, "
                u"0)"_s);
            sell(db, u"R"_s, 5000, 20, 1, 35);
            SalesRollup::rebuild(db);
            tx.commit();
        }
        o = ScoutAgent().run(db, tw.clock().nowMs());
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"Needs 56 days of orders"_s), qPrintable(o.note));
    }
};

QTEST_GUILESS_MAIN(TestScout)
#include "tst_scout.moc"
