#pragma once

#include "jobs/JobKind.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class JobRegistry;

// A reply to a customer's product review, drafted by the writer model and passed through a gate
// before a person sees it (a "review.reply" job of the Review Desk, so pausing the desk holds it):
//   write → schema → deterministic checks → a second model's check → proposal;
// a draft that fails a step is written again with the problems as feedback, at most MaxAttempts
// times, and then the review is left to a person (its state says why). The deterministic checks:
//   - length: MinWords to MaxWords words;
//   - offers: a refund, discount, replacement, free item or gift only when the brand's "replies may
//     offer" list names that kind of offer;
//   - numbers: every number in the reply appears in the product's facts, the review or that list.
// The reviewer model (never the writer's, unless the gate settings allow self-review) checks the reply against the
// facts, the review and the offers. The proposal ("review_reply", always decided by a person) carries the review, the
// reply and who wrote and checked it; its confidence is 1 for a reply that passed on the first attempt, 2/3 on the
// second, 1/3 on the third.
namespace ReviewReply
{
inline constexpr JobKind Draft{QLatin1StringView("review.reply")};
inline constexpr int MaxAttempts = 3;
inline constexpr int MinWords = 15;
inline constexpr int MaxWords = 120;

struct Problem
{
    QString code; // length, offer, number
    QString issue;
};

// The deterministic checks of one reply. factText: the product's facts as text; offers: what a
// reply may offer.
QList<Problem> check(
    const QString& reply, const QString& factText, const QString& reviewText, const QStringList& offers);

QJsonObject writerSchema();   // {"reply": string}
QJsonObject reviewerSchema(); // {"approved": bool, "findings": [string], "summary": string}

// Queues the draft of a reply to one review (in the caller's transaction); false when one is queued.
bool enqueue(const QSqlDatabase& db, qint64 reviewId, qint64 now);

void registerHandler(JobRegistry& registry);
} // namespace ReviewReply
