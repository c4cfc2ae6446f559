#include "MeaningVectors.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MeaningVectors
{

namespace
{
const QHash<QString, QString>& concepts()
{
    static const QHash<QString, QString> map = [] {
        const QList<std::pair<QString, QStringList>> groups{
            {u"returns"_s,
                {u"return"_s, u"returns"_s, u"returned"_s, u"returning"_s, u"refund"_s, u"refunds"_s, u"refunded"_s,
                    u"moneyback"_s, u"sendback"_s, u"exchange"_s, u"exchanges"_s, u"withdrawal"_s, u"retour"_s,
                    u"retouren"_s, u"retourneren"_s, u"retourneer"_s, u"terugsturen"_s, u"terugbetaling"_s,
                    u"terugbetaald"_s, u"terugstorting"_s, u"terugstorten"_s, u"geldterug"_s, u"ruilen"_s,
                    u"omruilen"_s, u"herroepingsrecht"_s}},
            {u"shipping"_s,
                {u"shipping"_s, u"ship"_s, u"ships"_s, u"shipped"_s, u"delivery"_s, u"deliveries"_s, u"deliver"_s,
                    u"delivered"_s, u"dispatch"_s, u"dispatched"_s, u"courier"_s, u"parcel"_s, u"parcels"_s,
                    u"postnl"_s, u"dhl"_s, u"tracking"_s, u"verzending"_s, u"verzenden"_s, u"verzonden"_s,
                    u"levering"_s, u"leveren"_s, u"geleverd"_s, u"bezorging"_s, u"bezorgen"_s, u"bezorgd"_s,
                    u"pakket"_s, u"pakketje"_s, u"verstuurd"_s, u"versturen"_s, u"arrives"_s, u"arrive"_s}},
            {u"care"_s,
                {u"care"_s, u"wash"_s, u"washing"_s, u"washed"_s, u"launder"_s, u"laundry"_s, u"tumble"_s, u"iron"_s,
                    u"ironing"_s, u"bleach"_s, u"onderhoud"_s, u"wassen"_s, u"gewassen"_s, u"wasmachine"_s,
                    u"strijken"_s, u"bleken"_s, u"drogen"_s, u"wasvoorschrift"_s, u"handwash"_s}},
            {u"sizing"_s,
                {u"size"_s, u"sizes"_s, u"sizing"_s, u"fit"_s, u"fits"_s, u"measure"_s, u"measurements"_s, u"chest"_s,
                    u"waist"_s, u"hip"_s, u"hips"_s, u"inseam"_s, u"maat"_s, u"maten"_s, u"pasvorm"_s, u"meten"_s,
                    u"borst"_s, u"taille"_s, u"heup"_s}},
            {u"payment"_s,
                {u"pay"_s, u"payment"_s, u"payments"_s, u"paid"_s, u"ideal"_s, u"klarna"_s, u"invoice"_s, u"checkout"_s,
                    u"betalen"_s, u"betaling"_s, u"betaald"_s, u"factuur"_s, u"afrekenen"_s}},
            {u"period"_s,
                {u"day"_s, u"days"_s, u"week"_s, u"weeks"_s, u"dag"_s, u"dagen"_s, u"weken"_s, u"werkdag"_s,
                    u"werkdagen"_s, u"within"_s, u"binnen"_s}},
            {u"free"_s, {u"free"_s, u"gratis"_s, u"kosteloos"_s, u"costless"_s}},
            {u"wool"_s, {u"wool"_s, u"woollen"_s, u"merino"_s, u"wol"_s, u"wollen"_s}},
            {u"cotton"_s, {u"cotton"_s, u"katoen"_s, u"katoenen"_s}},
        };
        QHash<QString, QString> m;
        for (const auto& [meaning, words] : groups) {
            for (const QString& w : words)
                m.insert(w, meaning);
        }
        return m;
    }();
    return map;
}

const QSet<QString>& stopWords()
{
    static const QSet<QString> set{u"the"_s, u"a"_s, u"an"_s, u"and"_s, u"or"_s, u"of"_s, u"to"_s, u"in"_s, u"for"_s,
        u"is"_s, u"are"_s, u"it"_s, u"you"_s, u"your"_s, u"we"_s, u"our"_s, u"on"_s, u"at"_s, u"be"_s, u"with"_s,
        u"can"_s, u"de"_s, u"het"_s, u"een"_s, u"en"_s, u"of"_s, u"van"_s, u"je"_s, u"jij"_s, u"u"_s, u"we"_s, u"wij"_s,
        u"ons"_s, u"onze"_s, u"is"_s, u"zijn"_s, u"op"_s, u"te"_s, u"met"_s, u"voor"_s, u"kan"_s, u"kunt"_s, u"get"_s,
        u"it"_s};
    return set;
}

QString withoutAccents(const QString& word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

// The concept a word stands for, or the word itself (a plural or -ing form of a known word counts as that word).
QString featureOf(const QString& word)
{
    const auto& map = concepts();
    if (const auto it = map.constFind(word); it != map.cend())
        return it.value();
    for (const QString& suffix : {u"s"_s, u"es"_s, u"en"_s, u"ing"_s, u"ed"_s}) {
        if (word.size() > suffix.size() + 2 && word.endsWith(suffix)) {
            if (const auto it = map.constFind(word.chopped(suffix.size())); it != map.cend())
                return it.value();
        }
    }
    return word;
}

void add(QVector<float>* v, const QString& feature, float weight)
{
    const QByteArray h = QCryptographicHash::hash(feature.toUtf8(), QCryptographicHash::Md5);
    // Two dimensions per feature, with signs of their own: fewer collisions weigh less.
    for (int k = 0; k < 2; ++k) {
        const quint32 bits = (quint8(h[4 * k]) << 24) | (quint8(h[4 * k + 1]) << 16) | (quint8(h[4 * k + 2]) << 8)
            | quint8(h[4 * k + 3]);
        const int at = int(bits % kDims);
        (*v)[at] += (bits & 0x80000000u) ? -weight : weight;
    }
}
} // namespace

QVector<float> embed(const QString& text)
{
    static const QRegularExpression wordRe(u"[\\p{L}\\p{N}]+"_s);
    QStringList words;
    for (auto it = wordRe.globalMatch(withoutAccents(text.toLower())); it.hasNext();)
        words.append(it.next().captured());
    QVector<float> v(kDims, 0.0f);
    for (qsizetype i = 0; i < words.size(); ++i) {
        // "money back", "send it back", "geld terug": two words of one meaning.
        if (i + 1 < words.size() && concepts().contains(words.at(i) + words.at(i + 1))) {
            add(&v, featureOf(words.at(i) + words.at(i + 1)), 2.0f);
            ++i;
            continue;
        }
        if (i + 2 < words.size() && (words.at(i + 2) == u"back" || words.at(i + 2) == u"terug")
            && concepts().contains(words.at(i) + words.at(i + 2))) {
            add(&v, featureOf(words.at(i) + words.at(i + 2)), 2.0f);
            i += 2;
            continue;
        }
        if (stopWords().contains(words.at(i)) || words.at(i).size() < 2)
            continue;
        const QString feature = featureOf(words.at(i));
        add(&v, feature, feature == words.at(i) ? 1.0f : 2.0f);
    }
    double sum = 0;
    for (float f : std::as_const(v))
        sum += double(f) * f;
    if (sum > 0) {
        const float scale = float(1.0 / std::sqrt(sum));
        for (float& f : v)
            f *= scale;
    } else {
        v[0] = 1.0f; // a text of no words still has a direction
    }
    return v;
}

} // namespace MeaningVectors
