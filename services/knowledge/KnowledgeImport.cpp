#include "KnowledgeImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace KnowledgeImport
{

namespace
{

Draft failed(const QString& error)
{
    Draft d;
    d.error = error;
    return d;
}

Draft draft(const QString& title, const QString& body, const QString& source, const QString& origin)
{
    Draft d;
    d.document.title = title.trimmed().left(200);
    d.document.body = body.trimmed();
    d.document.source = source;
    d.document.origin = origin;
    d.document.topic = guessTopic(d.document.title, d.document.body);
    if (d.document.body.isEmpty())
        d.error = QCoreApplication::translate("KnowledgeImport", "%1 holds no text.").arg(origin);
    return d;
}

QString decoded(const QByteArray& bytes)
{
    auto utf8 = QStringDecoder(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) // not UTF-8: an older editor's Windows-1252 text, read as Latin-1
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

QString guessTopic(const QString& title, const QString& body)
{
    static const QList<std::pair<QString, QRegularExpression>> topics{
        {u"returns"_s, QRegularExpression(u"\\b(?:return|returns|refund|retour|retourneren|herroeping)"_s)},
        {u"shipping"_s,
            QRegularExpression(u"\\b(?:shipping|delivery|dispatch|verzend|verzending|levering|bezorging)"_s)},
        {u"care"_s, QRegularExpression(u"\\b(?:care|wash|washing|onderhoud|wassen|verzorging)"_s)},
        {u"sizing"_s, QRegularExpression(u"\\b(?:size|sizing|fit|maat|maten|pasvorm)"_s)},
        {u"faq"_s, QRegularExpression(u"\\b(?:faq|frequently asked|veelgestelde)"_s)},
        {u"materials"_s, QRegularExpression(u"\\b(?:material|materials|fabric|materiaal|materialen|stof)"_s)},
        {u"brand"_s, QRegularExpression(u"\\b(?:our story|about us|over ons|ons verhaal|brand story)"_s)}};
    for (const QString& text : {title.toLower(), body.left(400).toLower()}) {
        for (const auto& [topic, pattern] : topics) {
            if (pattern.match(text).hasMatch())
                return topic;
        }
    }
    return u"other"_s;
}

Draft readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(QCoreApplication::translate("KnowledgeImport", "%1 does not exist.").arg(path));
    if (info.size() > kMaxFileBytes)
        return failed(QCoreApplication::translate("KnowledgeImport",
            "%1 is %2 MB; the knowledge base reads files up to %3 MB. Split it, or paste the text it holds.")
                          .arg(info.fileName())
                          .arg(info.size() / (1024 * 1024))
                          .arg(kMaxFileBytes / (1024 * 1024)));
    const QString suffix = info.suffix().toLower();
    if (suffix == u"pdf")
        return readPdf(path);
    if (suffix != u"md" && suffix != u"markdown" && suffix != u"txt" && suffix != u"text")
        return failed(QCoreApplication::translate(
            "KnowledgeImport", "%1 is not a document the knowledge base reads: choose a Markdown, text or PDF file.")
                          .arg(info.fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            QCoreApplication::translate("KnowledgeImport", "%1 could not be read: %2").arg(path, file.errorString()));
    const QString text = decoded(file.readAll());
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    // A Markdown file's first "# Title" names it; otherwise the file's name does.
    static const QRegularExpression firstHeading(u"^#\\s+(.+)$"_s, QRegularExpression::MultilineOption);
    const auto m = firstHeading.match(text);
    const QString title = markdown && m.hasMatch() ? m.captured(1).trimmed() : info.completeBaseName();
    return draft(title, text, markdown ? u"markdown"_s : u"text"_s, info.fileName());
}

Draft readPdf(const QString& path)
{
    const QFileInfo info(path);
    QPdfDocument pdf;
    const QPdfDocument::Error error = pdf.load(path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return failed(QCoreApplication::translate(
            "KnowledgeImport", "%1 is protected by a password. Save a copy without one and add that.")
                          .arg(info.fileName()));
    case QPdfDocument::Error::FileNotFound:
        return failed(QCoreApplication::translate("KnowledgeImport", "%1 does not exist.").arg(path));
    default:
        return failed(
            QCoreApplication::translate("KnowledgeImport", "%1 is not a PDF that can be read.").arg(info.fileName()));
    }
    QStringList pages;
    for (int page = 0; page < pdf.pageCount(); ++page)
        pages.append(pdf.getAllText(page).text().trimmed());
    QString body = pages.join(u"\n\n"_s);
    body.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    if (body.trimmed().isEmpty())
        return failed(QCoreApplication::translate("KnowledgeImport",
            "%1 has %n page(s) but no text: its pages are scanned images. Add a PDF saved from the program that made "
            "the text, or paste the text.",
            nullptr, pdf.pageCount())
                          .arg(info.fileName()));
    const QString title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().trimmed();
    return draft(title.isEmpty() ? info.completeBaseName() : title, body, u"pdf"_s, info.fileName());
}

Draft fromHtml(const QByteArray& html, const QString& url)
{
    QString text = decoded(html);
    static const QRegularExpression titleTag(u"<title[^>]*>(.*?)</title>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString title = titleTag.match(text).captured(1).simplified();
    // What is not the page's own words: scripts, styles, the menus, header and footer every page repeats.
    static const QRegularExpression chrome(u"<(script|style|noscript|nav|header|footer|aside|form|svg|template)\\b"
                                           u"[^>]*>.*?</\\1\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    text.remove(chrome);
    static const QRegularExpression mainPart(u"<main\\b[^>]*>(.*?)</main\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = mainPart.match(text); m.hasMatch())
        text = m.captured(1);
    QTextDocument doc;
    doc.setHtml(text);
    QString markdown = doc.toMarkdown(QTextDocument::MarkdownNoHTML);
    // Images and links are not knowledge: keep a link's words, drop an image.
    static const QRegularExpression image(u"!\\[[^\\]]*\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    markdown.remove(image).replace(link, u"\\1"_s);
    if (title.isEmpty()) {
        static const QRegularExpression firstHeading(u"^#+\\s+(.+)$"_s, QRegularExpression::MultilineOption);
        title = firstHeading.match(markdown).captured(1).trimmed();
    }
    if (title.isEmpty())
        title = url;
    return draft(title, markdown, u"url"_s, url);
}

} // namespace KnowledgeImport
