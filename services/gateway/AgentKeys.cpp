#include "AgentKeys.h"

#include "agents/Cluster.h"
#include "audit/AuditLog.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace AgentKeys
{

namespace
{
constexpr QLatin1StringView kPrefix{"qk_"};
// Stored in English, shown translated (Cluster::agentRoleText).
constexpr const char* kRole = QT_TRANSLATE_NOOP("AgentRoles", "External agent: proposes through the approval gateway");

QString contractJson(const Registration& r)
{
    return Json::compact(QJsonObject{{u"proposes"_s, QJsonArray::fromStringList(r.mayPropose)},
        {u"daily_proposals"_s, r.dailyLimit}, {u"reads"_s, QJsonArray()}, {u"budget_micros"_s, 0}});
}

ExternalAgent agentFrom(const QSqlQuery& q)
{
    const QJsonObject contract = Json::objectFromString(q.value(2).toString());
    return {q.value(0).toString(), q.value(1).toString(), Json::toStringList(contract.value(u"proposes"_s).toArray()),
        contract.value(u"daily_proposals"_s).toInt(), q.value(3).toBool()};
}

std::optional<qint64> optInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString insertKey(const QSqlDatabase& db, const QString& agent, const QString& actor, qint64 now)
{
    const QString key = newKey();
    Sql::insert(db, u"INSERT INTO gateway_keys (agent, prefix, hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)"_s,
        {agent, prefixOf(key), hashOf(key), now, actor});
    return key;
}
} // namespace

QString newKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return kPrefix
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashOf(const QString& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString prefixOf(const QString& key)
{
    return key.left(kPrefix.size() + 6);
}

QString whyNot(const QSqlDatabase& db, const Registration& r)
{
    const QString name = r.name.trimmed();
    if (name.isEmpty() || name.size() > 60)
        return QCoreApplication::translate("AgentKeys", "Give the agent a name (at most 60 characters).");
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM agents WHERE lower(name) = lower(?)"_s, {name}).toInt() > 0)
        return QCoreApplication::translate("AgentKeys", "An agent called %1 exists already.").arg(name);
    if (!Cluster::keys().contains(r.cluster))
        return QCoreApplication::translate("AgentKeys", "Choose the cluster the agent works in.");
    if (r.mayPropose.isEmpty())
        return QCoreApplication::translate("AgentKeys", "Choose at least one kind of action it may propose.");
    for (const QString& type : r.mayPropose) {
        if (ActionTypes::fromKey(type) == ActionType::Unknown)
            return QCoreApplication::translate("AgentKeys", "“%1” is not a kind of action.").arg(type);
    }
    if (r.dailyLimit < 0)
        return QCoreApplication::translate("AgentKeys", "The daily limit cannot be negative.");
    return {};
}

QString registerAgent(const QSqlDatabase& db, const Registration& r, const QString& actor, qint64 now)
{
    Sql::exec(db,
        u"INSERT INTO agents (name, cluster, role, kind, status, contract, updated_at) VALUES (?, ?, ?, 'external', "
        u"'offline', ?, ?)"_s,
        {r.name.trimmed(), r.cluster, QString::fromLatin1(kRole), contractJson(r), now});
    return insertKey(db, r.name.trimmed(), actor, now);
}

void update(const QSqlDatabase& db, const Registration& r, qint64 now)
{
    Sql::exec(db, u"UPDATE agents SET cluster = ?, contract = ?, updated_at = ? WHERE name = ? AND kind = 'external'"_s,
        {r.cluster, contractJson(r), now, r.name});
}

QString issue(const QSqlDatabase& db, const QString& agent, const QString& actor, qint64 now)
{
    return insertKey(db, agent, actor, now);
}

bool revoke(const QSqlDatabase& db, qint64 keyId, const QString& actor, const QString& machine, qint64 now)
{
    if (Sql::update(db, u"UPDATE gateway_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL"_s,
            {now, actor, keyId})
        == 0)
        return false;
    ExternalProposals::revokeWaiting(db, keyId, actor, machine, now);
    return true;
}

std::optional<ExternalProposals::Caller> verify(
    const QSqlDatabase& db, const QString& key, const QString& address, QString* why)
{
    if (!key.startsWith(kPrefix) || key.size() > 200) {
        *why = u"not a Quorum agent key (they start with qk_)"_s;
        return std::nullopt;
    }
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.id, k.agent, k.revoked_at, a.contract, a.name FROM gateway_keys k LEFT JOIN agents a ON a.name = "
        u"k.agent AND a.kind = 'external' WHERE k.hash = ?"_s,
        {hashOf(key)});
    if (!q.next()) {
        *why = u"unknown key"_s;
        return std::nullopt;
    }
    if (!q.value(2).isNull()) {
        *why = u"this key was revoked on %1"_s.arg(
            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC).toString(Qt::ISODate));
        return std::nullopt;
    }
    if (q.value(4).isNull()) {
        *why = u"the agent of this key is no longer registered"_s;
        return std::nullopt;
    }
    const QJsonObject contract = Json::objectFromString(q.value(3).toString());
    ExternalProposals::Caller c;
    c.keyId = q.value(0).toLongLong();
    c.agent = q.value(1).toString();
    c.address = address;
    c.mayPropose = Json::toStringList(contract.value(u"proposes"_s).toArray());
    c.dailyLimit = contract.value(u"daily_proposals"_s).toInt();
    return c;
}

bool isValid(const QSqlDatabase& db, qint64 keyId)
{
    QSqlQuery q = Sql::execCached(db,
        u"SELECT COUNT(*) FROM gateway_keys k JOIN agents a ON a.name = k.agent AND a.kind = 'external' WHERE k.id = ? "
        u"AND k.revoked_at IS NULL"_s,
        {keyId});
    return q.next() && q.value(0).toInt() > 0;
}

QList<qint64> invalid(const QSqlDatabase& db, const QList<qint64>& keyIds)
{
    if (keyIds.isEmpty())
        return {};
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.id FROM gateway_keys k WHERE k.id IN (%1) AND (k.revoked_at IS NOT NULL OR NOT EXISTS (SELECT 1 "
        u"FROM agents a WHERE a.name = k.agent AND a.kind = 'external'))"_s.arg(Sql::idList(keyIds)));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

void touch(const QSqlDatabase& db, qint64 keyId, const QString& address, qint64 now)
{
    Sql::exec(db, u"UPDATE gateway_keys SET last_used_at = ?, last_address = ? WHERE id = ?"_s, {now, address, keyId});
}

QList<ExternalAgent> agents(const QSqlDatabase& db)
{
    QSqlQuery q = Sql::exec(
        db, u"SELECT name, cluster, contract, paused FROM agents WHERE kind = 'external' ORDER BY lower(name)"_s);
    QList<ExternalAgent> out;
    while (q.next())
        out.append(agentFrom(q));
    return out;
}

std::optional<ExternalAgent> agent(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q = Sql::exec(
        db, u"SELECT name, cluster, contract, paused FROM agents WHERE kind = 'external' AND name = ?"_s, {name});
    if (!q.next())
        return std::nullopt;
    return agentFrom(q);
}

QList<Key> keys(const QSqlDatabase& db, const QString& agent)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, agent, prefix, created_at, created_by, last_used_at, last_address, revoked_at, "
        u"COALESCE(revoked_by, '') FROM gateway_keys WHERE ? = '' OR agent = ? ORDER BY agent, id"_s,
        {agent, agent});
    QList<Key> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toString(), optInt(q.value(5)), q.value(6).toString(), optInt(q.value(7)),
            q.value(8).toString()});
    return out;
}

} // namespace AgentKeys
