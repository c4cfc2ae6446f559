#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 CSV as shop exports write it: UTF-8 with or without a byte order mark, UTF-16 with its
// byte order mark (Excel's "Unicode text"), other encodings read as Latin-1 with a warning; comma,
// semicolon or tab delimiters (detected from the header); quoted fields with doubled quotes and line
// breaks inside; CRLF or LF. Every record keeps the line it starts on, so problems can be reported
// where the owner will look.
//
// Reader walks the records one at a time over the file's bytes (no copy of the whole text, no list of
// every record), so a 100,000-product export is read in the memory of one row.
namespace Csv
{

struct Record
{
    int line = 0; // 1-based line of the record's first character
    QStringList fields;
};

// The bytes as UTF-8 for the reader: a UTF-8 byte order mark is skipped, UTF-16 is converted, and
// text that is not valid UTF-8 is read as Latin-1 (with a warning). Empty with *error when the
// bytes are not text at all.
QByteArray toUtf8(const QByteArray& bytes, QStringList* warnings, QString* error);

class Reader
{
public:
    // utf8 must outlive the reader (it is not copied).
    explicit Reader(const QByteArray& utf8);

    QChar delimiter() const { return m_delimiter; }
    // The next record (blank lines are skipped); false at the end or at a quote that is never closed.
    bool next(Record* record);
    // Set when the file ends inside a quoted field: the records before it were read, the rest not.
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // How far the reader is, in bytes (for progress).
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_data.size(); }

private:
    const QByteArray& m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    char m_sep = ',';
    QChar m_delimiter = u',';
    QString m_error;
    int m_errorLine = 0;
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

// The whole file at once (for small files and tests; imports use Reader).
Document parse(const QByteArray& bytes);

// A column of a header under its name, case-insensitive; -1 when absent.
int columnOf(const QStringList& header, const QString& name);

} // namespace Csv
