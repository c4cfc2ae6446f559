#include "Redaction.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace
{

struct Rule
{
    QRegularExpression re;
    QString replacement;
};

const QList<Rule>& rules()
{
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<Rule> r;
        // Authorization: Bearer/Basic <credentials>
        r.append({QRegularExpression(u"\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=:-]{4,}"_s, ci), u"\\1 ***"_s});
        // Header-style secrets: x-api-key: ..., x-goog-api-key: ..., X-Shopify-Access-Token: ...
        r.append(
            {QRegularExpression(
                 u"\\b(x-api-key|x-goog-api-key|x-shopify-access-token|api-key|openai-api-key)(\\s*[:=]\\s*)[^\\s,;\"']+"_s,
                 ci),
                u"\\1\\2***"_s});
        // Query parameters and form fields.
        r.append({QRegularExpression(
                      u"(\\b(?:key|api_key|apikey|access_token|token|consumer_key|consumer_secret|"
                      u"oauth_signature|oauth_consumer_key|password|pwd|secret|client_secret)=)[^&\\s\"'#]+"_s,
                      ci),
            u"\\1***"_s});
        // JSON fields that hold secrets.
        r.append({QRegularExpression(u"(\"(?:api_?key|apiKey|access_?token|accessToken|password|secret|token|"
                                     u"consumer_secret|consumer_key|application_password|client_secret)\"\\s*:\\s*\")"
                                     u"[^\"]*(\")"_s,
                      ci),
            u"\\1***\\2"_s});
        // Key-shaped tokens wherever they appear.
        r.append({QRegularExpression(u"\\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{12,}"_s), u"sk-***"_s});
        r.append({QRegularExpression(u"\\bshp(?:at|ca|pa|ss)_[A-Fa-f0-9]{16,}"_s), u"shpat_***"_s});
        r.append({QRegularExpression(u"\\b(ck|cs)_[A-Fa-f0-9]{16,}"_s), u"\\1_***"_s});
        r.append({QRegularExpression(u"\\bAIza[0-9A-Za-z_-]{30,}"_s), u"AIza***"_s});
        r.append({QRegularExpression(u"\\bEAA[A-Za-z0-9]{20,}"_s), u"EAA***"_s});
        // WordPress application passwords: six groups of four alphanumerics.
        r.append(
            {QRegularExpression(u"\\b[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}\\b"_s), u"**** **** **** **** **** ****"_s});
        return r;
    }();
    return list;
}

QReadWriteLock g_lock;
QSet<QString> g_secrets;

} // namespace

namespace Redaction
{

QString redact(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        QReadLocker lock(&g_lock);
        for (const QString& secret : std::as_const(g_secrets)) {
            if (out.contains(secret))
                out.replace(secret, Mask);
        }
    }
    for (const Rule& rule : rules())
        out.replace(rule.re, rule.replacement);
    return out;
}

QByteArray redact(const QByteArray& text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

void registerSecret(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < 6)
        return;
    QWriteLocker lock(&g_lock);
    g_secrets.insert(trimmed);
    // WordPress strips spaces from application passwords, so the compact form is the same secret.
    if (trimmed.contains(u' '))
        g_secrets.insert(QString(trimmed).remove(u' '));
}

void clearRegisteredSecrets()
{
    QWriteLocker lock(&g_lock);
    g_secrets.clear();
}

} // namespace Redaction
