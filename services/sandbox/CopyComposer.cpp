#include "CopyComposer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

const PhraseBank::Bank& PhraseBank::bank(Language language)
{
    static const Bank en = english();
    static const Bank nl = dutch();
    return language == Language::Dutch ? nl : en;
}

QStringList PhraseBank::topic(Language language, const QString& name)
{
    return bank(language).value(name);
}

void CopyComposer::begin(PhraseBank::Language language, const QMap<QString, QString>& values, const QStringList& banned,
    const QStringList& avoid, const QString& name, QRandomGenerator* rng)
{
    m_language = language;
    m_slots = values;
    m_blocked.clear();
    for (const QString& w : banned + avoid) {
        if (!w.trimmed().isEmpty())
            m_blocked.append(QRegularExpression(
                u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(w.trimmed()) + u"(?:s|es)?(?![\\p{L}\\p{N}])"_s,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    }
    m_name = name;
    m_rng = rng;
    m_order.clear();
    m_used.clear();
}

int CopyComposer::pick(int n)
{
    return n <= 1 || !m_rng ? 0 : static_cast<int>(m_rng->bounded(static_cast<quint32>(n)));
}

QString CopyComposer::capitalized(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetter()) {
            text[i] = text.at(i).toUpper();
            break;
        }
        if (!text.at(i).isPunct() && !text.at(i).isSpace())
            break;
    }
    return text;
}

QString CopyComposer::cut(const QString& text, qsizetype maxLen)
{
    if (maxLen <= 0 || text.size() <= maxLen)
        return text;
    const qsizetype space = text.lastIndexOf(u' ', maxLen);
    return text.left(space > maxLen / 2 ? space : maxLen).trimmed();
}

QString CopyComposer::fill(const QString& text)
{
    static const QRegularExpression alternatives(u"\\[([^\\[\\]]*)\\]"_s);
    static const QRegularExpression slotPattern(u"\\{([a-z_]+)\\}"_s);
    QString chosen = text;
    for (auto m = alternatives.match(chosen); m.hasMatch(); m = alternatives.match(chosen)) {
        const QStringList options = m.captured(1).split(u'|');
        chosen.replace(m.capturedStart(), m.capturedLength(), options.at(pick(static_cast<int>(options.size()))));
    }
    QString out;
    qsizetype last = 0;
    for (auto it = slotPattern.globalMatch(chosen); it.hasNext();) {
        const auto m = it.next();
        const QString value = m_slots.value(m.captured(1)).trimmed();
        if (value.isEmpty())
            return {};
        out += QStringView(chosen).mid(last, m.capturedStart() - last);
        out += value;
        last = m.capturedEnd();
    }
    out += QStringView(chosen).mid(last);
    return capitalized(out.trimmed());
}

bool CopyComposer::allowed(const QString& text) const
{
    if (m_blocked.isEmpty())
        return true;
    QString t = text;
    if (!m_name.isEmpty())
        t.replace(m_name, u" "_s, Qt::CaseInsensitive);
    for (const QRegularExpression& re : m_blocked) {
        if (re.match(t).hasMatch())
            return false;
    }
    return true;
}

bool CopyComposer::fresh(const QString& sentence) const
{
    for (const QString& s : split(sentence)) {
        if (m_used.contains(normalized(s)))
            return false;
    }
    return true;
}

void CopyComposer::use(const QString& sentence)
{
    for (const QString& s : split(sentence))
        m_used.insert(normalized(s));
}

QString CopyComposer::useFixed(const QString& sentence)
{
    use(sentence);
    return sentence;
}

QString CopyComposer::take(const QStringList& topics, qsizetype maxChars)
{
    for (const QString& topic : topics) {
        const QStringList& templates = PhraseBank::bank(m_language).value(topic);
        if (templates.isEmpty())
            continue;
        auto order = m_order.find(topic);
        if (order == m_order.end()) {
            QList<int> indexes;
            for (int i = 0; i < templates.size(); ++i)
                indexes.insert(pick(i + 1), i);
            order = m_order.insert(topic, indexes);
        }
        for (qsizetype i = 0; i < order->size();) {
            const QString s = fill(templates.at(order->at(i)));
            if (s.isEmpty() || !allowed(s) || !fresh(s)) {
                order->removeAt(i);
                continue;
            }
            if (maxChars > 0 && s.size() > maxChars) {
                ++i; // may still fit somewhere else
                continue;
            }
            order->removeAt(i);
            use(s);
            return s;
        }
    }
    return {};
}

QStringList CopyComposer::candidates(const QString& topic)
{
    QStringList out;
    const QStringList& templates = PhraseBank::bank(m_language).value(topic);
    QList<int> indexes;
    for (int i = 0; i < templates.size(); ++i)
        indexes.insert(pick(i + 1), i);
    for (int i : indexes) {
        const QString s = fill(templates.at(i));
        if (!s.isEmpty() && allowed(s) && fresh(s) && !out.contains(s))
            out.append(s);
    }
    return out;
}

QString CopyComposer::sentences(const Paragraph& steps, qsizetype maxChars)
{
    QStringList out;
    qsizetype size = 0;
    for (const Step& step : steps) {
        const qsizetype room = maxChars > 0 ? maxChars - size - (out.isEmpty() ? 0 : 1) : 0;
        if (maxChars > 0 && room < 8)
            break;
        QString s;
        if (step.fixed.isEmpty())
            s = take(step.topics, room);
        else if (maxChars == 0 || step.fixed.size() <= room)
            s = useFixed(step.fixed);
        if (s.isEmpty())
            continue;
        out.append(s);
        size += s.size() + (out.size() > 1 ? 1 : 0);
    }
    return out.join(u' ');
}

QString CopyComposer::paragraphs(
    const QList<Paragraph>& plan, const QList<Paragraph>& padding, const Paragraph& tail, const Length& length)
{
    struct Built
    {
        QStringList sentences;
        QList<bool> fixed;
    };
    const auto build = [this](const Paragraph& steps) {
        Built b;
        for (const Step& step : steps) {
            const QString s = step.fixed.isEmpty() ? take(step.topics) : useFixed(step.fixed);
            if (!s.isEmpty()) {
                b.sentences.append(s);
                b.fixed.append(!step.fixed.isEmpty());
            }
        }
        return b;
    };
    QList<Built> body;
    for (const Paragraph& p : plan) {
        Built b = build(p);
        if (!b.sentences.isEmpty())
            body.append(b);
    }
    const Built end = build(tail);
    const auto text = [&body, &end]() {
        QStringList paras;
        for (const Built& b : body)
            paras.append(b.sentences.join(u' '));
        if (!end.sentences.isEmpty())
            paras.append(end.sentences.join(u' '));
        return paras.join(u"\n\n"_s);
    };
    const auto shortOf = [&text](qsizetype chars, int words) {
        const QString t = text();
        return t.size() < chars || wordCount(t) < words;
    };
    // Whole paragraphs until the target; then single sentences until the minimum, if still short.
    for (qsizetype i = 0, idle = 0;
         !padding.isEmpty() && idle < padding.size() && shortOf(length.targetChars, length.targetWords); ++i) {
        Built b = build(padding.at(i % padding.size()));
        if (b.sentences.isEmpty()) {
            ++idle;
            continue;
        }
        idle = 0;
        // A lone sentence joins the paragraph before it rather than standing on its own.
        if (b.sentences.size() < 2 && !body.isEmpty() && body.last().sentences.size() < 6) {
            body.last().sentences += b.sentences;
            body.last().fixed += b.fixed;
        } else {
            body.append(b);
        }
    }
    for (const Paragraph& p : padding) {
        for (const Step& step : p) {
            if (!shortOf(length.minChars, length.minWords) || body.isEmpty())
                break;
            const QString s = take(step.topics);
            if (!s.isEmpty()) {
                body.last().sentences.append(s);
                body.last().fixed.append(false);
            }
        }
    }
    // Too long: the last sentences go first, never a fixed one, never below the minimum.
    const auto tooLong = [&text, &length]() {
        const QString t = text();
        return (length.maxChars > 0 && t.size() > length.maxChars)
            || (length.maxWords > 0 && wordCount(t) > length.maxWords);
    };
    while (tooLong()) {
        bool cut = false;
        for (qsizetype p = body.size() - 1; p >= 0 && !cut; --p) {
            for (qsizetype s = body[p].sentences.size() - 1; s >= 0; --s) {
                if (body[p].fixed.at(s))
                    continue;
                body[p].sentences.removeAt(s);
                body[p].fixed.removeAt(s);
                if (body[p].sentences.isEmpty())
                    body.removeAt(p);
                cut = true;
                break;
            }
        }
        if (!cut)
            break;
    }
    return text();
}

QString CopyComposer::grow(QString text, const QList<QStringList>& topics, qsizetype target, qsizetype maxChars)
{
    for (const QStringList& topic : topics) {
        const qsizetype room = maxChars > 0 ? maxChars - text.size() - 1 : 0;
        if (text.size() >= target || (maxChars > 0 && room < 8))
            break;
        const QString s = take(topic, room);
        if (!s.isEmpty())
            text = text.isEmpty() ? s : text + u' ' + s;
    }
    return text;
}

int CopyComposer::wordCount(const QString& text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*"_s);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString CopyComposer::normalized(const QString& sentence)
{
    QString out;
    out.reserve(sentence.size());
    for (const QChar c : sentence) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    }
    return out.trimmed();
}

QStringList CopyComposer::split(const QString& text)
{
    static const QRegularExpression boundary(u"(?<=[.!?])\\s+|\\n+"_s);
    QStringList out;
    for (const QString& s : text.split(boundary, Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}
