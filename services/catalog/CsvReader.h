#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 CSV as shop exports write it: UTF-8 with or without a byte order mark (other encodings
// are read as Latin-1 with a warning), comma, semicolon or tab delimiters (detected from the
// header), quoted fields with doubled quotes and line breaks inside, CRLF or LF. Every record keeps
// the line it starts on, so problems can be reported where the owner will look.
namespace Csv
{

struct Record
{
    int line = 0; // 1-based line of the record's first character
    QStringList fields;
};

struct Document
{
    QStringList header;
    QList<Record> records; // without the header
    QChar delimiter = u',';
    QStringList warnings;
    // Set when the file cannot be read as CSV at all, or is cut off inside a quoted field (the
    // records before it are kept; errorLine names where the open quote starts).
    QString error;
    int errorLine = 0;

    int column(const QString& name) const; // case-insensitive, -1 when absent
    QString value(const Record& r, int column) const;
};

Document parse(const QByteArray& bytes);

} // namespace Csv
