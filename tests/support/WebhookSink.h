#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

// A webhook receiver on loopback for the alert and report tests: records each POST (its head and body)
// and answers it with the next status of its list (the last one repeats).
class WebhookSink : public QObject
{
public:
    struct Call
    {
        QByteArray head;
        QByteArray body;
    };
    explicit WebhookSink(QList<int> statuses);

    QString url() const;
    QList<Call> calls;

private:
    QTcpServer m_server;
    QList<int> m_statuses;
};
