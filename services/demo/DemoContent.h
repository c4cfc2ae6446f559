#pragma once

#include <QSqlDatabase>
#include <QString>

// The demo's content: every product past validation gets its content set as the pipeline would
// have written it (one accepted version per piece, with the checks' and the reviewer's verdicts);
// products that needed a person show the attempts that failed; products still being written get a
// queued pipeline run, so opening the demo shows the workers at it.
namespace DemoContent
{
// Runs inside the seeding transaction.
void seed(const QSqlDatabase& db, qint64 productId, const QString& stageReason, int quality, int seo, qint64 now);
} // namespace DemoContent
