#include "ClaimCorpus.h"
#include "TestWorkspace.h"
#include "core/EventBus.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/KnowledgeBase.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/Claims.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/KnowledgeClaims.h"
#include "pipeline/ProductFacts.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// The knowledge base: documents split into passages, versions, the search (FTS5 and BM25 on SQLite, the text
// search on PostgreSQL), the citations that go stale, the owner's door, and the claims the passages support: a
// shipping or returns term a piece states is supported by a passage that gives it, contradicted by one that gives
// another figure, unsupported when none speaks of it, and the product's facts win over a passage.
class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* kReturns = "# Returns policy\n\n## Returns\nYou can return any product within 30 days "
                                            "of delivery, unused and in its original packaging.\n\n## Refunds\nWe "
                                            "refund the full amount within 5 working days of receiving your return.";
    static constexpr const char* kShipping = "# Shipping policy\n\n## Delivery times\nDelivery in the Netherlands "
                                             "takes 1-2 working days.\n\n## Costs\nShipping is free on orders over "
                                             "€50.";
    static constexpr const char* kCare = "# Care guide\n\n## Wool\nHand wash only, and cold. Never tumble dry wool.";

    static qint64 add(const QSqlDatabase& db, const QString& title, const QString& topic, const QString& body,
        qint64 id = 0, qint64 now = 1000)
    {
        Knowledge::Document d;
        d.id = id;
        d.title = title;
        d.topic = topic;
        d.body = body;
        return Knowledge::save(db, d, u"Ann"_s, now);
    }
    static void shop(const QSqlDatabase& db)
    {
        add(db, u"Returns policy"_s, u"returns"_s, QString::fromUtf8(kReturns));
        add(db, u"Shipping policy"_s, u"shipping"_s, QString::fromUtf8(kShipping));
        add(db, u"Care guide"_s, u"care"_s, QString::fromUtf8(kCare));
    }
    static QList<Claims::Claim> policy(const Claims::Report& r)
    {
        QList<Claims::Claim> out;
        for (const Claims::Claim& c : r.claims) {
            if (c.kind == Claims::Kind::Policy)
                out.append(c);
        }
        return out;
    }
    static Claims::Report checked(const QSqlDatabase& db, const QString& text, QList<ContentChecks::Problem>* problems)
    {
        const ProductFacts facts = ClaimCorpus::merinoTee();
        const QJsonObject body{
            {u"items"_s, QJsonArray{QJsonObject{{u"question"_s, u"Can I send it back?"_s}, {u"answer"_s, text}}}}};
        QJsonObject claims;
        problems->clear();
        // One question and answer: the FAQ's schema wants five or more, which is not what is tested here.
        for (const ContentChecks::Problem& p : ContentChecks::run(
                 u"faq"_s, body, facts, BrandProfile{}, &claims, KnowledgeClaims::passagesFor(db, u"faq"_s, facts))) {
            if (p.code != u"schema")
                problems->append(p);
        }
        return Claims::Report::fromJson(claims);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void chunksByHeadingsParagraphsAndSentences()
    {
        const QList<Knowledge::Chunk> chunks = Knowledge::chunk(QString::fromUtf8(kReturns));
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks.at(0).heading, u"Returns"_s);
        QVERIFY(chunks.at(0).text.startsWith(u"You can return any product"_s));
        QCOMPARE(chunks.at(1).heading, u"Refunds"_s);
        // Plain text: a short line on its own heads the paragraph after it (a PDF's text reads like this).
        const auto plain = Knowledge::chunk(u"Delivery\n\nWe ship within two days.\n\nCosts\n\nFree over 50 euro."_s);
        QCOMPARE(plain.size(), 2);
        QCOMPARE(plain.at(0).heading, u"Delivery"_s);
        QCOMPARE(plain.at(1).heading, u"Costs"_s);
        // A paragraph longer than a passage is split at sentences; a sentence longer than one at spaces. No text is
        // lost and no passage is over the limit.
        QString sentence = u"This sentence is about the shop's terms and conditions."_s;
        QString paragraph;
        for (int i = 0; i < 60; ++i)
            paragraph += sentence + u' ';
        QString longSentence;
        for (int i = 0; i < 400; ++i)
            longSentence += u"word "_s;
        const auto split = Knowledge::chunk(paragraph + u"\n\n"_s + longSentence.trimmed() + u'.');
        QVERIFY(split.size() >= 5);
        qsizetype words = 0;
        for (const Knowledge::Chunk& c : split) {
            QVERIFY2(c.text.size() <= Knowledge::kMaxChunkChars, qPrintable(QString::number(c.text.size())));
            words += c.text.split(u' ', Qt::SkipEmptyParts).size();
        }
        QCOMPARE(words, 60 * sentence.split(u' ').size() + 400);
    }

    void refusesWhatCannotBeSaved()
    {
        TestWorkspace tw;
        Knowledge::Document d;
        d.title = u"Huge"_s;
        d.body = QString(Knowledge::kMaxDocumentChars + 1, u'a');
        QVERIFY(Knowledge::whyNot(d).contains(u"Split it"_s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Knowledge::save(tw.db(), d, u"Ann"_s, 1));
        d.body = u"text"_s;
        d.title = u"  "_s;
        QVERIFY(Knowledge::whyNot(d).contains(u"title"_s));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_documents"_s), 0);
    }

    void searchRanksTheAnsweringPassageFirst()
    {
        TestWorkspace tw;
        shop(tw.db());
        QCOMPARE(Knowledge::passageCount(tw.db()), 5);
        const QList<Knowledge::Passage> returns = Knowledge::search(tw.db(), u"Can I return a product?"_s);
        QVERIFY(!returns.isEmpty());
        QCOMPARE(returns.first().documentTitle, u"Returns policy"_s);
        QCOMPARE(returns.first().heading, u"Returns"_s);
        QCOMPARE(returns.first().label(), u"Returns policy › Returns"_s);
        for (qsizetype i = 1; i < returns.size(); ++i)
            QVERIFY(returns.at(i - 1).score >= returns.at(i).score);
        const auto delivery = Knowledge::search(tw.db(), u"delivery Netherlands"_s, 1);
        QCOMPARE(delivery.size(), 1);
        QCOMPARE(delivery.first().heading, u"Delivery times"_s);
        // Words the base does not hold, and no words at all, find nothing (no error).
        QVERIFY(Knowledge::search(tw.db(), u"xylophone"_s).isEmpty());
        QVERIFY(Knowledge::search(tw.db(), u"\"*: OR -"_s).isEmpty());
    }

    void aLargeBaseLeavesOutWordsThatWeighNothing()
    {
        TestWorkspace tw;
        if (Dialect::isPostgres(tw.db()))
            QSKIP("PostgreSQL ranks by ts_rank_cd, which has no word statistics to leave words out by");
        // 250 passages that all say "shop"; one of them also "refund", five "exchange".
        QString body;
        for (int i = 0; i < 250; ++i)
            body += u"## Part %1\nOur shop part %1 %2.\n\n"_s.arg(i).arg(
                i == 7 ? u"refund"_s : (i % 50 == 3 ? u"exchange"_s : u"text"_s));
        add(tw.db(), u"Everything"_s, u"other"_s, body);
        QCOMPARE(Knowledge::passageCount(tw.db()), 250);
        // "shop" is in every passage: BM25 gives it no weight, and it is not searched for beside rarer words.
        const auto found = Knowledge::search(tw.db(), u"shop refund exchange"_s, 10);
        QCOMPARE(found.size(), 6);
        QCOMPARE(found.first().heading, u"Part 7"_s);
        // Alone, the rarest word that matches is still searched for.
        QCOMPARE(Knowledge::search(tw.db(), u"shop"_s, 3).size(), 3);
        QVERIFY(Knowledge::search(tw.db(), u"shop nonexistentword"_s, 3).size() == 3);
    }

    void aNewVersionReplacesItsPassagesAndMakesCitationsStale()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 id = add(db, u"Returns policy"_s, u"returns"_s, QString::fromUtf8(kReturns));
        const auto before = Knowledge::search(db, u"return days"_s, 1);
        QCOMPARE(before.size(), 1);
        // A product's FAQ whose current version (77) cites the policy.
        const qint64 product = Sql::insert(
            db, u"INSERT INTO products (name, price_cents, created_at, updated_at) VALUES ('Tee', 2900, 1, 1)"_s);
        const qint64 piece = Sql::insert(db,
            u"INSERT INTO content_pieces (product_id, kind, current_version_id, updated_at) VALUES (?, 'faq', 77, 1)"_s,
            {product});
        Knowledge::recordCitations(db, 77, piece, {{before.first().chunkId, id, 1}});
        QCOMPARE(Knowledge::document(db, id)->citedBy, 1);
        QVERIFY(Knowledge::staleCitations(db, 77).isEmpty());
        // Saving the same text again changes nothing: no version, nothing stale.
        QCOMPARE(add(db, u"Returns policy"_s, u"returns"_s, QString::fromUtf8(kReturns), id), id);
        QCOMPARE(Knowledge::document(db, id)->version, 1);
        QCOMPARE(add(db, u"Returns policy"_s, u"returns"_s,
                     QString::fromUtf8(kReturns).replace(u"30 days"_s, u"14 days"_s), id, 2000),
            id);
        const auto d = Knowledge::document(db, id);
        QCOMPARE(d->version, 2);
        QCOMPARE(d->stale, 1);
        QCOMPARE(d->citedBy, 0);
        QVERIFY(Knowledge::versionBody(db, id, 1).contains(u"30 days"_s));
        QVERIFY(Knowledge::versionBody(db, id, 2).contains(u"14 days"_s));
        const auto stale = Knowledge::staleCitations(db, 77);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.first().citedVersion, 1);
        QCOMPARE(stale.first().currentVersion, 2);
        // The search finds the new text only.
        const auto after = Knowledge::search(db, u"return days"_s, 5);
        QVERIFY(!after.isEmpty());
        for (const Knowledge::Passage& p : after) {
            QCOMPARE(p.documentVersion, 2);
            QVERIFY(!p.text.contains(u"30 days"_s));
        }
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_chunks WHERE document_id = ?"_s, {id}), 2);
        Knowledge::remove(db, id);
        QVERIFY(Knowledge::search(db, u"return days"_s).isEmpty());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_citations"_s), 0);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_versions"_s), 0);
    }

    void termsAreSupportedContradictedOrUnsupported()
    {
        TestWorkspace tw;
        shop(tw.db());
        QList<ContentChecks::Problem> problems;
        // As the policy says: supported, citing the passage; the period is no "number the facts do not give".
        Claims::Report r = checked(tw.db(), u"Yes: you can return it within 30 days of delivery."_s, &problems);
        QList<Claims::Claim> terms = policy(r);
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().status, Claims::Status::Supported);
        QCOMPARE(terms.first().term, u"30 days"_s);
        QVERIFY2(terms.first().citation.contains(u"Returns policy › Returns"_s), qPrintable(terms.first().citation));
        QVERIFY(terms.first().chunkId > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        QCOMPARE(KnowledgeClaims::citations(r).size(), 1);
        // Another period for the same thing contradicts it (critical).
        r = checked(tw.db(), u"You can return it within 60 days."_s, &problems);
        terms = policy(r);
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().status, Claims::Status::Contradicted);
        QVERIFY(terms.first().citation.contains(u"30 days"_s));
        QVERIFY(std::any_of(problems.begin(), problems.end(),
            [](const ContentChecks::Problem& p) { return p.code == u"claim" && p.severity == u"critical"; }));
        // Free shipping over €50: the amount is the policy's, not a wrong price.
        r = checked(tw.db(), u"Shipping is free on orders over €50, and delivery takes 1-2 working days."_s, &problems);
        terms = policy(r);
        QCOMPARE(terms.size(), 2);
        for (const Claims::Claim& c : terms)
            QCOMPARE(c.status, Claims::Status::Supported);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        // The same €50 as a price is still a wrong price.
        checked(tw.db(), u"It costs €50."_s, &problems);
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const auto& p) { return p.code == u"price"; }));
    }

    void eachPeriodIsCheckedAgainstItsOwnTopic()
    {
        TestWorkspace tw;
        shop(tw.db());
        QList<ContentChecks::Problem> problems;
        // Delivery's period against the shipping policy, the return window against the returns policy.
        Claims::Report r = checked(
            tw.db(), u"Orders ship in 1-2 working days and can be returned within 30 days of delivery."_s, &problems);
        QList<Claims::Claim> terms = policy(r);
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.at(0).status, Claims::Status::Supported);
        QVERIFY(terms.at(0).citation.contains(u"Shipping policy"_s));
        QCOMPARE(terms.at(1).status, Claims::Status::Supported);
        QVERIFY(terms.at(1).citation.contains(u"Returns policy"_s));
        // "within 60 days of delivery" is a return window (the word before it), contradicted by the policy.
        r = checked(tw.db(), u"You can return it within 60 days of delivery."_s, &problems);
        terms = policy(r);
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().status, Claims::Status::Contradicted);
    }

    void accentedWordsAreFound()
    {
        TestWorkspace tw;
        add(tw.db(), u"Verzorging"_s, u"care"_s,
            u"## Crème\nGebruik de crème op een droge huid. Ideeën voor elke dag."_s);
        QCOMPARE(Knowledge::search(tw.db(), u"crème"_s).size(), 1);
        QCOMPARE(Knowledge::search(tw.db(), u"ideeën"_s).size(), 1);
        if (!Dialect::isPostgres(tw.db())) // SQLite's index drops accents; PostgreSQL's 'simple' one keeps them
            QCOMPARE(Knowledge::search(tw.db(), u"creme"_s).size(), 1);
    }

    void aDocumentRemovedMeanwhileIsRefusedNotACrash()
    {
        TestWorkspace tw;
        EventBus bus;
        UserSession owner{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"test"_s};
        KnowledgeActions actions(ChangeDoor(tw.db(), &tw.clock(), &bus, &owner));
        const qint64 id = add(tw.db(), u"Returns policy"_s, u"returns"_s, QString::fromUtf8(kReturns));
        Knowledge::Document d = *Knowledge::document(tw.db(), id);
        Knowledge::remove(tw.db(), id); // another desk removed it
        d.body += u"\n\nNew paragraph."_s;
        QString error;
        QCOMPARE(actions.save(d, &error), 0);
        QVERIFY2(error.contains(u"no longer exists"_s), qPrintable(error));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_documents"_s), 0);
    }

    void withoutAPolicyATermIsUnsupported()
    {
        TestWorkspace tw;
        QList<ContentChecks::Problem> problems;
        const Claims::Report r = checked(tw.db(), u"Returns are accepted within 30 days."_s, &problems);
        const QList<Claims::Claim> terms = policy(r);
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().status, Claims::Status::Unsupported);
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const ContentChecks::Problem& p) {
            return p.code == u"claim" && p.message.contains(u"knowledge base"_s);
        }));
    }

    void theFactsWinOverAPassage()
    {
        TestWorkspace tw;
        shop(tw.db());
        // The tee's facts say machine washable; the care guide says hand wash (for wool). A piece that says "hand
        // wash only" is contradicted by the facts, and the passage is named beside them.
        const ProductFacts facts = ClaimCorpus::merinoTee();
        const QJsonObject body{{u"instructions"_s,
            QJsonArray{u"Hand wash only."_s, u"Dry flat in the shade."_s, u"Never tumble dry wool."_s}}};
        QJsonObject claims;
        ContentChecks::run(
            u"care"_s, body, facts, BrandProfile{}, &claims, KnowledgeClaims::passagesFor(tw.db(), u"care"_s, facts));
        const Claims::Report r = Claims::Report::fromJson(claims);
        bool contradicted = false;
        bool supportedByGuide = false;
        for (const Claims::Claim& c : r.claims) {
            if (c.status == Claims::Status::Contradicted && c.kind == Claims::Kind::Care) {
                contradicted = true;
                QVERIFY2(c.citation.contains(u"the product's facts win"_s), qPrintable(c.citation));
            }
            // What the facts are silent on, the guide supports ("never tumble dry").
            if (c.status == Claims::Status::Supported && c.chunkId > 0)
                supportedByGuide = true;
        }
        QVERIFY(contradicted);
        QVERIFY(supportedByGuide);
    }

    void theDoorChecksTheRoleAndAudits()
    {
        TestWorkspace tw;
        EventBus bus;
        UserSession viewer{Users::User{0, u"Vera"_s, Users::Role::Viewer, true}, u"test"_s};
        KnowledgeActions denied(ChangeDoor(tw.db(), &tw.clock(), &bus, &viewer));
        Knowledge::Document d;
        d.title = u"Returns policy"_s;
        d.topic = u"returns"_s;
        d.body = QString::fromUtf8(kReturns);
        QString error;
        QCOMPARE(denied.save(d, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_documents"_s), 0);

        UserSession owner{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"test"_s};
        KnowledgeActions actions(ChangeDoor(tw.db(), &tw.clock(), &bus, &owner));
        const qint64 id = actions.save(d, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(actions.documents().size(), 1);
        QVERIFY(actions.documents().first().body.isEmpty()); // the list holds no text; one document does
        QCOMPARE(actions.document(id)->body, QString::fromUtf8(kReturns));
        QCOMPARE(actions.search(u"refund"_s).first().heading, u"Refunds"_s);
        d.title.clear();
        QCOMPARE(actions.save(d, &error), 0);
        QVERIFY(error.contains(u"title"_s));
        QVERIFY(actions.remove(id, &error));
        QVERIFY(!actions.remove(id, &error));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'knowledge.save' AND actor = 'Olga'"_s), 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'knowledge.remove' AND actor = 'Olga'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
