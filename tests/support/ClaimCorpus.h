#pragma once

#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ProductFacts.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The labelled corpus of tests/corpus/claims.json (issue 20): products, and pieces that are correct or carry one
// planted error of a kind. Read by tst_claimcorpus (the targets) and bench_claimcorpus (the table).
namespace ClaimCorpus
{

struct Piece
{
    QString id;
    QString product;
    QString language;
    QString label; // correct, or the kind of error planted: price, number, size, material, colour, origin, care, ...
    bool numeric = false;
    QString planted;
    QString body;
};

struct Corpus
{
    QHash<QString, ProductFacts> products;
    BrandProfile brand;
    QList<Piece> pieces;
};

// A navy merino tee made in Portugal, machine washable at 30 °C, in S, M and L, 40 in stock, not on sale: the facts
// tst_claims and bench_claims check pieces against.
ProductFacts merinoTee();

// The corpus in the source tree (QUORUM_CORPUS_FILE, or the path given); empty with *error set when unreadable.
Corpus load(QString* error, const QString& path = {});

// The deterministic fact checks of the gate on one piece: prices, numbers with units, sizes and claims.
QList<ContentChecks::Problem> check(const Corpus& corpus, const Piece& piece);

// The sandbox's reviewer on one piece, as the gate asks it (the piece, its facts and its claims numbered) and as the
// gate reads its answer (the pass marks, and a verdict with a citation on each claim): the problems that fail it.
// A simulation of a reviewer model, not one: what it catches says what the gate does with a reviewer's verdicts.
QList<ContentChecks::Problem> sandboxReview(const Corpus& corpus, const Piece& piece);

struct Row
{
    QString label;
    bool numeric = false;
    int total = 0;
    int caught = 0;
    int caughtWithReviewer = 0; // by the checks or, where they passed it, the sandbox reviewer
};

struct Result
{
    QList<Row> rows; // per error kind, numeric first
    int correct = 0;
    int falseRejects = 0;
    QStringList rejected; // correct pieces the checks failed, with the first problem
    QStringList missed;   // pieces with an error the checks passed
    // With the sandbox reviewer after the checks (evaluate(corpus, true)).
    int falseRejectsWithReviewer = 0;
    QStringList rejectedByReviewer;
    QStringList missedByBoth;
    int numericTotal() const;
    int numericCaught() const;
    int softTotal() const;
    int softCaught() const;
};

Result evaluate(const Corpus& corpus, bool withSandboxReviewer = false);

} // namespace ClaimCorpus
