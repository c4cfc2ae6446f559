#include "ContentGenerator.h"

#include "core/Json.h"
#include "core/Money.h"
#include "sites/SiteRenderer.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace
{

// What the writer says, per language. Filler sentences have no numbers, no units, no materials and
// no claims beyond the facts, so that a deterministic fact check never trips over filler.
struct Phrases
{
    QString lang;
    QLocale locale;
    QStringList filler;
    QString fallbackSentence;
    QString anyCategory; // the category in a sentence when the facts name none
    QStringList keywords;
    QString costs;    // " It costs %1."
    QString madeFrom; // "made from %1."
    QString madeFor;  // "Made for: %1."
    QHash<QString, QString> attributeLabels;
    QStringList questions;
    QString answerNoMaterial;
    QString answerMaterial;
    QString answerPrice;
    QString answerNoAudience;
    QString answerAudience;
    QString answerOneVersion;
    QString answerSizes;
    QString subject;          // "New: %1"
    QString headlineMaterial; // "%1, made from %2"
    QString measurements;
    QString shop;
    QString cta;
    QString steel;         // the word that marks a steel material
    QString otherMaterial; // the wrong material the wrong-facts fault states
};

const Phrases& english()
{
    static const Phrases p{u"en"_s, QLocale(QLocale::English, QLocale::UnitedKingdom),
        {
            u"{name} was chosen for people who want things that work well and last."_s,
            u"Every detail of {name} is there for a reason, and nothing is there for show."_s,
            u"It fits into daily life without asking for attention."_s,
            u"The design is calm and easy to combine with what you already own."_s,
            u"We tested it the way you will use it: often, and without special care."_s,
            u"Good things do not need to be complicated, and {name} proves it."_s,
            u"It is the kind of piece you reach for first, because it simply does its job."_s,
            u"If you value honest materials and careful making, you will feel at home with it."_s,
            u"{name} belongs to our {category} range, which we keep small on purpose."_s,
            u"We would rather make fewer things and make them properly."_s,
            u"Ordering is simple, and our support team answers every question personally."_s,
            u"It makes a thoughtful gift as well as a lasting addition to your own home."_s,
            u"The finish is understated, so it ages gracefully instead of going out of style."_s,
            u"Small choices add up: this is one you will not have to make twice."_s,
            u"We describe it plainly, because we think the product speaks for itself."_s,
            u"Customers tell us it feels right from the first day they use it."_s,
            u"It is made to be used, not kept in a drawer for special occasions."_s,
            u"Quality shows in the details you only notice after a while, and {name} has them."_s,
        },
        u"It is made with care."_s, u"everyday"_s,
        {u"gift idea"_s, u"everyday"_s, u"made to last"_s, u"sustainable"_s, u"new in"_s, u"design"_s, u"quality"_s,
            u"online shop"_s, u"well made"_s, u"timeless"_s, u"home"_s, u"lifestyle"_s},
        u" It costs %1."_s, u"made from %1."_s, u"Made for: %1."_s, {},
        {u"What is %1 made of?"_s, u"How much does %1 cost?"_s, u"Who is %1 for?"_s, u"How do I care for %1?"_s,
            u"Can I return %1?"_s, u"Is %1 a good gift?"_s, u"How long will %1 last?"_s,
            u"Which size of %1 should I choose?"_s},
        u"It is made with care from carefully chosen materials."_s, u"%1 is made from %2."_s, u"%1 costs %2."_s,
        u"It is for anyone who values well-made things."_s, u"It is made for: %1."_s,
        u"It comes in one version, so there is nothing to choose."_s,
        u"It comes in %1. When in doubt, choose your usual size."_s, u"New: %1"_s, u"%1, made from %2"_s,
        u"True to size; see the product facts for exact sizes."_s, u"Sandbox shop"_s, u"Shop now"_s, u"steel"_s,
        u"stainless steel"_s};
    return p;
}

const Phrases& dutch()
{
    static const Phrases p{u"nl"_s, QLocale(QLocale::Dutch, QLocale::Netherlands),
        {
            u"{name} is gekozen voor mensen die willen dat dingen goed werken en lang meegaan."_s,
            u"Elk detail van {name} heeft een reden, en niets is er voor de show."_s,
            u"Het past in je dagelijks leven zonder om aandacht te vragen."_s,
            u"Het ontwerp is rustig en makkelijk te combineren met wat je al hebt."_s,
            u"We hebben het getest zoals jij het gaat gebruiken: vaak, en zonder speciale zorg."_s,
            u"Goede dingen hoeven niet ingewikkeld te zijn, en {name} bewijst dat."_s,
            u"Het is het soort stuk dat je als eerste pakt, omdat het gewoon doet wat het moet doen."_s,
            u"Houd je van eerlijke materialen en zorgvuldig maakwerk, dan voel je je er meteen thuis bij."_s,
            u"{name} hoort bij ons assortiment {category}, dat we bewust klein houden."_s,
            u"We maken liever minder dingen, en die dan goed."_s,
            u"Bestellen is eenvoudig, en ons klantenteam beantwoordt elke vraag persoonlijk."_s,
            u"Het is een attent cadeau en een blijvende aanvulling op je eigen huis."_s,
            u"De afwerking is ingetogen, zodat het mooi ouder wordt in plaats van uit de mode te raken."_s,
            u"Kleine keuzes tellen op: deze hoef je geen twee keer te maken."_s,
            u"We beschrijven het eenvoudig, omdat het product volgens ons voor zich spreekt."_s,
            u"Klanten vertellen ons dat het vanaf de eerste dag goed voelt."_s,
            u"Het is gemaakt om te gebruiken, niet om in een la te bewaren voor speciale gelegenheden."_s,
            u"Kwaliteit zit in de details die je pas na een tijdje opmerkt, en {name} heeft ze."_s,
        },
        u"Het is met zorg gemaakt."_s, u"voor elke dag"_s,
        {u"cadeau-idee"_s, u"voor elke dag"_s, u"gemaakt om lang mee te gaan"_s, u"duurzaam"_s, u"nieuw binnen"_s,
            u"design"_s, u"kwaliteit"_s, u"webwinkel"_s, u"goed gemaakt"_s, u"tijdloos"_s, u"wonen"_s, u"lifestyle"_s},
        u" Het kost %1."_s, u"gemaakt van %1."_s, u"Gemaakt voor: %1."_s,
        {{u"sizes"_s, u"Maten"_s}, {u"colour"_s, u"Kleur"_s}, {u"color"_s, u"Kleur"_s},
            {u"dimensions"_s, u"Afmetingen"_s}, {u"weight"_s, u"Gewicht"_s}, {u"volume"_s, u"Inhoud"_s},
            {u"pieces"_s, u"Aantal"_s}, {u"power"_s, u"Vermogen"_s}, {u"modes"_s, u"Standen"_s}},
        {u"Waarvan is %1 gemaakt?"_s, u"Wat kost %1?"_s, u"Voor wie is %1?"_s, u"Hoe onderhoud ik %1?"_s,
            u"Kan ik %1 retourneren?"_s, u"Is %1 een goed cadeau?"_s, u"Hoe lang gaat %1 mee?"_s,
            u"Welke maat %1 moet ik kiezen?"_s},
        u"Het is met zorg gemaakt van zorgvuldig gekozen materialen."_s, u"%1 is gemaakt van %2."_s, u"%1 kost %2."_s,
        u"Het is voor iedereen die waarde hecht aan goed gemaakte spullen."_s, u"Het is gemaakt voor: %1."_s,
        u"Het is er in één uitvoering, dus je hoeft niets te kiezen."_s,
        u"Het is er in %1. Twijfel je, kies dan je gebruikelijke maat."_s, u"Nieuw: %1"_s, u"%1, gemaakt van %2"_s,
        u"Valt normaal; de precieze maten staan bij de productfeiten."_s, u"Sandboxwinkel"_s, u"Nu kopen"_s, u"staal"_s,
        u"roestvrij staal"_s};
    return p;
}

const Phrases& phrases(const QString& language)
{
    return language == u"nl" ? dutch() : english();
}

const QStringList kProblems{
    u"The opening repeats the product name three times; vary it."_s,
    u"The tone is more formal than the brand voice asks for."_s,
    u"The search title does not start with the main keyword."_s,
    u"One paragraph makes a claim the facts do not support; remove it."_s,
};

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString alternativeMaterial(const QString& material, const Phrases& say)
{
    return material.contains(say.steel, Qt::CaseInsensitive) ? u"polyester"_s : say.otherMaterial;
}

} // namespace

QString ContentGenerator::Facts::material() const
{
    return attributes.value(u"material"_s).toString();
}

QStringList ContentGenerator::Facts::sizes() const
{
    return Json::toStringList(attributes.value(u"sizes"_s).toArray());
}

QString ContentGenerator::priceText(qint64 cents, const QString& currency, const QString& language)
{
    // Copy is typed: a plain space where a locale puts a no-break one ("€ 89,00").
    return Money::format(cents, currency, phrases(language).locale).replace(QChar(0x00A0), u' ');
}

QString ContentGenerator::languageOf(const QString& prompt)
{
    // The writer's prompt says "Write in {{language}}.", the reviewer's "The copy must be in {{language}}".
    static const QRegularExpression asked(u"(?:write in|must be in)\\s+(\\p{L}+)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString language = asked.match(prompt).captured(1).toLower();
    return language == u"dutch" || language == u"nederlands" || language == u"nl" ? u"nl"_s : u"en"_s;
}

ContentGenerator::Facts ContentGenerator::factsFromPrompt(const QString& prompt)
{
    Facts f;
    f.language = languageOf(prompt);
    const qsizetype start = prompt.indexOf(u"<facts>"_s);
    const qsizetype end = prompt.indexOf(u"</facts>"_s, start);
    if (start < 0 || end < 0) {
        f.name = prompt.section(u'\n', 0, 0).left(60).trimmed();
        if (f.name.isEmpty())
            f.name = u"this product"_s;
        return f;
    }
    const QJsonObject o = Json::objectFromString(prompt.mid(start + 7, end - start - 7).trimmed());
    f.found = !o.isEmpty();
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
    return f;
}

QString ContentGenerator::price() const
{
    // Under the wrong-facts fault the copy quotes a price a third higher than the facts give.
    const qint64 cents = m_options.wrongFacts ? m_facts.priceCents * 135 / 100 + 100 : m_facts.priceCents;
    return priceText(cents, m_facts.currency, m_facts.language);
}

QString ContentGenerator::material() const
{
    const QString m = m_facts.material();
    if (m_options.wrongFacts)
        return alternativeMaterial(m, phrases(m_facts.language));
    return m;
}

bool ContentGenerator::allowed(const QString& text) const
{
    for (const QString& word : m_facts.banned) {
        if (!word.isEmpty() && text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString ContentGenerator::sentence()
{
    const Phrases& say = phrases(m_facts.language);
    const QStringList& filler = say.filler;
    for (int tries = 0; tries < 40; ++tries) {
        QString s = filler.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(filler.size()))));
        s.replace(u"{name}"_s, m_facts.name)
            .replace(u"{category}"_s, m_facts.category.isEmpty() ? say.anyCategory : m_facts.category.toLower());
        if (allowed(s))
            return s;
    }
    return say.fallbackSentence;
}

QString ContentGenerator::fit(QString text, qsizetype minChars, qsizetype maxChars)
{
    text = text.simplified();
    int guard = 0;
    while (minChars > 0 && text.size() < minChars && guard++ < 400)
        text += u' ' + sentence();
    if (maxChars > 0 && text.size() > maxChars) {
        QString cut = text.left(maxChars);
        const qsizetype lastStop = cut.lastIndexOf(u'.');
        const qsizetype lastSpace = cut.lastIndexOf(u' ');
        if (lastStop >= std::max<qsizetype>(minChars, maxChars / 2) - 1)
            cut = cut.left(lastStop + 1);
        else if (lastSpace > 0 && lastSpace >= minChars)
            cut = cut.left(lastSpace);
        text = cut.trimmed();
    }
    return text;
}

QStringList ContentGenerator::keywords() const
{
    QStringList out;
    const auto add = [&out, this](const QString& w) {
        const QString t = w.trimmed().toLower();
        if (t.size() > 2 && !out.contains(t) && allowed(t))
            out.append(t);
    };
    add(m_facts.name);
    for (const QString& w : m_facts.name.split(u' ', Qt::SkipEmptyParts))
        add(QString(w).remove(QRegularExpression(u"[^\\w-]"_s)));
    add(m_facts.category);
    add(material());
    for (const QString& extra : phrases(m_facts.language).keywords)
        add(extra);
    return out;
}

QString ContentGenerator::longText(qsizetype minChars, qsizetype maxChars, const QString& kind)
{
    const Phrases& say = phrases(m_facts.language);
    QStringList paragraphs;
    QString intro = capitalized(m_facts.name) + u". "_s + m_facts.description;
    if (m_facts.priceCents > 0)
        intro += say.costs.arg(price());
    paragraphs.append(intro);
    QStringList details;
    if (!material().isEmpty())
        details.append(capitalized(say.madeFrom.arg(material())));
    for (auto it = m_facts.attributes.begin(); it != m_facts.attributes.end(); ++it) {
        if (it.key() == u"material")
            continue;
        const QString value
            = it.value().isArray() ? Json::toStringList(it.value().toArray()).join(u", "_s) : it.value().toString();
        if (!value.isEmpty())
            details.append(say.attributeLabels.value(it.key(), capitalized(it.key())) + u": "_s + value + u'.');
    }
    if (!details.isEmpty())
        paragraphs.append(details.join(u' '));
    if (!m_facts.audience.isEmpty())
        paragraphs.append(say.madeFor.arg(m_facts.audience));
    for (const QString& phrase : m_facts.required)
        paragraphs.append(phrase.endsWith(u'.') ? phrase : phrase + u'.');
    QString text = paragraphs.join(u"\n\n"_s);
    // Grow in whole paragraphs of filler until long enough.
    int guard = 0;
    while (text.size() < minChars && guard++ < 200) {
        QStringList p;
        for (int i = 0; i < 4; ++i)
            p.append(sentence());
        text += u"\n\n"_s + p.join(u' ');
    }
    Q_UNUSED(kind)
    if (maxChars > 0 && text.size() > maxChars) {
        const qsizetype cut = text.lastIndexOf(u'.', maxChars - 1);
        text = text.left(cut > minChars ? cut + 1 : maxChars);
    }
    return text;
}

QString ContentGenerator::text(const QString& name, const QJsonObject& schema, int index, const QString& parent)
{
    const Phrases& say = phrases(m_facts.language);
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
    if (n == u"question" || (p.contains(u"faq"_s) && n.contains(u"q"_s) && !n.contains(u"answer"_s))) {
        const QStringList& questions = say.questions;
        return questions.at(index % questions.size()).arg(m_facts.name);
    }
    if (n == u"answer") {
        QString a;
        switch (index % 8) {
        case 0:
            a = material().isEmpty() ? say.answerNoMaterial
                                     : capitalized(say.answerMaterial.arg(m_facts.name, material()));
            break;
        case 1:
            a = say.answerPrice.arg(m_facts.name, price());
            break;
        case 2:
            a = m_facts.audience.isEmpty() ? say.answerNoAudience : say.answerAudience.arg(m_facts.audience);
            break;
        case 7:
            a = m_facts.sizes().isEmpty() ? say.answerOneVersion : say.answerSizes.arg(m_facts.sizes().join(u", "_s));
            break;
        default:
            a = sentence();
        }
        return fit(a + u' ' + sentence(), std::max<qsizetype>(minLen, 40), maxLen);
    }
    if (n.contains(u"title"_s) || n.contains(u"headline"_s) || n == u"subject" || n == u"name") {
        QString t = m_facts.name;
        if (!m_facts.category.isEmpty() && n.contains(u"seo"_s))
            t += u" | "_s + m_facts.category;
        else if (n == u"subject")
            t = say.subject.arg(m_facts.name);
        else if (n.contains(u"headline"_s) && !material().isEmpty())
            t = say.headlineMaterial.arg(t, material());
        return fit(t, minLen, maxLen > 0 ? maxLen : 90);
    }
    if (n.contains(u"meta"_s) || n.contains(u"excerpt"_s) || n.contains(u"preheader"_s) || n.contains(u"tagline"_s)
        || n.contains(u"summary"_s) || n.contains(u"reason"_s) || n.contains(u"advice"_s) || n.contains(u"fit"_s)) {
        QString t = m_facts.name + u": "_s + (m_facts.description.isEmpty() ? sentence() : m_facts.description);
        return fit(t, std::max<qsizetype>(minLen, 40), maxLen > 0 ? maxLen : 160);
    }
    if (n.contains(u"size"_s) && !m_facts.sizes().isEmpty())
        return m_facts.sizes().at(index % m_facts.sizes().size());
    if (n == u"size")
        return u"One size"_s; // what a careful writer says when the facts list no sizes
    if (n.contains(u"measure"_s))
        return fit(say.measurements, minLen, maxLen);
    // Long-form fields: as long as the schema asks, written from the facts.
    const bool longForm = minLen >= 300 || n.contains(u"body"_s) || n.contains(u"post"_s) || n.contains(u"caption"_s)
        || n.contains(u"description"_s) || n.contains(u"copy"_s) || n.contains(u"text"_s);
    if (longForm) {
        const qsizetype target = std::max<qsizetype>(minLen, maxLen > 0 ? std::min<qsizetype>(maxLen, 400) : 600);
        return longText(target, maxLen, n);
    }
    return fit(sentence(), minLen, maxLen);
}

QJsonValue ContentGenerator::value(const QString& name, const QJsonObject& schema, int index, const QString& parent)
{
    const Phrases& say = phrases(m_facts.language);
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
            page.lang = say.lang;
            page.shop = say.shop;
            page.title = out.value(u"title"_s).toString(m_facts.name);
            page.tagline = out.value(u"tagline"_s).toString(m_facts.description);
            page.productName = m_facts.name;
            page.description = m_facts.description;
            page.price = price();
            page.cta = say.cta;
            out.insert(u"html"_s, SiteRenderer::render(page));
        }
        return out;
    }
    if (type == u"array") {
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const int minItems = static_cast<int>(schema.value(u"minItems"_s).toInteger(0));
        const int maxItems = static_cast<int>(schema.value(u"maxItems"_s).toInteger(0));
        int count = std::max(minItems, n.contains(u"problem"_s) ? 0 : 3);
        if (n.contains(u"tags"_s) || n.contains(u"hashtag"_s) || n.contains(u"keywords"_s))
            count = std::max(minItems, 12);
        if (maxItems > 0)
            count = std::min(count, maxItems);
        QJsonArray out;
        if (n.contains(u"tags"_s) || n.contains(u"hashtag"_s) || n.contains(u"keywords"_s)) {
            const QStringList words = keywords();
            for (int i = 0; i < count; ++i) {
                QString w = i < words.size() ? words.at(i) : words.at(i % words.size()) + u' ' + QString::number(i);
                if (n.contains(u"hashtag"_s))
                    w = u'#' + QString(w).remove(u' ').remove(u'-');
                out.append(w.left(std::max<qsizetype>(3, items.value(u"maxLength"_s).toInteger(40))));
            }
            return out;
        }
        for (int i = 0; i < count; ++i)
            out.append(value(name, items, i, name));
        return out;
    }
    if (type == u"integer" || type == u"number") {
        const double lo = schema.value(u"minimum"_s).toDouble(0);
        const double hi = schema.value(u"maximum"_s).toDouble(lo + 100);
        if (hi - lo >= 50) {
            // Scores: high and steady, unless the reviewer is told to reject.
            const double v = m_options.reviewReject ? lo + (hi - lo) * (0.62 + 0.14 * m_rng.generateDouble())
                                                    : lo + (hi - lo) * (0.91 + 0.06 * m_rng.generateDouble());
            return static_cast<qint64>(std::floor(v));
        }
        return static_cast<qint64>(lo);
    }
    if (type == u"boolean")
        return !m_options.reviewReject;
    if (type == u"null")
        return QJsonValue::Null;
    return text(name, schema, index, parent);
}

QJsonValue ContentGenerator::review(const QJsonObject& schema)
{
    QJsonObject out = value(QString(), schema, 0, QString()).toObject();
    // A reviewer reads the piece: a price that is not the facts' price is a factual problem.
    QStringList problems;
    if (m_options.reviewReject)
        problems << kProblems.at(static_cast<int>(m_rng.bounded(2u)))
                 << kProblems.at(2 + static_cast<int>(m_rng.bounded(2u)));
    else if (m_options.reviewNitpick)
        problems << u"The opening sentence could be warmer; a matter of taste."_s;
    const qsizetype pieceStart = m_prompt.indexOf(u"<piece>"_s);
    if (pieceStart >= 0 && m_facts.priceCents > 0) {
        static const QRegularExpression money(u"€\\s?(\\d+(?:[.,]\\d{2})?)"_s);
        const QString piece = m_prompt.mid(pieceStart, m_prompt.indexOf(u"</piece>"_s, pieceStart) - pieceStart);
        for (auto it = money.globalMatch(piece); it.hasNext();) {
            const auto m = it.next();
            if (Money::parse(m.captured(1)).value_or(-1) != m_facts.priceCents) {
                problems << u"The copy states the price as %1, but the facts say %2."_s.arg(
                    m.captured(0), priceText(m_facts.priceCents, m_facts.currency));
                QJsonObject scores = out.value(u"scores"_s).toObject();
                if (scores.contains(u"factual_accuracy"_s)) {
                    scores.insert(u"factual_accuracy"_s, 40);
                    out.insert(u"scores"_s, scores);
                }
                break;
            }
        }
    }
    const QJsonObject problemSchema = schema.value(u"properties"_s).toObject().value(u"problems"_s).toObject();
    const QJsonObject itemSchema = problemSchema.value(u"items"_s).toObject();
    QJsonArray list;
    for (const QString& p : problems) {
        if (itemSchema.value(u"type"_s).toString() == u"object") {
            QJsonObject item = value(u"problem"_s, itemSchema, 0, u"problems"_s).toObject();
            const QJsonObject props = itemSchema.value(u"properties"_s).toObject();
            for (const QString& key : {u"issue"_s, u"problem"_s, u"description"_s}) {
                if (props.contains(key))
                    item.insert(key, p);
            }
            if (props.contains(u"severity"_s))
                item.insert(u"severity"_s,
                    p.contains(u"price"_s) ? u"critical"_s : (p.contains(u"taste"_s) ? u"minor"_s : u"major"_s));
            list.append(item);
        } else {
            list.append(p);
        }
    }
    if (schema.value(u"properties"_s).toObject().contains(u"problems"_s))
        out.insert(u"problems"_s, list);
    return out;
}

QJsonValue ContentGenerator::generate(
    const QJsonObject& schema, const Facts& facts, const QString& prompt, quint64 seed, const Options& options)
{
    m_facts = facts;
    m_options = options;
    m_prompt = prompt;
    m_rng.seed(static_cast<quint32>(seed ^ (seed >> 32)));
    const QJsonObject props = schema.value(u"properties"_s).toObject();
    if (props.contains(u"scores"_s) || props.contains(u"problems"_s))
        return review(schema);
    return value(QString(), schema, 0, QString());
}

QString ContentGenerator::freeText(const Facts& facts, quint64 seed, int words)
{
    m_facts = facts;
    m_options = {};
    m_rng.seed(static_cast<quint32>(seed));
    return longText(words * 6, words * 8, u"text"_s);
}
