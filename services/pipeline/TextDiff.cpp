#include "TextDiff.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace TextDiff
{

namespace
{

QStringList tokens(const QString& text, bool lines)
{
    QStringList out;
    if (lines) {
        for (const QString& line : text.split(u'\n'))
            out.append(line + u'\n');
        if (!out.isEmpty())
            out.last().chop(1);
        return out;
    }
    static const QRegularExpression re(u"\\s+|[^\\s]+"_s);
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    return out;
}

void append(QList<Span>* out, Op op, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!out->isEmpty() && out->last().op == op)
        out->last().text += text;
    else
        out->append({op, text});
}

} // namespace

namespace
{

QList<Span> wordDiff(const QString& older, const QString& newer)
{
    // Beyond this many cells the table would be too large; lines are coarse but bounded.
    constexpr qsizetype kMaxCells = 16'000'000;
    QStringList a = tokens(older, false);
    QStringList b = tokens(newer, false);
    if (a.size() * b.size() > kMaxCells) {
        a = tokens(older, true);
        b = tokens(newer, true);
    }
    QList<Span> out;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        append(&out, Op::Equal, a.at(prefix++));
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > kMaxCells) {
        // Still too large: show the middle as replaced.
        for (qsizetype i = 0; i < n; ++i)
            append(&out, Op::Delete, a.at(prefix + i));
        for (qsizetype j = 0; j < m; ++j)
            append(&out, Op::Insert, b.at(prefix + j));
    } else {
        // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
        std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return static_cast<size_t>(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j) ? lcs[at(i + 1, j + 1)] + 1
                                                                     : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (a.at(prefix + i) == b.at(prefix + j)) {
                append(&out, Op::Equal, a.at(prefix + i));
                ++i;
                ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                append(&out, Op::Delete, a.at(prefix + i++));
            } else {
                append(&out, Op::Insert, b.at(prefix + j++));
            }
        }
        while (i < n)
            append(&out, Op::Delete, a.at(prefix + i++));
        while (j < m)
            append(&out, Op::Insert, b.at(prefix + j++));
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        append(&out, Op::Equal, a.at(k));
    return out;
}

// Sentences (with the space after them) and line breaks: the units a reader compares.
QStringList segments(const QString& text)
{
    static const QRegularExpression re(u"[^\\n]*?[.!?]+(?:[ \\t]+|(?=\\n)|$)|[^\\n]+|\\n"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString s = it.next().captured(0);
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

double similarity(const QString& a, const QString& b)
{
    static const QRegularExpression word(u"[^\\s]+"_s);
    QSet<QString> wa, wb;
    for (auto it = word.globalMatch(a.toLower()); it.hasNext();)
        wa.insert(it.next().captured(0));
    for (auto it = word.globalMatch(b.toLower()); it.hasNext();)
        wb.insert(it.next().captured(0));
    if (wa.isEmpty() && wb.isEmpty())
        return 1.0;
    const qsizetype common = QSet<QString>(wa).intersect(wb).size();
    return static_cast<double>(common) / static_cast<double>(std::max(wa.size(), wb.size()));
}

} // namespace

QList<Span> diff(const QString& older, const QString& newer)
{
    // First by sentence, so a rewritten sentence reads as one change; then word by word inside
    // sentences that were only edited.
    const QStringList a = segments(older);
    const QStringList b = segments(newer);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return static_cast<size_t>(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)]
                = a.at(i) == b.at(j) ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
    QList<Span> out;
    QStringList deleted, inserted;
    const auto flush = [&] {
        // A replaced block: pair its sentences up and show small edits word by word.
        qsizetype k = 0;
        for (; k < std::min(deleted.size(), inserted.size()); ++k) {
            if (similarity(deleted.at(k), inserted.at(k)) >= 0.5) {
                for (const Span& s : wordDiff(deleted.at(k), inserted.at(k)))
                    append(&out, s.op, s.text);
            } else {
                append(&out, Op::Delete, deleted.at(k));
                append(&out, Op::Insert, inserted.at(k));
            }
        }
        for (qsizetype d = k; d < deleted.size(); ++d)
            append(&out, Op::Delete, deleted.at(d));
        for (qsizetype i = k; i < inserted.size(); ++i)
            append(&out, Op::Insert, inserted.at(i));
        deleted.clear();
        inserted.clear();
    };
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            flush();
            append(&out, Op::Equal, a.at(i));
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            deleted.append(a.at(i++));
        } else {
            inserted.append(b.at(j++));
        }
    }
    while (i < n)
        deleted.append(a.at(i++));
    while (j < m)
        inserted.append(b.at(j++));
    flush();
    return out;
}

std::pair<int, int> wordCounts(const QList<Span>& spans)
{
    static const QRegularExpression word(u"[^\\s]+"_s);
    int inserted = 0, deleted = 0;
    for (const Span& s : spans) {
        if (s.op == Op::Equal)
            continue;
        int n = 0;
        for (auto it = word.globalMatch(s.text); it.hasNext(); it.next())
            ++n;
        (s.op == Op::Insert ? inserted : deleted) += n;
    }
    return {inserted, deleted};
}

} // namespace TextDiff
