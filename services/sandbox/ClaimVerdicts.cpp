#include "ClaimVerdicts.h"

#include "PromptReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ClaimVerdicts
{

namespace
{

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Claim
{
    QString id;
    QString kind; // what the gate's checks found in it, or empty
    QString sentence;
};

struct Source
{
    QString citation; // "attributes.material", "K12"
    QSet<QString> words;
};

// A word's first five letters: "washable" and "washing" meet, "wash" stays itself.
QString stem(const QString& w)
{
    return w.size() > 5 ? w.left(5) : w;
}

// Words too common in shop copy to ground a claim on.
const QSet<QString>& common()
{
    static const QSet<QString> words{u"this"_s, u"that"_s, u"with"_s, u"your"_s, u"from"_s, u"into"_s, u"about"_s,
        u"their"_s, u"there"_s, u"which"_s, u"will"_s, u"have"_s, u"made"_s, u"make"_s, u"more"_s, u"very"_s, u"also"_s,
        u"just"_s, u"each"_s, u"every"_s, u"product"_s, u"shop"_s, u"order"_s, u"ordered"_s, u"days"_s, u"voor"_s,
        u"zijn"_s, u"heeft"_s, u"hebben"_s, u"wordt"_s, u"worden"_s, u"deze"_s, u"niet"_s, u"naar"_s, u"door"_s,
        u"over"_s, u"onze"_s, u"jouw"_s, u"elke"_s, u"alle"_s, u"maar"_s, u"want"_s, u"heel"_s};
    return words;
}

QStringList words(const QString& text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s, kOptions);
    QStringList out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (w.size() >= 4 && !common().contains(w))
            out.append(w);
    }
    return out;
}

// A word of a list, with the expression that finds it as a whole word (compiled once: a review reads every claim).
struct Word
{
    QString text;
    QRegularExpression whole;
};

QList<Word> wordsOfList(const QStringList& list)
{
    QList<Word> out;
    for (const QString& w : list)
        out.append({w,
            QRegularExpression(
                u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(w) + u"(?![\\p{L}\\p{N}])"_s, kOptions)});
    return out;
}

bool contains(const QString& text, const Word& w)
{
    return text.contains(w.text, Qt::CaseInsensitive) && w.whole.match(text).hasMatch();
}

void addSources(const QJsonValue& value, const QString& path, QList<Source>* out)
{
    static const QSet<QString> notFacts{
        u"brand_voice"_s, u"banned_words"_s, u"required_phrases"_s, u"never_name"_s, u"currency"_s, u"name"_s};
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (path.isEmpty() && notFacts.contains(it.key()))
                continue;
            addSources(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        }
        return;
    }
    const QString text
        = value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson()) : value.toVariant().toString();
    Source s{path, {}};
    for (const QString& w : words(text))
        s.words.insert(stem(w));
    if (!s.words.isEmpty())
        out->append(s);
}

QList<Source> passages(const QString& knowledge)
{
    // "[K12] Returns policy › Returns\ntext…" blocks.
    static const QRegularExpression head(u"^\\[(K\\d+)\\]"_s, QRegularExpression::MultilineOption);
    QList<Source> out;
    QList<std::pair<QString, qsizetype>> starts;
    for (auto it = head.globalMatch(knowledge); it.hasNext();) {
        const auto m = it.next();
        starts.append({m.captured(1), m.capturedEnd()});
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end
            = i + 1 < starts.size() ? knowledge.lastIndexOf(u'[', starts.at(i + 1).second) : knowledge.size();
        Source s{starts.at(i).first, {}};
        for (const QString& w : words(knowledge.mid(starts.at(i).second, end - starts.at(i).second)))
            s.words.insert(stem(w));
        out.append(s);
    }
    return out;
}

QList<Claim> claims(const QString& block)
{
    static const QRegularExpression line(u"^(C\\d+) \\(([^)]*)\\) (.+)$"_s);
    QList<Claim> out;
    for (const QString& l : block.split(u'\n')) {
        const auto m = line.match(l.trimmed());
        if (!m.hasMatch())
            continue;
        const QStringList meta = m.captured(2).split(u"; "_s);
        out.append({m.captured(1), meta.size() > 1 ? meta.at(1) : QString(), m.captured(3)});
    }
    return out;
}

// Materials by name in English and Dutch: a material the facts name in either language is theirs.
struct Material
{
    QList<Word> names;
};

const QList<Material>& materials()
{
    static const QList<Material> list = [] {
        const QList<QStringList> groups{{u"stainless steel"_s, u"roestvrij staal"_s}, {u"aluminium"_s},
            {u"brass"_s, u"messing"_s}, {u"copper"_s, u"koper"_s}, {u"titanium"_s}, {u"cotton"_s, u"katoen"_s},
            {u"linen"_s, u"linnen"_s}, {u"wool"_s, u"wol"_s, u"merinowol"_s}, {u"merino"_s},
            {u"cashmere"_s, u"kasjmier"_s}, {u"silk"_s, u"zijde"_s}, {u"polyester"_s}, {u"nylon"_s},
            {u"acrylic"_s, u"acryl"_s}, {u"viscose"_s}, {u"leather"_s, u"leder"_s}, {u"bamboo"_s, u"bamboe"_s},
            {u"ceramic"_s, u"keramiek"_s}, {u"porcelain"_s, u"porselein"_s}, {u"stoneware"_s, u"steengoed"_s},
            {u"glass"_s}, {u"marble"_s, u"marmer"_s}, {u"plastic"_s}, {u"silicone"_s}};
        QList<Material> out;
        for (const QStringList& g : groups)
            out.append({wordsOfList(g)});
        return out;
    }();
    return list;
}

const QList<Word>& healthWords()
{
    static const QList<Word> list = wordsOfList({u"cure"_s, u"cures"_s, u"heal"_s, u"heals"_s, u"healing"_s,
        u"relieves"_s, u"geneest"_s, u"genezen"_s, u"verlicht"_s, u"geneeskrachtig"_s});
    return list;
}

} // namespace

QJsonArray judge(const QString& prompt, const Faults& faults)
{
    const QList<Claim> list = claims(PromptReader::between(prompt, u"claims"_s));
    const QString factsText = PromptReader::between(prompt, u"facts"_s);
    const QJsonObject facts = QJsonDocument::fromJson(factsText.toUtf8()).object();
    QList<Source> sources;
    addSources(facts, QString(), &sources);
    sources += passages(PromptReader::between(prompt, u"knowledge"_s));
    const QString known = factsText.toLower();
    const QString materialField
        = facts.value(u"attributes"_s).toObject().contains(u"material"_s) ? u"attributes.material"_s : u"description"_s;

    // What the facts do not name, in either language, found once.
    QList<const Word*> foreignMaterials;
    for (const Material& m : materials()) {
        if (std::none_of(m.names.begin(), m.names.end(), [&known](const Word& w) { return contains(known, w); })) {
            for (const Word& w : m.names)
                foreignMaterials.append(&w);
        }
    }
    QList<const Word*> unstatedHealth;
    for (const Word& h : healthWords()) {
        if (!contains(known, h))
            unstatedHealth.append(&h);
    }
    QJsonArray out;
    bool uncitedDone = false;
    for (const Claim& c : list) {
        QString verdict = u"opinion"_s;
        QString kind = c.kind.isEmpty() ? u"other"_s : c.kind;
        QString citation;
        for (const Word* m : std::as_const(foreignMaterials)) {
            if (contains(c.sentence, *m)) {
                verdict = u"contradicted"_s;
                kind = u"material"_s;
                citation = materialField;
                break;
            }
        }
        if (verdict == u"opinion") {
            for (const Word* h : std::as_const(unstatedHealth)) {
                if (contains(c.sentence, *h)) {
                    verdict = u"unsupported"_s;
                    kind = u"health"_s;
                    break;
                }
            }
        }
        if (verdict == u"opinion") {
            QSet<QString> said;
            for (const QString& w : words(c.sentence))
                said.insert(stem(w));
            // A field of the facts is short and specific: one salient word in common grounds a claim. A passage is
            // long and general: it takes two, or a morning in a shipping policy supports a sweater's comfort.
            int best = 0;
            for (const Source& s : std::as_const(sources)) {
                const int shared = static_cast<int>(QSet<QString>(said).intersect(s.words).size());
                const bool enough = s.citation.startsWith(u'K') ? shared >= 2 : shared >= 1;
                if (enough && shared > best) {
                    best = shared;
                    citation = s.citation;
                }
            }
            if (best > 0)
                verdict = u"supported"_s;
        }
        if (faults.uncited && !uncitedDone && c.kind.isEmpty()) {
            verdict = u"supported"_s;
            kind = u"guarantee"_s;
            citation.clear();
            uncitedDone = true;
        }
        out.append(QJsonObject{
            {u"id"_s, c.id}, {u"verdict"_s, verdict}, {u"kind"_s, kind}, {u"citation"_s, citation.left(200)}});
    }
    if (faults.strayVerdicts && !list.isEmpty()) {
        out.append(QJsonObject{{u"id"_s, u"C%1"_s.arg(list.size() + 40)}, {u"verdict"_s, u"contradicted"_s},
            {u"kind"_s, u"material"_s}, {u"citation"_s, u"attributes.material"_s}});
        out.append(QJsonObject{{u"id"_s, list.first().id}, {u"verdict"_s, u"contradicted"_s}, {u"kind"_s, u"other"_s},
            {u"citation"_s, QString()}});
    }
    return out;
}

} // namespace ClaimVerdicts
