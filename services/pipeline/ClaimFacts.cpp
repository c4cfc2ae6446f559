#include "ClaimFacts.h"

#include "BrandProfile.h"
#include "Claims.h"
#include "ProductFacts.h"
#include "core/Json.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace ClaimFacts
{

namespace
{

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

bool boundedAt(const QString& text, qsizetype start, qsizetype length)
{
    return (start == 0 || !isWordChar(text.at(start - 1)))
        && (start + length >= text.size() || !isWordChar(text.at(start + length)));
}

namespace
{

// Where each word of a text starts, by the word: a bounded form that begins with a word character can
// only start where a word starts, and that word is the form's first run of word characters. Looking the
// forms up here reads the text once instead of once per form (hundreds of forms per list).
class WordStarts
{
public:
    explicit WordStarts(const QString& text)
        : m_text(text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n;) {
            if (!isWordChar(text.at(i))) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && isWordChar(text.at(end)))
                ++end;
            m_starts[QStringView(text).sliced(i, end - i)].append(i);
            i = end;
        }
    }
    // Every bounded place the form stands in the text.
    void find(const QString& form, const Term* term, QList<Hit>* found) const
    {
        qsizetype lead = 0;
        while (lead < form.size() && isWordChar(form.at(lead)))
            ++lead;
        if (lead == 0) { // begins with a sign: read the whole text for it
            for (qsizetype at = m_text.indexOf(form); at >= 0; at = m_text.indexOf(form, at + 1))
                if (boundedAt(m_text, at, form.size()))
                    found->append(Hit{term, at, form.size()});
            return;
        }
        const auto it = m_starts.constFind(QStringView(form).first(lead));
        if (it == m_starts.cend())
            return;
        for (const qsizetype at : *it)
            if (QStringView(m_text).sliced(at).startsWith(form) && boundedAt(m_text, at, form.size()))
                found->append(Hit{term, at, form.size()});
    }

private:
    const QString& m_text;
    QHash<QStringView, QVarLengthArray<qsizetype, 2>> m_starts;
};

} // namespace

QList<Hit> findTerms(const QString& text, const QString& lower, const QList<Term>& terms)
{
    QList<Hit> found;
    std::optional<WordStarts> inText;
    std::optional<WordStarts> inLower;
    for (const Term& t : terms) {
        for (const QString& form : t.forms) {
            if (form.isEmpty())
                continue;
            const bool caseSensitive = form.at(0).isUpper();
            std::optional<WordStarts>& words = caseSensitive ? inText : inLower;
            if (!words)
                words.emplace(caseSensitive ? text : lower);
            words->find(form, &t, &found);
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Hit& a, const Hit& b) { return a.length != b.length ? a.length > b.length : a.start < b.start; });
    QList<Hit> kept;
    for (const Hit& h : found) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(),
            [&h](const Hit& k) { return h.start < k.start + k.length && h.start + h.length > k.start; });
        if (!overlaps)
            kept.append(h);
    }
    std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    return kept;
}

namespace
{

QString excerpt(const QString& text, qsizetype at)
{
    // The sentence of the fact that holds the words, as the facts give it.
    const QStringList parts = Claims::sentences(text);
    qsizetype offset = 0;
    for (const QString& p : parts) {
        const qsizetype pos = text.indexOf(p, offset);
        if (pos >= 0 && at >= pos && at < pos + p.size())
            return p.size() > 160 ? p.left(157) + u"…"_s : p;
        if (pos >= 0)
            offset = pos + p.size();
    }
    return text.size() > 160 ? text.left(157) + u"…"_s : text;
}

bool isColourName(const QString& name)
{
    const QString n = name.toLower();
    return n.startsWith(u"colo"_s) || n == u"kleur"_s || n == u"kleuren"_s;
}

bool isSizeOption(const QString& name)
{
    const QString n = name.toLower();
    return n == u"size"_s || n == u"maat"_s || n == u"größe"_s || n == u"taille"_s;
}

// An attribute's name as a citation shows it: the common ones in the interface's language, others as the data has it.
QString attributeLabel(const QString& key)
{
    static const QHash<QString, const char*> known{{u"material"_s, QT_TRANSLATE_NOOP("Claims", "material")},
        {u"colour"_s, QT_TRANSLATE_NOOP("Claims", "colour")}, {u"color"_s, QT_TRANSLATE_NOOP("Claims", "colour")},
        {u"sizes"_s, QT_TRANSLATE_NOOP("Claims", "sizes")}, {u"origin"_s, QT_TRANSLATE_NOOP("Claims", "origin")},
        {u"care"_s, QT_TRANSLATE_NOOP("Claims", "care")}, {u"weight"_s, QT_TRANSLATE_NOOP("Claims", "weight")},
        {u"dimensions"_s, QT_TRANSLATE_NOOP("Claims", "dimensions")},
        {u"volume"_s, QT_TRANSLATE_NOOP("Claims", "volume")}, {u"pieces"_s, QT_TRANSLATE_NOOP("Claims", "pieces")}};
    const auto it = known.find(key.toLower());
    return it == known.end() ? QString(key).replace(u'_', u' ') : QCoreApplication::translate("Claims", *it);
}

QString attributeText(const QJsonValue& v)
{
    return v.isArray() ? Json::toStringList(v.toArray()).join(u", "_s) : v.toVariant().toString();
}

} // namespace

QString Index::citeTerm(const Term& t, const QList<Term>& all) const
{
    // Each list is read over the facts once per piece; a claim looks its key up.
    const auto key = reinterpret_cast<quintptr>(&all);
    auto list = m_citations.find(key);
    if (list == m_citations.end()) {
        QHash<QString, QString> found;
        for (const Source& s : sources) {
            for (const Hit& h : findTerms(s.text, s.lower, all)) {
                if (!found.contains(h.term->key))
                    found.insert(h.term->key, s.label + u": "_s + excerpt(s.text, h.start));
            }
        }
        list = m_citations.insert(key, found);
    }
    return list->value(t.key);
}

QString Index::citePhrase(const QString& phraseLower) const
{
    for (const Source& s : sources) {
        const qsizetype at = s.lower.indexOf(phraseLower);
        if (at >= 0)
            return s.label + u": "_s + excerpt(s.text, at);
    }
    return {};
}

QString Index::citeWords(const QString& words) const
{
    if (words.trimmed().isEmpty())
        return {};
    for (const Source& s : sources) {
        for (qsizetype at = s.text.indexOf(words); at >= 0; at = s.text.indexOf(words, at + 1)) {
            if (boundedAt(s.text, at, words.size()))
                return s.label + u": "_s + excerpt(s.text, at);
        }
    }
    return {};
}

QStringList Index::keysIn(const QList<Term>& terms) const
{
    // The keys citeTerm finds, in no particular order.
    if (!terms.isEmpty())
        citeTerm(terms.first(), terms);
    return m_citations.value(reinterpret_cast<quintptr>(&terms)).keys();
}

Index index(const ProductFacts& facts, const BrandProfile& brand)
{
    Index f;
    const auto add = [&f](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty())
            f.sources.append(Source{label, text, text.toLower()});
    };
    // The most specific first, so a claim cites the material attribute rather than the name that repeats it.
    for (auto it = facts.attributes.begin(); it != facts.attributes.end(); ++it) {
        if (it.key() != u"prices")
            add(attributeLabel(it.key()), attributeText(it.value()));
    }
    add(QCoreApplication::translate("Claims", "description"), facts.description);
    for (qsizetype i = 0; i < facts.optionNames.size(); ++i) {
        QStringList values;
        for (const ProductVariant& v : facts.variants) {
            if (i < v.options.size() && !values.contains(v.options.at(i)))
                values.append(v.options.at(i));
        }
        add(QCoreApplication::translate("Claims", "variants (%1)").arg(facts.optionNames.at(i)), values.join(u", "_s));
    }
    add(QCoreApplication::translate("Claims", "name"), facts.name);
    add(QCoreApplication::translate("Claims", "category"), facts.category);
    const QString brandLabel = QCoreApplication::translate("Claims", "brand profile");
    add(brandLabel, brand.requiredPhrases.join(u"; "_s));
    add(brandLabel, brand.certifications.join(u"; "_s));

    // Colours named anywhere in the facts support a colour claim ("the Red Wine Glass" may say red); only a colour
    // attribute or option says which colours the product comes in, so that other colours contradict it.
    for (const Source& s : f.sources) {
        if (s.label == brandLabel)
            continue;
        for (const Hit& h : findTerms(s.text, s.lower, ClaimVocabulary::colours())) {
            for (const QString& k : {h.term->key, h.term->family}) {
                if (!f.colourKeys.contains(k))
                    f.colourKeys.append(k);
            }
        }
    }
    const auto stateColours = [&f](const QString& label, const QString& text) {
        f.coloursStated = true;
        f.colourCitation = label + u": "_s + text;
        if (!findTerms(text, text.toLower(), ClaimVocabulary::colours()).isEmpty())
            f.colourNamed = true;
    };
    for (auto it = facts.attributes.begin(); it != facts.attributes.end(); ++it) {
        if (isColourName(it.key()) && !attributeText(it.value()).trimmed().isEmpty())
            stateColours(attributeLabel(it.key()), attributeText(it.value()));
    }
    for (qsizetype i = 0; i < facts.optionNames.size(); ++i) {
        if (!isColourName(facts.optionNames.at(i)))
            continue;
        QStringList values;
        for (const ProductVariant& v : facts.variants) {
            if (i < v.options.size() && !values.contains(v.options.at(i)))
                values.append(v.options.at(i));
        }
        if (!values.isEmpty())
            stateColours(QCoreApplication::translate("Claims", "variants (%1)").arg(facts.optionNames.at(i)),
                values.join(u", "_s));
    }

    // Sizes: the sizes attribute and a size option's values.
    for (const QString& s : facts.sizes()) {
        f.sizes.append(ClaimVocabulary::normalisedSize(s));
        f.sizeSource = attributeLabel(u"sizes"_s) + u": "_s + facts.sizes().join(u", "_s);
    }
    for (qsizetype i = 0; i < facts.optionNames.size(); ++i) {
        if (!isSizeOption(facts.optionNames.at(i)))
            continue;
        QStringList values;
        for (const ProductVariant& v : facts.variants) {
            if (i < v.options.size() && !f.sizes.contains(ClaimVocabulary::normalisedSize(v.options.at(i)))) {
                f.sizes.append(ClaimVocabulary::normalisedSize(v.options.at(i)));
                values.append(v.options.at(i));
            }
        }
        if (!values.isEmpty())
            f.sizeSource = QCoreApplication::translate("Claims", "variants (%1)").arg(facts.optionNames.at(i)) + u": "_s
                + values.join(u", "_s);
    }

    // Materials: the material attribute says what it is made of; other materials are then contradicted.
    f.materialStated = !facts.material().trimmed().isEmpty()
        && !findTerms(facts.material(), facts.material().toLower(), ClaimVocabulary::materials()).isEmpty();
    if (f.materialStated)
        f.materialCitation = attributeLabel(u"material"_s) + u": "_s + facts.material();

    // Origin: an origin attribute, or "made in …" in the description.
    static const QStringList originKeys{
        u"origin"_s, u"country"_s, u"country_of_origin"_s, u"made_in"_s, u"herkomst"_s, u"land"_s, u"made in"_s};
    for (auto it = facts.attributes.begin(); it != facts.attributes.end(); ++it) {
        if (!originKeys.contains(it.key().toLower()))
            continue;
        const QString text = attributeText(it.value());
        for (const Hit& h : findTerms(text, text.toLower(), ClaimVocabulary::countries())) {
            f.originKeys.append(h.term->key);
            f.originCitation = attributeLabel(it.key()) + u": "_s + text;
        }
    }
    static const QRegularExpression madeIn(
        u"(?:made|produced|crafted|woven|knitted|sewn|grown|gemaakt|geproduceerd|geweven|gebreid) in ([^.,;\\n]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = madeIn.globalMatch(facts.description); it.hasNext();) {
        const auto m = it.next();
        for (const Hit& h : findTerms(m.captured(1), m.captured(1).toLower(), ClaimVocabulary::countries())) {
            f.originKeys.append(h.term->key);
            f.originCitation = QCoreApplication::translate("Claims", "description") + u": "_s + m.captured(0);
        }
    }

    // Competitors: the brand's list (a shop's address says too little: "next", "bol", "action" are words too).
    f.competitors = brand.competitors;
    f.certifications = brand.certifications;

    // Stock, when every variant's is known; sale percentages of the variants on sale.
    if (!facts.variants.isEmpty()
        && std::all_of(facts.variants.begin(), facts.variants.end(), [](const ProductVariant& v) { return v.stock; })) {
        int total = 0;
        for (const ProductVariant& v : facts.variants)
            total += std::max(0, *v.stock);
        f.stock = total;
    }
    for (const ProductVariant& v : facts.variants) {
        qint64 was = 0;
        qint64 now = 0;
        if (v.salePriceCents && *v.salePriceCents < v.priceCents) {
            was = v.priceCents;
            now = *v.salePriceCents;
        } else if (v.compareAtCents && *v.compareAtCents > v.priceCents) {
            was = *v.compareAtCents;
            now = v.priceCents;
        }
        if (was <= 0)
            continue;
        f.salePercents.append(static_cast<int>(std::lround(100.0 * static_cast<double>(was - now) / was)));
        if (f.saleCitation.isEmpty())
            f.saleCitation = QCoreApplication::translate("Claims", "price %1, on sale for %2")
                                 .arg(Money::format(was, facts.currency), Money::format(now, facts.currency));
    }
    return f;
}

// The pieces of one sentence's checks.

} // namespace ClaimFacts
