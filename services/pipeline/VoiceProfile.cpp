#include "VoiceProfile.h"

#include "Claims.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace VoiceProfile
{

namespace
{

// Words every text uses, in either language: never "characteristic".
const QSet<QString>& commonWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const QString& w :
            u"the and for with that this your you our are was were have has had will would from they them their "
            "what when which there here into over more most very just also only than then them these those been "
            "being about after before every each other such some many much like make made makes it's don't can't "
            "een het van voor met dat deze die jouw onze zijn was waren heeft hebben wordt worden naar over meer "
            "heel ook maar dan als want nog niet wel door uit bij elke iedere alle veel zoals maakt gemaakt jouw "
            "onze wij jij zich hun haar hem ons"_s.split(u' '))
            s.insert(w);
        return s;
    }();
    return words;
}

// What copy says when it says nothing: a brand that never writes these has chosen not to.
const QStringList& cliches(bool dutch)
{
    static const QStringList english{u"amazing"_s, u"revolutionary"_s, u"game-changer"_s, u"luxurious"_s, u"unique"_s,
        u"perfect"_s, u"best-in-class"_s, u"must-have"_s, u"stunning"_s, u"ultimate"_s, u"world-class"_s,
        u"incredible"_s};
    static const QStringList nederlands{u"geweldig"_s, u"uniek"_s, u"perfect"_s, u"luxueus"_s, u"revolutionair"_s,
        u"ultiem"_s, u"fantastisch"_s, u"onmisbaar"_s, u"prachtig"_s, u"ongelooflijk"_s};
    return dutch ? nederlands : english;
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression word(u"[\\p{L}][\\p{L}'’-]*"_s);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toLower().replace(u'’', u'\''));
    return out;
}

// Vowel groups: a syllable count good enough for reading ease (English drops a final silent e).
int syllables(const QString& word, bool dutch)
{
    static const QString vowels = u"aeiouyàáâäèéêëìíîïòóôöùúûü"_s;
    int count = 0;
    bool inVowel = false;
    for (const QChar c : word) {
        const bool vowel = vowels.contains(c);
        if (vowel && !inVowel)
            ++count;
        inVowel = vowel;
    }
    if (!dutch && word.size() > 3 && word.endsWith(u'e') && !word.endsWith(u"le"_s) && count > 1)
        --count;
    return std::max(1, count);
}

bool isEmoji(char32_t c)
{
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

int percentile(QList<int> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(
        std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * static_cast<double>(values.size()))));
}

} // namespace

QStringList splitExamples(const QString& pasted)
{
    static const QRegularExpression dashes(u"^\\s*-{3,}\\s*$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression blank(u"\\n\\s*\\n"_s);
    QStringList out;
    const QString text = QString(pasted).replace(u"\r\n"_s, u"\n"_s);
    for (const QString& part : text.split(dashes.match(text).hasMatch() ? dashes : blank, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QString whyNot(const QStringList& examples)
{
    const int count = static_cast<int>(examples.size());
    if (examples.size() < kMinExamples)
        return QCoreApplication::translate("VoiceProfile",
            "Paste at least %1 texts the brand has written (there are %n); one text is not a voice.", nullptr, count)
            .arg(kMinExamples);
    if (examples.size() > kMaxExamples)
        return QCoreApplication::translate("VoiceProfile",
            "Paste at most %1 texts (there are %n): choose the ones that sound most like the brand.", nullptr, count)
            .arg(kMaxExamples);
    int words = 0;
    for (const QString& e : examples)
        words += static_cast<int>(wordsOf(e).size());
    if (words < 150)
        return QCoreApplication::translate("VoiceProfile",
            "The texts hold %n words in all; a voice needs at least 150 to be measured.", nullptr, words);
    return {};
}

bool dutchLanguage(const QString& language)
{
    return language.startsWith(u"Nederlands"_s) || language.startsWith(u"Dutch"_s) || language == u"nl";
}

Profile derive(const QStringList& examples, const QString& language)
{
    Profile p;
    p.dutch = dutchLanguage(language);
    p.texts = static_cast<int>(examples.size());
    QList<int> lengths;
    int syllableCount = 0;
    QHash<QString, int> frequency;
    QHash<QString, int> textsWith;
    QHash<QString, int> openings;
    QSet<QString> used;
    for (const QString& text : examples) {
        const QStringList words = wordsOf(text);
        p.words += static_cast<int>(words.size());
        for (const QString& w : words) {
            syllableCount += syllables(w, p.dutch);
            used.insert(w);
            if (p.dutch) {
                p.youInformal += w == u"je" || w == u"jij" || w == u"jouw" || w == u"jou";
                p.youFormal += w == u"u" || w == u"uw";
                p.we += w == u"we" || w == u"wij" || w == u"ons" || w == u"onze";
                p.i += w == u"ik" || w == u"mijn";
            } else {
                p.youInformal += w == u"you" || w == u"your" || w == u"yours" || w == u"you're";
                p.we += w == u"we" || w == u"us" || w == u"our" || w == u"ours" || w == u"we're";
                p.i += w == u"i" || w == u"my" || w == u"i'm";
            }
        }
        QSet<QString> inText;
        for (const QString& w : words) {
            if (w.size() >= 4 && !commonWords().contains(w)) {
                ++frequency[w];
                inText.insert(w);
            }
        }
        for (const QString& w : std::as_const(inText))
            ++textsWith[w];
        if (words.size() >= 2)
            ++openings[words.at(0) + u' ' + words.at(1)];
        for (const QString& sentence : Claims::sentences(text)) {
            const qsizetype n = wordsOf(sentence).size();
            if (n == 0)
                continue;
            lengths.append(static_cast<int>(n));
            p.exclamations += sentence.endsWith(u'!');
            p.questions += sentence.endsWith(u'?');
        }
        for (const char32_t c : text.toUcs4())
            p.emoji += isEmoji(c);
    }
    p.sentences = static_cast<int>(lengths.size());
    if (p.sentences > 0 && p.words > 0) {
        p.meanSentenceWords = static_cast<double>(p.words) / p.sentences;
        p.shortSentenceWords = percentile(lengths, 0.1);
        p.longSentenceWords = percentile(lengths, 0.9);
        const double asw = static_cast<double>(syllableCount) / p.words;
        p.readingEase = p.dutch ? 206.835 - 0.93 * p.meanSentenceWords - 77.0 * asw
                                : 206.835 - 1.015 * p.meanSentenceWords - 84.6 * asw;
    }
    // Characteristic: words at least 40 % of the texts use, most used first.
    QList<std::pair<int, QString>> ranked;
    for (auto it = textsWith.cbegin(); it != textsWith.cend(); ++it) {
        if (it.value() * 5 >= p.texts * 2 && it.value() >= 2)
            ranked.append({-frequency.value(it.key()), it.key()});
    }
    std::sort(ranked.begin(), ranked.end());
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), 8); ++i)
        p.characteristic.append(ranked.at(i).second);
    for (const QString& c : cliches(p.dutch)) {
        if (!used.contains(c))
            p.avoided.append(c);
    }
    QList<std::pair<int, QString>> opens;
    for (auto it = openings.cbegin(); it != openings.cend(); ++it) {
        if (it.value() >= 2)
            opens.append({-it.value(), it.key()});
    }
    std::sort(opens.begin(), opens.end());
    for (qsizetype i = 0; i < std::min<qsizetype>(opens.size(), 3); ++i)
        p.openings.append(opens.at(i).second);
    return p;
}

QJsonObject Profile::toJson() const
{
    return QJsonObject{{u"texts"_s, texts}, {u"sentences"_s, sentences}, {u"words"_s, words},
        {u"mean_sentence_words"_s, meanSentenceWords}, {u"short_sentence_words"_s, shortSentenceWords},
        {u"long_sentence_words"_s, longSentenceWords}, {u"exclamations"_s, exclamations}, {u"questions"_s, questions},
        {u"emoji"_s, emoji}, {u"you_informal"_s, youInformal}, {u"you_formal"_s, youFormal}, {u"we"_s, we}, {u"i"_s, i},
        {u"reading_ease"_s, readingEase}, {u"characteristic"_s, QJsonArray::fromStringList(characteristic)},
        {u"avoided"_s, QJsonArray::fromStringList(avoided)}, {u"openings"_s, QJsonArray::fromStringList(openings)},
        {u"dutch"_s, dutch}};
}

Profile Profile::fromJson(const QJsonObject& o)
{
    const auto list = [&o](const QString& key) {
        QStringList out;
        for (const QJsonValue& v : o.value(key).toArray())
            out.append(v.toString());
        return out;
    };
    Profile p;
    p.texts = o.value(u"texts"_s).toInt();
    p.sentences = o.value(u"sentences"_s).toInt();
    p.words = o.value(u"words"_s).toInt();
    p.meanSentenceWords = o.value(u"mean_sentence_words"_s).toDouble();
    p.shortSentenceWords = o.value(u"short_sentence_words"_s).toInt();
    p.longSentenceWords = o.value(u"long_sentence_words"_s).toInt();
    p.exclamations = o.value(u"exclamations"_s).toInt();
    p.questions = o.value(u"questions"_s).toInt();
    p.emoji = o.value(u"emoji"_s).toInt();
    p.youInformal = o.value(u"you_informal"_s).toInt();
    p.youFormal = o.value(u"you_formal"_s).toInt();
    p.we = o.value(u"we"_s).toInt();
    p.i = o.value(u"i"_s).toInt();
    p.readingEase = o.value(u"reading_ease"_s).toDouble();
    p.characteristic = list(u"characteristic"_s);
    p.avoided = list(u"avoided"_s);
    p.openings = list(u"openings"_s);
    p.dutch = o.value(u"dutch"_s).toBool();
    return p;
}

QString describe(const Profile& p)
{
    const QLocale locale;
    QStringList lines;
    const QString mean = locale.toString(p.meanSentenceWords, 'f', 0);
    const QString length = p.meanSentenceWords <= 12 ? QCoreApplication::translate("VoiceProfile", "Short sentences")
        : p.meanSentenceWords <= 20 ? QCoreApplication::translate("VoiceProfile", "Medium-length sentences")
                                    : QCoreApplication::translate("VoiceProfile", "Long sentences");
    lines << QCoreApplication::translate("VoiceProfile", "%1: %2 words on average, most between %3 and %4.")
                 .arg(length, mean)
                 .arg(p.shortSentenceWords)
                 .arg(p.longSentenceWords);
    const int you = p.youInformal + p.youFormal;
    if (you == 0)
        lines << QCoreApplication::translate("VoiceProfile", "Does not address the reader directly.");
    else if (p.dutch && p.youFormal > p.youInformal)
        lines << QCoreApplication::translate("VoiceProfile", "Addresses the reader formally, as “u”.");
    else if (p.dutch)
        lines << QCoreApplication::translate("VoiceProfile", "Addresses the reader informally, as “je”.");
    else
        lines << QCoreApplication::translate("VoiceProfile", "Speaks to the reader as “you”.");
    if (p.we > 0 && p.we >= p.i)
        lines << QCoreApplication::translate("VoiceProfile", "Speaks as “we”: the shop, not one person.");
    else if (p.i > 0)
        lines << QCoreApplication::translate("VoiceProfile", "Speaks as “I”: one person, the maker.");
    else
        lines << QCoreApplication::translate("VoiceProfile", "Does not speak of itself: no “we” or “I”.");
    if (p.exclamations == 0)
        lines << QCoreApplication::translate("VoiceProfile", "No exclamation marks.");
    else
        lines << QCoreApplication::translate(
            "VoiceProfile", "Exclamation marks: %1 of %n sentences.", nullptr, p.sentences)
                     .arg(p.exclamations);
    if (p.questions > 0)
        lines << QCoreApplication::translate(
            "VoiceProfile", "Asks the reader a question now and then (%1 of %n sentences).", nullptr, p.sentences)
                     .arg(p.questions);
    lines << (p.emoji == 0
            ? QCoreApplication::translate("VoiceProfile", "No emoji.")
            : QCoreApplication::translate("VoiceProfile", "Emoji: %n in all the examples.", nullptr, p.emoji));
    const QString ease = locale.toString(p.readingEase, 'f', 0);
    lines << (p.readingEase >= 70
            ? QCoreApplication::translate("VoiceProfile", "Easy to read (reading ease %1).").arg(ease)
            : p.readingEase >= 50
            ? QCoreApplication::translate("VoiceProfile", "Fairly easy to read (reading ease %1).").arg(ease)
            : QCoreApplication::translate("VoiceProfile", "Demanding to read (reading ease %1).").arg(ease));
    if (!p.characteristic.isEmpty())
        lines << QCoreApplication::translate("VoiceProfile", "Words it keeps using: %1.")
                     .arg(p.characteristic.join(u", "_s));
    if (!p.avoided.isEmpty())
        lines << QCoreApplication::translate("VoiceProfile", "Never says: %1.").arg(p.avoided.join(u", "_s));
    if (!p.openings.isEmpty()) {
        QStringList quoted;
        for (const QString& o : p.openings)
            quoted.append(u"“"_s + o + u"…”"_s);
        lines << QCoreApplication::translate("VoiceProfile", "Often opens with %1.").arg(quoted.join(u", "_s));
    }
    return lines.join(u'\n');
}

} // namespace VoiceProfile
