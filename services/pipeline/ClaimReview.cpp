#include "ClaimReview.h"

#include "ContentSpec.h"
#include "core/Log.h"
#include "knowledge/KnowledgeBase.h"
#include "llm/JsonSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ClaimReview
{

namespace
{

void addPaths(const QJsonValue& value, const QString& path, Sources* out)
{
    if (!path.isEmpty()) {
        QString text; // a value said beside its field; a list of objects (the variants) is named, not said
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            if (std::all_of(a.begin(), a.end(), [](const QJsonValue& v) { return v.isString() || v.isDouble(); }))
                text = value.toVariant().toStringList().join(u", "_s);
        } else if (!value.isObject()) {
            text = value.toVariant().toString();
        }
        out->facts.insert(path, text.size() > 80 ? text.left(79) + u"…"_s : text);
    }
    if (value.isObject()) {
        if (!path.isEmpty())
            out->objects.insert(path);
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    }
}

QString quoted(const QString& s)
{
    return s.size() > 120 ? s.left(117) + u"…"_s : s;
}

} // namespace

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Supported:
        return u"supported"_s;
    case Verdict::Contradicted:
        return u"contradicted"_s;
    case Verdict::Unsupported:
        return u"unsupported"_s;
    case Verdict::Opinion:
        break;
    }
    return u"opinion"_s;
}

std::optional<Verdict> verdictFromKey(const QString& key)
{
    for (const Verdict v : {Verdict::Supported, Verdict::Contradicted, Verdict::Unsupported, Verdict::Opinion}) {
        if (verdictKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Supported:
        return QCoreApplication::translate("ClaimReview", "supported");
    case Verdict::Contradicted:
        return QCoreApplication::translate("ClaimReview", "contradicted");
    case Verdict::Unsupported:
        return QCoreApplication::translate("ClaimReview", "unsupported");
    case Verdict::Opinion:
        break;
    }
    return QCoreApplication::translate("ClaimReview", "opinion");
}

bool checkable(const QString& kind)
{
    return Claims::kindFromKey(kind).has_value();
}

QString Sources::resolve(const QString& citation) const
{
    // "K12", "K12, K14", "facts.attributes.material", "attributes.material: merino wool", "price_text"
    static const QRegularExpression passage(u"\\bK(\\d+)\\b"_s);
    for (auto it = passage.globalMatch(citation); it.hasNext();) {
        const QString ref = u'K' + it.next().captured(1);
        if (passages.contains(ref))
            return u"%1 (%2)"_s.arg(passages.value(ref), ref);
    }
    const auto named = [this](const QString& path) {
        const QString value = facts.value(path);
        return value.isEmpty() ? path : path + u": "_s + value;
    };
    // The field as the facts spell it ("Material" for "material"), or empty.
    const auto field = [this](const QString& path) {
        if (facts.contains(path))
            return path;
        for (auto f = facts.cbegin(); f != facts.cend(); ++f) {
            if (f.key().compare(path, Qt::CaseInsensitive) == 0)
                return f.key();
        }
        return QString();
    };
    // "attributes.material", "facts.attributes.material", "$.attributes.material", "/attributes/material",
    // "attributes.sizes[1]", "variants[0].price".
    static const QRegularExpression fieldRef(
        u"(?:^|[\\s(\\[,;\"'“])(?:\\$\\.|/|facts\\.)?([a-z_]\\w*(?:\\[\\d+\\]|[./][a-z_]\\w*)*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    for (auto it = fieldRef.globalMatch(citation); it.hasNext();) {
        QString path = it.next().captured(1);
        path.replace(u'/', u'.');
        path.replace(index, QString()); // an item of a list names the list
        if (const QString known = field(path); !known.isEmpty()) {
            if (objects.contains(known))
                continue; // "attributes" names no fact
            return named(known);
        }
        // "material" for attributes.material: a field named without the object it is in.
        if (!path.contains(u'.')) {
            for (auto f = facts.cbegin(); f != facts.cend(); ++f) {
                if (f.key().endsWith(u'.' + path, Qt::CaseInsensitive) && !objects.contains(f.key()))
                    return named(f.key());
            }
        }
        // Deeper than the prompt gave (a variant's price, a sentence of the description): the part it did give must
        // be a value, not an object that lacks the field ("attributes.finish" when there is no finish).
        for (qsizetype dot = path.lastIndexOf(u'.'); dot > 0; dot = path.lastIndexOf(u'.', dot - 1)) {
            const QString prefix = field(path.left(dot));
            if (!prefix.isEmpty()) {
                if (!objects.contains(prefix))
                    return named(prefix);
                break;
            }
        }
    }
    return {};
}

bool Result::failed() const
{
    return std::any_of(problems.begin(), problems.end(),
        [](const ContentChecks::Problem& p) { return p.severity == u"major" || p.severity == u"critical"; });
}

QList<Item> items(const QJsonObject& body, const Claims::Report& checked, const QString& pieceKind, int max)
{
    if (pieceKind == u"tags")
        return {};                  // search words, not statements
    QHash<QString, QString> kindOf; // where + sentence → the first checkable kind the checks found in it
    QSet<QString> unsupported;      // where + sentence of a claim the checks did not find supported
    for (const Claims::Claim& c : checked.claims) {
        const QString key = c.where + u'\n' + c.sentence;
        if (!kindOf.contains(key))
            kindOf.insert(key, Claims::kindKey(c.kind));
        if (c.status != Claims::Status::Supported)
            unsupported.insert(key);
    }
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QList<Item> all;
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        const QString field = path.section(u'.', -1).section(u'[', 0, 0);
        if (field == u"slug" || field == u"tags" || field == u"hashtags")
            continue;
        for (const QString& sentence : Claims::sentences(text)) {
            if (sentence.endsWith(u'?'))
                continue; // a question asserts nothing; its answer is a claim
            const QString key = path + u'\n' + sentence;
            const QString kind = kindOf.value(key);
            qsizetype words = 0;
            for (auto it = word.globalMatch(sentence); it.hasNext() && words < 3; it.next())
                ++words;
            if (kind.isEmpty() && words < 3)
                continue; // "Size M", "Navy": a label, not a statement
            all.append(Item{QString(), path, sentence, kind, !kind.isEmpty() && !unsupported.contains(key)});
        }
    }
    // Checkable sentences first when there are more than the list holds; the order of the piece otherwise.
    if (all.size() > max) {
        std::stable_sort(
            all.begin(), all.end(), [](const Item& a, const Item& b) { return !a.kind.isEmpty() && b.kind.isEmpty(); });
        all = all.mid(0, max);
    }
    for (qsizetype i = 0; i < all.size(); ++i)
        all[i].id = u'C' + QString::number(i + 1);
    return all;
}

QString promptBlock(const QList<Item>& items)
{
    if (items.isEmpty())
        return {};
    QStringList lines{
        u"Verify the piece's claims below one by one. Answer in \"claims\" with one entry per claim: its id; its "
        u"verdict: supported (the facts or a knowledge passage say so), contradicted (they say otherwise), "
        u"unsupported (a statement of fact they do not support) or opinion (taste and style, not a statement of "
        u"fact); its kind (material, colour, origin, care, size, certification, award, guarantee, scarcity, "
        u"discount, health, competitor, policy, or other); and the citation: the field of the facts (such as "
        u"attributes.material or price_text) or the passage id (such as K12) that supports or contradicts it. A "
        u"claim called supported without a citation counts as unsupported. Answer only for the ids listed.\n<claims>"_s};
    for (const Item& i : items)
        lines.append(i.kind.isEmpty() ? u"%1 (%2) %3"_s.arg(i.id, i.where, i.sentence)
                                      : u"%1 (%2; %3) %4"_s.arg(i.id, i.where, i.kind, i.sentence));
    lines.append(u"</claims>"_s);
    return lines.join(u'\n');
}

QJsonObject answerSchema()
{
    using JsonSchema::obj;
    using JsonSchema::str;
    // Loose where the gate copes with anything (an unknown kind is "other", a long citation is cut, an extra verdict
    // ignored): one odd field in fifty verdicts must not make the whole review a schema mismatch, and a provider's
    // grammar for a long list stays small.
    return JsonSchema::arr(obj({{u"id"_s, str()},
        {u"verdict"_s, JsonSchema::oneOf({u"supported"_s, u"contradicted"_s, u"unsupported"_s, u"opinion"_s})},
        {u"kind"_s, str()}, {u"citation"_s, str()}}));
}

Sources sources(const QJsonObject& promptFacts, const QList<Knowledge::Passage>& passages)
{
    Sources s;
    // What the prompt tells the writer to do is no evidence of what the product is.
    QJsonObject facts = promptFacts;
    for (const QString& key : {u"brand_voice"_s, u"banned_words"_s, u"required_phrases"_s, u"never_name"_s})
        facts.remove(key);
    addPaths(facts, QString(), &s);
    for (const Knowledge::Passage& p : passages)
        s.passages.insert(p.ref(), p.label());
    return s;
}

Result apply(const QList<Item>& items, const QJsonArray& answer, const Sources& sources)
{
    Result r;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    QSet<QString> answered;
    int unknownVerdicts = 0;
    for (const QJsonValue& v : answer) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString().trimmed().toUpper();
        if (!index.contains(id) || answered.contains(id)) {
            r.ignored.append(o.value(u"id"_s).toString().left(12));
            continue;
        }
        const auto verdict = verdictFromKey(o.value(u"verdict"_s).toString().trimmed().toLower());
        if (!verdict) {
            ++unknownVerdicts; // the claim stays unanswered
            continue;
        }
        answered.insert(id);
        Judged j;
        j.item = items.at(index.value(id));
        j.verdict = *verdict;
        const QString said = o.value(u"kind"_s).toString();
        j.kind = !j.item.kind.isEmpty() ? j.item.kind : (checkable(said) ? said : QString());
        j.citation = o.value(u"citation"_s).toString().trimmed().left(200);
        j.source = sources.resolve(j.citation);
        if (j.verdict == Verdict::Supported && j.source.isEmpty()) {
            j.verdict = Verdict::Unsupported;
            j.uncited = true;
        }
        r.judged.append(j);
    }
    r.unanswered = static_cast<int>(items.size() - answered.size());
    if (!r.ignored.isEmpty())
        qCWarning(lcPipeline) << "the reviewer answered for claims that are not in the list, ignored:" << r.ignored;
    if (unknownVerdicts > 0)
        qCWarning(lcPipeline) << "the reviewer gave" << unknownVerdicts << "verdicts that are none of the four";
    std::stable_sort(r.judged.begin(), r.judged.end(),
        [&index](const Judged& a, const Judged& b) { return index.value(a.item.id) < index.value(b.item.id); });

    for (const Judged& j : std::as_const(r.judged)) {
        ContentChecks::Problem p;
        p.code = u"claim"_s;
        p.where = j.item.where;
        const QString kindName = checkable(j.kind) ? Claims::kindName(*Claims::kindFromKey(j.kind)) : QString();
        if (j.verdict == Verdict::Contradicted) {
            p.severity = u"critical"_s;
            p.message = j.citation.isEmpty()
                ? QCoreApplication::translate("ClaimReview", "The reviewer: “%1” is contradicted by the facts.")
                      .arg(quoted(j.item.sentence))
                : QCoreApplication::translate("ClaimReview", "The reviewer: “%1” is contradicted by %2.")
                      .arg(quoted(j.item.sentence), j.source.isEmpty() ? j.citation.left(80) : j.source);
        } else if (j.verdict == Verdict::Unsupported) {
            // The checks cite the facts for what they found in the sentence: the reviewer's doubt is a note.
            p.severity = checkable(j.kind) && !j.item.checkedSupported ? u"major"_s : u"minor"_s;
            if (j.uncited)
                p.message = j.citation.isEmpty()
                    ? QCoreApplication::translate("ClaimReview",
                        "The reviewer called “%1” supported but cited nothing: not supported. Leave it out, or add "
                        "the fact.")
                          .arg(quoted(j.item.sentence))
                    : QCoreApplication::translate("ClaimReview",
                        "The reviewer called “%1” supported, citing “%2”, which is neither a fact nor a passage it was "
                        "given: not supported.")
                          .arg(quoted(j.item.sentence), j.citation.left(80));
            else if (!kindName.isEmpty())
                p.message = QCoreApplication::translate("ClaimReview",
                    "The reviewer: “%1” (%2) is not supported by the facts or the knowledge base. Leave it out, or "
                    "add the fact.")
                                .arg(quoted(j.item.sentence), kindName);
            else
                p.message = QCoreApplication::translate(
                    "ClaimReview", "The reviewer: “%1” states something the facts do not support.")
                                .arg(quoted(j.item.sentence));
        } else {
            continue;
        }
        r.problems.append(p);
    }
    return r;
}

QJsonObject Result::toJson() const
{
    QJsonArray list;
    for (const Judged& j : judged) {
        QJsonObject o{{u"id"_s, j.item.id}, {u"where"_s, j.item.where}, {u"sentence"_s, j.item.sentence},
            {u"checked_kind"_s, j.item.kind}, {u"checked_supported"_s, j.item.checkedSupported}, {u"kind"_s, j.kind},
            {u"verdict"_s, verdictKey(j.verdict)}, {u"citation"_s, j.citation}, {u"source"_s, j.source}};
        if (j.uncited)
            o.insert(u"uncited"_s, true);
        list.append(o);
    }
    return QJsonObject{
        {u"claims"_s, list}, {u"ignored"_s, QJsonArray::fromStringList(ignored)}, {u"unanswered"_s, unanswered}};
}

Result Result::fromJson(const QJsonObject& o)
{
    Result r;
    for (const QJsonValue& v : o.value(u"claims"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const auto verdict = verdictFromKey(c.value(u"verdict"_s).toString());
        if (!verdict)
            continue;
        Judged j;
        j.item = Item{c.value(u"id"_s).toString(), c.value(u"where"_s).toString(), c.value(u"sentence"_s).toString(),
            c.value(u"checked_kind"_s).toString(), c.value(u"checked_supported"_s).toBool()};
        j.verdict = *verdict;
        j.kind = c.value(u"kind"_s).toString();
        j.citation = c.value(u"citation"_s).toString();
        j.source = c.value(u"source"_s).toString();
        j.uncited = c.value(u"uncited"_s).toBool();
        r.judged.append(j);
    }
    for (const QJsonValue& v : o.value(u"ignored"_s).toArray())
        r.ignored.append(v.toString());
    r.unanswered = o.value(u"unanswered"_s).toInt();
    return r;
}

} // namespace ClaimReview
