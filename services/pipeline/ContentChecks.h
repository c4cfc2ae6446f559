#pragma once

#include "knowledge/KnowledgeBase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

struct BrandProfile;
struct ProductFacts;

// The deterministic half of the agreement gate (DESIGN.md section 2, step 2): whatever the models
// think, a piece fails when it breaks its schema, a length or count, a platform limit, the brand's
// banned words or required phrases, or states a price, number, size or material the facts do not
// support. Every problem says where it is and what is wrong, so the writer can fix it.
namespace ContentChecks
{

struct Problem
{
    QString code;     // schema, length, words, hashtags, banned, required, price, number, size, material
    QString severity; // critical (a wrong fact), major
    QString where;    // JSON path in the piece ("$.body")
    QString message;

    QJsonObject toJson() const;
    static Problem fromJson(const QJsonObject& o);
};

// Every check; the claims (Claims.h) stand in for the material check. With claims, the claim report as JSON. The
// knowledge base's passages the writer was given support what the piece states from them (KnowledgeClaims.h): its
// shipping and returns terms, and the amounts and periods they give.
QList<Problem> run(const QString& kind, const QJsonObject& body, const ProductFacts& facts, const BrandProfile& brand,
    QJsonObject* claims = nullptr, const QList<Knowledge::Passage>& knowledge = {});

// The single checks, for tests and for the detail view.
QList<Problem> checkSchema(const QString& kind, const QJsonObject& body);
QList<Problem> checkLengths(const QString& kind, const QJsonObject& body);
QList<Problem> checkPlatforms(const QString& kind, const QJsonObject& body);
QList<Problem> checkBannedWords(const QJsonObject& body, const QStringList& banned);
QList<Problem> checkRequiredPhrases(const QString& kind, const QJsonObject& body, const QStringList& required);
// knowledgeText: the passages the writer was given; the amounts and periods they give may be repeated.
QList<Problem> checkPrices(const QJsonObject& body, const ProductFacts& facts, const QString& knowledgeText = {});
// The amounts the facts support, which the price check accepts: the price, the variants' prices, amounts the
// description states. With exceptSku, as if that variant (or the product, by its SKU) had no price: what else
// would still support an amount when its price changes.
QSet<qint64> supportedPrices(const ProductFacts& facts, const QString& exceptSku = {});
QList<Problem> checkNumbers(const QJsonObject& body, const ProductFacts& facts, const QString& knowledgeText = {});
QList<Problem> checkSizes(const QString& kind, const QJsonObject& body, const ProductFacts& facts);
QList<Problem> checkMaterials(const QJsonObject& body, const ProductFacts& facts);
// A piece in another language than the brand's ("English", "Nederlands (Dutch)", "Deutsch (German)", "Français
// (French)"): told by the common words of each, only for a piece long enough to tell (25 words).
QList<Problem> checkLanguage(const QJsonObject& body, const QString& brandLanguage);
// The language of a text by its common words: "en", "nl", "de", "fr", or empty when it cannot be told.
QString languageOf(const QString& text);

int wordCount(const QString& text);
// Amounts of money written in text, as (currency code or empty, minor units, the text as written).
struct Amount
{
    QString currency;
    qint64 cents = 0;
    QString text;
};
QList<Amount> amountsIn(const QString& text);
// "number unit" pairs ("30 °c", "2 year"), normalised.
QStringList quantitiesIn(const QString& text);
// Materials from Quorum's vocabulary named in text.
QStringList materialsIn(const QString& text);

QJsonArray toJson(const QList<Problem>& problems);
QList<Problem> fromJson(const QJsonArray& array);

} // namespace ContentChecks
