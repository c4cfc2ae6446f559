#pragma once

#include "Claims.h"
#include "knowledge/KnowledgeBase.h"

#include <QJsonObject>
#include <QSqlDatabase>

struct ProductFacts;

// What the knowledge base adds to a piece (DESIGN.md section 2): the passages its writer is given, and the claims
// they support. The shop's shipping and returns terms a piece states ("returns within 30 days", "free delivery over
// €50") are claims of their own (Claims::Kind::Policy), supported by a passage that gives the same figure,
// contradicted by one that gives another, unsupported when none speaks of it. A care instruction, guarantee,
// certification or award the product's facts are silent on is supported by a passage that states it. The product's
// facts win: a claim they contradict stays contradicted, and a passage that says otherwise is named beside it.
namespace KnowledgeClaims
{

// Whether a kind of piece is given passages (the FAQ, care instructions, the long description, the size guide, the
// blog post, the email).
bool wantsKnowledge(const QString& kind);
// The searches for a piece's passages: its kind's topics (an FAQ's three: delivery, returns, care) and what the
// product is.
QStringList queriesFor(const QString& kind, const ProductFacts& facts);
// The best passages for a piece (none for a kind that wants none, or an empty knowledge base).
QList<Knowledge::Passage> passagesFor(
    const QSqlDatabase& db, const QString& kind, const ProductFacts& facts, int limit = 4);
// The passages for the writer's prompt, each with its id; empty when there are none.
QString promptBlock(const QList<Knowledge::Passage>& passages);
// Their text, for the checks of prices and quantities (an amount or period a passage gives may be repeated).
QString text(const QList<Knowledge::Passage>& passages);

// Whether the sentence of text that holds what (an amount, a period) speaks of shipping or returns.
bool termsSentenceWith(const QString& text, const QString& what);

// Adds the policy claims of body and the passages' support to report.
void apply(Claims::Report* report, const QJsonObject& body, const QList<Knowledge::Passage>& passages);
// The passages the supported claims of a report cite.
QList<Knowledge::Citation> citations(const Claims::Report& report);

} // namespace KnowledgeClaims
