#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// How the Review Desk reads a product review, deterministically and in English or Dutch: its
// sentiment, the topics it is about with the tone of each, and whether it asks something.
//
// The text is cut into clauses (at sentence ends, commas, "but"/"maar"); each clause's tone is the sum
// of the positive and negative words in it, a negation ("not", "niet", "geen", "nothing like")
// turning the next word's tone around. A clause about a topic (fit, quality, material, colour,
// delivery, value, service, packaging) gives that topic its tone; a clause without tone words takes
// the rating's. The review's score is 0.6 × the rating's ((stars − 3) / 2) + 0.4 × the text's
// (the mean clause tone, clamped to −1..1): positive above 0.25, negative below −0.25. A review needs
// a reply when it is negative, rated 3 stars or less, or asks a question.
namespace ReviewReading
{

enum class Sentiment
{
    Negative,
    Neutral,
    Positive
};

struct Reading
{
    Sentiment sentiment = Sentiment::Neutral;
    double score = 0;
    QMap<QString, int> topics; // topic key → -1, 0 or +1
    bool question = false;
    bool needsReply = false;
};

Reading read(const QString& text, int rating);

QString sentimentKey(Sentiment s); // positive, neutral, negative
Sentiment sentimentFromKey(const QString& key);
QStringList topicKeys();
QString topicName(const QString& key); // translated ("ReviewTopics")

} // namespace ReviewReading
