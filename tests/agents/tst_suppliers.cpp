#include "ShopRows.h"
#include "TestWorkspace.h"
#include "approvals/ActionEffects.h"
#include "approvals/ApprovalDesk.h"
#include "shopagents/ShopAgents.h"
#include "shopagents/SupplierAgent.h"
#include "shopagents/Suppliers.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"
#include "storesync/StoreSync.h"
#include "users/Users.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The supplier list and the Supplier vetting agent on a shop worked out here by hand. The shop sold 20
// of A and 10 of B in the last year (and 50 of A two years ago, which does not count).
//
// Old supplies A at €10.00 and B at €12.00 today: 30 days, 3 % defects, rated 4.0. New quotes €9.00 and
// €11.00, 14 days, 1.5 %, 4.5. Baskets at last year's units: Old 20 × 10 + 10 × 12 = €320, New €290.
// New scores 40 × 100 % + 25 × 100 % + 25 × 85 % + 10 × 90 % = 95.25; Old 40 × 290/320 + 25 × 14/30 +
// 25 × 70 % + 10 × 80 % = 73.42. Worse quotes A only at €13.00, 40 days, 5 %, 3.0: against Old on A
// (baskets €260 and €200) it scores 40 × 200/260 + 25 × 30/40 + 25 × 50 % + 10 × 60 % = 68.02, Old 90.5.
class TestSuppliers : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* kList = "supplier,sku,unit cost,lead time,defect rate,rating,country,min order,"
                                         "current\n"
                                         "Old,A,10.00,30,3%,4.0,NL,,yes\n"
                                         "Old,B,12.00,30,3%,4.0,NL,,yes\n"
                                         "New,A,9.00,14,\"1,5 %\",4.5,PT,300,no\n"
                                         "New,B,11.00,14,\"1,5 %\",4.5,PT,300,\n"
                                         "Worse,A,13.00,40,5,3,DE,,no\n";

    static void import(const QSqlDatabase& db, const QByteArray& csv, qint64 now)
    {
        const Suppliers::ParsedList list = Suppliers::parse(csv);
        QVERIFY2(list.error.isEmpty() && list.problems.isEmpty(), qPrintable(list.error + list.problems.join(u' ')));
        Transaction tx(db);
        Suppliers::write(db, list, u"EUR"_s, now);
        tx.commit();
    }

    static void shop(TestWorkspace& tw)
    {
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
        Transaction tx(db);
        const qint64 store = ShopRows::store(db, now);
        Sql::exec(db,
            u"INSERT INTO products (sku, name, price_cents, cost_cents, created_at, updated_at) VALUES ('A', "
            u"'Apron', 3000, 1000, 0, 0), ('B', 'Board', 4000, 1200, 0, 0)"_s);
        const auto at
            = [&](int daysAgo) { return QDateTime(today.addDays(-daysAgo), QTime(10, 0)).toMSecsSinceEpoch(); };
        for (int i = 0; i < 20; ++i)
            ShopRows::order(db, store, at(1 + i * 15), {{u"A"_s, 3000}});
        for (int i = 0; i < 10; ++i)
            ShopRows::order(db, store, at(2 + i * 30), {{u"B"_s, 4000}});
        for (int i = 0; i < 50; ++i)
            ShopRows::order(db, store, at(400 + i), {{u"A"_s, 3000}});
        SalesRollup::rebuild(db);
        tx.commit();
    }

    static Agent::Outcome run(const QSqlDatabase& db, qint64 now)
    {
        Transaction tx(db);
        const Agent::Outcome o = SupplierAgent().run(db, now);
        tx.commit();
        return o;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aListIsReadAndWhatIsLeftOutIsSaid()
    {
        Suppliers::ParsedList list = Suppliers::parse(QByteArray(kList));
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 5);
        const Suppliers::Quote& b = list.rows.at(3);
        QCOMPARE(b.supplier, u"New"_s);
        QCOMPARE(b.unitCostCents, 1100);
        QCOMPARE(b.leadDays, 14);
        QCOMPARE(*b.defectPct, 1.5);
        QCOMPARE(*b.rating, 4.5);
        QCOMPARE(*b.minOrderUnits, 300);
        QCOMPARE(b.country, u"PT"_s);
        QVERIFY(!b.current); // an empty "current" is no
        QVERIFY(list.rows.at(0).current);
        QVERIFY(!list.rows.at(4).minOrderUnits);

        // Dutch headings; every kind of bad row named by its line, the good ones kept.
        list = Suppliers::parse(QByteArrayLiteral("leverancier;artikelnummer;inkoopprijs;levertijd;beoordeling;huidig\n"
                                                  "Oud;A;€ 10,00;30;4;ja\n"
                                                  "Nieuw;A;gratis;14;4;nee\n"
                                                  "Nieuw;B;11,00;morgen;4;nee\n"
                                                  "Nieuw;C;11,00;14;7;nee\n"
                                                  "Nieuw;D;11,00;14;4;misschien\n"
                                                  ";E;11,00;14;4;nee\n"
                                                  "Oud;A;9,00;30;4;ja\n"));
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 1);
        QCOMPARE(list.rows.first().unitCostCents, 1000);
        QVERIFY(list.rows.first().current);
        QCOMPARE(list.problems.size(), 6);
        QVERIFY2(
            list.problems.at(0).startsWith(u"Line 3: “gratis” is not a unit cost"_s), qPrintable(list.problems.at(0)));
        QVERIFY2(list.problems.at(1).contains(u"“morgen” is not a lead time"_s), qPrintable(list.problems.at(1)));
        QVERIFY2(list.problems.at(2).contains(u"“7” is not a rating from 0 to 5"_s), qPrintable(list.problems.at(2)));
        QVERIFY2(list.problems.at(3).contains(u"“misschien”"_s), qPrintable(list.problems.at(3)));
        QVERIFY2(list.problems.at(4).contains(u"no supplier or no SKU"_s), qPrintable(list.problems.at(4)));
        QVERIFY2(list.problems.at(5).contains(u"Oud quotes A twice"_s), qPrintable(list.problems.at(5)));

        // Headings as the page writes them; whole numbers with thousands; units other than days refused; a
        // cost that rounds to nothing named, not written.
        list = Suppliers::parse(QByteArrayLiteral("supplier,sku,unit cost,lead time (days),defect rate (%),min order\n"
                                                  "Big,A,4.10,14 days,\"2,5 %\",\"1,000\"\n"
                                                  "Big,B,4.10,2 weeks,1,10\n"
                                                  "Big,C,0.001,14,1,10\n"
                                                  "Big,D,4.10,14,1,1.000\n"));
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 2);
        QCOMPARE(list.rows.at(0).leadDays, 14);
        QCOMPARE(*list.rows.at(0).defectPct, 2.5);
        QCOMPARE(*list.rows.at(0).minOrderUnits, 1000);
        QCOMPARE(*list.rows.at(1).minOrderUnits, 1000);
        QCOMPARE(list.optionalColumns, QStringList({u"defect_pct"_s, u"min_order_units"_s}));
        QCOMPARE(list.problems.size(), 2);
        QVERIFY2(list.problems.at(0).contains(u"“2 weeks” is not a lead time"_s), qPrintable(list.problems.at(0)));
        QVERIFY2(list.problems.at(1).contains(u"“0.001” is not a unit cost"_s), qPrintable(list.problems.at(1)));

        // A list without the columns it needs is refused with what it has ("price" is read as the unit cost).
        list = Suppliers::parse(QByteArrayLiteral("name,price\nOld,10\n"));
        QVERIFY2(list.error.contains(u"no column supplier, sku, lead time"_s)
                && list.error.contains(u"Its columns are: name, price"_s),
            qPrintable(list.error));
        QVERIFY(list.rows.isEmpty());
    }

    void scoresAreAsDocumented()
    {
        SupplierAgent::Side old{u"Old"_s, 32000, 30, 3.0, 4.0, {}, {}, {}};
        SupplierAgent::Side fresh{u"New"_s, 29000, 14, 1.5, 4.5, {}, {}, {}};
        QCOMPARE(SupplierAgent::score(fresh, old), 0.40 * 100 + 0.25 * 100 + 0.25 * 85 + 0.10 * 90);
        QCOMPARE(SupplierAgent::score(old, fresh),
            0.40 * 29000.0 / 32000 * 100 + 0.25 * 14.0 / 30 * 100 + 0.25 * 70 + 0.10 * 80);
        // A figure the list leaves out for either side is left out of both scores; ten percent of defects
        // and more score 0.
        SupplierAgent::Side bare{u"Bare"_s, 29000, 14, {}, {}, {}, {}, {}};
        QCOMPARE(SupplierAgent::score(bare, old), 100.0);
        QCOMPARE(SupplierAgent::score(old, bare), (0.40 * 29000.0 / 32000 * 100 + 0.25 * 14.0 / 30 * 100) / 0.65);
        SupplierAgent::Side unrated{u"Unrated"_s, 29000, 14, 1.5, {}, {}, {}, {}};
        QCOMPARE(SupplierAgent::score(unrated, old), (0.40 * 100 + 0.25 * 100 + 0.25 * 85) / 0.90);
        SupplierAgent::Side poor{u"Poor"_s, 29000, 14, 12.0, 5.0, {}, {}, {}};
        QCOMPARE(SupplierAgent::score(poor, old), 0.40 * 100 + 0.25 * 100 + 0.10 * 100);
        // Nine weightings: the base, then each weight halved and each raised by half.
        const auto w = SupplierAgent::weightings();
        QCOMPARE(w.size(), 9);
        QCOMPARE(w.at(1).cost, 0.20);
        QCOMPARE(w.at(8).rating, 0.15);
        // Weights are shares: doubling them all changes nothing.
        QCOMPARE(SupplierAgent::score(fresh, old, {0.8, 0.5, 0.5, 0.2}), SupplierAgent::score(fresh, old));
    }

    void theBetterSupplierIsProposedWithNumbersThatAddUp()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        import(db, QByteArray(kList), now);

        const QHash<QString, qint64> units = SupplierAgent::unitsSold(db, now);
        QCOMPARE(units.value(u"A"_s), 20); // the orders of two years ago are not last year's
        QCOMPARE(units.value(u"B"_s), 10);
        const QList<SupplierAgent::Comparison> all = SupplierAgent::compare(Suppliers::quotes(db), units);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().candidate.supplier, u"New"_s);
        QCOMPARE(all.first().candidate.basketCents, 29000);
        QCOMPARE(all.first().incumbent.basketCents, 32000);
        QCOMPARE(all.first().candidateScore, 95.25);
        QCOMPARE(all.first().weightingsWon, 9);
        QCOMPARE(*all.first().yearlyChangeCents, -3000);
        QCOMPARE(all.last().candidate.supplier, u"Worse"_s);
        QCOMPARE(all.last().skus, QStringList{u"A"_s});
        QCOMPARE(all.last().incumbentScore, 90.5);
        QCOMPARE(all.last().weightingsWon, 0);

        const Agent::Outcome o = run(db, now);
        QCOMPARE(o.proposals, 1);
        QVERIFY2(o.note.contains(u"New 95 against Old 73 (proposed)"_s) && o.note.contains(u"Worse 68 against Old "_s),
            qPrintable(o.note));
        const auto p = ApprovalDesk::load(
            db, tw.count(u"SELECT id FROM action_proposals WHERE agent = ?"_s, {u"Supplier Vetting"_s}));
        QVERIFY(p);
        QCOMPARE(p->actionType, ActionType::NewSupplier);
        QCOMPARE(p->status, u"pending"_s); // a new supplier always waits for a person
        QCOMPARE(p->riskLevel, u"high"_s);
        QCOMPARE(p->title, u"Add New as the supplier of 2 SKU(s) now bought from Old"_s);
        QCOMPARE(*p->estCostCents, -3000);
        QCOMPARE(p->confidence, 1.0);
        QCOMPARE(p->parameters.value(u"min_order_units"_s).toInt(), 300);
        QCOMPARE(p->parameters.value(u"replaces"_s).toString(), u"Old"_s);
        // The numbers in the proposal, recomputed from the rows they came from.
        const QJsonArray rows = p->parameters.value(u"comparison"_s).toArray();
        QCOMPARE(rows.size(), 2);
        const qint64 oldBasket
            = tw.count(u"SELECT SUM(q.unit_cost_cents * u.units) FROM supplier_quotes q JOIN (SELECT "
                       u"k.sku, SUM(l.units) AS units FROM sales_lines_daily l JOIN sales_keys k ON "
                       u"k.id = l.key_id WHERE l.day >= ? GROUP BY k.sku) u ON u.sku = q.sku WHERE "
                       u"q.supplier = 'Old'"_s,
                {QDateTime::fromMSecsSinceEpoch(now).date().toJulianDay() - 365});
        QCOMPARE(rows.at(1).toObject().value(u"basket"_s).toString(),
            u"%1.%2"_s.arg(oldBasket / 100).arg(oldBasket % 100, 2, 10, QChar(u'0')));
        QCOMPARE(rows.at(0).toObject().value(u"basket"_s).toString(), u"290.00"_s);
        QCOMPARE(rows.at(0).toObject().value(u"score"_s).toDouble(), 95.3);
        QCOMPARE(rows.at(1).toObject().value(u"score"_s).toDouble(), 73.4);
        QVERIFY(rows.at(1).toObject().value(u"current"_s).toBool());
        QVERIFY2(p->reasoning.contains(u"at the 30 unit(s) of them sold in the last 365 days"_s)
                && p->reasoning.contains(u"€290.00 against €320.00 (-9.4 %)"_s)
                && p->reasoning.contains(u"lead time 14 against 30 days"_s)
                && p->reasoning.contains(u"under 9 of 9 weightings"_s)
                && p->reasoning.contains(u"€30.00 a year lower"_s),
            qPrintable(p->reasoning));
        QVERIFY(p->riskFactors.contains(u"A first order of at least 300 unit(s)"_s));
        QVERIFY(p->riskFactors.contains(u"Ships from PT instead of NL: transport and duties differ"_s));

        // Waiting: not proposed again. Rejected with the same figures: not again either.
        QCOMPARE(run(db, now).proposals, 0);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QVERIFY(ApprovalDesk::reject(db, p->id, ann, u"not now"_s, u"test"_s, now + 1000).ok);
        QCOMPARE(run(db, now + 2000).proposals, 0);
        // A new price list for New: looked at again. Its columns are all it changes: the defect rate, rating,
        // country and minimum order an earlier list gave stay, and so does who is current.
        import(db, QByteArrayLiteral("supplier,sku,unit cost,lead time\nNew,A,8.50,14\n"), now + 3000);
        const QList<Suppliers::Quote> kept = Suppliers::quotes(db);
        const auto newA = std::find_if(kept.cbegin(), kept.cend(),
            [](const Suppliers::Quote& q) { return q.supplier == u"New" && q.sku == u"A"; });
        QCOMPARE(newA->unitCostCents, 850);
        QCOMPARE(*newA->defectPct, 1.5);
        QCOMPARE(*newA->rating, 4.5);
        QCOMPARE(newA->country, u"PT"_s);
        QCOMPARE(*newA->minOrderUnits, 300);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM supplier_quotes WHERE current = 1"_s), 2);
        QCOMPARE(run(db, now + 4000).proposals, 1);
    }

    // A candidate is compared once per incumbent and currency; its best comparison rejected, the next is
    // proposed, and only one of its proposals waits at a time.
    void eachIncumbentAndCurrencyIsItsOwnComparison()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        import(db,
            QByteArrayLiteral("supplier,sku,unit cost,lead time,defect rate,rating,currency,current\n"
                              "Old,A,10.00,30,3,4,EUR,yes\n"
                              "Old,B,12.00,30,3,4,USD,yes\n"
                              "Other,C,12.00,30,3,4,EUR,yes\n"
                              "New,A,9.00,14,1.5,4.5,EUR,no\n"
                              "New,B,11.50,14,1.5,4.5,USD,no\n"
                              "New,C,11.00,20,1.5,4.5,EUR,no\n"),
            now);
        const auto all = SupplierAgent::compare(Suppliers::quotes(db), SupplierAgent::unitsSold(db, now));
        QCOMPARE(all.size(), 3);
        QSet<QString> seen;
        for (const auto& c : all) {
            QCOMPARE(c.candidate.supplier, u"New"_s);
            QCOMPARE(c.skus.size(), 1);
            seen.insert(c.incumbent.supplier + u'/' + c.currency);
        }
        QCOMPARE(seen, QSet<QString>({u"Old/EUR"_s, u"Old/USD"_s, u"Other/EUR"_s}));
        QCOMPARE(run(db, now).proposals, 1);
        QCOMPARE(run(db, now + 1000).proposals, 0); // one of New's waits
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        const qint64 first = tw.count(u"SELECT MAX(id) FROM action_proposals WHERE agent = 'Supplier Vetting'"_s);
        QVERIFY(ApprovalDesk::reject(db, first, ann, u"not this one"_s, u"test"_s, now + 2000).ok);
        QCOMPARE(run(db, now + 3000).proposals, 1);
        const qint64 second = tw.count(u"SELECT MAX(id) FROM action_proposals WHERE agent = 'Supplier Vetting'"_s);
        QVERIFY(second != first);
        QVERIFY(ApprovalDesk::load(db, second)->parameters.value(u"comparison_id"_s)
            != ApprovalDesk::load(db, first)->parameters.value(u"comparison_id"_s));
    }

    void approvingMarksTheSupplierCurrent()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        import(db, QByteArray(kList), now);
        QCOMPARE(run(db, now).proposals, 1);
        const qint64 id = tw.count(u"SELECT id FROM action_proposals WHERE agent = 'Supplier Vetting'"_s);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QVERIFY(ApprovalDesk::approve(db, id, ann, QString(), u"test"_s, now + 1000).ok);
        ActionEffects effects;
        ShopAgents::registerEffects(effects);
        ActionEffects::Result r;
        {
            Transaction tx(db);
            r = effects.run(db, *ApprovalDesk::load(db, id), now + 2000);
            tx.commit();
        }
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.executed.value(u"marked_current"_s).toInt(), 2);
        QVERIFY2(r.executed.value(u"note"_s).toString().contains(u"current supplier of 2 SKU(s)"_s),
            qPrintable(r.executed.value(u"note"_s).toString()));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM supplier_quotes WHERE current = 1"_s), 4); // Old stays current
        // New is current now: compared with nobody, and Worse is compared with both.
        const auto all = SupplierAgent::compare(Suppliers::quotes(db), SupplierAgent::unitsSold(db, now));
        QCOMPARE(all.size(), 2);
        for (const auto& c : all)
            QCOMPARE(c.candidate.supplier, u"Worse"_s);
        QCOMPARE(run(db, now + 3000).proposals, 0);
    }

    void itSaysWhatItNeeds()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        Agent::Outcome o = run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"import one in Settings → Suppliers"_s), qPrintable(o.note));
        import(db, QByteArrayLiteral("supplier,sku,unit cost,lead time\nNew,A,8.50,14\n"), now);
        o = run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"marks no supplier as current"_s), qPrintable(o.note));
        // A store connected, never synced: what the workspace has is what there is.
        qint64 store = 0;
        {
            Transaction tx(db);
            store = ShopRows::store(db);
            tx.commit();
        }
        QVERIFY(!run(db, now).note.contains(u"Waits for"_s));
        // Its first order sync queued, then under way: it waits for the orders.
        {
            Transaction tx(db);
            QCOMPARE(StoreSync::queue(db, store, now, u"orders"_s), 1);
            tx.commit();
        }
        o = run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"Waits for the first order sync of Shop"_s), qPrintable(o.note));
        Sql::exec(db,
            u"INSERT INTO sync_state (connection_id, resource, updated_at) SELECT id, 'orders', ? FROM connections"_s,
            {now});
        QVERIFY(run(db, now).note.contains(u"Waits for the first order sync of Shop"_s));
        // Synced, and no sales: each SKU counts once, and no yearly figure is claimed.
        Sql::exec(db, u"UPDATE sync_state SET since = '2026-11-20T00:00:00Z'"_s);
        Sql::exec(db, u"UPDATE jobs SET state = 'done' WHERE kind = 'store.sync'"_s);
        import(db, QByteArrayLiteral("supplier,sku,unit cost,lead time,current\nOld,A,10.00,30,yes\n"), now);
        o = run(db, now);
        QVERIFY(!o.needsData);
        QCOMPARE(o.proposals, 1);
        const auto p = ApprovalDesk::load(db, tw.count(u"SELECT id FROM action_proposals"_s));
        QVERIFY(!p->estCostCents);
        QVERIFY2(
            p->reasoning.contains(u"one of each (none of them sold in the last 365 days)"_s), qPrintable(p->reasoning));
        QVERIFY(p->riskFactors.contains(
            u"Compared without defects and rating: the list leaves them out for one of the two"_s));
    }
};

QTEST_GUILESS_MAIN(TestSuppliers)
#include "tst_suppliers.moc"
