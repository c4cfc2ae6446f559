#include "ReplyComposer.h"

#include "PromptReader.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ReplyComposer
{

namespace
{
struct Topic
{
    QStringList words;
    QString english;
    QString dutch;
};

const QList<Topic>& topics()
{
    static const QList<Topic> t{
        {{u"small"_s, u"large"_s, u"size"_s, u"fit"_s, u"sleeve"_s, u"klein"_s, u"groot"_s, u"maat"_s, u"mouw"_s},
            u"We are sorry the fit was not right for you; we are glad to help you choose the right size."_s,
            u"Jammer dat de pasvorm niet goed voor je was; we helpen je graag de juiste maat te kiezen."_s},
        {{u"deliver"_s, u"arriv"_s, u"while"_s, u"bezorg"_s, u"lever"_s, u"duurde"_s},
            u"Thank you for your patience with the delivery."_s, u"Dank voor je geduld met de levering."_s},
        {{u"colour"_s, u"color"_s, u"photo"_s, u"kleur"_s, u"foto"_s},
            u"We are sorry the colour was not what the photos led you to expect."_s,
            u"Jammer dat de kleur anders was dan je op de foto's verwachtte."_s},
        {{u"apart"_s, u"seam"_s, u"thin"_s, u"fabric"_s, u"quality"_s, u"naad"_s, u"naden"_s, u"dun"_s, u"stof"_s,
             u"kwaliteit"_s, u"elkaar"_s},
            u"What you describe is not the quality we want you to have, and we would like to look into it."_s,
            u"Wat je beschrijft is niet de kwaliteit die we je willen bieden, en we zoeken het graag uit."_s},
    };
    return t;
}

const QStringList kOffers{u"refund"_s, u"money back"_s, u"discount"_s, u"% off"_s, u"voucher"_s, u"replace"_s,
    u"gift"_s, u"free"_s, u"terugbetal"_s, u"geld terug"_s, u"korting"_s, u"tegoedbon"_s, u"vervang"_s, u"cadeau"_s,
    u"gratis"_s};

QString section(const QString& prompt, const QString& heading)
{
    const qsizetype at = prompt.indexOf(heading);
    if (at < 0)
        return {};
    const qsizetype start = at + heading.size();
    const qsizetype end = prompt.indexOf(u"\n\n"_s, start);
    return prompt.mid(start, end < 0 ? -1 : end - start).trimmed();
}

QStringList numbers(const QString& text)
{
    static const QRegularExpression re(u"\\d+(?:[.,]\\d+)?"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().replace(u',', u'.'));
    return out;
}
} // namespace

QJsonObject write(const ContentGenerator::Facts& facts, bool dutch, QRandomGenerator& rng,
    const ContentGenerator::Options& options, const QString& prompt)
{
    const QString review = PromptReader::between(prompt, u"review"_s);
    static const QRegularExpression starsRe(u"Stars: (\\d)"_s);
    const auto m = starsRe.match(review);
    const int stars = m.hasMatch() ? m.captured(1).toInt() : 3;
    const QString text = review.mid(review.indexOf(u'\n') + 1).toLower();
    QStringList s;
    const bool thanksFirst = rng.bounded(2) == 0;
    if (stars >= 4)
        s.append(dutch ? u"Dank je wel voor je mooie review van de %1!"_s.arg(facts.name)
                       : u"Thank you so much for your kind review of the %1!"_s.arg(facts.name));
    else if (thanksFirst)
        s.append(dutch ? u"Dank je wel dat je de tijd nam om de %1 te beoordelen."_s.arg(facts.name)
                       : u"Thank you for taking the time to review the %1."_s.arg(facts.name));
    else
        s.append(dutch ? u"Bedankt voor je eerlijke review van de %1."_s.arg(facts.name)
                       : u"Thank you for your honest review of the %1."_s.arg(facts.name));
    int answered = 0;
    for (const Topic& t : topics()) {
        if (answered < 2
            && std::any_of(t.words.cbegin(), t.words.cend(), [&](const QString& w) { return text.contains(w); })) {
            s.append(dutch ? t.dutch : t.english);
            ++answered;
        }
    }
    if (options.wrongFacts)
        s.append(dutch
                ? u"We betalen je het volledige bedrag terug en je krijgt 20% korting op je volgende bestelling."_s
                : u"We will refund you in full and give you 20% off your next order."_s);
    if (stars <= 3)
        s.append(dutch ? u"Neem gerust contact met ons op via de klantenservice, dan helpen we je persoonlijk verder."_s
                       : u"Please get in touch with our customer service, so that we can help you personally."_s);
    else
        s.append(dutch ? u"We hopen dat je er nog lang plezier van hebt, en tot de volgende keer."_s
                       : u"We hope you enjoy it for a long time, and we look forward to seeing you again."_s);
    return QJsonObject{{u"reply"_s, s.join(u' ')}};
}

QJsonObject check(const QString& prompt, const ContentGenerator::Options& options)
{
    const QString reply = PromptReader::between(prompt, u"reply"_s);
    const QString lower = reply.toLower();
    const QString allowed = section(prompt, u"What a reply may offer:"_s).toLower();
    QJsonArray findings;
    if (options.reviewReject)
        findings.append(u"The reply does not answer what the customer raised."_s);
    for (const QString& o : kOffers) {
        if (lower.contains(o) && !allowed.contains(o)) {
            findings.append(u"The reply offers “%1”, which is not on the list of what a reply may offer."_s.arg(o));
            break;
        }
    }
    const QString rest = QString(prompt).remove(reply);
    const QStringList known = numbers(rest);
    for (const QString& n : numbers(reply)) {
        if (!known.contains(n)) {
            findings.append(u"The reply states %1, which the facts and the review do not."_s.arg(n));
            break;
        }
    }
    const bool approved = findings.isEmpty();
    return QJsonObject{{u"approved"_s, approved}, {u"findings"_s, findings},
        {u"summary"_s,
            approved ? u"The reply is accurate and polite, and offers nothing beyond the list."_s
                     : u"The reply cannot go out as it is."_s}};
}

} // namespace ReplyComposer
