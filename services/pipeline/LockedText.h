#pragma once

#include "ContentChecks.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Skills (issue 20): a writer's prompt template may hold locked sections — a legal line, a phrase the brand always
// uses, the headings a piece must follow — written
//
//     {{#locked Legal line}}
//     Prices include VAT.
//     {{/locked}}
//
// The rest of the template is the editable part. The writer is given each locked text to put into the piece word
// for word; the deterministic checks prove that every locked text is in the piece verbatim (whitespace aside) and
// in the template's order, and a piece that changes one fails them like a wrong fact.
namespace LockedText
{

constexpr qsizetype kMaxLockedChars = 2000; // one section; a locked text is a line or a few, not an article

struct Section
{
    QString name; // "Legal line"; may be empty
    QString text; // as written between the markers, trimmed
};

struct Parsed
{
    QList<Section> sections;
    QString error; // in the interface's language; empty when the markers are sound
};

Parsed parse(const QString& templateBody);
// The template as the writer reads it: each locked section replaced by the instruction to copy it word for word.
QString forWriter(const QString& templateBody);
// The locked texts the piece lacks or has out of order (major problems, code "locked").
QList<ContentChecks::Problem> check(const QList<Section>& sections, const QJsonObject& pieceBody);

} // namespace LockedText
