#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The content set of DESIGN.md section 2: what each piece is, the JSON schema the model must answer
// with, and the limits the deterministic checks enforce (lengths, counts, word counts, platform
// limits). One table of pieces drives generation, checks, display and the prompt editor.
namespace ContentSpec
{

struct Piece
{
    QString kind;   // "description", "seo", ...
    QString domain; // provider routing domain ("copy", "seo", "social", ...)
    bool apparelOnly = false;
    QJsonObject schema; // what the writer must return
    // Word range for the piece's main prose field (0 = none).
    int minWords = 0;
    int maxWords = 0;
    QString proseField; // which field the word range and required phrases apply to
};

const QList<Piece>& pieces();
const Piece* find(const QString& kind);
QStringList kinds();
// The pieces a product needs (the size guide only for apparel: by category or store taxonomy, or
// when the product comes in sizes).
QList<Piece> forProduct(const QString& category, const QJsonObject& attributes);
bool isApparel(const QString& category);
bool needsSizeGuide(const QString& category, const QJsonObject& attributes);
QString displayName(const QString& kind);
// The piece's name in the prompts (English; the models are prompted in English).
QString promptName(const QString& kind);

// The reviewer's rubric and the writer's agreement, as schemas.
QJsonObject reviewSchema();
QJsonObject agreementSchema();
QStringList scoreNames(); // quality, seo, brand_voice, factual_accuracy, compliance
QString scoreDisplayName(const QString& score);

// A readable text rendering of a piece (for the detail view, diffs and the reviewer's prompt).
QString render(const QString& kind, const QJsonObject& body);
// Every string in the piece, with its JSON path, for checks.
QList<std::pair<QString, QString>> strings(const QJsonObject& body);

// Platform limits for social captions.
struct PlatformLimit
{
    QString key;
    QString field;
    int maxChars;
    int maxHashtags; // -1 = no limit
};
const QList<PlatformLimit>& platformLimits();

} // namespace ContentSpec
