#pragma once

#include "LlmTypes.h"
#include "users/ChangeDoor.h"

// The AI providers of a workspace and which of them writes and reviews each kind of content, as a
// person changes them in Settings → Providers. Reads are direct; every change goes through the
// change door (owners only, audited, the views told).
class ProviderSettings
{
public:
    explicit ProviderSettings(const ChangeDoor& door);

    QString whyNot() const { return m_door.whyNot(); }
    QList<ProviderConfig> providers() const;
    // The providers of a purpose ("write:copy") in fallback order, as stored (ids) and as resolved
    // after the defaults (configs).
    QStringList chainIds(const QString& purpose) const;
    QList<ProviderConfig> chain(const QString& purpose) const;

    bool save(const ProviderConfig& config, QString* error);
    bool remove(const QString& id, QString* error);
    bool setChain(const QString& purpose, const QStringList& providerIds, QString* error);

private:
    ChangeDoor m_door;
};
