#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// What the sandbox's writer and reviewer read in a prompt besides the facts, the way a model would:
// the language the copy is written in, a person's instruction for this version, the word range, the
// piece under review and the pass marks. Reads the prompts of resources/prompts/ as PieceGate renders
// them; anything it does not find is left at its default, so an edited template never breaks it.
namespace PromptReader
{

enum class Language
{
    English,
    Dutch,
};

// A person's instruction ("Instruction from … for this version: …"), taken apart.
struct Instruction
{
    QString text;         // as the person wrote it
    int length = 0;       // -1 shorter, +1 longer
    QStringList mentions; // what must appear, as written ("the 2-year warranty", "that it comes in a box")
    QStringList avoid;    // words that must not appear ("price")
    QString tone;         // "playful", "formal", "warm", "plain" or empty
    QString focus;        // "sustainability", "comfort", "durability", "gift", "material", "price", "care",
                          // "design", "fit" or empty
    bool isEmpty() const { return text.isEmpty(); }
    // Whether the instruction asks to leave out this topic ("price", "material", "sizes", "audience").
    bool avoids(const QString& topic) const;
};

// "Write in Dutch." (writer) / "The copy must be in Nederlands" (reviewer).
Language language(const QString& prompt);
Instruction instruction(const QString& prompt);
// Parses one instruction text (exposed for tests).
Instruction parseInstruction(const QString& text);
// "a body of 500 to 1000 words" → {500, 1000}.
std::optional<std::pair<int, int>> wordRange(const QString& prompt);
// The text between <tag> and </tag>, trimmed; empty when absent.
QString between(const QString& prompt, const QString& tag);
// "Pass marks: quality ≥ 90, seo ≥ 85, …".
QHash<QString, int> passMarks(const QString& prompt);
// The piece under review as the prompt names it ("Review the FAQ for …" → "faq"), lower case.
QString reviewedPiece(const QString& prompt);

} // namespace PromptReader
