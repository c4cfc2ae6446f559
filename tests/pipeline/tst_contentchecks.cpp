#include "core/Json.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/ProductFacts.h"
#include "sandbox/ContentGenerator.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// Each deterministic check of the agreement gate, on its own, and all of them against what the
// sandbox's writer produces (which must pass) and what its wrong-facts fault produces (which must not).
class TestContentChecks : public QObject
{
    Q_OBJECT

private:
    static ProductFacts sweater()
    {
        ProductFacts f;
        f.name = u"Merino Crew Sweater"_s;
        f.description = u"A fine-knit crew neck in 100% merino wool, machine washable at 30 °C."_s;
        f.priceCents = 8900;
        f.currency = u"EUR"_s;
        f.category = u"Apparel"_s;
        f.attributes = QJsonObject{{u"material"_s, u"merino wool"_s}, {u"sizes"_s, QJsonArray{u"S"_s, u"M"_s, u"L"_s}},
            {u"colour"_s, u"oatmeal"_s}};
        return f;
    }
    static QStringList codes(const QList<ContentChecks::Problem>& problems)
    {
        QStringList out;
        for (const auto& p : problems)
            out.append(p.code);
        return out;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void countsWords()
    {
        QCOMPARE(ContentChecks::wordCount(u"It's a well-made, 2-year-old mug."_s), 5);
        QCOMPARE(ContentChecks::wordCount(QString()), 0);
    }

    void aPieceInAnotherLanguageThanTheBrandsIsCaught()
    {
        const QJsonObject english{{u"body"_s,
            u"This sweater is knitted from fine merino wool. It keeps you warm on the way to work and it breathes "
            u"when the train is busy. Wear it with your favourite jeans, and wash it at 30 degrees when you need "
            u"to. It is the one layer you reach for."_s}};
        const QJsonObject dutch{{u"body"_s,
            u"Deze trui is gebreid van fijne merinowol. Hij houdt je warm op weg naar je werk en hij ademt als de "
            u"trein vol is. Draag hem met je favoriete jeans, en was hem op 30 graden als het nodig is. Het is de "
            u"laag die je elke dag pakt."_s}};
        const auto wrong = ContentChecks::checkLanguage(english, u"Nederlands (Dutch)"_s);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().code, u"language"_s);
        QCOMPARE(wrong.first().message, u"The piece is written in English, but the brand writes in Dutch."_s);
        QVERIFY(ContentChecks::checkLanguage(dutch, u"Nederlands (Dutch)"_s).isEmpty());
        QVERIFY(ContentChecks::checkLanguage(english, u"English"_s).isEmpty());
        QCOMPARE(ContentChecks::checkLanguage(dutch, u"English"_s).size(), 1);
        QCOMPARE(ContentChecks::languageOf(dutch.value(u"body"_s).toString()), u"nl"_s);
        // Too short to tell, or a language Quorum does not know: nothing is said.
        QVERIFY(ContentChecks::checkLanguage(QJsonObject{{u"body"_s, u"Warm and soft."_s}}, u"Nederlands"_s).isEmpty());
        QVERIFY(ContentChecks::checkLanguage(english, u"Español"_s).isEmpty());
    }

    // Dutch and German copy write a fabric's weight per square metre as g/m²; the facts often say gsm.
    void readsGramsPerSquareMetreAsGsm()
    {
        QCOMPARE(ContentChecks::quantitiesIn(u"een stevige 220 g/m² en 180 g/m2"_s),
            QStringList({u"220 gsm"_s, u"180 gsm"_s}));
        QCOMPARE(ContentChecks::quantitiesIn(u"Heavyweight 220 gsm, 200 g"_s), QStringList({u"220 gsm"_s, u"200 g"_s}));
    }

    void findsAmountsOfMoneyAsShopsWriteThem()
    {
        const auto a
            = ContentChecks::amountsIn(u"Now €89.00, was 99,00 EUR; in the US $12 or US$5.50; 1,299.00 euros."_s);
        QCOMPARE(a.size(), 5);
        QCOMPARE(a.at(0).cents, 8900);
        QCOMPARE(a.at(0).currency, u"EUR"_s);
        QCOMPARE(a.at(1).cents, 1200);
        QCOMPARE(a.at(1).currency, u"USD"_s);
        QCOMPARE(a.at(2).cents, 550);
        QCOMPARE(a.at(3).cents, 9900);
        QCOMPARE(a.at(4).cents, 129900);
        QVERIFY(ContentChecks::amountsIn(u"Size 42 fits 30 cm and 4 pieces."_s).isEmpty());
    }

    void aWrongPriceIsAHardFail()
    {
        const ProductFacts f = sweater();
        QVERIFY(ContentChecks::checkPrices(QJsonObject{{u"body"_s, u"Yours for €89.00."_s}}, f).isEmpty());
        const auto wrong = ContentChecks::checkPrices(QJsonObject{{u"body"_s, u"Yours for €79.00."_s}}, f);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().severity, u"critical"_s);
        QCOMPARE(wrong.first().where, u"$.body"_s);
        QVERIFY2(wrong.first().message.contains(u"€89.00"_s), qPrintable(wrong.first().message));
        // The facts' price reads as the interface's locale writes amounts.
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const auto dutch = ContentChecks::checkPrices(QJsonObject{{u"body"_s, u"Yours for €79.00."_s}}, f);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(dutch.first().message.contains(u"89,00"_s), qPrintable(dutch.first().message));
        // The right number in the wrong currency is wrong too.
        QCOMPARE(ContentChecks::checkPrices(QJsonObject{{u"body"_s, u"Only $89.00."_s}}, f).size(), 1);
        // Amounts the facts state, and variant prices, may be repeated.
        ProductFacts g = f;
        g.description += u" Save €10 on two."_s;
        g.attributes.insert(u"prices"_s, QJsonArray{u"89.00"_s, u"95.00"_s});
        QVERIFY(ContentChecks::checkPrices(QJsonObject{{u"b"_s, u"Save €10 on two; XL is €95.00."_s}}, g).isEmpty());
    }

    void numbersWithUnitsMustBeInTheFacts()
    {
        const ProductFacts f = sweater();
        QVERIFY(ContentChecks::checkNumbers(QJsonObject{{u"t"_s, u"Wash at 30 °C; 100% merino."_s}}, f).isEmpty());
        QVERIFY(ContentChecks::checkNumbers(QJsonObject{{u"t"_s, u"Wash at 30°C."_s}}, f).isEmpty());
        const auto wrong
            = ContentChecks::checkNumbers(QJsonObject{{u"t"_s, u"Wash at 40 °C. A 2-year warranty."_s}}, f);
        QCOMPARE(wrong.size(), 2);
        QVERIFY(wrong.at(0).message.contains(u"40 °c"_s));
        QVERIFY(wrong.at(1).message.contains(u"2 year"_s));
        // Numbers without a unit (a model name, "set of 4") are not facts to check.
        QVERIFY(ContentChecks::checkNumbers(QJsonObject{{u"t"_s, u"Model 4 in a set of 4."_s}}, f).isEmpty());
    }

    void materialsMustBeTheProducts()
    {
        const ProductFacts f = sweater();
        QVERIFY(ContentChecks::checkMaterials(QJsonObject{{u"t"_s, u"Soft wool, pure merino."_s}}, f).isEmpty());
        const auto wrong = ContentChecks::checkMaterials(QJsonObject{{u"t"_s, u"Made from polyester."_s}}, f);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().code, u"material"_s);
        QVERIFY(wrong.first().message.contains(u"merino wool"_s));
        // Words that are materials only sometimes are left alone.
        QVERIFY(ContentChecks::checkMaterials(QJsonObject{{u"t"_s, u"Do not iron. Silver-grey."_s}}, f).isEmpty());
        QCOMPARE(ContentChecks::materialsIn(u"stainless steel and glass"_s),
            (QStringList{u"stainless steel"_s, u"steel"_s, u"glass"_s}));
        // Whatever the case it is written in; never inside another word (steelworks, glassware).
        QCOMPARE(ContentChecks::materialsIn(u"Merino WOOL, Stainless Steel; no Glassware, no steelworks"_s),
            (QStringList{u"stainless steel"_s, u"steel"_s, u"wool"_s, u"merino"_s}));
    }

    void sizesMustBeTheProducts()
    {
        const ProductFacts f = sweater();
        const auto guide = [](const QStringList& sizes) {
            QJsonArray a;
            for (const QString& s : sizes)
                a.append(QJsonObject{{u"size"_s, s}, {u"fit"_s, u"Regular fit."_s}});
            return QJsonObject{{u"sizes"_s, a}, {u"advice"_s, u"Take your usual size."_s}};
        };
        QVERIFY(ContentChecks::checkSizes(u"size_guide"_s, guide({u"S"_s, u"m"_s, u"L"_s}), f).isEmpty());
        const auto wrong = ContentChecks::checkSizes(u"size_guide"_s, guide({u"S"_s, u"XXL"_s}), f);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().where, u"$.sizes[1].size"_s);
        ProductFacts unsized = f;
        unsized.attributes.remove(u"sizes"_s);
        QCOMPARE(ContentChecks::checkSizes(u"size_guide"_s, guide({u"M"_s}), unsized).size(), 1);
        QVERIFY(ContentChecks::checkSizes(u"size_guide"_s, guide({u"One size"_s}), unsized).isEmpty());
        QVERIFY(ContentChecks::checkSizes(u"faq"_s, guide({u"XXL"_s}), f).isEmpty());
    }

    void bannedWordsAreWholeWordsAnyCase()
    {
        const QJsonObject body{{u"a"_s, u"A Revolutionary mug."_s}, {u"b"_s, QJsonArray{u"our bestseller"_s}}};
        const auto found = ContentChecks::checkBannedWords(body, {u"revolutionary"_s, u"best"_s});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().where, u"$.a"_s);
        QVERIFY(ContentChecks::checkBannedWords(body, {}).isEmpty());
    }

    void requiredPhrasesAreInTheProse()
    {
        const QJsonObject body{{u"headline"_s, u"Free returns"_s}, {u"body"_s, u"Made in Utrecht. Ships in a day."_s}};
        QVERIFY(ContentChecks::checkRequiredPhrases(u"description"_s, body, {u"made in utrecht"_s}).isEmpty());
        // Only the prose counts, not the headline.
        QCOMPARE(ContentChecks::checkRequiredPhrases(u"description"_s, body, {u"Free returns"_s}).size(), 1);
        // Pieces without prose (tags) are not asked for phrases.
        QVERIFY(ContentChecks::checkRequiredPhrases(u"tags"_s, body, {u"Free returns"_s}).isEmpty());
    }

    void lengthsAndPlatformLimits()
    {
        QJsonObject description{{u"headline"_s, u"A good sweater"_s}, {u"body"_s, u"Too short."_s},
            {u"bullets"_s, QJsonArray{u"One"_s, u"Two"_s, u"Three"_s}}};
        QCOMPARE(ContentChecks::checkLengths(u"description"_s, description).size(), 1);
        description.insert(u"body"_s, QStringList(1001, u"word"_s).join(u' '));
        const auto tooLong = ContentChecks::checkLengths(u"description"_s, description);
        QCOMPARE(tooLong.size(), 1);
        QVERIFY(tooLong.first().message.contains(u"1001"_s));

        QJsonArray tags;
        for (int i = 0; i < 28; ++i)
            tags.append(u"#tag%1"_s.arg(i));
        QJsonObject social{
            {u"instagram"_s, QJsonObject{{u"caption"_s, u"New in #merino #knit #winter"_s}, {u"hashtags"_s, tags}}},
            {u"x"_s, QJsonObject{{u"post"_s, QString(281, u'a')}}}};
        const QStringList found = codes(ContentChecks::checkPlatforms(u"social"_s, social));
        QCOMPARE(found, (QStringList{u"hashtags"_s, u"length"_s}));
    }

    void theSchemaIsCheckedOnOurSide()
    {
        const auto problems = ContentChecks::checkSchema(u"seo"_s, QJsonObject{{u"seo_title"_s, QString(61, u'a')}});
        QVERIFY(problems.size() >= 2); // too long, and meta_description and slug missing
        QVERIFY(codes(problems).contains(u"schema"_s));
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const auto& p) { return p.where == u"$.seo_title"; }));
    }

    void theSandboxWriterPassesEveryCheck_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto& p : ContentSpec::pieces())
            QTest::newRow(qPrintable(p.kind)) << p.kind;
    }

    void theSandboxWriterPassesEveryCheck()
    {
        QFETCH(QString, kind);
        const ProductFacts f = sweater();
        BrandProfile brand;
        brand.requiredPhrases = {u"Made in Portugal"_s};
        brand.bannedWords = {u"cheap"_s};
        const QString prompt = f.promptBlock(brand);
        ContentGenerator generator;
        const QJsonObject body
            = generator
                  .generate(ContentSpec::find(kind)->schema, ContentGenerator::factsFromPrompt(prompt), prompt, 7, {})
                  .toObject();
        const auto problems = ContentChecks::run(kind, body, f, brand);
        QVERIFY2(problems.isEmpty(), qPrintable(Json::compact(ContentChecks::toJson(problems))));
        ContentGenerator::Options wrong;
        wrong.wrongFacts = true;
        const QJsonObject bad = generator
                                    .generate(ContentSpec::find(kind)->schema,
                                        ContentGenerator::factsFromPrompt(prompt), prompt, 7, wrong)
                                    .toObject();
        if (kind == u"description" || kind == u"faq")
            QVERIFY(codes(ContentChecks::run(kind, bad, f, brand)).contains(u"price"_s));
    }

    void problemsRoundTripThroughJson()
    {
        const ContentChecks::Problem p{u"price"_s, u"critical"_s, u"$.body"_s, u"Wrong."_s};
        const auto back = ContentChecks::fromJson(ContentChecks::toJson({p}));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().code, p.code);
        QCOMPARE(back.first().message, p.message);
    }
};

QTEST_GUILESS_MAIN(TestContentChecks)
#include "tst_contentchecks.moc"
