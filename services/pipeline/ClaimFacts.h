#pragma once

#include "ClaimVocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct BrandProfile;
struct ProductFacts;

// What a product's facts state, gathered once per piece for the claim checks (Claims.h): each source keeps its label,
// so a claim can cite where the facts say so. Internal to the claim checks.
namespace ClaimFacts
{

using ClaimVocabulary::Term;

struct Hit
{
    const Term* term = nullptr;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Whether the words at start..start+length stand on their own (no letter or digit either side).
bool boundedAt(const QString& text, qsizetype start, qsizetype length);
// Every term of a list named in a text, longest first where they overlap ("do not tumble dry" is not also
// "tumble dry"; "navy blue" is not also "blue"), in the order they appear.
QList<Hit> findTerms(const QString& text, const QString& lower, const QList<Term>& terms);

struct Source
{
    QString label; // "description", "material", "variants (Size)", "brand profile"
    QString text;
    QString lower;
};

struct Index
{
    QList<Source> sources;
    QStringList colourKeys;     // keys and families the facts name
    bool coloursStated = false; // a colour attribute or option says which colours the product comes in
    bool colourNamed = false; // … in words the vocabulary knows (otherwise another colour is unsupported, not wrong)
    QString colourCitation;   // that attribute or option with its values
    QStringList sizes;        // normalised
    QString sizeSource;
    bool materialStated = false;
    QString materialCitation;
    QStringList originKeys; // countries the facts give as the product's origin
    QString originCitation;
    QStringList competitors;
    QStringList certifications; // the brand's, as the owner wrote them
    std::optional<int> stock;
    QList<int> salePercents; // what each variant on sale is off, rounded
    QString saleCitation;

    // The first source naming one of the term's keys, as "label: the sentence that names it".
    QString citeTerm(const Term& t, const QList<Term>& all) const;
    QString citePhrase(const QString& phraseLower) const;
    // The first source holding these words as written ("XL" in "XL Dog Bed").
    QString citeWords(const QString& words) const;
    QStringList keysIn(const QList<Term>& terms) const;

private:
    mutable QHash<quintptr, QHash<QString, QString>> m_citations; // per vocabulary list: key → citation
};

Index index(const ProductFacts& facts, const BrandProfile& brand);

} // namespace ClaimFacts
