#include "ContentGenerator.h"

#include "CopyReviewer.h"
#include "ReplyComposer.h"
#include "core/Json.h"
#include "core/Money.h"
#include "core/SiteRenderer.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace
{

using Language = PromptReader::Language;

// FNV-1a: a hash that is the same in every process (qHash is seeded per process).
quint64 stableHash(const QString& s)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

bool has(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).match(text).hasMatch();
}

QString familyOf(const ContentGenerator::Facts& f)
{
    const QString c = f.category + u' ' + f.attributes.value(u"taxonomy"_s).toString();
    if (has(c, u"apparel|cloth|fashion|kleding|\\bmode\\b|shoe|schoen|wear"_s))
        return u"apparel"_s;
    if (has(c, u"beauty|care|verzorging|cosmetic|skin|huid|\\bbody|bath"_s))
        return u"beauty"_s;
    if (has(c, u"home|kitchen|keuken|wonen|\\bhuis|interior|garden|tuin|table|living"_s))
        return u"home"_s;
    if (has(c, u"outdoor|camping|hiking|sport|buiten|travel|reizen"_s))
        return u"outdoor"_s;
    if (has(c, u"tech|electronic|elektronica|computer|phone|gadget|desk|office"_s))
        return u"tech"_s;
    return u"generic"_s;
}

QString materialFamilyOf(const QString& material, const QString& family)
{
    static const QList<std::pair<QString, QString>> kFamilies{
        {u"wool|merino|alpaca|cashmere|mohair|lambswool|wol"_s, u"wool"_s}, {u"silk|zijde"_s, u"silk"_s},
        {u"leather|suede|leer"_s, u"leather"_s}, {u"linen|cotton|hemp|denim|canvas|jute|linnen|katoen"_s, u"linen"_s},
        {u"enamel|stoneware|ceramic|porcelain|earthenware|terracotta|clay|keramiek|aardewerk"_s, u"ceramic"_s},
        {u"oak|walnut|beech|\\bash\\b|wood|bamboo|acacia|teak|maple|birch|cork|pine|hout|eiken|bamboe"_s, u"wood"_s},
        {u"steel|iron|alumini|copper|brass|titanium|zinc|metal|staal|koper"_s, u"metal"_s},
        {u"glass|glas"_s, u"glass"_s}, {u"nylon|polyester|ripstop|polyamide|recycled|fleece"_s, u"synthetic"_s}};
    for (const auto& [pattern, name] : kFamilies) {
        if (!has(material, pattern))
            continue;
        // Wearable qualities ("keeps you warm") only for what is worn or carried.
        const bool worn = family == u"apparel" || family == u"outdoor" || family == u"generic";
        if ((name == u"wool" || name == u"silk" || name == u"linen") && !worn)
            return u"generic"_s;
        return name;
    }
    return u"generic"_s;
}

QString joined(const QStringList& items, Language language)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(u", "_s) + (language == Language::Dutch ? u" en "_s : u" and "_s)
        + items.last();
}

QString lowerFirst(QString s)
{
    // "Commuters who …" reads "commuters who …" mid-sentence; an acronym ("USB-C …") stays.
    if (s.size() > 1 && s.at(0).isUpper() && !s.at(1).isUpper())
        s[0] = s.at(0).toLower();
    return s;
}

QString alternativeMaterial(const QString& material)
{
    return material.contains(u"steel"_s, Qt::CaseInsensitive) ? u"polyester"_s : u"stainless steel"_s;
}

const QStringList kInternalAttributes{u"material"_s, u"sizes"_s, u"size"_s, u"colour"_s, u"color"_s, u"kleur"_s,
    u"taxonomy"_s, u"prices"_s, u"tags"_s, u"shopify_status"_s, u"sku"_s};

} // namespace

QString ContentGenerator::Facts::material() const
{
    return attributes.value(u"material"_s).toString();
}

QString ContentGenerator::Facts::attribute(const QString& key) const
{
    const QJsonValue v = attributes.value(key);
    if (v.isArray())
        return Json::toStringList(v.toArray()).join(u", "_s);
    return v.isString() ? v.toString().trimmed() : (v.isDouble() ? QString::number(v.toDouble()) : QString());
}

QStringList ContentGenerator::Facts::sizes() const
{
    const QJsonValue v = attributes.value(u"sizes"_s);
    QStringList out = v.isArray() ? Json::toStringList(v.toArray()) : v.toString().split(u',', Qt::SkipEmptyParts);
    for (QString& s : out)
        s = s.trimmed();
    out.removeAll(QString());
    return out;
}

QStringList ContentGenerator::Facts::colours() const
{
    for (const QString& key : {u"colour"_s, u"color"_s, u"kleur"_s}) {
        const QJsonValue v = attributes.value(key);
        QStringList out = v.isArray() ? Json::toStringList(v.toArray()) : v.toString().split(u',', Qt::SkipEmptyParts);
        for (QString& s : out)
            s = s.trimmed();
        out.removeAll(QString());
        if (!out.isEmpty())
            return out;
    }
    return {};
}

QString ContentGenerator::priceText(qint64 cents, const QString& currency, Language language)
{
    if (language == Language::Dutch)
        return Money::symbol(currency) + u' '
            + QLocale(QLocale::Dutch, QLocale::Netherlands).toString(static_cast<double>(cents) / 100.0, 'f', 2);
    return Money::format(cents, currency, QLocale(QLocale::English, QLocale::UnitedKingdom));
}

ContentGenerator::Facts ContentGenerator::factsFromPrompt(const QString& prompt)
{
    Facts f;
    const QString block = PromptReader::between(prompt, u"facts"_s);
    if (block.isEmpty()) {
        f.name = prompt.section(u'\n', 0, 0).left(60).trimmed();
        if (f.name.isEmpty())
            f.name = u"this product"_s;
        return f;
    }
    const QJsonObject o = Json::objectFromString(block);
    f.found = !o.isEmpty();
    f.text = block.toLower();
    f.name = o.value(u"name"_s).toString(u"this product"_s);
    f.description = o.value(u"description"_s).toString();
    f.category = o.value(u"category"_s).toString();
    f.currency = o.value(u"currency"_s).toString(u"EUR"_s);
    f.priceCents = Money::parse(o.value(u"price"_s).toString()).value_or(0);
    f.attributes = o.value(u"attributes"_s).toObject();
    f.audience = o.value(u"audience"_s).toString();
    f.voice = o.value(u"brand_voice"_s).toString();
    f.banned = Json::toStringList(o.value(u"banned_words"_s).toArray());
    f.required = Json::toStringList(o.value(u"required_phrases"_s).toArray());
    if (Json::toStringList(o.value(u"options"_s).toArray()) == QStringList{u"Product"_s}) {
        for (const QJsonValue& v : o.value(u"variants"_s).toArray()) {
            const QJsonObject variant = v.toObject();
            f.items.append({variant.value(u"options"_s).toObject().value(u"Product"_s).toString(),
                Money::parse(variant.value(u"price"_s).toString()).value_or(0)});
        }
    }
    return f;
}

QString ContentGenerator::price() const
{
    if (m_facts.priceCents <= 0)
        return {};
    // Under the wrong-facts fault the copy quotes a price a third higher than the facts give.
    const qint64 cents = m_options.wrongFacts ? m_facts.priceCents * 135 / 100 + 100 : m_facts.priceCents;
    return priceText(cents, m_facts.currency, m_language);
}

QString ContentGenerator::material() const
{
    const QString m = m_facts.material();
    return m_options.wrongFacts ? alternativeMaterial(m) : m;
}

void ContentGenerator::start(const Facts& facts, const QString& prompt, quint64 seed, const Options& options)
{
    m_facts = facts;
    m_options = options;
    m_prompt = prompt;
    m_language = facts.language == u"nl" ? Language::Dutch
        : facts.language == u"en"        ? Language::English
                                         : PromptReader::language(prompt);
    m_instruction = PromptReader::instruction(prompt);
    // The seed varies with the request; the product's name varies the copy even where the seed does not.
    const quint64 product = stableHash(facts.name + u'\n' + facts.category);
    const std::array<quint32, 4> words{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32),
        static_cast<quint32>(product), static_cast<quint32>(product >> 32)};
    m_rng = QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
    m_family = familyOf(facts);
    m_material = materialFamilyOf(material(), m_family);
    prepareSlots();
}

void ContentGenerator::prepareSlots()
{
    const bool dutch = m_language == Language::Dutch;
    QMap<QString, QString> s;
    s.insert(u"name"_s, m_facts.name);
    s.insert(u"category"_s, m_facts.category.toLower());
    s.insert(u"category_title"_s, m_facts.category);
    static const QMap<QString, std::pair<QString, QString>> kThing{{u"apparel"_s, {u"piece"_s, u"kledingstuk"_s}},
        {u"home"_s, {u"piece"_s, u"woonaccessoire"_s}}, {u"beauty"_s, {u"product"_s, u"verzorgingsproduct"_s}},
        {u"outdoor"_s, {u"piece of kit"_s, u"stuk uitrusting"_s}}, {u"tech"_s, {u"accessory"_s, u"accessoire"_s}},
        {u"generic"_s, {u"product"_s, u"product"_s}}};
    static const QMap<QString, std::pair<QString, QString>> kTopic{{u"apparel"_s, {u"clothing"_s, u"kleding"_s}},
        {u"home"_s, {u"things for the home"_s, u"spullen voor in huis"_s}},
        {u"beauty"_s, {u"skin and body care"_s, u"huid- en lichaamsverzorging"_s}},
        {u"outdoor"_s, {u"outdoor gear"_s, u"outdooruitrusting"_s}},
        {u"tech"_s, {u"tech accessories"_s, u"tech-accessoires"_s}},
        {u"generic"_s, {u"everyday things"_s, u"dagelijkse spullen"_s}}};
    s.insert(u"thing"_s, dutch ? kThing.value(m_family).second : kThing.value(m_family).first);
    s.insert(u"topic"_s, dutch ? kTopic.value(m_family).second : kTopic.value(m_family).first);
    if (!m_instruction.avoids(u"material"_s))
        s.insert(u"material"_s, material());
    const QStringList colours = m_facts.colours();
    if (colours.size() == 1)
        s.insert(u"colour"_s, colours.first().toLower());
    else if (colours.size() > 1)
        s.insert(u"colours"_s, joined(colours, m_language).toLower());
    const QStringList sizes = m_facts.sizes();
    if (!m_instruction.avoids(u"sizes"_s) && sizes.size() > 1) {
        s.insert(u"sizes"_s, joined(sizes, m_language));
        s.insert(u"first_size"_s, sizes.first());
        s.insert(u"last_size"_s, sizes.last());
    } else if (!m_instruction.avoids(u"sizes"_s) && sizes.size() == 1) {
        const bool one = has(sizes.first(), u"one\\s*size|één maat|een maat"_s);
        s.insert(u"single_size"_s,
            one ? (dutch ? u"één maat"_s : u"one size"_s) : (dutch ? u"maat "_s : u"size "_s) + sizes.first());
    }
    if (!m_instruction.avoids(u"audience"_s) && !m_facts.audience.trimmed().isEmpty())
        s.insert(u"audience"_s, lowerFirst(m_facts.audience.trimmed()));
    if (!m_instruction.avoids(u"price"_s))
        s.insert(u"price"_s, price());
    QString desc = m_facts.description.simplified();
    if (!desc.isEmpty() && desc.size() <= 320 && !m_options.wrongFacts) {
        if (!desc.endsWith(u'.') && !desc.endsWith(u'!') && !desc.endsWith(u'?'))
            desc += u'.';
        s.insert(u"desc"_s, desc);
    }
    for (const QString& key : {u"brand"_s, u"dimensions"_s, u"volume"_s, u"weight"_s, u"pieces"_s, u"power"_s})
        s.insert(key, m_facts.attribute(key));

    // What the brand bans and the person asked to leave out.
    QStringList avoid;
    for (const QString& a : m_instruction.avoid) {
        if (a == u"price")
            avoid << u"price"_s << u"priced"_s << u"pricing"_s << u"cost"_s << u"prijs"_s << u"prijzen"_s << u"kost"_s
                  << u"kosten"_s;
        else if (a == u"material")
            avoid << u"material"_s << u"materiaal"_s << m_facts.material();
        else if (a == u"sizes")
            avoid << u"size"_s << u"maat"_s << u"maten"_s;
        else if (a == u"audience")
            avoid << m_facts.audience;
        else {
            avoid << a;
            const QString head = a.section(u' ', -1);
            if (head.size() >= 4 && head != a)
                avoid << head;
        }
    }
    avoid.removeAll(QString());
    m_copy.begin(m_language, s, m_facts.banned, avoid, m_facts.name, &m_rng);
}

QStringList ContentGenerator::mentionSentences(qsizetype maxLen)
{
    const bool dutch = m_language == Language::Dutch;
    static const QRegularExpression clauseStart(u"^(?:that|dat)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pronoun(
        u"^(?:it|they|we|you|there|this|het|ze|we|je|er)\\s+\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression determiner(
        u"^(?:the|a|an|our|its|their|free|de|het|een|onze|ons|gratis)\\s"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (QString m : m_instruction.mentions) {
        QString form;
        if (clauseStart.match(m).hasMatch()) {
            m.remove(clauseStart);
            form = u"clause"_s;
        } else if (pronoun.match(m).hasMatch() && !dutch) {
            form = u"clause"_s;
        } else if (determiner.match(m).hasMatch()) {
            form = u"np"_s;
        } else {
            form = m.contains(u' ') ? u"any"_s : u"topic"_s;
        }
        m_copy.setSlot(u"mention"_s, m);
        m_copy.setSlot(u"clause"_s, m);
        const QString s = m_copy.take(u"mention."_s + form, maxLen);
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

QStringList ContentGenerator::focusTopics() const
{
    const QString& f = m_instruction.focus;
    if (f == u"sustainability" || f == u"comfort" || f == u"durability" || f == u"gift" || f == u"design")
        return {f};
    if (f == u"material")
        return {u"material"_s, u"material."_s + m_material};
    if (f == u"price")
        return {u"price"_s, u"value"_s};
    if (f == u"care")
        return {u"care."_s + m_family};
    if (f == u"fit")
        return {u"sizes"_s, u"fit"_s};
    return {};
}

int ContentGenerator::count(int minItems, int maxItems, int preferred)
{
    int n = preferred;
    if (m_instruction.length < 0)
        n = minItems > 0 ? minItems : std::max(1, preferred * 2 / 3);
    else if (m_instruction.length > 0)
        n = maxItems > 0 ? maxItems : preferred * 3 / 2;
    n = std::max(n, minItems);
    return maxItems > 0 ? std::min(n, maxItems) : n;
}

CopyComposer::Length ContentGenerator::length(qsizetype minLen, qsizetype maxLen, qsizetype fallback)
{
    const double share = m_instruction.length < 0 ? 0.02
        : m_instruction.length > 0                ? 0.45
                                                  : 0.12 + 0.08 * m_rng.generateDouble();
    CopyComposer::Length l;
    l.minChars = minLen;
    l.maxChars = maxLen;
    const double scale = m_instruction.length < 0 ? 0.6 : (m_instruction.length > 0 ? 1.6 : 1.0);
    l.targetChars = maxLen > minLen ? minLen + static_cast<qsizetype>(static_cast<double>(maxLen - minLen) * share)
                                    : std::max(minLen, static_cast<qsizetype>(static_cast<double>(fallback) * scale));
    if (maxLen > 0)
        l.targetChars = std::min(l.targetChars, maxLen);
    l.targetChars = std::max(l.targetChars, minLen + (minLen > 0 ? 40 : 0));
    if (const auto words = PromptReader::wordRange(m_prompt)) {
        l.minWords = words->first;
        l.maxWords = words->second;
        l.targetWords = words->first + static_cast<int>((words->second - words->first) * share) + 10;
    }
    return l;
}

CopyComposer::Paragraph ContentGenerator::opening(const QStringList& fallback)
{
    Paragraph p;
    if (!m_instruction.tone.isEmpty())
        p.append({{u"tone."_s + m_instruction.tone}, {}});
    p.append({fallback, {}});
    return p;
}

CopyComposer::Paragraph ContentGenerator::tail()
{
    Paragraph p;
    if (!m_instruction.tone.isEmpty())
        p.append({{u"tone."_s + m_instruction.tone}, {}});
    p.append({{u"closing"_s}, {}});
    return p;
}

QList<CopyComposer::Paragraph> ContentGenerator::padding() const
{
    // Whatever the plan left over, in paragraphs that read as one thought each.
    const auto para = [](const QList<QStringList>& topics) {
        Paragraph p;
        for (const QStringList& t : topics)
            p.append({t, {}});
        return p;
    };
    const QString usage = u"usage."_s + m_family;
    const QString care = u"care."_s + m_family;
    return {para({{usage}, {u"moment"_s}, {u"design"_s}, {u"combo"_s}}),
        para({{u"values"_s}, {u"durability"_s}, {u"detail"_s}, {u"service"_s}}),
        para({{u"usage.generic"_s}, {u"everyday"_s}, {u"moment"_s}, {u"material.generic"_s}}),
        para({{u"detail"_s}, {u"combo"_s}, {u"design"_s}, {u"gift"_s}}),
        para({{u"values"_s}, {u"service"_s}, {u"moment"_s}, {u"value"_s}}),
        para({{care, u"care.generic"_s}, {u"everyday"_s}, {u"values"_s}, {u"detail"_s}}),
        para({{u"durability"_s}, {u"combo"_s}, {u"service"_s}, {u"detail"_s}})};
}

QList<CopyComposer::Paragraph> ContentGenerator::descriptionPlan()
{
    QList<Paragraph> plan;
    Paragraph first = opening({u"opening"_s});
    first.append({{u"name_intro"_s}, {}});
    first.append({{u"desc"_s}, {}});
    for (const QString& m : mentionSentences())
        first.append({{}, m});
    plan.append(first);
    const QStringList focus = focusTopics();
    if (!focus.isEmpty())
        plan.append({{focus, {}}, {focus, {}}, {focus, {}}});
    Paragraph details{{{u"material"_s}, {}}, {{u"material."_s + m_material}, {}}, {{u"colour"_s, u"colours"_s}, {}},
        {{u"combo"_s}, {}}};
    for (const QString& key : {u"dimensions"_s, u"volume"_s, u"weight"_s, u"pieces"_s, u"power"_s, u"brand"_s})
        details.append({{u"attr."_s + key}, {}});
    plan.append(details);
    const QString usage = u"usage."_s + m_family;
    plan.append({{{usage}, {}}, {{usage}, {}}, {{u"everyday"_s}, {}}});
    Paragraph who{{{u"audience"_s}, {}}, {{u"sizes"_s, u"size_single"_s, u"moment"_s}, {}}};
    if (m_family == u"apparel")
        who.append({{u"fit"_s}, {}});
    plan.append(who);
    plan.append({{{u"care."_s + m_family}, {}}, {{u"durability"_s}, {}}, {{u"design"_s}, {}}});
    // The price is stated once and never cut.
    Paragraph money;
    if (const QString p = m_copy.take(u"price"_s); !p.isEmpty())
        money.append({{}, p});
    money << Step{{u"value"_s}, {}} << Step{{u"gift"_s}, {}};
    plan.append(money);
    Paragraph promise;
    for (const QString& phrase : m_facts.required)
        promise.append({{}, phrase.endsWith(u'.') ? phrase : phrase + u'.'});
    promise << Step{{u"values"_s}, {}} << Step{{u"service"_s}, {}};
    plan.append(promise);
    return plan;
}

QString ContentGenerator::body(const QString& field, qsizetype minLen, qsizetype maxLen)
{
    QList<Paragraph> plan;
    QList<Paragraph> pad = padding();
    Paragraph end = tail();
    QString head;
    QString foot;
    const QString usage = u"usage."_s + m_family;
    Paragraph required;
    for (const QString& phrase : m_facts.required)
        required.append({{}, phrase.endsWith(u'.') ? phrase : phrase + u'.'});
    if (m_kind == Kind::Email) {
        head = m_copy.take(u"greeting"_s) + u"\n\n"_s;
        foot = u"\n\n"_s + m_copy.take(u"signoff"_s);
        Paragraph first = opening({u"email_lead"_s});
        for (const QString& m : mentionSentences())
            first.append({{}, m});
        first << Step{{u"email_intro"_s}, {}} << Step{{u"desc"_s}, {}};
        plan << first;
        if (const QStringList focus = focusTopics(); !focus.isEmpty())
            plan << Paragraph{{focus, {}}, {focus, {}}};
        plan << Paragraph{
            {{u"material"_s}, {}}, {{u"material."_s + m_material}, {}}, {{usage}, {}}, {{u"audience"_s}, {}}};
        Paragraph money{{{u"price"_s}, {}}};
        money += required;
        money << Step{{u"gift"_s, u"value"_s}, {}};
        plan << money;
        end = Paragraph{{{u"email_cta"_s}, {}}};
        if (!m_instruction.tone.isEmpty())
            end.prepend({{u"tone."_s + m_instruction.tone}, {}});
    } else if (m_kind == Kind::Blog) {
        Paragraph first = opening({u"blog_intro"_s});
        first << Step{{u"choosing"_s}, {}} << Step{{u"choosing"_s}, {}};
        plan << first;
        if (const QStringList focus = focusTopics(); !focus.isEmpty())
            plan << Paragraph{{focus, {}}, {focus, {}}};
        plan << Paragraph{{{u"choosing"_s}, {}}, {{u"choosing"_s}, {}}, {{u"choosing"_s}, {}}}
             << Paragraph{{{u"choosing"_s}, {}}, {{u"choosing"_s}, {}}, {{u"choosing"_s}, {}}}
             << Paragraph{{{u"blog_bridge"_s}, {}}, {{u"desc"_s}, {}}, {{u"material"_s}, {}},
                    {{u"material."_s + m_material}, {}}};
        Paragraph product{{{usage}, {}}, {{u"audience"_s}, {}}, {{u"price"_s}, {}}};
        product += required;
        for (const QString& m : mentionSentences())
            product.append({{}, m});
        plan << product;
        pad.prepend({{{u"choosing"_s}, {}}, {{usage}, {}}, {{u"everyday"_s}, {}}});
    } else if (m_kind == Kind::Description || field == u"body") {
        plan = descriptionPlan();
    } else {
        Paragraph first = opening({u"opening"_s});
        first << Step{{u"name_intro"_s}, {}} << Step{{u"desc"_s}, {}};
        for (const QString& m : mentionSentences())
            first.append({{}, m});
        plan << first << Paragraph{{{u"material"_s}, {}}, {{usage}, {}}, {{u"price"_s}, {}}} << required;
    }
    const qsizetype frame = head.size() + foot.size();
    CopyComposer::Length l = length(
        std::max<qsizetype>(0, minLen - frame), maxLen > 0 ? maxLen - frame : 0, m_kind == Kind::Email ? 700 : 600);
    QString text = head + m_copy.paragraphs(plan, pad, end, l) + foot;
    if (m_instruction.tone == u"playful" && text.endsWith(u'.'))
        text[text.size() - 1] = u'!';
    return text;
}

QString ContentGenerator::text(const QString& name, const QJsonObject& schema, int index, const QString& parent)
{
    const qsizetype minLen = schema.value(u"minLength"_s).toInteger(0);
    const qsizetype maxLen = schema.value(u"maxLength"_s).toInteger(0);
    const QString n = name.toLower();
    const QString p = parent.toLower();
    if (schema.value(u"enum"_s).isArray() && !schema.value(u"enum"_s).toArray().isEmpty())
        return schema.value(u"enum"_s).toArray().first().toString();
    if (n == u"html")
        return {};
    if (n.contains(u"slug"_s))
        return SiteRenderer::slugify(m_facts.name);
    static const QStringList kPlatforms{
        u"instagram"_s, u"x"_s, u"facebook"_s, u"pinterest"_s, u"tiktok"_s, u"linkedin"_s, u"twitter"_s};
    if (kPlatforms.contains(p))
        return social(p == u"twitter" ? u"x"_s : p, std::max<qsizetype>(minLen, 20), maxLen > 0 ? maxLen : 280);
    if (n.contains(u"seo"_s) && n.contains(u"title"_s))
        return fitting(u"seo_title"_s, std::max<qsizetype>(minLen, 10), maxLen > 0 ? maxLen : 60);
    if (n == u"subject")
        return fitting(u"subject"_s, minLen, maxLen > 0 ? maxLen : 78);
    if (n == u"title" && m_kind == Kind::Blog)
        return fitting(u"blog_title"_s, minLen, maxLen > 0 ? maxLen : 90);
    if (n.contains(u"title"_s) || n.contains(u"headline"_s) || n == u"name")
        return fitting(u"headline"_s, minLen, maxLen > 0 ? maxLen : 90);
    if (n.contains(u"meta"_s))
        return meta(minLen, maxLen);
    if (n == u"preheader")
        return shortText({{u"preheader"_s}}, std::max<qsizetype>(minLen, 10), maxLen > 0 ? maxLen : 120, 40);
    if (n == u"excerpt")
        return shortText(
            {{u"excerpt"_s}, {u"choosing"_s}}, std::max<qsizetype>(minLen, 40), maxLen > 0 ? maxLen : 300, 80);
    if (n == u"advice" || (n.contains(u"fit"_s) && !n.contains(u"benefit"_s))) {
        const qsizetype max = maxLen > 0 ? maxLen : 400;
        QString advice = m_copy.grow(QString(), {{u"size_advice"_s}}, 1, max);
        for (const QString& m : mentionSentences(max - advice.size() - 1))
            advice = advice.isEmpty() ? m : advice + u' ' + m;
        advice = m_copy.grow(advice, {{u"size_advice"_s, u"fit"_s}, {u"material."_s + m_material}},
            m_instruction.length < 0 ? 60 : 180, max);
        return advice.size() >= minLen ? advice : shortText({{u"fit"_s}, {u"everyday"_s}}, minLen, max, minLen);
    }
    if (n.contains(u"summary"_s) || n.contains(u"tagline"_s) || n.contains(u"reason"_s))
        return shortText(
            {{u"opening"_s}, {u"usage."_s + m_family}}, std::max<qsizetype>(minLen, 20), maxLen > 0 ? maxLen : 160, 80);
    if (n.contains(u"size"_s) && !m_facts.sizes().isEmpty())
        return m_facts.sizes().at(index % m_facts.sizes().size());
    if (n == u"size")
        return u"One size"_s;
    const bool longForm = minLen >= 300 || n.contains(u"body"_s) || n.contains(u"post"_s) || n.contains(u"caption"_s)
        || n.contains(u"description"_s) || n.contains(u"copy"_s) || n.contains(u"text"_s);
    if (longForm)
        return body(n, minLen, maxLen);
    return shortText({{u"usage."_s + m_family}, {u"everyday"_s}}, minLen, maxLen, 60);
}

QJsonValue ContentGenerator::array(const QString& name, const QJsonObject& schema)
{
    const QString n = name.toLower();
    const QJsonObject items = schema.value(u"items"_s).toObject();
    const int minItems = static_cast<int>(schema.value(u"minItems"_s).toInteger(0));
    const int maxItems = static_cast<int>(schema.value(u"maxItems"_s).toInteger(0));
    const qsizetype itemMax = items.value(u"maxLength"_s).toInteger(0);
    const QJsonObject itemProps = items.value(u"properties"_s).toObject();
    if (itemProps.contains(u"question"_s))
        return faq(schema, count(minItems, maxItems, minItems + 1 + static_cast<int>(m_rng.bounded(3u))));
    if (itemProps.contains(u"fit"_s) || (n == u"sizes" && itemProps.contains(u"size"_s)))
        return sizeGuide(items, maxItems);
    if (n.contains(u"tags"_s) || n.contains(u"hashtag"_s) || n.contains(u"keywords"_s)) {
        const int preferred = n.contains(u"hashtag"_s)
            ? std::max(minItems, 5) + static_cast<int>(m_rng.bounded(4u))
            : std::max(minItems, 10) + 2 + static_cast<int>(m_rng.bounded(4u));
        return keywords(count(minItems, maxItems, preferred), itemMax > 0 ? itemMax : 40, n.contains(u"hashtag"_s));
    }
    if (n == u"bullets" || n.contains(u"bullet"_s) || n.contains(u"highlights"_s))
        return bullets(count(minItems, maxItems, std::max(minItems, 4) + static_cast<int>(m_rng.bounded(2u))),
            itemMax > 0 ? itemMax : 140);
    if (n.contains(u"instruction"_s) || n.contains(u"warning"_s)) {
        const bool warnings = n.contains(u"warning"_s);
        const int preferred = warnings ? 1 + static_cast<int>(m_rng.bounded(2u))
                                       : std::max(minItems, 3) + 2 + static_cast<int>(m_rng.bounded(2u));
        return careItems(count(minItems, maxItems, preferred), itemMax > 0 ? itemMax : 200, warnings);
    }
    if (n.contains(u"problem"_s) && minItems == 0)
        return QJsonArray();
    const int c = count(minItems, maxItems, std::max(minItems, 3));
    QJsonArray out;
    for (int i = 0; i < c; ++i)
        out.append(value(name, items, i, name));
    return out;
}

QJsonValue ContentGenerator::value(const QString& name, const QJsonObject& schema, int index, const QString& parent)
{
    QString type = schema.value(u"type"_s).toString();
    if (schema.value(u"type"_s).isArray())
        type = schema.value(u"type"_s).toArray().first().toString();
    const QString n = name.toLower();
    if (type == u"object" || (type.isEmpty() && schema.contains(u"properties"_s))) {
        QJsonObject out;
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            out.insert(it.key(), value(it.key(), it.value().toObject(), index, name));
        if (n == u"html" || props.contains(u"html"_s)) {
            SiteRenderer::Page page;
            page.shop = u"Sandbox shop"_s;
            page.title = out.value(u"title"_s).toString(m_facts.name);
            page.tagline = out.value(u"tagline"_s).toString(m_facts.description);
            page.productName = m_facts.name;
            page.description = m_facts.description;
            page.price = price();
            page.cta = u"Shop now"_s;
            out.insert(u"html"_s, SiteRenderer::render(page));
        }
        return out;
    }
    if (type == u"array")
        return array(name, schema);
    if (type == u"integer" || type == u"number") {
        const double lo = schema.value(u"minimum"_s).toDouble(0);
        const double hi = schema.value(u"maximum"_s).toDouble(lo + 100);
        if (hi - lo >= 50)
            return static_cast<qint64>(std::floor(lo + (hi - lo) * (0.88 + 0.08 * m_rng.generateDouble())));
        return static_cast<qint64>(lo);
    }
    if (type == u"boolean")
        return !m_options.reviewReject;
    if (type == u"null")
        return QJsonValue::Null;
    return text(name, schema, index, parent);
}

QJsonValue ContentGenerator::generate(
    const QJsonObject& schema, const Facts& facts, const QString& prompt, quint64 seed, const Options& options)
{
    start(facts, prompt, seed, options);
    const QJsonObject props = schema.value(u"properties"_s).toObject();
    if (props.contains(u"scores"_s) || props.contains(u"problems"_s))
        return CopyReviewer(m_facts, m_prompt, m_options, &m_rng).review(schema);
    if (props.contains(u"agree"_s))
        return agreement(schema);
    if (props.contains(u"proof_points"_s))
        return siteBrief();
    if (props.contains(u"positioning"_s) && props.contains(u"sections"_s))
        return siteConcept();
    if (props.contains(u"colours"_s) && props.contains(u"pairs"_s))
        return siteDesign();
    if (props.contains(u"greeting"_s) && props.contains(u"closing"_s))
        return outreachEmail();
    static const QRegularExpression sectionAsked(u"Write one section of it: \"(\\w+)\""_s);
    if (const auto m = sectionAsked.match(prompt); m.hasMatch() && props.contains(u"html"_s))
        return siteSection(m.captured(1));
    // The Review Desk's reply and its check.
    if (props.contains(u"approved"_s) && props.contains(u"findings"_s))
        return ReplyComposer::check(m_prompt, m_options);
    if (props.contains(u"reply"_s))
        return ReplyComposer::write(m_facts, m_language == Language::Dutch, m_rng, m_options, m_prompt);
    const QJsonObject items = props.value(u"items"_s).toObject().value(u"items"_s).toObject();
    m_kind = items.value(u"properties"_s).toObject().contains(u"question"_s)      ? Kind::Faq
        : props.contains(u"headline"_s) && props.contains(u"body"_s)              ? Kind::Description
        : props.contains(u"seo_title"_s) || props.contains(u"meta_description"_s) ? Kind::Seo
        : props.contains(u"instructions"_s)                                       ? Kind::Care
        : props.contains(u"advice"_s) && props.contains(u"sizes"_s)               ? Kind::SizeGuide
        : props.contains(u"instagram"_s) || props.contains(u"linkedin"_s)         ? Kind::Social
        : props.contains(u"subject"_s)                                            ? Kind::Email
        : props.contains(u"excerpt"_s)                                            ? Kind::Blog
        : props.contains(u"tags"_s)                                               ? Kind::Tags
                                                                                  : Kind::Generic;
    QJsonValue out = value(QString(), schema, 0, QString());
    if (!m_options.dropLocked)
        out = withLockedText(out, m_prompt);
    return out;
}

namespace
{
// The longest text in a piece, by its path of keys and indexes.
void longest(const QJsonValue& v, QList<QJsonValue>* path, QList<QJsonValue>* best, qsizetype* size)
{
    if (v.isString() && v.toString().size() > *size) {
        *size = v.toString().size();
        *best = *path;
    } else if (v.isArray() || v.isObject()) {
        const QJsonArray a = v.isArray() ? v.toArray() : QJsonArray();
        const QJsonObject o = v.toObject();
        const qsizetype n = v.isArray() ? a.size() : o.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (v.isArray()) {
                path->append(i);
                longest(a.at(i), path, best, size);
            } else {
                const QString key = o.keys().at(i);
                path->append(key);
                longest(o.value(key), path, best, size);
            }
            path->removeLast();
        }
    }
}

QJsonValue appendAt(const QJsonValue& v, const QList<QJsonValue>& path, qsizetype at, const QString& text)
{
    if (at == path.size())
        return QString(v.toString() + text);
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        const qsizetype i = path.at(at).toInteger();
        a[i] = appendAt(a.at(i), path, at + 1, text);
        return a;
    }
    QJsonObject o = v.toObject();
    const QString key = path.at(at).toString();
    o.insert(key, appendAt(o.value(key), path, at + 1, text));
    return o;
}
} // namespace

QJsonValue ContentGenerator::withLockedText(const QJsonValue& piece, const QString& prompt)
{
    // A skill's locked texts ("<locked name=…>…</locked>"), copied word for word at the end of the longest text.
    static const QRegularExpression locked(
        u"<locked(?: name=\"[^\"]*\")?>\n(.*?)\n</locked>"_s, QRegularExpression::DotMatchesEverythingOption);
    QStringList texts;
    for (auto it = locked.globalMatch(prompt); it.hasNext();)
        texts.append(it.next().captured(1));
    if (texts.isEmpty())
        return piece;
    QList<QJsonValue> path;
    QList<QJsonValue> best;
    qsizetype size = -1;
    longest(piece, &path, &best, &size);
    if (size < 0)
        return piece;
    return appendAt(piece, best, 0, u"\n\n"_s + texts.join(u"\n\n"_s));
}

QString ContentGenerator::freeText(const Facts& facts, quint64 seed, int words)
{
    start(facts, QString(), seed, {});
    m_kind = Kind::Generic;
    const QString usage = u"usage."_s + m_family;
    const QList<Paragraph> plan{{{{u"opening"_s}, {}}, {{u"name_intro"_s}, {}}, {{u"desc"_s}, {}}},
        {{{u"material"_s}, {}}, {{usage}, {}}, {{u"price"_s}, {}}}};
    CopyComposer::Length l;
    l.minChars = words * 5;
    l.targetChars = words * 6;
    l.maxChars = words * 8;
    return m_copy.paragraphs(plan, padding(), tail(), l);
}
