#include "OAuth1.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace OAuth1
{

QByteArray percentEncode(const QByteArray& text)
{
    // RFC 3986 unreserved characters stay, everything else is %XX (upper-case hex).
    return text.toPercentEncoding("", "-._~");
}

namespace
{

QList<std::pair<QByteArray, QByteArray>> queryPairs(const QUrl& url)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    const QUrlQuery q(url);
    for (const auto& [k, v] : q.queryItems(QUrl::FullyDecoded))
        out.append({k.toUtf8(), v.toUtf8()});
    return out;
}

} // namespace

QByteArray signatureBaseString(
    const QByteArray& method, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& parameters)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto& [k, v] : parameters) {
        if (k == "oauth_signature")
            continue;
        encoded.append({percentEncode(k), percentEncode(v)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray params;
    for (const auto& [k, v] : std::as_const(encoded)) {
        if (!params.isEmpty())
            params += '&';
        params += k + '=' + v;
    }
    const QByteArray base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    return method.toUpper() + '&' + percentEncode(base) + '&' + percentEncode(params);
}

QByteArray sign(const QByteArray& baseString, const QByteArray& consumerSecret, const QByteArray& method)
{
    const auto algorithm = method == "HMAC-SHA1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(baseString, consumerSecret + '&', algorithm).toBase64();
}

QUrl signedUrl(const QByteArray& httpMethod, const QUrl& url, const QString& consumerKey, const QString& consumerSecret,
    qint64 timestampSeconds, const QByteArray& nonce, const QByteArray& signatureMethod)
{
    QUrl out = url;
    QUrlQuery q(url);
    q.addQueryItem(u"oauth_consumer_key"_s, consumerKey);
    q.addQueryItem(u"oauth_timestamp"_s, QString::number(timestampSeconds));
    q.addQueryItem(u"oauth_nonce"_s, QString::fromLatin1(nonce));
    q.addQueryItem(u"oauth_signature_method"_s, QString::fromLatin1(signatureMethod));
    out.setQuery(q);
    const QByteArray base = signatureBaseString(httpMethod, out, queryPairs(out));
    const QByteArray signature = sign(base, consumerSecret.toUtf8(), signatureMethod);
    // The signature is base64 with '+', '/' and '=', which must be percent-encoded in the query.
    QByteArray query = out.query(QUrl::FullyEncoded).toLatin1();
    query += "&oauth_signature=" + percentEncode(signature);
    out.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return out;
}

bool verify(const QByteArray& httpMethod, const QUrl& url, const QString& consumerSecret)
{
    const QUrlQuery q(url);
    const QByteArray given = q.queryItemValue(u"oauth_signature"_s, QUrl::FullyDecoded).toUtf8();
    const QByteArray method = q.queryItemValue(u"oauth_signature_method"_s).toLatin1();
    if (given.isEmpty())
        return false;
    const QByteArray base = signatureBaseString(httpMethod, url, queryPairs(url));
    return sign(base, consumerSecret.toUtf8(), method) == given;
}

} // namespace OAuth1
