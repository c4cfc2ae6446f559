#pragma once

#include "LlmTypes.h"
#include "users/ChangeDoor.h"

#include <functional>

class QObject;
class SecretStore;

// The AI providers of a workspace and which of them writes and reviews each kind of content, as a
// person changes them in Settings → Providers. Reads are direct; every change goes through the
// change door (owners only, audited, the views told).
class ProviderSettings
{
public:
    explicit ProviderSettings(const ChangeDoor& door, SecretStore* secrets = nullptr);

    QString whyNot() const { return m_door.whyNot(); }
    QList<ProviderConfig> providers() const;
    // The providers of a purpose ("write:copy") in fallback order, as stored (ids) and as resolved
    // after the defaults (configs).
    QStringList chainIds(const QString& purpose) const;
    QList<ProviderConfig> chain(const QString& purpose) const;

    // Refuses a key reference that is not the provider's own: "env:VARIABLE" (not one of Quorum's
    // QUORUM_SECRET_ variables) or "keychain:provider/…". When the address changes, a key in the
    // keychain was entered for the old one: it is removed, and must be entered again.
    bool save(const ProviderConfig& config, QString* error);
    // Stores the provider's key in the OS keychain, bound to its address, as "provider/<id>", and
    // points the provider at it. Owners only; done(error) on the context's thread.
    void saveKey(const QString& providerId, const QString& key, QObject* context,
        std::function<void(const QString& error)> done);
    // Empty when the reference is one a provider may use; else why not.
    static QString checkKeyReference(const QString& ref);
    static QString keychainKey(const QString& providerId) { return QStringLiteral("provider/") + providerId; }
    bool remove(const QString& id, QString* error);
    bool setChain(const QString& purpose, const QStringList& providerIds, QString* error);
    // Whether one model may review its own work (a shop with a single model). Owners only, audited.
    bool selfReviewAllowed() const;
    bool setSelfReviewAllowed(bool allowed, QString* error);

private:
    ChangeDoor m_door;
    SecretStore* m_secrets;
};
