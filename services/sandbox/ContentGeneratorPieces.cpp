#include "ContentGenerator.h"

#include "core/Json.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

// The writers of the structured pieces and fields: titles, the meta description, social posts, the
// FAQ, bullets, tags, care instructions, the size guide, and the writer's answer to a review.

QString ContentGenerator::shortText(
    const QList<QStringList>& topics, qsizetype minLen, qsizetype maxLen, qsizetype target)
{
    QString out = m_copy.grow(QString(), topics, std::max(minLen, target), maxLen);
    if (out.size() < minLen)
        out = m_copy.grow(out,
            {{u"usage."_s + m_family}, {u"everyday"_s}, {u"design"_s}, {u"moment"_s}, {u"usage.generic"_s},
                {u"values"_s}, {u"detail"_s}, {u"everyday"_s}, {u"moment"_s}},
            minLen, maxLen);
    return out.size() < minLen ? CopyComposer::cut(out + u' ' + m_facts.name, maxLen) : out;
}

QString ContentGenerator::fitting(const QString& topic, qsizetype minLen, qsizetype maxLen)
{
    const QString material = m_copy.slot(u"material"_s);
    for (const QString& c : m_copy.candidates(topic)) {
        // "Oak Serving Board in oak" says the material twice.
        if (!material.isEmpty() && c.count(material, Qt::CaseInsensitive) > 1)
            continue;
        if (c.size() >= minLen && (maxLen <= 0 || c.size() <= maxLen)) {
            m_copy.use(c);
            return c;
        }
    }
    QString name = CopyComposer::cut(m_facts.name, maxLen);
    while (name.size() < minLen)
        name += u" ·"_s;
    return name;
}

QString ContentGenerator::meta(qsizetype minLen, qsizetype maxLen)
{
    minLen = std::max<qsizetype>(minLen, 40);
    maxLen = maxLen > 0 ? maxLen : 160;
    QString m;
    for (const QString& c : m_copy.candidates(u"meta"_s)) {
        if (c.size() <= maxLen) {
            m = c;
            m_copy.use(c);
            break;
        }
    }
    for (const QString& s : mentionSentences(maxLen - m.size() - 1))
        m = m.isEmpty() ? s : m + u' ' + s;
    // Short of the minimum: a closing phrase the description does not already say.
    for (const QString& extra : m_copy.candidates(u"meta_extra"_s)) {
        if (m.size() >= minLen || m.size() + 1 + extra.size() > maxLen)
            break;
        if (m.contains(extra.chopped(1), Qt::CaseInsensitive))
            continue;
        m_copy.use(extra);
        m += u' ' + extra;
    }
    if (m.size() < minLen)
        m = m_copy.grow(m, {{u"usage."_s + m_family}, {u"everyday"_s}, {u"moment"_s}}, minLen, maxLen);
    return m.size() < minLen ? shortText({{u"everyday"_s}}, minLen, maxLen, minLen) : m;
}

QString ContentGenerator::social(const QString& platform, qsizetype minLen, qsizetype maxLen)
{
    const QString usage = u"usage."_s + m_family;
    QList<QStringList> topics;
    qsizetype target = 240;
    if (platform == u"x") {
        topics = {{u"social_hook"_s}, {usage}, {u"price"_s}};
        target = 130;
    } else if (platform == u"pinterest") {
        topics = {{u"design"_s}, {u"material."_s + m_material, u"material"_s}, {usage}};
        target = 200;
    } else if (platform == u"tiktok") {
        topics = {{u"social_hook"_s}, {u"everyday"_s}};
        target = 110;
    } else if (platform == u"linkedin") {
        topics = {{u"linkedin"_s}, {u"linkedin"_s}, {u"values"_s}, {u"material"_s}};
        target = 360;
    } else if (platform == u"facebook") {
        topics = {{u"opening"_s, u"social_hook"_s}, {u"material"_s}, {usage}, {u"price"_s}};
        target = 320;
    } else {
        topics = {{u"social_hook"_s}, {usage}, {u"material."_s + m_material, u"design"_s}};
    }
    if (!m_instruction.tone.isEmpty())
        topics.prepend({u"tone."_s + m_instruction.tone});
    if (const QStringList focus = focusTopics(); !focus.isEmpty())
        topics.insert(1, focus);
    if (m_instruction.length != 0)
        target = m_instruction.length < 0 ? target / 2 : target * 2;
    // What the person asked to mention goes second, in a frame of its own on each platform; the call
    // to action goes last (LinkedIn and Pinterest get none).
    const bool cta = platform != u"linkedin" && platform != u"pinterest";
    const qsizetype room = maxLen - (cta ? 40 : 0);
    QString text = m_copy.grow(QString(), {topics.first()}, 1, room);
    for (const QString& s : mentionSentences(room - text.size() - 1))
        text = text.isEmpty() ? s : text + u' ' + s;
    text = m_copy.grow(text, topics.mid(1), target, room);
    text = m_copy.grow(text, {{usage}, {u"moment"_s}, {u"everyday"_s}, {u"design"_s}}, target, room);
    if (cta) {
        const QString action
            = m_copy.take(platform == u"instagram" ? QStringList{u"social_cta.instagram"_s, u"social_cta"_s}
                                                   : QStringList{u"social_cta"_s},
                maxLen - text.size() - 1);
        if (!action.isEmpty())
            text += u' ' + action;
    }
    return text.size() >= minLen ? text : shortText({{usage}, {u"everyday"_s}}, minLen, maxLen, minLen + 20);
}

QString ContentGenerator::knowledgeAnswer(const QString& topic) const
{
    static const QRegularExpression returns(u"\\b(?:return|returns|refund|exchange|retour\\w*|ruilen|terugsturen)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shipping(
        u"\\b(?:ship\\w*|deliver\\w*|dispatch\\w*|verzend\\w*|verzonden|lever\\w*|bezorg\\w*|verstuur\\w*)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passageStart(u"^\\[K\\d+\\][^\\n]*$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_s);
    const QRegularExpression& words = topic == u"returns" ? returns : shipping;
    const QString block = PromptReader::between(m_prompt, u"knowledge"_s);
    // Each passage under its "[K12] Returns policy › Refunds" line; a passage whose label names the topic first.
    QList<std::pair<QString, QString>> passages;
    for (auto it = passageStart.globalMatch(block); it.hasNext();) {
        const auto m = it.next();
        const qsizetype end = block.indexOf(u"\n[K"_s, m.capturedEnd());
        passages.append({m.captured(), block.mid(m.capturedEnd(), end < 0 ? -1 : end - m.capturedEnd())});
    }
    for (const bool byLabel : {true, false}) {
        for (const auto& [label, passage] : passages) {
            if (byLabel && !words.match(label).hasMatch())
                continue;
            QStringList answer;
            for (const QString& sentence : passage.simplified().split(sentenceEnd, Qt::SkipEmptyParts)) {
                if (words.match(sentence).hasMatch() && !sentence.endsWith(u'?') && answer.size() < 2)
                    answer.append(sentence);
            }
            if (!answer.isEmpty())
                return answer.join(u' ');
        }
    }
    return {};
}

QJsonArray ContentGenerator::faq(const QJsonObject& schema, int count)
{
    const QJsonObject item = schema.value(u"items"_s).toObject();
    const QJsonObject props = item.value(u"properties"_s).toObject();
    const qsizetype answerMax = props.value(u"answer"_s).toObject().value(u"maxLength"_s).toInteger(700);
    const qsizetype answerMin = props.value(u"answer"_s).toObject().value(u"minLength"_s).toInteger(20);
    const qsizetype questionMax = props.value(u"question"_s).toObject().value(u"maxLength"_s).toInteger(160);
    QList<std::pair<QString, QString>> pairs;
    // What the person asked to mention first: a question of its own, answered in a frame.
    for (const QString& m : m_instruction.mentions) {
        static const QRegularExpression clauseStart(u"^(?:that|dat)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
        QString mention = m;
        const bool clause = clauseStart.match(mention).hasMatch();
        mention.remove(clauseStart);
        m_copy.setSlot(u"mention"_s, mention);
        m_copy.setSlot(u"clause"_s, mention);
        const QString qa = m_copy.take(clause ? u"faq_mention.clause"_s : u"faq_mention.np"_s);
        QString answer = qa.section(u"||"_s, 1).trimmed();
        if (answer.isEmpty())
            answer = m_copy.take({u"mention.np"_s, u"mention.any"_s});
        if (!qa.isEmpty() && !answer.isEmpty())
            pairs.append({qa.section(u"||"_s, 0, 0).trimmed(), answer});
    }
    QStringList topics{u"price"_s, u"material"_s, u"audience"_s, u"audience_none"_s};
    QStringList rest{u"care"_s, u"sizes"_s, u"durability"_s, u"gift"_s, u"returns"_s, u"colour"_s, u"dimensions"_s,
        u"volume"_s, u"weight"_s, u"pieces"_s, u"everyday"_s, u"shipping"_s};
    for (int i = 0; i < 4; ++i)
        rest.move(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(rest.size()))), rest.size() - 1);
    if (m_copy.slot(u"sizes"_s).isEmpty() == false)
        rest.move(rest.indexOf(u"sizes"_s), 0);
    // What the shop's knowledge base answers, a customer asks first.
    QHash<QString, QString> fromKnowledge;
    for (const QString& topic : {u"shipping"_s, u"returns"_s}) {
        const QString answer = knowledgeAnswer(topic);
        if (!answer.isEmpty()) {
            fromKnowledge.insert(topic, answer);
            rest.move(rest.indexOf(topic), 0);
        }
    }
    topics += rest;
    // What the person asked to focus on is asked about first.
    static const QMap<QString, QString> kFocus{{u"design"_s, u"colour"_s}, {u"fit"_s, u"sizes"_s}};
    if (!m_instruction.focus.isEmpty()) {
        const QString focus = kFocus.value(m_instruction.focus, m_instruction.focus);
        topics.removeAll(focus);
        topics.prepend(focus);
    }
    static const QMap<QString, QString> kMore{{u"price"_s, u"value"_s}, {u"audience"_s, u"usage"_s},
        {u"audience_none"_s, u"usage"_s}, {u"care"_s, u"care"_s}, {u"returns"_s, u"service"_s}, {u"gift"_s, u"gift"_s},
        {u"sizes"_s, u"fit"_s}, {u"durability"_s, u"durability"_s}, {u"colour"_s, u"design"_s},
        {u"everyday"_s, u"usage"_s}, {u"shipping"_s, u"service"_s}};
    const int extra = m_instruction.length < 0 ? 0 : (m_instruction.length > 0 ? 2 : 1);
    for (const QString& topic : topics) {
        if (pairs.size() >= count)
            break;
        if (topic == u"audience_none" && !m_copy.slot(u"audience"_s).isEmpty())
            continue;
        const QString qa = m_copy.take(u"faq."_s + topic);
        if (qa.isEmpty())
            continue;
        QString answer = CopyComposer::capitalized(qa.section(u"||"_s, 1).trimmed());
        if (fromKnowledge.contains(topic)) { // the shop's terms, as its knowledge base words them
            QString question = qa.section(u"||"_s, 0, 0).trimmed();
            // The question names what the terms answer ("Can I return it?", not "Is it right for me?").
            static const QRegularExpression namesReturns(
                u"\\b(?:return|send .*back|retour\\w*|terugsturen)"_s, QRegularExpression::CaseInsensitiveOption);
            if (topic == u"returns" && !namesReturns.match(question).hasMatch())
                question = (m_language == PromptReader::Language::Dutch ? u"Kan ik %1 retourneren?"_s
                                                                        : u"Can I return %1?"_s)
                               .arg(m_facts.name);
            pairs.append({question, fromKnowledge.value(topic)});
            continue;
        }
        QString more = kMore.value(topic, u"everyday"_s);
        if (more == u"usage")
            more += u'.' + m_family;
        if (more == u"care") // how to look after it: the instructions themselves
            more = u"care_item."_s + m_family;
        if (topic == u"material")
            more = u"material."_s + m_material;
        const int wanted = topic == u"care" ? std::max(2, extra + 1) : extra;
        for (int i = 0; i < wanted || answer.size() < answerMin; ++i) {
            const QString s = m_copy.take({more, u"everyday"_s}, answerMax - answer.size() - 1);
            if (s.isEmpty())
                break;
            answer += u' ' + s;
        }
        pairs.append({qa.section(u"||"_s, 0, 0).trimmed(), answer});
    }
    QJsonArray out;
    for (const auto& [question, answer] : pairs) {
        QJsonObject o;
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (it.key() == u"question")
                o.insert(it.key(), CopyComposer::cut(question, questionMax));
            else if (it.key() == u"answer")
                o.insert(it.key(), CopyComposer::cut(answer, answerMax));
            else
                o.insert(it.key(), value(it.key(), it.value().toObject(), static_cast<int>(out.size()), u"items"_s));
        }
        out.append(o);
    }
    return out;
}

QJsonArray ContentGenerator::bullets(int count, qsizetype maxLen)
{
    QJsonArray out;
    QStringList topics{u"label.material"_s, u"label.sizes"_s, u"label.colour"_s, u"label.price"_s,
        u"label.dimensions"_s, u"label.volume"_s, u"label.weight"_s, u"label.pieces"_s, u"label.power"_s,
        u"label.brand"_s, u"label.audience"_s};
    for (const QString& topic : topics) {
        if (out.size() >= count)
            break;
        const QString s = m_copy.take(topic, maxLen);
        if (!s.isEmpty())
            out.append(s);
    }
    while (out.size() < count) {
        const QString s = m_copy.take(u"bullet_extra"_s, maxLen);
        if (s.isEmpty())
            break;
        out.append(s);
    }
    return out;
}

QJsonArray ContentGenerator::keywords(int count, qsizetype maxLen, bool hashtags)
{
    QStringList words;
    const auto add = [&words, this](const QString& w) {
        const QString t = w.trimmed().toLower();
        if (t.size() > 2 && !words.contains(t) && m_copy.allowed(t))
            words.append(t);
    };
    add(m_facts.name);
    add(m_facts.category);
    for (const QString& w : m_facts.name.split(u' ', Qt::SkipEmptyParts))
        add(QString(w).remove(QRegularExpression(u"[^\\w-]"_s)));
    add(m_copy.slot(u"material"_s));
    for (const QString& w : m_copy.slot(u"material"_s).split(u' ', Qt::SkipEmptyParts))
        add(w);
    add(m_copy.slot(u"colour"_s));
    for (const QString& m : m_instruction.mentions)
        add(m.section(u' ', -1));
    if (!m_instruction.focus.isEmpty())
        add(m_instruction.focus);
    QStringList family = PhraseBank::topic(m_language, u"tags."_s + m_family);
    QStringList generic = PhraseBank::topic(m_language, u"tags.generic"_s);
    // The same shop, a different order per product: tags are not a fixed list.
    for (QStringList* list : {&family, &generic}) {
        for (qsizetype i = list->size() - 1; i > 0; --i)
            list->swapItemsAt(i, static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(i + 1))));
        for (const QString& w : *list)
            add(w);
    }
    QJsonArray out;
    for (int i = 0; i < count && !words.isEmpty(); ++i) {
        QString w = i < words.size() ? words.at(i) : words.at(i % words.size()) + u' ' + QString::number(i);
        if (hashtags)
            w = u'#' + QString(w).remove(QRegularExpression(u"[^\\p{L}\\p{N}]"_s));
        out.append(w.left(std::max<qsizetype>(3, maxLen)));
    }
    return out;
}

QJsonArray ContentGenerator::careItems(int count, qsizetype maxLen, bool warnings)
{
    QJsonArray out;
    const QStringList topics = warnings ? QStringList{u"warning."_s + m_family, u"warning.generic"_s}
                                        : QStringList{u"care_item."_s + m_family, u"care_item.generic"_s};
    if (!warnings) {
        if (QRegularExpression(
                u"machine[- ]wash|wasbaar in de machine|machinewasbaar"_s, QRegularExpression::CaseInsensitiveOption)
                .match(m_facts.description)
                .hasMatch())
            out.append(m_copy.take(u"machine_wash"_s, maxLen));
        for (const QString& m : mentionSentences(maxLen))
            out.append(m);
        if (m_instruction.focus == u"sustainability")
            out.append(m_copy.take(u"care_sustainability"_s, maxLen));
    }
    while (out.size() < count) {
        const QString s = m_copy.take(topics, maxLen);
        if (s.isEmpty())
            break;
        out.append(s);
    }
    return out;
}

QJsonArray ContentGenerator::sizeGuide(const QJsonObject& itemSchema, int maxItems)
{
    QStringList sizes = m_facts.sizes();
    if (sizes.isEmpty())
        sizes = {u"One size"_s}; // what a careful writer says when the facts list no sizes
    if (maxItems > 0)
        sizes = sizes.mid(0, maxItems);
    const QJsonObject props = itemSchema.value(u"properties"_s).toObject();
    const qsizetype fitMax = props.value(u"fit"_s).toObject().value(u"maxLength"_s).toInteger(160);
    QJsonArray out;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        m_copy.setSlot(u"size"_s, sizes.at(i));
        m_copy.setSlot(u"prev"_s, i > 0 ? sizes.at(i - 1) : QString());
        m_copy.setSlot(u"next"_s, i + 1 < sizes.size() ? sizes.at(i + 1) : QString());
        const QString where = sizes.size() == 1 ? u"fit.only"_s
            : i == 0                            ? u"fit.first"_s
            : i == sizes.size() - 1             ? u"fit.last"_s
                                                : u"fit.middle"_s;
        QString fit = m_copy.take({where, u"fit.middle"_s}, fitMax);
        if (fit.isEmpty())
            fit = sizes.at(i);
        QJsonObject o;
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (it.key() == u"size")
                o.insert(it.key(), sizes.at(i));
            else if (it.key() == u"fit")
                o.insert(it.key(), fit);
            else
                o.insert(it.key(), value(it.key(), it.value().toObject(), static_cast<int>(i), u"sizes"_s));
        }
        out.append(o);
    }
    return out;
}

QJsonObject ContentGenerator::agreement(const QJsonObject& schema)
{
    const QJsonObject review = Json::objectFromString(PromptReader::between(m_prompt, u"review"_s));
    QString serious;
    for (const QJsonValue& p : review.value(u"problems"_s).toArray()) {
        const QString severity = p.toObject().value(u"severity"_s).toString();
        if (serious.isEmpty() && (severity == u"critical" || severity == u"major"))
            serious = p.toObject().value(u"issue"_s).toString();
    }
    const bool agree = !m_options.reviewReject && serious.isEmpty();
    static const QStringList kAgree{
        u"The review's only point is a matter of taste; the piece is accurate and can be published as it is."_s,
        u"The problems the review lists are minor; nothing in them changes the facts or what a reader understands."_s,
        u"The piece is accurate and on brief; the suggestion is a style preference, not an error."_s};
    QString reason = kAgree.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(kAgree.size()))));
    if (!agree) {
        QString first = serious;
        if (first.isEmpty() && !review.value(u"problems"_s).toArray().isEmpty())
            first = review.value(u"problems"_s).toArray().first().toObject().value(u"issue"_s).toString();
        reason = first.isEmpty()
            ? u"The review is right; the piece needs a new version before it is published."_s
            : u"The review is right (%1); a new version should fix it."_s.arg(CopyComposer::cut(first, 300));
    }
    QJsonObject out;
    const QJsonObject props = schema.value(u"properties"_s).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString type = it.value().toObject().value(u"type"_s).toString();
        if (type == u"boolean")
            out.insert(it.key(), agree);
        else if (type == u"string")
            out.insert(it.key(), CopyComposer::cut(reason, it.value().toObject().value(u"maxLength"_s).toInteger(400)));
        else
            out.insert(it.key(), value(it.key(), it.value().toObject(), 0, QString()));
    }
    return out;
}
