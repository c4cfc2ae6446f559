// Benchmark: the labelled corpus of tests/corpus/claims.json through the gate's deterministic fact checks (issue 20).
//
//   bench_claimcorpus [--corpus tests/corpus/claims.json]
//
// Reports per kind of planted error how many pieces the deterministic checks fail (prices, numbers with units, sizes
// and the claims one by one), then how many the gate fails with the sandbox's reviewer after them (the piece's claims
// numbered in its prompt, a verdict with a citation on each — a simulated reader, not a model), the false rejects
// among the correct pieces, and names every miss and false reject.
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
    const ClaimCorpus::Result r = ClaimCorpus::evaluate(corpus, true);
    std::printf("%lld pieces over %lld products: %d correct, %d with one planted error\n\n",
        static_cast<long long>(corpus.pieces.size()), static_cast<long long>(corpus.products.size()), r.correct,
        r.numericTotal() + r.softTotal());
    std::printf("| error kind | pieces | caught by the deterministic checks | share | + the sandbox reviewer | share "
                "|\n|---|---|---|---|---|---|\n");
    int numericWith = 0;
    int softWith = 0;
    for (const ClaimCorpus::Row& row : r.rows) {
        std::printf("| %s%s | %d | %d | %.0f %% | %d | %.0f %% |\n", qPrintable(row.label),
            row.numeric ? " (numeric)" : "", row.total, row.caught, 100.0 * row.caught / row.total,
            row.caughtWithReviewer, 100.0 * row.caughtWithReviewer / row.total);
        (row.numeric ? numericWith : softWith) += row.caughtWithReviewer;
    }
    std::printf("| **all numeric** | %d | %d | **%.1f %%** | %d | **%.1f %%** |\n", r.numericTotal(), r.numericCaught(),
        100.0 * r.numericCaught() / r.numericTotal(), numericWith, 100.0 * numericWith / r.numericTotal());
    std::printf("| **all soft** | %d | %d | **%.1f %%** | %d | **%.1f %%** |\n", r.softTotal(), r.softCaught(),
        100.0 * r.softCaught() / r.softTotal(), softWith, 100.0 * softWith / r.softTotal());
    std::printf("| correct pieces failed (false rejects) | %d | %d | **%.1f %%** | %d | **%.1f %%** |\n\n", r.correct,
        r.falseRejects, 100.0 * r.falseRejects / r.correct, r.falseRejectsWithReviewer,
        100.0 * r.falseRejectsWithReviewer / r.correct);
    for (const QString& m : r.missed)
        std::printf("missed by the checks: %s\n", qPrintable(m));
    for (const QString& m : r.missedByBoth)
        std::printf("missed by both: %s\n", qPrintable(m));
    for (const QString& f : r.rejected)
        std::printf("false reject (checks): %s\n", qPrintable(f));
    for (const QString& f : r.rejectedByReviewer)
        std::printf("false reject (sandbox reviewer): %s\n", qPrintable(f));
    return 0;
}
