#pragma once

#include "Claims.h"
#include "ContentChecks.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Knowledge
{
struct Passage;
}

// The reviewer model's half of "claims, checked one by one" (issue 20). The deterministic checks classify what their
// vocabularies know; the reviewer gets every sentence of the piece as a numbered claim (C1, C2, …; an FAQ's
// questions excepted) and must answer with a verdict for each, citing where the facts or the knowledge base say so:
//   supported     cites a field of the facts ("attributes.material") or a passage the prompt gave ("K12"); a claim
//                 called supported that cites nothing, or something the prompt did not give, is unsupported,
//   contradicted  a critical problem, with what it cites shown beside it,
//   unsupported   a major problem for a checkable kind (material, colour, origin, care, …), a minor note for any
//                 other statement and for a sentence the checks found supported by the facts (they cite them),
//   opinion       taste and style: allowed.
// A verdict for a claim that is not in the list (or a second verdict for one) is ignored and logged; a claim the
// reviewer skips, or answers with a verdict that is none of the four, keeps the deterministic checks' classification
// and is counted as unanswered. Only prose is listed: not an SEO slug, tags or hashtags, nor a fragment of fewer than
// three words the checks found nothing in.
namespace ClaimReview
{

// A 1,000-word blog post has about 90 sentences; checkable ones go first. About 45 tokens a verdict keeps the answer
// within 4,000 tokens.
constexpr int kMaxClaims = 55;

struct Item
{
    QString id;    // "C3"
    QString where; // "$.body"
    QString sentence;
    QString kind; // the checkable kind the deterministic checks found in it (Claims::kindKey), or empty
    bool checkedSupported = false; // the checks found claims in it and the facts support every one
};

enum class Verdict
{
    Supported,
    Contradicted,
    Unsupported,
    Opinion
};

struct Judged
{
    Item item;
    Verdict verdict = Verdict::Opinion;
    QString kind; // the item's, else the reviewer's, else empty
    QString citation;
    QString source;       // the citation in words (Sources::resolve)
    bool uncited = false; // called supported, but cites nothing the prompt gave: counted as unsupported
};

// What a citation may name: the facts' fields as the prompt gave them (each path and its leading parts) and the
// passages' ids.
struct Sources
{
    QHash<QString, QString> facts; // "attributes.material" → "merino wool", "attributes" → "", "price_text" → …
    QSet<QString> objects;         // those of them that hold fields ("attributes")
    QHash<QString, QString> passages; // "K12" → "Returns policy › Returns"
    // What the citation names, in words ("attributes.material: merino wool", "Returns policy › Returns (K12)"), or
    // empty when it names nothing the prompt gave.
    QString resolve(const QString& citation) const;
};

struct Result
{
    QList<Judged> judged;
    QStringList ignored; // ids of verdicts for claims that do not exist, or repeated
    int unanswered = 0;  // claims without a verdict
    QList<ContentChecks::Problem> problems;

    bool failed() const; // a major or critical problem
    QJsonObject toJson() const;
    static Result fromJson(const QJsonObject& o);
};

QList<Item> items(
    const QJsonObject& body, const Claims::Report& checked, const QString& pieceKind = {}, int max = kMaxClaims);
// The list for the prompt: "<claims>…</claims>" with what to answer; empty when there is nothing to verify.
QString promptBlock(const QList<Item>& items);
// The schema of the reviewer's "claims" answer.
QJsonObject answerSchema();
Sources sources(const QJsonObject& promptFacts, const QList<Knowledge::Passage>& passages);
Result apply(const QList<Item>& items, const QJsonArray& answer, const Sources& sources);

QString verdictKey(Verdict v);
std::optional<Verdict> verdictFromKey(const QString& key);
QString verdictName(Verdict v); // in the interface's language
bool checkable(const QString& kind);

} // namespace ClaimReview
