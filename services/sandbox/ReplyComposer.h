#pragma once

#include "ContentGenerator.h"

#include <QJsonObject>
#include <QRandomGenerator>

// The sandbox's answers to the Review Desk: a shop's reply to a customer review (the writer) and the
// check of such a reply (the reviewer), as a model would give them. The writer reads the stars and
// the text between <review> tags, thanks or apologises accordingly, answers the topics it recognises
// (fit, delivery, colour, fabric, quality) and invites the customer to get in touch; in Dutch when the
// prompt asks for it. With wrongFacts it promises a refund and a discount that no list allows. The
// reviewer refuses a reply between <reply> tags that offers a refund, discount, replacement or gift
// the prompt's offer list does not name, or states a number the prompt does not contain; with
// reviewReject it refuses any reply.
namespace ReplyComposer
{
QJsonObject write(const ContentGenerator::Facts& facts, bool dutch, QRandomGenerator& rng,
    const ContentGenerator::Options& options, const QString& prompt);
QJsonObject check(const QString& prompt, const ContentGenerator::Options& options);
} // namespace ReplyComposer
