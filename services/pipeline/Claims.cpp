#include "Claims.h"

#include "BrandProfile.h"
#include "ClaimFacts.h"
#include "ClaimVocabulary.h"
#include "ContentSpec.h"
#include "ProductFacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using ClaimFacts::Hit;
using ClaimVocabulary::Term;

namespace Claims
{

namespace
{

struct PatternHit
{
    qsizetype start = 0;
    QString text;
};

QList<PatternHit> findPatterns(const QString& text, const QList<QRegularExpression>& patterns)
{
    QList<PatternHit> found;
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QRegularExpression& re : patterns) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const qsizetype s = m.capturedStart();
            const qsizetype e = m.capturedEnd();
            const bool overlaps = std::any_of(
                spans.begin(), spans.end(), [s, e](const auto& span) { return s < span.second && e > span.first; });
            if (overlaps)
                continue;
            spans.append({s, e});
            found.append(PatternHit{s, m.captured(0)});
        }
    }
    std::sort(found.begin(), found.end(), [](const PatternHit& a, const PatternHit& b) { return a.start < b.start; });
    return found;
}

// The sentence as the checks read it: one kind of apostrophe, and the fixed phrases that are no claim ("French
// press", "fresh linen", "hand cream") blanked out, so every position still points into the sentence as written.
QString scanned(const QString& sentence)
{
    QString out = sentence;
    out.replace(u'’', u'\'');
    const QString lower = out.toLower();
    for (const QString& idiom : ClaimVocabulary::idioms()) {
        for (qsizetype at = lower.indexOf(idiom); at >= 0; at = lower.indexOf(idiom, at + idiom.size())) {
            if (ClaimFacts::boundedAt(lower, at, idiom.size()) && at + idiom.size() <= out.size())
                out.replace(at, idiom.size(), QString(idiom.size(), u' '));
        }
    }
    return out;
}

class SentenceChecker
{
public:
    SentenceChecker(const ClaimFacts::Index& facts, const QString& where, const QString& sentence, QList<Claim>* out)
        : m_facts(facts)
        , m_where(where)
        , m_sentence(sentence)
        , m_scan(scanned(sentence))
        , m_lower(m_scan.toLower())
        , m_out(out)
    { }

    void materials()
    {
        // What it goes with, what it is compared with and what it is free of are not what it is made of.
        static const QRegularExpression notItsOwn(
            u"\\b(?:than|like|free of|instead of|unlike|zonder|dan|in plaats van|vrij van)\\s+(?:[\\p{L}'-]+\\s+)?$"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression freeAfter(
            u"^(?:-free|-vrij|\\s+free\\b|\\s+vrij\\b)"_s, QRegularExpression::CaseInsensitiveOption);
        const qsizetype pairedFrom = pairingStart();
        QStringList seen;
        for (const Hit& h : ClaimFacts::findTerms(m_scan, m_lower, ClaimVocabulary::materials())) {
            if (seen.contains(h.term->key) || h.start >= pairedFrom || notItsOwn.match(m_scan.left(h.start)).hasMatch()
                || freeAfter.match(m_scan.mid(h.start + h.length)).hasMatch()
                || ClaimVocabulary::otherThingAfter().match(m_scan.mid(h.start + h.length)).hasMatch())
                continue;
            seen.append(h.term->key);
            QString cite = m_facts.citeTerm(*h.term, ClaimVocabulary::materials());
            // "wool" is said of merino wool ("merinowol" in one word), "steel" of stainless steel.
            for (const Term& t : ClaimVocabulary::materials()) {
                if (cite.isEmpty() && t.family == h.term->key && t.key != h.term->key)
                    cite = m_facts.citeTerm(t, ClaimVocabulary::materials());
            }
            if (!cite.isEmpty())
                add(Kind::Material, h, Status::Supported, cite);
            else if (m_facts.materialStated)
                add(Kind::Material, h, Status::Contradicted, m_facts.materialCitation);
            else
                add(Kind::Material, h, Status::Unsupported, {});
        }
    }

    void colours()
    {
        // A colour after "pairs well with" is the colour of something it goes with.
        const qsizetype pairedFrom = pairingStart();
        const bool framed = ClaimVocabulary::colourFramePattern().match(m_scan).hasMatch();
        QStringList seen;
        for (const Hit& h : ClaimFacts::findTerms(m_scan, m_lower, ClaimVocabulary::colours())) {
            if (seen.contains(h.term->key) || h.start >= pairedFrom
                || ClaimVocabulary::otherThingAfter().match(m_scan.mid(h.start + h.length)).hasMatch())
                continue;
            // "orange zest": a colour word, not the product's colour, unless the facts name colours or the words
            // around it make it one ("in green", "a green colour").
            if (!m_facts.coloursStated && !framed
                && !ClaimVocabulary::colourBeforePattern().match(m_scan.left(h.start)).hasMatch())
                continue;
            seen.append(h.term->key);
            if (m_facts.colourKeys.contains(h.term->key) || m_facts.colourKeys.contains(h.term->family)) {
                QString cite = m_facts.citeTerm(*h.term, ClaimVocabulary::colours());
                if (cite.isEmpty()) { // a shade of a hue the facts name
                    for (const Term& t : ClaimVocabulary::colours()) {
                        if (t.family == h.term->family && cite.isEmpty())
                            cite = m_facts.citeTerm(t, ClaimVocabulary::colours());
                    }
                }
                add(Kind::Colour, h, Status::Supported, cite);
            } else if (m_facts.colourNamed) {
                QString cite;
                for (const Term& t : ClaimVocabulary::colours()) {
                    if (cite.isEmpty() && m_facts.colourKeys.contains(t.key))
                        cite = m_facts.citeTerm(t, ClaimVocabulary::colours());
                }
                add(Kind::Colour, h, Status::Contradicted, cite.isEmpty() ? m_facts.colourCitation : cite);
            } else {
                // The facts' colour is a word Quorum does not know ("Stone"): it cannot say this one is wrong.
                add(Kind::Colour, h, Status::Unsupported, m_facts.colourCitation);
            }
        }
    }

    void origins()
    {
        static const QRegularExpression making(
            u"\\b(?:made|produced|crafted|woven|knitted|sewn|grown|sourced|gemaakt|geproduceerd|geweven|gebreid)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        const bool made = making.match(m_scan).hasMatch();
        if ((ClaimVocabulary::deliveryWords().match(m_scan).hasMatch()
                || ClaimVocabulary::returnsWords().match(m_scan).hasMatch())
            && !made)
            return; // where it goes, not where it comes from
        // "… to Belgium and Germany it takes 2-4 days": a destination (a list of places after "to"), not an origin.
        static const QRegularExpression destination(
            u"\\b(?:to|naar)\\s+(?:[\\p{L}-]+(?:\\s*,\\s*|\\s+(?:and|en|or|of)\\s+))*$"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QStringList seen;
        for (const Hit& h : ClaimFacts::findTerms(m_scan, m_lower, ClaimVocabulary::countries())) {
            if (seen.contains(h.term->key) || (!made && destination.match(m_scan.left(h.start)).hasMatch()))
                continue;
            seen.append(h.term->key);
            QString cite = m_facts.citeTerm(*h.term, ClaimVocabulary::countries());
            // "Made in Europe" is true of a product made in Portugal.
            for (const Term& t : ClaimVocabulary::countries()) {
                if (cite.isEmpty() && ClaimVocabulary::regionMembers(h.term->key).contains(t.key))
                    cite = m_facts.citeTerm(t, ClaimVocabulary::countries());
            }
            if (!cite.isEmpty())
                add(Kind::Origin, h, Status::Supported, cite);
            else if (!m_facts.originKeys.isEmpty())
                add(Kind::Origin, h, Status::Contradicted, m_facts.originCitation);
            else
                add(Kind::Origin, h, Status::Unsupported, {});
        }
    }

    void careInstructions()
    {
        const QList<Term>& care = ClaimVocabulary::care();
        const QStringList factKeys = m_facts.keysIn(care);
        for (const Hit& h : ClaimFacts::findTerms(m_scan, m_lower, care)) {
            // "not machine washable" says the opposite of "machine washable".
            const Term* said = h.term;
            if (ClaimVocabulary::negationBefore().match(m_scan.left(h.start)).hasMatch()) {
                const QString opposite = ClaimVocabulary::negatedCare(h.term->key);
                const auto it
                    = std::find_if(care.begin(), care.end(), [&](const Term& t) { return t.key == opposite; });
                if (it == care.end())
                    continue;
                said = &*it;
            }
            // "Hand wash only" in the facts supports "hand wash".
            for (const QString& key : {said->key, QString(said->key + u"-only"_s)}) {
                if (factKeys.contains(key) && said) {
                    const auto t = std::find_if(care.begin(), care.end(), [&](const Term& c) { return c.key == key; });
                    add(Kind::Care, h, Status::Supported, m_facts.citeTerm(*t, care));
                    said = nullptr;
                }
            }
            if (!said)
                continue;
            const Term* conflicting = nullptr;
            for (const Term& t : care) {
                if (factKeys.contains(t.key) && (said->conflicts.contains(t.key) || t.conflicts.contains(said->key)))
                    conflicting = &t;
            }
            if (conflicting)
                add(Kind::Care, h, Status::Contradicted, m_facts.citeTerm(*conflicting, care));
            else
                add(Kind::Care, h, Status::Unsupported, {});
        }
    }

    void sizes()
    {
        static const QString token = u"(XXXXL|XXXL|XXL|XL|XXS|XS|[2-5]XL|S|M|L)"_s;
        static const QRegularExpression range(u"(?<![\\w])"_s + token
            + u"\\s*(?:to|through|till|until|–|—|-|tot en met|t/m|tot)\\s*"_s + token + u"(?![\\w])"_s);
        static const QRegularExpression upTo(
            u"\\b(?i:up to|tot|t/m)\\s+(?i:size\\s+|maat\\s+)?"_s + token + u"(?![\\w])"_s);
        static const QRegularExpression listed(
            u"\\b(?i:sizes?|maten|maat)\\s+((?:"_s + token + u"(?:\\s*(?:,|and|or|en|of|/)\\s*)?)+)"_s);
        static const QRegularExpression single(u"(?<![\\w])(XXXXL|XXXL|XXL|XL|XXS|XS|[2-5]XL)(?![\\w])"_s);
        static const QRegularExpression tokens(u"(?<![\\w])"_s + token + u"(?![\\w])"_s);
        const QStringList& order = ClaimVocabulary::letterSizes();
        QList<std::pair<qsizetype, qsizetype>> spans;
        const auto claim = [&](qsizetype start, qsizetype end, const QStringList& named) {
            spans.append({start, end});
            QStringList missing;
            for (const QString& s : named) {
                if (!m_facts.sizes.contains(s) && !missing.contains(s))
                    missing.append(s);
            }
            const Hit h{nullptr, start, end - start};
            // "XL dog bed": the product's own name or description says it.
            const QString own = m_facts.citeWords(m_sentence.mid(start, end - start));
            if (!own.isEmpty())
                add(Kind::Size, h, Status::Supported, own);
            else if (m_facts.sizes.isEmpty())
                add(Kind::Size, h, Status::Unsupported, {});
            else if (missing.isEmpty())
                add(Kind::Size, h, Status::Supported, m_facts.sizeSource);
            else
                add(Kind::Size, h, Status::Contradicted, m_facts.sizeSource);
        };
        const auto covered = [&spans](qsizetype s, qsizetype e) {
            return std::any_of(
                spans.begin(), spans.end(), [s, e](const auto& p) { return s < p.second && e > p.first; });
        };
        for (auto it = range.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            const qsizetype a = order.indexOf(ClaimVocabulary::normalisedSize(m.captured(1)));
            const qsizetype b = order.indexOf(ClaimVocabulary::normalisedSize(m.captured(2)));
            if (a < 0 || b < 0 || a >= b)
                continue;
            claim(m.capturedStart(), m.capturedEnd(), order.mid(a, b - a + 1));
        }
        for (auto it = upTo.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            if (covered(m.capturedStart(), m.capturedEnd()))
                continue;
            const QString top = ClaimVocabulary::normalisedSize(m.captured(1));
            const qsizetype b = order.indexOf(top);
            QStringList named{top};
            // "up to XXL" says every size from the smallest the product has.
            qsizetype a = b;
            for (const QString& s : m_facts.sizes)
                a = std::min(a, order.indexOf(s) >= 0 ? order.indexOf(s) : a);
            if (b >= 0)
                named = order.mid(a, b - a + 1);
            claim(m.capturedStart(), m.capturedEnd(), named);
        }
        for (auto it = listed.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            if (covered(m.capturedStart(), m.capturedEnd()))
                continue;
            QStringList named;
            for (auto t = tokens.globalMatch(m.captured(1)); t.hasNext();)
                named.append(ClaimVocabulary::normalisedSize(t.next().captured(1)));
            claim(m.capturedStart(), m.capturedEnd(), named);
        }
        for (auto it = single.globalMatch(m_scan); it.hasNext();) {
            const auto m = it.next();
            if (!covered(m.capturedStart(), m.capturedEnd()))
                claim(m.capturedStart(), m.capturedEnd(), {ClaimVocabulary::normalisedSize(m.captured(1))});
        }
    }

    void certifications()
    {
        // The labels the owner says the shop holds, as the owner wrote them ("EKO", "Thuiswinkel Waarborg").
        QList<std::pair<qsizetype, qsizetype>> owned;
        for (const QString& c : m_facts.certifications) {
            const QString lower = c.trimmed().toLower();
            const qsizetype at = lower.isEmpty() ? -1 : m_lower.indexOf(lower);
            if (at >= 0 && ClaimFacts::boundedAt(m_lower, at, lower.size())) {
                owned.append({at, at + lower.size()});
                add(Kind::Certification, Hit{nullptr, at, lower.size()}, Status::Supported,
                    QCoreApplication::translate("Claims", "brand profile") + u": "_s + c.trimmed());
            }
        }
        const QList<Hit> hits = ClaimFacts::findTerms(m_scan, m_lower, ClaimVocabulary::certifications());
        for (const Hit& h : hits) {
            const bool inOwned = std::any_of(owned.begin(), owned.end(),
                [&h](const auto& o) { return h.start < o.second && h.start + h.length > o.first; });
            // "certified" says nothing of its own beside a named label ("GOTS certified").
            if (inOwned || (h.term->key == u"certified" && (hits.size() > 1 || !owned.isEmpty())))
                continue;
            const QString cite = m_facts.citeTerm(*h.term, ClaimVocabulary::certifications());
            add(Kind::Certification, h, cite.isEmpty() ? Status::Unsupported : Status::Supported, cite);
        }
    }

    void health()
    {
        for (const PatternHit& p : findPatterns(m_scan, ClaimVocabulary::healthPatterns())) {
            const QString cite = m_facts.citePhrase(p.text.toLower());
            add(Kind::Health, p, cite.isEmpty() ? Status::Unsupported : Status::Supported, cite);
        }
    }

    void scarcity()
    {
        for (const PatternHit& p : findPatterns(m_scan, ClaimVocabulary::scarcityPatterns())) {
            const auto count = ClaimVocabulary::stockCountPattern().match(p.text);
            if (count.hasMatch()) {
                const int n = (count.captured(1).isEmpty() ? count.captured(2) : count.captured(1)).toInt();
                const QString stock = QCoreApplication::translate("Claims", "stock: %1").arg(m_facts.stock.value_or(0));
                if (!m_facts.stock)
                    add(Kind::Scarcity, p, Status::Unsupported, {});
                else if (*m_facts.stock > n || *m_facts.stock == 0)
                    add(Kind::Scarcity, p, Status::Contradicted, stock);
                else
                    add(Kind::Scarcity, p, Status::Supported, stock);
                continue;
            }
            const QString cite = m_facts.citePhrase(p.text.toLower());
            add(Kind::Scarcity, p, cite.isEmpty() ? Status::Unsupported : Status::Supported, cite);
        }
    }

    void discounts()
    {
        for (const PatternHit& p : findPatterns(m_scan, ClaimVocabulary::discountPatterns())) {
            if (m_facts.salePercents.isEmpty()) {
                const QString cite = m_facts.citePhrase(p.text.toLower());
                add(Kind::Discount, p, cite.isEmpty() ? Status::Unsupported : Status::Supported, cite);
                continue;
            }
            const auto percent = ClaimVocabulary::percentOffPattern().match(p.text);
            if (!percent.hasMatch()) {
                add(Kind::Discount, p, Status::Supported, m_facts.saleCitation);
                continue;
            }
            const int n = (percent.captured(1).isEmpty() ? percent.captured(2) : percent.captured(1)).toInt();
            const bool matches = std::any_of(m_facts.salePercents.begin(), m_facts.salePercents.end(),
                [n](int actual) { return std::abs(actual - n) <= 1; });
            add(Kind::Discount, p, matches ? Status::Supported : Status::Contradicted, m_facts.saleCitation);
        }
    }

    void awardsAndGuarantees()
    {
        static const QStringList awardWords{u"award"_s, u"bekroond"_s, u"prijswinnend"_s, u"winner"_s, u"winnaar"_s};
        static const QStringList guaranteeWords{
            u"guarantee"_s, u"warranty"_s, u"garantie"_s, u"money back"_s, u"money-back"_s};
        for (const PatternHit& p : findPatterns(m_scan, ClaimVocabulary::awardPatterns()))
            add(Kind::Award, p, citeAny(awardWords));
        static const QRegularExpression lifetime(u"lifetime|levenslang"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression moneyBack(
            u"money[- ]back|geld terug"_s, QRegularExpression::CaseInsensitiveOption);
        for (const PatternHit& p : findPatterns(m_scan, ClaimVocabulary::guaranteePatterns())) {
            // A lifetime or money-back guarantee needs the facts to say that much; a "2-year warranty" does not.
            if (lifetime.match(p.text).hasMatch())
                add(Kind::Guarantee, p, citeAny({u"lifetime"_s, u"levenslang"_s}));
            else if (moneyBack.match(p.text).hasMatch())
                add(Kind::Guarantee, p, citeAny({u"money back"_s, u"money-back"_s, u"geld terug"_s}));
            else
                add(Kind::Guarantee, p, citeAny(guaranteeWords));
        }
    }

    void competitors()
    {
        for (const QString& entry : m_facts.competitors) {
            // A name written with a capital is matched as written ("Next" the shop, not "your next walk").
            const QString name = entry.trimmed();
            const bool asWritten = !name.isEmpty() && name.at(0).isUpper();
            const QString& haystack = asWritten ? m_scan : m_lower;
            const QString needle = asWritten ? name : name.toLower();
            if (needle.isEmpty())
                continue;
            for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                if (ClaimFacts::boundedAt(haystack, at, needle.size())) {
                    add(Kind::Competitor, Hit{nullptr, at, needle.size()}, Status::Unsupported, {});
                    break;
                }
            }
        }
    }

private:
    // Where "pairs well with" begins, or the end: what follows is something else's.
    qsizetype pairingStart() const
    {
        const auto pairing = ClaimVocabulary::pairingPattern().match(m_scan);
        return pairing.hasMatch() ? pairing.capturedStart() : m_scan.size();
    }
    QString citeAny(const QStringList& words) const
    {
        for (const QString& w : words) {
            const QString cite = m_facts.citePhrase(w);
            if (!cite.isEmpty())
                return cite;
        }
        return {};
    }
    void add(Kind kind, const PatternHit& p, const QString& cite)
    {
        add(kind, p, cite.isEmpty() ? Status::Unsupported : Status::Supported, cite);
    }
    void add(Kind kind, const PatternHit& p, Status status, const QString& cite)
    {
        add(kind, Hit{nullptr, p.start, p.text.size()}, status, cite);
    }
    void add(Kind kind, const Hit& h, Status status, const QString& cite)
    {
        m_out->append(Claim{m_where, m_sentence, kind, m_sentence.mid(h.start, h.length), status, cite, 0, 0, 0});
    }

    const ClaimFacts::Index& m_facts;
    QString m_where;
    QString m_sentence;
    QString m_scan; // the sentence with its fixed phrases blanked (scanned())
    QString m_lower;
    QList<Claim>* m_out;
};

struct KindInfo
{
    Kind kind;
    const char* key;
    const char* name;
};

constexpr KindInfo kKinds[] = {{Kind::Material, "material", QT_TRANSLATE_NOOP("Claims", "material")},
    {Kind::Colour, "colour", QT_TRANSLATE_NOOP("Claims", "colour")},
    {Kind::Origin, "origin", QT_TRANSLATE_NOOP("Claims", "origin")},
    {Kind::Care, "care", QT_TRANSLATE_NOOP("Claims", "care")},
    {Kind::Size, "size", QT_TRANSLATE_NOOP("Claims", "size")},
    {Kind::Certification, "certification", QT_TRANSLATE_NOOP("Claims", "certification")},
    {Kind::Award, "award", QT_TRANSLATE_NOOP("Claims", "award")},
    {Kind::Guarantee, "guarantee", QT_TRANSLATE_NOOP("Claims", "guarantee")},
    {Kind::Scarcity, "scarcity", QT_TRANSLATE_NOOP("Claims", "stock or urgency")},
    {Kind::Discount, "discount", QT_TRANSLATE_NOOP("Claims", "discount")},
    {Kind::Health, "health", QT_TRANSLATE_NOOP("Claims", "health effect")},
    {Kind::Competitor, "competitor", QT_TRANSLATE_NOOP("Claims", "competitor")},
    {Kind::Policy, "policy", QT_TRANSLATE_NOOP("Claims", "shipping or returns")}};

} // namespace

QStringList sentences(const QString& text)
{
    static const QRegularExpression boundary(u"(?<=[.!?…])\\s+|\\n+|;\\s+"_s);
    static const QRegularExpression bullet(u"^[-*•·]\\s+"_s);
    QStringList out;
    for (QString part : text.split(boundary, Qt::SkipEmptyParts)) {
        part = part.trimmed().remove(bullet);
        if (!part.isEmpty())
            out.append(part);
    }
    return out;
}

Report check(const QString& kind, const QJsonObject& body, const ProductFacts& facts, const BrandProfile& brand)
{
    Report report;
    const ClaimFacts::Index index = ClaimFacts::index(facts, brand);
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        for (const QString& sentence : sentences(text)) {
            ++report.sentences;
            if (sentence.endsWith(u'?'))
                continue; // a question (an FAQ's) asserts nothing; its answer is checked
            SentenceChecker c(index, path, sentence, &report.claims);
            c.materials();
            c.colours();
            c.origins();
            c.careInstructions();
            if (kind != u"size_guide") // its sizes are checked against the facts one by one already
                c.sizes();
            c.certifications();
            c.health();
            c.scarcity();
            c.discounts();
            c.awardsAndGuarantees();
            c.competitors();
        }
    }
    return report;
}

int Report::count(Status status) const
{
    return static_cast<int>(
        std::count_if(claims.begin(), claims.end(), [status](const Claim& c) { return c.status == status; }));
}

QList<ContentChecks::Problem> Report::problems() const
{
    QList<ContentChecks::Problem> out;
    for (const Claim& c : claims) {
        if (c.status == Status::Supported)
            continue;
        ContentChecks::Problem p;
        p.code = c.kind == Kind::Material ? u"material"_s : u"claim"_s;
        p.severity = c.status == Status::Contradicted ? u"critical"_s : u"major"_s;
        p.where = c.where;
        if (c.status == Status::Contradicted && c.kind == Kind::Policy)
            p.message = QCoreApplication::translate("Claims", "“%1” (%2) contradicts the knowledge base: %3.")
                            .arg(c.term, kindName(c.kind), c.citation);
        else if (c.status == Status::Contradicted)
            p.message = QCoreApplication::translate("Claims", "“%1” (%2) contradicts the facts: %3.")
                            .arg(c.term, kindName(c.kind), c.citation);
        else if (c.kind == Kind::Policy)
            p.message = QCoreApplication::translate("Claims",
                "“%1” (%2): the knowledge base says nothing about it. Leave it out, or add the shop's terms to the "
                "knowledge base (Settings → Knowledge).")
                            .arg(c.term, kindName(c.kind));
        else if (c.kind == Kind::Health)
            p.message = QCoreApplication::translate("Claims",
                "“%1” is a health claim the product's facts do not make; health claims need evidence and are "
                "regulated. Leave it out.")
                            .arg(c.term);
        else if (c.kind == Kind::Competitor)
            p.message = QCoreApplication::translate(
                "Claims", "Names the competitor “%1”: a comparison with a competitor needs a source. Leave it out.")
                            .arg(c.term);
        else
            p.message = QCoreApplication::translate("Claims",
                "“%1” (%2): nothing in the product's facts supports it. Leave it out, or add it to the facts.")
                            .arg(c.term, kindName(c.kind));
        out.append(p);
    }
    return out;
}

QJsonObject Claim::toJson() const
{
    QJsonObject o{{u"where"_s, where}, {u"sentence"_s, sentence}, {u"kind"_s, kindKey(kind)}, {u"term"_s, term},
        {u"status"_s, statusKey(status)}, {u"citation"_s, citation}};
    if (chunkId > 0)
        o.insert(u"passage"_s,
            QJsonObject{{u"chunk"_s, chunkId}, {u"document"_s, documentId}, {u"version"_s, documentVersion}});
    return o;
}

std::optional<Claim> Claim::fromJson(const QJsonObject& o)
{
    const auto kind = kindFromKey(o.value(u"kind"_s).toString());
    const auto status = statusFromKey(o.value(u"status"_s).toString());
    if (!kind || !status)
        return std::nullopt;
    const QJsonObject passage = o.value(u"passage"_s).toObject();
    return Claim{o.value(u"where"_s).toString(), o.value(u"sentence"_s).toString(), *kind,
        o.value(u"term"_s).toString(), *status, o.value(u"citation"_s).toString(),
        passage.value(u"chunk"_s).toInteger(), passage.value(u"document"_s).toInteger(),
        passage.value(u"version"_s).toInt()};
}

QJsonObject Report::toJson() const
{
    QJsonArray list;
    for (const Claim& c : claims)
        list.append(c.toJson());
    return QJsonObject{{u"claims"_s, list}, {u"sentences"_s, sentences}};
}

Report Report::fromJson(const QJsonObject& o)
{
    Report r;
    for (const QJsonValue& v : o.value(u"claims"_s).toArray()) {
        if (const auto c = Claim::fromJson(v.toObject()))
            r.claims.append(*c);
    }
    r.sentences = o.value(u"sentences"_s).toInt();
    return r;
}

QString kindKey(Kind kind)
{
    for (const KindInfo& k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<Kind> kindFromKey(const QString& key)
{
    for (const KindInfo& k : kKinds) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    for (const KindInfo& k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("Claims", k.name);
    }
    return {};
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::Supported:
        return u"supported"_s;
    case Status::Contradicted:
        return u"contradicted"_s;
    case Status::Unsupported:
        return u"unsupported"_s;
    }
    return {};
}

std::optional<Status> statusFromKey(const QString& key)
{
    for (Status s : {Status::Supported, Status::Contradicted, Status::Unsupported}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Supported:
        return QCoreApplication::translate("Claims", "supported");
    case Status::Contradicted:
        return QCoreApplication::translate("Claims", "contradicted");
    case Status::Unsupported:
        return QCoreApplication::translate("Claims", "unsupported");
    }
    return {};
}

} // namespace Claims
