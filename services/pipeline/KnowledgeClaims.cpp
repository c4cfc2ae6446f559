#include "KnowledgeClaims.h"

#include "ClaimFacts.h"
#include "ClaimVocabulary.h"
#include "ContentSpec.h"
#include "ProductFacts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace KnowledgeClaims
{

namespace
{

// A period ("30 days", "2-3 working days", "14 dagen", "48 uur") or a free delivery.
const QRegularExpression& periodPattern()
{
    static const QRegularExpression re(u"(?<![\\w.,])(\\d{1,3})(?:\\s*(?:-|–|to|tot|t/m)\\s*(\\d{1,3}))?\\s*"
                                       u"(working days?|business days?|werkdagen|werkdag|days?|dagen|dag|weeks?|weken|"
                                       u"week|hours?|uur|months?|maanden|maand)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& freePattern()
{
    static const QRegularExpression re(u"\\b(?:free|gratis|kosteloos)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString unitKey(const QString& unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(u"working") || u.startsWith(u"business") || u.startsWith(u"werkdag"))
        return u"workday"_s;
    if (u.startsWith(u"day") || u.startsWith(u"dag"))
        return u"day"_s;
    if (u.startsWith(u"week") || u.startsWith(u"weken"))
        return u"week"_s;
    if (u.startsWith(u"hour") || u == u"uur")
        return u"hour"_s;
    return u"month"_s;
}

// "30 day", "2-3 workday": a period, normalised.
struct Period
{
    QString key;
    QString text;
    qsizetype start = 0;
};

QList<Period> periodsIn(const QString& text)
{
    QList<Period> out;
    for (auto it = periodPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString key = m.captured(1);
        if (!m.captured(2).isEmpty())
            key += u'-' + m.captured(2);
        out.append({key + u' ' + unitKey(m.captured(3)), m.captured(), m.capturedStart()});
    }
    return out;
}

// The topic words of a sentence: returns, shipping, or none.
QString topicOf(const QString& sentence)
{
    if (ClaimVocabulary::returnsWords().match(sentence).hasMatch())
        return u"returns"_s;
    if (ClaimVocabulary::deliveryWords().match(sentence).hasMatch())
        return u"shipping"_s;
    return {};
}

// The sentences of the passages, each with its passage and topic.
struct PassageSentence
{
    const Knowledge::Passage* passage;
    QString sentence;
    QString topic;
};

QList<PassageSentence> passageSentences(const QList<Knowledge::Passage>& passages)
{
    QList<PassageSentence> out;
    for (const Knowledge::Passage& p : passages) {
        for (const QString& s : Claims::sentences(p.text)) {
            QString topic = topicOf(s);
            if (topic.isEmpty() && (p.topic == u"returns" || p.topic == u"shipping"))
                topic = p.topic; // "You have 30 days." under the returns policy
            out.append({&p, s, topic});
        }
    }
    return out;
}

QString citationOf(const PassageSentence& s)
{
    return QCoreApplication::translate("KnowledgeClaims", "knowledge base, %1 (%2, version %3): %4")
        .arg(s.passage->label(), s.passage->ref())
        .arg(s.passage->documentVersion)
        .arg(s.sentence);
}

void cite(Claims::Claim* claim, const PassageSentence& s)
{
    // A sentence the piece took word for word is not quoted twice.
    claim->citation = claim->sentence.simplified() == s.sentence.simplified()
        ? QCoreApplication::translate("KnowledgeClaims", "knowledge base, %1 (%2, version %3), word for word")
              .arg(s.passage->label(), s.passage->ref())
              .arg(s.passage->documentVersion)
        : citationOf(s);
    claim->chunkId = s.passage->chunkId;
    claim->documentId = s.passage->documentId;
    claim->documentVersion = s.passage->documentVersion;
}

Claims::Claim policyClaim(const QString& where, const QString& sentence, const QString& term)
{
    Claims::Claim c;
    c.where = where;
    c.sentence = sentence;
    c.kind = Claims::Kind::Policy;
    c.term = term;
    return c;
}

// The policy claims of one sentence: each period, and a free delivery.
// The topic a period in a sentence belongs to: the nearest topic word before it ("ship within 2 days, return within
// 30": shipping, then returns), or else the sentence's (returns first: "binnen 30 dagen na levering retourneren",
// where Dutch puts the verb last).
QString topicAt(const QString& sentence, qsizetype at)
{
    QString before;
    qsizetype beforeAt = -1;
    for (const auto& [topic, words] : {std::pair{u"returns"_s, &ClaimVocabulary::returnsWords()},
             std::pair{u"shipping"_s, &ClaimVocabulary::deliveryWords()}}) {
        for (auto it = words->globalMatch(sentence); it.hasNext();) {
            const qsizetype start = it.next().capturedStart();
            if (start < at && start > beforeAt) {
                beforeAt = start;
                before = topic;
            }
        }
    }
    return before.isEmpty() ? topicOf(sentence) : before;
}

// The policy claims of one sentence: each period, and a free delivery.
void policyClaims(
    const QString& where, const QString& sentence, const QList<PassageSentence>& known, QList<Claims::Claim>* out)
{
    if (topicOf(sentence).isEmpty())
        return;
    const auto onTopic = [&known](const QString& topic) {
        QList<const PassageSentence*> list;
        for (const PassageSentence& s : known) {
            if (s.topic == topic)
                list.append(&s);
        }
        return list;
    };
    for (const Period& period : periodsIn(sentence)) {
        Claims::Claim c = policyClaim(where, sentence, period.text);
        const PassageSentence* same = nullptr;
        const PassageSentence* other = nullptr;
        for (const PassageSentence* s : onTopic(topicAt(sentence, period.start))) {
            for (const Period& p : periodsIn(s->sentence)) {
                if (p.key == period.key && !same)
                    same = s;
                else if (p.key.section(u' ', 1) == period.key.section(u' ', 1) && !other)
                    other = s;
            }
        }
        if (same) {
            c.status = Claims::Status::Supported;
            cite(&c, *same);
        } else if (other) {
            c.status = Claims::Status::Contradicted;
            cite(&c, *other);
        }
        out->append(c);
    }
    if (const auto m = freePattern().match(sentence);
        m.hasMatch() && topicAt(sentence, m.capturedStart()) == u"shipping") {
        Claims::Claim c = policyClaim(where, sentence, m.captured());
        for (const PassageSentence* s : onTopic(u"shipping"_s)) {
            if (freePattern().match(s->sentence).hasMatch()) {
                c.status = Claims::Status::Supported;
                cite(&c, *s);
                break;
            }
        }
        out->append(c);
    }
}

} // namespace

bool termsSentenceWith(const QString& text, const QString& what)
{
    for (const QString& sentence : Claims::sentences(text)) {
        if (sentence.contains(what, Qt::CaseInsensitive) && !topicOf(sentence).isEmpty())
            return true;
    }
    return false;
}

bool wantsKnowledge(const QString& kind)
{
    static const QSet<QString> kinds{u"faq"_s, u"care"_s, u"description"_s, u"size_guide"_s, u"blog"_s, u"email"_s};
    return kinds.contains(kind);
}

QStringList queriesFor(const QString& kind, const ProductFacts& facts)
{
    const QString product = facts.material() + u' ' + facts.category;
    if (kind == u"faq") // the questions every shop is asked: delivery, returns, and how to look after it
        return {u"shipping delivery dispatch verzending levering bezorging"_s,
            u"returns refund exchange retour retourneren ruilen"_s,
            u"care wash onderhoud wassen "_s + facts.material()};
    if (kind == u"care")
        return {u"care wash washing dry iron clean onderhoud wassen drogen strijken "_s + product};
    if (kind == u"size_guide")
        return {u"size fit measure chest waist length maat pasvorm "_s + product};
    if (kind == u"email")
        return {u"shipping delivery returns verzending retour"_s};
    return {product};
}

QList<Knowledge::Passage> passagesFor(const QSqlDatabase& db, const QString& kind, const ProductFacts& facts, int limit)
{
    if (!wantsKnowledge(kind))
        return {};
    const QStringList queries = queriesFor(kind, facts);
    // Each topic its best passages (two each when there are several), none twice.
    const int each = queries.size() > 1 ? 2 : limit;
    QList<Knowledge::Passage> out;
    QSet<qint64> seen;
    for (const QString& q : queries) {
        for (const Knowledge::Passage& p : Knowledge::search(db, q, each)) {
            if (!seen.contains(p.chunkId) && out.size() < std::max<qsizetype>(limit, queries.size() * each)) {
                seen.insert(p.chunkId);
                out.append(p);
            }
        }
    }
    return out;
}

QString promptBlock(const QList<Knowledge::Passage>& passages)
{
    if (passages.isEmpty())
        return {};
    QStringList out{u"The shop's knowledge base: its own words on its terms, care and materials, each passage with its "
                    u"id. State a shipping or returns term, a period or an amount only as a passage gives it; where a "
                    u"passage and the product's facts differ, the facts win.\n<knowledge>"_s};
    for (const Knowledge::Passage& p : passages)
        out << u"[%1] %2\n%3"_s.arg(p.ref(), p.label(), p.text);
    out << u"</knowledge>"_s;
    return out.join(u"\n\n"_s);
}

QString text(const QList<Knowledge::Passage>& passages)
{
    QStringList out;
    for (const Knowledge::Passage& p : passages)
        out.append(p.text);
    return out.join(u'\n');
}

void apply(Claims::Report* report, const QJsonObject& body, const QList<Knowledge::Passage>& passages)
{
    const QList<PassageSentence> known = passageSentences(passages);
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        for (const QString& sentence : Claims::sentences(text)) {
            if (!sentence.endsWith(u'?'))
                policyClaims(path, sentence, known, &report->claims);
        }
    }
    if (known.isEmpty())
        return;
    // What the product's facts are silent on, a passage may state; what they contradict, it may not overrule.
    for (Claims::Claim& c : report->claims) {
        using Claims::Kind;
        const bool shopLevel = c.kind == Kind::Care || c.kind == Kind::Guarantee || c.kind == Kind::Certification
            || c.kind == Kind::Award;
        if (!shopLevel || c.status == Claims::Status::Supported)
            continue;
        const QString term = c.term.toLower();
        for (const PassageSentence& s : known) {
            const QString lower = s.sentence.toLower();
            const qsizetype at = lower.indexOf(term);
            if (at < 0 || !ClaimFacts::boundedAt(lower, at, term.size()))
                continue;
            if (c.status == Claims::Status::Unsupported) {
                c.status = Claims::Status::Supported;
                cite(&c, s);
            } else {
                c.citation += QCoreApplication::translate("KnowledgeClaims",
                    " (the knowledge base's “%1” says “%2”: the product's facts win; correct the one that is wrong)")
                                  .arg(s.passage->label(), s.sentence);
            }
            break;
        }
    }
}

QList<Knowledge::Citation> citations(const Claims::Report& report)
{
    QList<Knowledge::Citation> out;
    for (const Claims::Claim& c : report.claims) {
        if (c.chunkId > 0 && c.status == Claims::Status::Supported)
            out.append({c.chunkId, c.documentId, c.documentVersion});
    }
    return out;
}

} // namespace KnowledgeClaims
