// Benchmark: claim extraction and deterministic classification of a long piece (issue 20: < 20 ms for 1,000 words).
//
//   bench_claims [--words 1000] [--repeats 200]
//
// A piece of about N words, in English and in Dutch, built from sentences a writer model produces for a shirt:
// plain opinion and style, and every few sentences a checkable claim (material, colour, origin, care, sizes, a
// certification, a discount, scarcity, a health effect, a competitor), some supported and some not. Timed: splitting
// it into sentences, finding every claim and classifying each against the facts and the brand profile
// (Claims::check), and for context the whole deterministic half of the gate (ContentChecks::run), each repeated.
#include "BenchSupport.h"
#include "ClaimCorpus.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/Claims.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ProductFacts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

QString piece(bool dutch, int words)
{
    static const QStringList english{u"Some things simply make the day easier, and this T-shirt is one of them."_s,
        u"It is knitted from fine merino wool that feels soft against the skin."_s,
        u"The navy colour goes with almost anything you already own."_s,
        u"Made in Portugal by a small family workshop that has knitted for three generations."_s,
        u"Machine washable, so looking after it takes no effort at all."_s,
        u"You notice the difference the first time you wear it on a warm afternoon."_s,
        u"It pairs well with white trainers and a pair of grey chinos."_s,
        u"Available in sizes S to XXL for every body."_s, u"GOTS certified for peace of mind."_s,
        u"Now 20% off for a short time, so do not wait too long."_s, u"Only 3 left in stock!"_s,
        u"Softer than anything from Acme Apparel, or so our customers tell us."_s,
        u"Merino regulates your temperature and it even heals dry skin."_s,
        u"Layer it under a jacket in autumn or wear it on its own in summer."_s,
        u"Dry clean only to keep the knit in shape."_s,
        u"Every seam is finished by hand, and you can feel it in the way it falls."_s};
    static const QStringList nl{u"Sommige dingen maken de dag gewoon makkelijker, en dit T-shirt is er een van."_s,
        u"Het is gebreid van fijne merinowol die zacht aanvoelt op de huid."_s,
        u"De marineblauwe kleur past bij bijna alles wat je al hebt."_s,
        u"Gemaakt in Portugal door een kleine familiewerkplaats die al drie generaties breit."_s,
        u"Wasbaar in de machine, dus het onderhoud kost geen moeite."_s,
        u"Je merkt het verschil de eerste keer dat je het draagt op een warme middag."_s,
        u"Combineer het met witte sneakers en een grijze chino."_s, u"Leverbaar in de maten S t/m XXL."_s,
        u"GOTS-gecertificeerd voor een gerust gevoel."_s, u"Nu 20% korting, dus wacht niet te lang."_s,
        u"Nog maar 3 op voorraad!"_s, u"Zachter dan alles van Acme Apparel, zeggen onze klanten."_s,
        u"Merino regelt je temperatuur en geneest zelfs een droge huid."_s,
        u"Draag het onder een jas in de herfst of los in de zomer."_s,
        u"Alleen chemisch reinigen om de brei in vorm te houden."_s,
        u"Elke naad wordt met de hand afgewerkt, en dat voel je aan hoe het valt."_s};
    const QStringList& sentences = dutch ? nl : english;
    QStringList out;
    int count = 0;
    for (qsizetype i = 0; count < words; ++i) {
        const QString& s = sentences.at(i % sentences.size());
        out.append(s);
        count += ContentChecks::wordCount(s);
        if (i % 6 == 5)
            out.append(u"\n\n"_s);
    }
    return out.join(u' ');
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"words"_s, u"Words in the piece."_s, u"n"_s, u"1000"_s}, {u"repeats"_s, u"Repeats."_s, u"n"_s, u"200"_s}});
    parser.process(app);
    const int words = parser.value(u"words"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const ProductFacts shirt = ClaimCorpus::merinoTee();
    BrandProfile brand;
    brand.competitors = {u"Acme Apparel"_s};
    // The facts as a manual entry gives them (two sentences), then as a long imported description (N words).
    ProductFacts imported = shirt;
    QStringList lines{shirt.description};
    while (ContentChecks::wordCount(lines.join(u' ')) < words)
        lines.append(u"Every seam is finished by hand, and the knit keeps its shape after many washes."_s);
    imported.description = lines.join(u' ');
    for (const int run : {0, 1, 2}) {
        const bool dutch = run == 1;
        const ProductFacts& facts = run == 2 ? imported : shirt;
        const QString text = piece(dutch, words);
        const QJsonObject body{{u"headline"_s, u"Merino Tee"_s}, {u"body"_s, text}};
        QList<double> claims;
        QList<double> all;
        Claims::Report report;
        QElapsedTimer t;
        for (int i = 0; i < repeats; ++i) {
            t.restart();
            report = Claims::check(u"description"_s, body, facts, brand);
            claims.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
            t.restart();
            const auto problems = ContentChecks::run(u"description"_s, body, facts, brand);
            all.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (problems.isEmpty())
                return 1; // the planted errors must be found
        }
        std::printf("%s, %d words, %d sentences, %lld claims (%d supported, %d contradicted, %d unsupported)%s\n",
            dutch ? "Dutch" : "English", ContentChecks::wordCount(text), report.sentences,
            static_cast<long long>(report.claims.size()), report.count(Claims::Status::Supported),
            report.count(Claims::Status::Contradicted), report.count(Claims::Status::Unsupported),
            run == 2 ? ", facts with a long imported description" : "");
        std::printf("  claims one by one (Claims::check): median %.2f ms, p99 %.2f ms, max %.2f ms\n",
            Bench::median(claims), Bench::percentile(claims, 0.99), Bench::percentile(claims, 1));
        std::printf("  every deterministic check (ContentChecks::run): median %.2f ms, p99 %.2f ms\n",
            Bench::median(all), Bench::percentile(all, 0.99));
    }
    std::printf("peak RSS %ld MB\n", Bench::peakRssMb());
    return 0;
}
