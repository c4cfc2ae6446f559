#include "HtmlText.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace HtmlText
{

namespace
{

// One piece of the input: text, a tag (with its name and attributes), or something that is dropped
// whole (a comment, a script with its content, a doctype).
struct Token
{
    enum Kind
    {
        Text,
        Tag,
        Dropped
    };
    Kind kind = Text;
    QString text; // Text: the characters; Tag: the attributes
    QString name; // Tag: lower case
    bool closing = false;
};

// Elements whose content is never text a reader should see.
const QRegularExpression& droppedElement()
{
    static const QRegularExpression re(
        u"<(script|style|iframe|object|embed|applet|template|noscript|noembed|"
        u"noframes|frameset|frame|textarea|"
        u"select|title|xmp|plaintext|svg|math)\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>[\\s\\S]*?(?:</\\1\\s*>|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QList<Token> tokenize(const QString& input)
{
    static const QRegularExpression comment(u"<!--[\\s\\S]*?(?:-->|$)"_s);
    static const QRegularExpression declaration(u"<[!?][^>]*(?:>|$)"_s);
    static const QRegularExpression tag(u"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"_s);
    QList<Token> tokens;
    QString text;
    const auto flush = [&] {
        if (!text.isEmpty())
            tokens.append(Token{Token::Text, text, {}, false});
        text.clear();
    };
    qsizetype i = 0;
    while (i < input.size()) {
        const qsizetype lt = input.indexOf(u'<', i);
        if (lt < 0) {
            text += QStringView(input).mid(i);
            break;
        }
        text += QStringView(input).mid(i, lt - i);
        QRegularExpressionMatch m;
        const auto at = [&](const QRegularExpression& re) {
            m = re.match(input, lt, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            return m.hasMatch();
        };
        if (at(comment) || at(droppedElement()) || at(declaration)) {
            flush();
            tokens.append(Token{Token::Dropped, {}, {}, false});
        } else if (at(tag)) {
            flush();
            tokens.append(Token{Token::Tag, m.captured(3), m.captured(2).toLower(), !m.captured(1).isEmpty()});
        } else {
            text += u'<'; // not markup: a '<' in the text
            i = lt + 1;
            continue;
        }
        i = m.capturedEnd(0);
    }
    flush();
    return tokens;
}

bool isInline(const QString& name)
{
    static const QStringList inlineTags{u"a"_s, u"abbr"_s, u"b"_s, u"bdi"_s, u"bdo"_s, u"cite"_s, u"code"_s, u"data"_s,
        u"dfn"_s, u"em"_s, u"font"_s, u"i"_s, u"kbd"_s, u"mark"_s, u"q"_s, u"s"_s, u"samp"_s, u"small"_s, u"span"_s,
        u"strike"_s, u"strong"_s, u"sub"_s, u"sup"_s, u"time"_s, u"tt"_s, u"u"_s, u"var"_s, u"wbr"_s};
    return inlineTags.contains(name);
}

// An http(s) address, or empty: nothing else may be a link's target (javascript:, data:, file:).
QString httpHref(const QString& attributes)
{
    static const QRegularExpression href(u"(?:^|\\s)href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = href.match(attributes);
    if (!m.hasMatch())
        return {};
    const QString value = (m.capturedLength(1) > 0 ? m.captured(1)
            : m.capturedLength(2) > 0              ? m.captured(2)
                                                   : m.captured(3))
                              .trimmed();
    if (!value.startsWith(u"http://"_s, Qt::CaseInsensitive) && !value.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return {};
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return value;
}

} // namespace

QString plain(const QString& text)
{
    QString out;
    out.reserve(text.size());
    // As a browser shows it: a block parts words; inline tags, comments and scripts do not.
    for (const Token& t : tokenize(text)) {
        if (t.kind == Token::Text)
            out += t.text;
        else if (t.kind == Token::Tag && !isInline(t.name))
            out += u' ';
    }
    // What is left of '<' and '>' could still start markup where the text lands: drop it.
    QString clean;
    clean.reserve(out.size());
    for (const QChar c : std::as_const(out)) {
        if (c == u'<' || c == u'>')
            continue;
        clean += (c.category() == QChar::Other_Control || c.isSpace()) ? QChar(u' ') : c;
    }
    return clean.simplified();
}

QString escape(const QString& text)
{
    static const QRegularExpression reference(u"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"_s);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (c == u'"')
            out += u"&quot;"_s;
        else if (c == u'\'')
            out += u"&#39;"_s;
        else if (c == u'&'
            && !reference.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                    .hasMatch())
            out += u"&amp;"_s;
        else
            out += c;
    }
    return out;
}

QString escapedPlain(const QString& text)
{
    return escape(plain(text));
}

QString sanitise(const QString& html)
{
    static const QStringList allowed{
        u"p"_s, u"br"_s, u"ul"_s, u"ol"_s, u"li"_s, u"strong"_s, u"em"_s, u"b"_s, u"i"_s, u"h2"_s, u"h3"_s, u"a"_s};
    QString out;
    QStringList open;
    for (const Token& t : tokenize(html)) {
        if (t.kind == Token::Text) {
            out += escape(t.text);
            continue;
        }
        if (t.kind == Token::Dropped || !allowed.contains(t.name))
            continue;
        if (t.name == u"br") {
            if (!t.closing)
                out += u"<br>"_s;
        } else if (!t.closing) {
            if (t.name == u"a") {
                const QString href = httpHref(t.text);
                if (href.isEmpty())
                    continue; // the words stay, the link goes
                out += u"<a href=\"%1\" rel=\"nofollow noopener\">"_s.arg(escape(href));
            } else {
                out += u'<' + t.name + u'>';
            }
            open.append(t.name);
        } else if (const qsizetype at = open.lastIndexOf(t.name); at >= 0) {
            while (open.size() > at)
                out += u"</"_s + open.takeLast() + u'>';
        }
    }
    while (!open.isEmpty())
        out += u"</"_s + open.takeLast() + u'>';
    return out;
}

} // namespace HtmlText
