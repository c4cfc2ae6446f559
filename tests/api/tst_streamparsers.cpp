#include "net/StreamParsers.h"

#include <QTest>

using namespace Qt::StringLiterals;

// SSE and NDJSON framing as providers send it: CRLF endings, several data lines per event,
// comments, named events, chunks split anywhere, a last line without newline.
class TestStreamParsers : public QObject
{
    Q_OBJECT

private slots:
    void sseAcrossArbitrarySplits()
    {
        const QByteArray stream = ": keep-alive comment\r\n"
                                  "event: message_start\r\n"
                                  "data: {\"a\":1}\r\n"
                                  "\r\n"
                                  "data: line one\n"
                                  "data: line two\n"
                                  "\n"
                                  "data: [DONE]\n\n";
        // Every split point gives the same events.
        for (int split = 1; split < stream.size(); ++split) {
            SseParser p;
            QList<SseParser::Event> events = p.feed(stream.left(split));
            events += p.feed(stream.mid(split));
            events += p.finish();
            QCOMPARE(events.size(), 3);
            QCOMPARE(events.at(0).event, QByteArray("message_start"));
            QCOMPARE(events.at(0).data, QByteArray("{\"a\":1}"));
            QCOMPARE(events.at(1).data, QByteArray("line one\nline two"));
            QCOMPARE(events.at(2).data, QByteArray("[DONE]"));
        }
    }

    void sseByteByByteWithUtf8()
    {
        const QByteArray stream = u"data: {\"text\":\"€ café\"}\n\n"_s.toUtf8();
        SseParser p;
        QList<SseParser::Event> events;
        for (char c : stream)
            events += p.feed(QByteArray(1, c));
        QCOMPARE(events.size(), 1);
        QCOMPARE(QString::fromUtf8(events.first().data), u"{\"text\":\"€ café\"}"_s);
    }

    void sseFlushesAnUnterminatedEvent()
    {
        SseParser p;
        QVERIFY(p.feed("data: partial").isEmpty());
        const auto events = p.finish();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("partial"));
    }

    void ndjsonLines()
    {
        NdjsonParser p;
        auto lines = p.feed("{\"a\":1}\n{\"b\"");
        QCOMPARE(lines.size(), 1);
        lines = p.feed(":2}\n\n{\"done\":true}");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), QByteArray("{\"b\":2}"));
        lines = p.finish();
        QCOMPARE(lines, QList<QByteArray>{QByteArray("{\"done\":true}")});
    }
};

QTEST_APPLESS_MAIN(TestStreamParsers)
#include "tst_streamparsers.moc"
