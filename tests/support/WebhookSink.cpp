#include "WebhookSink.h"

#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

WebhookSink::WebhookSink(QList<int> statuses)
    : m_statuses(std::move(statuses))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                calls.append(Call{head, buffer->mid(end + 4, length)});
                const int status = m_statuses.at(std::min<qsizetype>(calls.size() - 1, m_statuses.size() - 1));
                s->write(
                    "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

QString WebhookSink::url() const
{
    return u"http://127.0.0.1:%1/hooks/quorum"_s.arg(m_server.serverPort());
}
