#pragma once

#include "KnowledgeBase.h"

#include <QString>

// Reading a document for the knowledge base from what the owner has: a Markdown or text file, a PDF (its text, by
// Qt's PDF module), or a page of the shop (its HTML, reduced to headings and paragraphs). Each gives a draft the
// owner sees and saves, or a readable reason it cannot: a PDF of scanned pages has no text to read.
namespace KnowledgeImport
{

struct Draft
{
    Knowledge::Document document; // title, topic (guessed), source, origin and body; not stored
    QString error;                // why nothing could be read, in the interface's language
    bool ok() const { return error.isEmpty(); }
};

// Files larger than this are not read (a PDF of this size is images, not policy text).
constexpr qint64 kMaxFileBytes = 25 * 1024 * 1024;

// A .md/.markdown, .txt or .pdf file.
Draft readFile(const QString& path);
Draft readPdf(const QString& path);
// A fetched page: its title, and its main text as Markdown (scripts, styles, navigation and footers left out).
Draft fromHtml(const QByteArray& html, const QString& url);
// The topic a document's title and first words suggest ("Returns policy" → returns); "other" when none does.
QString guessTopic(const QString& title, const QString& body);

} // namespace KnowledgeImport
