#include "PipelineFixture.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "pipeline/PromptTemplates.h"
#include "publishing/Publications.h"
#include "publishing/PublishActions.h"
#include "sites/CatalogFacts.h"
#include "sites/PageShots.h"
#include "sites/SiteActions.h"
#include "sites/SiteChecks.h"
#include "sites/SiteSpec.h"
#include "sites/SiteStore.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The site factory end to end: the real worker pool and LLM clients against the sandbox's writer and reviewer,
// a site's chain (brief, concept, design tokens, sections) through the agreement gate, the page assembled and
// checked; one section written again with an instruction while the others stay; a section that keeps failing
// its checks goes to a person.
class TestSiteFactory : public QObject
{
    Q_OBJECT

private:
    // A person at the desk (an owner unless said otherwise) and the site factory's door.
    struct Desk
    {
        explicit Desk(PipelineFixture& f, Users::Role role = Users::Role::Owner)
            : session{Users::User{0, role == Users::Role::Owner ? u"Olga"_s : u"Vera"_s, role, true}, u"test"_s}
            , actions(ChangeDoor(f.db(), Clock::system(), &bus, &session), &session)
        { }
        EventBus bus;
        UserSession session;
        SiteActions actions;
    };

    // Ann, an owner signed in, who generates and publishes; a WordPress site in the sandbox; the mug's photo
    // (images/mug.jpg) in the workspace.
    struct Publisher
    {
        explicit Publisher(PipelineFixture& f)
            : now(Clock::system()->nowMs())
            , ann((Users::signIn(f.db(), u"Ann"_s, now), *Users::find(f.db(), u"Ann"_s)))
            , session(ann, u"test"_s)
            , actions(ChangeDoor(f.db(), Clock::system(), &bus, &session), &session)
            , publish(f.db(), Clock::system(), &f.bus(), f.pool(), &session)
        {
            f.connectToSandbox(Connections::Kind::WordPress, u"Blog"_s);
            QDir(f.ws().path()).mkpath(u"images"_s);
            QFile file(QDir(f.ws().path()).filePath(u"images/mug.jpg"_s));
            photo = file.open(QIODevice::WriteOnly) && file.write(QByteArray("\xFF\xD8\xFF\xE0 mug", 9)) == 9;
        }
        qint64 now;
        Users::User ann;
        EventBus bus;
        UserSession session;
        SiteActions actions;
        PublishActions publish;
        bool photo = false;
    };

    struct Shop
    {
        qint64 product = 0;
        qint64 site = 0;
    };

    static const QString& firstReview()
    {
        static const QString text = u"Keeps my tea hot and feels solid in the hand."_s;
        return text;
    }

    // A mug with an image and two reviews, and a site generated for it by an owner.
    static Shop generate(PipelineFixture& f, SiteActions& actions)
    {
        ProductFacts facts = PipelineFixture::facts(u"Stoneware Mug"_s, u"Home"_s, 2400, u"stoneware"_s);
        facts.images = {u"images/mug.jpg"_s};
        Shop shop;
        shop.product = f.addProduct(facts);
        addReviews(f, shop.product);
        QString error;
        shop.site = actions.generateForProduct(shop.product, &error);
        if (shop.site == 0)
            qWarning() << error;
        return shop;
    }

    // Two reviews of the product (the first is firstReview()), from a connected WooCommerce store.
    static void addReviews(PipelineFixture& f, qint64 product)
    {
        const qint64 connection = f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int n = 0;
        for (const auto& [rating, body] :
            QList<std::pair<int, QString>>{{5, firstReview()}, {4, u"Lovely glaze, a little heavy."_s}}) {
            const qint64 review = Sql::insert(f.db(),
                u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, body, created_at) "
                u"VALUES (?, ?, '1', ?, ?, ?)"_s,
                {connection, QString::number(++n), rating, body, now - n});
            Sql::exec(f.db(),
                u"INSERT INTO review_insights (review_id, product_id, sentiment, score, needs_reply, reply_state, "
                u"analysed_at) VALUES (?, ?, 'positive', 0.8, 0, '', ?)"_s,
                {review, product, now});
        }
    }

    static SiteStore::Unit unitOf(PipelineFixture& f, qint64 site, const QString& kind)
    {
        for (const SiteStore::Unit& u : SiteStore::units(f.db(), site)) {
            if (u.piece.kind == kind)
                return u;
        }
        return {};
    }

    static QList<ContentStore::Version> versionsOf(PipelineFixture& f, const SiteStore::Unit& u)
    {
        return ContentStore::versions(f.db(), u.piece.id, ContentStore::siteTables());
    }

private slots:
    void aProductsSiteGoesThroughEveryStageAndIsAssembled()
    {
        PipelineFixture f;
        Desk desk(f);
        SiteActions& actions = desk.actions;
        f.startPool();
        const Shop shop = generate(f, actions);
        QVERIFY(shop.site > 0);
        QVERIFY(f.waitUntilIdle());
        const auto site = SiteStore::site(f.db(), shop.site);
        QVERIFY(site);
        QVERIFY2(site->stage == SiteStore::Stage::Ready,
            qPrintable(site->stage + u": "_s + site->lastError + Json::compact(site->problems)));
        QCOMPARE(site->pageVersion, 1);
        QVERIFY(!site->vibe.isEmpty());
        // Three stages and the five sections the concept planned (reviews, since the mug has some), each
        // accepted on its first attempt by both models and the checks.
        QStringList kinds;
        for (const SiteStore::Unit& u : SiteStore::units(f.db(), shop.site)) {
            kinds << u.piece.kind;
            QCOMPARE(u.piece.state, QString(ContentStore::PieceState::Accepted));
            const auto versions = versionsOf(f, u);
            QCOMPARE(versions.size(), 1);
            QCOMPARE(versions.first().provider, u"sandbox-writer"_s);
            const auto checks = ContentStore::validation(
                f.db(), versions.first().id, ContentStore::Stage::Checks, ContentStore::siteTables());
            QVERIFY(checks && checks->passed);
            const auto review = ContentStore::validation(
                f.db(), versions.first().id, ContentStore::Stage::Review, ContentStore::siteTables());
            QVERIFY(review && review->passed);
            QCOMPARE(review->provider, u"sandbox-reviewer"_s);
        }
        QCOMPARE(kinds,
            QStringList({u"brief"_s, u"concept"_s, u"design"_s, u"section:hero"_s, u"section:benefits"_s,
                u"section:details"_s, u"section:reviews"_s, u"section:cta"_s}));
        // The page: its sections in order, the design's colours, a customer's real words, and it passes
        // the page checks; stored and written for the browser.
        const auto page = SiteStore::page(f.db(), shop.site, 1);
        QVERIFY(page);
        QVERIFY(SiteChecks::page(page->html, SiteStore::accepted(f.db(), shop.site, SiteSpec::Design)).isEmpty());
        QVERIFY(page->html.indexOf(u"id=\"hero\""_s) < page->html.indexOf(u"id=\"cta\""_s));
        QVERIFY(page->html.contains(firstReview()));
        QVERIFY(page->html.contains(u"€24.00"_s));
        QVERIFY(page->html.contains(u"--c-primary: #"_s));
        // The product's facts for search engines, with the reviews' rating.
        QVERIFY(page->html.contains(u"<script type=\"application/ld+json\">"_s));
        QVERIFY(page->html.contains(u"\"@type\":\"Product\""_s));
        QVERIFY(page->html.contains(u"\"ratingValue\""_s));
        // For a person to look at (QUORUM_SCREENSHOT_DIR): the page as it was assembled.
        if (const QString dir = qEnvironmentVariable("QUORUM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile out(QDir(dir).filePath(u"site-page.html"_s));
            if (out.open(QIODevice::WriteOnly))
                out.write(page->html.toUtf8());
        }
        const QString path = Sql::scalar(f.db(), u"SELECT html_path FROM sites WHERE id = ?"_s, {shop.site}).toString();
        QFile file(QDir(QDir(f.ws().path()).filePath(u"sites"_s)).filePath(path));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        // The file finds the product's images from its folder (sites/<site>/); otherwise it is the stored page.
        QCOMPARE(QString::fromUtf8(file.readAll()),
            QString(page->html).replace(u"src=\"images/"_s, u"src=\"../../images/"_s));
        QVERIFY(page->html.contains(u"src=\"images/mug.jpg\""_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'site.generate'"_s), 1);
        // One write and one review per unit: nothing was redone.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'write:site'"_s), 8);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'review:site'"_s), 8);
    }

    void oneSectionIsWrittenAgainWithAnInstructionAndTheOthersStay()
    {
        PipelineFixture f;
        Desk desk(f);
        SiteActions& actions = desk.actions;
        f.startPool();
        const Shop shop = generate(f, actions);
        QVERIFY(f.waitUntilIdle());
        const SiteStore::Unit details = unitOf(f, shop.site, u"section:details"_s);
        const SiteStore::Unit benefits = unitOf(f, shop.site, u"section:benefits"_s);
        QString error;
        QVERIFY2(actions.setLocked(details.piece.id, true, &error), qPrintable(error));
        // A locked section is not written again.
        QVERIFY(!actions.regenerate(details.piece.id, u"shorter"_s, &error));
        QVERIFY(error.contains(u"locked"_s));
        const QString before = versionsOf(f, benefits).first().body;
        QVERIFY2(actions.regenerate(benefits.piece.id, u"mention the gift box"_s, &error), qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(SiteStore::site(f.db(), shop.site)->stage, QString(SiteStore::Stage::Ready));
        const auto again = versionsOf(f, unitOf(f, shop.site, u"section:benefits"_s));
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.last().instruction, u"mention the gift box"_s);
        QVERIFY2(again.last().body.contains(u"gift box"_s), qPrintable(again.last().body));
        QCOMPARE(again.first().body, before);
        // Every other unit kept its one version; the page is version 2 and carries the new words.
        for (const SiteStore::Unit& u : SiteStore::units(f.db(), shop.site)) {
            if (u.piece.kind != u"section:benefits")
                QCOMPARE(versionsOf(f, u).size(), 1);
        }
        QCOMPARE(SiteStore::site(f.db(), shop.site)->pageVersion, 2);
        QVERIFY(SiteStore::page(f.db(), shop.site, 2)->html.contains(u"gift box"_s));
        QVERIFY(!SiteStore::page(f.db(), shop.site, 1)->html.contains(u"gift box"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('site.lock', 'site.regenerate')"_s), 2);
    }

    void twoInstructionsInARowAreBothFollowed()
    {
        PipelineFixture f;
        Desk desk(f);
        SiteActions& actions = desk.actions;
        f.startPool();
        const Shop shop = generate(f, actions);
        QVERIFY(f.waitUntilIdle());
        // Both asked before either job runs: the first run writes both parts, each with its own instruction.
        f.stopPool();
        QString error;
        QVERIFY(actions.regenerate(
            unitOf(f, shop.site, u"section:benefits"_s).piece.id, u"mention the gift box"_s, &error));
        QVERIFY(actions.regenerate(unitOf(f, shop.site, u"section:cta"_s).piece.id, u"mention free returns"_s, &error));
        f.startPool();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(
            versionsOf(f, unitOf(f, shop.site, u"section:benefits"_s)).last().instruction, u"mention the gift box"_s);
        QCOMPARE(versionsOf(f, unitOf(f, shop.site, u"section:cta"_s)).last().instruction, u"mention free returns"_s);
        QVERIFY(versionsOf(f, unitOf(f, shop.site, u"section:cta"_s)).last().body.contains(u"free returns"_s));
        QCOMPARE(SiteStore::site(f.db(), shop.site)->stage, QString(SiteStore::Stage::Ready));
    }

    void aSectionThatKeepsFailingItsChecksGoesToAPerson()
    {
        PipelineFixture f;
        Desk desk(f);
        SiteActions& actions = desk.actions;
        f.startPool();
        const Shop shop = generate(f, actions);
        QVERIFY(f.waitUntilIdle());
        // From now on the writer states a wrong price and a discount that is no sale.
        f.sandbox()->setRouteFaults(u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 1.0}});
        const SiteStore::Unit hero = unitOf(f, shop.site, u"section:hero"_s);
        QString error;
        QVERIFY(actions.regenerate(hero.piece.id, u"more energetic"_s, &error));
        QVERIFY(f.waitUntilIdle());
        const auto site = SiteStore::site(f.db(), shop.site);
        QCOMPARE(site->stage, QString(SiteStore::Stage::NeedsReview));
        QVERIFY2(site->lastError.contains(u"3 times"_s), qPrintable(site->lastError));
        const SiteStore::Unit failed = unitOf(f, shop.site, u"section:hero"_s);
        QCOMPARE(failed.piece.state, QString(ContentStore::PieceState::Rejected));
        const auto versions = versionsOf(f, failed);
        QCOMPARE(versions.size(), 4); // the accepted one and three failed attempts
        for (qsizetype i = 1; i < versions.size(); ++i) {
            const auto checks = ContentStore::validation(
                f.db(), versions.at(i).id, ContentStore::Stage::Checks, ContentStore::siteTables());
            QVERIFY(checks && !checks->passed);
            const QString problems = Json::compact(checks->problems);
            QVERIFY2(problems.contains(u"\"discount\""_s) && problems.contains(u"\"price\""_s), qPrintable(problems));
        }
        // The page a person could approve is still the one before; the accepted hero stays accepted.
        QCOMPARE(failed.piece.acceptedVersionId, versions.first().id);
        QCOMPARE(site->pageVersion, 1);
        // The section prompt's record: six first attempts (five sections, the hero's rerun), five passed.
        const auto sections = PromptTemplates::records(f.db(), u"site.section"_s);
        QCOMPARE(sections.value(0).runs, 6);
        QCOMPARE(sections.value(0).firstPass, 5);
        QCOMPARE(sections.value(0).keptUnchanged, 5);
        QCOMPARE(PromptTemplates::records(f.db(), u"site.brief"_s).value(0).firstPass, 1);
        QVERIFY(PromptTemplates::records(f.db(), u"writer.system"_s).isEmpty()); // shared: no record of its own

        // The fault over, Run the chain again gives the part that stopped it a fresh run (with its instruction).
        f.sandbox()->setFaults(QJsonObject{});
        QVERIFY2(actions.resume(shop.site, &error), qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        QVERIFY2(SiteStore::site(f.db(), shop.site)->stage == SiteStore::Stage::Ready,
            qPrintable(SiteStore::site(f.db(), shop.site)->lastError));
        const auto again = versionsOf(f, unitOf(f, shop.site, u"section:hero"_s));
        QCOMPARE(again.size(), 5);
        QCOMPARE(again.last().instruction, u"more energetic"_s);
        QCOMPARE(unitOf(f, shop.site, u"section:hero"_s).instruction, QString()); // followed, cleared
        QCOMPARE(SiteStore::site(f.db(), shop.site)->pageVersion, 2);
    }

    void theApprovedPageVersionIsWhatGoesLive()
    {
        PipelineFixture f;
        // The mug's photo, in the workspace: the page shows it, and WordPress gets it in its media library.
        Publisher desk(f);
        QVERIFY(desk.photo);
        const qint64 now = desk.now;
        const Users::User& ann = desk.ann;
        SiteActions& actions = desk.actions;
        PublishActions& publish = desk.publish;
        f.startPool();
        const Shop shop = generate(f, actions);
        bool ok = false;
        // Not before its chain has assembled a checked page.
        QVERIFY(publish.publishSite(shop.site, &ok).contains(u"not ready"_s));
        QVERIFY(!ok);
        QVERIFY(f.waitUntilIdle());
        QVERIFY(publish.publishSite(shop.site, &ok).contains(u"approval"_s));
        QVERIFY(ok);
        const auto proposalFor = [&](int version) {
            return Sql::scalar(f.db(),
                u"SELECT id FROM action_proposals WHERE json_extract(parameters, '$.site') = ? AND "
                u"json_extract(parameters, '$.page_version') = ?"_s,
                {shop.site, version})
                .toLongLong();
        };
        QVERIFY(proposalFor(1) > 0);
        // Written again before anyone approved: version 1's approval does not cover version 2.
        QString error;
        QVERIFY(actions.regenerate(unitOf(f, shop.site, u"section:cta"_s).piece.id, u"mention the gift box"_s, &error));
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(SiteStore::site(f.db(), shop.site)->pageVersion, 2);
        QVERIFY(ApprovalDesk::approve(f.db(), proposalFor(1), ann, {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 0);
        QVERIFY(Publications::forSite(f.db(), shop.site).isEmpty());
        const QString refused
            = Sql::scalar(f.db(), u"SELECT execution_error FROM action_proposals WHERE id = ?"_s, {proposalFor(1)})
                  .toString();
        QVERIFY2(refused.contains(u"Version 2"_s), qPrintable(refused));
        // Version 2 asked for and approved: that page, with the design's stylesheet, goes live.
        QVERIFY(publish.publishSite(shop.site, &ok).contains(u"approval"_s));
        QVERIFY(ApprovalDesk::approve(f.db(), proposalFor(2), ann, {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const auto pages = f.sandbox()->wordpressItems(u"pages"_s);
        QCOMPARE(pages.size(), 1);
        const QString content = Json::compact(pages.first());
        QVERIFY2(content.contains(u"gift box"_s) && content.contains(u"--c-primary"_s), qPrintable(content.left(400)));
        // The photo went to the media library once, and the page shows it from there, not from a path of this machine.
        const auto media = f.sandbox()->wordpressItems(u"media"_s);
        QCOMPARE(media.size(), 1);
        const QString uploaded = media.first().value(u"source_url"_s).toString();
        QVERIFY2(content.contains(u"src=\\\"%1\\\""_s.arg(uploaded)) && !content.contains(u"src=\\\"images/mug.jpg"_s),
            qPrintable(content.left(2000)));
        const auto site = SiteStore::site(f.db(), shop.site);
        QCOMPARE(site->status, u"published"_s);
    }

    void everyPageVersionIsPhotographedAtThreeWidths()
    {
        if (qEnvironmentVariableIsSet("QUORUM_CHROMIUM") || PageShots::browser().isEmpty())
            QSKIP("headless Chromium (Debian package chromium) is installed by installer/dev-setup.sh test");
        PipelineFixture f;
        Desk desk(f);
        SiteActions& actions = desk.actions;
        f.startPool();
        const Shop shop = generate(f, actions);
        QVERIFY(f.waitUntilIdle(120'000));
        const auto page = SiteStore::page(f.db(), shop.site, 1);
        QVERIFY(page);
        QVERIFY2(page->shotError.isEmpty(), qPrintable(page->shotError));
        QCOMPARE(page->shots.size(), 3);
        for (const int width : PageShots::widths()) {
            QFile png(QDir(QDir(f.ws().path()).filePath(u"sites"_s))
                          .filePath(page->shots.value(QString::number(width)).toString()));
            QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
            const QByteArray head = png.read(24);
            QVERIFY(head.startsWith("\x89PNG"));
            // The IHDR width, big-endian at byte 16.
            const quint32 w
                = (quint8(head[16]) << 24) | (quint8(head[17]) << 16) | (quint8(head[18]) << 8) | quint8(head[19]);
            QCOMPARE(int(w), width);
        }
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'site.shots' AND state = 'done'"_s), 1);
    }

    void aRenderThatHangsIsGivenUpAndTheCardSaysSo()
    {
        // A browser that never answers, and one that is not there.
        QTemporaryDir dir;
        const QString hang = dir.filePath(u"chromium"_s);
        QFile script(hang);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 60\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        qputenv("QUORUM_CHROMIUM", hang.toUtf8());
        const auto restore = qScopeGuard([] { qunsetenv("QUORUM_CHROMIUM"); });
        PipelineFixture f;
        f.setSetting(u"sites.render_limit_ms"_s, u"400"_s);
        Desk desk(f);
        SiteActions& actions = desk.actions;
        f.startPool();
        const Shop shop = generate(f, actions);
        QVERIFY(f.waitUntilIdle());
        auto page = SiteStore::page(f.db(), shop.site, 1);
        QVERIFY2(page->shotError.contains(u"did not render within 0.4 s"_s), qPrintable(page->shotError));
        QVERIFY(page->shots.isEmpty());
        // The site itself is fine: ready for approval, without a picture.
        QCOMPARE(SiteStore::site(f.db(), shop.site)->stage, QString(SiteStore::Stage::Ready));
        qputenv("QUORUM_CHROMIUM", dir.filePath(u"not-installed"_s).toUtf8());
        QString error;
        QVERIFY(actions.regenerate(unitOf(f, shop.site, u"section:cta"_s).piece.id, u"shorter"_s, &error));
        QVERIFY(f.waitUntilIdle());
        page = SiteStore::page(f.db(), shop.site, 2);
        QVERIFY(page);
        QVERIFY2(page->shotError.contains(u"not installed"_s), qPrintable(page->shotError));
    }

    void aLeadsBusinessGetsAConceptSiteFromItsListingOnly()
    {
        PipelineFixture f;
        EventBus bus;
        const qint64 now = Clock::system()->nowMs();
        Users::signIn(f.db(), u"Ann"_s, now);
        UserSession session(*Users::find(f.db(), u"Ann"_s), u"test"_s);
        SiteActions actions(ChangeDoor(f.db(), Clock::system(), &bus, &session), &session);
        PublishActions publish(f.db(), Clock::system(), &f.bus(), f.pool(), &session);
        const qint64 lead = Sql::insert(f.db(),
            u"INSERT INTO leads (name, category, address, phone, rating, review_count, opening_hours, import_id, "
            u"created_at, updated_at) VALUES ('Bakkerij Jansen', 'Bakery', 'Dorpsstraat 1, Utrecht', '+31 30 123 "
            u"4567', "
            u"4.6, 128, 'Mo-Sa 7-18', 1, 1, 1)"_s);
        f.startPool();
        QString error;
        const qint64 site = actions.generateForLead(lead, &error);
        QVERIFY2(site > 0, qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        const auto s = SiteStore::site(f.db(), site);
        QVERIFY2(s->stage == SiteStore::Stage::Ready, qPrintable(s->stage + u": "_s + s->lastError));
        QCOMPARE(s->leadId, lead);
        const auto page = SiteStore::page(f.db(), site, 1);
        QVERIFY(page);
        // The business's own facts: its name, where and when, a button that calls it; no prices, no quotes.
        QVERIFY(page->html.contains(u"Bakkerij Jansen"_s));
        QVERIFY(page->html.contains(u"Mo-Sa 7-18"_s));
        QVERIFY(page->html.contains(u"href=\"tel:+31 30 123 4567\""_s));
        QVERIFY(!page->html.contains(u"€"_s));
        QVERIFY(!page->html.contains(u"<blockquote"_s));
        QVERIFY(!page->html.contains(u"id=\"reviews\""_s));
        // Shown to the lead, never published on the shop's own site.
        bool ok = true;
        QVERIFY(publish.publishSite(site, &ok).contains(u"concept"_s));
        QVERIFY(!ok);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM action_proposals"_s), 0);
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'site.generate' AND payload LIKE '%\"lead\"%'"_s),
            1);
    }

    void aCollectionsPageShowsItsProductsAndOnlyTheirFacts()
    {
        PipelineFixture f;
        Desk desk(f);
        ProductFacts mug = PipelineFixture::facts(u"Stoneware Mug"_s, u"Kitchen"_s, 2400, u"stoneware"_s);
        mug.images = {u"images/mug.jpg"_s};
        mug.sku = u"MUG-1"_s;
        const qint64 mugId = f.addProduct(mug);
        f.addProduct(PipelineFixture::facts(u"Linen Tea Towel"_s, u"Kitchen"_s, 1250, u"linen"_s));
        f.addProduct(PipelineFixture::facts(u"Garden Hose"_s, u"Garden"_s, 9900, u"rubber"_s));
        // Not for sale in the store yet: never on a public page.
        const qint64 draft
            = f.addProduct(PipelineFixture::facts(u"Draft Teapot"_s, u"Kitchen"_s, 3900, u"cast iron"_s));
        Sql::exec(f.db(), u"UPDATE products SET status = 'draft' WHERE id = ?"_s, {draft});
        addReviews(f, mugId);
        // The mug's own page in the store: a card may link to it.
        Sql::exec(f.db(),
            u"INSERT INTO publications (product_id, connection_id, target, url, status, published_at, updated_at) "
            u"VALUES (?, (SELECT MIN(id) FROM connections), 'product', 'https://shop.example/mug', 'published', 1, 1)"_s,
            {mugId});
        f.startPool();
        QString error;
        const qint64 site = desk.actions.generateForCatalog(u"Kitchen"_s, &error);
        QVERIFY2(site > 0, qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        const auto s = SiteStore::site(f.db(), site);
        QVERIFY2(s->stage == SiteStore::Stage::Ready,
            qPrintable(s->stage + u": "_s + s->lastError + Json::compact(s->problems)));
        QCOMPARE(s->kind, u"collection"_s);
        QCOMPARE(s->collection, u"Kitchen"_s);
        QCOMPARE(s->name, u"Kitchen"_s);
        // The concept plans the products instead of one product's reasons; every unit passed both models.
        QStringList kinds;
        for (const SiteStore::Unit& u : SiteStore::units(f.db(), site)) {
            kinds << u.piece.kind;
            QCOMPARE(u.piece.state, QString(ContentStore::PieceState::Accepted));
        }
        QVERIFY2(kinds.contains(u"section:products"_s), qPrintable(kinds.join(u", "_s)));
        QVERIFY(!kinds.contains(u"section:benefits"_s));
        // The collection's products with their own prices, a customer's real words, the first product's picture;
        // nothing from another collection, and no one product's offer for search engines.
        const auto page = SiteStore::page(f.db(), site, 1);
        QVERIFY(page);
        if (const QString dir = qEnvironmentVariable("QUORUM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile out(QDir(dir).filePath(u"site-collection-page.html"_s));
            if (out.open(QIODevice::WriteOnly))
                out.write(page->html.toUtf8());
        }
        const auto facts = CatalogFacts::load(f.db(), u"Kitchen"_s);
        QVERIFY(facts && facts->images.contains(u"images/mug.jpg"_s));
        for (const QString& shown : {u"Stoneware Mug"_s, u"€24.00"_s, u"Linen Tea Towel"_s, u"€12.50"_s, firstReview(),
                 QString(u"src=\""_s + facts->images.first() + u'"')})
            QVERIFY2(page->html.contains(shown), qPrintable(shown));
        QVERIFY(!page->html.contains(u"Garden Hose"_s));
        QVERIFY(!page->html.contains(u"Draft Teapot"_s));
        QVERIFY(!page->html.contains(u"€99.00"_s));
        QVERIFY(!page->html.contains(u"\"@type\":\"Product\""_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'site.generate' AND payload LIKE "
                         u"'%\"collection\":\"Kitchen\"%'"_s),
            1);

        // The checks hold the page to the collection's facts: another collection's price (naming the prices it
        // has), its material, words no review of these products says, a sale none of them has.
        QCOMPARE(facts->product.variants.size(), 2);
        // Best sellers first, by paid orders only: an unpaid order of mugs does not move it ahead of the towel
        // (first by name); a paid one does.
        QCOMPARE(facts->product.variants.first().options, QStringList{u"Linen Tea Towel"_s});
        const auto sellMugs = [&](int paid) {
            const qint64 order = Sql::insert(f.db(),
                u"INSERT INTO orders (connection_id, source, remote_id, number, paid, currency, total_cents, "
                u"shop_currency, shop_total_cents, created_at, updated_at, synced_at) VALUES ((SELECT MIN(id) FROM "
                u"connections), 'woocommerce', ?, ?, ?, 'EUR', 12000, 'EUR', 12000, 1, 1, 1)"_s,
                {u"o%1"_s.arg(paid), u"#%1"_s.arg(paid), paid});
            Sql::exec(f.db(),
                u"INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents, total_cents) VALUES (?, (SELECT "
                u"sku FROM products WHERE id = ?), 5, 2400, 12000)"_s,
                {order, mugId});
        };
        sellMugs(0);
        QCOMPARE(CatalogFacts::load(f.db(), u"Kitchen"_s)->product.variants.first().options,
            QStringList{u"Linen Tea Towel"_s});
        sellMugs(1);
        QCOMPARE(CatalogFacts::load(f.db(), u"Kitchen"_s)->product.variants.first().options,
            QStringList{u"Stoneware Mug"_s});
        // Each product's own page, picture and reviews are named on its line: a card may link to the mug's page
        // and state the mug's own rating.
        QCOMPARE(facts->links, QStringList{u"https://shop.example/mug"_s});
        QCOMPARE(facts->ratings, QList<double>{4.5});
        QVERIFY2(facts->product.description.contains(u"- Stoneware Mug: A stoneware piece for every day, made to last. "
                                                     u"[its page: https://shop.example/mug; its "
                                                     u"photo: images/mug.jpg; its reviews: 4.5 of 5 from 2]"_s),
            qPrintable(facts->product.description));
        for (const SiteChecks::Problem& p : SiteChecks::section(u"products"_s,
                 QJsonObject{{u"html"_s,
                     u"<section id=\"products\"><h2>Ours</h2><p><a href=\"https://shop.example/mug\">Stoneware "
                     u"Mug</a>, rated 4.5 out of 5.</p></section>"_s}},
                 *facts))
            QVERIFY2(p.code != u"link" && p.code != u"rating", qPrintable(p.message));
        const auto problems = SiteChecks::section(u"products"_s,
            QJsonObject{{u"html"_s,
                u"<section id=\"products\"><h2>All of it</h2><p>Now €99.00, made of rubber, 20% off.</p>"
                u"<blockquote>Best hose ever.</blockquote></section>"_s}},
            *facts);
        QStringList codes;
        for (const SiteChecks::Problem& p : problems) {
            codes << p.code;
            if (p.code == u"price")
                QVERIFY2(p.message.indexOf(u"12.50"_s) > p.message.indexOf(u"99.00"_s)
                        && p.message.indexOf(u"24.00"_s) > p.message.indexOf(u"12.50"_s),
                    qPrintable(p.message));
        }
        for (const QString& code : {u"price"_s, u"material"_s, u"testimonial"_s, u"discount"_s})
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u", "_s)));

        // The whole shop: every product; a collection without products is refused with its name.
        const qint64 whole = desk.actions.generateForCatalog({}, &error);
        QVERIFY2(whole > 0, qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        const auto shop = SiteStore::site(f.db(), whole);
        QVERIFY2(shop->stage == SiteStore::Stage::Ready, qPrintable(shop->stage + u": "_s + shop->lastError));
        QCOMPARE(shop->kind, u"shop"_s);
        const auto shopPage = SiteStore::page(f.db(), whole, 1);
        QVERIFY(shopPage && shopPage->html.contains(u"Garden Hose"_s) && shopPage->html.contains(u"€99.00"_s));
        QCOMPARE(desk.actions.generateForCatalog(u"Toys"_s, &error), 0);
        QVERIFY2(error.contains(u"Toys"_s), qPrintable(error));
    }

    void aCollectionsPageGoesLiveWithThePhotosItShows()
    {
        PipelineFixture f;
        Publisher desk(f);
        QVERIFY(desk.photo);
        const qint64 now = desk.now;
        const Users::User& ann = desk.ann;
        SiteActions& actions = desk.actions;
        PublishActions& publish = desk.publish;
        ProductFacts mug = PipelineFixture::facts(u"Stoneware Mug"_s, u"Kitchen"_s, 2400, u"stoneware"_s);
        mug.images = {u"images/mug.jpg"_s};
        f.addProduct(mug);
        ProductFacts towel = PipelineFixture::facts(u"Linen Tea Towel"_s, u"Kitchen"_s, 1250, u"linen"_s);
        towel.images.clear();
        f.addProduct(towel);
        f.startPool();
        QString error;
        const qint64 site = actions.generateForCatalog(u"Kitchen"_s, &error);
        QVERIFY2(site > 0, qPrintable(error));
        QVERIFY(f.waitUntilIdle());
        QVERIFY(SiteStore::page(f.db(), site, 1)->html.contains(u"src=\"images/mug.jpg\""_s));
        bool ok = false;
        QVERIFY(publish.publishSite(site, &ok).contains(u"approval"_s));
        QVERIFY(ok);
        const qint64 proposal = Sql::scalar(
            f.db(), u"SELECT id FROM action_proposals WHERE json_extract(parameters, '$.site') = ?"_s, {site})
                                    .toLongLong();
        QVERIFY(ApprovalDesk::approve(f.db(), proposal, ann, {}, u"test"_s, now).ok);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        // The page is live with both products; the photo it shows went to the media library once, and the page
        // shows it from there.
        const auto pages = f.sandbox()->wordpressItems(u"pages"_s);
        QCOMPARE(pages.size(), 1);
        const QString content = Json::compact(pages.first());
        QVERIFY(content.contains(u"Linen Tea Towel"_s) && content.contains(u"Stoneware Mug"_s));
        const auto media = f.sandbox()->wordpressItems(u"media"_s);
        QCOMPARE(media.size(), 1);
        const QString uploaded = media.first().value(u"source_url"_s).toString();
        QVERIFY2(content.contains(u"src=\\\"%1\\\""_s.arg(uploaded)) && !content.contains(u"images/mug.jpg"_s),
            qPrintable(content.left(2000)));
        QCOMPARE(SiteStore::site(f.db(), site)->status, u"published"_s);
    }

    void aViewerCannotGenerate()
    {
        PipelineFixture f;
        Desk desk(f, Users::Role::Viewer);
        SiteActions& actions = desk.actions;
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        QString error;
        QCOMPARE(actions.generateForProduct(mug, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM sites"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs"_s), 0);
    }

    void aDeletedProductEndsTheJobWithoutRetrying()
    {
        PipelineFixture f;
        Desk desk(f);
        SiteActions& actions = desk.actions;
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        QString error;
        const qint64 site = actions.generateForProduct(mug, &error);
        QVERIFY(site > 0);
        Sql::exec(f.db(), u"DELETE FROM products WHERE id = ?"_s, {mug});
        f.startPool();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(SiteStore::site(f.db(), site)->stage, QString(SiteStore::Stage::Failed));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'done'"_s), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSiteFactory)
#include "tst_sitefactory.moc"
