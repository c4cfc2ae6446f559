#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real SMTP server for the tests: Debian's aiosmtpd, delivering into a Maildir the test reads. Its handler
// answers like a real server for three kinds of recipient: bounce…@ is refused at RCPT TO (550, no such mailbox);
// silent…@ is delivered and then never confirmed (the client times out after handing the message over); anyone
// else is delivered.
class SmtpServer
{
public:
    explicit SmtpServer(quint16 port = 0);
    ~SmtpServer();

    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    QList<QByteArray> messages() const;

    static QByteArray header(const QByteArray& message, const QByteArray& name);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
