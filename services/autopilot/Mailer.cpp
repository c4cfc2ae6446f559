#include "Mailer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Mailer
{
namespace
{
QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        if (c.unicode() > 126 || c.unicode() < 32)
            ascii = false;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray wrapped(const QByteArray& base64)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        out += base64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray part(const QByteArray& type, const QByteArray& body, const QByteArray& extra = {})
{
    return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n" + extra + "\r\n"
        + wrapped(body.toBase64());
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userdata)
{
    auto* up = static_cast<Upload*>(userdata);
    const size_t room = size * count;
    const size_t left = static_cast<size_t>(up->data.size() - up->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, up->data.constData() + up->offset, n);
    up->offset += static_cast<qsizetype>(n);
    return n;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Mailer", text);
}
} // namespace

QByteArray compose(const Message& m, const QString& date)
{
    const QByteArray boundary = "=_quorum_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QByteArray alt = "=_quorum_alt_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray out;
    out += "Date: " + date.toLatin1() + "\r\n";
    out += "From: " + (m.fromName.isEmpty() ? m.from.toUtf8() : encodedWord(m.fromName) + " <" + m.from.toUtf8() + ">")
        + "\r\n";
    out += "To: " + m.to.join(u", "_s).toUtf8() + "\r\n";
    out += "Subject: " + encodedWord(m.subject) + "\r\n";
    if (!m.messageId.isEmpty())
        out += "Message-ID: " + m.messageId.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (m.autoSubmitted)
        out += "Auto-Submitted: auto-generated\r\n";
    for (const auto& [name, value] : m.headers)
        out += name + ": " + value + "\r\n";
    QByteArray body;
    if (m.html.isEmpty()) {
        body = part("text/plain; charset=UTF-8", m.text.toUtf8());
    } else {
        body = "Content-Type: multipart/alternative; boundary=\"" + alt + "\"\r\n\r\n";
        body += "--" + alt + "\r\n" + part("text/plain; charset=UTF-8", m.text.toUtf8());
        body += "--" + alt + "\r\n" + part("text/html; charset=UTF-8", m.html.toUtf8());
        body += "--" + alt + "--\r\n";
    }
    if (m.attachments.isEmpty()) {
        out += body;
        return out;
    }
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + body;
    for (const Attachment& a : m.attachments) {
        const QByteArray name = encodedWord(a.fileName);
        out += "--" + boundary + "\r\n"
            + part(a.mimeType + "; name=\"" + name + "\"", a.data,
                "Content-Disposition: attachment; filename=\"" + name + "\"\r\n");
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

Result send(const Server& server, const Message& message)
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    if (!initialised)
        return {tr("The mail library could not start."), true};
    if (message.to.isEmpty())
        return {tr("The message has no recipient."), false};
    const QUrl url(server.url);
    if (!url.isValid() || (url.scheme() != u"smtp" && url.scheme() != u"smtps"))
        return {tr("The mail server must be written as smtp://host:port or smtps://host:port."), false};

    CURL* curl = curl_easy_init();
    if (!curl)
        return {tr("The mail library could not start."), true};
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    const QByteArray urlBytes = url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath).toUtf8() + "/quorum";
    const QByteArray from = "<" + message.from.toUtf8() + ">";
    const QByteArray user = server.user.toUtf8();
    const QByteArray password = server.password.toUtf8();
    Upload upload{
        compose(message,
            QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss"_s) + u" +0000"_s),
        0};
    curl_slist* recipients = nullptr;
    for (const QString& to : message.to)
        recipients = curl_slist_append(recipients, QByteArray("<" + to.toUtf8() + ">").constData());

    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.data.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(server.timeoutMs));
    // The wait for each reply of the server has a limit of its own (whole seconds in this libcurl).
    curl_easy_setopt(
        curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, static_cast<long>(std::max(1, (server.timeoutMs + 999) / 1000)));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min(server.timeoutMs, 15'000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        // A password never travels in the clear.
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    } else if (server.startTls) {
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    }
    const CURLcode rc = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK)
        return {};
    // Everything was read for sending and no refusal came back: the server may hold the message already.
    const bool handedOver = upload.offset >= upload.data.size() && upload.data.size() > 0;
    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(rc));
    if (!password.isEmpty())
        detail.replace(server.password, u"••••"_s);
    if (rc == CURLE_LOGIN_DENIED)
        return {tr("The mail server refused the user name or password (%1).").arg(detail), false};
    if (handedOver && (response < 400 || response >= 600)) {
        Result r{
            tr("The mail server took the message but did not confirm it (%1). It may have been delivered.").arg(detail),
            false};
        r.uncertain = true;
        return r;
    }
    if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_OPERATION_TIMEDOUT)
        return {tr("The mail server cannot be reached (%1).").arg(detail), true};
    if (rc == CURLE_USE_SSL_FAILED)
        return {tr("The mail server offers no encryption, so the password is not sent (%1).").arg(detail), false};
    if (rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_PEER_FAILED_VERIFICATION)
        return {tr("The mail server's encryption failed (%1).").arg(detail), false};
    // 4xx replies are temporary by SMTP's own rule; 5xx are not.
    Result r{tr("The mail server did not take the message (%1; SMTP %2).").arg(detail).arg(response),
        response < 500 || response >= 600};
    r.smtpCode = int(response);
    // No such mailbox (550, 551, 553 to RCPT TO); a relay or policy refusal (530, 554) is the server's, not the
    // address's, and is no bounce.
    r.recipientRefused
        = (response == 550 || response == 551 || response == 553) && detail.contains(u"RCPT"_s, Qt::CaseInsensitive);
    return r;
}

} // namespace Mailer
