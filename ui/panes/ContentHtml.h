#pragma once

#include "pipeline/ContentStore.h"
#include "pipeline/TextDiff.h"

#include <QString>

// HTML for the Pipeline pane's detail panel: a piece as a person reads it, a word diff between two
// versions, and the writer's and the reviewer's verdicts for the side-by-side view.
namespace ContentHtml
{

QString content(const QString& kind, const ContentStore::Version& version);
QString diff(const QList<TextDiff::Span>& spans);
// Two versions of a piece compared as a person reads them: the word diff (older → newer) and, in
// *summary, "From v3 to v4: 12 words added, 5 removed". A version that broke the schema compares as
// the model's raw answer.
QString compare(
    const QString& kind, const ContentStore::Version& older, const ContentStore::Version& newer, QString* summary);
// The writer's side: which model wrote it (attempt, template, instruction), the deterministic checks
// and the writer's answer to the review.
QString writerSide(const ContentStore::Version& version, const QList<ContentStore::Validation>& verdicts);
// The reviewer's side: scores against the pass marks and the problems it listed.
QString reviewerSide(const QList<ContentStore::Validation>& verdicts, const QHash<QString, int>& passMarks);

// A content review in the Approvals pane: each piece under review as it reads, both sides' verdicts
// and what changed since the version before.
QString evidence(const QList<ContentStore::Evidence>& pieces, const QHash<QString, int>& passMarks);

} // namespace ContentHtml
