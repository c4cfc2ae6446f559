#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/VoiceDistance.h"
#include "pipeline/VoiceProfile.h"

#include <QJsonArray>

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// A brand voice learned from examples: the measurements (sentence length, address, who speaks, exclamation marks,
// questions, emoji, reading ease, characteristic and avoided words, openings) on texts worked out by hand, in English
// and Dutch, said in words; too few, too many or too short examples are refused with the reason.
class TestVoiceProfile : public QObject
{
    Q_OBJECT

private:
    static QStringList english()
    {
        return {u"Meet the Harbour Sweater. We knit it from merino wool in our workshop by the sea. You will wear it "
                u"from the first cold morning until spring, and it will still look like new. Wash it by hand, dry "
                u"it flat, and it keeps its shape for years."_s,
            u"Meet the Dune Scarf. Our wool comes from one farm, two valleys away from the workshop. You wrap it "
            u"twice and the wind stops at your collar. It is soft enough for bare skin and warm enough for the "
            u"harbour in January."_s,
            u"Meet the Tide Beanie. We make every beanie in the workshop, one at a time, from leftover merino "
            u"wool. You get a warm head and we waste nothing. Is it itchy? Not at all."_s,
            u"Our Pier Socks are knitted from wool and a little nylon for the heel. We test every pair on long "
            u"walks along the dunes before we sell it. Your feet stay dry and warm in any boot."_s,
            u"The Anchor Blanket is the largest thing our workshop makes. We weave it from wool in four colours "
            u"of the coast. You will find it on the sofa, in the car and on the beach."_s};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void splitsPastedTexts()
    {
        QCOMPARE(VoiceProfile::splitExamples(u"One text.\n\nTwo.\n\n\nThree."_s).size(), 3);
        // With dashes between texts, a blank line inside a text keeps it whole.
        QCOMPARE(VoiceProfile::splitExamples(u"One.\n\nStill one.\n---\nTwo.\r\n---\n\nThree."_s),
            (QStringList{u"One.\n\nStill one."_s, u"Two."_s, u"Three."_s}));
    }

    void refusesWhatIsNoVoice()
    {
        QVERIFY(VoiceProfile::whyNot(english().mid(0, 3)).contains(u"at least 5"_s));
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many.append(english().at(i % 5));
        QVERIFY(VoiceProfile::whyNot(many).contains(u"at most 20"_s));
        QVERIFY(VoiceProfile::whyNot({u"Hi."_s, u"Hello."_s, u"Hey."_s, u"Yo."_s, u"Hiya."_s}).contains(u"150"_s));
        QVERIFY2(VoiceProfile::whyNot(english()).isEmpty(), qPrintable(VoiceProfile::whyNot(english())));
    }

    void measuresAnEnglishVoice()
    {
        const VoiceProfile::Profile p = VoiceProfile::derive(english(), u"English"_s);
        QCOMPARE(p.texts, 5);
        QCOMPARE(p.sentences, 19);
        QCOMPARE(p.words, 196);
        QCOMPARE(p.meanSentenceWords, 196.0 / 19);
        QVERIFY(p.shortSentenceWords <= p.meanSentenceWords && p.longSentenceWords >= p.meanSentenceWords);
        QCOMPARE(p.exclamations, 0);
        QCOMPARE(p.questions, 1);
        QCOMPARE(p.emoji, 0);
        QVERIFY(p.youInformal >= 5);
        QVERIFY(p.we > p.i);
        QVERIFY2(p.characteristic.contains(u"wool"_s) && p.characteristic.contains(u"workshop"_s),
            qPrintable(p.characteristic.join(u',')));
        QVERIFY(p.avoided.contains(u"amazing"_s));
        QCOMPARE(p.openings, QStringList{u"meet the"_s});
        QVERIFY2(p.readingEase > 60 && p.readingEase < 100, qPrintable(QString::number(p.readingEase)));
        const QString words = VoiceProfile::describe(p);
        for (const QString& said : {u"Short sentences: 10 words on average"_s, u"Speaks to the reader as “you”."_s,
                 u"Speaks as “we”: the shop, not one person."_s, u"No exclamation marks."_s, u"No emoji."_s,
                 u"Asks the reader a question now and then (1 of 19 sentences)."_s, u"Words it keeps using: wool"_s,
                 u"Never says: amazing"_s, u"Often opens with “meet the…”."_s})
            QVERIFY2(words.contains(said), qPrintable(said + u"\n\n"_s + words));
    }

    void measuresADutchVoice()
    {
        const QStringList formal{u"Welkom bij Van Dijk Interieur. Wij leveren uw meubels met zorg. U kunt altijd "
                                 u"bellen met vragen over uw bestelling."_s,
            u"Uw nieuwe tafel is gemaakt van massief eiken. Wij adviseren u hem jaarlijks te oliën."_s,
            u"Heeft u een vraag over onderhoud? Wij helpen u graag verder 🙂"_s,
            u"Wij bezorgen in heel Nederland. U ontvangt een bericht op de dag van levering!"_s,
            u"Onze stoelen zijn getest op duurzaamheid. Wij geven u tien jaar garantie op het frame."_s};
        const VoiceProfile::Profile p = VoiceProfile::derive(formal, u"Nederlands (Dutch)"_s);
        QVERIFY(p.dutch);
        QVERIFY(p.youFormal > p.youInformal);
        QCOMPARE(p.emoji, 1);
        QCOMPARE(p.exclamations, 1);
        QVERIFY(p.avoided.contains(u"geweldig"_s));
        QVERIFY(VoiceProfile::describe(p).contains(u"Addresses the reader formally, as “u”."_s));
        QVERIFY(VoiceProfile::describe(p).contains(u"Emoji: 1 in all the examples."_s));
    }

    void theMeasurementsAreKept()
    {
        const VoiceProfile::Profile p = VoiceProfile::derive(english(), u"English"_s);
        const VoiceProfile::Profile back = VoiceProfile::Profile::fromJson(p.toJson());
        QCOMPARE(back.toJson(), p.toJson());
        QCOMPARE(VoiceProfile::describe(back), VoiceProfile::describe(p));
    }

    // A piece written as the brand writes is close; one that is not is far, and each difference is said.
    void aPieceIsScoredAgainstTheMeasuredVoice()
    {
        const VoiceProfile::Profile brand = VoiceProfile::derive(english(), u"English"_s);
        const QString own = u"Meet the Harbour Cardigan. We knit it from merino wool in our workshop by the sea. You "
                            u"button it up on a cold morning and forget it until the evening. Wash it by hand and dry "
                            u"it flat. It keeps its shape for years, and we mend it if it ever needs it. Our wool "
                            u"comes from one farm, two valleys away. You will find it warm enough for the harbour in "
                            u"January and light enough for a spring walk along the dunes."_s;
        const VoiceDistance::Result close = VoiceDistance::measure(brand, own, u"English"_s);
        QVERIFY(close.measured);
        QVERIFY2(close.distance < VoiceDistance::kFar, qPrintable(QString::number(close.distance)));
        QVERIFY(!close.far());

        const QString loud = u"I absolutely adore this amazing cardigan, which I personally believe is the most "
                             u"luxurious and truly unique piece of knitwear that anyone could ever hope to find in a "
                             u"shop like this one, whatever the season or the occasion might be! It is stunning! "
                             u"Honestly, I think that once somebody has tried it on in front of a mirror on a chilly "
                             u"autumn morning, there is simply no going back to ordinary jumpers ever again! 😍 "
                             u"Treat yourself today and see for yourself why I cannot stop talking about it! 🔥"_s;
        const VoiceDistance::Result far = VoiceDistance::measure(brand, loud, u"English"_s);
        QVERIFY(far.far());
        const QString said = far.differences.join(u'\n');
        QVERIFY2(said.contains(u"Sentences average"_s), qPrintable(said));
        QVERIFY2(said.contains(u"exclamation mark(s); the brand uses none"_s), qPrintable(said));
        QVERIFY2(said.contains(u"Uses emoji; the brand never does."_s), qPrintable(said));
        QVERIFY2(said.contains(u"Speaks as “I”; the brand speaks as “we”."_s), qPrintable(said));
        QVERIFY2(said.contains(u"“amazing”"_s) && said.contains(u"“luxurious”"_s), qPrintable(said));
        // Stored with the checks and read back for the detail view.
        QCOMPARE(VoiceDistance::Result::fromJson(far.toJson()).differences, far.differences);

        // Too short to measure: not scored.
        QVERIFY(!VoiceDistance::measure(brand, u"Soft, warm and made by us!"_s, u"English"_s).measured);
        QVERIFY(!VoiceDistance::measure(VoiceProfile::Profile{}, own, u"English"_s).measured);
    }

    void aDutchPieceThatSaysUInsteadOfJeIsFar()
    {
        const QStringList informal{u"Maak kennis met de Haventrui. We breien hem van merinowol in onze werkplaats aan "
                                   u"zee. Je draagt hem van de eerste koude ochtend tot de lente."_s,
            u"Maak kennis met de Duinsjaal. Onze wol komt van één boerderij. Je slaat hem twee keer om en de wind "
            u"blijft buiten."_s,
            u"Maak kennis met de Getijmuts. We maken elke muts met de hand, van restjes merinowol. Jij houdt een "
            u"warm hoofd en wij verspillen niets."_s,
            u"Onze Piersokken zijn gebreid van wol met een beetje nylon in de hiel. We testen elk paar op lange "
            u"wandelingen langs de duinen. Je voeten blijven droog."_s,
            u"De Ankerdeken is het grootste dat onze werkplaats maakt. We weven hem van wol in vier kleuren van de "
            u"kust. Je vindt hem op de bank, in de auto en op het strand."_s};
        const VoiceProfile::Profile brand = VoiceProfile::derive(informal, u"Nederlands (Dutch)"_s);
        const QString formal = u"Maak kennis met het Havenvest. Wij breien het van merinowol in onze werkplaats aan "
                               u"zee. U draagt het van de eerste koude ochtend tot de lente. Uw vest blijft jaren "
                               u"mooi als u het met de hand wast. Onze wol komt van één boerderij, twee dalen verder. "
                               u"U vindt het warm genoeg voor de haven in januari en licht genoeg voor een wandeling "
                               u"langs de duinen. Wij herstellen het als het ooit nodig is. Heeft u een vraag over "
                               u"de maat? Wij helpen u graag."_s;
        const VoiceDistance::Result r = VoiceDistance::measure(brand, formal, u"Nederlands (Dutch)"_s);
        QVERIFY2(r.measured, qPrintable(QString::number(r.words)));
        QVERIFY2(r.differences.join(u'\n').contains(u"Addresses the reader as “u”; the brand says “je”."_s),
            qPrintable(r.differences.join(u'\n')));
    }

    // The checks: a description far from a measured voice fails with the differences; without a measured voice, or
    // for a piece too short or of a kind the voice does not govern, nothing is scored.
    void theChecksHoldALongPieceToTheMeasuredVoice()
    {
        BrandProfile brand;
        brand.voiceMeasure = VoiceProfile::derive(english(), u"English"_s).toJson();
        ProductFacts facts;
        facts.name = u"Harbour Cardigan"_s;
        facts.description = u"A merino wool cardigan."_s;
        facts.priceCents = 8900;
        facts.category = u"Apparel"_s;
        const QString loud = u"It is amazing! It is stunning! I love it so much, and I know that you will love this "
                             u"wonderful cardigan just as much as I do on every cold morning of the whole long year "
                             u"ahead! 😍 Get it now! Wear it everywhere! It is the cardigan I reach for first, "
                             u"whatever the weather outside may be doing and wherever the day might take me next!"_s;
        const QJsonObject body{{u"headline"_s, u"The Harbour Cardigan"_s}, {u"body"_s, loud},
            {u"bullets"_s, QJsonArray{u"Merino wool"_s, u"Knitted by hand"_s, u"Buttons of horn"_s}}};
        QJsonObject stored;
        const QList<ContentChecks::Problem> problems
            = ContentChecks::run(u"description"_s, body, facts, brand, &stored, {});
        const auto voice = std::find_if(
            problems.begin(), problems.end(), [](const ContentChecks::Problem& p) { return p.code == u"voice"; });
        QVERIFY(voice != problems.end());
        QCOMPARE(voice->severity, u"major"_s);
        QVERIFY2(voice->message.startsWith(u"Far from the brand's voice (distance 0."_s), qPrintable(voice->message));
        QVERIFY(voice->message.contains(u"the brand uses none"_s));
        QVERIFY(VoiceDistance::Result::fromJson(stored.value(u"voice"_s).toObject()).far());
        // Not for SEO fields, and not without a measured voice.
        QJsonObject none;
        ContentChecks::run(u"seo"_s,
            QJsonObject{{u"seo_title"_s, u"Harbour Cardigan"_s}, {u"meta_description"_s, loud.left(150)},
                {u"slug"_s, u"harbour-cardigan"_s}},
            facts, brand, &none, {});
        QVERIFY(!none.contains(u"voice"_s));
        brand.voiceMeasure = {};
        const QList<ContentChecks::Problem> unmeasured
            = ContentChecks::run(u"description"_s, body, facts, brand, &none, {});
        QVERIFY(std::none_of(
            unmeasured.begin(), unmeasured.end(), [](const ContentChecks::Problem& p) { return p.code == u"voice"; }));
    }
};

QTEST_GUILESS_MAIN(TestVoiceProfile)
#include "tst_voiceprofile.moc"
