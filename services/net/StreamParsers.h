#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Server-sent events framing: events are separated by a blank line; "data:" lines are joined with
// newlines; "event:" names the event; lines starting with ':' are comments. Handles \r\n and
// \n endings and chunks split anywhere (mid-line, mid-UTF-8).
class SseParser
{
public:
    struct Event
    {
        QByteArray event;
        QByteArray data;
    };
    QList<Event> feed(const QByteArray& chunk);
    // Flushes an event that was not terminated by a blank line (stream closed).
    QList<Event> finish();

private:
    void takeLine(const QByteArray& line, QList<Event>* out);
    QByteArray m_buffer;
    Event m_current;
    bool m_hasData = false;
};

// Newline-delimited JSON (Ollama): one JSON value per line; the last line may arrive without \n.
class NdjsonParser
{
public:
    QList<QByteArray> feed(const QByteArray& chunk);
    QList<QByteArray> finish();

private:
    QByteArray m_buffer;
};
