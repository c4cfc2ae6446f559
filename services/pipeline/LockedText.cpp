#include "LockedText.h"

#include "ContentSpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LockedText
{

namespace
{

const QRegularExpression& opening()
{
    static const QRegularExpression re(u"\\{\\{#locked(?:[ \\t]+([^}\\n]*))?\\}\\}"_s);
    return re;
}

const QRegularExpression& closing()
{
    static const QRegularExpression re(u"\\{\\{/locked\\}\\}"_s);
    return re;
}

QString shown(const Section& s)
{
    return s.name.isEmpty() ? u"“%1”"_s.arg(s.text.simplified().left(60)) : s.name;
}

} // namespace

Parsed parse(const QString& templateBody)
{
    Parsed out;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch open = opening().match(templateBody, from);
        const QRegularExpressionMatch close = closing().match(templateBody, from);
        if (!open.hasMatch()) {
            if (close.hasMatch())
                out.error = QCoreApplication::translate("LockedText", "A {{/locked}} has no {{#locked}} before it.");
            break;
        }
        if (close.hasMatch() && close.capturedStart() < open.capturedStart()) {
            out.error = QCoreApplication::translate("LockedText", "A {{/locked}} has no {{#locked}} before it.");
            break;
        }
        if (!close.hasMatch()) {
            out.error = QCoreApplication::translate("LockedText", "A locked section is not closed with {{/locked}}.");
            break;
        }
        const QRegularExpressionMatch nested = opening().match(templateBody, open.capturedEnd());
        if (nested.hasMatch() && nested.capturedStart() < close.capturedStart()) {
            out.error = QCoreApplication::translate(
                "LockedText", "A locked section opens inside another; close the first with {{/locked}}.");
            break;
        }
        Section s{open.captured(1).trimmed(),
            templateBody.mid(open.capturedEnd(), close.capturedStart() - open.capturedEnd()).trimmed()};
        if (s.text.isEmpty()) {
            out.error = QCoreApplication::translate("LockedText", "The locked section %1 is empty.")
                            .arg(s.name.isEmpty() ? QString() : u"“%1”"_s.arg(s.name));
            out.error.replace(u"  "_s, u" "_s);
            break;
        }
        static const QRegularExpression variable(u"\\{\\{\\s*[a-z_]+\\s*\\}\\}"_s);
        if (s.text.contains(variable)) {
            out.error = QCoreApplication::translate("LockedText",
                "The locked section %1 holds a variable; a locked text is copied as written, so write it out.")
                            .arg(shown(s));
            break;
        }
        if (s.text.size() > kMaxLockedChars) {
            out.error = QCoreApplication::translate(
                "LockedText", "The locked section %1 is %2 characters; a locked text holds at most %3.")
                            .arg(shown(s))
                            .arg(s.text.size())
                            .arg(kMaxLockedChars);
            break;
        }
        out.sections.append(s);
        from = close.capturedEnd();
    }
    if (!out.error.isEmpty())
        out.sections.clear();
    return out;
}

QString forWriter(const QString& templateBody)
{
    if (!templateBody.contains(u"{{#locked"_s))
        return templateBody;
    const Parsed parsed = parse(templateBody);
    if (!parsed.error.isEmpty())
        return templateBody; // saving refuses it; a stored one is read as written
    QString out;
    qsizetype from = 0;
    for (const Section& s : parsed.sections) {
        const QRegularExpressionMatch open = opening().match(templateBody, from);
        const QRegularExpressionMatch close = closing().match(templateBody, open.capturedEnd());
        out += templateBody.mid(from, open.capturedStart() - from);
        out += u"Locked text%1: put it into the piece exactly as below, word for word — not translated, not shortened, "
               u"nothing added inside it.\n<locked%2>\n%3\n</locked>"_s.arg(
                   s.name.isEmpty() ? QString() : u" \""_s + s.name + u'"',
                   s.name.isEmpty() ? QString() : u" name=\""_s + s.name.toHtmlEscaped() + u'"', s.text);
        from = close.capturedEnd();
    }
    return out + templateBody.mid(from);
}

QList<ContentChecks::Problem> check(const QList<Section>& sections, const QJsonObject& pieceBody)
{
    QList<ContentChecks::Problem> out;
    if (sections.isEmpty())
        return out;
    // Every field's text, each on its own, whitespace folded: a locked text must stand within one field.
    QList<std::pair<QString, QString>> fields;
    for (const auto& [path, text] : ContentSpec::strings(pieceBody))
        fields.append({path, text.simplified()});
    // Each field keeps its own order: where the last locked text found in it ends.
    QHash<QString, qsizetype> endIn;
    QString lastWhere; // the field the previous locked text stands in, searched first
    for (const Section& s : sections) {
        const QString wanted = s.text.simplified();
        QString where;
        qsizetype at = -1;
        bool earlier = false; // found only before a locked text the template puts ahead of it
        QList<std::pair<QString, QString>> order = fields;
        std::stable_partition(order.begin(), order.end(), [&lastWhere](const auto& f) { return f.first == lastWhere; });
        for (const auto& [path, text] : order) {
            const qsizetype found = text.indexOf(wanted, endIn.value(path, 0));
            if (found >= 0) {
                where = path;
                at = found;
                break;
            }
            earlier = earlier || text.indexOf(wanted) >= 0;
        }
        ContentChecks::Problem p;
        p.code = u"locked"_s;
        p.severity = u"major"_s;
        if (where.isEmpty() && earlier) {
            p.where = u"$"_s;
            p.message = QCoreApplication::translate(
                "LockedText", "The locked text %1 comes before the one the template puts ahead of it.")
                            .arg(shown(s));
            out.append(p);
            continue;
        }
        if (where.isEmpty()) {
            p.where = u"$"_s;
            p.message = QCoreApplication::translate("LockedText",
                "The locked text %1 is not in the piece word for word: “%2”. Copy it exactly as the template gives it.")
                            .arg(shown(s), s.text.simplified().left(160));
            out.append(p);
            continue;
        }
        endIn.insert(where, at + wanted.size());
        lastWhere = where;
    }
    return out;
}

} // namespace LockedText
