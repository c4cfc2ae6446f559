#include "SecretCache.h"

#include "core/Origin.h"
#include "core/Redaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretCache", text);
}
} // namespace

QString SecretCache::originOf(const QUrl& url)
{
    return ::originOf(url);
}

QString SecretCache::keychainKey(const QString& ref)
{
    return ref.startsWith(u"keychain:"_s) ? ref.mid(9) : QString();
}

bool SecretCache::isReservedEnvironmentName(const QString& name)
{
    return name.startsWith(u"QUORUM_SECRET_"_s, Qt::CaseInsensitive);
}

std::optional<QString> SecretCache::resolveFor(
    const QString& ref, const QUrl& destination, const QString& ownerPrefix, QString* error) const
{
    if (ref.isEmpty())
        return QString();
    if (ref.startsWith(u"env:"_s)) {
        const QString name = ref.mid(4);
        if (isReservedEnvironmentName(name)) {
            if (error)
                *error = tr("The environment variable %1 holds a secret Quorum keeps for a connection; a provider "
                            "cannot use it. Name the provider's own variable or enter its key.")
                             .arg(name);
            return std::nullopt;
        }
        const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
        if (value.isEmpty()) {
            if (error)
                *error = tr("The environment variable %1 is not set.").arg(name);
            return std::nullopt;
        }
        Redaction::registerSecret(value);
        return value;
    }
    const QString key = keychainKey(ref);
    if (key.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of secret reference: %1").arg(ref.section(u':', 0, 0));
        return std::nullopt;
    }
    if (ownerPrefix.isEmpty() || !key.startsWith(ownerPrefix)) {
        if (error)
            *error = tr("The secret %1 belongs to something else and is not sent for it. Enter this one's own key.")
                         .arg(key);
        return std::nullopt;
    }
    QReadLocker lock(&m_lock);
    auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        if (error)
            *error = tr("The secret %1 is not available: it is not in the system keychain, or the keychain is "
                        "locked.")
                         .arg(key);
        return std::nullopt;
    }
    const QString to = originOf(destination);
    if (it->origin.isEmpty() || it->origin != to) {
        if (error)
            *error = it->origin.isEmpty()
                ? tr("The secret %1 was not saved for any address, so it is not sent to %2. Enter it again.")
                      .arg(key, to)
                : tr("The secret %1 was saved for %2 and is only ever sent there, not to %3. The address changed: "
                     "an owner must enter the secret again for the new address.")
                      .arg(key, it->origin, to);
        return std::nullopt;
    }
    return it->value;
}

void SecretCache::put(const QString& key, const QString& value, const QString& origin)
{
    Redaction::registerSecret(value);
    QWriteLocker lock(&m_lock);
    m_values.insert(key, Entry{value, origin});
}

void SecretCache::remove(const QString& key)
{
    QWriteLocker lock(&m_lock);
    m_values.remove(key);
}

bool SecretCache::contains(const QString& key) const
{
    QReadLocker lock(&m_lock);
    return m_values.contains(key);
}

QString SecretCache::savedOrigin(const QString& key) const
{
    QReadLocker lock(&m_lock);
    return m_values.value(key).origin;
}

void SecretCache::clear()
{
    QWriteLocker lock(&m_lock);
    m_values.clear();
}
