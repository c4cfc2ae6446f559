#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Csv
{

int Document::column(const QString& name) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

QString Document::value(const Record& r, int column) const
{
    return column >= 0 && column < r.fields.size() ? r.fields.at(column) : QString();
}

namespace
{

QString decode(const QByteArray& bytes, QStringList* warnings)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    warnings->append(QCoreApplication::translate(
        "Csv", "The file is not UTF-8; it was read as Latin-1 (ISO 8859-1). Check accented letters in the preview."));
    QStringDecoder latin(QStringDecoder::Latin1);
    return latin.decode(data);
}

QChar detectDelimiter(const QString& text)
{
    // Count candidates on the header line, outside quotes.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    return semicolon > comma ? u';' : u',';
}

} // namespace

Document parse(const QByteArray& bytes)
{
    Document doc;
    const QString text = decode(bytes, &doc.warnings);
    if (text.trimmed().isEmpty()) {
        doc.error = QCoreApplication::translate("Csv", "The file is empty.");
        return doc;
    }
    if (text.contains(QChar(0))) {
        doc.error = QCoreApplication::translate("Csv", "This is not a CSV file (it contains binary data).");
        return doc;
    }
    doc.delimiter = detectDelimiter(text);

    QList<Record> all;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // Blank lines between records are not records.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            all.append(current);
        current = Record{};
        current.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!(c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                    field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == doc.delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        doc.error = QCoreApplication::translate("Csv",
            "A quoted field that starts on line %1 is never closed, so the file ends inside it. Everything from line "
            "%2 on was not read.")
                        .arg(quoteLine)
                        .arg(current.line);
        doc.errorLine = current.line;
    } else if (fieldStarted || !current.fields.isEmpty()) {
        endRecord();
    }
    if (all.isEmpty()) {
        if (doc.error.isEmpty())
            doc.error = QCoreApplication::translate("Csv", "The file has no header row.");
        return doc;
    }
    doc.header = all.takeFirst().fields;
    for (QString& h : doc.header)
        h = h.trimmed();
    doc.records = all;
    return doc;
}

} // namespace Csv
