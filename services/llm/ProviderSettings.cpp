#include "ProviderSettings.h"

#include "ProviderStore.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

ProviderSettings::ProviderSettings(const ChangeDoor& door)
    : m_door(door)
{ }

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
    const bool existed = ProviderStore::find(m_door.db(), config.id).has_value();
    return m_door.change(
        {u"settings.provider_saved"_s, u"provider:%1"_s.arg(config.id),
            QJsonObject{{u"created"_s, !existed}, {u"name"_s, config.name}, {u"kind"_s, config.kind},
                {u"url"_s, config.baseUrl.toString()}, {u"model"_s, config.model}, {u"key_from"_s, config.secretRef}},
            EventBus::Topic::Providers},
        [&](const QSqlDatabase& db) { ProviderStore::save(db, config); }, error);
}

bool ProviderSettings::remove(const QString& id, QString* error)
{
    return m_door.change(
        {u"settings.provider_removed"_s, u"provider:%1"_s.arg(id), {}, EventBus::Topic::Providers},
        [&](const QSqlDatabase& db) { ProviderStore::remove(db, id); }, error);
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
