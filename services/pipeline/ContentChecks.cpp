#include "ContentChecks.h"

#include "BrandProfile.h"
#include "Claims.h"
#include "ContentSpec.h"
#include "KnowledgeClaims.h"
#include "ProductFacts.h"
#include "VoiceDistance.h"
#include "core/Money.h"
#include "llm/JsonSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContentChecks
{

namespace
{

// In the messages a person reads, in the interface's locale (the amount the words state is quoted as written).
QString formatPrice(qint64 cents, const QString& currency)
{
    return Money::format(cents, currency, QLocale());
}

QString currencyOf(const QString& token)
{
    const QString t = token.toLower();
    if (t == u"€" || t == u"eur" || t.startsWith(u"euro"_s))
        return u"EUR"_s;
    if (t == u"£" || t == u"gbp" || t.startsWith(u"pound"_s))
        return u"GBP"_s;
    if (t == u"c$")
        return u"CAD"_s;
    if (t == u"a$")
        return u"AUD"_s;
    if (t == u"chf")
        return u"CHF"_s;
    if (t == u"$" || t == u"us$" || t == u"usd" || t.startsWith(u"dollar"_s))
        return u"USD"_s;
    return {};
}

// Materials Quorum recognises in copy. Words that are also colours or verbs ("iron", "gold",
// "silver", "down", "felt") are left out on purpose: flagging "do not iron" would be noise.
const QStringList& vocabulary()
{
    static const QStringList words{u"stainless steel"_s, u"steel"_s, u"aluminium"_s, u"aluminum"_s, u"brass"_s,
        u"copper"_s, u"bronze"_s, u"titanium"_s, u"zinc"_s, u"cotton"_s, u"linen"_s, u"wool"_s, u"merino"_s,
        u"cashmere"_s, u"alpaca"_s, u"mohair"_s, u"silk"_s, u"polyester"_s, u"nylon"_s, u"polyamide"_s, u"acrylic"_s,
        u"viscose"_s, u"rayon"_s, u"elastane"_s, u"spandex"_s, u"lycra"_s, u"lyocell"_s, u"tencel"_s, u"fleece"_s,
        u"leather"_s, u"suede"_s, u"denim"_s, u"canvas"_s, u"bamboo"_s, u"hemp"_s, u"jute"_s, u"cork"_s, u"oak"_s,
        u"walnut"_s, u"beech"_s, u"pine"_s, u"teak"_s, u"acacia"_s, u"birch"_s, u"maple"_s, u"rattan"_s, u"wicker"_s,
        u"ceramic"_s, u"porcelain"_s, u"stoneware"_s, u"earthenware"_s, u"terracotta"_s, u"glass"_s, u"borosilicate"_s,
        u"marble"_s, u"granite"_s, u"concrete"_s, u"plastic"_s, u"silicone"_s, u"rubber"_s, u"latex"_s,
        u"polypropylene"_s, u"pvc"_s, u"vinyl"_s, u"beeswax"_s, u"soy wax"_s, u"paraffin"_s};
    return words;
}

const QRegularExpression& wordRegex(const QString& word)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(word);
    if (it == cache.end())
        it = cache.insert(word,
            QRegularExpression(u"(?<![\\w])"_s + QRegularExpression::escape(word) + u"(?![\\w])"_s,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

bool containsWord(const QString& text, const QString& word)
{
    return wordRegex(word).match(text).hasMatch();
}

QString fieldText(const QJsonObject& body, const QString& field)
{
    return body.value(field).toString();
}

Problem problem(const QString& code, const QString& severity, const QString& where, const QString& message)
{
    return Problem{code, severity, where, message};
}

QString unitOf(QString unit)
{
    unit = unit.toLower().remove(u' ');
    if (unit == u"\"" || unit.startsWith(u"inch"_s))
        return u"inch"_s;
    if (unit.startsWith(u"°"_s))
        return unit;
    if (unit == u"g/m²" || unit == u"g/m2") // grams per square metre, as Dutch and German copy write gsm
        return u"gsm"_s;
    static const QHash<QString, QString> aliases{{u"hrs"_s, u"hour"_s}, {u"hr"_s, u"hour"_s}, {u"mins"_s, u"minute"_s},
        {u"min"_s, u"minute"_s}, {u"pcs"_s, u"piece"_s}, {u"lbs"_s, u"lb"_s}, {u"watt"_s, u"w"_s}, {u"watts"_s, u"w"_s},
        {u"volt"_s, u"v"_s}, {u"volts"_s, u"v"_s}, {u"percent"_s, u"%"_s}};
    if (aliases.contains(unit))
        return aliases.value(unit);
    if (unit.size() > 3 && unit.endsWith(u's'))
        unit.chop(1);
    return unit;
}

QString numberOf(QString number)
{
    number.replace(u',', u'.');
    if (number.contains(u'.')) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(u'.'))
            number.chop(1);
    }
    return number;
}

} // namespace

QJsonObject Problem::toJson() const
{
    return QJsonObject{{u"code"_s, code}, {u"severity"_s, severity}, {u"where"_s, where}, {u"issue"_s, message}};
}

Problem Problem::fromJson(const QJsonObject& o)
{
    return Problem{o.value(u"code"_s).toString(), o.value(u"severity"_s).toString(), o.value(u"where"_s).toString(),
        o.value(u"issue"_s).toString()};
}

QJsonArray toJson(const QList<Problem>& problems)
{
    QJsonArray out;
    for (const Problem& p : problems)
        out.append(p.toJson());
    return out;
}

QList<Problem> fromJson(const QJsonArray& array)
{
    QList<Problem> out;
    for (const QJsonValue& v : array)
        out.append(Problem::fromJson(v.toObject()));
    return out;
}

int wordCount(const QString& text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*"_s);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QList<Amount> amountsIn(const QString& text)
{
    static const QString number = u"(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)"_s;
    static const QRegularExpression prefix(u"(US\\$|C\\$|A\\$|€|£|\\$|\\bEUR|\\bUSD|\\bGBP|\\bCHF)\\s?"_s + number,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(
        number + u"\\s?(€|£|\\bEUR\\b|\\beuros?\\b|\\bUSD\\b|\\bdollars?\\b|\\bGBP\\b|\\bpounds?\\b|\\bCHF\\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Amount> out;
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (auto it = prefix.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({currencyOf(m.captured(1)), Money::parse(m.captured(2)).value_or(-1), m.captured(0)});
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    for (auto it = suffix.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool overlaps = std::any_of(spans.begin(), spans.end(),
            [&m](const auto& s) { return m.capturedStart() < s.second && m.capturedEnd() > s.first; });
        if (!overlaps)
            out.append({currencyOf(m.captured(2)), Money::parse(m.captured(1)).value_or(-1), m.captured(0)});
    }
    return out;
}

QStringList quantitiesIn(const QString& text)
{
    static const QRegularExpression re(
        u"(?<![\\w.,])(\\d+(?:[.,]\\d+)?)\\s?-?\\s?(%|percent\\b|°\\s?[cf]\\b|cm\\b|mm\\b|km\\b|kg\\b|g/m²|g/"
        u"m2\\b|g\\b|mg\\b|ml\\b|"
        u"cl\\b|"
        u"l\\b|oz\\b|lbs?\\b|inch(?:es)?\\b|\"|watts?\\b|w\\b|volts?\\b|v\\b|mah\\b|gsm\\b|days?\\b|weeks?\\b|"
        u"months?\\b|years?\\b|hours?\\b|hrs?\\b|minutes?\\b|mins?\\b|pieces?\\b|pcs\\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString q = numberOf(m.captured(1)) + u' ' + unitOf(m.captured(2));
        if (!out.contains(q))
            out.append(q);
    }
    return out;
}

QStringList materialsIn(const QString& text)
{
    // A plain search first: most of the vocabulary is in no text at all, and 60 Unicode regexes per string
    // made checking a shop's content again slow (SEO agent, bench_agents).
    const QString lower = text.toLower();
    QStringList out;
    for (const QString& w : vocabulary()) {
        if (lower.contains(w) && containsWord(text, w))
            out.append(w);
    }
    return out;
}

QList<Problem> checkSchema(const QString& kind, const QJsonObject& body)
{
    QList<Problem> out;
    const ContentSpec::Piece* piece = ContentSpec::find(kind);
    if (!piece)
        return out;
    for (const JsonSchema::Violation& v : JsonSchema::validate(body, piece->schema))
        out.append(problem(u"schema"_s, u"major"_s, v.path, v.message));
    return out;
}

QList<Problem> checkLengths(const QString& kind, const QJsonObject& body)
{
    QList<Problem> out;
    const ContentSpec::Piece* piece = ContentSpec::find(kind);
    if (!piece || piece->proseField.isEmpty() || (piece->minWords == 0 && piece->maxWords == 0))
        return out;
    const int words = wordCount(fieldText(body, piece->proseField));
    const QString where = u"$."_s + piece->proseField;
    if (piece->minWords > 0 && words < piece->minWords)
        out.append(problem(u"length"_s, u"major"_s, where,
            QCoreApplication::translate("ContentChecks", "The text has %1 words; it needs at least %2.")
                .arg(words)
                .arg(piece->minWords)));
    if (piece->maxWords > 0 && words > piece->maxWords)
        out.append(problem(u"length"_s, u"major"_s, where,
            QCoreApplication::translate("ContentChecks", "The text has %1 words; it may have at most %2.")
                .arg(words)
                .arg(piece->maxWords)));
    return out;
}

QList<Problem> checkPlatforms(const QString& kind, const QJsonObject& body)
{
    QList<Problem> out;
    if (kind != u"social")
        return out;
    static const QRegularExpression hashtag(u"(?<![\\w#])#[\\p{L}\\p{N}_]+"_s);
    for (const ContentSpec::PlatformLimit& limit : ContentSpec::platformLimits()) {
        const QJsonObject post = body.value(limit.key).toObject();
        const QString text = post.value(limit.field).toString();
        const QString where = u"$."_s + limit.key + u'.' + limit.field;
        if (text.size() > limit.maxChars)
            out.append(problem(u"length"_s, u"major"_s, where,
                QCoreApplication::translate("ContentChecks", "The %1 text has %2 characters; the platform allows %3.")
                    .arg(limit.key)
                    .arg(text.size())
                    .arg(limit.maxChars)));
        if (limit.maxHashtags >= 0) {
            int tags = static_cast<int>(post.value(u"hashtags"_s).toArray().size());
            for (auto it = hashtag.globalMatch(text); it.hasNext(); it.next())
                ++tags;
            if (tags > limit.maxHashtags)
                out.append(problem(u"hashtags"_s, u"major"_s, u"$."_s + limit.key,
                    QCoreApplication::translate("ContentChecks", "The %1 post has %2 hashtags; the platform allows %3.")
                        .arg(limit.key)
                        .arg(tags)
                        .arg(limit.maxHashtags)));
        }
    }
    return out;
}

QList<Problem> checkBannedWords(const QJsonObject& body, const QStringList& banned)
{
    QList<Problem> out;
    if (banned.isEmpty())
        return out;
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        for (const QString& word : banned) {
            if (!word.trimmed().isEmpty() && containsWord(text, word.trimmed()))
                out.append(problem(u"banned"_s, u"major"_s, path,
                    QCoreApplication::translate("ContentChecks", "Uses “%1”, which the brand never uses.").arg(word)));
        }
    }
    return out;
}

QList<Problem> checkRequiredPhrases(const QString& kind, const QJsonObject& body, const QStringList& required)
{
    QList<Problem> out;
    const ContentSpec::Piece* piece = ContentSpec::find(kind);
    if (!piece || piece->proseField.isEmpty())
        return out;
    const QString text = fieldText(body, piece->proseField);
    for (const QString& phrase : required) {
        if (!phrase.trimmed().isEmpty() && !text.contains(phrase.trimmed(), Qt::CaseInsensitive))
            out.append(problem(u"required"_s, u"major"_s, u"$."_s + piece->proseField,
                QCoreApplication::translate("ContentChecks", "Must contain the phrase “%1”.").arg(phrase.trimmed())));
    }
    return out;
}

QSet<qint64> supportedPrices(const ProductFacts& facts, const QString& exceptSku)
{
    QSet<qint64> allowed;
    // The product's own price is its first variant's, or the SKU's when it has none.
    if (exceptSku.isEmpty())
        allowed.insert(facts.priceCents);
    // Amounts the facts themselves state ("save €10") may be repeated.
    for (const Amount& a : amountsIn(facts.description))
        allowed.insert(a.cents);
    // Variants may have their own prices: today's (an import's list of them is only the fallback).
    for (const ProductVariant& v : facts.variants) {
        if (exceptSku.isEmpty() || v.sku != exceptSku)
            allowed.insert(v.priceCents);
    }
    if (facts.variants.isEmpty()) {
        for (const QJsonValue& v : facts.attributes.value(u"prices"_s).toArray()) {
            if (const auto cents = Money::parse(v.toString()))
                allowed.insert(*cents);
        }
    }
    return allowed;
}

QList<Problem> checkPrices(const QJsonObject& body, const ProductFacts& facts, const QString& knowledgeText)
{
    QList<Problem> out;
    const QSet<qint64> allowed = supportedPrices(facts);
    // An amount of the shop's terms ("free delivery over €50") may be one its knowledge base gives.
    QSet<qint64> terms;
    for (const Amount& a : amountsIn(knowledgeText))
        terms.insert(a.cents);
    // Several products' facts have no one price: the message names theirs (the first few, lowest first).
    QString price = formatPrice(facts.priceCents, facts.currency);
    if (facts.priceCents <= 0 && !facts.variants.isEmpty()) {
        QList<qint64> prices;
        for (const ProductVariant& v : facts.variants) {
            if (!prices.contains(v.priceCents))
                prices.append(v.priceCents);
        }
        std::sort(prices.begin(), prices.end());
        QStringList shown;
        for (qsizetype i = 0; i < std::min<qsizetype>(prices.size(), 5); ++i)
            shown.append(formatPrice(prices.at(i), facts.currency));
        price = shown.join(u", "_s) + (prices.size() > 5 ? u", …"_s : QString());
    }
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        for (const Amount& a : amountsIn(text)) {
            if (!a.currency.isEmpty() && a.currency != facts.currency)
                out.append(problem(u"price"_s, u"critical"_s, path,
                    QCoreApplication::translate(
                        "ContentChecks", "States “%1” in %2, but the product is priced in %3 (%4).")
                        .arg(a.text, a.currency, facts.currency, price)));
            else if (!allowed.contains(a.cents)
                && !(terms.contains(a.cents) && KnowledgeClaims::termsSentenceWith(text, a.text)))
                out.append(problem(u"price"_s, u"critical"_s, path,
                    QCoreApplication::translate("ContentChecks", "States the price as “%1”, but the facts say %2.")
                        .arg(a.text, price)));
        }
    }
    return out;
}

QList<Problem> checkNumbers(const QJsonObject& body, const ProductFacts& facts, const QString& knowledgeText)
{
    QList<Problem> out;
    const QStringList known = quantitiesIn(facts.factText());
    // A period of the shop's terms ("returns within 30 days") may be one its knowledge base gives.
    const QStringList terms = quantitiesIn(knowledgeText);
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        for (const QString& q : quantitiesIn(text)) {
            if (!known.contains(q)
                && !(terms.contains(q) && KnowledgeClaims::termsSentenceWith(text, q.section(u' ', 0, 0))))
                out.append(problem(u"number"_s, u"critical"_s, path,
                    QCoreApplication::translate("ContentChecks", "States “%1”, which the product's facts do not give.")
                        .arg(q)));
        }
    }
    return out;
}

QList<Problem> checkSizes(const QString& kind, const QJsonObject& body, const ProductFacts& facts)
{
    QList<Problem> out;
    if (kind != u"size_guide")
        return out;
    QStringList known;
    for (const QString& s : facts.sizes())
        known.append(s.trimmed().toUpper());
    const QJsonArray sizes = body.value(u"sizes"_s).toArray();
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QString size = sizes.at(i).toObject().value(u"size"_s).toString().trimmed();
        const QString upper = size.toUpper();
        if (upper == u"ONE SIZE" || known.contains(upper))
            continue;
        const QString where = u"$.sizes[%1].size"_s.arg(i);
        if (known.isEmpty())
            out.append(problem(u"size"_s, u"critical"_s, where,
                QCoreApplication::translate("ContentChecks",
                    "Lists the size “%1”, but the product's facts list no sizes. Add the sizes to the product.")
                    .arg(size)));
        else
            out.append(problem(u"size"_s, u"critical"_s, where,
                QCoreApplication::translate("ContentChecks", "Lists the size “%1”; the product comes in %2.")
                    .arg(size, facts.sizes().join(u", "_s))));
    }
    return out;
}

QList<Problem> checkMaterials(const QJsonObject& body, const ProductFacts& facts)
{
    QList<Problem> out;
    const QString known = facts.factText();
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        for (const QString& m : materialsIn(text)) {
            if (!containsWord(known, m))
                out.append(problem(u"material"_s, u"critical"_s, path,
                    QCoreApplication::translate(
                        "ContentChecks", "Mentions %1, which is not among the product's materials%2.")
                        .arg(m,
                            facts.material().isEmpty()
                                ? QString()
                                : QCoreApplication::translate("ContentChecks", " (%1)").arg(facts.material()))));
        }
    }
    return out;
}

QString languageOf(const QString& text)
{
    // Common short words of each language. Dutch "en" is also French ("in"); the margin asked below absorbs it.
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        const auto add = [&w](const QString& code, const QStringList& list) {
            for (const QString& s : list)
                w.insert(s, code);
        };
        add(u"en"_s,
            {u"the"_s, u"and"_s, u"it"_s, u"with"_s, u"for"_s, u"you"_s, u"your"_s, u"of"_s, u"to"_s, u"this"_s,
                u"that"_s, u"are"_s, u"from"_s, u"its"_s});
        add(u"nl"_s,
            {u"de"_s, u"het"_s, u"een"_s, u"en"_s, u"van"_s, u"je"_s, u"jouw"_s, u"met"_s, u"voor"_s, u"dat"_s, u"op"_s,
                u"niet"_s, u"zijn"_s, u"ook"_s, u"naar"_s, u"wordt"_s});
        add(u"de"_s,
            {u"der"_s, u"das"_s, u"und"_s, u"ist"_s, u"mit"_s, u"für"_s, u"nicht"_s, u"sie"_s, u"ein"_s, u"eine"_s,
                u"auf"_s, u"dem"_s, u"den"_s, u"zu"_s, u"auch"_s, u"wird"_s});
        add(u"fr"_s,
            {u"le"_s, u"la"_s, u"les"_s, u"et"_s, u"est"_s, u"avec"_s, u"pour"_s, u"vous"_s, u"une"_s, u"des"_s,
                u"du"_s, u"dans"_s, u"sur"_s, u"pas"_s, u"qui"_s, u"votre"_s});
        return w;
    }();
    static const QRegularExpression word(u"[\\p{L}]+"_s);
    QHash<QString, int> hits;
    int total = 0;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        ++total;
        const auto found = words.constFind(it.next().captured(0));
        if (found != words.cend())
            ++hits[*found];
    }
    if (total < 25)
        return {};
    QString best;
    int first = 0;
    int second = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (it.value() > first) {
            second = first;
            first = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    // Clear enough: a share of the words, and well ahead of the next language.
    return first >= 5 && first >= 2 * second ? best : QString();
}

QList<Problem> checkLanguage(const QJsonObject& body, const QString& brandLanguage)
{
    struct Language
    {
        QString code;
        QStringList names; // as the brand profile may write it
        const char* display;
    };
    static const QList<Language> known{
        {u"en"_s, {u"english"_s, u"engels"_s}, QT_TRANSLATE_NOOP("ContentChecks", "English")},
        {u"nl"_s, {u"dutch"_s, u"nederlands"_s}, QT_TRANSLATE_NOOP("ContentChecks", "Dutch")},
        {u"de"_s, {u"german"_s, u"deutsch"_s, u"duits"_s}, QT_TRANSLATE_NOOP("ContentChecks", "German")},
        {u"fr"_s, {u"french"_s, u"français"_s, u"francais"_s, u"frans"_s},
            QT_TRANSLATE_NOOP("ContentChecks", "French")}};
    const QString wanted = brandLanguage.toLower();
    const auto brand = std::find_if(known.begin(), known.end(), [&wanted](const Language& l) {
        return std::any_of(l.names.begin(), l.names.end(), [&wanted](const QString& n) { return wanted.contains(n); });
    });
    if (brand == known.end())
        return {}; // a language Quorum cannot tell
    QStringList texts;
    for (const auto& [path, text] : ContentSpec::strings(body))
        texts.append(text);
    const QString found = languageOf(texts.join(u' '));
    if (found.isEmpty() || found == brand->code)
        return {};
    const auto other
        = std::find_if(known.begin(), known.end(), [&found](const Language& l) { return l.code == found; });
    return {problem(u"language"_s, u"major"_s, u"$"_s,
        QCoreApplication::translate("ContentChecks", "The piece is written in %1, but the brand writes in %2.")
            .arg(QCoreApplication::translate("ContentChecks", other->display),
                QCoreApplication::translate("ContentChecks", brand->display)))};
}

QList<Problem> run(const QString& kind, const QJsonObject& body, const ProductFacts& facts, const BrandProfile& brand,
    QJsonObject* claims, const QList<Knowledge::Passage>& knowledge)
{
    const QString knowledgeText = KnowledgeClaims::text(knowledge);
    QList<Problem> out = checkSchema(kind, body);
    out += checkLengths(kind, body);
    out += checkPlatforms(kind, body);
    out += checkBannedWords(body, brand.bannedWords);
    out += checkRequiredPhrases(kind, body, brand.requiredPhrases);
    out += checkLanguage(body, brand.language);
    out += checkPrices(body, facts, knowledgeText);
    out += checkNumbers(body, facts, knowledgeText);
    out += checkSizes(kind, body, facts);
    Claims::Report report = Claims::check(kind, body, facts, brand);
    KnowledgeClaims::apply(&report, body, knowledge);
    out += report.problems();
    QJsonObject stored = report.toJson();
    // Far from the brand's measured voice: the differences, for a person and as the writer's feedback.
    if (!brand.voiceMeasure.isEmpty() && VoiceDistance::appliesTo(kind)) {
        const VoiceDistance::Result voice = VoiceDistance::measure(
            VoiceProfile::Profile::fromJson(brand.voiceMeasure), VoiceDistance::runningText(body), brand.language);
        if (voice.measured)
            stored.insert(u"voice"_s, voice.toJson());
        if (voice.far())
            out.append({u"voice"_s, u"major"_s, u"$"_s,
                QCoreApplication::translate("ContentChecks", "Far from the brand's voice (distance %1 of 1): %2")
                    .arg(QLocale().toString(voice.distance, 'f', 2), voice.differences.join(u' '))});
    }
    if (claims)
        *claims = stored;
    return out;
}

} // namespace ContentChecks
