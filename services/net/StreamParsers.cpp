#include "StreamParsers.h"

QList<SseParser::Event> SseParser::feed(const QByteArray& chunk)
{
    QList<Event> out;
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_buffer.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        takeLine(line, &out);
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    return out;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> out;
    if (!m_buffer.isEmpty()) {
        QByteArray line = m_buffer;
        if (line.endsWith('\r'))
            line.chop(1);
        takeLine(line, &out);
        m_buffer.clear();
    }
    takeLine(QByteArray(), &out);
    return out;
}

void SseParser::takeLine(const QByteArray& line, QList<Event>* out)
{
    if (line.isEmpty()) {
        if (m_hasData || !m_current.event.isEmpty())
            out->append(m_current);
        m_current = Event{};
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value;
    }
}

QList<QByteArray> NdjsonParser::feed(const QByteArray& chunk)
{
    QList<QByteArray> out;
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = m_buffer.mid(start, nl - start).trimmed();
        if (!line.isEmpty())
            out.append(line);
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    return out;
}

QList<QByteArray> NdjsonParser::finish()
{
    QList<QByteArray> out;
    const QByteArray line = m_buffer.trimmed();
    if (!line.isEmpty())
        out.append(line);
    m_buffer.clear();
    return out;
}
