#include "HttpTypes.h"

#include "core/Redaction.h"

using namespace Qt::StringLiterals;

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpRequest::describe() const
{
    return Redaction::redact(QString::fromLatin1(method) + u' ' + url.toString());
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray& name) const
{
    QList<QByteArray> out;
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first == lower)
            out.append(h.second);
    }
    return out;
}

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return u"none"_s;
    case TransportError::Timeout:
        return u"timeout"_s;
    case TransportError::Stalled:
        return u"stalled"_s;
    case TransportError::ConnectionRefused:
        return u"connection_refused"_s;
    case TransportError::HostNotFound:
        return u"host_not_found"_s;
    case TransportError::ConnectionReset:
        return u"connection_reset"_s;
    case TransportError::Tls:
        return u"tls"_s;
    case TransportError::TooLarge:
        return u"too_large"_s;
    case TransportError::TooManyRedirects:
        return u"too_many_redirects"_s;
    case TransportError::Canceled:
        return u"canceled"_s;
    case TransportError::Other:
        return u"other"_s;
    }
    return u"other"_s;
}
