#pragma once

#include <QSqlDatabase>
#include <QString>

// The demo's content: every product past validation gets its content set as the pipeline would
// have written it (one accepted version per piece, with the checks' and the reviewer's verdicts);
// products that needed a person show the attempts that failed; products still being written get a
// queued pipeline run, so opening the demo shows the workers at it.
namespace DemoContent
{

// How a product's content went, as the demo data tells it.
struct Story
{
    QString stageReason;         // what the product says; also the error of its failed and rejected pieces
    QString rejectedPiece;       // the piece writer and reviewer never agreed on (for a product that needs a person)
    bool wrongFacts = false;     // the rejected piece's attempts stated facts the product does not have
    bool providerFailed = false; // the provider stopped answering halfway through the content set
    int quality = 0;             // the reviewer's scores (0: a sensible default)
    int seo = 0;
    QString language = QStringLiteral("en"); // the copy's and the reviewer's language: "en" or "nl"
};

// Runs inside the seeding transaction.
void seed(const QSqlDatabase& db, qint64 productId, const Story& story, qint64 now);

} // namespace DemoContent
