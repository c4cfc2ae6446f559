#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// OAuth 1.0a "one-legged" signing as WooCommerce requires over plain HTTP: consumer key, timestamp,
// nonce, HMAC-SHA256 (or SHA1) over METHOD&URL&sorted-parameters with the key "secret&". The body
// is not signed. Used by the client to sign and by the sandbox to verify.
namespace OAuth1
{

QByteArray percentEncode(const QByteArray& text);
QByteArray signatureBaseString(
    const QByteArray& method, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& parameters);
QByteArray sign(const QByteArray& baseString, const QByteArray& consumerSecret, const QByteArray& method);
// Adds the oauth_* parameters (signature last) to the URL's query.
QUrl signedUrl(const QByteArray& httpMethod, const QUrl& url, const QString& consumerKey, const QString& consumerSecret,
    qint64 timestampSeconds, const QByteArray& nonce, const QByteArray& signatureMethod = "HMAC-SHA256");
// True when the URL's oauth_signature matches the one computed with the secret.
bool verify(const QByteArray& httpMethod, const QUrl& url, const QString& consumerSecret);

} // namespace OAuth1
