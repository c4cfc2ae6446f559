#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The words the claim checks recognise, in English and Dutch (DESIGN.md section 2, the deterministic half of the
// gate). A term has a key (what it means, whatever the language) and the forms that write it. A form that starts
// with a capital is matched with its case (country names and English demonyms: "China" is a country, "china" a
// dinner service; "Turkey" a country, "turkey" a bird); a lower-case form matches in any case.
namespace ClaimVocabulary
{

struct Term
{
    QString key;
    QString family;        // colours: the hue a shade belongs to ("navy" is a blue); others: the key
    QStringList forms;     // longest first within a kind is not required: the matcher takes the longest match
    QStringList conflicts; // care: the keys this instruction contradicts
};

const QList<Term>& colours();
const QList<Term>& materials();
const QList<Term>& countries();
const QList<Term>& care();
// Certifications, labels and tested-by claims a shop must be able to show ("GOTS", "dermatologically tested").
const QList<Term>& certifications();

// Phrase kinds matched by expression: each match is one claim.
const QList<QRegularExpression>& healthPatterns();
const QList<QRegularExpression>& scarcityPatterns();
const QList<QRegularExpression>& discountPatterns();
const QList<QRegularExpression>& awardPatterns();
const QList<QRegularExpression>& guaranteePatterns();
// "pairs well with", "combineer met": a colour named in such a sentence is another thing's, not the product's.
const QRegularExpression& pairingPattern();
// Words of the shop's terms: delivery ("ships", "levering") and returns ("refund", "retourneren"). A country in such a
// sentence is where a parcel goes; a period or amount in it is one of the shop's terms (KnowledgeClaims).
const QRegularExpression& deliveryWords();
const QRegularExpression& returnsWords();
// "white trousers", "een wit bord": a colour or material followed by another thing it goes with is that thing's.
const QRegularExpression& otherThingAfter();
// "in navy", "the colour", "kleur": a colour word is about the product only in such a frame when the facts name
// no colour at all ("orange zest" in a marmalade is not a colour claim).
const QRegularExpression& colourFramePattern();
// "in a deep …", "uitgevoerd in …": the words before a colour that make it the product's.
const QRegularExpression& colourBeforePattern();
// Fixed phrases whose words are no claim ("French press", "fresh linen", "green tea", "hand cream"), lower case:
// blanked out of a sentence before its terms are looked for.
const QStringList& idioms();
// "not", "never", "niet" just before an instruction turns it round ("not dishwasher safe").
const QRegularExpression& negationBefore();
// The care instruction that says the opposite of one ("machine-wash" → "do-not-wash"); empty when there is none.
QString negatedCare(const QString& key);
// The countries a region holds ("Europe": Portugal, …); empty for a country.
QStringList regionMembers(const QString& key);
// "only 3 left", "nog maar 3": the number a scarcity claim states, in capture 1.
const QRegularExpression& stockCountPattern();
// "20% off", "20% korting": the percentage a discount claim states, in capture 1.
const QRegularExpression& percentOffPattern();

// Letter sizes in order, smallest first ("2XL" is written as "XXL").
const QStringList& letterSizes();
QString normalisedSize(const QString& size);

} // namespace ClaimVocabulary
