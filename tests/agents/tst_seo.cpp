#include "TestWorkspace.h"
#include "approvals/ActionEffects.h"
#include "approvals/ActionSchema.h"
#include "approvals/ApprovalDesk.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/ProductStore.h"
#include "shopagents/SeoAgent.h"
#include "shopagents/ShopAgents.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// The SEO agent on a shop set up here by hand. Sweater is live, and its SEO piece says "€89"; its price is
// then lowered to €79, so the price check of the gate fails on what the store shows. Board is live with
// sound words but an SEO score of 80, below the gate's 85. Runner is published and sound. Skillet's words
// are as wrong as Sweater's, but it is not in a store (ready); Shawl is live and wrong but archived.
class TestSeo : public QObject
{
    Q_OBJECT

private:
    static QJsonObject seoPiece(const QString& name, const QString& meta)
    {
        return QJsonObject{{u"seo_title"_s, u"%1 for everyday wear"_s.arg(name)}, {u"meta_description"_s, meta},
            {u"slug"_s, name.toLower().replace(u' ', u'-')}};
    }

    // A product with one accepted SEO piece; returns its id.
    static qint64 product(const QSqlDatabase& db, const QString& sku, const QString& name, const QString& stage,
        qint64 priceCents, int seoScore, const QJsonObject& body)
    {
        const qint64 id = Sql::insert(db,
            u"INSERT INTO products (sku, name, price_cents, cost_cents, stage, seo_score, created_at, updated_at) "
            u"VALUES (?, ?, ?, 1000, ?, ?, 0, 0)"_s,
            {sku, name, priceCents, stage, seoScore});
        const qint64 piece = Sql::insert(db,
            u"INSERT INTO content_pieces (product_id, kind, state, run_no, updated_at) VALUES (?, 'seo', 'accepted', "
            u"1, 0)"_s,
            {id});
        const qint64 version = Sql::insert(db,
            u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, created_at) "
            u"VALUES (?, 1, 1, 'writer', ?, ?, 0)"_s,
            {piece, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), u"k%1"_s.arg(id)});
        Sql::exec(db, u"UPDATE content_pieces SET accepted_version_id = ?, current_version_id = ? WHERE id = ?"_s,
            {version, version, piece});
        return id;
    }

    static QJsonObject priced(const QString& name)
    {
        return seoPiece(name,
            u"A fine-knit %1 for €89, soft, breathable and warm, made for commuters all winter long."_s.arg(
                name.toLower()));
    }

    static QJsonObject plain(const QString& name)
    {
        return seoPiece(name,
            u"A %1 made to last, oiled by hand and finished with care in a small workshop for daily use."_s.arg(
                name.toLower()));
    }

    struct Shop
    {
        qint64 sweater = 0, board = 0, runner = 0, skillet = 0, shawl = 0;
    };

    static Shop shop(TestWorkspace& tw)
    {
        const QSqlDatabase db = tw.db();
        Shop s;
        Transaction tx(db);
        s.sweater = product(db, u"SW"_s, u"Merino Sweater"_s, u"live"_s, 8900, 90, priced(u"Merino Sweater"_s));
        s.board = product(db, u"BD"_s, u"Oak Board"_s, u"live"_s, 4500, 80, plain(u"Oak Board"_s));
        s.runner = product(db, u"RN"_s, u"Linen Runner"_s, u"published"_s, 3600, 90, plain(u"Linen Runner"_s));
        s.skillet = product(db, u"SK"_s, u"Iron Skillet"_s, u"ready"_s, 6900, 90, priced(u"Iron Skillet"_s));
        s.shawl = product(db, u"SH"_s, u"Wool Shawl"_s, u"live"_s, 6900, 90, priced(u"Wool Shawl"_s));
        Sql::exec(db, u"UPDATE products SET archived_at = 1 WHERE id = ?"_s, {s.shawl});
        tx.commit();
        return s;
    }

    static QList<ContentChecks::Problem> checks(const QSqlDatabase& db, qint64 productId)
    {
        const QJsonObject body = QJsonDocument::fromJson(
            Sql::scalar(db,
                u"SELECT v.body FROM content_pieces c JOIN content_versions v ON v.id = c.accepted_version_id WHERE "
                u"c.product_id = ?"_s,
                {productId})
                .toString()
                .toUtf8())
                                     .object();
        return ContentChecks::run(u"seo"_s, body, *ProductFacts::load(db, productId), BrandProfile::load(db));
    }

    static QString messages(const QList<ContentChecks::Problem>& problems)
    {
        QStringList out;
        for (const ContentChecks::Problem& p : problems)
            out.append(p.code + u": "_s + p.message);
        return out.join(u"; "_s);
    }

    static Agent::Outcome run(const QSqlDatabase& db, qint64 now)
    {
        Transaction tx(db);
        const Agent::Outcome o = SeoAgent().run(db, now);
        tx.commit();
        return o;
    }

    static ApprovalDesk::Proposal proposalFor(TestWorkspace& tw, qint64 productId)
    {
        const auto p = ApprovalDesk::load(tw.db(),
            tw.count(u"SELECT COALESCE(MAX(id), 0) FROM action_proposals WHERE action_type = 'content_refresh' AND "
                     u"product_id = ?"_s,
                {productId}));
        return p.value_or(ApprovalDesk::Proposal{});
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void proposesWhatNoLongerHolds()
    {
        TestWorkspace tw;
        const Shop s = shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        // The words were sound when they were accepted: only the SEO score is short.
        QVERIFY2(checks(db, s.sweater).isEmpty(), qPrintable(messages(checks(db, s.sweater))));
        QVERIFY2(checks(db, s.board).isEmpty(), qPrintable(messages(checks(db, s.board))));
        Agent::Outcome o = run(db, now);
        QCOMPARE(o.proposals, 1);
        QCOMPARE(proposalFor(tw, s.board).confidence, 0.5);

        Sql::exec(db, u"UPDATE products SET price_cents = 7900 WHERE id = ?"_s, {s.sweater});
        const QList<ContentChecks::Problem> problems = checks(db, s.sweater);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, u"price"_s);
        o = run(db, now + 1000);
        QVERIFY2(!o.needsData, qPrintable(o.note));
        QCOMPARE(o.proposals, 1); // Board's refresh waits already
        QVERIFY2(o.note.contains(u"3 product(s) in the store checked."_s), qPrintable(o.note));
        QVERIFY2(o.note.contains(u"2 with content that no longer holds up."_s), qPrintable(o.note));
        QVERIFY2(o.note.contains(u"Traffic is not watched"_s), qPrintable(o.note));

        const ApprovalDesk::Proposal sweater = proposalFor(tw, s.sweater);
        QCOMPARE(sweater.agent, u"SEO"_s);
        QCOMPARE(sweater.confidence, 1.0);
        QCOMPARE(
            sweater.title, u"Refresh the content of “Merino Sweater”: 1 problem(s) against today's facts and checks"_s);
        QCOMPARE(sweater.parameters.value(u"problems"_s).toInt(), static_cast<int>(problems.size()));
        QCOMPARE(sweater.parameters.value(u"pieces"_s).toString(), u"SEO title and meta"_s);
        QCOMPARE(sweater.parameters.value(u"seo_score"_s).toInt(), 90);
        QVERIFY2(sweater.reasoning.contains(u"SEO title and meta: "_s + problems.first().message),
            qPrintable(sweater.reasoning));
        QVERIFY(ActionSchema::validate(ActionType::ContentRefresh, sweater.parameters).isEmpty());

        const ApprovalDesk::Proposal board = proposalFor(tw, s.board);
        QCOMPARE(board.parameters.value(u"problems"_s).toInt(), 0);
        QCOMPARE(board.parameters.value(u"seo_score"_s).toInt(), 80);
        QCOMPARE(board.parameters.value(u"seo_bar"_s).toInt(), 85);
        QVERIFY2(board.reasoning.contains(u"The reviewer scored its SEO 80; the gate asks at least 85 now."_s),
            qPrintable(board.reasoning));
        QVERIFY(ActionSchema::validate(ActionType::ContentRefresh, board.parameters).isEmpty());
        // Nothing for the ones not in a store, the archived one, or the sound one.
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'content_refresh'"_s), 2);
    }

    // A product being worked on is left alone; a refresh decided lately is not proposed again, one decided
    // longer ago than QuietDays is.
    void busyAndLatelyDecidedAreLeftAlone()
    {
        TestWorkspace tw;
        const Shop s = shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        constexpr qint64 day = 86'400'000;
        Sql::exec(db, u"UPDATE products SET price_cents = 7900 WHERE id = ?"_s, {s.sweater});
        Sql::exec(db,
            u"INSERT INTO jobs (kind, subject_id, state, idempotency_key, payload, created_at, updated_at) "
            u"VALUES ('generate', ?, 'queued', 'busy', '{}', 0, 0)"_s,
            {s.sweater});
        Sql::exec(db,
            u"INSERT INTO action_proposals (agent, action_type, title, risk_level, status, product_id, decided_at, "
            u"created_at, updated_at) VALUES ('SEO', 'content_refresh', 'Refresh Oak Board', 'high', 'rejected', ?, ?, "
            u"?, ?)"_s,
            {s.board, now - 3 * day, now - 4 * day, now - 3 * day});
        Agent::Outcome o = run(db, now);
        QCOMPARE(o.proposals, 0);
        QVERIFY2(o.note.contains(u"1 with content that no longer holds up."_s), qPrintable(o.note));
        QVERIFY2(o.note.contains(u"Nothing new to refresh."_s), qPrintable(o.note));
        o = run(db, now + (SeoAgent::QuietDays - 2) * day);
        QCOMPARE(o.proposals, 1);
        QCOMPARE(proposalFor(tw, s.board).status, u"pending"_s);
    }

    // The demo's products in the store pass today's checks. Once the demo's proposed price change for the
    // oak board is carried out (as approving it does), the words in the store that state the old price no
    // longer hold, and the agent proposes refreshing them.
    void demoShopAfterAPriceChange()
    {
        TestWorkspace tw(true);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        int inStore = 0;
        QCOMPARE(SeoAgent::read(db, now, &inStore).size(), 0);
        QVERIFY(inStore > 0);
        const qint64 board = ProductStore::setPrice(db, u"HOM-002"_s, 4900, now);
        QVERIFY(board > 0);
        const QList<SeoAgent::Product> found = SeoAgent::read(db, now, &inStore);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, board);
        QVERIFY(!found.first().findings.isEmpty());
        for (const SeoAgent::Finding& f : found.first().findings)
            QVERIFY2(f.message.contains(u"45"_s), qPrintable(f.message));
        QCOMPARE(run(db, now).proposals, 1);
        // The same problem in several places of a piece is said once, with how many places (the first four
        // pieces' problems are said; the rest counted).
        const ApprovalDesk::Proposal p = proposalFor(tw, board);
        QCOMPARE(p.parameters.value(u"problems"_s).toInt(), static_cast<int>(found.first().findings.size()));
        QStringList lines;
        for (const SeoAgent::Finding& f : found.first().findings) {
            const QString line = ContentSpec::displayName(f.kind) + u": "_s + f.message;
            QVERIFY2(p.reasoning.count(line) <= 1, qPrintable(p.reasoning));
            if (!lines.contains(line))
                lines.append(line);
        }
        QVERIFY(found.first().findings.size() > lines.size()); // the demo's words state the price more than once
        QVERIFY(lines.size() > SeoAgent::ShownFindings);
        QVERIFY2(p.reasoning.contains(u" places)"_s), qPrintable(p.reasoning));
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(p.reasoning.count(lines.at(i)), i < SeoAgent::ShownFindings ? 1 : 0);
        QVERIFY2(p.reasoning.contains(u"And %1 more."_s.arg(lines.size() - SeoAgent::ShownFindings)),
            qPrintable(p.reasoning));
    }

    // A person may accept a piece the checks failed (a content review): what the checks found then is not
    // news; a problem that is new since is.
    void problemsAcceptedByAPersonAreNotNews()
    {
        TestWorkspace tw;
        const Shop s = shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        Sql::exec(db, u"UPDATE products SET price_cents = 7900 WHERE id = ?"_s, {s.sweater});
        const QList<ContentChecks::Problem> problems = checks(db, s.sweater);
        QCOMPARE(problems.size(), 1);
        Sql::exec(db,
            u"INSERT INTO validations (version_id, stage, passed, problems, created_at) SELECT accepted_version_id, "
            u"'checks', 0, ?, 0 FROM content_pieces WHERE product_id = ?"_s,
            {QString::fromUtf8(QJsonDocument(ContentChecks::toJson(problems)).toJson(QJsonDocument::Compact)),
                s.sweater});
        QList<SeoAgent::Product> found = SeoAgent::read(db, now);
        QCOMPARE(found.size(), 1); // Board, for its SEO score
        QCOMPARE(found.first().id, s.board);
        // The price changes again: the piece states a price the facts no longer support in a new way.
        Sql::exec(db, u"UPDATE products SET price_cents = 6900 WHERE id = ?"_s, {s.sweater});
        found = SeoAgent::read(db, now);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().id, s.sweater);
        QCOMPARE(found.first().findings.size(), 1);
    }

    // The gate reads claims one by one since issue 20: a piece accepted before was never held to them, so its
    // unsupported claims are not news to the SEO agent; once a piece was checked that way, a new one is.
    void claimsOfAPieceAcceptedBeforeTheClaimChecksAreNotNews()
    {
        TestWorkspace tw;
        const Shop s = shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const QJsonObject body = seoPiece(u"Merino Sweater"_s,
            u"A fine-knit merino sweater, GOTS certified, soft, breathable and warm, made for commuters all winter."_s);
        Sql::exec(db,
            u"UPDATE content_versions SET body = ? WHERE id = (SELECT accepted_version_id FROM content_pieces WHERE "
            u"product_id = ?)"_s,
            {QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), s.sweater});
        QList<SeoAgent::Product> found = SeoAgent::read(db, now);
        QCOMPARE(found.size(), 1); // Board, for its SEO score
        QCOMPARE(found.first().id, s.board);
        // Accepted with its claims read (none failed then): the certification the facts lack is news.
        Sql::exec(db,
            u"INSERT INTO validations (version_id, stage, passed, scores, created_at) SELECT accepted_version_id, "
            u"'checks', 1, '{\"claims\":[],\"sentences\":1}', 0 FROM content_pieces WHERE product_id = ?"_s,
            {s.sweater});
        found = SeoAgent::read(db, now);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().id, s.sweater);
        QCOMPARE(found.first().findings.size(), 1);
        QVERIFY2(found.first().findings.first().message.contains(u"GOTS"_s),
            qPrintable(found.first().findings.first().message));
    }

    void needsProductsInAStore()
    {
        TestWorkspace tw;
        const Agent::Outcome o = run(tw.db(), tw.clock().nowMs());
        QVERIFY(o.needsData);
        QVERIFY2(o.note.contains(u"Needs products in a store"_s), qPrintable(o.note));
        QVERIFY2(o.note.contains(u"Traffic is not watched"_s), qPrintable(o.note));
    }

    // Approving takes the product back to work: its piece is checked again against today's facts, as the
    // first attempt of a new run. A second approval while that runs, or for a product not in a store, fails
    // with the reason and changes nothing.
    void approvingTakesItBackToWork()
    {
        TestWorkspace tw;
        const Shop s = shop(tw);
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        Sql::exec(db, u"UPDATE products SET price_cents = 7900 WHERE id = ?"_s, {s.sweater});
        QCOMPARE(run(db, now).proposals, 2);
        const qint64 id = proposalFor(tw, s.sweater).id;
        const Users::User owner = Users::signIn(db, u"Owner"_s, now, true);
        const auto approved = ApprovalDesk::approve(db, id, owner, QString(), u"test"_s, now + 1000);
        QVERIFY2(approved.ok, qPrintable(approved.error));
        ActionEffects effects;
        ShopAgents::registerEffects(effects);
        const auto execute = [&](qint64 proposal) {
            Transaction tx(db);
            const ActionEffects::Result r = effects.run(db, *ApprovalDesk::load(db, proposal), now + 2000);
            tx.commit();
            return r;
        };
        const ActionEffects::Result r = execute(id);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.executed.value(u"pieces_queued"_s).toInt(), 1);
        QVERIFY2(r.executed.value(u"note"_s).toString().contains(u"publish it again from the Pipeline"_s),
            qPrintable(r.executed.value(u"note"_s).toString()));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'generate' AND subject_id = ? AND state = "
                          u"'queued'"_s,
                     {s.sweater}),
            1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM content_pieces WHERE product_id = ? AND state = 'queued' AND run_no "
                          u"= 2"_s,
                     {s.sweater}),
            1);
        // The words as they are, as attempt 1 of run 2: the run checks them against the new price.
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM content_versions v JOIN content_pieces c ON c.id = v.piece_id WHERE "
                          u"c.product_id = ?"_s,
                     {s.sweater}),
            2);

        const ActionEffects::Result again = execute(id);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(u"being worked on"_s), qPrintable(again.error));
        Sql::exec(db, u"UPDATE products SET stage = 'ready' WHERE id = ?"_s, {s.board});
        const ActionEffects::Result ready = execute(proposalFor(tw, s.board).id);
        QVERIFY(!ready.ok);
        QVERIFY2(ready.error.contains(u"Only a published or live product"_s), qPrintable(ready.error));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM jobs WHERE subject_id = ?"_s, {s.board}), 0);
        // While the product is being published (an approved price change, say), it is not taken back to work:
        // that publish would be refused. The agent leaves it alone too.
        const qint64 store = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        const qint64 publication = Sql::insert(db,
            u"INSERT INTO publications (product_id, connection_id, target, status, updated_at) VALUES (?, ?, "
            u"'product', 'queued', 0)"_s,
            {s.runner, store});
        Sql::exec(db,
            u"INSERT INTO jobs (kind, subject_id, state, idempotency_key, payload, created_at, updated_at) VALUES "
            u"('publish', ?, 'queued', 'pub', '{}', 0, 0)"_s,
            {publication});
        QString error;
        {
            Transaction tx(db);
            QCOMPARE(ProductStore::queueRevision(db, s.runner, u"test"_s, now, &error), 0);
            tx.commit();
        }
        QVERIFY2(error.contains(u"being published"_s), qPrintable(error));
        Sql::exec(db, u"UPDATE products SET seo_score = 70 WHERE id = ?"_s, {s.runner});
        for (const SeoAgent::Product& p : SeoAgent::read(db, now))
            QVERIFY(p.id != s.runner);
    }
};

QTEST_GUILESS_MAIN(TestSeo)
#include "tst_seo.moc"
