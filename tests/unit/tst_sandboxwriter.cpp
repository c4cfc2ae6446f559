#include "core/Json.h"
#include "core/Money.h"
#include "llm/JsonSchema.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/GateSettings.h"
#include "pipeline/PieceGate.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/PromptTemplates.h"
#include "sandbox/ContentGenerator.h"
#include "sandbox/PromptReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The sandbox's writer and reviewer, the way the demo uses them: prompts rendered from the real
// templates (PieceGate's variables), answers checked by the real deterministic checks. Copy that a
// reader would reject (a sentence twice, an FAQ answer to another question) is rejected; copy written
// from the facts varies by product, follows a person's instruction and the brand's language.
class TestSandboxWriter : public QObject
{
    Q_OBJECT

private:
    static ProductFacts product(const QString& name, const QString& category, qint64 cents, const QString& description,
        const QJsonObject& attributes, const QString& audience = {})
    {
        ProductFacts f;
        f.name = name;
        f.category = category;
        f.priceCents = cents;
        f.currency = u"EUR"_s;
        f.description = description;
        f.attributes = attributes;
        f.audience = audience;
        return f;
    }

    static QList<ProductFacts> english()
    {
        return {
            product(u"Merino Crew Sweater"_s, u"Apparel"_s, 8900,
                u"A fine-knit crew neck in 100% merino wool. Breathable, soft and machine washable at 30 °C."_s,
                {{u"material"_s, u"merino wool"_s}, {u"sizes"_s, QJsonArray{u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s}},
                    {u"colour"_s, u"oatmeal"_s}},
                u"Commuters who want one warm layer"_s),
            product(u"Oak Serving Board"_s, u"Home & Kitchen"_s, 4500,
                u"Solid European oak board, 45 × 20 cm, oiled with food-safe linseed oil."_s,
                {{u"material"_s, u"oak"_s}, {u"dimensions"_s, u"45 × 20 cm"_s}}),
            product(u"Rosehip Face Oil 30 ml"_s, u"Beauty & Care"_s, 3400,
                u"Cold-pressed organic rosehip oil in a 30 ml amber glass dropper bottle."_s,
                {{u"volume"_s, u"30 ml"_s}, {u"material"_s, u"amber glass"_s}}),
            product(u"Insulated Steel Bottle 750 ml"_s, u"Outdoor"_s, 3500,
                u"Double-wall stainless steel bottle, keeps drinks cold for 24 hours, 750 ml."_s,
                {{u"material"_s, u"stainless steel"_s}, {u"volume"_s, u"750 ml"_s}}, u"Hikers and commuters"_s),
            product(u"Walnut Phone Stand"_s, u"Tech Accessories"_s, 2900,
                u"Solid walnut stand for phones and small tablets, 12 cm wide."_s,
                {{u"material"_s, u"walnut"_s}, {u"dimensions"_s, u"12 cm"_s}}),
            product(u"Solar Camp Lantern"_s, u"Outdoor"_s, 3900,
                u"Collapsible solar lantern with USB-C charging and 3 light modes."_s, {{u"modes"_s, u"3"_s}}),
            product(u"Merino Hiking Socks (2 pairs)"_s, u"Outdoor"_s, 2700,
                u"Cushioned merino hiking socks, two pairs."_s,
                {{u"material"_s, u"merino wool"_s}, {u"sizes"_s, QJsonArray{u"36-38"_s, u"39-42"_s, u"43-46"_s}},
                    {u"pieces"_s, u"2"_s}}),
            product(u"Gift Card"_s, u"Gifts"_s, 2500, QString(), {})};
    }

    static QList<ProductFacts> dutch()
    {
        return {product(u"Merino trui"_s, u"Kleding"_s, 8900, u"Een fijngebreide trui van merinowol."_s,
                    {{u"material"_s, u"merinowol"_s}, {u"sizes"_s, QJsonArray{u"S"_s, u"M"_s, u"L"_s}},
                        {u"colour"_s, u"havermout"_s}},
                    u"Forenzen die één warme laag willen"_s),
            product(u"Eiken serveerplank"_s, u"Wonen & keuken"_s, 4500, u"Massief eiken plank, geolied."_s,
                {{u"material"_s, u"eikenhout"_s}}),
            product(u"Zonnelantaarn"_s, u"Buiten"_s, 3900, u"Opvouwbare lantaarn die oplaadt in de zon."_s, {})};
    }

    static BrandProfile brand(const QString& language = u"English"_s)
    {
        BrandProfile b;
        b.voice = u"Warm, plain-spoken, no superlatives"_s;
        b.language = language;
        b.bannedWords = {u"cheap"_s};
        b.requiredPhrases = {language == u"English" ? u"Made in Portugal"_s : u"Gemaakt in Portugal"_s};
        return b;
    }

    static QString writerPrompt(
        const QString& kind, const ProductFacts& f, const BrandProfile& b, const QString& instruction = {})
    {
        const QString line
            = instruction.isEmpty() ? QString() : u"Instruction from the shop owner for this version: "_s + instruction;
        const auto vars = PieceGate::variables(f, b, GateSettings::defaults(), kind, 1, {}, line);
        return PromptTemplates::render(PromptTemplates::defaultBody(u"writer.system"_s), vars) + u'\n'
            + PromptTemplates::render(PromptTemplates::defaultBody(u"writer."_s + kind), vars) + u'\n';
    }

    static QJsonObject write(const QString& kind, const ProductFacts& f, const BrandProfile& b,
        const QString& instruction = {}, quint64 seed = 7, const ContentGenerator::Options& options = {})
    {
        const QString prompt = writerPrompt(kind, f, b, instruction);
        ContentGenerator g;
        return g
            .generate(ContentSpec::find(kind)->schema, ContentGenerator::factsFromPrompt(prompt), prompt, seed, options)
            .toObject();
    }

    static QString reviewPrompt(
        const QString& kind, const ProductFacts& f, const BrandProfile& b, const QJsonObject& body)
    {
        auto vars = PieceGate::variables(f, b, GateSettings::defaults(), kind, 1, {}, {});
        vars.insert(u"piece_text"_s, ContentSpec::render(kind, body));
        return PromptTemplates::render(PromptTemplates::defaultBody(u"reviewer.system"_s), vars) + u'\n'
            + PromptTemplates::render(PromptTemplates::defaultBody(u"reviewer.review"_s), vars) + u'\n';
    }

    static QJsonObject review(const QString& kind, const ProductFacts& f, const BrandProfile& b,
        const QJsonObject& body, const ContentGenerator::Options& options = {})
    {
        const QString prompt = reviewPrompt(kind, f, b, body);
        ContentGenerator g;
        return g.generate(ContentSpec::reviewSchema(), ContentGenerator::factsFromPrompt(prompt), prompt, 11, options)
            .toObject();
    }

    static bool passes(const QJsonObject& verdict)
    {
        return GateSettings::defaults().failing(verdict.value(u"scores"_s).toObject()).isEmpty();
    }

    static QStringList sentencesOf(const QString& text)
    {
        static const QRegularExpression boundary(u"(?<=[.!?])\\s+|\\n+"_s);
        QStringList out;
        for (const QString& s : text.split(boundary, Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty())
                out.append(s.trimmed());
        }
        return out;
    }

    static QStringList sentencesOf(const QJsonObject& body)
    {
        QStringList out;
        for (const auto& [path, text] : ContentSpec::strings(body))
            out += sentencesOf(text);
        return out;
    }

    static QString normalized(const QString& s)
    {
        return s.toLower().remove(QRegularExpression(u"[^\\p{L}\\p{N} ]"_s)).simplified();
    }

    // Sentences of four words or more that appear more than once.
    static QStringList repeats(const QJsonObject& body)
    {
        QHash<QString, int> seen;
        QStringList out;
        for (const QString& s : sentencesOf(body)) {
            const QString n = normalized(s);
            if (n.count(u' ') >= 3 && seen[n]++ == 1)
                out.append(s);
        }
        return out;
    }

    static QString text(const QJsonObject& body) { return QString::fromUtf8(QJsonDocument(body).toJson()); }

    static int count(const QString& text, const QString& pattern)
    {
        int n = 0;
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        for (auto it = re.globalMatch(text); it.hasNext(); it.next())
            ++n;
        return n;
    }

private slots:
    void everyPieceIsReadableAndPassesTheChecks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"English"_s;
        QTest::newRow("Dutch") << u"Dutch"_s;
    }

    void everyPieceIsReadableAndPassesTheChecks()
    {
        QFETCH(QString, language);
        const BrandProfile b = brand(language);
        QList<int> quality;
        int written = 0;
        for (const ProductFacts& f : language == u"English" ? english() : dutch()) {
            for (const ContentSpec::Piece& piece : ContentSpec::forProduct(f.category, f.attributes)) {
                for (quint64 seed : {3, 8}) {
                    const QJsonObject body = write(piece.kind, f, b, {}, seed);
                    const QString where = f.name + u" / "_s + piece.kind + u": "_s;
                    const auto problems = ContentChecks::run(piece.kind, body, f, b);
                    QVERIFY2(problems.isEmpty(),
                        qPrintable(where + Json::compact(ContentChecks::toJson(problems)) + u'\n' + text(body)));
                    QVERIFY2(repeats(body).isEmpty(), qPrintable(where + repeats(body).join(u" | "_s)));
                    // No template shows through: no unfilled slot, alternative or FAQ separator.
                    for (const auto& [path, value] : ContentSpec::strings(body))
                        QVERIFY2(!value.contains(u"||"_s) && !value.contains(u'{') && !value.contains(u'['),
                            qPrintable(where + path + u": "_s + value));
                    const QJsonObject verdict = review(piece.kind, f, b, body);
                    QVERIFY2(passes(verdict) && verdict.value(u"problems"_s).toArray().isEmpty(),
                        qPrintable(where + text(verdict) + u'\n' + text(body)));
                    quality.append(verdict.value(u"scores"_s).toObject().value(u"quality"_s).toInt());
                    ++written;
                }
            }
        }
        QVERIFY(written >= 40);
        // Good copy scores well, not the same every time: the reviewer reads what is there.
        const auto [low, high] = std::minmax_element(quality.cbegin(), quality.cend());
        QVERIFY2(*high - *low >= 3, qPrintable(u"%1..%2"_s.arg(*low).arg(*high)));
        QVERIFY(QSet<int>(quality.cbegin(), quality.cend()).size() >= 3);
        QVERIFY(std::any_of(quality.cbegin(), quality.cend(), [](int q) { return q < 93 || q > 96; }));
    }

    void theDemoCatalogIsWrittenCleanly()
    {
        // Every product the demo workspace seeds, every piece it needs: what a person trying the demo
        // reads passes the checks and the reviewer, and never says a sentence twice.
        QFile file(u":/demo/demo.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray products
            = Json::objectFromString(QString::fromUtf8(file.readAll())).value(u"products"_s).toArray();
        QVERIFY(products.size() >= 40);
        BrandProfile b;
        b.voice = u"Warm, plain-spoken, no superlatives"_s;
        QSet<QString> openings;
        for (const QJsonValue& v : products) {
            const QJsonObject p = v.toObject();
            const ProductFacts f = product(p.value(u"name"_s).toString(), p.value(u"category"_s).toString(),
                Money::parse(p.value(u"price"_s).toString()).value_or(0), p.value(u"description"_s).toString(),
                p.value(u"attributes"_s).toObject(), p.value(u"audience"_s).toString());
            for (const ContentSpec::Piece& piece : ContentSpec::forProduct(f.category, f.attributes)) {
                const QJsonObject body = write(piece.kind, f, b);
                const QString where = f.name + u" / "_s + piece.kind + u": "_s;
                const auto problems = ContentChecks::run(piece.kind, body, f, b);
                QVERIFY2(problems.isEmpty(), qPrintable(where + Json::compact(ContentChecks::toJson(problems))));
                QVERIFY2(repeats(body).isEmpty(), qPrintable(where + repeats(body).join(u" | "_s)));
                const QJsonObject verdict = review(piece.kind, f, b, body);
                QVERIFY2(passes(verdict) && verdict.value(u"problems"_s).toArray().isEmpty(),
                    qPrintable(where + text(verdict)));
                if (piece.kind == u"description")
                    openings.insert(sentencesOf(body.value(u"body"_s).toString()).first());
            }
        }
        // Forty descriptions do not open with the same handful of sentences.
        QVERIFY2(openings.size() >= 12, qPrintable(QString::number(openings.size())));
    }

    void faqAnswersAnswerTheirQuestion()
    {
        static const QSet<QString> stop{u"the"_s, u"what"_s, u"which"_s, u"who"_s, u"how"_s, u"does"_s, u"did"_s,
            u"can"_s, u"should"_s, u"will"_s, u"would"_s, u"for"_s, u"you"_s, u"about"_s, u"wat"_s, u"wie"_s, u"hoe"_s,
            u"welke"_s, u"voor"_s, u"van"_s, u"het"_s, u"een"_s, u"kan"_s, u"moet"_s, u"jullie"_s};
        QList<std::pair<ProductFacts, QString>> cases;
        for (const ProductFacts& f : english())
            cases.append({f, u"English"_s});
        for (const ProductFacts& f : dutch())
            cases.append({f, u"Dutch"_s});
        for (const auto& [f, language] : cases) {
            for (quint64 seed : {1, 2, 3}) {
                const QJsonArray items = write(u"faq"_s, f, brand(language), {}, seed).value(u"items"_s).toArray();
                QVERIFY(items.size() >= 5 && items.size() <= 10);
                for (const QJsonValue& v : items) {
                    const QString q = v.toObject().value(u"question"_s).toString();
                    const QString a = v.toObject().value(u"answer"_s).toString().toLower();
                    QStringList asked;
                    for (const QString& w : normalized(q).split(u' ', Qt::SkipEmptyParts)) {
                        if (w.size() >= 3 && !stop.contains(w) && !normalized(f.name).split(u' ').contains(w))
                            asked.append(w);
                    }
                    const QStringList said = normalized(a).split(u' ', Qt::SkipEmptyParts);
                    const bool shares = std::any_of(asked.cbegin(), asked.cend(), [&said](const QString& w) {
                        return std::any_of(said.cbegin(), said.cend(),
                            [&w](const QString& s) { return s == w || (w.size() >= 4 && s.startsWith(w.left(4))); });
                    });
                    const bool saysWho = asked.isEmpty() && (a.contains(u" for "_s) || a.contains(u" voor "_s));
                    QVERIFY2(shares || saysWho, qPrintable(f.name + u": Q: "_s + q + u" A: "_s + a));
                }
            }
        }
    }

    void twoProductsGetDifferentCopy()
    {
        const QList<ProductFacts> products = english();
        for (const QString& kind : {u"description"_s, u"faq"_s, u"social"_s, u"email"_s, u"blog"_s}) {
            const QJsonObject a = write(kind, products.at(0), brand());
            const QJsonObject b = write(kind, products.at(1), brand());
            QVERIFY(a != b);
            const QStringList first = sentencesOf(a);
            QSet<QString> other;
            for (const QString& s : sentencesOf(b))
                other.insert(normalized(s));
            int shared = 0;
            for (const QString& s : first)
                shared += other.contains(normalized(s)) ? 1 : 0;
            QVERIFY2(
                shared * 10 <= first.size() * 4, qPrintable(u"%1: %2 of %3"_s.arg(kind).arg(shared).arg(first.size())));
            // Another seed, another version of the same product's copy.
            QVERIFY(write(kind, products.at(0), brand(), {}, 99) != a);
        }
    }

    void theSamePromptGivesTheSameAnswer()
    {
        const ProductFacts f = english().first();
        for (const QString& kind : ContentSpec::kinds()) {
            const QJsonObject body = write(kind, f, brand(), u"Make it shorter and mention the gift box."_s);
            QCOMPARE(write(kind, f, brand(), u"Make it shorter and mention the gift box."_s), body);
            QCOMPARE(review(kind, f, brand(), body), review(kind, f, brand(), body));
        }
    }

    void readsAPersonsInstruction_data()
    {
        QTest::addColumn<QString>("instruction");
        QTest::addColumn<int>("length");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QStringList>("avoid");
        QTest::addColumn<QString>("tone");
        QTest::addColumn<QString>("focus");
        QTest::newRow("shorter") << u"Make it shorter."_s << -1 << QStringList() << QStringList() << QString()
                                 << QString();
        QTest::newRow("longer") << u"Add more detail, make it longer"_s << 1 << QStringList() << QStringList()
                                << QString() << QString();
        QTest::newRow("mention") << u"Mention the 2-year warranty."_s << 0 << QStringList{u"the 2-year warranty"_s}
                                 << QStringList() << QString() << QString();
        QTest::newRow("mention that") << u"Mention that it comes in a gift box."_s << 0
                                      << QStringList{u"that it comes in a gift box"_s} << QStringList() << QString()
                                      << QString();
        QTest::newRow("leave out") << u"Don't mention the price."_s << 0 << QStringList() << QStringList{u"price"_s}
                                   << QString() << QString();
        QTest::newRow("no sizes") << u"Do not talk about sizes"_s << 0 << QStringList() << QStringList{u"sizes"_s}
                                  << QString() << QString();
        QTest::newRow("tone") << u"More playful, please"_s << 0 << QStringList() << QStringList() << u"playful"_s
                              << QString();
        QTest::newRow("focus") << u"Focus on sustainability"_s << 0 << QStringList() << QStringList() << QString()
                               << u"sustainability"_s;
        QTest::newRow("two") << u"Keep it short, and mention free repairs"_s << -1 << QStringList{u"free repairs"_s}
                             << QStringList() << QString() << QString();
        QTest::newRow("Dutch") << u"Maak het korter en noem de gratis verzending"_s << -1
                               << QStringList{u"de gratis verzending"_s} << QStringList() << QString() << QString();
        QTest::newRow("Dutch leave out") << u"Noem de prijs niet"_s << 0 << QStringList() << QStringList{u"price"_s}
                                         << QString() << QString();
        QTest::newRow("Dutch tone") << u"Schrijf het speelser"_s << 0 << QStringList() << QStringList() << u"playful"_s
                                    << QString();
        // A rejection's reason, passed on as the instruction: nothing in it to follow.
        QTest::newRow("reason") << u"Reviewer and writer disagreed three times on the care instructions"_s << 0
                                << QStringList() << QStringList() << QString() << QString();
    }

    void readsAPersonsInstruction()
    {
        QFETCH(QString, instruction);
        QFETCH(int, length);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, avoid);
        QFETCH(QString, tone);
        QFETCH(QString, focus);
        // As PieceGate renders it, with feedback from an earlier attempt after it.
        const QString prompt = writerPrompt(u"faq"_s, english().first(), brand(), instruction)
            + u"Problems found in attempt 1; fix every one of them:\n- Shorter sentences, please."_s;
        const PromptReader::Instruction read = PromptReader::instruction(prompt);
        QCOMPARE(read.text, instruction);
        QCOMPARE(read.length, length);
        QCOMPARE(read.mentions, mentions);
        QCOMPARE(read.avoid, avoid);
        QCOMPARE(read.tone, tone);
        QCOMPARE(read.focus, focus);
        QVERIFY(PromptReader::instruction(writerPrompt(u"faq"_s, english().first(), brand())).isEmpty());
    }

    void aShorterInstructionGivesShorterText()
    {
        for (const ProductFacts& f : english()) {
            const QString body = write(u"description"_s, f, brand()).value(u"body"_s).toString();
            const QString shorter
                = write(u"description"_s, f, brand(), u"Make it shorter."_s).value(u"body"_s).toString();
            QVERIFY2(shorter.size() < body.size(), qPrintable(u"%1 vs %2"_s.arg(shorter.size()).arg(body.size())));
            QVERIFY(shorter.size() >= 3400); // the schema's minimum still holds
            const QJsonObject faq = write(u"faq"_s, f, brand());
            const QJsonObject shortFaq = write(u"faq"_s, f, brand(), u"Make it shorter"_s);
            QVERIFY(text(shortFaq).size() < text(faq).size());
            const QJsonObject longer = write(u"faq"_s, f, brand(), u"Make it longer, with more detail."_s);
            QVERIFY(text(longer).size() > text(faq).size());
            for (const auto& [kind, b] :
                {std::pair{u"description"_s, write(u"description"_s, f, brand(), u"Make it shorter."_s)},
                    std::pair{u"faq"_s, shortFaq}, std::pair{u"faq"_s, longer}})
                QVERIFY2(ContentChecks::run(kind, b, f, brand()).isEmpty(), qPrintable(f.name + u' ' + kind));
        }
    }

    void whatAPersonAsksToMentionIsMentioned_data()
    {
        QTest::addColumn<QString>("instruction");
        QTest::addColumn<QString>("expected");
        QTest::newRow("warranty") << u"Mention the 2-year warranty."_s << u"warranty"_s;
        QTest::newRow("gift box") << u"Mention that it comes in a gift box."_s << u"gift box"_s;
        QTest::newRow("focus") << u"Focus on sustainability"_s << u"sustainab"_s;
        QTest::newRow("two requests") << u"Keep it short, and mention free repairs"_s << u"free repairs"_s;
    }

    void whatAPersonAsksToMentionIsMentioned()
    {
        QFETCH(QString, instruction);
        QFETCH(QString, expected);
        const ProductFacts f = english().first();
        for (const QString& kind : {u"description"_s, u"faq"_s, u"social"_s, u"email"_s, u"blog"_s, u"care"_s}) {
            const QJsonObject plain = write(kind, f, brand());
            const QJsonObject asked = write(kind, f, brand(), instruction);
            QVERIFY2(!text(plain).contains(expected, Qt::CaseInsensitive), qPrintable(kind));
            QVERIFY2(text(asked).contains(expected, Qt::CaseInsensitive), qPrintable(kind + u": "_s + text(asked)));
            QVERIFY2(repeats(asked).isEmpty(), qPrintable(repeats(asked).join(u" | "_s)));
            for (const auto& [path, value] : ContentSpec::strings(asked))
                QVERIFY2(!value.contains(u"||"_s) && !value.contains(u'{'), qPrintable(value));
        }
    }

    void whatAPersonAsksToLeaveOutIsLeftOut()
    {
        const ProductFacts f = english().first();
        static const QRegularExpression price(
            u"€\\s?\\d|\\bprice|\\bcosts?\\b"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString& kind : {u"description"_s, u"faq"_s, u"social"_s, u"email"_s, u"seo"_s}) {
            QVERIFY2(price.match(text(write(kind, f, brand()))).hasMatch() || kind == u"seo", qPrintable(kind));
            const QJsonObject body = write(kind, f, brand(), u"Don't mention the price."_s);
            QVERIFY2(!price.match(text(body)).hasMatch(), qPrintable(kind + u": "_s + text(body)));
            QVERIFY(ContentChecks::run(kind, body, f, brand()).isEmpty());
            const QJsonObject noMaterial = write(kind, f, brand(), u"Leave out the material"_s);
            QVERIFY2(!text(noMaterial).contains(u"merino wool"_s, Qt::CaseInsensitive) || kind == u"seo",
                qPrintable(kind + u": "_s + text(noMaterial)));
        }
    }

    void aToneInstructionChangesTheTone()
    {
        const ProductFacts f = english().at(1);
        const QString plain = write(u"description"_s, f, brand()).value(u"body"_s).toString();
        const QString playful
            = write(u"description"_s, f, brand(), u"Make it more playful"_s).value(u"body"_s).toString();
        QCOMPARE(plain.count(u'!'), 0);
        QVERIFY(playful.count(u'!') >= 2);
        const QString formal
            = write(u"description"_s, f, brand(), u"A more formal tone, please."_s).value(u"body"_s).toString();
        QVERIFY(formal != plain);
        QVERIFY(count(formal,
                    u"\\b(?:quality|longevity|requirements|considered|investment|specifications|"
                    u"professional)\\b"_s)
            >= 2);
    }

    void aDutchBrandGetsDutchCopy_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Dutch") << u"Dutch"_s;
        QTest::newRow("Nederlands") << u"Nederlands"_s;
    }

    void aDutchBrandGetsDutchCopy()
    {
        QFETCH(QString, language);
        const QString dutchWords = u"\\b(?:de|het|een|en|van|met|voor|je|niet|dat|ook)\\b"_s;
        const QString englishWords = u"\\b(?:the|and|with|for|you|your|it|to|this|that)\\b"_s;
        for (const ProductFacts& f : dutch()) {
            for (const QString& kind : {u"description"_s, u"faq"_s, u"email"_s, u"social"_s}) {
                const QString t = text(write(kind, f, brand(language)));
                QVERIFY2(count(t, dutchWords) >= 12, qPrintable(t));
                QVERIFY2(count(t, englishWords) <= 1, qPrintable(t));
            }
        }
        // The same facts in an English shop give English copy.
        const QString english = text(write(u"description"_s, dutch().first(), brand()));
        QVERIFY(count(english, englishWords) > 30);
        QVERIFY(count(english, u"\\b(?:het|een|voor|niet)\\b"_s) < 3);
    }

    void theReviewerRejectsWhatAReaderWould()
    {
        const ProductFacts f = english().first();
        const BrandProfile b = brand();
        const QJsonObject faq = write(u"faq"_s, f, b);
        const QJsonObject good = review(u"faq"_s, f, b, faq);
        QVERIFY2(passes(good), qPrintable(text(good)));
        QVERIFY(good.value(u"problems"_s).toArray().isEmpty());

        // A sentence twice.
        QJsonArray items = faq.value(u"items"_s).toArray();
        QJsonObject third = items.at(2).toObject();
        const QString repeated = sentencesOf(items.at(0).toObject().value(u"answer"_s).toString()).first();
        third.insert(u"answer"_s, QString(third.value(u"answer"_s).toString() + u' ' + repeated));
        items.replace(2, third);
        QJsonObject twice = faq;
        twice.insert(u"items"_s, items);
        const QJsonObject r1 = review(u"faq"_s, f, b, twice);
        QVERIFY2(!passes(r1), qPrintable(text(r1)));
        QVERIFY(text(r1).contains(u"appears 2 times"_s));

        // An answer to another question: the price answer under the material question.
        items = faq.value(u"items"_s).toArray();
        QJsonObject q0 = items.at(0).toObject();
        QJsonObject q1 = items.at(1).toObject();
        const QJsonValue a0 = q0.value(u"answer"_s);
        q0.insert(u"answer"_s, q1.value(u"answer"_s));
        q1.insert(u"answer"_s, a0);
        items.replace(0, q0);
        items.replace(1, q1);
        QJsonObject swapped = faq;
        swapped.insert(u"items"_s, items);
        const QJsonObject r2 = review(u"faq"_s, f, b, swapped);
        QVERIFY2(!passes(r2), qPrintable(text(r2)));
        QVERIFY(text(r2).contains(u"does not answer it"_s));
        QCOMPARE(r2.value(u"problems"_s).toArray().first().toObject().value(u"severity"_s).toString(), u"major"_s);

        // A description with a sentence twice, a wrong price, a banned word.
        const QJsonObject description = write(u"description"_s, f, b);
        QVERIFY(passes(review(u"description"_s, f, b, description)));
        const QString body = description.value(u"body"_s).toString();
        QStringList opening = sentencesOf(body).mid(0, 5);
        std::sort(
            opening.begin(), opening.end(), [](const QString& x, const QString& y) { return x.size() > y.size(); });
        const QString first = opening.first();
        for (const QString& changed : {QString(body + u' ' + first), QString(body).replace(u"€89.00"_s, u"€79.00"_s),
                 QString(body + u" A cheap thrill.")}) {
            QVERIFY(changed != body);
            QJsonObject bad = description;
            bad.insert(u"body"_s, changed);
            const QJsonObject r = review(u"description"_s, f, b, bad);
            QVERIFY2(!passes(r), qPrintable(text(r)));
            QVERIFY(!r.value(u"problems"_s).toArray().isEmpty());
        }

        // English copy for a Dutch brand.
        const ProductFacts nl = dutch().first();
        const QJsonObject r3 = review(u"description"_s, nl, brand(u"Dutch"_s), write(u"description"_s, nl, brand()));
        QVERIFY2(!passes(r3), qPrintable(text(r3)));
    }

    void theWriterAgreesOnlyWithMinorProblems()
    {
        const ProductFacts f = english().first();
        const QJsonObject body = write(u"seo"_s, f, brand());
        const auto agreement = [&](const QJsonObject& verdict) {
            auto vars = PieceGate::variables(f, brand(), GateSettings::defaults(), u"seo"_s, 1, {}, {});
            vars.insert(u"piece_text"_s, ContentSpec::render(u"seo"_s, body));
            vars.insert(u"review"_s, QString::fromUtf8(QJsonDocument(verdict).toJson()));
            const QString prompt = PromptTemplates::render(PromptTemplates::defaultBody(u"writer.system"_s), vars)
                + u'\n' + PromptTemplates::render(PromptTemplates::defaultBody(u"writer.agreement"_s), vars);
            ContentGenerator g;
            return g.generate(ContentSpec::agreementSchema(), ContentGenerator::factsFromPrompt(prompt), prompt, 5, {})
                .toObject();
        };
        ContentGenerator::Options nitpick;
        nitpick.reviewNitpick = true;
        const QJsonObject minor = review(u"seo"_s, f, brand(), body, nitpick);
        QVERIFY(passes(minor));
        QCOMPARE(minor.value(u"problems"_s).toArray().size(), 1);
        QVERIFY(text(minor).contains(u"warmer"_s));
        QCOMPARE(agreement(minor).value(u"agree"_s).toBool(), true);
        QJsonObject major = minor;
        QJsonObject problem = minor.value(u"problems"_s).toArray().first().toObject();
        problem.insert(u"severity"_s, u"major"_s);
        major.insert(u"problems"_s, QJsonArray{problem});
        const QJsonObject no = agreement(major);
        QCOMPARE(no.value(u"agree"_s).toBool(), false);
        QVERIFY(no.value(u"reason"_s).toString().contains(u"warmer"_s));
    }

    void theFaultsStillWork()
    {
        const ProductFacts f = english().first();
        ContentGenerator::Options wrong;
        wrong.wrongFacts = true;
        const QJsonObject bad = write(u"description"_s, f, brand(), {}, 7, wrong);
        QVERIFY(bad.value(u"body"_s).toString().contains(u"€121.15"_s)); // 89.00 × 1.35 + 1
        QVERIFY(!ContentChecks::checkPrices(bad, f).isEmpty());
        QVERIFY(!ContentChecks::checkMaterials(bad, f).isEmpty());
        ContentGenerator::Options reject;
        reject.reviewReject = true;
        const QJsonObject r = review(u"description"_s, f, brand(), write(u"description"_s, f, brand()), reject);
        QVERIFY(r.value(u"scores"_s).toObject().value(u"quality"_s).toInt() < 90);
        QVERIFY(r.value(u"problems"_s).toArray().size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWriter)
#include "tst_sandboxwriter.moc"
