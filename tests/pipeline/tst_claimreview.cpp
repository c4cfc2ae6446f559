#include "ClaimCorpus.h"
#include "knowledge/KnowledgeBase.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ClaimReview.h"
#include "pipeline/Claims.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/ProductFacts.h"
#include "sandbox/ClaimVerdicts.h"

#include "llm/JsonSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using ClaimReview::Verdict;

// The reviewer's half of the claims, checked one by one: the list it is given, how its verdicts count (a supported
// claim must cite a fact or a passage it was given; verdicts for claims that do not exist are ignored), and the
// sandbox reviewer's own reading of the list.
class TestClaimReview : public QObject
{
    Q_OBJECT

private:
    static QJsonObject piece()
    {
        return QJsonObject{{u"headline"_s, u"The merino tee for every day"_s},
            {u"body"_s,
                u"Our navy tee is knitted from merino wool in Portugal. It feels soft from the first wear. Dry clean "
                u"only. Returns are free within 30 days."_s},
            {u"bullets"_s, QJsonArray{u"Machine washable at 30 °C"_s, u"Sizes S to L"_s, u"Is it itchy?"_s}}};
    }
    static ClaimReview::Sources sources()
    {
        Knowledge::Passage returns;
        returns.chunkId = 12;
        returns.documentTitle = u"Returns policy"_s;
        returns.heading = u"Returns"_s;
        returns.text = u"Return anything within 30 days; returns are free."_s;
        return ClaimReview::sources(ClaimCorpus::merinoTee().promptFacts(BrandProfile{}), {returns});
    }
    static QJsonObject verdict(const QString& id, const QString& verdict, const QString& kind, const QString& citation)
    {
        return QJsonObject{{u"id"_s, id}, {u"verdict"_s, verdict}, {u"kind"_s, kind}, {u"citation"_s, citation}};
    }
    static QList<ClaimReview::Item> list()
    {
        const ProductFacts facts = ClaimCorpus::merinoTee();
        return ClaimReview::items(piece(), Claims::check(u"description"_s, piece(), facts, BrandProfile{}));
    }

private slots:
    void everySentenceIsAClaimButQuestions()
    {
        const QList<ClaimReview::Item> items = list();
        QStringList sentences;
        for (const ClaimReview::Item& i : items)
            sentences.append(i.sentence);
        // The fields in the order the piece's JSON keeps them (body, bullets, headline).
        QCOMPARE(sentences,
            (QStringList{u"Our navy tee is knitted from merino wool in Portugal."_s,
                u"It feels soft from the first wear."_s, u"Dry clean only."_s, u"Returns are free within 30 days."_s,
                u"Machine washable at 30 °C"_s, u"Sizes S to L"_s, u"The merino tee for every day"_s}));
        QCOMPARE(items.first().id, u"C1"_s);
        QCOMPARE(items.last().id, u"C7"_s);
        // What the rule checks found in a sentence goes with it; opinion has no kind.
        QCOMPARE(items.at(0).kind, u"material"_s);
        QCOMPARE(items.at(1).kind, QString());
        QCOMPARE(items.at(2).kind, u"care"_s);
        const QString block = ClaimReview::promptBlock(items);
        QVERIFY2(block.contains(
                     u"<claims>\nC1 ($.body; material) Our navy tee is knitted from merino wool in Portugal.\n"_s),
            qPrintable(block));
        QVERIFY(block.contains(u"C3 ($.body; care) Dry clean only."_s));
        QVERIFY(block.contains(u"C7 ($.headline; material) The merino tee for every day\n</claims>"_s));
        QVERIFY(ClaimReview::promptBlock({}).isEmpty());
    }

    void aLongPieceListsItsCheckableSentencesFirst()
    {
        QString body;
        for (int i = 0; i < 60; ++i)
            body += u"A calm sentence number %1 about nothing much. "_s.arg(i);
        body += u"Made in Italy. It is pure silk."_s;
        const QJsonObject long_{{u"body"_s, body}};
        const QList<ClaimReview::Item> items = ClaimReview::items(
            long_, Claims::check(u"description"_s, long_, ClaimCorpus::merinoTee(), BrandProfile{}), QString(), 20);
        QCOMPARE(items.size(), 20);
        QCOMPARE(items.at(0).sentence, u"Made in Italy."_s);
        QCOMPARE(items.at(1).sentence, u"It is pure silk."_s);
        QCOMPARE(items.at(2).sentence, u"A calm sentence number 0 about nothing much."_s);
    }

    void citationsMustNameWhatThePromptGave_data()
    {
        QTest::addColumn<QString>("citation");
        QTest::addColumn<QString>("source");
        QTest::newRow("attribute path") << u"attributes.material"_s << u"attributes.material: merino wool"_s;
        QTest::newRow("with facts. and a quote")
            << u"facts.attributes.colour: \"Navy\""_s << u"attributes.colour: Navy"_s;
        QTest::newRow("bare field name") << u"material"_s << u"attributes.material: merino wool"_s;
        QTest::newRow("passage") << u"K12"_s << u"Returns policy › Returns (K12)"_s;
        QTest::newRow("passage in words") << u"the returns passage [K12]"_s << u"Returns policy › Returns (K12)"_s;
        QTest::newRow("a passage not given") << u"K99"_s << QString();
        QTest::newRow("a field the facts lack") << u"attributes.finish"_s << QString();
        QTest::newRow("nothing") << QString() << QString();
        QTest::newRow("general knowledge") << u"common knowledge"_s << QString();
        QTest::newRow("a variant's price") << u"variants[0].price"_s << u"variants"_s;
        QTest::newRow("JSON path") << u"$.attributes.material"_s << u"attributes.material: merino wool"_s;
        QTest::newRow("slashes") << u"/attributes/colour"_s << u"attributes.colour: Navy"_s;
        QTest::newRow("an object names no fact") << u"attributes"_s << QString();
        QTest::newRow("the brand voice is no evidence") << u"brand_voice"_s << QString();
        QTest::newRow("in quotes") << u"\"attributes.colour\""_s << u"attributes.colour: Navy"_s;
    }
    void citationsMustNameWhatThePromptGave()
    {
        QFETCH(QString, citation);
        QFETCH(QString, source);
        QCOMPARE(sources().resolve(citation), source);
    }

    void verdictsCountOnlyWithACitation()
    {
        const QList<ClaimReview::Item> items = list();
        const QJsonArray answer{verdict(u"C7"_s, u"opinion"_s, u"other"_s, {}),
            verdict(u"C1"_s, u"supported"_s, u"material"_s, u"attributes.material"_s),
            verdict(u"C2"_s, u"supported"_s, u"other"_s, {}), // a feeling: uncited, a minor note only
            verdict(u"C3"_s, u"contradicted"_s, u"care"_s, u"description"_s),
            verdict(u"c4"_s, u"unsupported"_s, u"policy"_s, {}), // ids are read without case
            // Cites nothing given; but the checks found the care instruction supported by the facts: a note.
            verdict(u"C5"_s, u"supported"_s, u"care"_s, u"my own experience"_s),
            verdict(u"C9"_s, u"contradicted"_s, u"material"_s, u"attributes.material"_s), // no such claim
            verdict(u"C1"_s, u"contradicted"_s, u"material"_s, {}),                       // a second verdict for C1
            verdict(u"C6"_s, u"maybe"_s, u"size"_s, {})}; // no such verdict: C6 stays unanswered
        const ClaimReview::Result r = ClaimReview::apply(items, answer, sources());
        QCOMPARE(r.ignored, (QStringList{u"C9"_s, u"C1"_s}));
        QCOMPARE(r.unanswered, 1); // C6
        QCOMPARE(r.judged.size(), 6);
        // In the piece's order: C1, C2, C3, C4, C5, C7.
        QCOMPARE(r.judged.at(0).verdict, Verdict::Supported);
        QCOMPARE(r.judged.at(0).source, u"attributes.material: merino wool"_s);
        QCOMPARE(r.judged.at(1).verdict, Verdict::Unsupported);
        QVERIFY(r.judged.at(1).uncited);
        QCOMPARE(r.judged.at(3).verdict, Verdict::Unsupported); // a policy the checks did not find supported
        QVERIFY(!r.judged.at(3).item.checkedSupported);
        QCOMPARE(r.judged.at(4).verdict, Verdict::Unsupported);
        QVERIFY(r.judged.at(4).uncited);
        QVERIFY(r.judged.at(4).item.checkedSupported);
        QCOMPARE(r.judged.at(5).verdict, Verdict::Opinion);
        QStringList severities;
        for (const ContentChecks::Problem& p : r.problems)
            severities.append(p.severity);
        QCOMPARE(severities, (QStringList{u"minor"_s, u"critical"_s, u"major"_s, u"minor"_s}));
        QVERIFY(r.problems.at(1).message.contains(u"Dry clean only."_s));
        QVERIFY(r.problems.at(1).message.contains(u"description: A fine merino wool T-shirt"_s));
        QVERIFY(r.problems.at(2).message.contains(u"Returns are free within 30 days."_s));
        QVERIFY(r.problems.at(3).message.contains(u"my own experience"_s));
        QVERIFY(r.failed());

        // Stored and read back as the detail view reads it.
        const ClaimReview::Result back = ClaimReview::Result::fromJson(r.toJson());
        QCOMPARE(back.judged.size(), r.judged.size());
        QCOMPARE(back.ignored, r.ignored);
        QCOMPARE(back.unanswered, 1);
        QCOMPARE(back.judged.at(0).source, r.judged.at(0).source);
        QVERIFY(back.judged.at(4).uncited);
        QVERIFY(back.judged.at(4).item.checkedSupported);
    }

    void opinionAndCitedSupportPass()
    {
        const QList<ClaimReview::Item> items = list();
        QJsonArray answer;
        for (const ClaimReview::Item& i : items)
            answer.append(i.kind.isEmpty()  ? verdict(i.id, u"opinion"_s, u"other"_s, {})
                    : i.kind == u"policy"   ? verdict(i.id, u"supported"_s, i.kind, u"K12"_s)
                    : i.kind == u"material" ? verdict(i.id, u"supported"_s, i.kind, u"attributes.material"_s)
                                            : verdict(i.id, u"supported"_s, i.kind, u"the description"_s));
        const ClaimReview::Result r = ClaimReview::apply(items, answer, sources());
        for (const ClaimReview::Judged& j : r.judged)
            QVERIFY2(!j.uncited, qPrintable(j.item.sentence + u" → "_s + j.citation));
        QVERIFY(r.problems.isEmpty());
        QVERIFY(!r.failed());
        QCOMPARE(r.unanswered, 0);
        QVERIFY(r.ignored.isEmpty());
    }

    void theAnswerSchemaValidates()
    {
        const QJsonObject schema
            = JsonSchema::withProperty(ContentSpec::reviewSchema(), u"claims"_s, ClaimReview::answerSchema());
        QVERIFY(schema.value(u"required"_s).toArray().contains(u"claims"_s));
        QVERIFY(JsonSchema::isStrictCompatible(schema));
        const QJsonArray bad{verdict(u"C1"_s, u"probably"_s, u"other"_s, {})};
        QVERIFY(!JsonSchema::validate(bad, ClaimReview::answerSchema()).isEmpty());
        const QJsonArray good{verdict(u"C1"_s, u"opinion"_s, u"other"_s, {})};
        QVERIFY(JsonSchema::validate(good, ClaimReview::answerSchema()).isEmpty());
    }

    // The sandbox reviewer reads the list as the gate writes it into the prompt.
    void theSandboxReviewerJudgesTheList()
    {
        const ProductFacts facts = ClaimCorpus::merinoTee();
        QJsonObject body = piece();
        body.insert(u"body"_s,
            u"Our navy tee is knitted from merino wool. It cures eczema. Cotton lining inside. What "
            u"a joy to wear."_s);
        const QList<ClaimReview::Item> items
            = ClaimReview::items(body, Claims::check(u"description"_s, body, facts, BrandProfile{}));
        const QString prompt = facts.promptBlock(BrandProfile{})
            + u"\n\n<knowledge>\n[K12] Returns policy › Returns\nReturn anything within 30 days.\n</knowledge>\n\n"_s
            + ClaimReview::promptBlock(items);
        const QJsonArray answer = ClaimVerdicts::judge(prompt, {});
        QCOMPARE(answer.size(), items.size());
        QHash<QString, QJsonObject> by;
        for (const QJsonValue& v : answer)
            by.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        const auto idOf = [&items](const QString& start) {
            for (const ClaimReview::Item& i : items) {
                if (i.sentence.startsWith(start))
                    return i.id;
            }
            return QString();
        };
        QCOMPARE(by.value(idOf(u"Our navy"_s)).value(u"verdict"_s).toString(), u"supported"_s);
        QCOMPARE(by.value(idOf(u"It cures"_s)).value(u"verdict"_s).toString(), u"unsupported"_s);
        QCOMPARE(by.value(idOf(u"It cures"_s)).value(u"kind"_s).toString(), u"health"_s);
        QCOMPARE(by.value(idOf(u"Cotton"_s)).value(u"verdict"_s).toString(), u"contradicted"_s);
        QCOMPARE(by.value(idOf(u"What a joy"_s)).value(u"verdict"_s).toString(), u"opinion"_s);
        const ClaimReview::Result r = ClaimReview::apply(items, answer, sources());
        QVERIFY(r.ignored.isEmpty());
        QVERIFY(r.failed());

        // Its faults: verdicts for claims that do not exist and a repeated one are ignored; an uncited "supported"
        // on a checkable claim fails the piece.
        const ClaimReview::Result stray
            = ClaimReview::apply(items, ClaimVerdicts::judge(prompt, {true, false}), sources());
        QCOMPARE(stray.ignored.size(), 2);
        const ClaimReview::Result uncited
            = ClaimReview::apply(items, ClaimVerdicts::judge(prompt, {false, true}), sources());
        QVERIFY(std::any_of(uncited.judged.begin(), uncited.judged.end(),
            [](const ClaimReview::Judged& j) { return j.uncited && ClaimReview::checkable(j.kind); }));
    }
};

QTEST_GUILESS_MAIN(TestClaimReview)
#include "tst_claimreview.moc"
