#include "ReviewReading.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ReviewReading
{

namespace
{
struct Topic
{
    const char* key;
    const char* name;
    QStringList stems; // a word starting with one of these (or, ending in $, that word) is about the topic
};

const QList<Topic>& topics()
{
    static const QList<Topic> t{
        {"fit", QT_TRANSLATE_NOOP("ReviewTopics", "fit and size"),
            {u"fit"_s, u"size"_s, u"sizing"_s, u"small"_s, u"large"_s, u"big"_s, u"tight"_s, u"loose"_s, u"long"_s,
                u"short"_s, u"sleeve"_s, u"maat"_s, u"past"_s, u"pasvorm"_s, u"klein"_s, u"groot"_s, u"krap"_s,
                u"ruim"_s, u"mouw"_s, u"lang$"_s, u"lange$"_s, u"kort$"_s, u"korte$"_s}},
        {"quality", QT_TRANSLATE_NOOP("ReviewTopics", "quality"),
            {u"quality"_s, u"made"_s, u"seam"_s, u"stitch"_s, u"apart"_s, u"finish"_s, u"durable"_s, u"wash"_s,
                u"kwaliteit"_s, u"gemaakt"_s, u"afgewerkt"_s, u"naad"_s, u"naden"_s, u"afwerking"_s, u"uit elkaar"_s,
                u"wasbeurt"_s, u"gewassen"_s, u"wassen"_s}},
        {"material", QT_TRANSLATE_NOOP("ReviewTopics", "material"),
            {u"fabric"_s, u"material"_s, u"soft"_s, u"thin"_s, u"thick"_s, u"warm"_s, u"cotton"_s, u"wool"_s,
                u"leather"_s, u"stof"_s, u"materiaal"_s, u"zacht"_s, u"dun"_s, u"dik"_s, u"katoen"_s, u"wol"_s,
                u"leer"_s}},
        {"colour", QT_TRANSLATE_NOOP("ReviewTopics", "colour and look"),
            {u"colour"_s, u"color"_s, u"photo"_s, u"picture"_s, u"look"_s, u"beautiful"_s, u"kleur"_s, u"foto"_s,
                u"ziet"_s, u"mooi"_s, u"prachtig"_s}},
        {"delivery", QT_TRANSLATE_NOOP("ReviewTopics", "delivery"),
            {u"deliver"_s, u"arriv"_s, u"shipping"_s, u"shipped"_s, u"parcel"_s, u"late"_s, u"lever"_s, u"bezorg"_s,
                u"kwam"_s, u"verzend"_s, u"pakket"_s, u"aangekomen"_s, u"in huis"_s}},
        {"value", QT_TRANSLATE_NOOP("ReviewTopics", "price and value"),
            {u"price"_s, u"worth"_s, u"value"_s, u"expensive"_s, u"cheap"_s, u"prijs"_s, u"waard"_s, u"duur$"_s,
                u"dure$"_s, u"goedkoop"_s}},
        {"service", QT_TRANSLATE_NOOP("ReviewTopics", "service"),
            {u"service"_s, u"support"_s, u"refund"_s, u"return"_s, u"exchange"_s, u"klantenservice"_s, u"retour"_s,
                u"ruil"_s, u"terugbetal"_s}},
        {"packaging", QT_TRANSLATE_NOOP("ReviewTopics", "packaging"),
            {u"packag"_s, u"box"_s, u"wrap"_s, u"verpak"_s, u"doos"_s}},
    };
    return t;
}

const QHash<QString, int>& tones()
{
    static const QHash<QString, int> t = [] {
        QHash<QString, int> h;
        for (const QString& w : {u"good"_s, u"great"_s, u"lovely"_s, u"love"_s, u"perfect"_s, u"excellent"_s,
                 u"outstanding"_s, u"beautiful"_s, u"nice"_s, u"soft"_s, u"warm"_s, u"favourite"_s, u"favorite"_s,
                 u"well"_s, u"exactly"_s, u"true"_s, u"happy"_s, u"recommend"_s, u"comfortable"_s, u"fast"_s,
                 u"quick"_s, u"new"_s, u"decent"_s, u"worth"_s, u"fine"_s, u"goed"_s, u"geweldig"_s, u"prachtig"_s,
                 u"perfect"_s, u"uitstekend"_s, u"uitstekende"_s, u"goede"_s, u"prachtige"_s, u"heerlijk"_s,
                 u"heerlijke"_s, u"favoriete"_s, u"degelijke"_s, u"mooi"_s, u"mooie"_s, u"fijn"_s, u"fijne"_s,
                 u"zacht"_s, u"zachte"_s, u"warm"_s, u"favoriet"_s, u"precies"_s, u"waard"_s, u"blij"_s, u"aanrader"_s,
                 u"snel"_s, u"prima"_s, u"nieuw"_s, u"degelijk"_s, u"lekker"_s})
            h.insert(w, 1);
        for (const QString& w : {u"bad"_s, u"poor"_s, u"disappointed"_s, u"disappointing"_s, u"crooked"_s, u"thin"_s,
                 u"thinner"_s, u"apart"_s, u"broke"_s, u"broken"_s, u"cheap"_s, u"late"_s, u"while"_s, u"small"_s,
                 u"smaller"_s, u"tight"_s, u"long"_s, u"worst"_s, u"awful"_s, u"terrible"_s, u"damaged"_s, u"faded"_s,
                 u"itchy"_s, u"slecht"_s, u"slechte"_s, u"teleurgesteld"_s, u"teleurstellend"_s, u"scheef"_s, u"dun"_s,
                 u"dunne"_s, u"dunner"_s, u"kapot"_s, u"laat"_s, u"klein"_s, u"kleiner"_s, u"krap"_s, u"lang"_s,
                 u"beschadigd"_s, u"verschoten"_s, u"kriebelt"_s, u"jammer"_s, u"duurde"_s})
            h.insert(w, -1);
        return h;
    }();
    return t;
}

const QSet<QString>& negations()
{
    static const QSet<QString> n{u"not"_s, u"never"_s, u"no"_s, u"nothing"_s, u"isn't"_s, u"wasn't"_s, u"doesn't"_s,
        u"didn't"_s, u"niet"_s, u"geen"_s, u"nooit"_s, u"niets"_s, u"nergens"_s};
    return n;
}

// A negation turns the tone of a word up to four words after it ("not worth the price", "niet de
// moeite waard"); "nothing like" (the photos) is a complaint on its own.
int clauseTone(const QStringList& words)
{
    int tone = 0;
    int negatedUntil = -1;
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (negations().contains(w)) {
            if ((w == u"nothing" || w == u"niets") && i + 1 < words.size()
                && (words.at(i + 1) == u"like" || words.at(i + 1) == u"zoals")) {
                --tone;
                ++i;
                continue;
            }
            negatedUntil = i + 4;
            continue;
        }
        const int t = tones().value(w);
        if (t != 0) {
            tone += i <= negatedUntil ? -t : t;
            negatedUntil = -1;
        }
    }
    return tone;
}

bool mentions(const QString& clause, const QStringList& words, const Topic& topic)
{
    for (const QString& stem : topic.stems) {
        if (stem.contains(u' ')) {
            if (clause.contains(stem))
                return true;
            continue;
        }
        // "duur$": the word itself, not a word starting with it ("duurde" is not about the price).
        const bool exact = stem.endsWith(u'$');
        for (const QString& w : words)
            if (exact ? w == QStringView(stem).chopped(1) : w.startsWith(stem))
                return true;
    }
    return false;
}

int sign(double v)
{
    return v > 0 ? 1 : (v < 0 ? -1 : 0);
}
} // namespace

Reading read(const QString& text, int rating)
{
    Reading r;
    // A typographic apostrophe (isn’t) reads as a plain one.
    const QString lower = text.toLower().replace(QChar(0x2019), u'\'');
    r.question = lower.contains(u'?');
    static const QRegularExpression clauseBreak(
        u"[.!?;,\\n]+|\\b(but|though|although|however|maar|hoewel|alleen)\\b"_s);
    static const QRegularExpression wordRe(u"[\\p{L}']+"_s);
    const int ratingTone = rating >= 4 ? 1 : (rating <= 2 ? -1 : 0);
    double textTone = 0;
    int toned = 0;
    for (const QString& clause : lower.split(clauseBreak, Qt::SkipEmptyParts)) {
        QStringList words;
        for (auto it = wordRe.globalMatch(clause); it.hasNext();)
            words.append(it.next().captured());
        if (words.isEmpty())
            continue;
        const int tone = clauseTone(words);
        if (tone != 0) {
            textTone += std::clamp(tone, -1, 1);
            ++toned;
        }
        const int topicTone = tone != 0 ? sign(tone) : ratingTone;
        for (const Topic& t : topics()) {
            if (!mentions(clause, words, t))
                continue;
            const QString key = QString::fromLatin1(t.key);
            // A topic named twice keeps the stronger tone; a complaint outweighs praise.
            const auto existing = r.topics.constFind(key);
            if (existing == r.topics.cend() || topicTone < existing.value())
                r.topics.insert(key, topicTone);
        }
    }
    const double ratingScore = (std::clamp(rating, 1, 5) - 3) / 2.0;
    const double textScore = toned > 0 ? std::clamp(textTone / toned, -1.0, 1.0) : ratingScore;
    r.score = 0.6 * ratingScore + 0.4 * textScore;
    r.sentiment = r.score > 0.25 ? Sentiment::Positive : (r.score < -0.25 ? Sentiment::Negative : Sentiment::Neutral);
    r.needsReply = r.sentiment == Sentiment::Negative || rating <= 3 || r.question;
    return r;
}

QString sentimentKey(Sentiment s)
{
    switch (s) {
    case Sentiment::Negative:
        return u"negative"_s;
    case Sentiment::Positive:
        return u"positive"_s;
    case Sentiment::Neutral:
        break;
    }
    return u"neutral"_s;
}

Sentiment sentimentFromKey(const QString& key)
{
    return key == u"negative" ? Sentiment::Negative : (key == u"positive" ? Sentiment::Positive : Sentiment::Neutral);
}

QStringList topicKeys()
{
    QStringList out;
    for (const Topic& t : topics())
        out.append(QString::fromLatin1(t.key));
    return out;
}

QString topicName(const QString& key)
{
    for (const Topic& t : topics())
        if (key == QLatin1StringView(t.key))
            return QCoreApplication::translate("ReviewTopics", t.name);
    return key;
}

} // namespace ReviewReading
