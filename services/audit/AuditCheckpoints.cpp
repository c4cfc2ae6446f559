#include "AuditCheckpoints.h"

// Not written yet: the tests come first.
AuditCheckpoints::AuditCheckpoints(
    const QSqlDatabase& db, const QString& workspaceRoot, Keychain keychain, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_root(workspaceRoot)
    , m_keychain(std::move(keychain))
    , m_clock(clock)
{ }

void AuditCheckpoints::start()
{
    m_settled = true;
    emit settled();
}

void AuditCheckpoints::finish()
{
    m_finished = true;
}

bool AuditCheckpoints::checkpointNow()
{
    return false;
}

AuditAnchor::Key AuditCheckpoints::key() const
{
    return {m_anchorId, m_key, m_whyNoKey};
}

void AuditCheckpoints::useKey(const QString&, const QByteArray&)
{ }
void AuditCheckpoints::noKey(const QString&)
{ }
void AuditCheckpoints::tick()
{ }
bool AuditCheckpoints::due() const
{
    return false;
}

void AuditCheckpoints::readKey(
    const QSqlDatabase&, const QString&, const Keychain&, QObject*, std::function<void(const AuditAnchor::Key&)> done)
{
    done({});
}
