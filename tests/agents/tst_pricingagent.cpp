#include "TestWorkspace.h"
#include "approvals/ApprovalDesk.h"
#include "core/Money.h"
#include "shopagents/Pricing.h"
#include "shopagents/PricingAgent.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"
#include "users/Users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The Pricing agent: the owner's rounding and floor, the response of sales to price measured from
// weekly sales, the competitor price list read as people write it, and the proposals made from a
// workspace's rows, whose numbers are recomputed here from those rows.
class TestPricingAgent : public QObject
{
    Q_OBJECT

    using Item = PricingAgent::Item;

    static Pricing::Rules rules()
    {
        Pricing::Rules r;
        r.marginFloorPct = 30;
        r.ending = Pricing::Ending::X95;
        r.maxStepPct = 10;
        return r;
    }

    // Weekly sales at the prices given, units = base × (price / ref)^e, the rest of the item as given.
    static std::vector<Pricing::Week> weeks(const std::vector<double>& prices, double base, double ref, double e)
    {
        std::vector<Pricing::Week> out;
        for (size_t t = 0; t < prices.size(); ++t) {
            const double units = std::round(base * std::pow(prices[t] / ref, e) * (1 + 0.03 * std::sin(1.7 * t)));
            out.push_back({units, units * prices[t]});
        }
        return out;
    }

    static qint64 product(const QSqlDatabase& db, const QString& sku, qint64 price, std::optional<qint64> cost)
    {
        return Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, cost_cents, created_at, updated_at) VALUES (?, ?, ?, ?, 0, "
            u"0)"_s,
            {sku, QString(u"Product "_s + sku), price, cost ? QVariant(*cost) : QVariant()});
    }

    // Units sold on a day at a price paid, in the rollup as the store sync writes it.
    static void sold(const QSqlDatabase& db, qint64 key, qint64 day, int units, qint64 priceCents)
    {
        Sql::exec(db,
            u"INSERT INTO sales_lines_daily (day, key_id, units, net_micro, refund_micro) VALUES (?, ?, ?, ?, 0) ON "
            u"CONFLICT (day, key_id) DO UPDATE SET units = units + excluded.units, net_micro = net_micro + "
            u"excluded.net_micro"_s,
            {day, key, units, qint64(units) * priceCents * 1'000'000});
    }

private slots:
    void roundsAsTheOwnerSays()
    {
        using Pricing::Direction;
        using Pricing::Ending;
        QCOMPARE(Pricing::rounded(8950, Ending::X95, Direction::Down), 8895);
        QCOMPARE(Pricing::rounded(8950, Ending::X95, Direction::Up), 8995);
        QCOMPARE(Pricing::rounded(8995, Ending::X95, Direction::Up), 8995);
        QCOMPARE(Pricing::rounded(8995, Ending::X95, Direction::Down), 8995);
        QCOMPARE(Pricing::rounded(8950, Ending::X99, Direction::Down), 8899);
        QCOMPARE(Pricing::rounded(8950, Ending::X00, Direction::Up), 9000);
        QCOMPARE(Pricing::rounded(8950, Ending::X00, Direction::Down), 8900);
        QCOMPARE(Pricing::rounded(8950, Ending::None, Direction::Down), 8950);
        QCOMPARE(Pricing::rounded(50, Ending::X95, Direction::Down), 95); // never below the first ending
        QCOMPARE(Pricing::floorPrice(3150, 30), 4500);
        QCOMPARE(Pricing::floorPrice(1000, 0), 1000);
        QVERIFY(!Pricing::validate(rules()).size());
        Pricing::Rules bad = rules();
        bad.marginFloorPct = 100;
        QVERIFY(Pricing::validate(bad).contains(u"margin floor"_s));
        bad.marginFloorPct = 90;
        QVERIFY(Pricing::validate(bad).isEmpty());
        bad = rules();
        bad.maxStepPct = 0;
        QVERIFY(Pricing::validate(bad).contains(u"step"_s));
        QCOMPARE(Pricing::fromJson(Pricing::toJson(rules())), rules());
    }

    // A known curve: units ∝ price^−2.5 with a little noise; the estimate finds it within its error.
    void measuresTheResponseToPrice()
    {
        std::vector<double> prices;
        for (int t = 0; t < 20; ++t)
            prices.push_back(5000 * (1 + 0.08 * std::sin(0.9 * t)));
        const auto e = Pricing::elasticity(weeks(prices, 100, 5000, -2.5));
        QVERIFY(e);
        QCOMPARE(e->weeks, 20);
        QVERIFY2(std::abs(e->value + 2.5) < 3 * e->se + 0.05, qPrintable(QString::number(e->value)));
        QVERIFY2(e->se > 0 && e->se < 0.3, qPrintable(QString::number(e->se)));
        QVERIFY(e->priceSpread > 0.04);

        QString why;
        QVERIFY(!Pricing::elasticity(weeks({5000, 5200, 4800, 5000, 5100}, 100, 5000, -2.5), &why));
        QVERIFY2(why.contains(u"5 week"_s), qPrintable(why));
        QVERIFY(!Pricing::elasticity(weeks(std::vector<double>(20, 5000), 100, 5000, -2.5), &why));
        QVERIFY2(why.contains(u"at least 2 %"_s), qPrintable(why));
        // A price that rose 1 % every week moved with time: its effect is not told apart from the trend's.
        std::vector<double> rising;
        for (int t = 0; t < 20; ++t)
            rising.push_back(5000 * std::pow(1.01, t));
        QVERIFY(!Pricing::elasticity(weeks(rising, 100, 5000, -2.5), &why));
        QVERIFY2(why.contains(u"in step with time"_s), qPrintable(why));
        // Weeks without a sale have no price paid: they are left out, not counted as free.
        auto gaps = weeks(prices, 100, 5000, -2.5);
        for (size_t t = 0; t < gaps.size(); t += 4)
            gaps[t] = {};
        QCOMPARE(Pricing::elasticity(gaps)->weeks, 15);
    }

    void decidesByFloorResponseAndCompetitors()
    {
        // Under the floor: 30 % over a cost of 8.00 needs 11.43, which ends on 11.95, whatever the step.
        Item floor{u"A"_s, 1, {}, u"EUR"_s, 1000, 800};
        auto d = PricingAgent::decide(floor, rules());
        QVERIFY(d);
        QCOMPARE(d->reason, PricingAgent::Reason::MarginFloor);
        QCOMPARE(d->priceCents, 1195);
        QCOMPARE(d->confidence, 0.5); // no response measured
        // Above the true floor (12.15 for a cost of 8.50) but below its rounded ending (12.95): no raise.
        QVERIFY(!PricingAgent::decide(Item{u"A2"_s, 1, {}, u"EUR"_s, 1250, 850}, rules()));
        QCOMPARE(PricingAgent::decide(Item{u"A3"_s, 1, {}, u"EUR"_s, 1200, 850}, rules())->priceCents, 1295);

        // Elastic (e = −2.5): the best price over a cost of 20.00 is 20 × 2.5 / 1.5 = 33.33; from 50.00 at
        // most 10 % at once: 45.00, on .95 upwards 45.95.
        std::vector<double> prices;
        for (int t = 0; t < 26; ++t)
            prices.push_back(5000 * (1 + 0.08 * std::sin(0.9 * t)));
        Item elastic{u"B"_s, 1, {}, u"EUR"_s, 5000, 2000, 60, 60, weeks(prices, 100, 5000, -2.5)};
        d = PricingAgent::decide(elastic, rules());
        QVERIFY(d);
        QCOMPARE(d->reason, PricingAgent::Reason::Elastic);
        QCOMPARE(d->priceCents, 4595);
        QVERIFY(d->confidence > 0.95);
        // The effect uses the response: fewer euros each, more units.
        QVERIFY(d->unitsAfter > d->unitsBefore);
        QCOMPARE(d->unitsBefore, 60 * 30.0 / 28);
        QVERIFY(std::abs(d->unitsAfter - d->unitsBefore * std::pow(4595.0 / 5000, d->response->value)) < 1e-9);

        // Inelastic (e = −0.4): up 10 %, but not past 95 % of the cheapest competitor (52.00 → 49.40 → 48.95).
        Item inelastic{u"C"_s, 1, {}, u"EUR"_s, 4500, 2000, 60, 60, weeks(prices, 100, 5000, -0.4)};
        d = PricingAgent::decide(inelastic, rules());
        QVERIFY(d);
        QCOMPARE(d->reason, PricingAgent::Reason::Inelastic);
        QCOMPARE(d->priceCents, 4895);
        inelastic.competitorCents = 5050; // 95 % is 47.98: the cap holds it at 47.95
        d = PricingAgent::decide(inelastic, rules());
        QCOMPARE(d->priceCents, 4795);
        inelastic.competitorCents = 4700; // 95 % is 44.65: below today's price, so no raise
        QVERIFY(!PricingAgent::decide(inelastic, rules()));

        // No response measured: competitors with our own trend.
        Item dear{u"D"_s, 1, {}, u"EUR"_s, 3000, 1000, 20, 40};
        dear.competitorCents = 2500;
        d = PricingAgent::decide(dear, rules());
        QVERIFY(d);
        QCOMPARE(d->reason, PricingAgent::Reason::CompetitorLower);
        QCOMPARE(d->priceCents, 2795); // 10 % down to 27.00, on .95 upwards
        dear.unitsLast = 35;           // not falling: no cut
        QVERIFY(!PricingAgent::decide(dear, rules()));
        dear.unitsLast = 3;
        dear.unitsPrevious = 4; // too few sales to call it a trend
        QVERIFY(!PricingAgent::decide(dear, rules()));
        Item cheap{u"E"_s, 1, {}, u"EUR"_s, 2000, 800, 30, 28};
        cheap.competitorCents = 2600;
        d = PricingAgent::decide(cheap, rules());
        QVERIFY(d);
        QCOMPARE(d->reason, PricingAgent::Reason::CompetitorRaise);
        QCOMPARE(d->priceCents, 2195); // 10 % up to 22.00, on .95 downwards
        cheap.unitsLast = 10;          // falling: no raise
        QVERIFY(!PricingAgent::decide(cheap, rules()));
        // A cut never goes below the floor: 30 % over 20.00 is 28.57 → 28.95.
        Item nearFloor{u"F"_s, 1, {}, u"EUR"_s, 3000, 2000, 20, 40};
        nearFloor.competitorCents = 2000;
        d = PricingAgent::decide(nearFloor, rules());
        QVERIFY(d);
        QCOMPARE(d->priceCents, 2895);
    }

    void readsPriceListsAsPeopleWriteThem()
    {
        const QByteArray csv = "SKU;Competitor;Price;Currency;Date\n"
                               "APP-001;Wool & Co;\"79,95\";eur;2026-11-30\n"
                               "APP-001;Knit Corner;\xE2\x82\xAC 1.084,50;;\n"
                               "APP-002;Wool & Co;n/a;EUR;\n"
                               "APP-003;;12,00;EUR;\n"
                               "APP-004;Knit Corner;12,00;EURO;\n"
                               "APP-005;Knit Corner;12,00;EUR;30 November\n";
        const Pricing::ParsedList list = Pricing::parseCompetitorPrices(csv);
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 2);
        QCOMPARE(list.rows.at(0).priceCents, 7995);
        QCOMPARE(list.rows.at(0).currency, u"EUR"_s);
        QCOMPARE(list.rows.at(0).seenOn, QDate(2026, 11, 30));
        QCOMPARE(list.rows.at(1).priceCents, 108450);
        QCOMPARE(list.problems.size(), 4);
        QVERIFY2(list.problems.at(0).contains(u"Line 4"_s) && list.problems.at(0).contains(u"n/a"_s),
            qPrintable(list.problems.at(0)));
        QVERIFY(list.problems.at(1).contains(u"Line 5"_s));
        QVERIFY(list.problems.at(2).contains(u"EURO"_s));
        QVERIFY(list.problems.at(3).contains(u"30 November"_s));
        QCOMPARE(Pricing::parsePrice(u"1,234.56 USD"_s), 123456);
        QCOMPARE(Pricing::parsePrice(u"49.9"_s), 4990);
        QCOMPARE(Pricing::parsePrice(u"1.234"_s), 123400);
        QVERIFY(!Pricing::parsePrice(u"-5"_s));
        QVERIFY(!Pricing::parsePrice(u"0.001"_s)); // a tenth of a cent, not one euro
        QCOMPARE(Pricing::parsePrice(u"0.125"_s), 13);

        const auto missing = Pricing::parseCompetitorPrices("sku,amount\nA,1\n");
        QVERIFY(missing.rows.isEmpty());
        QVERIFY2(missing.error.contains(u"competitor, price"_s) && missing.error.contains(u"sku, amount"_s),
            qPrintable(missing.error));
        QVERIFY(!Pricing::parseCompetitorPrices("sku,competitor,price\n").error.isEmpty());

        // Written: a list imported again replaces the prices it names and keeps the others.
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        product(db, u"APP-001"_s, 8900, 3150);
        Pricing::Written w = Pricing::write(db, list, u"EUR"_s, QDate(2026, 12, 1), 1);
        QCOMPARE(w.prices, 2);
        QCOMPARE(w.competitors, 2);
        QCOMPARE(w.unknownSkus, 0);
        const auto again = Pricing::parseCompetitorPrices("sku,competitor,price\nAPP-001,Knit Corner,75.00\nZZ,X,1\n");
        w = Pricing::write(db, again, u"EUR"_s, QDate(2026, 12, 2), 2);
        QCOMPARE(w.unknownSkus, 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM competitor_prices"_s), 3);
        QCOMPARE(tw.count(u"SELECT price_cents FROM competitor_prices WHERE competitor = 'Knit Corner'"_s), 7500);
        QCOMPARE(
            Sql::scalar(db, u"SELECT seen_on FROM competitor_prices WHERE competitor = 'Knit Corner'"_s).toString(),
            u"2026-12-02"_s);
        QVERIFY(Pricing::summary(again, w).contains(u"not in the catalog"_s));
        QCOMPARE(Pricing::listState(db).competitors, 3);
    }

    void proposesFromTheWorkspaceRows()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        PricingAgent agent;
        Agent::Outcome o = agent.run(db, now);
        QVERIFY(o.needsData);
        product(db, u"NOCOST"_s, 1500, std::nullopt);
        o = agent.run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"no cost"_s), qPrintable(o.note));

        Pricing::save(db, rules());
        const qint64 a = product(db, u"A"_s, 1000, 850);         // floor 12.15 → 12.95: 29.5 %, waits for a person
        product(db, u"B"_s, 5000, 2000);                         // sales hardly respond: up 10 %
        const qint64 productC = product(db, u"C"_s, 3000, 1000); // dearer than a competitor, sales falling
        const qint64 connection = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        Sql::exec(db, u"INSERT INTO sync_state (connection_id, resource, updated_at) VALUES (?, 'orders', ?)"_s,
            {connection, now - 3'600'000});
        const auto key = [&](const QString& sku) {
            return Sql::insert(db,
                u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, "
                u"name) VALUES (?, ?, '', ?, 'EUR', ?)"_s,
                {connection, sku, sku, sku});
        };
        const qint64 today = SalesRollup::localDay(now);
        const qint64 b = key(u"B"_s);
        for (int t = 0; t < 26; ++t) {
            const qint64 price = 5000 + (t % 3 - 1) * 400; // 46, 50, 54
            const int units = static_cast<int>(std::round(70 * std::pow(price / 5000.0, -0.4)));
            sold(db, b, today - 7 * 26 + 7 * t + 2, units, price);
        }
        const qint64 c = key(u"C"_s);
        for (int i = 0; i < 56; ++i)
            sold(db, c, today - 56 + i, i < 28 ? (i % 2 == 0 ? 2 : 1) : (i % 3 == 0 ? 2 : 0), 3000);
        Sql::exec(db,
            u"INSERT INTO competitor_prices (sku, competitor, price_cents, currency, seen_on, imported_at) VALUES "
            u"('C', 'Rival', 2500, 'EUR', ?, 0), ('C', 'Old rival', 1000, 'EUR', ?, 0), ('C', 'Dollar rival', 900, "
            u"'USD', ?, 0)"_s,
            {QDate::fromJulianDay(today).toString(Qt::ISODate),
                QDate::fromJulianDay(today - PricingAgent::CompetitorMaxAgeDays - 1).toString(Qt::ISODate),
                QDate::fromJulianDay(today).toString(Qt::ISODate)});

        o = agent.run(db, now);
        QVERIFY2(!o.needsData, qPrintable(o.note));
        QCOMPARE(o.proposals, 3);
        QVERIFY2(o.note.contains(u"Checked 3 variant"_s) && o.note.contains(u"1 without a cost"_s), qPrintable(o.note));
        const auto proposal = [&](const QString& sku) {
            const qint64 id = Sql::scalar(db,
                u"SELECT id FROM action_proposals WHERE action_type = 'price_change' AND json_extract(parameters, "
                u"'$.sku') = ?"_s,
                {sku})
                                  .toLongLong();
            return *ApprovalDesk::load(db, id);
        };
        // Every number from the rows: the floor from the cost, the trend from the rollup, the competitor
        // from the price list (fresh, in the product's currency).
        const ApprovalDesk::Proposal pa = proposal(u"A"_s);
        QCOMPARE(pa.productId, a);
        QCOMPARE(pa.parameters.value(u"reason"_s).toString(), u"margin_floor"_s);
        QCOMPARE(pa.parameters.value(u"new_price"_s).toString(), u"12.95"_s);
        QCOMPARE(pa.parameters.value(u"old_price"_s).toString(), u"10.00"_s);
        QCOMPARE(pa.status, u"pending"_s); // 29.5 % ≥ 20 %: a person decides
        QVERIFY2(
            pa.description.contains(u"15.0 %"_s) && pa.description.contains(u"30 %"_s), qPrintable(pa.description));

        const ApprovalDesk::Proposal pb = proposal(u"B"_s);
        QCOMPARE(pb.parameters.value(u"reason"_s).toString(), u"inelastic"_s);
        QCOMPARE(pb.parameters.value(u"new_price"_s).toString(), u"54.95"_s);
        QCOMPARE(pb.parameters.value(u"weeks"_s).toInt(), 26);
        QVERIFY(std::abs(pb.parameters.value(u"elasticity"_s).toDouble() + 0.4) < 0.1);
        QCOMPARE(pb.status, u"auto_approved"_s); // 9.9 %: runs and notifies
        QVERIFY2(pb.reasoning.contains(u"elasticity of -0."_s), qPrintable(pb.reasoning));

        const ApprovalDesk::Proposal pc = proposal(u"C"_s);
        QCOMPARE(pc.parameters.value(u"reason"_s).toString(), u"competitor_lower"_s);
        QCOMPARE(pc.parameters.value(u"competitor"_s).toString(), u"Rival"_s);
        QCOMPARE(pc.parameters.value(u"new_price"_s).toString(), u"27.95"_s);
        QCOMPARE(pc.parameters.value(u"units_last"_s).toInt(),
            tw.count(u"SELECT SUM(units) FROM sales_lines_daily WHERE key_id = ? AND day >= ?"_s, {c, today - 28}));
        QCOMPARE(pc.parameters.value(u"units_previous"_s).toInt(),
            tw.count(u"SELECT SUM(units) FROM sales_lines_daily WHERE key_id = ? AND day >= ? AND day < ?"_s,
                {c, today - 56, today - 28}));
        QVERIFY2(pc.reasoning.contains(u"could not be measured"_s), qPrintable(pc.reasoning));
        QCOMPARE(pc.confidence, 0.5);
        // Revenue over 30 days at the same units: units × (new − old).
        const double units = pc.parameters.value(u"units_last"_s).toInt() * 30.0 / 28;
        QCOMPARE(*pc.estRevenueCents, std::llround(units * 2795 - units * 3000));
        // The alternatives' impact is that same measure at their price: half the step (€29.95, ending as the
        // owner's prices do, towards today's), and none.
        QCOMPARE(pc.alternatives.size(), 2);
        const QJsonObject half = pc.alternatives.at(0).toObject();
        QVERIFY2(half.value(u"description"_s).toString().contains(u"29.95"_s),
            qPrintable(half.value(u"description"_s).toString()));
        QCOMPARE(
            half.value(u"impact"_s).toString(), Money::format(std::llround(units * 2995 - units * 3000), u"EUR"_s));
        QCOMPARE(pc.alternatives.at(1).toObject().value(u"impact"_s).toString(), Money::format(0, u"EUR"_s));

        // A person may change the price of a cut; the agent's figures (a negative change) are not theirs to check.
        QVERIFY(pc.parameters.value(u"change_pct"_s).toDouble() < 0);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QJsonObject cut = pc.parameters;
        cut.insert(u"new_price"_s, u"28.50"_s);
        const auto modified = ApprovalDesk::modify(db, pc.id, ann, cut, QString(), u"test"_s, now + 1);
        QVERIFY2(modified.ok, qPrintable(modified.error));
        const ApprovalDesk::Proposal changed = *ApprovalDesk::load(db, pc.id);
        QCOMPARE(changed.modifiedParameters.value(u"new_price"_s).toString(), u"28.50"_s);
        QCOMPARE(changed.modifiedParameters.value(u"change_pct"_s), pc.parameters.value(u"change_pct"_s));

        // Words that state today's price are named before deciding: C's description says €30.00 twice.
        QVERIFY(pb.riskFactors.isEmpty());
        const qint64 piece = Sql::insert(db,
            u"INSERT INTO content_pieces (product_id, kind, state, run_no, updated_at) VALUES (?, 'description', "
            u"'accepted', 1, 0)"_s,
            {productC});
        const qint64 version = Sql::insert(db,
            u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, created_at) "
            u"VALUES (?, 1, 1, 'writer', ?, 'k1', 0)"_s,
            {piece, u"{\"body\": \"Yours for €30.00. At €30.00 it is a steal.\"}"_s});
        Sql::exec(db, u"UPDATE content_pieces SET accepted_version_id = ? WHERE id = ?"_s, {version, piece});
        Sql::exec(db,
            u"DELETE FROM action_proposals WHERE action_type = 'price_change' AND json_extract(parameters, "
            u"'$.sku') = 'C'"_s);
        QCOMPARE(agent.run(db, now).proposals, 1);
        const ApprovalDesk::Proposal stated = proposal(u"C"_s);
        QCOMPARE(stated.parameters.value(u"price_stated_in"_s).toString(), u"Long description"_s);
        QCOMPARE(stated.riskFactors.size(), 1);
        const QString risk = stated.riskFactors.first();
        QVERIFY2(risk.contains(u"30.00"_s) && risk.contains(u"is written in 2 place"_s)
                && risk.contains(u"of its content (Long description)"_s),
            qPrintable(risk));

        // Decided or waiting: the next run leaves them alone.
        o = agent.run(db, now + 3'600'000);
        QCOMPARE(o.proposals, 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'price_change'"_s), 3);

        // Stale orders: it says so and proposes nothing.
        o = agent.run(db, now + 3 * 86'400'000LL);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"3 day"_s), qPrintable(o.note));
    }
};

QTEST_GUILESS_MAIN(TestPricingAgent)
#include "tst_pricingagent.moc"
