#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

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

    // What the checkpoints outside the database (AuditAnchor) said. Unchecked: only the chain was
    // walked (verify() below); AuditAnchor::verify() sets the rest.
    enum class Anchor
    {
        Unchecked,
        Anchored,    // every checkpoint is signed and the chain still holds what each one saw
        Unsigned,    // the checkpoints agree, but their signatures could not be checked (no key)
        NotAnchored, // nothing outside the database vouches for the chain: anchorNote says why
        Broken       // the chain was rewritten or cut short, or the anchor file changed: reason says how
    };
    Anchor anchor = Anchor::Unchecked;
    QString anchorNote;
};
// Reports done of total entries now and then; returning false stops the walk (cancelled).
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Walks the whole chain and names the first entry that does not verify.
Verification verify(const QSqlDatabase& db, const Progress& progress = {});

QByteArray hashOf(const QString& prevHash, const QByteArray& canonicalPayload);
QByteArray canonicalPayload(const Entry& entry);

// Write the whole trail to path (atomically: a cancelled or failed export leaves no file).
bool exportCsv(const QSqlDatabase& db, const QString& path, QString* error, const Progress& progress = {});
bool exportJson(const QSqlDatabase& db, const QString& path, QString* error, const Progress& progress = {});

} // namespace AuditLog
