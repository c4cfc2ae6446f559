#include "PipelineFixture.h"
#include "core/Json.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "llm/ProviderStore.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentStore.h"
#include "pipeline/ProductStore.h"
#include "pipeline/PromptTemplates.h"
#include "pipeline/VoiceProfile.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The agreement gate end to end: the real worker pool, the real LLM clients, the sandbox's writer
// (OpenAI format) and reviewer (Anthropic format), with faults injected per route.
class TestGate : public QObject
{
    Q_OBJECT

private:
    static QStringList pieceStates(PipelineFixture& f, qint64 product)
    {
        QStringList out;
        for (const auto& p : ContentStore::pieces(f.db(), product))
            out.append(p.kind + u'=' + p.state);
        return out;
    }

private slots:
    void bothModelsAgreeAndTheProductIsReady()
    {
        PipelineFixture f;
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        const qint64 tee = f.addProduct(
            PipelineFixture::facts(u"Linen Shirt"_s, u"Apparel"_s, 6900, u"linen"_s, {u"S"_s, u"M"_s, u"L"_s}));
        f.startPool();
        f.run({mug, tee});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QCOMPARE(f.stageOf(tee), u"ready"_s);
        // The apparel product has a size guide, the mug does not.
        QCOMPARE(ContentStore::pieces(f.db(), mug).size(), 8);
        QCOMPARE(ContentStore::pieces(f.db(), tee).size(), 9);
        for (qint64 id : {mug, tee}) {
            for (const auto& p : ContentStore::pieces(f.db(), id)) {
                QCOMPARE(p.state, QString(ContentStore::PieceState::Accepted));
                const auto versions = ContentStore::versions(f.db(), p.id);
                QCOMPARE(versions.size(), 1);
                QCOMPARE(p.acceptedVersionId, versions.first().id);
                QCOMPARE(versions.first().provider, u"sandbox-writer"_s);
                const auto review = ContentStore::validation(f.db(), versions.first().id, ContentStore::Stage::Review);
                QVERIFY(review);
                QVERIFY(review->passed);
                QCOMPARE(review->provider, u"sandbox-reviewer"_s);
                QVERIFY(review->scores.value(u"quality"_s).toInt() >= 90);
                const auto checks = ContentStore::validation(f.db(), versions.first().id, ContentStore::Stage::Checks);
                QVERIFY(checks && checks->passed);
            }
        }
        // Every transition is in the activity log, and the journey is the designed one.
        QCOMPARE(
            Sql::scalar(f.db(),
                u"SELECT group_concat(to_stage, '>') FROM (SELECT to_stage FROM product_events WHERE product_id = ? "
                u"ORDER BY id) AS e"_s,
                {mug})
                .toString(),
            u"draft>enhancing>validating>ready"_s);
        QCOMPARE(Sql::scalar(f.db(), u"SELECT progress FROM products WHERE id = ?"_s, {mug}).toInt(), 65);
        QVERIFY(Sql::scalar(f.db(), u"SELECT quality_score FROM products WHERE id = ?"_s, {mug}).toInt() >= 90);
        QVERIFY(Sql::scalar(f.db(), u"SELECT cost_micros FROM products WHERE id = ?"_s, {mug}).toLongLong() > 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'done'"_s), 2);
        // One write and one review per piece: no agreement call was needed, nothing was redone.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'write:%'"_s), 17);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'review:%'"_s), 17);
        QCOMPARE(f.sandbox()->requestCount(u"openai.chat"_s), 17);
        QCOMPARE(f.sandbox()->requestCount(u"anthropic.messages"_s), 17);
        // The Prompts page's record of the shipped description prompt: two runs, both first time, kept.
        const auto record = PromptTemplates::records(f.db(), u"writer.description"_s).value(0);
        QCOMPARE(record.runs, 2);
        QCOMPARE(record.firstPass, 2);
        QCOMPARE(record.keptUnchanged, 2);
    }

    void wrongFactsAreCaughtEveryTime()
    {
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 1.0}});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s, u"Home"_s, 4900, u"stoneware"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"needs_review"_s);
        // The description always states the price: every attempt states it wrong and is caught.
        const auto description = ContentStore::piece(f.db(), mug, u"description"_s);
        QVERIFY(description);
        QCOMPARE(description->state, QString(ContentStore::PieceState::Rejected));
        const auto versions = ContentStore::versions(f.db(), description->id);
        QCOMPARE(versions.size(), 3);
        for (const auto& v : versions) {
            QVERIFY(v.body.contains(u"€67.15"_s)); // 49.00 × 1.35 + 1: the sandbox's wrong price
            const auto checks = ContentStore::validation(f.db(), v.id, ContentStore::Stage::Checks);
            QVERIFY(checks);
            QVERIFY(!checks->passed);
            QVERIFY(Json::compact(checks->problems).contains(u"\"price\""_s));
            // A hard fail is not sent to the reviewer: no money is spent on a wrong piece.
            QVERIFY(!ContentStore::validation(f.db(), v.id, ContentStore::Stage::Review));
        }
        // Whatever was accepted states no wrong fact.
        const ProductFacts facts = *ProductFacts::load(f.db(), mug);
        QSqlQuery q = Sql::exec(f.db(),
            u"SELECT p.kind, v.body FROM content_pieces p JOIN content_versions v ON v.id = p.accepted_version_id "
            u"WHERE p.product_id = ?"_s,
            {mug});
        while (q.next()) {
            const QJsonObject body = Json::objectFromString(q.value(1).toString());
            QVERIFY2(ContentChecks::checkPrices(body, facts).isEmpty(), qPrintable(q.value(0).toString()));
            QVERIFY2(ContentChecks::checkMaterials(body, facts).isEmpty(), qPrintable(q.value(0).toString()));
            QVERIFY(!q.value(1).toString().contains(u"€67.15"_s));
        }
        // A person is asked, once, with the reasons.
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM action_proposals WHERE product_id = ? AND action_type = 'content_review' "
                    u"AND status = 'pending' AND risk_level = 'high'"_s,
                {mug}),
            1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'content.needs_review'"_s), 1);
        const QString reason
            = Sql::scalar(f.db(), u"SELECT stage_reason FROM products WHERE id = ?"_s, {mug}).toString();
        QVERIFY2(reason.contains(u"Long description"_s), qPrintable(reason));
    }

    void wrongFactsAtRandomAreNeverAccepted()
    {
        PipelineFixture f;
        f.sandbox()->setFaults(QJsonObject{
            {u"seed"_s, 11}, {u"routes"_s, QJsonObject{{u"openai.chat"_s, QJsonObject{{u"wrongFacts"_s, 0.4}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(
                f.addProduct(PipelineFixture::facts(u"Oak Board %1"_s.arg(i), u"Home"_s, 2900 + i * 100, u"oak"_s)));
        f.startPool();
        f.run(ids);
        QVERIFY(f.waitUntilIdle());
        int wrong = 0;
        for (qint64 id : ids) {
            const ProductFacts facts = *ProductFacts::load(f.db(), id);
            for (const auto& p : ContentStore::pieces(f.db(), id)) {
                for (const auto& v : ContentStore::versions(f.db(), p.id)) {
                    const QJsonObject body = v.json();
                    const bool statesWrongFacts = !ContentChecks::checkPrices(body, facts).isEmpty()
                        || !ContentChecks::checkMaterials(body, facts).isEmpty();
                    if (!statesWrongFacts)
                        continue;
                    ++wrong;
                    QVERIFY(v.id != p.acceptedVersionId);
                    const auto checks = ContentStore::validation(f.db(), v.id, ContentStore::Stage::Checks);
                    QVERIFY(checks && !checks->passed);
                }
            }
        }
        QVERIFY2(wrong >= 5, qPrintable(QString::number(wrong)));
    }

    void reviewerDisagreementMeansThreeAttemptsThenNeedsReview()
    {
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"anthropic.messages"_s, QJsonObject{{u"reviewReject"_s, 1.0}});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"needs_review"_s);
        for (const auto& p : ContentStore::pieces(f.db(), mug)) {
            QCOMPARE(p.state, QString(ContentStore::PieceState::Rejected));
            const auto versions = ContentStore::versions(f.db(), p.id);
            QCOMPARE(versions.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(versions.at(i).attempt, i + 1);
                const auto review = ContentStore::validation(f.db(), versions.at(i).id, ContentStore::Stage::Review);
                QVERIFY(review);
                QVERIFY(!review->passed);
                QVERIFY(review->scores.value(u"quality"_s).toInt() < 90);
                QVERIFY(!review->problems.isEmpty());
                QCOMPARE(review->provider, u"sandbox-reviewer"_s);
            }
        }
        QCOMPARE(f.sandbox()->requestCount(u"openai.chat"_s), 8 * 3);
        // Attempts 2 and 3 carry the reviewer's problems as feedback.
        int withFeedback = 0;
        for (const auto& r : f.sandbox()->requests(u"openai.chat"_s)) {
            if (r.body.contains("Problems found in attempt"))
                ++withFeedback;
        }
        QCOMPARE(withFeedback, 8 * 2);
        QCOMPARE(
            f.count(
                u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'content_review' AND status = 'pending'"_s),
            1);

        // Retried once the reviewer is satisfied: Ready, and the content review is withdrawn.
        f.sandbox()->setRouteFaults(u"anthropic.messages"_s, QJsonObject{{u"reviewReject"_s, 0.0}});
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QVERIFY2(f.stageOf(mug) == u"ready"_s, qPrintable(pieceStates(f, mug).join(u", "_s)));
        QCOMPARE(
            f.count(
                u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'content_review' AND status = 'pending'"_s),
            0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.expired'"_s), 1);
        for (const auto& p : ContentStore::pieces(f.db(), mug)) {
            QCOMPARE(p.runNo, 2);
            QCOMPARE(ContentStore::versions(f.db(), p.id).size(), 4);
        }
    }

    void theWriterAnswersTheReviewersProblems()
    {
        // The reviewer passes every piece but lists a minor problem: the writer is shown the review and
        // agrees the piece stands, so it is accepted after one agreement call per piece.
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"anthropic.messages"_s, QJsonObject{{u"reviewNitpick"_s, 1.0}});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM validations WHERE stage = 'agreement' AND passed = 1"_s), 8);
        QCOMPARE(
            f.count(
                u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'agree:%' AND provider = 'sandbox-writer'"_s),
            8);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 8);
    }

    void aWriterThatDisagreesWithTheReviewRegenerates()
    {
        // The writer, shown the review, says the problem is real: the piece is written again with the
        // problem as feedback, until the attempts run out.
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"anthropic.messages"_s, QJsonObject{{u"reviewNitpick"_s, 1.0}});
        f.sandbox()->setRouteFaults(u"openai.chat"_s, QJsonObject{{u"reviewReject"_s, 1.0}});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"needs_review"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM validations WHERE stage = 'agreement' AND passed = 0"_s), 8 * 3);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 8 * 3);
        int withFeedback = 0;
        for (const auto& r : f.sandbox()->requests(u"openai.chat"_s))
            withFeedback += r.body.contains("warmer") && r.body.contains("Problems found in attempt") ? 1 : 0;
        QCOMPARE(withFeedback, 8 * 2);
    }

    void theReviewerGivesAVerdictOnEveryClaim()
    {
        PipelineFixture f;
        const qint64 tee = f.addProduct(
            PipelineFixture::facts(u"Linen Shirt"_s, u"Apparel"_s, 6900, u"linen"_s, {u"S"_s, u"M"_s, u"L"_s}));
        f.startPool();
        f.run({tee});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(tee), u"ready"_s);
        int claims = 0;
        int cited = 0;
        for (const auto& p : ContentStore::pieces(f.db(), tee)) {
            const auto review = ContentStore::validation(f.db(), p.acceptedVersionId, ContentStore::Stage::Review);
            QVERIFY(review);
            if (p.kind == u"tags") { // search words state nothing: no list
                QVERIFY(review->claims.isEmpty());
                continue;
            }
            const QJsonArray judged = review->claims.value(u"claims"_s).toArray();
            QVERIFY2(!judged.isEmpty(), qPrintable(p.kind));
            QCOMPARE(review->claims.value(u"unanswered"_s).toInt(), 0);
            for (const QJsonValue& v : judged) {
                const QJsonObject c = v.toObject();
                ++claims;
                if (c.value(u"verdict"_s).toString() == u"supported") {
                    QVERIFY2(!c.value(u"source"_s).toString().isEmpty(), qPrintable(c.value(u"sentence"_s).toString()));
                    ++cited;
                }
            }
        }
        QVERIFY(cited > 0 && cited < claims); // the sandbox calls the rest opinion
        // The reviewer was given the list, numbered, with what the rule checks found: for every piece but the tags.
        const auto requests = f.sandbox()->requests(u"anthropic.messages"_s);
        QCOMPARE(std::count_if(requests.begin(), requests.end(),
                     [](const auto& r) { return r.body.contains("<claims>") && r.body.contains("C1 ("); }),
            requests.size() - 1);
    }

    void aSupportedClaimWithoutACitationIsNotSupported()
    {
        // The reviewer calls a checkable claim supported and cites nothing, every time: each piece that makes one
        // is written again with that as feedback, and goes to a person when the attempts run out.
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"anthropic.messages"_s, QJsonObject{{u"uncitedVerdict"_s, 1.0}});
        const qint64 tee = f.addProduct(
            PipelineFixture::facts(u"Linen Shirt"_s, u"Apparel"_s, 6900, u"linen"_s, {u"S"_s, u"M"_s, u"L"_s}));
        f.startPool();
        f.run({tee});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(tee), u"needs_review"_s);
        int rejected = 0;
        for (const auto& p : ContentStore::pieces(f.db(), tee)) {
            if (p.state != ContentStore::PieceState::Rejected)
                continue;
            ++rejected;
            QVERIFY2(p.lastError.contains(u"supported but cited nothing"_s), qPrintable(p.lastError));
        }
        QVERIFY(rejected > 0);
        int withFeedback = 0;
        for (const auto& r : f.sandbox()->requests(u"openai.chat"_s))
            withFeedback += r.body.contains("supported but cited nothing") ? 1 : 0;
        QCOMPARE(withFeedback, rejected * 2);
    }

    void verdictsForClaimsThatDoNotExistAreIgnored()
    {
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"anthropic.messages"_s, QJsonObject{{u"strayVerdicts"_s, 1.0}});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 8); // nothing written twice
        for (const auto& p : ContentStore::pieces(f.db(), mug)) {
            const auto review = ContentStore::validation(f.db(), p.acceptedVersionId, ContentStore::Stage::Review);
            QVERIFY(review && review->passed);
            // One for a claim that does not exist, one repeated: both kept aside, neither counted.
            if (p.kind != u"tags")
                QCOMPARE(review->claims.value(u"ignored"_s).toArray().size(), 2);
        }
    }

    void aSkillsLockedTextIsInEveryPieceItWrites()
    {
        PipelineFixture f;
        const QString skill = PromptTemplates::defaultBody(u"writer.description"_s)
            + u"\n{{#locked Legal line}}\nPrices include VAT. Sold by Example Shop B.V.\n{{/locked}}\n"_s;
        const int version = PromptTemplates::save(f.db(), u"writer.description"_s, skill, u"Ann"_s, 1);
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        const auto piece = ContentStore::piece(f.db(), mug, u"description"_s);
        QVERIFY(piece && piece->state == ContentStore::PieceState::Accepted);
        const auto accepted = ContentStore::version(f.db(), piece->acceptedVersionId);
        QCOMPARE(accepted->templateVersion, version);
        QVERIFY(accepted->body.contains(u"Prices include VAT. Sold by Example Shop B.V."_s));
        const auto written = f.sandbox()->requests(u"openai.chat"_s);
        QVERIFY(std::any_of(
            written.cbegin(), written.cend(), [](const auto& r) { return r.body.contains("word for word"); }));

        // A writer that leaves the locked text out: each attempt fails the checks, and a person gets the piece with
        // the reason.
        f.sandbox()->setRouteFaults(u"openai.chat"_s, QJsonObject{{u"dropLocked"_s, 1.0}});
        const qint64 bowl = f.addProduct(PipelineFixture::facts(u"Stoneware Bowl"_s));
        f.run({bowl});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(bowl), u"needs_review"_s);
        const auto dropped = ContentStore::piece(f.db(), bowl, u"description"_s);
        QCOMPARE(dropped->state, QString(ContentStore::PieceState::Rejected));
        QVERIFY2(dropped->lastError.contains(u"Legal line is not in the piece word for word"_s),
            qPrintable(dropped->lastError));
        for (const auto& p : ContentStore::pieces(f.db(), bowl)) {
            if (p.kind != u"description")
                QCOMPARE(p.state, QString(ContentStore::PieceState::Accepted)); // the other kinds have no lock
        }
    }

    void aPieceFarFromTheMeasuredVoiceIsWrittenAgainWithTheDifferences()
    {
        PipelineFixture f;
        // A brand that writes in bursts: short sentences, exclamation marks.
        QStringList examples;
        for (const QString& thing : {u"mugs"_s, u"bowls"_s, u"plates"_s, u"jugs"_s, u"cups"_s})
            examples.append(u"Bold %1! Made by hand! Fired twice! Pour, sip, smile! Hot coffee waits! Grab yours now! "
                            u"Our kiln never sleeps! Glaze in five colours! Stack them high! Wash them fast! Love "
                            u"them long! We ship them quick!"_s.arg(thing));
        BrandProfile brand = BrandProfile::load(f.db());
        brand.voiceMeasure = VoiceProfile::derive(examples, u"English"_s).toJson();
        brand.save(f.db());
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"needs_review"_s);
        const auto description = ContentStore::piece(f.db(), mug, u"description"_s);
        QCOMPARE(description->state, QString(ContentStore::PieceState::Rejected));
        QVERIFY2(description->lastError.contains(u"Far from the brand's voice"_s), qPrintable(description->lastError));
        // Attempts 2 and 3 were given the differences.
        int withDifferences = 0;
        for (const auto& r : f.sandbox()->requests(u"openai.chat"_s))
            withDifferences += r.body.contains("Far from the brand's voice") && r.body.contains("Sentences average");
        QVERIFY(withDifferences >= 2);
        // Kinds the voice does not govern are not held to it.
        QCOMPARE(ContentStore::piece(f.db(), mug, u"seo"_s)->state, QString(ContentStore::PieceState::Accepted));
        QCOMPARE(ContentStore::piece(f.db(), mug, u"tags"_s)->state, QString(ContentStore::PieceState::Accepted));
    }

    void anAnswerThatIgnoresTheSchemaIsRegenerated()
    {
        PipelineFixture f;
        f.sandbox()->setRouteFaults(u"openai.chat"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"schema_violation"_s}}});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions WHERE valid = 0"_s), 1);
        const qint64 broken = f.count(u"SELECT id FROM content_versions WHERE valid = 0"_s);
        const auto version = ContentStore::version(f.db(), broken);
        QCOMPARE(version->attempt, 1);
        QVERIFY(version->body.contains(u"unexpected"_s));
        const auto schema = ContentStore::validation(f.db(), broken, ContentStore::Stage::Schema);
        QVERIFY(schema && !schema->passed);
        QVERIFY(Json::compact(schema->problems).contains(u"schema"_s));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions WHERE attempt = 2"_s), 1);
    }

    void failuresHalfwayThroughABatchHealWithoutDuplicates()
    {
        PipelineFixture f;
        f.sandbox()->setFaults(QJsonObject{{u"seed"_s, 5},
            {u"routes"_s,
                QJsonObject{
                    {u"openai.chat"_s,
                        QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"500"_s}, {u"rate"_s, 0.2}}}}}},
                    {u"anthropic.messages"_s,
                        QJsonObject{
                            {u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"529"_s}, {u"rate"_s, 0.2}}}}}}}}});
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(
                f.addProduct(PipelineFixture::facts(u"Glass Jar %1"_s.arg(i), u"Home"_s, 1500 + i * 100, u"glass"_s)));
        f.startPool();
        f.run(ids);
        QVERIFY(f.waitUntilIdle(120'000));
        for (qint64 id : ids)
            QCOMPARE(f.stageOf(id), u"ready"_s);
        // Failed calls were retried; no piece got a second version for it.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 5 * 8);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE outcome = 'error'"_s) > 0);
    }

    void anOutageLongerThanTheLimitEndsInFailedWithTheCause()
    {
        // Every writer down for good: the work waits (no attempt spent) and, after the configured
        // hours, fails with a reason that names the providers and what they answered.
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        f.setSetting(u"pipeline.give_up_after_hours"_s, u"1"_s);
        const QJsonObject down{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"500"_s}, {u"rate"_s, 1.0}}}}};
        f.sandbox()->setRouteFaults(u"openai.chat"_s, down);
        f.sandbox()->setRouteFaults(u"gemini.generate"_s, down);
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.runUntilIdle(20, 120'000));
        QCOMPARE(f.stageOf(mug), u"failed"_s);
        const QString reason
            = Sql::scalar(f.db(), u"SELECT stage_reason FROM products WHERE id = ?"_s, {mug}).toString();
        QVERIFY2(reason.startsWith(u"Gave up after waiting 1 hour"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"Sandbox writer (OpenAI format)"_s) && reason.contains(u"server errors"_s),
            qPrintable(reason));
        QVERIFY2(reason.contains(u"Run the product again"_s), qPrintable(reason));
        QCOMPARE(f.count(u"SELECT attempts FROM jobs WHERE subject_id = ?"_s, {mug}), 0);
        QVERIFY(f.count(u"SELECT waits FROM jobs WHERE subject_id = ?"_s, {mug}) > 3);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 1);
    }

    void runsWaitForTheKeychainAtStart()
    {
        // While the keychain is still answering at start, provider keys may not be there yet: the
        // pipeline's jobs wait in the queue, as publishing's do, instead of failing "not available".
        PipelineFixture f;
        const QStringList waiting = f.domains().jobs.kindsNeeding(JobRegistry::Needs(JobRegistry::Secrets));
        for (const QString& kind : {u"generate"_s, u"piece"_s, u"recheck"_s, u"publish"_s})
            QVERIFY2(waiting.contains(kind), qPrintable(kind));
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.run({mug});
        const qint64 now = Clock::system()->nowMs();
        QVERIFY(!JobQueue::claim(f.db(), u"test"_s, now, 60'000, 50, waiting));
        QVERIFY(JobQueue::claim(f.db(), u"test"_s, now, 60'000, 50, {}));
    }

    void aWrongKeyFailsAtOnceWithoutWaiting()
    {
        // A refused key cannot heal by waiting: the product fails at once and says so.
        PipelineFixture f;
        const QJsonObject refused{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"401"_s}, {u"rate"_s, 1.0}}}}};
        f.sandbox()->setRouteFaults(u"openai.chat"_s, refused);
        f.sandbox()->setRouteFaults(u"gemini.generate"_s, refused);
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle(60'000));
        QCOMPARE(f.stageOf(mug), u"failed"_s);
        QCOMPARE(f.count(u"SELECT waits FROM jobs WHERE subject_id = ?"_s, {mug}), 0);
    }

    void aWritersFallbackStillGetsAnIndependentReviewer()
    {
        // The only configured reviewer is the writer itself: the other writer in the chain reviews, and
        // no piece is ever reviewed by the model that wrote it.
        PipelineFixture f;
        ProviderStore::setChain(f.db(), u"review"_s, {u"sandbox-writer"_s});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'review:%'"_s) > 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'review:%' AND provider = "
                         u"'sandbox-writer'"_s),
            0);
    }

    void theReviewerMustBeAnotherModel()
    {
        PipelineFixture f;
        ProviderStore::setChain(f.db(), u"write"_s, {u"sandbox-writer"_s});
        ProviderStore::setChain(f.db(), u"review"_s, {u"sandbox-writer"_s});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"failed"_s);
        const QString reason
            = Sql::scalar(f.db(), u"SELECT stage_reason FROM products WHERE id = ?"_s, {mug}).toString();
        QVERIFY2(reason.contains(u"differs from the writer"_s), qPrintable(reason));
        QCOMPARE(f.sandbox()->requestCount(u"anthropic.messages"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'review:%'"_s), 0);
    }

    // A shop with one model: an owner may let it review its own work. The fact checks and the rubric
    // still run, and every verdict says that no second model looked.
    void oneModelReviewsItselfOnlyWhenAllowed()
    {
        PipelineFixture f;
        ProviderStore::setChain(f.db(), u"write"_s, {u"sandbox-writer"_s});
        ProviderStore::setChain(f.db(), u"review"_s, {u"sandbox-writer"_s});
        Settings::setValue(f.db(), QString(SettingKeys::SelfReview), u"1"_s);
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose LIKE 'review:%' AND provider = "
                        u"'sandbox-writer'"_s)
            > 0);
        QCOMPARE(f.sandbox()->requestCount(u"anthropic.messages"_s), 0);
        const qint64 reviews = f.count(u"SELECT COUNT(*) FROM validations WHERE stage = 'review'"_s);
        QVERIFY(reviews > 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM validations WHERE stage = 'review' AND "
                         u"json_extract(scores, '$._summary') LIKE 'Reviewed by the model that wrote it%'"_s),
            reviews);
    }

    // A provider that cannot be used (its key is not set) hands over to the next, and the Activity log
    // says so with the reason: a fallback is never silent.
    void aFallbackIsShownWhereItHappens()
    {
        PipelineFixture f;
        ProviderConfig broken = *ProviderStore::find(f.db(), u"sandbox-writer"_s);
        broken.id = u"openai-nokey"_s;
        broken.name = u"OpenAI"_s;
        broken.secretRef = u"env:QUORUM_TEST_KEY_THAT_IS_NOT_SET"_s;
        ProviderStore::save(f.db(), broken, false);
        ProviderStore::setChain(f.db(), u"write"_s, {u"openai-nokey"_s, u"sandbox-writer"_s});
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        const QString note = Sql::scalar(f.db(),
            u"SELECT json_extract(payload, '$.details.note') FROM audit_log WHERE action = 'llm.fallback' LIMIT 1"_s)
                                 .toString();
        QVERIFY2(note.startsWith(u"OpenAI: "_s), qPrintable(note));
        QVERIFY2(note.contains(u"QUORUM_TEST_KEY_THAT_IS_NOT_SET"_s), qPrintable(note));
        QVERIFY2(note.endsWith(u"→ sandbox-writer"_s), qPrintable(note));
    }

    void theBudgetRefusesBeforeAnythingIsSent()
    {
        PipelineFixture f;
        SpendGuard::storeDailyBudget(f.db(), 1);
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"failed"_s);
        const QString reason
            = Sql::scalar(f.db(), u"SELECT stage_reason FROM products WHERE id = ?"_s, {mug}).toString();
        QVERIFY2(reason.contains(u"budget"_s, Qt::CaseInsensitive), qPrintable(reason));
        QCOMPARE(f.sandbox()->requestCount(), 0);
    }

    void emergencyStopHaltsAtASafePointAndSurvivesARestart()
    {
        PipelineFixture f;
        f.sandbox()->setRouteFaults(
            u"openai.chat"_s, QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, 150}}}});
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(f.addProduct(PipelineFixture::facts(u"Bowl %1"_s.arg(i), u"Home"_s, 2500 + i * 100)));
        f.startPool();
        f.run(ids);
        // Stop as soon as the first piece is written.
        QVERIFY(QTest::qWaitFor([&] { return f.count(u"SELECT COUNT(*) FROM content_versions"_s) > 0; }, 30'000));
        f.pool()->setState(f.db(), RunControl::State::Stopped, u"Ann"_s);
        QVERIFY(QTest::qWaitFor([&] { return f.pool()->runningJobs() == 0; }, 30'000));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'running'"_s), 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'queued'"_s), 3);
        const qint64 written = f.count(u"SELECT COUNT(*) FROM content_versions"_s);
        const qint64 writes = f.sandbox()->requestCount(u"openai.chat"_s);
        QCOMPARE(written, writes); // every write that was under way was stored
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'override.emergency_stop' AND actor = 'Ann'"_s), 1);

        // A restart keeps the stop: the new pool claims nothing.
        f.restartPool();
        QCOMPARE(f.pool()->state(), RunControl::State::Stopped);
        f.pool()->wake();
        f.stopPool(); // processes the wake first: the workers' queues are ordered
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'queued'"_s), 3);
        QCOMPARE(f.sandbox()->requestCount(u"openai.chat"_s), writes);

        // Resumed: everything finishes, and no write is done twice.
        f.startPool();
        f.pool()->setState(f.db(), RunControl::State::Running, u"Ann"_s);
        QVERIFY(f.waitUntilIdle());
        for (qint64 id : ids)
            QCOMPARE(f.stageOf(id), u"ready"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 3 * 8);
        QCOMPARE(f.sandbox()->requestCount(u"openai.chat"_s), 3 * 8);
    }

    void oneRegeneratedPieceCarriesTheInstruction()
    {
        PipelineFixture f;
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        QString error;
        QVERIFY2(ProductStore::requestPieceRun(
                     f.db(), mug, u"faq"_s, u"Mention the gift box."_s, u"Ann"_s, Clock::system()->nowMs(), &error),
            qPrintable(error));
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        const auto faq = ContentStore::piece(f.db(), mug, u"faq"_s);
        const auto versions = ContentStore::versions(f.db(), faq->id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.last().instruction, u"Mention the gift box."_s);
        QCOMPARE(faq->acceptedVersionId, versions.last().id);
        QVERIFY(f.sandbox()->requests(u"openai.chat"_s).last().body.contains("Mention the gift box."));
        // Other pieces were left alone.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM content_versions"_s), 9);
        QCOMPARE(
            Sql::scalar(f.db(),
                u"SELECT group_concat(to_stage, '>') FROM (SELECT to_stage FROM product_events WHERE product_id = ? "
                u"ORDER BY id) AS e"_s,
                {mug})
                .toString(),
            u"draft>enhancing>validating>ready>enhancing>validating>ready"_s);
    }

    void aHandEditIsANewVersionAndIsChecked()
    {
        PipelineFixture f;
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        const auto faq = ContentStore::piece(f.db(), mug, u"faq"_s);
        const QJsonObject accepted = ContentStore::version(f.db(), faq->acceptedVersionId)->json();
        QJsonObject wrong = accepted;
        QJsonArray items = wrong.value(u"items"_s).toArray();
        QJsonObject first = items.first().toObject();
        first.insert(u"answer"_s, u"It costs €99.00, which is a fair price for a mug made by hand."_s);
        items.replace(0, first);
        wrong.insert(u"items"_s, items);
        QString error;
        const qint64 edit = ProductStore::saveEdit(f.db(), faq->id, wrong, u"Ann"_s, Clock::system()->nowMs(), &error);
        QVERIFY2(edit > 0, qPrintable(error));
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"needs_review"_s);
        QCOMPARE(ContentStore::piece(f.db(), faq->id)->state, QString(ContentStore::PieceState::Rejected));
        const auto checks = ContentStore::validation(f.db(), edit, ContentStore::Stage::Checks);
        QVERIFY(checks && !checks->passed);
        QCOMPARE(ContentStore::version(f.db(), edit)->author, u"Ann"_s);

        const qint64 fixed
            = ProductStore::saveEdit(f.db(), faq->id, accepted, u"Ann"_s, Clock::system()->nowMs(), &error);
        QVERIFY(fixed > edit);
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.stageOf(mug), u"ready"_s);
        QCOMPARE(ContentStore::piece(f.db(), faq->id)->acceptedVersionId, fixed);
        QCOMPARE(ContentStore::versions(f.db(), faq->id).size(), 3);
    }

    void theTemplateVersionIsRecordedWithEachPiece()
    {
        PipelineFixture f;
        const QString body = PromptTemplates::defaultBody(u"writer.faq"_s) + u"\nAnswer warmly. MARKER-42"_s;
        QCOMPARE(PromptTemplates::save(f.db(), u"writer.faq"_s, body, u"Ann"_s, 1), 1);
        const qint64 mug = f.addProduct(PipelineFixture::facts(u"Stoneware Mug"_s));
        f.startPool();
        f.run({mug});
        QVERIFY(f.waitUntilIdle());
        const auto faq = ContentStore::piece(f.db(), mug, u"faq"_s);
        QCOMPARE(ContentStore::version(f.db(), faq->acceptedVersionId)->templateVersion, 1);
        const auto seo = ContentStore::piece(f.db(), mug, u"seo"_s);
        QCOMPARE(ContentStore::version(f.db(), seo->acceptedVersionId)->templateVersion, 0);
        int marked = 0;
        for (const auto& r : f.sandbox()->requests(u"openai.chat"_s))
            marked += r.body.contains("MARKER-42") ? 1 : 0;
        QCOMPARE(marked, 1);
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
