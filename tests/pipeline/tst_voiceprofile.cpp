#include "pipeline/VoiceProfile.h"

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
};

QTEST_GUILESS_MAIN(TestVoiceProfile)
#include "tst_voiceprofile.moc"
