#include "ShopRows.h"
#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "campaigns/RuleEngine.h"
#include "shopagents/CeoAgent.h"
#include "shopagents/LineLoss.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// The CEO's pause of a product line that loses money after its ads, on a shop worked out here by hand.
// The clock stands at 2026-11-20 12:00: the window is 23 October – 19 November.
//
// Kitchen (Apron, €50, cost €40: a 20 % margin) sold 20 in the window, 5 of them brought by “Kitchen ads”
// (€30 + €10 a day of spend, Meta counting €40 a day of purchases): €200 of gross profit against €840 of
// ads, and even Meta's €1,120 at 20 % is €224. Home (Candle, €30, cost €10) sold 10, 4 brought by “Home
// ads” (€10 a day, Meta €40 a day): it loses €80 after ads, but its ads pay for themselves (€1,120 at
// 66.7 % is €747), so it is left alone. “Broad” brought 2 aprons and 3 candles: neither line has 60 % of
// it, so it is tied to no line.
class TestLineLoss : public QObject
{
    Q_OBJECT

private:
    qint64 m_store = 0;
    qint64 m_account = 0;

    static qint64 at(const QDate& day, int hour = 10) { return QDateTime(day, QTime(hour, 0)).toMSecsSinceEpoch(); }
    static QDate last() { return QDate(2026, 11, 19); }

    void sell(const QSqlDatabase& db, const QString& sku, qint64 cents, const QDate& day, const QString& campaign = {})
    {
        ShopRows::order(db, m_store, at(day), {{sku, cents}}, campaign);
    }

    qint64 campaign(const QSqlDatabase& db, const QString& external, const QString& name)
    {
        return Sql::insert(db,
            u"INSERT INTO campaigns (name, platform, external_id, currency, connection_id, created_at, updated_at) "
            u"VALUES (?, 'meta', ?, 'EUR', ?, 0, 0)"_s,
            {name, external, m_account});
    }

    void adSet(const QSqlDatabase& db, qint64 campaign, const QString& remote, const QString& status, qint64 spend,
        qint64 value, int purchases)
    {
        const qint64 id = Sql::insert(db,
            u"INSERT INTO ad_sets (connection_id, campaign_id, remote_id, name, status, daily_budget_cents, "
            u"updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, 0)"_s,
            {m_account, campaign, remote, remote.toUpper(), status, spend});
        for (int i = 0; i < 30; ++i) // two days before the window: they must not count
            Sql::exec(db,
                u"INSERT INTO ad_set_days (ad_set_id, day, spend_cents, value_cents, purchases, synced_at) VALUES (?, "
                u"?, ?, ?, ?, 0)"_s,
                {id, last().addDays(-i).toString(Qt::ISODate), spend, value, i < purchases ? 1 : 0});
    }

    void shop(TestWorkspace& tw, bool aproncost = true)
    {
        const QSqlDatabase db = tw.db();
        Transaction tx(db);
        m_store = ShopRows::store(db, tw.clock().nowMs());
        Sql::exec(db,
            u"INSERT INTO products (sku, name, category, price_cents, cost_cents, created_at, updated_at) VALUES ('A', "
            u"'Apron', 'Kitchen', 5000, ?, 0, 0), ('C', 'Candle', 'Home', 3000, 1000, 0, 0)"_s,
            {aproncost ? QVariant(4000) : QVariant(QMetaType::fromType<qint64>())});
        m_account = ShopRows::metaAccount(db, u"Shop ads"_s, u"Europe/Amsterdam"_s, last(), 0);
        const qint64 kitchen = campaign(db, u"k1"_s, u"Kitchen ads"_s);
        adSet(db, kitchen, u"k-a"_s, u"ACTIVE"_s, 2000, 3000, 28);
        adSet(db, kitchen, u"k-b"_s, u"ACTIVE"_s, 1000, 1000, 7);
        adSet(db, kitchen, u"k-old"_s, u"PAUSED"_s, 0, 0, 0);
        adSet(db, campaign(db, u"h1"_s, u"Home ads"_s), u"h-a"_s, u"ACTIVE"_s, 1000, 4000, 20);
        adSet(db, campaign(db, u"b1"_s, u"Broad"_s), u"b-a"_s, u"ACTIVE"_s, 500, 500, 2);
        for (int i = 0; i < 20; ++i)
            sell(db, u"A"_s, 5000, last().addDays(-i), i < 5 ? u"k1"_s : i < 7 ? u"b1"_s : QString());
        for (int i = 0; i < 10; ++i)
            sell(db, u"C"_s, 3000, last().addDays(-i * 2), i < 4 ? u"h1"_s : i < 7 ? u"b1"_s : QString());
        sell(db, u"A"_s, 5000, last().addDays(-28), u"k1"_s); // the day before the window
        SalesRollup::rebuild(db);
        tx.commit();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aLineLosingMoneyAfterItsAdsHasThemPaused()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const LineLoss::Finding f = LineLoss::find(db, now);
        QCOMPARE(f.first, QDate(2026, 10, 23));
        QCOMPARE(f.last, last());
        QCOMPARE(f.unlinkedCampaigns, 1); // Broad
        QVERIFY2(f.notJudged.isEmpty(), qPrintable(f.notJudged.join(u' ')));
        QCOMPARE(f.lines.size(), 2);

        const LineLoss::Line& kitchen = f.lines.at(0);
        QCOMPARE(kitchen.name, u"Kitchen"_s);
        QCOMPARE(kitchen.units, 20);
        QCOMPARE(kitchen.netSalesCents, 100000);
        QCOMPARE(kitchen.grossProfitCents(), 20000);
        QCOMPARE(kitchen.margin(), 0.2);
        QCOMPARE(kitchen.spendCents(), 84000);
        QCOMPARE(kitchen.valueCents(), 112000);
        QCOMPARE(kitchen.purchases(), 35);
        QCOMPARE(kitchen.storeNetCents(), 25000);
        QCOMPARE(kitchen.afterAdsCents(), -64000);
        QCOMPARE(kitchen.adsReturnCents(), 22400);
        QVERIFY(kitchen.losing());
        QCOMPARE(kitchen.campaigns.size(), 1);
        QCOMPARE(kitchen.campaigns.at(0).orders, 5);
        QCOMPARE(kitchen.campaigns.at(0).share, 1.0);
        QCOMPARE(kitchen.campaigns.at(0).activeAdSets.size(), 2); // the paused one is not paused again
        const double chance = RuleEngine::probabilityBelow(5.0, 84000, 112000, 35, 5000);
        QCOMPARE(kitchen.confidence(), std::min(chance, 0.99));

        const LineLoss::Line& home = f.lines.at(1);
        QCOMPARE(home.name, u"Home"_s);
        QCOMPARE(home.afterAdsCents(), -8000);
        QCOMPARE(home.adsReturnCents(), 74667); // 112,000 × 20,000 / 30,000
        QVERIFY(!home.losing());
        QCOMPARE(f.losing().size(), 1);

        const QString why = LineLoss::reasoning(kitchen, f);
        QVERIFY2(why.startsWith(u"Kitchen lost €640.00"_s) && why.contains(u"a margin of 20.0 %"_s)
                && why.contains(u"“Kitchen ads” (the line's share of the 5 store orders it brought: 100 %)"_s)
                && why.contains(u"€224.00 of gross profit"_s),
            qPrintable(why));

        {
            Transaction tx(db);
            QCOMPARE(LineLoss::propose(db, f, u"CEO"_s, now), 2);
            QCOMPARE(LineLoss::propose(db, f, u"CEO"_s, now), 0); // not twice
            tx.commit();
        }
        const qint64 id = tw.count(u"SELECT id FROM action_proposals WHERE json_extract(parameters, '$.ad_set_id') = "
                                   u"'k-a'"_s);
        const ApprovalDesk::Proposal p = *ApprovalDesk::load(db, id);
        QCOMPARE(p.agent, u"CEO"_s);
        QCOMPARE(p.actionType, ActionType::AdSetChange);
        QCOMPARE(p.parameters.value(u"change"_s).toString(), u"pause"_s);
        QCOMPARE(p.parameters.value(u"connection"_s).toInteger(), m_account);
        QCOMPARE(p.parameters.value(u"line"_s).toString(), u"Kitchen"_s);
        // Over 30 days: k-a's €560 of spend saved, and its share (€560 / €840) of the €224 the ads earned lost.
        QCOMPARE(*p.estCostCents, -60000);
        QCOMPARE(*p.estRevenueCents, -16000);
        QCOMPARE(p.confidence, kitchen.confidence());
        QCOMPARE(p.reasoning, why);
        QCOMPARE(p.alternatives.size(), 2);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE json_extract(parameters, '$.ad_set_id') IN "
                          u"('h-a', 'b-a', 'k-old')"_s),
            0);
    }

    void whatCannotBeJudgedIsSaid()
    {
        TestWorkspace tw;
        shop(tw, false);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        // The apron's cost is not known: Kitchen is not judged, and says why.
        LineLoss::Finding f = LineLoss::find(db, now);
        QCOMPARE(f.lines.size(), 1);
        QCOMPARE(f.lines.at(0).name, u"Home"_s);
        QVERIFY2(f.notJudged.join(u' ').contains(u"Kitchen: the cost is known for 0 of the 20 units sold"_s),
            qPrintable(f.notJudged.join(u' ')));

        // The ad account's figures end five days ago: nothing is judged on them.
        Sql::exec(db, u"UPDATE ad_accounts SET synced_through = '2026-11-14'"_s);
        f = LineLoss::find(db, now);
        QVERIFY(f.lines.isEmpty());
        QVERIFY2(
            f.notJudged.join(u' ').contains(u"Shop ads: its figures end on"_s), qPrintable(f.notJudged.join(u' ')));

        // Orders not synced for two days: nothing is judged at all.
        Sql::exec(db, u"UPDATE ad_accounts SET synced_through = '2026-11-19'"_s);
        Sql::exec(db, u"UPDATE sync_state SET updated_at = ?"_s, {now - 2 * 86'400'000LL - 60'000});
        f = LineLoss::find(db, now);
        QVERIFY(f.lines.isEmpty());
        QCOMPARE(f.notJudged.size(), 1);
    }

    void aCampaignLaunchedForAProductBelongsToItsLine()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        // Broad was launched from Quorum for the candle: it is Home's, whatever its orders were.
        Sql::exec(db,
            u"UPDATE campaigns SET product_id = (SELECT id FROM products WHERE sku = 'C') WHERE external_id = "
            u"'b1'"_s);
        const LineLoss::Finding f = LineLoss::find(db, tw.clock().nowMs());
        QCOMPARE(f.unlinkedCampaigns, 0);
        const auto home = std::find_if(
            f.lines.cbegin(), f.lines.cend(), [](const LineLoss::Line& l) { return l.name == u"Home"_s; });
        QVERIFY(home != f.lines.cend());
        QCOMPARE(home->campaigns.size(), 2);
        QVERIFY(home->campaigns.at(0).launchedForProduct || home->campaigns.at(1).launchedForProduct);
        QCOMPARE(home->spendCents(), 28000 + 14000);
        // Its store count is the line's share of what it brought: the 3 candles.
        QCOMPARE(home->storeNetCents(), 12000 + 9000);
    }

    void theCeoProposesThePausesOnItsRun()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        Agent::Outcome o;
        {
            Transaction tx(db);
            o = CeoAgent().run(db, tw.clock().nowMs());
            tx.commit();
        }
        QVERIFY2(o.note.contains(u"Proposed 2 ad set pause"_s) && o.note.contains(u"(Kitchen)"_s), qPrintable(o.note));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'CEO' AND action_type = "
                          u"'ad_set_change'"_s),
            2);
    }
};

QTEST_GUILESS_MAIN(TestLineLoss)
#include "tst_lineloss.moc"
