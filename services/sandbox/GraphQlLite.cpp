#include "GraphQlLite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace GraphQlLite
{

const Field* Field::child(const QString& childName) const
{
    for (const Field& c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QJsonValue Field::arg(const QString& argName, const QJsonValue& fallback) const
{
    const auto it = args.constFind(argName);
    return it == args.cend() || it->isNull() || it->isUndefined() ? fallback : *it;
}

namespace
{

class Parser
{
public:
    Parser(const QString& text, const QJsonObject& variables)
        : m_s(text)
        , m_vars(variables)
    { }

    QList<Field> document()
    {
        skip();
        if (peekName()) {
            const QString keyword = name();
            if (keyword != u"query" && keyword != u"mutation") {
                fail(u"only queries and mutations are supported here, not %1"_s.arg(keyword));
                return {};
            }
            skip();
            if (peekName())
                name(); // the operation's name
            skip();
            if (at(u'('))
                skipBalanced(u'(', u')'); // variable definitions: the values come from `variables`
        }
        QList<Field> operation = selectionSet();
        // Named fragments follow the operation: `fragment Bag on MoneyBag { ... }`.
        while (m_error.isEmpty() && !atEnd()) {
            if (name() != u"fragment") {
                fail(u"Parse error: unexpected text after the operation at %1"_s.arg(m_pos));
                break;
            }
            skip();
            const QString fragment = name();
            skip();
            name(); // on
            skip();
            name(); // the type
            skip();
            m_fragments.insert(fragment, selectionSet());
        }
        expand(operation, 0);
        return operation;
    }

    QString error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    bool at(QChar c) const { return !atEnd() && m_s.at(m_pos) == c; }
    void fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why;
        m_pos = m_s.size();
    }
    void skip()
    {
        while (!atEnd()) {
            const QChar c = m_s.at(m_pos);
            if (c.isSpace() || c == u',') {
                ++m_pos;
            } else if (c == u'#') {
                while (!atEnd() && m_s.at(m_pos) != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
    }
    bool expect(QChar c)
    {
        skip();
        if (!at(c)) {
            fail(u"Parse error: expected '%1' at %2"_s.arg(c).arg(m_pos));
            return false;
        }
        ++m_pos;
        skip();
        return true;
    }
    bool peekName() const { return !atEnd() && (m_s.at(m_pos).isLetter() || m_s.at(m_pos) == u'_'); }
    QString name()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (m_s.at(m_pos).isLetterOrNumber() || m_s.at(m_pos) == u'_'))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }
    void skipBalanced(QChar open, QChar close)
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = m_s.at(m_pos++);
            if (c == u'"') {
                while (!atEnd() && m_s.at(m_pos) != u'"')
                    m_pos += m_s.at(m_pos) == u'\\' ? 2 : 1;
                ++m_pos;
            } else if (c == open) {
                ++depth;
            } else if (c == close && --depth == 0) {
                break;
            }
        }
        skip();
    }

    QList<Field> selectionSet()
    {
        QList<Field> out;
        if (!expect(u'{'))
            return out;
        while (!atEnd() && !at(u'}')) {
            if (m_s.mid(m_pos, 3) == u"...") {
                // `... on Type { ... }` (inline) or `...Name` (a named fragment's spread): either way
                // its fields join the enclosing selection.
                m_pos += 3;
                skip();
                const QString word = peekName() ? name() : QString();
                skip();
                if (!word.isEmpty() && word != u"on") {
                    Field spread;
                    spread.name = u"..."_s + word; // expanded once the document's fragments are read
                    out.append(spread);
                    continue;
                }
                if (word == u"on") {
                    name(); // the type
                    skip();
                }
                out.append(selectionSet());
                continue;
            }
            if (!peekName()) {
                fail(u"Parse error: unexpected '%1' at %2"_s.arg(m_s.at(m_pos)).arg(m_pos));
                return out;
            }
            Field f;
            f.name = name();
            skip();
            if (at(u':')) {
                ++m_pos;
                skip();
                f.alias = f.name;
                f.name = name();
                skip();
            }
            if (at(u'(')) {
                ++m_pos;
                skip();
                while (!atEnd() && !at(u')')) {
                    const QString argName = name();
                    if (argName.isEmpty() || !expect(u':'))
                        return out;
                    f.args.insert(argName, value());
                    skip();
                }
                expect(u')');
            }
            while (at(u'@')) {
                ++m_pos;
                name();
                skip();
                if (at(u'('))
                    skipBalanced(u'(', u')');
            }
            if (at(u'{'))
                f.children = selectionSet();
            out.append(f);
            skip();
        }
        expect(u'}');
        return out;
    }

    QJsonValue value()
    {
        skip();
        if (atEnd())
            return {};
        const QChar c = m_s.at(m_pos);
        if (c == u'$') {
            ++m_pos;
            return m_vars.value(name());
        }
        if (c == u'"') {
            QString out;
            ++m_pos;
            while (!atEnd() && m_s.at(m_pos) != u'"') {
                if (m_s.at(m_pos) == u'\\' && m_pos + 1 < m_s.size()) {
                    const QChar e = m_s.at(m_pos + 1);
                    out += e == u'n' ? QChar(u'\n') : e;
                    m_pos += 2;
                } else {
                    out += m_s.at(m_pos++);
                }
            }
            ++m_pos;
            return out;
        }
        if (c == u'[') {
            ++m_pos;
            QJsonArray list;
            skip();
            while (!atEnd() && !at(u']')) {
                list.append(value());
                skip();
            }
            ++m_pos;
            return list;
        }
        if (c == u'{') {
            ++m_pos;
            QJsonObject obj;
            skip();
            while (!atEnd() && !at(u'}')) {
                const QString key = name();
                if (key.isEmpty() || !expect(u':'))
                    return obj;
                obj.insert(key, value());
                skip();
            }
            ++m_pos;
            return obj;
        }
        if (c == u'-' || c.isDigit()) {
            const qsizetype start = m_pos++;
            while (!atEnd() && (m_s.at(m_pos).isDigit() || m_s.at(m_pos) == u'.' || m_s.at(m_pos) == u'e'))
                ++m_pos;
            return m_s.mid(start, m_pos - start).toDouble();
        }
        const QString word = name();
        if (word.isEmpty()) {
            fail(u"Parse error: unexpected '%1' at %2"_s.arg(c).arg(m_pos));
            return {};
        }
        if (word == u"true" || word == u"false")
            return word == u"true";
        if (word == u"null")
            return QJsonValue(QJsonValue::Null);
        return word; // an enum value
    }

    void expand(QList<Field>& fields, int depth)
    {
        if (depth > 10) {
            fail(u"Fragments nest too deeply (or refer to themselves)"_s);
            return;
        }
        QList<Field> out;
        for (Field& f : fields) {
            if (!f.name.startsWith(u"..."_s)) {
                expand(f.children, depth + 1);
                out.append(f);
                continue;
            }
            const auto it = m_fragments.constFind(f.name.mid(3));
            if (it == m_fragments.cend()) {
                fail(u"Fragment %1 was used, but not defined"_s.arg(f.name.mid(3)));
                return;
            }
            QList<Field> inlined = *it;
            expand(inlined, depth + 1);
            out.append(inlined);
        }
        fields = out;
    }

    QString m_s;
    QHash<QString, QList<Field>> m_fragments;
    QJsonObject m_vars;
    qsizetype m_pos = 0;
    QString m_error;
};

bool isConnection(const Field& f)
{
    return f.args.contains(u"first"_s) || f.args.contains(u"last"_s);
}

} // namespace

QList<Field> parse(const QString& document, const QJsonObject& variables, QString* error)
{
    Parser p(document, variables);
    QList<Field> out = p.document();
    if (error)
        *error = p.error();
    return p.error().isEmpty() ? out : QList<Field>();
}

QJsonValue project(const QJsonValue& full, const Field& field)
{
    if (field.children.isEmpty() || full.isNull() || full.isUndefined())
        return full;
    if (full.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : full.toArray())
            out.append(project(v, field));
        return out;
    }
    const QJsonObject obj = full.toObject();
    QJsonObject out;
    for (const Field& c : field.children) {
        if (c.name == u"__typename")
            out.insert(c.key(), obj.value(u"__typename"_s));
        else
            out.insert(c.key(), project(obj.value(c.name), c));
    }
    return out;
}

double cost(const Field& field, const QJsonValue* answer)
{
    if (field.children.isEmpty())
        return 0;
    if (isConnection(field)) {
        // The node's selection: under `nodes` or `edges { node }`; other children (pageInfo) are free.
        QList<const Field*> nodeFields;
        for (const Field& c : field.children) {
            if (c.name == u"nodes") {
                nodeFields.append(&c);
            } else if (c.name == u"edges") {
                if (const Field* n = c.child(u"node"_s))
                    nodeFields.append(n);
            }
        }
        const auto nodeCost = [&](const QJsonValue* node) {
            double sum = 1;
            for (const Field* nf : nodeFields) {
                for (const Field& c : nf->children) {
                    const QJsonValue v = node ? node->toObject().value(c.key()) : QJsonValue();
                    sum += cost(c, node ? &v : nullptr);
                }
            }
            return sum;
        };
        if (!answer) {
            const double n = field.arg(u"first"_s, field.arg(u"last"_s, 0)).toDouble();
            return 2 + n * nodeCost(nullptr);
        }
        QJsonArray nodes = answer->toObject().value(u"nodes"_s).toArray();
        if (nodes.isEmpty()) {
            for (const QJsonValue& e : answer->toObject().value(u"edges"_s).toArray())
                nodes.append(e.toObject().value(u"node"_s));
        }
        double sum = 2;
        for (const QJsonValue& n : std::as_const(nodes))
            sum += nodeCost(&n);
        return sum;
    }
    if (answer && answer->isArray()) {
        double sum = 0;
        for (const QJsonValue& v : answer->toArray())
            sum += cost(field, &v);
        return sum;
    }
    if (answer && answer->isNull())
        return 0;
    double sum = 0;
    bool leaf = true;
    for (const Field& c : field.children) {
        leaf = leaf && c.children.isEmpty();
        const QJsonValue v = answer ? answer->toObject().value(c.key()) : QJsonValue();
        sum += cost(c, answer ? &v : nullptr);
    }
    return (leaf ? 0 : 1) + sum;
}

} // namespace GraphQlLite
