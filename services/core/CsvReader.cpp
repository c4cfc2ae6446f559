#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Csv
{

int columnOf(const QStringList& header, const QString& name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int Document::column(const QString& name) const
{
    return columnOf(header, name);
}

QString Document::value(const Record& r, int column) const
{
    return column >= 0 && column < r.fields.size() ? r.fields.at(column) : QString();
}

namespace
{

// Whether bytes are valid UTF-8 (without building a string of them).
bool isUtf8(const QByteArray& data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const auto* end = p + data.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

// UTF-16 without a byte order mark still shows itself: every other byte of ASCII text is zero.
int utf16Guess(const QByteArray& data)
{
    const qsizetype n = std::min<qsizetype>(data.size() & ~qsizetype(1), 4096);
    if (n < 8)
        return 0;
    int evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += data.at(i) == 0;
        oddZero += data.at(i + 1) == 0;
    }
    if (oddZero > n / 4 && evenZero == 0)
        return 1; // little endian
    if (evenZero > n / 4 && oddZero == 0)
        return 2; // big endian
    return 0;
}

char detectDelimiter(const QByteArray& data)
{
    // Count candidates on the header line, outside quotes.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return '\t';
    return semicolon > comma ? ';' : ',';
}

} // namespace

QByteArray toUtf8(const QByteArray& bytes, QStringList* warnings, QString* error)
{
    int utf16 = 0;
    qsizetype skip = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = 1;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = 2;
        skip = 2;
    } else {
        utf16 = utf16Guess(bytes);
    }
    if (utf16 != 0) {
        QStringDecoder decoder(utf16 == 1 ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(QByteArrayView(bytes.constData() + skip, bytes.size() - skip));
        if (decoder.hasError()) {
            *error = QCoreApplication::translate("Csv", "The file looks like UTF-16 text but cannot be read as such.");
            return {};
        }
        return text.toUtf8();
    }
    QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (data.contains('\0')) {
        *error = QCoreApplication::translate("Csv", "This is not a CSV file (it contains binary data).");
        return {};
    }
    if (isUtf8(data))
        return data;
    warnings->append(QCoreApplication::translate(
        "Csv", "The file is not UTF-8; it was read as Latin-1 (ISO 8859-1). Check accented letters in the preview."));
    return QString::fromLatin1(data).toUtf8();
}

Reader::Reader(const QByteArray& utf8)
    : m_data(utf8)
    , m_sep(detectDelimiter(utf8))
    , m_delimiter(QChar::fromLatin1(m_sep))
{ }

bool Reader::next(Record* record)
{
    const char* d = m_data.constData();
    const qsizetype n = m_data.size();
    const char sep = m_sep;
    for (;;) {
        if (m_pos >= n || !m_error.isEmpty())
            return false;
        record->line = m_line;
        record->fields.clear();
        bool endOfRecord = false;
        while (!endOfRecord) {
            // One field. The common cases (unquoted, or quoted without doubled quotes or CRLF) are
            // decoded straight from the file's bytes; the rest are assembled first.
            if (m_pos < n && d[m_pos] == '"') {
                const int quoteLine = m_line;
                const qsizetype start = ++m_pos;
                QByteArray assembled;
                bool simple = true;
                for (;;) {
                    if (m_pos >= n) {
                        m_error = QCoreApplication::translate("Csv",
                            "A quoted field that starts on line %1 is never closed, so the file ends inside it. "
                            "Everything from line %2 on was not read.")
                                      .arg(quoteLine)
                                      .arg(record->line);
                        m_errorLine = record->line;
                        record->fields.clear();
                        return false;
                    }
                    const char c = d[m_pos];
                    if (c == '"') {
                        if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                            if (simple) {
                                assembled = QByteArray(d + start, m_pos - start);
                                simple = false;
                            }
                            assembled += '"';
                            m_pos += 2;
                            continue;
                        }
                        break; // the closing quote
                    }
                    if (c == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n') {
                        // CRLF inside a field is a line break: kept as LF.
                        if (simple) {
                            assembled = QByteArray(d + start, m_pos - start);
                            simple = false;
                        }
                        ++m_pos;
                        continue;
                    }
                    if (c == '\n')
                        ++m_line;
                    if (!simple)
                        assembled += c;
                    ++m_pos;
                }
                const qsizetype end = m_pos++;
                // Text after the closing quote, up to the delimiter, belongs to the field too.
                const qsizetype tail = m_pos;
                while (m_pos < n && d[m_pos] != sep && d[m_pos] != '\r' && d[m_pos] != '\n')
                    ++m_pos;
                if (m_pos > tail) {
                    if (simple)
                        assembled = QByteArray(d + start, end - start);
                    assembled.append(d + tail, m_pos - tail);
                    simple = false;
                }
                record->fields.append(
                    simple ? QString::fromUtf8(QByteArrayView(d + start, end - start)) : QString::fromUtf8(assembled));
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n && d[m_pos] != sep && d[m_pos] != '\r' && d[m_pos] != '\n')
                    ++m_pos;
                record->fields.append(
                    m_pos > start ? QString::fromUtf8(QByteArrayView(d + start, m_pos - start)) : QString());
            }
            if (m_pos >= n) {
                endOfRecord = true;
            } else if (d[m_pos] == sep) {
                ++m_pos;
            } else {
                m_pos += (d[m_pos] == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n') ? 2 : 1;
                ++m_line;
                endOfRecord = true;
            }
        }
        // Blank lines between records are not records.
        if (record->fields.size() == 1 && record->fields.first().isEmpty())
            continue;
        return true;
    }
}

Document parse(const QByteArray& bytes)
{
    Document doc;
    const QByteArray utf8 = toUtf8(bytes, &doc.warnings, &doc.error);
    if (!doc.error.isEmpty())
        return doc;
    if (QString::fromUtf8(utf8).trimmed().isEmpty()) {
        doc.error = QCoreApplication::translate("Csv", "The file is empty.");
        return doc;
    }
    Reader reader(utf8);
    doc.delimiter = reader.delimiter();
    Record r;
    if (!reader.next(&r)) {
        doc.error = reader.error().isEmpty() ? QCoreApplication::translate("Csv", "The file has no header row.")
                                             : reader.error();
        doc.errorLine = reader.errorLine();
        return doc;
    }
    doc.header = r.fields;
    for (QString& h : doc.header)
        h = h.trimmed();
    while (reader.next(&r))
        doc.records.append(r);
    doc.error = reader.error();
    doc.errorLine = reader.errorLine();
    return doc;
}

} // namespace Csv
