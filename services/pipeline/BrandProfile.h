#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

// The workspace's brand: how the copy should sound, words it must never use, phrases it must carry,
// its palette and fonts, and the margin it aims for. Used in prompts and in the deterministic checks.
struct BrandProfile
{
    QString voice;
    QStringList bannedWords;
    QStringList requiredPhrases;
    QStringList palette; // primary, background, accent
    QStringList fonts;
    double targetMargin = 0.55;
    QString language = QStringLiteral("English"); // the language the copy is written in
    // What a public reply to a review may offer ("free size exchange within 30 days"), one per entry;
    // empty: a reply offers nothing (no refund, discount, replacement or gift) and asks the customer to
    // get in touch instead.
    QStringList replyOffers;
    // Competitors by name: a piece that names one is held back (a comparison needs a source).
    QStringList competitors;
    // Certifications and labels the shop can show ("GOTS", "Fairtrade"): a piece may claim these.
    QStringList certifications;
    // The voice measured from the brand's own texts (VoiceProfile::Profile::toJson); empty: not measured, and pieces
    // are not scored against it.
    QJsonObject voiceMeasure;

    static BrandProfile load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
    // Splits "a, b; c\nd" into trimmed, non-empty entries.
    static QStringList splitList(const QString& text);
};
