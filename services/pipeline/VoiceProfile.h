#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A brand's voice learned from texts it has written (DESIGN.md section 2, the brand profile): 5 to 20 examples are
// measured — sentence length, how the reader is addressed and who speaks, exclamation marks, questions and emoji,
// reading ease, the words the brand keeps using and the clichés it never does, how its texts open — and the
// measurements are said in words for the owner to read, edit and keep as the brand voice the writers are given.
// English and Dutch.
namespace VoiceProfile
{

constexpr int kMinExamples = 5;
constexpr int kMaxExamples = 20;

struct Profile
{
    int texts = 0;
    int sentences = 0;
    int words = 0;
    double meanSentenceWords = 0;
    int shortSentenceWords = 0; // the 10th percentile of sentence length
    int longSentenceWords = 0;  // the 90th
    int exclamations = 0;       // sentences ending in "!"
    int questions = 0;          // sentences ending in "?"
    int emoji = 0;
    int youInformal = 0;        // you / je, jij, jouw
    int youFormal = 0;          // u, uw (Dutch)
    int we = 0;                 // we, us, our / we, wij, ons, onze
    int i = 0;                  // I, my / ik, mijn
    double readingEase = 0;     // Flesch (English) or Flesch-Douma (Dutch): higher is easier
    QStringList characteristic; // words most examples use
    QStringList avoided;        // marketing clichés no example uses
    QStringList openings;       // how the texts open, when several open alike
    bool dutch = false;

    // The measurements as the brand profile keeps them (BrandProfile::voiceMeasure), so each piece can be scored
    // against them (VoiceDistance).
    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject& o);
};

// The texts in a pasted block: separated by a line of three dashes, or else by blank lines.
QStringList splitExamples(const QString& pasted);
// Why these examples cannot be learned from (too few, too many, too short), or empty.
QString whyNot(const QStringList& examples);
// Whether the brand's language ("Nederlands (Dutch)", "Dutch", "nl") is Dutch: the words counted differ.
bool dutchLanguage(const QString& language);
// Measures the examples; language is the brand's ("English", "Nederlands (Dutch)", ...).
Profile derive(const QStringList& examples, const QString& language);
// The profile in words, one observation per line, in the interface's language (the owner edits it into the voice).
QString describe(const Profile& profile);

} // namespace VoiceProfile
