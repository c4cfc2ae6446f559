#include "ShopRows.h"
#include "TestWorkspace.h"
#include "approvals/ActionEffects.h"
#include "approvals/ActionSchema.h"
#include "approvals/ApprovalDesk.h"
#include "shopagents/ScoutAgent.h"
#include "shopagents/ShopAgents.h"
#include "shopagents/SocialAgent.h"
#include "social/SocialPublishRun.h"
#include "storage/Sql.h"
#include "storesync/SalesRollup.h"
#include "users/Users.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The Social agent on a shop worked out here by hand. The clock stands at 2026-11-20 12:00 (local).
//
// Four products are live with accepted social posts: Rise sold 8 units in the 28 days before the last 28
// and 20 in them; Gone rose the same way but its stock is 0; Steady sold 15 and 15; Fresh was first
// published three days ago and never sold. Every order is placed at 10:00, so 10:00 is when customers
// buy, and the next 10:00 at least an hour away is tomorrow's.
class TestSocial : public QObject
{
    Q_OBJECT

private:
    qint64 m_store = 0;

    static QDate today() { return QDate(2026, 11, 20); }

    void sell(const QSqlDatabase& db, const QString& sku, int units, int from, int to)
    {
        for (int i = 0; i < units; ++i)
            ShopRows::order(db, m_store,
                QDateTime(today().addDays(-(from + (to - from) * i / std::max(1, units - 1))), QTime(10, 0))
                    .toMSecsSinceEpoch(),
                {{sku, 2000}});
    }

    // A live product with an accepted social piece; returns its id.
    static qint64 product(const QSqlDatabase& db, const QString& sku, const QString& name, const QString& stage,
        const QJsonObject& social)
    {
        const qint64 id = Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, cost_cents, stage, created_at, updated_at) VALUES (?, ?, "
            u"2000, 800, ?, 0, 0)"_s,
            {sku, name, stage});
        const qint64 piece = Sql::insert(db,
            u"INSERT INTO content_pieces (product_id, kind, state, updated_at) VALUES (?, 'social', 'accepted', 0)"_s,
            {id});
        const qint64 version = Sql::insert(db,
            u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, created_at) "
            u"VALUES (?, 1, 1, 'writer', ?, ?, 0)"_s,
            {piece, QString::fromUtf8(QJsonDocument(social).toJson(QJsonDocument::Compact)), u"k%1"_s.arg(id)});
        Sql::exec(db, u"UPDATE content_pieces SET accepted_version_id = ? WHERE id = ?"_s, {version, piece});
        return id;
    }

    static QJsonObject social(const QString& name)
    {
        return QJsonObject{{u"instagram"_s,
                               QJsonObject{{u"caption"_s, u"Meet %1."_s.arg(name)},
                                   {u"hashtags"_s, QJsonArray{u"knitwear"_s, u"#slowfashion"_s, u" winter wear "_s}}}},
            {u"facebook"_s, QJsonObject{{u"post"_s, u"%1 is here."_s.arg(name)}}},
            {u"x"_s, QJsonObject{{u"post"_s, u"%1, now in the shop."_s.arg(name)}}}};
    }

    void shop(TestWorkspace& tw)
    {
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        Transaction tx(db);
        m_store = ShopRows::store(db, now);
        product(db, u"R"_s, u"Rise"_s, u"live"_s, social(u"Rise"_s));
        product(db, u"G"_s, u"Gone"_s, u"live"_s, social(u"Gone"_s));
        product(db, u"S"_s, u"Steady"_s, u"published"_s, social(u"Steady"_s));
        const qint64 fresh = product(db, u"F"_s, u"Fresh"_s, u"live"_s, social(u"Fresh"_s));
        product(db, u"D"_s, u"Drafted"_s, u"ready"_s, social(u"Drafted"_s)); // not in the store
        Sql::exec(db,
            u"INSERT INTO publications (product_id, connection_id, target, url, status, published_at, updated_at) "
            u"VALUES (?, ?, 'product', 'https://shop.example/fresh', 'published', ?, ?)"_s,
            {fresh, m_store, now - 3 * 86'400'000LL, now});
        Sql::exec(
            db, u"INSERT INTO stock_pool (sku, available, updated_at) VALUES ('G', 0, ?), ('R', 12, ?)"_s, {now, now});
        sell(db, u"R"_s, 8, 29, 56);
        sell(db, u"R"_s, 20, 1, 28);
        sell(db, u"G"_s, 8, 29, 56);
        sell(db, u"G"_s, 20, 1, 28);
        sell(db, u"S"_s, 15, 29, 56);
        sell(db, u"S"_s, 15, 1, 28);
        SalesRollup::rebuild(db);
        tx.commit();
    }

    static Agent::Outcome run(const QSqlDatabase& db, qint64 now)
    {
        Transaction tx(db);
        const Agent::Outcome o = SocialAgent().run(db, now);
        tx.commit();
        return o;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void postsAboutRisingAndNewProducts()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(now), QDateTime(today(), QTime(12, 0)));
        const SocialAgent::BuyingHour hour = SocialAgent::buyingHour(db, now);
        QCOMPARE(hour.orders, 86); // Rise's 28, Gone's 28 and Steady's 30, all in the last 56 days
        QCOMPARE(*hour.hour, 10);
        QCOMPARE(hour.atHour, 86);
        const Agent::Outcome o = run(db, now);
        QVERIFY2(!o.needsData, qPrintable(o.note));
        QCOMPARE(o.proposals, 2);
        QVERIFY2(o.note.contains(u"4 product(s) in the store"_s), qPrintable(o.note));
        QVERIFY2(o.note.contains(u"1 left out: out of stock"_s), qPrintable(o.note));

        QSqlQuery q = Sql::exec(db,
            u"SELECT id, product_id, confidence, parameters, risk_level, status FROM action_proposals WHERE "
            u"action_type = 'social_post' ORDER BY id"_s);
        QVERIFY(q.next());
        // Rise first: its rise is the measured one. Confidence: P(the rate rose) with 20 of 28 units now.
        const ApprovalDesk::Proposal rise = *ApprovalDesk::load(db, q.value(0).toLongLong());
        QCOMPARE(rise.parameters.value(u"product"_s).toString(), u"Rise"_s);
        QCOMPARE(rise.confidence, 1.0 - ScoutAgent::binomialUpper(20, 28));
        QCOMPARE(rise.parameters.value(u"units_now"_s).toInt(), 20);
        QCOMPARE(rise.parameters.value(u"units_before"_s).toInt(), 8);
        QCOMPARE(rise.parameters.value(u"post_on"_s).toString(), u"2026-11-21"_s);
        QCOMPARE(rise.parameters.value(u"post_hour"_s).toInt(), 10);
        QCOMPARE(rise.parameters.value(u"instagram"_s).toString(), u"Meet Rise."_s);
        QCOMPARE(rise.parameters.value(u"hashtags"_s).toString(), u"#knitwear #slowfashion #winterwear"_s);
        QCOMPARE(rise.parameters.value(u"facebook"_s).toString(), u"Rise is here."_s);
        QCOMPARE(rise.parameters.value(u"x"_s).toString(), u"Rise, now in the shop."_s);
        QCOMPARE(rise.parameters.value(u"link"_s).toString(), QString());
        QVERIFY2(rise.reasoning.contains(u"sold 20 units in the last 28 days against 8"_s), qPrintable(rise.reasoning));
        QVERIFY2(rise.reasoning.contains(
                     u"Of the last 90 days' 86 paid order(s), the most were placed in the hour from 10:00 (86)"_s),
            qPrintable(rise.reasoning));
        QVERIFY2(rise.reasoning.contains(u"12 units in stock"_s), qPrintable(rise.reasoning));
        QVERIFY(rise.riskFactors.join(u' ').contains(u"no link"_s));
        QCOMPARE(rise.riskLevel, u"high"_s); // a post always waits for a person
        QCOMPARE(rise.status, u"pending"_s);
        QVERIFY(ActionSchema::validate(ActionType::SocialPost, rise.parameters).isEmpty());
        QVERIFY(q.next());
        const ApprovalDesk::Proposal fresh = *ApprovalDesk::load(db, q.value(0).toLongLong());
        QCOMPARE(fresh.parameters.value(u"product"_s).toString(), u"Fresh"_s);
        QCOMPARE(fresh.confidence, 0.5);
        QCOMPARE(fresh.parameters.value(u"link"_s).toString(), u"https://shop.example/fresh"_s);
        QVERIFY(!fresh.parameters.contains(u"units_now"_s));
        QVERIFY2(fresh.reasoning.contains(u"first published on 17/11/2026"_s), qPrintable(fresh.reasoning));
        QVERIFY(!q.next());

        // Waiting: nothing again. Rejected: quiet for 14 days, and Fresh is never announced twice.
        QCOMPARE(run(db, now + 1000).proposals, 0);
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QVERIFY(ApprovalDesk::reject(db, rise.id, ann, u"not now"_s, u"test"_s, now + 2000).ok);
        QVERIFY(ApprovalDesk::reject(db, fresh.id, ann, u"not now"_s, u"test"_s, now + 2000).ok);
        QCOMPARE(run(db, now + 3000).proposals, 0);
        tw.clock().advance(15LL * 86'400'000);
        Sql::exec(db, u"UPDATE sync_state SET updated_at = ?"_s, {tw.clock().nowMs()}); // synced since
        // Two weeks on, Rise has sold nothing more: its last 28 days are no longer a rise.
        const Agent::Outcome later = run(db, tw.clock().nowMs());
        QCOMPARE(later.proposals, 0);
        QVERIFY2(later.note.contains(u"Nothing new or rising"_s), qPrintable(later.note));
    }

    void saysWhatItNeeds()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        Agent::Outcome o = run(db, now);
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"Needs products in a store with accepted social posts"_s), qPrintable(o.note));
        // A new product and no orders: it is announced, at the evening hour, and the note says why.
        {
            Transaction tx(db);
            m_store = ShopRows::store(db, now);
            const qint64 id = product(db, u"F"_s, u"Fresh"_s, u"live"_s, social(u"Fresh"_s));
            Sql::exec(db,
                u"INSERT INTO publications (product_id, connection_id, target, status, published_at, updated_at) "
                u"VALUES (?, ?, 'product', 'published', ?, ?)"_s,
                {id, m_store, now - 86'400'000LL, now});
            tx.commit();
        }
        o = run(db, now);
        QVERIFY(!o.needsData);
        QCOMPARE(o.proposals, 1);
        QVERIFY2(o.note.contains(u"No orders yet: only new products"_s), qPrintable(o.note));
        const ApprovalDesk::Proposal p
            = *ApprovalDesk::load(db, tw.count(u"SELECT id FROM action_proposals WHERE action_type = 'social_post'"_s));
        QCOMPARE(p.parameters.value(u"post_hour"_s).toInt(), SocialAgent::DefaultHour);
        QCOMPARE(p.parameters.value(u"post_on"_s).toString(), u"2026-11-20"_s); // 19:00 today is hours away
        QVERIFY2(p.reasoning.contains(u"Fewer than 20 paid orders in the last 90 days"_s), qPrintable(p.reasoning));
    }

    // A product published again after its post was decided is not announced a second time; a product
    // only written up on the blog is not new in a store.
    void onlyStorePublicationsAreNewAndOnlyOnce()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        constexpr qint64 day = 86'400'000;
        {
            Transaction tx(db);
            m_store = ShopRows::store(db, now);
            const qint64 back = product(db, u"B"_s, u"Back"_s, u"live"_s, social(u"Back"_s));
            const qint64 blog = product(db, u"W"_s, u"Blogged"_s, u"live"_s, social(u"Blogged"_s));
            const qint64 site = Sql::insert(db,
                u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('wordpress', 'Blog', "
                u"'https://blog.example', 0, 0)"_s);
            Sql::exec(db,
                u"INSERT INTO publications (product_id, connection_id, target, status, published_at, updated_at) "
                u"VALUES (?, ?, 'product', 'published', ?, ?), (?, ?, 'post', 'published', ?, ?)"_s,
                {back, m_store, now - 2 * day, now, blog, site, now - 2 * day, now});
            // Back was posted about a month ago, before it left the store and came back two days ago.
            Sql::exec(db,
                u"INSERT INTO action_proposals (agent, action_type, title, risk_level, status, product_id, "
                u"decided_at, created_at, updated_at) VALUES ('Social', 'social_post', 'Post about Back', 'high', "
                u"'approved', ?, ?, ?, ?)"_s,
                {back, now - 30 * day, now - 31 * day, now - 30 * day});
            tx.commit();
        }
        const Agent::Outcome o = run(db, now);
        QVERIFY2(!o.needsData, qPrintable(o.note));
        QCOMPARE(o.proposals, 0);
        QVERIFY2(o.note.contains(u"2 product(s) in the store"_s), qPrintable(o.note));
    }

    void slotsAndTexts()
    {
        const auto at = [](const QDate& d, int h, int m) { return QDateTime(d, QTime(h, m)).toMSecsSinceEpoch(); };
        // An hour ahead at least: 18:30 is too close to 19:00.
        QCOMPARE(SocialAgent::nextSlot(at(today(), 17, 0), 19), at(today(), 19, 0));
        QCOMPARE(SocialAgent::nextSlot(at(today(), 18, 30), 19), at(today().addDays(1), 19, 0));
        QCOMPARE(SocialAgent::nextSlot(at(today(), 23, 30), 0), at(today().addDays(2), 0, 0));
        const SocialAgent::Post empty = SocialAgent::post(QJsonObject());
        QVERIFY(empty.instagram.isEmpty() && empty.hashtags.isEmpty() && empty.x.isEmpty());
        // A person's edit is checked: an hour past 23, or no text at all, is refused.
        QJsonObject params{{u"product"_s, u"Rise"_s}, {u"post_on"_s, u"2026-11-21"_s}, {u"post_hour"_s, 25},
            {u"instagram"_s, u"Hello"_s}};
        QCOMPARE(ActionSchema::validate(ActionType::SocialPost, params).size(), 1);
        params.insert(u"post_hour"_s, 9);
        params.insert(u"instagram"_s, QString());
        const auto problems = ActionSchema::validate(ActionType::SocialPost, params);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"at least one platform"_s));
    }

    void approvingRecordsThePost()
    {
        TestWorkspace tw;
        shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        QCOMPARE(run(db, now).proposals, 2);
        const qint64 id = tw.count(u"SELECT MIN(id) FROM action_proposals WHERE action_type = 'social_post'"_s);
        // Ann moves it to 20:00 and drops X; 25 o'clock is refused. Bob approves what she changed.
        const Users::User ann = Users::signIn(db, u"Ann"_s, now);
        QJsonObject changed = ApprovalDesk::load(db, id)->parameters;
        changed.insert(u"post_hour"_s, 25);
        const auto refused = ApprovalDesk::modify(db, id, ann, changed, u"later"_s, u"test"_s, now + 500);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"an hour from 0 to 23"_s), qPrintable(refused.error));
        changed.insert(u"post_hour"_s, 20);
        changed.insert(u"x"_s, QString());
        QVERIFY(ApprovalDesk::modify(db, id, ann, changed, u"later"_s, u"test"_s, now + 600).ok);
        const Users::User bob = Users::signIn(db, u"Bob"_s, now, true);
        const auto approved = ApprovalDesk::approve(db, id, bob, QString(), u"test"_s, now + 1000);
        QVERIFY2(approved.ok, qPrintable(approved.error));
        ActionEffects effects;
        ShopAgents::registerEffects(effects);
        SocialJobs::registerEffects(effects);
        ActionEffects::Result r;
        {
            Transaction tx(db);
            r = effects.run(db, *ApprovalDesk::load(db, id), now + 2000);
            tx.commit();
        }
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.executed.value(u"recorded"_s).toBool());
        const QString note = r.executed.value(u"note"_s).toString();
        QVERIFY2(note.contains(u"post about Rise on Instagram and Facebook at 21/11/2026 20:00"_s), qPrintable(note));
        QCOMPARE(r.executed.value(u"post_hour"_s).toInt(), 20);
    }
};

QTEST_GUILESS_MAIN(TestSocial)
#include "tst_social.moc"
