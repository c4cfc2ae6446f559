#pragma once

#include <QString>
#include <QVector>

// The sandbox's embedding model (POST /v1/embeddings, Ollama's /api/embed): a deterministic vector per text that
// a real model's resembles where the tests need it — words of one meaning in English and Dutch ("refund",
// "money back", "retourneren", "geld terug") fall on the same concept, so a passage that shares no word with a
// search can still be near it in meaning; any other word counts as itself. Feature hashing into kDims
// dimensions, scaled to length 1.
namespace MeaningVectors
{
constexpr int kDims = 256;
QVector<float> embed(const QString& text);
} // namespace MeaningVectors
