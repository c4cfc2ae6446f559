#include "PromptReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PromptReader
{

namespace
{

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

bool matches(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern, kCase | QRegularExpression::UseUnicodePropertiesOption).match(text).hasMatch();
}

QString clean(QString object)
{
    static const QRegularExpression tail(
        u"\\s*(?:,?\\s*(?:please|as well|too|also|ook|alsjeblieft|graag|aub))+\\s*$"_s, kCase);
    static const QRegularExpression lead(u"^\\s*(?:also|ook|even)\\s+"_s, kCase);
    object = object.trimmed();
    object.remove(tail).remove(lead);
    while (!object.isEmpty() && QStringLiteral(".,;:!?\"'“”").contains(object.back()))
        object.chop(1);
    while (!object.isEmpty() && QStringLiteral("\"'“”").contains(object.front()))
        object.remove(0, 1);
    return object.trimmed();
}

// Topics a person names in a few words ("the price", "sustainability", "de maten").
QString topicOf(const QString& object)
{
    const QString o = object.toLower();
    static const QList<std::pair<QString, QString>> kTopics{
        {u"sustainab|eco|environment|planet|green|recycl|duurzaam|milieu|natuur"_s, u"sustainability"_s},
        {u"comfort|soft|cosy|cozy|comfortab|zacht|comfortabel"_s, u"comfort"_s},
        {u"durab|quality|last|sturd|robust|kwaliteit|duurzaamheid|stevig|gaat lang"_s, u"durability"_s},
        {u"gift|present|cadeau|geschenk"_s, u"gift"_s},
        {u"material|fabric|textile|materiaal|stof"_s, u"material"_s},
        {u"price|cost|value for money|prijs|kost|prijzen"_s, u"price"_s},
        {u"care|clean|wash|onderhoud|schoonma|wassen"_s, u"care"_s},
        {u"design|look|style|colou?r|kleur|vormgeving|stijl"_s, u"design"_s},
        {u"\\bfit|\\bsizes?\\b|sizing|pasvorm|\\bmaat|\\bmaten"_s, u"fit"_s},
        {u"audience|target group|who it is for|doelgroep"_s, u"audience"_s},
    };
    for (const auto& [pattern, topic] : kTopics) {
        if (matches(o, pattern))
            return topic;
    }
    return {};
}

// The clause's verb, if it starts a new request ("…, and mention …").
const QString kStarters = u"(?:mention|include|add|say|state|make|keep|use|write|focus|emphasi[sz]e|highlight|stress|"
                          u"don'?t|do not|never|leave|remove|drop|skip|avoid|omit|without|noem|vermeld|maak|houd|"
                          u"gebruik|schrijf|zonder|laat|geen|niet|benadruk|less|shorter|longer|korter|langer)\\b"_s;

QStringList clauses(const QString& text)
{
    static const QRegularExpression sentences(u"[.;!?\\n]+"_s);
    static const QRegularExpression joints(
        u"\\s*(?:,\\s*(?:and|en|but|maar)?|\\s(?:and|en|but|maar))\\s+(?="_s + kStarters + u')', kCase);
    QStringList out;
    for (const QString& s : text.split(sentences, Qt::SkipEmptyParts)) {
        for (const QString& part : s.split(joints, Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
    }
    return out;
}

std::optional<QString> capture(const QString& clause, const QStringList& patterns)
{
    for (const QString& p : patterns) {
        const auto m = QRegularExpression(p, kCase | QRegularExpression::UseUnicodePropertiesOption).match(clause);
        if (m.hasMatch()) {
            const QString object = clean(m.captured(1));
            if (!object.isEmpty())
                return object;
        }
    }
    return std::nullopt;
}

} // namespace

bool Instruction::avoids(const QString& topic) const
{
    for (const QString& a : avoid) {
        if (a == topic || topicOf(a) == topic)
            return true;
    }
    return false;
}

Language language(const QString& prompt)
{
    static const QRegularExpression re(
        u"\\b(?:write in|written in|must be in|is written in|copy is in|language:)\\s+(\\p{L}+)"_s,
        kCase | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = re.globalMatch(prompt); it.hasNext();) {
        const QString lang = it.next().captured(1).toLower();
        if (lang == u"dutch" || lang == u"nederlands" || lang == u"flemish" || lang == u"vlaams")
            return Language::Dutch;
        if (lang == u"english" || lang == u"engels")
            return Language::English;
    }
    return Language::English;
}

Instruction parseInstruction(const QString& text)
{
    Instruction out;
    out.text = text.trimmed();
    if (out.text.isEmpty())
        return out;
    static const QStringList avoidPatterns{
        u"\\b(?:don'?t|do not|never|no need to|stop|please don'?t)\\s+(?:mention(?:ing)?|talk(?:ing)? about|"
        u"say(?:ing)? anything about|say|include|bring up|refer to|use)\\s+(?:the |any |a |an |its |our )?(.+)"_s,
        u"\\b(?:leave out|remove|drop|skip|avoid|omit|cut out)\\s+(?:the |any |all )?"
        u"(?:mentions? of |references? to |the )?(.+)"_s,
        u"\\bwithout (?:the |any |a |an )?(?:mention(?:ing)? (?:of )?(?:the )?)?(.+)"_s,
        u"\\b(?:noem|vermeld)\\s+(?:de |het |een )?(.+?)\\s+niet\\b"_s,
        u"\\b(?:niet|geen)\\s+(?:over\\s+)?(?:de |het )?(.+?)\\s+(?:noemen|vermelden|hebben over)\\b"_s,
        u"\\bzonder (?:de |het |een )?(.+)"_s,
        u"\\blaat (?:de |het )?(.+?)\\s+weg\\b"_s,
        u"^\\s*(?:no|geen)\\s+(?:more\\s+|meer\\s+)?(.+)$"_s,
    };
    static const QStringList focusPatterns{
        u"\\b(?:focus(?: more)? on|emphasi[sz]e|highlight|stress|lead with|put the emphasis on|talk more about|"
        u"more about|say more about)\\s+(?:the |its |how )?(.+)"_s,
        u"\\b(?:nadruk (?:leggen )?op|focus (?:meer )?op|meer over|benadruk)\\s+(?:de |het )?(.+)"_s,
    };
    static const QStringList mentionPatterns{
        u"\\b(?:mention|include|add|say|state|point out|refer to|write about|talk about|note|tell (?:them|people|"
        u"readers|customers|buyers))\\s+(.+)"_s,
        u"\\b(?:noem|vermeld|schrijf over)\\s+(?:ook\\s+)?(.+)"_s,
        u"\\bvoeg\\s+(.+?)\\s+toe\\b"_s,
    };
    for (const QString& clause : clauses(out.text)) {
        if (auto o = capture(clause, avoidPatterns)) {
            static const QRegularExpression wordPrefix(u"^(?:the )?(?:words?|het woord|de woorden)\\s+"_s, kCase);
            o = clean(o->remove(wordPrefix));
            const QString topic = topicOf(*o);
            const QString word = topic == u"price" || topic == u"material" || topic == u"audience" ? topic
                : topic == u"fit" && matches(*o, u"\\bsizes?\\b|\\bmaat|\\bmaten"_s)               ? u"sizes"_s
                                                                                                   : *o;
            out.avoid.append(word);
            continue;
        }
        if (const auto o = capture(clause, focusPatterns)) {
            const QString topic = topicOf(*o);
            if (topic.isEmpty() || topic == u"audience")
                out.mentions.append(*o);
            else if (out.focus.isEmpty())
                out.focus = topic;
            continue;
        }
        // "Add more detail" asks for length, not for a phrase.
        static const QRegularExpression notAPhrase(
            u"^(?:(?:a bit |a little |some |much )?more |meer )?(?:detail|details|depth|context|words|text|humou?r|"
            u"warmth|personality|energy)$"_s,
            kCase);
        if (const auto o = capture(clause, mentionPatterns); o && !notAPhrase.match(*o).hasMatch()) {
            out.mentions.append(*o);
            continue;
        }
        if (matches(clause,
                u"\\b(?:shorter|concise|brief(?:er)?|tighter|trim|cut it down|fewer words|less text|keep it short|"
                u"make it short|korter|beknopt(?:er)?|bondig(?:er)?|kort)\\b"_s))
            out.length = -1;
        else if (matches(clause,
                     u"\\b(?:longer|more detail(?:ed|s)?|more depth|more words|expand|elaborate|in more "
                     u"depth|langer|uitgebreid(?:er)?|"
                     u"meer detail)\\b"_s))
            out.length = 1;
        if (matches(clause,
                u"\\b(?:playful|fun|funny|cheerful|light-hearted|lighter|witty|cheeky|enthusiastic|exciting|"
                u"energetic|speels|speelser|luchtig(?:er)?|grappig(?:er)?|vrolijk(?:er)?|enthousiast(?:er)?)\\b"_s))
            out.tone = u"playful"_s;
        else if (matches(clause,
                     u"\\b(?:formal|more professional|professional|serious|businesslike|zakelijk(?:er)?|"
                     u"formeel|formeler|professione(?:el|ler))\\b"_s))
            out.tone = u"formal"_s;
        else if (matches(clause,
                     u"\\b(?:warm|warmer|friendly|friendlier|personal|cosy|cozy|vriendelijk(?:er)?|"
                     u"persoonlijk(?:er)?|hartelijk(?:er)?)\\b"_s))
            out.tone = u"warm"_s;
        else if (matches(clause,
                     u"\\b(?:plain|plainer|simple|simpler|sober|straightforward|no fluff|eenvoudig(?:er)?|"
                     u"simpel(?:er)?|nuchter(?:der)?)\\b"_s))
            out.tone = u"plain"_s;
    }
    return out;
}

Instruction instruction(const QString& prompt)
{
    static const QRegularExpression marker(u"Instruction from [^\\n]*? for this version:\\s*"_s);
    const auto m = marker.match(prompt);
    if (!m.hasMatch())
        return {};
    QString text = prompt.mid(m.capturedEnd());
    // The feedback of an earlier attempt follows the instruction in the templates.
    const qsizetype feedback = text.indexOf(u"Problems found in attempt"_s);
    if (feedback >= 0)
        text.truncate(feedback);
    return parseInstruction(text);
}

std::optional<std::pair<int, int>> wordRange(const QString& prompt)
{
    static const QRegularExpression re(u"(\\d+)\\s+to\\s+(\\d+)\\s+words"_s);
    const auto m = re.match(prompt);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1).toInt(), m.captured(2).toInt()};
}

QString between(const QString& prompt, const QString& tag)
{
    const QString open = u'<' + tag + u'>';
    const QString close = u"</"_s + tag + u'>';
    const qsizetype start = prompt.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = prompt.indexOf(close, start);
    const qsizetype from = start + open.size();
    return (end < 0 ? prompt.mid(from) : prompt.mid(from, end - from)).trimmed();
}

QHash<QString, int> passMarks(const QString& prompt)
{
    QHash<QString, int> out;
    const qsizetype start = prompt.indexOf(u"Pass marks:"_s);
    if (start < 0)
        return out;
    static const QRegularExpression re(u"([a-z_]+)\\s*(?:≥|>=)\\s*(\\d+)"_s);
    const QString line = prompt.mid(start, prompt.indexOf(u'\n', start) - start);
    for (auto it = re.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2).toInt());
    }
    return out;
}

QString reviewedPiece(const QString& prompt)
{
    static const QRegularExpression re(u"Review the (.+?) for the product"_s);
    const auto m = re.match(prompt);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace PromptReader
