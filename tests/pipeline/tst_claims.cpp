#include "ClaimCorpus.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/Claims.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ProductFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Claims::Kind;
using Claims::Status;

Q_DECLARE_METATYPE(Claims::Kind)
Q_DECLARE_METATYPE(Claims::Status)

// The claim checks, one claim at a time: each checkable kind supported, contradicted and unsupported, in English and
// Dutch, and what is not a claim (a colour of something else, a country it ships to, plain opinion).
class TestClaims : public QObject
{
    Q_OBJECT

private:
    // A navy merino shirt made in Portugal, machine washable, in S to L, 40 in stock, not on sale.
    static ProductFacts shirt() { return ClaimCorpus::merinoTee(); }
    // A mug whose facts say little: a name, a price and a one-line description.
    static ProductFacts mug()
    {
        ProductFacts f;
        f.name = u"Everyday Mug"_s;
        f.description = u"A mug for every day."_s;
        f.priceCents = 1800;
        f.category = u"Home"_s;
        return f;
    }
    static ProductFacts factsNamed(const QString& name)
    {
        if (name == u"mug")
            return mug();
        if (name == u"handwash-mug") {
            ProductFacts f = mug();
            f.description = u"A mug for every day. Hand wash only; not dishwasher safe."_s;
            return f;
        }
        if (name == u"dog-bed") {
            ProductFacts f = mug();
            f.name = u"XL Dog Bed"_s;
            f.description = u"A washable bed for large dogs."_s;
            return f;
        }
        ProductFacts f = shirt();
        if (name == u"dutch-sweater") {
            f.name = u"Merino trui"_s;
            f.description = u"Fijngebreide trui van merinowol, wasbaar in de machine op 30 °C."_s;
            f.attributes = QJsonObject{{u"material"_s, u"merinowol"_s}, {u"colour"_s, u"havermout"_s}};
        }
        if (name == u"stone-tee")
            f.attributes.insert(u"colour"_s, u"Stone"_s);
        if (name == u"shirt-on-sale") {
            for (ProductVariant& v : f.variants) {
                v.compareAtCents = 5900;
                v.priceCents = 4720; // 20 % off
            }
        }
        return f;
    }
    static BrandProfile brand()
    {
        BrandProfile b;
        b.competitors = {u"Acme Apparel"_s};
        b.certifications = {u"OEKO-TEX Standard 100"_s, u"EKO"_s};
        return b;
    }
    static Claims::Report report(const ProductFacts& facts, const QString& text, const QString& kind = u"description"_s)
    {
        return Claims::check(kind, QJsonObject{{u"body"_s, text}}, facts, brand());
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void classifiesEachClaim_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("term");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("citation"); // a part of it; empty: none

        const auto row = [](const char* name, const char* facts, const QString& text, Kind kind, const QString& term,
                             Status status, const QString& citation) {
            QTest::newRow(name) << QString::fromLatin1(facts) << text << kind << term << status << citation;
        };
        // Care
        row("care: as the facts say", "shirt", u"Machine washable, so it is easy to keep fresh."_s, Kind::Care,
            u"Machine washable"_s, Status::Supported, u"Machine washable at 30"_s);
        row("care: dry clean only contradicts", "shirt", u"Dry clean only."_s, Kind::Care, u"Dry clean only"_s,
            Status::Contradicted, u"Machine washable"_s);
        row("care: Dutch contradicts English facts", "shirt", u"Alleen chemisch reinigen."_s, Kind::Care,
            u"Alleen chemisch reinigen"_s, Status::Contradicted, u"Machine washable"_s);
        row("care: facts silent", "mug", u"It is dishwasher safe."_s, Kind::Care, u"dishwasher safe"_s,
            Status::Unsupported, QString());
        row("care: the negation the facts give", "handwash-mug", u"It is not dishwasher safe."_s, Kind::Care,
            u"not dishwasher safe"_s, Status::Supported, u"not dishwasher safe"_s);
        row("care: plain hand wash, facts say only", "handwash-mug", u"A quick hand wash keeps the glaze bright."_s,
            Kind::Care, u"hand wash"_s, Status::Supported, u"Hand wash only"_s);
        row("care: dishwasher against hand wash only", "handwash-mug", u"Dishwasher safe, of course."_s, Kind::Care,
            u"Dishwasher safe"_s, Status::Contradicted, u"not dishwasher safe"_s);
        row("care: curly apostrophe", "shirt", u"Don’t tumble dry."_s, Kind::Care, u"Don’t tumble dry"_s,
            Status::Unsupported, QString());
        // Material
        row("material: supported", "shirt", u"Knitted from soft merino."_s, Kind::Material, u"merino"_s,
            Status::Supported, u"merino wool"_s);
        row("material: another contradicts", "shirt", u"Made from organic cotton."_s, Kind::Material, u"cotton"_s,
            Status::Contradicted, u"material: merino wool"_s);
        row("material: Dutch word, English facts", "shirt", u"Van zachte wol."_s, Kind::Material, u"wol"_s,
            Status::Supported, u"merino wool"_s);
        row("material: wool said of merinowol", "dutch-sweater", u"Zachte wol voor koude dagen."_s, Kind::Material,
            u"wol"_s, Status::Supported, u"material: merinowol"_s);
        row("material: facts silent", "mug", u"Made of stoneware."_s, Kind::Material, u"stoneware"_s,
            Status::Unsupported, QString());
        // Colour
        row("colour: as the facts say", "shirt", u"In a deep navy that goes with everything."_s, Kind::Colour,
            u"navy"_s, Status::Supported, u"colour: Navy"_s);
        row("colour: a shade of the facts' hue", "shirt", u"A calm blue colour."_s, Kind::Colour, u"blue"_s,
            Status::Supported, u"Navy"_s);
        row("colour: wrong", "shirt", u"It comes in a bright red."_s, Kind::Colour, u"red"_s, Status::Contradicted,
            u"colour: Navy"_s);
        row("colour: wrong in Dutch", "shirt", u"Een zwarte basis voor elke dag."_s, Kind::Colour, u"zwarte"_s,
            Status::Contradicted, u"Navy"_s);
        row("colour: the facts' colour is a word Quorum does not know", "stone-tee", u"It comes in red."_s,
            Kind::Colour, u"red"_s, Status::Unsupported, u"colour: Stone"_s);
        row("colour: facts silent", "mug", u"Available in green."_s, Kind::Colour, u"green"_s, Status::Unsupported,
            QString());
        // Origin
        row("origin: as the facts say", "shirt", u"Portuguese craft in every seam."_s, Kind::Origin, u"Portuguese"_s,
            Status::Supported, u"made in Portugal"_s);
        row("origin: wrong", "shirt", u"Made in Italy by skilled knitters."_s, Kind::Origin, u"Italy"_s,
            Status::Contradicted, u"Portugal"_s);
        row("origin: wrong in Dutch", "shirt", u"Gemaakt in Italië."_s, Kind::Origin, u"Italië"_s, Status::Contradicted,
            u"Portugal"_s);
        row("origin: Europe holds Portugal", "shirt", u"Made in Europe."_s, Kind::Origin, u"Europe"_s,
            Status::Supported, u"Portugal"_s);
        row("origin: facts silent", "mug", u"Handmade in Japan."_s, Kind::Origin, u"Japan"_s, Status::Unsupported,
            QString());
        // Size
        row("size: the range the facts give", "shirt", u"Available from S to L."_s, Kind::Size, u"S to L"_s,
            Status::Supported, u"variants (Size): S, M, L"_s);
        row("size: a range beyond them", "shirt", u"Available in sizes S to XXL."_s, Kind::Size, u"S to XXL"_s,
            Status::Contradicted, u"variants (Size)"_s);
        row("size: up to", "shirt", u"Cut for every body, up to 3XL."_s, Kind::Size, u"up to 3XL"_s,
            Status::Contradicted, u"S, M, L"_s);
        row("size: Dutch range", "shirt", u"Leverbaar in S t/m XL."_s, Kind::Size, u"S t/m XL"_s, Status::Contradicted,
            u"S, M, L"_s);
        row("size: a keyword in capitals", "shirt", u"Up to size XL."_s, Kind::Size, u"Up to size XL"_s,
            Status::Contradicted, u"S, M, L"_s);
        row("size: the name says it", "dog-bed", u"Our XL bed fits big dogs."_s, Kind::Size, u"XL"_s, Status::Supported,
            u"name: XL Dog Bed"_s);
        row("size: facts silent", "mug", u"Also in XL."_s, Kind::Size, u"XL"_s, Status::Unsupported, QString());
        // Certification
        row("certification: unverifiable", "shirt", u"GOTS certified for peace of mind."_s, Kind::Certification,
            u"GOTS"_s, Status::Unsupported, QString());
        row("certification: the brand holds it", "shirt", u"Tested to OEKO-TEX standards."_s, Kind::Certification,
            u"OEKO-TEX"_s, Status::Supported, u"brand profile"_s);
        row("certification: the owner's own label", "mug", u"Met het EKO-keurmerk."_s, Kind::Certification, u"EKO"_s,
            Status::Supported, u"brand profile: EKO"_s);
        row("certification: dermatologist tested, Dutch", "mug", u"Dermatologisch getest."_s, Kind::Certification,
            u"Dermatologisch getest"_s, Status::Unsupported, QString());
        // Health
        row("health: cures acne", "mug", u"This mug cures acne."_s, Kind::Health, u"cures"_s, Status::Unsupported,
            QString());
        row("health: Dutch", "mug", u"Helpt tegen hoofdpijn."_s, Kind::Health, u"Helpt tegen hoofdpijn"_s,
            Status::Unsupported, QString());
        // Scarcity
        row("scarcity: only 3 left with 40 in stock", "shirt", u"Only 3 left!"_s, Kind::Scarcity, u"Only 3 left"_s,
            Status::Contradicted, u"stock: 40"_s);
        row("scarcity: stock unknown", "mug", u"Only 3 left!"_s, Kind::Scarcity, u"Only 3 left"_s, Status::Unsupported,
            QString());
        row("scarcity: urgency in Dutch", "mug", u"Wees er snel bij!"_s, Kind::Scarcity, u"Wees er snel bij"_s,
            Status::Unsupported, QString());
        // Discount
        row("discount: not on sale", "shirt", u"Now 20% off."_s, Kind::Discount, u"20% off"_s, Status::Unsupported,
            QString());
        row("discount: the sale the facts give", "shirt-on-sale", u"Now 20% off."_s, Kind::Discount, u"20% off"_s,
            Status::Supported, u"on sale"_s);
        row("discount: another percentage", "shirt-on-sale", u"Save 30% today."_s, Kind::Discount, u"Save 30%"_s,
            Status::Contradicted, u"on sale"_s);
        // Award, guarantee, competitor
        row("award", "mug", u"Our award-winning mug."_s, Kind::Award, u"award-winning"_s, Status::Unsupported,
            QString());
        row("guarantee", "mug", u"Comes with a lifetime guarantee."_s, Kind::Guarantee, u"lifetime guarantee"_s,
            Status::Unsupported, QString());
        row("competitor", "shirt", u"Softer than anything from Acme Apparel."_s, Kind::Competitor, u"Acme Apparel"_s,
            Status::Unsupported, QString());
    }

    void classifiesEachClaim()
    {
        QFETCH(QString, facts);
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, term);
        QFETCH(Status, status);
        QFETCH(QString, citation);
        const Claims::Report r = report(factsNamed(facts), text);
        QList<Claims::Claim> ofKind;
        for (const Claims::Claim& c : r.claims) {
            if (c.kind == kind)
                ofKind.append(c);
        }
        QVERIFY2(ofKind.size() == 1,
            qPrintable(u"%1 claims of the kind in: %2"_s.arg(ofKind.size())
                           .arg(QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)))));
        const Claims::Claim& c = ofKind.first();
        QCOMPARE(c.term, term);
        QCOMPARE(Claims::statusKey(c.status), Claims::statusKey(status));
        if (citation.isEmpty())
            QVERIFY2(c.citation.isEmpty(), qPrintable(c.citation));
        else
            QVERIFY2(c.citation.contains(citation), qPrintable(c.citation));
        QCOMPARE(c.where, u"$.body"_s);
        QVERIFY(text.contains(c.sentence));
    }

    void leavesWhatIsNotAClaimAlone_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QString>("text");
        QTest::newRow("opinion") << u"shirt"_s
                                 << u"A T-shirt you will reach for every morning. It simply feels right."_s;
        QTest::newRow("the colour of what it goes with") << u"shirt"_s << u"It pairs well with white trainers."_s;
        QTest::newRow("Dutch pairing") << u"shirt"_s << u"Combineer hem met een zwarte jeans."_s;
        QTest::newRow("a colour word that is no colour") << u"mug"_s << u"Perfect with orange zest tea."_s;
        QTest::newRow("where it ships") << u"mug"_s << u"We ship across Europe within three days."_s;
        QTest::newRow("where it goes, after a semicolon")
            << u"mug"_s << u"Delivery takes a day; to Belgium and Germany it takes 2-4 working days."_s;
        QTest::newRow("Dutch destination") << u"mug"_s << u"Naar België en Duitsland duurt het 2-4 werkdagen."_s;
        QTest::newRow("china is not China") << u"mug"_s << u"Finer than your grandmother's china."_s;
        QTest::newRow("a single letter is not a size") << u"shirt"_s << u"Plan A: wear it. Plan M: wear it again."_s;
        QTest::newRow("a question is no claim") << u"shirt"_s << u"Is it dry clean only?"_s;
        QTest::newRow("French press") << u"mug"_s << u"Perfect beside a French press."_s;
        QTest::newRow("hand cream") << u"mug"_s << u"Like a rich hand cream in a soft shade."_s;
        QTest::newRow("what it is free of") << u"shirt"_s << u"Sent in plastic-free packaging."_s;
        QTest::newRow("what it is compared with") << u"shirt"_s << u"Softer than cashmere."_s;
        QTest::newRow("a Dutch buyer is no copper") << u"shirt"_s << u"Voor elke koper een feest."_s;
        QTest::newRow("in a hurry") << u"mug"_s << u"Perfect when you are in a hurry."_s;
        QTest::newRow("drops are no stock") << u"mug"_s << u"Nog maar 2 druppels volstaan."_s;
        QTest::newRow("guaranteed puffery") << u"mug"_s << u"Guaranteed to turn heads."_s;
        QTest::newRow("a lower-case word like a competitor") << u"mug"_s << u"Softer than any acme of comfort."_s;
        QTest::newRow("reduced waste is no discount") << u"mug"_s << u"Made with less waste and reduced packaging."_s;
    }

    void leavesWhatIsNotAClaimAlone()
    {
        QFETCH(QString, facts);
        QFETCH(QString, text);
        const Claims::Report r = report(factsNamed(facts), text);
        QVERIFY2(r.claims.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        QVERIFY(r.sentences >= 1);
    }

    void aFieldTheFactsLackMakesAClaimUnsupportedNotContradicted()
    {
        ProductFacts f = shirt();
        f.attributes.remove(u"colour"_s);
        f.description = u"A fine merino wool T-shirt."_s;
        const Claims::Report r = report(f, u"In navy, made in Italy, dry clean only."_s);
        QCOMPARE(r.claims.size(), 3);
        QCOMPARE(r.count(Status::Unsupported), 3);
        QCOMPARE(r.count(Status::Contradicted), 0);
    }

    void theGateFailsOnEveryClaimItCannotSupport()
    {
        const ProductFacts f = shirt();
        QJsonObject claims;
        const QJsonObject body{{u"body"_s,
            u"Our navy merino tee is machine washable. Dry clean only. GOTS certified. Only 3 left, hurry!"_s}};
        const auto problems = ContentChecks::run(u"description"_s, body, f, brand(), &claims);
        QStringList codes;
        for (const auto& p : problems) {
            if (p.code == u"claim")
                codes.append(p.severity);
        }
        // dry clean only and only 3 left contradicted (critical); GOTS and hurry unsupported (major).
        QCOMPARE(codes, QStringList({u"critical"_s, u"major"_s, u"critical"_s, u"major"_s}));
        const Claims::Report stored = Claims::Report::fromJson(claims);
        QCOMPARE(stored.sentences, 4);
        QCOMPARE(stored.count(Status::Supported), 3); // navy, merino, machine washable
        QCOMPARE(stored.claims.size(), 7);
        const auto dry = std::find_if(stored.claims.begin(), stored.claims.end(),
            [](const Claims::Claim& c) { return c.term == u"Dry clean only"; });
        QVERIFY(dry != stored.claims.end());
        QCOMPARE(dry->sentence, u"Dry clean only."_s);
        QVERIFY(dry->citation.contains(u"Machine washable at 30 °C"_s));
        for (const auto& p : problems) {
            if (p.message.contains(u"Dry clean only"_s))
                QVERIFY2(p.message.contains(u"contradicts the facts"_s), qPrintable(p.message));
        }
    }

    void aSizeGuideIsCheckedSizeBySizeNotAsClaims()
    {
        const QJsonObject guide{
            {u"intro"_s, u"Sizes run from S to L."_s}, {u"sizes"_s, QJsonArray{QJsonObject{{u"size"_s, u"XL"_s}}}}};
        const auto r = Claims::check(u"size_guide"_s, guide, shirt(), brand());
        for (const Claims::Claim& c : r.claims)
            QVERIFY(c.kind != Kind::Size);
    }

    void namesAndKeysRoundTrip()
    {
        for (int k = 0; k <= static_cast<int>(Kind::Competitor); ++k) {
            const auto kind = static_cast<Kind>(k);
            QCOMPARE(Claims::kindFromKey(Claims::kindKey(kind)), kind);
            QVERIFY(!Claims::kindName(kind).isEmpty());
        }
        QVERIFY(!Claims::kindFromKey(u"weather"_s));
        QVERIFY(!Claims::Claim::fromJson(QJsonObject{{u"kind"_s, u"colour"_s}, {u"status"_s, u"maybe"_s}}));
    }

    void splitsSentencesAndListItems()
    {
        QCOMPARE(Claims::sentences(u"One. Two!\n- Three; four\n\n• Five"_s),
            QStringList({u"One."_s, u"Two!"_s, u"Three"_s, u"four"_s, u"Five"_s}));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
