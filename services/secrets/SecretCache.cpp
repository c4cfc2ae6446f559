#include "SecretCache.h"

#include "core/Redaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<QString> SecretCache::resolve(const QString& ref, QString* error) const
{
    if (ref.isEmpty())
        return QString();
    if (ref.startsWith(u"env:"_s)) {
        const QString name = ref.mid(4);
        const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
        if (value.isEmpty()) {
            if (error)
                *error
                    = QCoreApplication::translate("SecretCache", "The environment variable %1 is not set.").arg(name);
            return std::nullopt;
        }
        Redaction::registerSecret(value);
        return value;
    }
    if (ref.startsWith(u"keychain:"_s)) {
        QReadLocker lock(&m_lock);
        auto it = m_values.constFind(ref.mid(9));
        if (it != m_values.constEnd())
            return it.value();
        if (error)
            *error = QCoreApplication::translate("SecretCache",
                "The secret %1 is not available: it is not in the system keychain, or the keychain is locked.")
                         .arg(ref.mid(9));
        return std::nullopt;
    }
    if (error)
        *error = QCoreApplication::translate("SecretCache", "Unknown kind of secret reference: %1")
                     .arg(ref.section(u':', 0, 0));
    return std::nullopt;
}

void SecretCache::put(const QString& key, const QString& value)
{
    Redaction::registerSecret(value);
    QWriteLocker lock(&m_lock);
    m_values.insert(key, value);
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

void SecretCache::clear()
{
    QWriteLocker lock(&m_lock);
    m_values.clear();
}
