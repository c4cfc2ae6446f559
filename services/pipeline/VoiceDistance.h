#pragma once

#include "VoiceProfile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// How far a piece is from the brand's measured voice (issue 20): the piece is measured as the examples were
// (VoiceProfile::derive) and compared, measure by measure — sentence length against the brand's usual range, how it
// addresses the reader (Dutch "je" or "u"), who speaks ("we" or "I"), exclamation marks, emoji, reading ease, and
// the clichés the brand never uses. Each difference weighs in a distance from 0 (the brand's own) to 1; at kFar or
// more the piece fails the checks with the differences in words, which the writer gets as feedback for its next
// attempt. The reviewer's brand-voice score is the other half: it reads what numbers cannot.
namespace VoiceDistance
{

constexpr double kFar = 0.35;
constexpr int kMinWords = 60; // shorter texts have no stable measure: not scored

struct Result
{
    bool measured = false; // false: too short, or no measured voice
    double distance = 0;
    int words = 0;
    QStringList differences; // in the interface's language, the largest first

    bool far() const { return measured && distance >= kFar; }
    QJsonObject toJson() const;
    static Result fromJson(const QJsonObject& o);
};

// The kinds of piece a voice shows in: long running text (a description, a blog post, an e-mail, an FAQ's answers).
bool appliesTo(const QString& pieceKind);
// A piece's running text: its bodies and answers (not a headline, bullets or questions, which are no sentences of
// the voice), one paragraph each.
QString runningText(const QJsonObject& body);
// Not measured when the brand's language is not the one the voice was measured in (the owner changed it since):
// the words counted would not compare.
Result measure(const VoiceProfile::Profile& brand, const QString& text, const QString& language);

} // namespace VoiceDistance
