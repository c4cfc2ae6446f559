#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The append-only audit trail. Each entry is canonical JSON (sorted keys, compact, UTF-8) holding
// seq, time, actor, action, subject and details; its hash is SHA-256 over the previous entry's hash
// and that JSON, so changing, removing or reordering any entry breaks the chain from there on.
namespace AuditLog
{

inline constexpr QLatin1StringView GenesisHash{"0000000000000000000000000000000000000000000000000000000000000000"};

struct Entry
{
    qint64 seq = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QString subject;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

// Appends one entry. Must run inside a write transaction (Transaction), which serialises appends so
// two writers can never fork the chain. Returns the new entry's seq.
qint64 append(const QSqlDatabase& db, qint64 at, const QString& actor, const QString& action, const QString& subject,
    const QJsonObject& details);

struct Verification
{
    bool ok = true;
    qint64 checked = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;
};
// Walks the whole chain and names the first entry that does not verify.
Verification verify(const QSqlDatabase& db);

QByteArray hashOf(const QString& prevHash, const QByteArray& canonicalPayload);
QByteArray canonicalPayload(const Entry& entry);

bool exportCsv(const QSqlDatabase& db, const QString& path, QString* error);
bool exportJson(const QSqlDatabase& db, const QString& path, QString* error);

} // namespace AuditLog
