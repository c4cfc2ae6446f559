#pragma once

#include <QList>
#include <QString>

// A word-level difference between two texts (longest common subsequence over words and the space
// between them), for comparing two versions of a piece.
namespace TextDiff
{

enum class Op
{
    Equal,
    Insert, // only in the newer text
    Delete  // only in the older text
};

struct Span
{
    Op op = Op::Equal;
    QString text;
};

// Adjacent spans of the same kind are merged. Very long texts fall back to a line-level diff.
QList<Span> diff(const QString& older, const QString& newer);
// Words inserted and deleted, for a one-line summary ("+12 −4 words").
std::pair<int, int> wordCounts(const QList<Span>& spans);

} // namespace TextDiff
