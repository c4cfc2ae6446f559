#include "SmtpServer.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// The handler: aiosmtpd's Mailbox with a refused and a silent kind of recipient.
constexpr auto kHandler = R"(import asyncio
from aiosmtpd.handlers import Mailbox


class Faults(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split('@')[0].startswith('bounce'):
            return '550 5.1.1 <%s>: no such mailbox here' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        result = await super().handle_DATA(server, session, envelope)
        if any(r.split('@')[0].startswith('silent') for r in envelope.rcpt_tos):
            await asyncio.sleep(3600)
        return result
)";
} // namespace

SmtpServer::SmtpServer(quint16 port)
{
    if (port == 0) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_port = port;
}

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::start()
{
    QFile handler(m_dir.filePath(u"quorum_smtp_faults.py"_s));
    if (!handler.open(QIODevice::WriteOnly) || handler.write(kHandler) < 0)
        return false;
    handler.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONPATH"_s, m_dir.path());
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start(u"/usr/bin/python3"_s,
        {u"-m"_s, u"aiosmtpd"_s, u"-n"_s, u"-l"_s, u"127.0.0.1:%1"_s.arg(m_port), u"-c"_s,
            u"quorum_smtp_faults.Faults"_s, m_dir.path() + u"/mail"_s});
    if (!m_process.waitForStarted(10'000))
        return false;
    // Ready when it accepts a connection.
    return QTest::qWaitFor(
               [this] {
                   if (m_process.state() != QProcess::Running)
                       return true;
                   QTcpSocket s;
                   s.connectToHost(QHostAddress::LocalHost, m_port);
                   return s.waitForConnected(200);
               },
               15'000)
        && m_process.state() == QProcess::Running;
}

void SmtpServer::stop()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QString SmtpServer::url() const
{
    return u"smtp://127.0.0.1:%1"_s.arg(m_port);
}

QList<QByteArray> SmtpServer::messages() const
{
    QList<QByteArray> out;
    QDir dir(m_dir.path() + u"/mail/new"_s);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

QByteArray SmtpServer::header(const QByteArray& message, const QByteArray& name)
{
    for (const QByteArray& line : message.split('\n'))
        if (line.toLower().startsWith(QByteArray(name.toLower() + ":")))
            return line.mid(name.size() + 1).trimmed();
    return {};
}
