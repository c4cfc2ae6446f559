#include "ProviderSettings.h"

#include "ProviderStore.h"
#include "core/Json.h"
#include "core/Log.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderSettings::ProviderSettings(const ChangeDoor& door, SecretStore* secrets)
    : m_door(door)
    , m_secrets(secrets)
{ }

QString ProviderSettings::checkKeyReference(const QString& ref)
{
    if (ref.isEmpty())
        return {};
    if (ref.startsWith(u"env:"_s)) {
        const QString name = ref.mid(4);
        if (name.isEmpty())
            return QCoreApplication::translate("ProviderSettings", "Name the environment variable after env:.");
        if (SecretCache::isReservedEnvironmentName(name))
            return QCoreApplication::translate(
                "ProviderSettings", "%1 holds a secret Quorum keeps for a store connection; a provider cannot use it.")
                .arg(name);
        return {};
    }
    if (ref.startsWith(u"keychain:provider/"_s) && ref.size() > 18)
        return {};
    if (ref.startsWith(u"keychain:"_s))
        return QCoreApplication::translate("ProviderSettings",
            "A provider can only use a provider's key from the keychain (keychain:provider/…); %1 belongs to "
            "something else.")
            .arg(ref.mid(9));
    return QCoreApplication::translate(
        "ProviderSettings", "Say where the key lives: env:VARIABLE, or enter the key to keep it in the keychain.");
}

QList<ProviderConfig> ProviderSettings::providers() const
{
    try {
        return ProviderStore::all(m_door.db());
    } catch (const SqlError& e) {
        qCWarning(lcLlm) << "cannot read the providers:" << e.message();
        return {};
    }
}

QStringList ProviderSettings::chainIds(const QString& purpose) const
{
    try {
        return ProviderStore::chainIds(m_door.db(), purpose);
    } catch (const SqlError& e) {
        qCWarning(lcLlm) << "cannot read the providers of" << purpose << ":" << e.message();
        return {};
    }
}

QList<ProviderConfig> ProviderSettings::chain(const QString& purpose) const
{
    try {
        return ProviderStore::chain(m_door.db(), purpose);
    } catch (const SqlError& e) {
        qCWarning(lcLlm) << "cannot read the providers of" << purpose << ":" << e.message();
        return {};
    }
}

bool ProviderSettings::save(const ProviderConfig& config, QString* error)
{
    if (const QString why = checkKeyReference(config.secretRef); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const auto before = ProviderStore::find(m_door.db(), config.id);
    const bool existed = before.has_value();
    const bool moved = existed && SecretCache::originOf(before->baseUrl) != SecretCache::originOf(config.baseUrl);
    if (!m_door.change(
            {u"settings.provider_saved"_s, u"provider:%1"_s.arg(config.id),
                QJsonObject{{u"created"_s, !existed}, {u"name"_s, config.name}, {u"kind"_s, config.kind},
                    {u"url"_s, config.baseUrl.toString()}, {u"model"_s, config.model},
                    {u"key_from"_s, config.secretRef}, {u"address_changed"_s, moved}},
                EventBus::Topic::Providers},
            [&](const QSqlDatabase& db) { ProviderStore::save(db, config); }, error))
        return false;
    const QString ownKey = keychainKey(config.id);
    if (moved && m_secrets
        && (before->secretRef == u"keychain:"_s + ownKey || config.secretRef == u"keychain:"_s + ownKey)) {
        // The key was entered for the old address: it goes, and is asked for again.
        m_secrets->remove(ownKey, nullptr, [id = config.id](const QString& e) {
            if (!e.isEmpty())
                qCWarning(lcLlm) << "could not remove the key of" << id << "after its address changed:" << e;
        });
    }
    return true;
}

void ProviderSettings::saveKey(
    const QString& providerId, const QString& key, QObject* context, std::function<void(const QString&)> done)
{
    if (const QString why = m_door.whyNot(); !why.isEmpty()) {
        done(why);
        return;
    }
    auto config = ProviderStore::find(m_door.db(), providerId);
    if (!config || !m_secrets) {
        done(QCoreApplication::translate("ProviderSettings", "Save the provider first."));
        return;
    }
    const QString origin = SecretCache::originOf(config->baseUrl);
    m_secrets->writeFor(keychainKey(providerId), key, origin, 0, context,
        [this, config = *config, providerId, done](const QString& e) mutable {
            if (!e.isEmpty()) {
                done(e);
                return;
            }
            const QString ref = u"keychain:"_s + keychainKey(providerId);
            QString error;
            if (config.secretRef != ref) {
                config.secretRef = ref;
                save(config, &error);
            }
            done(error);
        });
}

bool ProviderSettings::remove(const QString& id, QString* error)
{
    const auto before = ProviderStore::find(m_door.db(), id);
    if (!m_door.change(
            {u"settings.provider_removed"_s, u"provider:%1"_s.arg(id), {}, EventBus::Topic::Providers},
            [&](const QSqlDatabase& db) { ProviderStore::remove(db, id); }, error))
        return false;
    if (m_secrets && before && before->secretRef == u"keychain:"_s + keychainKey(id))
        m_secrets->remove(keychainKey(id), nullptr, [id](const QString& e) {
            if (!e.isEmpty())
                qCWarning(lcLlm) << "could not remove the key of the removed provider" << id << ":" << e;
        });
    return true;
}

bool ProviderSettings::selfReviewAllowed() const
{
    return Settings::boolValue(m_door.db(), QString(SettingKeys::SelfReview), false);
}

bool ProviderSettings::setSelfReviewAllowed(bool allowed, QString* error)
{
    if (selfReviewAllowed() == allowed)
        return true;
    return m_door.change(
        {u"settings.self_review"_s, u"gate"_s, QJsonObject{{u"allowed"_s, allowed}}, EventBus::Topic::Providers},
        [&](const QSqlDatabase& db) {
            Settings::setValue(db, QString(SettingKeys::SelfReview), allowed ? u"1"_s : u"0"_s);
        },
        error);
}

bool ProviderSettings::setChain(const QString& purpose, const QStringList& providerIds, QString* error)
{
    if (ProviderStore::chainIds(m_door.db(), purpose) == providerIds)
        return true;
    return m_door.change(
        {u"settings.providers_assigned"_s, u"purpose:%1"_s.arg(purpose),
            QJsonObject{{u"providers"_s, Json::fromStringList(providerIds)}}, EventBus::Topic::Providers},
        [&](const QSqlDatabase& db) { ProviderStore::setChain(db, purpose, providerIds); }, error);
}
