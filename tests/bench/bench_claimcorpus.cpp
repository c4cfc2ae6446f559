// Benchmark: the labelled corpus of tests/corpus/claims.json through the gate's deterministic fact checks (issue 20).
//
//   bench_claimcorpus [--corpus tests/corpus/claims.json]
//
// Reports per kind of planted error how many pieces the deterministic checks fail (prices, numbers with units, sizes
// and the claims one by one), the false rejects among the correct pieces, and names every miss and false reject.
#include "ClaimCorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"corpus"_s, u"The corpus file."_s, u"path"_s}});
    parser.process(app);
    QString error;
    const ClaimCorpus::Corpus corpus = ClaimCorpus::load(&error, parser.value(u"corpus"_s));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const ClaimCorpus::Result r = ClaimCorpus::evaluate(corpus);
    std::printf("%lld pieces over %lld products: %d correct, %d with one planted error\n\n",
        static_cast<long long>(corpus.pieces.size()), static_cast<long long>(corpus.products.size()), r.correct,
        r.numericTotal() + r.softTotal());
    std::printf("| error kind | pieces | caught by the deterministic checks | share |\n|---|---|---|---|\n");
    for (const ClaimCorpus::Row& row : r.rows)
        std::printf("| %s%s | %d | %d | %.0f %% |\n", qPrintable(row.label), row.numeric ? " (numeric)" : "", row.total,
            row.caught, 100.0 * row.caught / row.total);
    std::printf("| **all numeric** | %d | %d | **%.1f %%** |\n", r.numericTotal(), r.numericCaught(),
        100.0 * r.numericCaught() / r.numericTotal());
    std::printf("| **all soft** | %d | %d | **%.1f %%** |\n", r.softTotal(), r.softCaught(),
        100.0 * r.softCaught() / r.softTotal());
    std::printf("| correct pieces failed (false rejects) | %d | %d | **%.1f %%** |\n\n", r.correct, r.falseRejects,
        100.0 * r.falseRejects / r.correct);
    for (const QString& m : r.missed)
        std::printf("missed: %s\n", qPrintable(m));
    for (const QString& f : r.rejected)
        std::printf("false reject: %s\n", qPrintable(f));
    return 0;
}
