#include "CopyReviewer.h"

#include "ClaimVerdicts.h"
#include "CopyComposer.h"
#include "PromptReader.h"
#include "core/Money.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool containsWord(const QString& text, const QString& word)
{
    return QRegularExpression(
        u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(word) + u"(?![\\p{L}\\p{N}])"_s, kOptions)
        .match(text)
        .hasMatch();
}

int countOf(const QString& text, const QString& pattern)
{
    int n = 0;
    for (auto it = QRegularExpression(pattern, kOptions).globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString quoted(const QString& s, qsizetype max = 90)
{
    QString t = s.simplified();
    if (t.size() > max)
        t = t.left(t.lastIndexOf(u' ', max)) + u'…';
    return u"“"_s + t + u"”"_s;
}

// Words that carry no topic, in both languages the sandbox writes.
const QSet<QString>& stopwords()
{
    static const QSet<QString> words{u"the"_s, u"and"_s, u"for"_s, u"you"_s, u"your"_s, u"with"_s, u"what"_s,
        u"which"_s, u"who"_s, u"how"_s, u"does"_s, u"did"_s, u"can"_s, u"should"_s, u"would"_s, u"will"_s, u"this"_s,
        u"that"_s, u"are"_s, u"was"_s, u"from"_s, u"into"_s, u"about"_s, u"there"_s, u"their"_s, u"our"_s, u"its"_s,
        u"make"_s, u"made"_s, u"get"_s, u"come"_s, u"comes"_s, u"any"_s, u"all"_s, u"one"_s, u"some"_s, u"much"_s,
        u"many"_s, u"more"_s, u"very"_s, u"also"_s, u"just"_s, u"have"_s, u"has"_s, u"not"_s, u"why"_s, u"when"_s,
        u"where"_s, u"de"_s, u"het"_s, u"een"_s, u"van"_s, u"voor"_s, u"wie"_s, u"wat"_s, u"hoe"_s, u"welke"_s,
        u"waar"_s, u"kan"_s, u"ik"_s, u"je"_s, u"jullie"_s, u"met"_s, u"ook"_s, u"dat"_s, u"dit"_s, u"zijn"_s,
        u"niet"_s, u"moet"_s, u"heeft"_s, u"hebben"_s, u"er"_s, u"in"_s, u"is"_s, u"op"_s, u"te"_s, u"bij"_s};
    return words;
}

QStringList contentWords(const QString& text, const QSet<QString>& skip)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*"_s);
    QStringList out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (w.size() >= 3 && !stopwords().contains(w) && !skip.contains(w))
            out.append(w);
    }
    return out;
}

bool sameStem(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    return a.size() >= 4 && b.size() >= 4 && a.left(4) == b.left(4);
}

// Materials an editor recognises; one the facts do not give is a factual error.
const QStringList& materials()
{
    static const QStringList words{u"stainless steel"_s, u"steel"_s, u"aluminium"_s, u"aluminum"_s, u"brass"_s,
        u"copper"_s, u"bronze"_s, u"titanium"_s, u"cotton"_s, u"linen"_s, u"wool"_s, u"merino"_s, u"cashmere"_s,
        u"alpaca"_s, u"silk"_s, u"polyester"_s, u"nylon"_s, u"acrylic"_s, u"viscose"_s, u"elastane"_s, u"fleece"_s,
        u"leather"_s, u"suede"_s, u"denim"_s, u"canvas"_s, u"bamboo"_s, u"hemp"_s, u"cork"_s, u"oak"_s, u"walnut"_s,
        u"beech"_s, u"teak"_s, u"ceramic"_s, u"porcelain"_s, u"stoneware"_s, u"glass"_s, u"marble"_s, u"plastic"_s,
        u"silicone"_s, u"rubber"_s};
    return words;
}

QList<qint64> amounts(const QString& text)
{
    static const QString number = u"(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)"_s;
    static const QRegularExpression prefix(
        u"(?:US\\$|C\\$|A\\$|€|£|\\$|\\bEUR|\\bUSD|\\bGBP|\\bCHF)\\s?"_s + number, kOptions);
    static const QRegularExpression suffix(
        number + u"\\s?(?:€|\\bEUR\\b|\\beuros?\\b|\\bUSD\\b|\\bGBP\\b)"_s, kOptions);
    QList<qint64> out;
    for (const QRegularExpression* re : {&prefix, &suffix}) {
        for (auto it = re->globalMatch(text); it.hasNext();)
            out.append(Money::parse(it.next().captured(1)).value_or(-1));
    }
    return out;
}

} // namespace

CopyReviewer::CopyReviewer(const ContentGenerator::Facts& facts, const QString& prompt,
    const ContentGenerator::Options& options, QRandomGenerator* rng)
    : m_facts(facts)
    , m_prompt(prompt)
    , m_options(options)
    , m_rng(rng)
{
    read();
    checkRepeats();
    checkFaq();
    checkPrices();
    checkMaterials();
    checkWords();
    checkLanguage();
}

void CopyReviewer::read()
{
    m_piece = PromptReader::between(m_prompt, u"piece"_s);
    m_pieceName = PromptReader::reviewedPiece(m_prompt);
    const QStringList lines = m_piece.split(u'\n');
    QString question;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'[') || line.startsWith(u'#') || line.startsWith(u'/'))
            continue;
        if (line.startsWith(u"Q: "_s)) {
            question = line.mid(3);
        } else if (line.startsWith(u"A: "_s)) {
            m_faq.append({question, line.mid(3)});
            question.clear();
        }
        for (const QString& prefix : {u"Q: "_s, u"A: "_s, u"• "_s, u"! "_s}) {
            if (line.startsWith(prefix))
                line = line.mid(prefix.size());
        }
        for (const QString& s : CopyComposer::split(line))
            m_sentences.append({s, i + 1});
    }
}

void CopyReviewer::checkRepeats()
{
    QHash<QString, int> seen;
    QStringList order;
    for (const Sentence& s : m_sentences) {
        const QString n = CopyComposer::normalized(s.text);
        if (n.count(u' ') < 3) // a label or a greeting, not a sentence a reader would notice twice
            continue;
        if (seen[n]++ == 0)
            order.append(n);
    }
    for (const QString& n : order) {
        const int times = seen.value(n);
        if (times < 2)
            continue;
        ++m_repeats;
        if (m_repeats > 3)
            continue;
        const auto first = std::find_if(m_sentences.cbegin(), m_sentences.cend(),
            [&n](const Sentence& s) { return CopyComposer::normalized(s.text) == n; });
        m_findings.append({u"major"_s, u"line %1"_s.arg(first->line),
            u"The sentence %1 appears %2 times; a reader notices the repetition and stops trusting the copy."_s
                .arg(quoted(first->text))
                .arg(times),
            u"Keep it once and use the space for a fact the piece does not cover yet."_s});
    }
}

QString CopyReviewer::topicOf(const QString& text) const
{
    // The product's own name says nothing about the topic ("Is Gift Card for me?").
    const QString t = QString(text).remove(m_facts.name, Qt::CaseInsensitive).toLower();
    const auto any = [&t](const QString& pattern) { return QRegularExpression(pattern, kOptions).match(t).hasMatch(); };
    if (any(u"\\b(?:cost|price|much is|expensive|kost|prijs)"_s) || !amounts(text).isEmpty())
        return u"price"_s;
    if (any(u"\\b(?:made of|made from|material|fabric|gemaakt van|materiaal)"_s)
        || (!m_facts.material().isEmpty() && t.contains(m_facts.material().toLower())))
        return u"material"_s;
    if (any(u"\\b(?:care|clean|wash|look after|onderhoud|schoon|wassen|wasbeurt)"_s))
        return u"care"_s;
    if (any(u"\\b(?:sizes?|fit|maat|maten|pasvorm)\\b"_s))
        return u"sizes"_s;
    if (any(u"\\b(?:return|send it back|send .* back|refund|retour|terugsturen)"_s))
        return u"returns"_s;
    if (any(u"\\b(?:arrive|deliver|ship|how soon|bezorg|lever|verzend|in huis)"_s))
        return u"shipping"_s;
    if (any(u"\\b(?:gift|present|cadeau)"_s))
        return u"gift"_s;
    if (any(u"\\bwho\\b|voor wie|right for me"_s))
        return u"audience"_s;
    return {};
}

bool CopyReviewer::answers(const QString& question, const QString& answer) const
{
    QSet<QString> name;
    for (const QString& w : contentWords(m_facts.name, {}))
        name.insert(w);
    const QStringList asked = contentWords(question, name);
    const QStringList said = contentWords(answer, name);
    for (const QString& q : asked) {
        for (const QString& a : said) {
            if (sameStem(q, a))
                return true;
        }
    }
    const QString topic = topicOf(question);
    const QString a = answer.toLower();
    const auto any = [&a](const QString& pattern) { return QRegularExpression(pattern, kOptions).match(a).hasMatch(); };
    if (topic == u"price")
        return !amounts(answer).isEmpty() || any(u"\\b(?:price|cost|prijs|kost)"_s);
    if (topic == u"material")
        return any(u"\\b(?:made|material|gemaakt|materiaal)"_s)
            || (!m_facts.material().isEmpty() && a.contains(m_facts.material().toLower()));
    if (topic == u"care")
        return any(u"\\b(?:car(?:e|ing)|clean|wash|wipe|dry|rinse|store|look(?:ing)? after|label|onderhoud|schoon|"
                   u"was|droog|afnemen|bewaar)"_s);
    if (topic == u"sizes") {
        for (const QString& s : m_facts.sizes()) {
            if (containsWord(answer, s))
                return true;
        }
        return any(u"\\b(?:sizes?|maat|maten)\\b"_s);
    }
    if (topic == u"returns")
        return any(u"\\b(?:return|send|refund|retour|terug)"_s);
    if (topic == u"shipping")
        return any(u"\\b(?:ship|deliver|dispatch|arriv|days?|leave|parcel|lever|verzend|bezorg|verstuur|pakket|"
                   u"werkdag|dagen)"_s);
    if (topic == u"gift")
        return any(u"\\b(?:gift|present|cadeau)"_s);
    if (topic == u"audience") {
        for (const QString& w : contentWords(m_facts.audience, {})) {
            if (a.contains(w))
                return true;
        }
        return any(u"\\b(?:anyone|everyone|people|made (?:it )?for|iedereen|mensen|bedoeld voor|gemaakt voor)"_s);
    }
    // Nothing to judge by: a question without content words of its own.
    return asked.isEmpty();
}

void CopyReviewer::checkFaq()
{
    for (qsizetype i = 0; i < m_faq.size(); ++i) {
        const auto& [question, answer] = m_faq.at(i);
        if (question.isEmpty() || answers(question, answer))
            continue;
        ++m_nonAnswers;
        const QString topic = topicOf(answer);
        m_findings.append({u"major"_s, u"FAQ question %1"_s.arg(i + 1),
            u"The answer to %1 does not answer it; it talks about %2 instead."_s.arg(
                quoted(question, 120), topic.isEmpty() ? u"something else"_s : u"the "_s + topic),
            u"Answer the question that is asked, from the facts, or tell the customer how to find out."_s});
    }
}

void CopyReviewer::checkPrices()
{
    if (m_facts.priceCents <= 0)
        return;
    QList<qint64> allowed{m_facts.priceCents};
    allowed += amounts(m_facts.description);
    allowed += amounts(PromptReader::between(m_prompt, u"knowledge"_s)); // the shop's terms: "free delivery over €50"
    for (const QJsonValue& v : m_facts.attributes.value(u"prices"_s).toArray())
        allowed.append(Money::parse(v.toString()).value_or(-1));
    for (qint64 cents : amounts(m_piece)) {
        if (allowed.contains(cents))
            continue;
        m_wrongPrice = true;
        m_findings.append({u"critical"_s, u"price"_s,
            u"The copy states the price as %1, but the facts say %2."_s.arg(
                ContentGenerator::priceText(cents, m_facts.currency),
                ContentGenerator::priceText(m_facts.priceCents, m_facts.currency)),
            u"State the price exactly as the facts give it."_s});
        return;
    }
}

void CopyReviewer::checkMaterials()
{
    const QString known = m_facts.text.isEmpty() ? m_facts.material().toLower() : m_facts.text;
    for (const QString& m : materials()) {
        if (!containsWord(m_piece, m) || containsWord(known, m))
            continue;
        // "stainless steel" also contains "steel": one finding per material.
        if (m == u"steel" && containsWord(m_piece, u"stainless steel"_s))
            continue;
        m_wrongMaterial = true;
        m_findings.append({u"critical"_s, u"material"_s,
            u"Mentions %1, which is not among the product's materials (%2)."_s.arg(
                m, m_facts.material().isEmpty() ? u"none given"_s : m_facts.material()),
            u"Describe only the materials the facts list."_s});
    }
}

void CopyReviewer::checkWords()
{
    for (const QString& word : m_facts.banned) {
        if (word.trimmed().isEmpty() || !containsWord(m_piece, word.trimmed()))
            continue;
        ++m_banned;
        m_findings.append({u"major"_s, u"wording"_s, u"Uses “%1”, which the brand never uses."_s.arg(word.trimmed()),
            u"Rephrase without it."_s});
    }
    m_superlatives = countOf(m_piece,
        u"\\b(?:best|perfect|ultimate|unbeatable|world's|number one|revolutionary|amazing|incredible|beste|perfecte?|"
        u"ultieme|ongeëvenaard)\\b|#1\\b"_s);
    if (m_superlatives > 0 && m_facts.voice.contains(u"superlative"_s, Qt::CaseInsensitive))
        m_findings.append({u"minor"_s, u"wording"_s,
            u"Uses %1 superlative(s), which the brand voice (“%2”) rules out."_s.arg(m_superlatives).arg(m_facts.voice),
            u"Say what makes it good instead of that it is the best."_s});
    m_healthClaims = countOf(m_piece, u"\\b(?:cures?|heals?|clinically|medical grade|geneest|klinisch)\\b"_s);
    if (m_healthClaims > 0)
        m_findings.append({u"major"_s, u"claims"_s, u"Makes a health claim the facts do not support."_s,
            u"Remove the claim, or support it in the facts first."_s});
    // Stuffing: the name again and again in the prose (FAQ questions name it by nature).
    QString prose;
    for (const Sentence& s : m_sentences)
        prose += s.text + u' ';
    for (const auto& [q, a] : m_faq)
        prose.remove(q);
    const int words = CopyComposer::wordCount(prose);
    const int names = countOf(prose, QRegularExpression::escape(m_facts.name));
    if (words >= 80 && names * 100 > words * 5) {
        m_stuffing = true;
        m_findings.append({u"minor"_s, u"throughout"_s,
            u"The product name appears %1 times in %2 words; it reads as keyword stuffing."_s.arg(names).arg(words),
            u"Name it once or twice and use “it” in between."_s});
    }
}

void CopyReviewer::checkLanguage()
{
    const PromptReader::Language expected = PromptReader::language(m_prompt);
    const int english = countOf(m_piece, u"\\b(?:the|and|with|for|you|your|it|to|this|that|are|from|our)\\b"_s);
    const int dutch
        = countOf(m_piece, u"\\b(?:de|het|een|en|van|met|voor|je|jouw|dat|dit|zijn|niet|ook|wat|onze|op)\\b"_s);
    const bool dutchExpected = expected == PromptReader::Language::Dutch;
    if ((dutchExpected && english >= 6 && english > dutch) || (!dutchExpected && dutch >= 6 && dutch > english)) {
        m_wrongLanguage = true;
        m_findings.append({u"critical"_s, u"throughout"_s,
            u"The copy is written in %1, but the brand writes in %2."_s.arg(
                dutchExpected ? u"English"_s : u"Dutch"_s, dutchExpected ? u"Dutch"_s : u"English"_s),
            u"Write the piece in the brand's language."_s});
    }
}

double CopyReviewer::coverage(QStringList* covered) const
{
    const QString piece = m_piece.toLower();
    QList<std::pair<QString, bool>> facts;
    const QString name = m_pieceName;
    const bool narrow = name.contains(u"care"_s) || name.contains(u"size guide"_s);
    const bool listing = name.contains(u"seo"_s) || name.contains(u"tags"_s);
    bool nameSeen = false;
    for (const QString& w : contentWords(m_facts.name, {}))
        nameSeen = nameSeen || (w.size() >= 4 && piece.contains(w));
    if (!narrow)
        facts.append({u"the name"_s, nameSeen});
    if (!m_facts.material().isEmpty() && !name.contains(u"size guide"_s))
        facts.append({u"the material"_s, piece.contains(m_facts.material().toLower().section(u' ', -1))});
    if (!narrow && !listing && m_facts.priceCents > 0)
        facts.append({u"the price"_s, amounts(m_piece).contains(m_facts.priceCents)});
    if (!m_facts.sizes().isEmpty() && !listing && !name.contains(u"care"_s)) {
        bool seen = false;
        for (const QString& s : m_facts.sizes())
            seen = seen || containsWord(m_piece, s);
        facts.append({u"the sizes"_s, seen});
    }
    if (!narrow && !listing && !m_facts.audience.isEmpty()) {
        bool seen = false;
        for (const QString& w : contentWords(m_facts.audience, {}))
            seen = seen || (w.size() >= 4 && piece.contains(w));
        facts.append({u"who it is for"_s, seen});
    }
    if (facts.isEmpty())
        return 1.0;
    int n = 0;
    for (const auto& [what, seen] : facts) {
        n += seen ? 1 : 0;
        if (seen && covered)
            covered->append(what);
    }
    return static_cast<double>(n) / static_cast<double>(facts.size());
}

QMap<QString, int> CopyReviewer::scores()
{
    // Signals a reader feels: openings that vary, sentences of a readable length, facts covered.
    QSet<QString> openings;
    int words = 0;
    for (const Sentence& s : m_sentences) {
        openings.insert(CopyComposer::normalized(s.text).section(u' ', 0, 1));
        words += CopyComposer::wordCount(s.text);
    }
    const qsizetype n = m_sentences.size();
    const double variety = n < 3 ? 1.0 : static_cast<double>(openings.size()) / static_cast<double>(n);
    const double average = n == 0 ? 0.0 : static_cast<double>(words) / static_cast<double>(n);
    const double readable = average >= 8 && average <= 20
        ? 1.0
        : std::max(0.0, 1.0 - std::min(std::abs(average - 8), std::abs(average - 20)) / 12.0);
    const double facts = coverage(nullptr);
    // Specific: a sentence that says something only this product's facts could (its material, price,
    // sizes, audience, what its description says); the name alone does not make a sentence specific.
    // Care instructions, size guides and tags are specific by nature; a blog post is half advice.
    QSet<QString> factWords;
    for (const QString& source : {m_facts.material(), m_facts.audience, m_facts.description, m_facts.sizes().join(u' '),
             m_facts.colours().join(u' ')}) {
        for (const QString& w : contentWords(source, {}))
            factWords.insert(w.left(5));
    }
    int specific = 0;
    for (const Sentence& s : m_sentences) {
        const QString t = QString(s.text).remove(m_facts.name, Qt::CaseInsensitive);
        bool hit = !amounts(t).isEmpty();
        for (const QString& w : contentWords(t, {}))
            hit = hit || (w.size() >= 4 && factWords.contains(w.left(5)));
        specific += hit ? 1 : 0;
    }
    double specificity = n == 0 ? 0.0 : std::min(1.0, static_cast<double>(specific) / (0.5 * static_cast<double>(n)));
    if (m_pieceName.contains(u"care"_s) || m_pieceName.contains(u"size"_s) || m_pieceName.contains(u"tags"_s))
        specificity = 1.0;
    else if (m_pieceName.contains(u"blog"_s))
        specificity = std::max(specificity, 0.5);
    const auto jitter = [this](double span) { return span * m_rng->generateDouble(); };
    const bool nameFirst = m_piece.section(u'\n', 0, 0).contains(m_facts.name.section(u' ', 0, 0), Qt::CaseInsensitive);

    double quality = 88 + 2 * variety + 2 * readable + 2 * facts + 4 * specificity + jitter(1.0);
    double seo = 85 + (nameFirst ? 6 : 0) + 3 * facts + jitter(2.0);
    double voice = 85 + 5 * variety + jitter(4.0);
    double factual = 91 + 6 * facts + jitter(2.0);
    double compliance = 93 + jitter(5.0);

    quality -= 14 * m_repeats + 12 * m_nonAnswers + 6 * m_banned + (m_wrongPrice ? 6 : 0) + (m_stuffing ? 4 : 0);
    voice -= 5 * m_repeats + 20 * m_banned + 6 * std::min(m_superlatives, 3);
    factual -= 6 * m_nonAnswers;
    seo -= m_stuffing ? 10 : 0;
    compliance -= 6 * m_banned + 4 * std::min(m_superlatives, 3) + 15 * m_healthClaims;
    if (m_wrongPrice || m_wrongMaterial)
        factual = std::min(factual, 38 + jitter(7.0));
    if (m_wrongLanguage) {
        quality -= 30;
        voice -= 25;
    }
    QMap<QString, int> out{{u"quality"_s, static_cast<int>(std::lround(std::min(quality, 98.0)))},
        {u"seo"_s, static_cast<int>(std::lround(std::min(seo, 98.0)))},
        {u"brand_voice"_s, static_cast<int>(std::lround(std::min(voice, 97.0)))},
        {u"factual_accuracy"_s, static_cast<int>(std::lround(std::min(factual, 99.0)))},
        {u"compliance"_s, static_cast<int>(std::lround(std::min(compliance, 99.0)))}};
    if (m_options.reviewReject) {
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = std::min(it.value(), static_cast<int>(62 + jitter(14.0)));
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value() = std::clamp(it.value(), 5, 100);
    return out;
}

QString CopyReviewer::summary() const
{
    QStringList serious;
    for (const Finding& f : m_findings) {
        if (f.severity != u"minor")
            serious.append(f.issue);
    }
    if (!serious.isEmpty())
        return serious.size() == 1
            ? u"Not ready: "_s + serious.first()
            : u"Not ready: %1 And %2 more problem(s) a reader would notice."_s.arg(serious.first())
                  .arg(serious.size() - 1);
    if (m_options.reviewReject)
        return u"Accurate, but flat: the opening does not say why it matters."_s;
    if (m_options.reviewNitpick)
        return u"Good to go; one point of taste."_s;
    QStringList covered;
    const double facts = coverage(&covered);
    if (covered.isEmpty())
        return u"Clean and readable, with nothing a reader would trip over."_s;
    const QString list = covered.size() == 1
        ? covered.first()
        : covered.mid(0, covered.size() - 1).join(u", "_s) + u" and "_s + covered.last();
    return facts >= 0.99
        ? u"Specific and easy to read: it covers %1 and never repeats itself."_s.arg(list)
        : u"Accurate and readable; it covers %1, and could say more of what the facts give."_s.arg(list);
}

QJsonObject CopyReviewer::review(const QJsonObject& schema)
{
    QList<Finding> problems = m_findings;
    if (m_options.reviewReject) {
        const QString opening = m_sentences.isEmpty() ? m_facts.name : m_sentences.first().text;
        const QList<Finding> rejections{
            {u"major"_s, u"opening"_s,
                u"The opening %1 describes the product instead of saying what it does for the buyer."_s.arg(
                    quoted(opening, 80)),
                u"Open with the benefit; name the product in the second sentence."_s},
            {u"major"_s, u"throughout"_s,
                u"The tone is more formal than the brand voice asks for (“%1”)."_s.arg(m_facts.voice.left(80)),
                u"Use shorter sentences and speak to the reader directly."_s},
            {u"major"_s, u"title"_s, u"The search title does not start with the main keyword."_s,
                u"Start the title with what a shopper types: the product's kind and material."_s}};
        const int first = static_cast<int>(m_rng->bounded(2u));
        problems << rejections.at(first) << rejections.at(2);
    } else if (m_options.reviewNitpick) {
        problems << Finding{u"minor"_s, u"opening"_s, u"The opening sentence could be warmer; a matter of taste."_s,
            u"Optional: speak to the reader in the first sentence."_s};
    }
    const QMap<QString, int> marks = scores();
    bool passes = !m_options.reviewReject;
    for (const Finding& f : problems)
        passes = passes && f.severity == u"minor";

    QJsonObject out;
    const QJsonObject props = schema.value(u"properties"_s).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        const QString type = s.value(u"type"_s).toString();
        if (it.key() == u"claims") { // the gate's list of claims, a verdict on each
            out.insert(it.key(), ClaimVerdicts::judge(m_prompt, {m_options.strayVerdicts, m_options.uncitedVerdict}));
        } else if (it.key() == u"scores" || type == u"object") {
            QJsonObject values;
            const QJsonObject names = s.value(u"properties"_s).toObject();
            for (auto n = names.begin(); n != names.end(); ++n) {
                const double lo = n.value().toObject().value(u"minimum"_s).toDouble(0);
                const double hi = n.value().toObject().value(u"maximum"_s).toDouble(100);
                const int score = marks.value(n.key(), marks.value(u"quality"_s));
                values.insert(n.key(), static_cast<qint64>(std::lround(lo + (hi - lo) * score / 100.0)));
            }
            out.insert(it.key(), values);
        } else if (type == u"array") {
            const QJsonObject item = s.value(u"items"_s).toObject();
            const QJsonObject fields = item.value(u"properties"_s).toObject();
            const int max = static_cast<int>(s.value(u"maxItems"_s).toInteger(10));
            QJsonArray list;
            for (const Finding& f : problems) {
                if (list.size() >= max)
                    break;
                if (item.value(u"type"_s).toString() != u"object") {
                    list.append(f.issue);
                    continue;
                }
                QJsonObject o;
                for (auto fi = fields.begin(); fi != fields.end(); ++fi) {
                    const QString k = fi.key();
                    const qsizetype limit = fi.value().toObject().value(u"maxLength"_s).toInteger(400);
                    const QString v = k == u"severity" ? f.severity
                        : k == u"where"                ? f.where
                        : k == u"fix"                  ? f.fix
                                                       : f.issue;
                    o.insert(k, v.left(limit));
                }
                list.append(o);
            }
            out.insert(it.key(), list);
        } else if (type == u"boolean") {
            out.insert(it.key(), passes);
        } else if (type == u"integer" || type == u"number") {
            out.insert(it.key(), marks.value(u"quality"_s));
        } else {
            out.insert(it.key(), summary().left(s.value(u"maxLength"_s).toInteger(400)));
        }
    }
    return out;
}
