// The sandbox's site factory writer: a brief, a concept, design tokens and sections built from the product's
// facts and what the prompt passes on (the reviews it may quote, the images it may show, the call to action's
// address, the headline the concept chose, the brand palette). Everything it states is in the facts, unless
// the wrong-facts fault asks for a wrong price, a discount that is no sale and a quote no customer wrote.
#include "ContentGenerator.h"

#include "core/HtmlText.h"
#include "sites/SiteChecks.h"

#include <QColor>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace
{
QString firstSentence(const QString& text)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s"_s);
    const QString t = text.simplified();
    const qsizetype i = t.indexOf(end);
    return i > 0 ? t.left(i) : t;
}

// The line after "label" in the prompt, or the first "- " line of the block that follows it.
QString promptLine(const QString& prompt, const QString& label)
{
    const qsizetype at = prompt.indexOf(label);
    if (at < 0)
        return {};
    const qsizetype start = at + label.size();
    const qsizetype end = prompt.indexOf(u'\n', start);
    return prompt.mid(start, end < 0 ? -1 : end - start).trimmed();
}

QList<std::pair<int, QString>> reviewsIn(const QString& prompt)
{
    static const QRegularExpression line(u"^- \\((\\d)/5\\) \"(.*)\"$"_s, QRegularExpression::MultilineOption);
    QList<std::pair<int, QString>> out;
    for (auto it = line.globalMatch(prompt); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(1).toInt(), m.captured(2)});
    }
    return out;
}

QString e(const QString& text)
{
    return HtmlText::escape(text);
}
} // namespace

QJsonObject ContentGenerator::siteBrief()
{
    const bool nl = m_language == PromptReader::Language::Dutch;
    const bool reviews = !reviewsIn(m_prompt).isEmpty();
    const QString audience = m_facts.audience.isEmpty()
        ? (nl ? u"Mensen die zorgvuldig kiezen in de categorie %1 en willen weten wat ze krijgen."_s
              : u"People who choose carefully in %1 and want to know what they get."_s)
              .arg(m_facts.category.isEmpty() ? (nl ? u"deze winkel"_s : u"this shop"_s) : m_facts.category.toLower())
        : m_facts.audience;
    // A collection's facts open with a line for the writer; its first product's line is the proof.
    const QString opening = m_facts.items.isEmpty()
        ? firstSentence(m_facts.description)
        : m_facts.description.section(u'\n', 1, 1).mid(2).section(u": "_s, 1).section(u" ["_s, 0, 0);
    QJsonArray proof{QJsonObject{{u"point"_s, opening.left(200)}, {u"source"_s, u"facts"_s}}};
    if (!material().isEmpty())
        proof.append(QJsonObject{
            {u"point"_s, (nl ? u"Gemaakt van %1."_s : u"Made of %1."_s).arg(material())}, {u"source"_s, u"facts"_s}});
    if (reviews)
        proof.append(QJsonObject{{u"point"_s,
                                     nl ? u"Klanten beschrijven hun ervaring in hun eigen woorden."_s
                                        : u"Customers describe their experience in their own words."_s},
            {u"source"_s, u"reviews"_s}});
    return QJsonObject{{u"audience"_s, audience},
        {u"single_job"_s,
            (m_facts.items.isEmpty()
                    ? (nl ? u"De bezoeker de %1 laten bestellen."_s : u"Get the visitor to order the %1."_s)
                    : (nl ? u"De bezoeker een product uit %1 laten kiezen."_s
                          : u"Get the visitor to choose a product from %1."_s))
                .arg(m_facts.name)},
        {u"needs"_s,
            QJsonArray{nl ? u"Weten waar het van gemaakt is en hoe het aanvoelt."_s
                          : u"Know what it is made of and how it feels."_s,
                nl ? u"De prijs zien voordat ze verder lezen."_s : u"See the price before reading on."_s,
                nl ? u"Zeker weten dat het past bij hoe ze het gebruiken."_s : u"Be sure it suits how they use it."_s}},
        {u"proof_points"_s, proof}};
}

QJsonObject ContentGenerator::siteConcept()
{
    const bool nl = m_language == PromptReader::Language::Dutch;
    const bool reviews = !reviewsIn(m_prompt).isEmpty();
    QJsonArray sections{QJsonObject{{u"key"_s, u"hero"_s},
        {u"purpose"_s,
            nl ? u"Zeggen wat het product voor de koper doet, met de prijs."_s
               : u"Say what the product does for the buyer, with the price."_s}}};
    // A collection's or the shop's page shows its products, each with its price, instead of one product's reasons.
    if (!m_facts.items.isEmpty())
        sections.append(QJsonObject{{u"key"_s, u"products"_s},
            {u"purpose"_s, nl ? u"De producten, elk met zijn prijs."_s : u"The products, each with its price."_s}});
    else
        sections.append(QJsonObject{{u"key"_s, u"benefits"_s},
            {u"purpose"_s, nl ? u"Drie redenen uit de feiten."_s : u"Three reasons taken from the facts."_s}});
    sections.append(QJsonObject{{u"key"_s, u"details"_s},
        {u"purpose"_s, nl ? u"De feiten die een koper controleert."_s : u"The facts a buyer checks."_s}});
    if (reviews)
        sections.append(QJsonObject{{u"key"_s, u"reviews"_s},
            {u"purpose"_s, nl ? u"Klanten letterlijk aan het woord."_s : u"Customers in their own words."_s}});
    sections.append(QJsonObject{{u"key"_s, u"cta"_s},
        {u"purpose"_s, nl ? u"De bestelling, zonder omwegen."_s : u"The order, without detours."_s}});
    const QString material = this->material();
    const QString positioning = m_facts.items.isEmpty()
        ? (nl ? u"%1 voor wie let op %2: %3"_s : u"%1 for people who care about %2: %3"_s)
              .arg(m_facts.name, material.isEmpty() ? (nl ? u"kwaliteit"_s : u"quality"_s) : material,
                  firstSentence(m_facts.description))
        : (nl ? u"%1 op één pagina, voor wie let op %2: elk product met zijn eigen prijs."_s
              : u"%1 on one page, for people who care about %2: each product with its own price."_s)
              .arg(m_facts.name, material.isEmpty() ? (nl ? u"kwaliteit"_s : u"quality"_s) : material);
    return QJsonObject{{u"positioning"_s, positioning.left(300)},
        {u"vibe"_s,
            (nl ? u"Rustig en tastbaar, zoals %1 in de hand"_s : u"Calm and tactile, like holding %1"_s)
                .arg(material.isEmpty() ? m_facts.name : material)
                .left(90)},
        {u"headlines"_s,
            m_facts.items.isEmpty()
                ? QJsonArray{m_facts.name.left(90),
                    (nl ? u"%1, van dichtbij"_s : u"%1, up close"_s).arg(m_facts.name).left(90)}
                : QJsonArray{(m_facts.category.isEmpty() ? (nl ? u"Alles van %1"_s : u"Everything from %1"_s)
                                                         : (nl ? u"De collectie %1"_s : u"The %1 collection"_s))
                                 .arg(m_facts.name)
                                 .left(90),
                    (nl ? u"%1, van dichtbij"_s : u"%1, up close"_s).arg(m_facts.name).left(90)}},
        {u"sections"_s, sections}};
}

QJsonObject ContentGenerator::siteDesign()
{
    // The primary colour is the brand's first (darkened in its own hue until it reads on white), or one
    // derived from the product's name.
    static const QRegularExpression hex(u"#[0-9a-fA-F]{6}"_s);
    const QString brand = promptLine(m_prompt, u"Brand palette:"_s);
    QColor primary = QColor::fromString(hex.match(brand).captured(0));
    if (!primary.isValid())
        primary = QColor::fromHsl(static_cast<int>(qHash(m_facts.name) % 360), 120, 70);
    const QColor white(u"#ffffff"_s);
    while (SiteChecks::contrast(primary.name(), white.name()) < 5.0)
        primary = primary.darker(112);
    const QColor background = QColor::fromHsl(std::max(0, primary.hslHue()), 30, 250);
    const QColor surface = QColor::fromHsl(std::max(0, primary.hslHue()), 25, 238);
    const QColor text(u"#1d2125"_s);
    const QColor muted(u"#545b64"_s);
    const bool nl = m_language == PromptReader::Language::Dutch;
    const auto colour = [](const QString& name, const QColor& c, const QString& role) {
        return QJsonObject{{u"name"_s, name}, {u"hex"_s, c.name()}, {u"role"_s, role}};
    };
    const auto pair = [](const QString& t, const QString& b) {
        return QJsonObject{{u"text"_s, t}, {u"background"_s, b}};
    };
    return QJsonObject{{u"colours"_s,
                           QJsonArray{colour(nl ? u"Papier"_s : u"Paper"_s, background, u"background"_s),
                               colour(nl ? u"Inkt"_s : u"Ink"_s, text, u"text"_s),
                               colour(nl ? u"Merk"_s : u"Brand"_s, primary, u"primary"_s),
                               colour(nl ? u"Wit"_s : u"White"_s, white, u"on_primary"_s),
                               colour(nl ? u"Steen"_s : u"Stone"_s, muted, u"muted"_s),
                               colour(nl ? u"Vlak"_s : u"Panel"_s, surface, u"surface"_s)}},
        {u"type"_s,
            QJsonObject{{u"display"_s, QJsonObject{{u"family"_s, u"DejaVu Serif"_s}, {u"fallback"_s, u"serif"_s}}},
                {u"body"_s, QJsonObject{{u"family"_s, u"DejaVu Sans"_s}, {u"fallback"_s, u"sans-serif"_s}}}}},
        {u"spacing"_s, 8}, {u"radius"_s, 4},
        {u"imagery"_s,
            nl ? u"De productfoto's van de winkel, van dichtbij, op een rustige achtergrond."_s
               : u"The shop's own product photos, close up, on a quiet background."_s},
        {u"signature"_s,
            nl ? u"Een brede merkkleurige rand boven de opening, als een etiket."_s
               : u"A wide brand-coloured band above the opening, like a label."_s},
        {u"pairs"_s,
            QJsonArray{
                pair(u"text"_s, u"background"_s), pair(u"on_primary"_s, u"primary"_s), pair(u"text"_s, u"surface"_s)}}};
}

QJsonObject ContentGenerator::siteSection(const QString& key)
{
    const bool nl = m_language == PromptReader::Language::Dutch;
    const QString cta = promptLine(m_prompt, u"The call to action links to:"_s);
    const QString images = promptLine(m_prompt, u"Images you may show (no other address, never an invented one):"_s);
    const QString image = images.startsWith(u"none"_s) ? QString() : images.section(u", "_s, 0, 0).trimmed();
    const QString price = this->price();
    const QString material = this->material();
    QString headline = m_facts.name;
    if (const QString block = PromptReader::between(m_prompt, u"concept"_s); !block.isEmpty()) {
        const QString first = promptLine(block, u"Headlines:\n- "_s);
        if (!first.isEmpty())
            headline = first;
    }
    QString extra;
    for (const QString& s : mentionSentences())
        extra += u"<p>"_s + e(s) + u"</p>"_s;
    QString html;
    if (key == u"hero") {
        QString lead = firstSentence(m_facts.description);
        if (!m_facts.items.isEmpty()) {
            // A collection's page opens with what it holds (the facts' own opening line is for the writer).
            QStringList products;
            for (const auto& item : m_facts.items) {
                if (const QString product = item.first.section(u" ("_s, 0, 0); !products.contains(product))
                    products.append(product);
            }
            lead = (nl ? u"%1 producten van %2, elk met zijn prijs hieronder."_s
                       : u"%1 products from %2, each with its price below."_s)
                       .arg(products.size())
                       .arg(m_facts.name);
        }
        html = u"<section id=\"hero\" class=\"signature\"><h1>%1</h1><p class=\"lead\">%2</p>"_s.arg(
            e(headline), e(lead));
        if (!price.isEmpty())
            html += u"<p class=\"price\">%1</p>"_s.arg(e(price));
        if (m_options.wrongFacts)
            html += nl ? u"<p>Nu 20% korting.</p>"_s : u"<p>Now 20% off.</p>"_s;
        html += extra;
        html += u"<a class=\"button\" href=\"%1\">%2</a>"_s.arg(e(cta), nl ? u"Bestel nu"_s : u"Order now"_s);
        if (!image.isEmpty())
            html += u"<img src=\"%1\" alt=\"%2\"/>"_s.arg(e(image),
                e(m_facts.items.isEmpty() ? m_facts.name : m_facts.items.first().first.section(u" ("_s, 0, 0)));
        html += u"</section>"_s;
    } else if (key == u"products") {
        // Each product as the facts list it: its name, its line of the description and its price.
        QHash<QString, QString> lines;
        for (const QString& line : m_facts.description.split(u'\n')) {
            if (line.startsWith(u"- "_s) && line.contains(u": "_s))
                lines.insert(line.mid(2).section(u": "_s, 0, 0), line.section(u": "_s, 1).section(u" ["_s, 0, 0));
        }
        QString cards;
        for (const auto& [name, cents] : m_facts.items) {
            const qint64 shown = m_options.wrongFacts ? cents * 135 / 100 + 100 : cents;
            cards += u"<div class=\"card\"><h3>%1</h3>"_s.arg(e(name));
            if (const QString line = lines.value(name.section(u" ("_s, 0, 0)); !line.isEmpty())
                cards += u"<p>%1</p>"_s.arg(e(line));
            cards += u"<p class=\"price\">%1</p></div>"_s.arg(e(priceText(shown, m_facts.currency, m_language)));
        }
        html = u"<section id=\"products\"><h2>%1</h2><div class=\"grid\">%2</div>%3</section>"_s.arg(
            nl ? u"De producten"_s : u"The products"_s, cards, extra);
    } else if (key == u"benefits") {
        QStringList cards;
        const auto card = [&](const QString& title, const QString& body) {
            cards << u"<div class=\"card\"><h3>%1</h3><p>%2</p></div>"_s.arg(e(title), e(body));
        };
        if (!material.isEmpty())
            card(nl ? u"Materiaal"_s : u"Material"_s, (nl ? u"Gemaakt van %1."_s : u"Made of %1."_s).arg(material));
        const QStringList sentences = m_facts.description.simplified().split(u". "_s, Qt::SkipEmptyParts);
        card(nl ? u"Waarom"_s : u"Why"_s, firstSentence(m_facts.description));
        if (sentences.size() > 1)
            card(nl ? u"Meer"_s : u"More"_s, sentences.at(1).endsWith(u'.') ? sentences.at(1) : sentences.at(1) + u'.');
        html = u"<section id=\"benefits\"><h2>%1</h2><div class=\"grid\">%2</div>%3</section>"_s.arg(
            nl ? u"Waarom het werkt"_s : u"Why it works"_s, cards.join(QString()), extra);
    } else if (key == u"details") {
        QStringList items;
        if (!material.isEmpty())
            items << (nl ? u"Materiaal: %1"_s : u"Material: %1"_s).arg(material);
        if (!m_facts.sizes().isEmpty())
            items << (nl ? u"Maten: %1"_s : u"Sizes: %1"_s).arg(m_facts.sizes().join(u", "_s));
        if (!m_facts.colours().isEmpty())
            items << (nl ? u"Kleuren: %1"_s : u"Colours: %1"_s).arg(m_facts.colours().join(u", "_s));
        if (!price.isEmpty())
            items << (nl ? u"Prijs: %1"_s : u"Price: %1"_s).arg(price);
        // A business (a lead's concept site): where and when, as its listing says.
        if (!m_facts.attribute(u"address"_s).isEmpty())
            items << (nl ? u"Adres: %1"_s : u"Address: %1"_s).arg(m_facts.attribute(u"address"_s));
        if (!m_facts.attribute(u"opening_hours"_s).isEmpty())
            items << (nl ? u"Openingstijden: %1"_s : u"Opening hours: %1"_s).arg(m_facts.attribute(u"opening_hours"_s));
        QString list;
        for (const QString& i : std::as_const(items))
            list += u"<li>"_s + e(i) + u"</li>"_s;
        html = u"<section id=\"details\"><h2>%1</h2><ul>%2</ul>%3</section>"_s.arg(
            nl ? u"De details"_s : u"The details"_s, list, extra);
    } else if (key == u"reviews") {
        QString quotes;
        const auto reviews = reviewsIn(m_prompt);
        for (qsizetype i = 0; i < std::min<qsizetype>(2, reviews.size()); ++i)
            quotes += u"<blockquote class=\"quote\">%1</blockquote>"_s.arg(e(reviews.at(i).second));
        if (m_options.wrongFacts)
            quotes += nl ? u"<blockquote class=\"quote\">Het beste wat ik ooit kocht.</blockquote>"_s
                         : u"<blockquote class=\"quote\">The best thing I ever bought.</blockquote>"_s;
        html = u"<section id=\"reviews\"><h2>%1</h2>%2</section>"_s.arg(
            nl ? u"Wat klanten zeggen"_s : u"What customers say"_s, quotes);
    } else {
        html = u"<section id=\"%1\"><h2>%2</h2>"_s.arg(e(key), nl ? u"Klaar om te bestellen?"_s : u"Ready to order?"_s);
        if (!price.isEmpty())
            html += u"<p class=\"price\">%1</p>"_s.arg(e(price));
        const QString phone = m_facts.attribute(u"phone"_s);
        if (!phone.isEmpty() && price.isEmpty())
            html += extra
                + u"<a class=\"button\" href=\"tel:%1\">%2</a></section>"_s.arg(
                    e(phone), (nl ? u"Bel %1"_s : u"Call %1"_s).arg(e(phone)));
        else
            html += extra
                + u"<a class=\"button\" href=\"%1\">%2</a></section>"_s.arg(
                    e(cta), nl ? u"Bestel nu"_s : u"Order now"_s);
    }
    return QJsonObject{{u"html"_s, html}};
}

QJsonObject ContentGenerator::outreachEmail()
{
    const bool nl = m_language == PromptReader::Language::Dutch;
    const QString name = promptLine(m_prompt, u"Business: "_s);
    const QString category = promptLine(m_prompt, u"Category: "_s).toLower();
    const QString website = promptLine(m_prompt, u"Website: "_s);
    const QString rating = promptLine(m_prompt, u"Rating: "_s);
    const QString reviews = promptLine(m_prompt, u"Reviews: "_s);
    const bool attached = promptLine(m_prompt, u"Concept attached: "_s) == u"yes";
    const bool hasSite = !website.isEmpty() && website != u"none";
    const bool rated = !rating.isEmpty() && rating != u"not listed" && !reviews.isEmpty() && reviews != u"not listed";
    const QString shownRating = QString::number(rating.toDouble(), 'f', 1);
    QStringList body;
    QString noticed = nl ? u"Ik kwam %1 tegen toen ik zocht naar %2 in de buurt."_s.arg(
                          name, category.isEmpty() ? u"een zaak als de jouwe"_s : u"een "_s + category)
                         : u"I came across %1 while looking for %2 nearby."_s.arg(
                             name, category.isEmpty() ? u"a business like yours"_s : u"a "_s + category);
    if (rated)
        noticed += nl
            ? u" %1 sterren uit %2 recensies op je vermelding laten zien dat mensen waarderen wat je doet."_s.arg(
                QString(shownRating).replace(u'.', u','), reviews)
            : u" %1 stars from %2 reviews on your listing show that people value what you do."_s.arg(
                shownRating, reviews);
    if (m_options.wrongFacts)
        noticed += nl
            ? u" Met 4,9 sterren uit meer dan 500 recensies ben je duidelijk de nummer één van de stad, en een "
              u"nieuwe site verdubbelt gegarandeerd je klanten."_s
            : u" With 4.9 stars from more than 500 reviews you are clearly the number one in town, and a new "
              u"site is guaranteed to double your customers."_s;
    body << noticed;
    body << (hasSite
            ? (nl ? u"Je vermelding verwijst naar een eigen website; een pagina die meteen laat zien wat je "
                    u"aanbiedt en hoe men je bereikt, kan daar goed naast staan."_s
                  : u"Your listing links to a site of your own; a page that shows at once what you offer and "
                    u"how to reach you could sit well beside it."_s)
            : (nl ? u"Je vermelding verwijst nog niet naar een eigen website, dus wie je op de kaart vindt, kan "
                    u"nergens verder lezen."_s
                  : u"Your listing does not point to a site of your own yet, so people who find you on the map "
                    u"have nowhere to read more."_s));
    body << (attached ? (nl ? u"Ik heb daarom een concept gemaakt voor een pagina voor %1, alleen gebouwd op wat je "
                              u"vermelding zegt. Je vindt het in de bijlage."_s.arg(name)
                            : u"So I made a concept for a page for %1, built only from what your listing says. You "
                              u"will find it attached."_s.arg(name))
                      : (nl ? u"Ik maak graag een concept voor een pagina voor %1, alleen gebouwd op wat je vermelding "
                              u"zegt."_s.arg(name)
                            : u"I would be glad to make a concept for a page for %1, built only from what your listing "
                              u"says."_s.arg(name)));
    body << (nl ? u"Wil je het zien of erover praten? Antwoord dan gewoon op deze e-mail."_s
                : u"If you would like to see more or talk it through, just reply to this e-mail."_s);
    return QJsonObject{
        {u"subject"_s,
            (nl ? u"Een idee voor een website voor %1"_s : u"An idea for a website for %1"_s).arg(name).left(90)},
        {u"greeting"_s, (nl ? u"Beste %1,"_s : u"Hello %1,"_s).arg(name).left(80)}, {u"body"_s, body.join(u"\n\n"_s)},
        {u"closing"_s, nl ? u"Met vriendelijke groet,"_s : u"Kind regards,"_s}};
}
