#pragma once

#include "AuditLog.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The audit trail's anchor: checkpoints of (entry count, head hash) kept outside the workspace
// database, so that rewriting the chain and recomputing its hashes, deleting and renumbering entries,
// or dropping the newest ones no longer verifies as intact.
//
// The anchor file (audit-anchor.jsonl in the workspace folder) is append-only, one checkpoint per
// line: compact JSON {ws, n, count, headHash, at, prevMac, mac}. mac is HMAC-SHA256 over the line's
// other fields (canonical JSON) with a random 32-byte key made once per workspace and kept only in
// the OS keychain; prevMac chains each checkpoint to the one before, so a line cannot be removed
// from the middle or reordered. The workspace database remembers the anchor's id and how many
// checkpoints were written (settings audit.anchor_id, audit.anchor_checkpoints), so a deleted or
// shortened anchor file is noticed too. AuditCheckpoints writes the checkpoints as the chain grows.
namespace AuditAnchor
{

inline constexpr QLatin1StringView FileName{"audit-anchor.jsonl"};
inline constexpr QLatin1StringView IdSetting{"audit.anchor_id"};
inline constexpr QLatin1StringView CountSetting{"audit.anchor_checkpoints"};

QString filePath(const QString& workspaceRoot);
// The keychain entry holding the anchor's key: "audit/anchor-key/<anchor id>".
QString keyName(const QString& anchorId);
// 32 random bytes from the system's generator.
QByteArray newKey();

struct Checkpoint
{
    qint64 n = 0;     // 1, 2, 3, ... in the file
    qint64 count = 0; // entries in the chain when it was written (= the head's seq)
    QString headHash; // the hash of entry `count`
    qint64 at = 0;    // ms since the epoch, from the injectable clock
    QString prevMac;  // the mac of checkpoint n - 1 (empty for the first)
    QString mac;
};

QString macOf(const QByteArray& key, const QString& anchorId, const Checkpoint& checkpoint);
// The checkpoint as one line of the anchor file (with its mac, ending in a newline).
QByteArray lineOf(const QByteArray& key, const QString& anchorId, Checkpoint checkpoint);
// Appends one line in a single write. False with a readable error when the file cannot be written.
bool appendLine(const QString& path, const QByteArray& line, QString* error);

struct Reading
{
    bool exists = false;
    QString anchorId;              // from the first line when the database no longer names it
    QList<Checkpoint> checkpoints; // those that read and (with a key) verify, in order
    // The first line that does not parse, is not signed by the key or does not follow the one before
    // (0: none). Everything from there on is ignored.
    qint64 badLine = 0;
};
// Reads the anchor file. With an empty key the macs are not checked (but the order still is).
Reading read(const QString& path, const QString& anchorId, const QByteArray& key);

// The anchor's id: the database's setting, or else the anchor file's first line (empty: never anchored).
QString anchorId(const QSqlDatabase& db, const QString& workspaceRoot);

// What the verifier knows about the key. An empty key with whyNoKey set means the checkpoints can be
// compared but not authenticated ("not anchored: no keychain").
struct Key
{
    QString anchorId;
    QByteArray key;
    QString whyNoKey;
};

// Walks the chain (AuditLog::verify) and then holds it against every checkpoint: a count the chain
// no longer reaches, a head hash that differs, a line the key did not sign, a missing anchor file.
// nowMs only decides how a checkpoint's time is written ("14:02" today, a date before that).
AuditLog::Verification verify(const QSqlDatabase& db, const QString& workspaceRoot, const Key& key, qint64 nowMs,
    const AuditLog::Progress& progress = {});

// "14:02" when at is today (local time), "12/11/2026 14:02" before.
QString when(qint64 atMs, qint64 nowMs);

} // namespace AuditAnchor
