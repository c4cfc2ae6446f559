#pragma once

#include "approvals/ExternalProposals.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// External agents and their API keys (DESIGN.md section 3). The owner registers an agent (its name, its
// cluster, the action types it may propose, how many proposals a day) and gets a key, shown once: only its
// SHA-256 hash is stored. A key is revocable; a revoked key is never accepted again and its agent's waiting
// proposals are revoked. Writes run inside the caller's transaction (GatewayActions audits them).
namespace AgentKeys
{

struct Registration
{
    QString name;
    QString cluster;
    QStringList mayPropose; // action type keys
    int dailyLimit = 1000;  // proposals a day; 0: no limit
};

struct Key
{
    qint64 id = 0;
    QString agent;
    QString prefix; // "qk_3f9a2c", to tell keys apart
    qint64 createdAt = 0;
    QString createdBy;
    std::optional<qint64> lastUsedAt;
    QString lastAddress;
    std::optional<qint64> revokedAt;
    QString revokedBy;
};

struct ExternalAgent
{
    QString name;
    QString cluster;
    QStringList mayPropose;
    int dailyLimit = 0;
    bool paused = false;
};

// A new key: "qk_" and 43 characters of 32 random bytes (base64url).
QString newKey();
QString hashOf(const QString& key);
QString prefixOf(const QString& key);

// Why the registration cannot be made (a name in use, no action type, an unknown cluster), or empty.
QString whyNot(const QSqlDatabase& db, const Registration& r);
// Adds the agent (kind external) and its first key; returns the key.
QString registerAgent(const QSqlDatabase& db, const Registration& r, const QString& actor, qint64 now);
// Changes what a registered agent may propose and its daily limit.
void update(const QSqlDatabase& db, const Registration& r, qint64 now);
// Another key for a registered agent (to replace one without a gap); returns the key.
QString issue(const QSqlDatabase& db, const QString& agent, const QString& actor, qint64 now);
// Revokes the key: false when it is unknown or revoked already. Its agent's waiting proposals are revoked.
bool revoke(const QSqlDatabase& db, qint64 keyId, const QString& actor, const QString& machine, qint64 now);

// The caller a key stands for, or nothing with *why ("unknown key", "revoked on ...").
std::optional<ExternalProposals::Caller> verify(
    const QSqlDatabase& db, const QString& key, const QString& address, QString* why);
// Whether the key is still valid (not revoked, its agent registered): one cached statement, for every
// batch of requests.
bool isValid(const QSqlDatabase& db, qint64 keyId);
// Of the given keys, those no longer valid (revoked, or their agent removed).
QList<qint64> invalid(const QSqlDatabase& db, const QList<qint64>& keyIds);
// Records that the key was used now from address (at most once a minute per key: callers throttle).
void touch(const QSqlDatabase& db, qint64 keyId, const QString& address, qint64 now);

QList<ExternalAgent> agents(const QSqlDatabase& db);
std::optional<ExternalAgent> agent(const QSqlDatabase& db, const QString& name);
QList<Key> keys(const QSqlDatabase& db, const QString& agent = {});

} // namespace AgentKeys
