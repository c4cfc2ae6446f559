#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

// E-mail over SMTP through libcurl (Qt has no SMTP client; curl's is the one Debian ships and keeps
// secure: STARTTLS, SMTPS, AUTH). Blocking: call it off the event loop (Notifications runs it on the
// thread pool).
namespace Mailer
{

struct Server
{
    QString url;          // smtp://host:port or smtps://host:port
    QString user;         // empty: no login
    QString password;     // only with a user
    bool startTls = true; // smtp:// upgrades to TLS when offered; required when a password is sent
    int timeoutMs = 30'000;
};

struct Attachment
{
    QString fileName;
    QByteArray mimeType;
    QByteArray data;
};

struct Message
{
    QString from;
    QStringList to;
    QString subject;
    QString text;
    QString html; // empty: a plain text message
    QList<Attachment> attachments;
    QString messageId;         // <id@host>; the same id on a resend lets a mail client see it is one message
    QString fromName;          // shown before the address ("Anna de Vries <anna@example.nl>"); empty: the address only
    bool autoSubmitted = true; // Auto-Submitted: auto-generated (alerts, reports); a person's approved letter is not
    QList<std::pair<QByteArray, QByteArray>> headers; // more header fields (List-Unsubscribe)
};

// The message as RFC 5322 text with MIME parts (base64 bodies, UTF-8 headers encoded).
QByteArray compose(const Message& message, const QString& date);

struct Result
{
    QString error;          // empty: sent; else what went wrong (readable, without the password)
    bool retryable = false; // a server away or busy may take it later; a refusal of the login or of TLS will not
    // The whole message was handed over but the server's answer never came (a timeout, a dropped connection):
    // it may have been delivered. Sending it again could deliver it twice.
    bool uncertain = false;
    // The server refused the recipient's address (550, 551 or 553 to RCPT TO: no such mailbox).
    bool recipientRefused = false;
    int smtpCode = 0;
    bool ok() const { return error.isEmpty(); }
};
Result send(const Server& server, const Message& message);

} // namespace Mailer
