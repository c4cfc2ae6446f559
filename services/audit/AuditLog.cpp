#include "AuditLog.h"

#include "core/Json.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace AuditLog
{

QByteArray canonicalPayload(const Entry& entry)
{
    QJsonObject o;
    o.insert(u"seq"_s, entry.seq);
    o.insert(u"at"_s, entry.at);
    o.insert(u"actor"_s, entry.actor);
    o.insert(u"action"_s, entry.action);
    o.insert(u"subject"_s, entry.subject);
    o.insert(u"details"_s, entry.details);
    return Json::canonical(o);
}

QByteArray hashOf(const QString& prevHash, const QByteArray& canonicalPayload)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonicalPayload);
    return h.result().toHex();
}

qint64 append(const QSqlDatabase& db, qint64 at, const QString& actor, const QString& action, const QString& subject,
    const QJsonObject& details)
{
    // PostgreSQL: writes for different subjects run side by side (Transaction::Subject); the chain's
    // read-the-last-then-append takes turns on a lock of its own, held to the commit.
    if (Dialect::isPostgres(db) && Sql::inTransaction(db))
        Sql::exec(db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(Transaction::kAuditLock));
    QSqlQuery last = Sql::exec(db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    Entry e;
    e.prevHash = GenesisHash;
    e.seq = 1;
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    e.at = at;
    e.actor = actor;
    e.action = action;
    e.subject = subject;
    e.details = details;
    const QByteArray payload = canonicalPayload(e);
    e.hash = QString::fromLatin1(hashOf(e.prevHash, payload));
    Sql::exec(db,
        u"INSERT INTO audit_log (seq, at, actor, action, subject, payload, prev_hash, hash) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {e.seq, e.at, e.actor, e.action, e.subject, QString::fromUtf8(payload), e.prevHash, e.hash});
    return e.seq;
}

namespace
{
qint64 entryCount(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM audit_log"_s).toLongLong();
}

// Every 2,000 entries: often enough for a progress bar, rarely enough to cost nothing.
bool report(const Progress& progress, qint64 done, qint64 total)
{
    return !progress || done % 2000 != 0 || progress(done, total);
}
} // namespace

Verification verify(const QSqlDatabase& db, const Progress& progress)
{
    Verification v;
    const qint64 total = progress ? entryCount(db) : 0;
    QSqlQuery q = Sql::exec(
        db, u"SELECT seq, at, actor, action, subject, payload, prev_hash, hash FROM audit_log ORDER BY seq"_s);
    QString expectedPrev = GenesisHash;
    qint64 expectedSeq = 1;
    auto fail = [&v](qint64 seq, const QString& reason) {
        v.ok = false;
        v.firstBrokenSeq = seq;
        v.reason = reason;
    };
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        ++v.checked;
        if (!report(progress, v.checked, total)) {
            v.ok = false;
            v.reason = QCoreApplication::translate("AuditLog", "cancelled after %1 entries").arg(v.checked);
            return v;
        }
        if (seq != expectedSeq) {
            fail(expectedSeq,
                QCoreApplication::translate("AuditLog", "entry %1 is missing (the next entry is %2)")
                    .arg(expectedSeq)
                    .arg(seq));
            return v;
        }
        const QByteArray payload = q.value(5).toString().toUtf8();
        QString parseError;
        const auto parsed = Json::parseObject(payload, &parseError);
        if (!parsed) {
            fail(seq,
                QCoreApplication::translate("AuditLog", "entry %1 is not valid JSON: %2").arg(seq).arg(parseError));
            return v;
        }
        Entry e;
        e.seq = seq;
        e.at = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.subject = q.value(4).toString();
        e.details = parsed->value(u"details"_s).toObject();
        // The columns are what people query and see: they must say exactly what was hashed.
        if (canonicalPayload(e) != Json::canonical(*parsed)) {
            fail(seq,
                QCoreApplication::translate(
                    "AuditLog", "entry %1 was changed: its fields no longer match what was signed")
                    .arg(seq));
            return v;
        }
        const QString prevHash = q.value(6).toString();
        if (prevHash != expectedPrev) {
            fail(seq,
                QCoreApplication::translate("AuditLog", "entry %1 does not follow entry %2 (previous hash differs)")
                    .arg(seq)
                    .arg(seq - 1));
            return v;
        }
        const QString hash = q.value(7).toString();
        if (QString::fromLatin1(hashOf(prevHash, payload)) != hash) {
            fail(seq,
                QCoreApplication::translate("AuditLog", "entry %1 was changed: its hash does not match its content")
                    .arg(seq));
            return v;
        }
        expectedPrev = hash;
        ++expectedSeq;
    }
    return v;
}

namespace
{

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString escaped = s;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool cancelled(QString* error)
{
    if (error)
        *error = QCoreApplication::translate("AuditLog", "The export was cancelled; no file was written.");
    return false;
}

} // namespace

bool exportCsv(const QSqlDatabase& db, const QString& path, QString* error, const Progress& progress)
{
    QString out = u"seq,time_utc,actor,action,subject,details,prev_hash,hash\n"_s;
    const qint64 total = progress ? entryCount(db) : 0;
    qint64 done = 0;
    QSqlQuery q = Sql::exec(
        db, u"SELECT seq, at, actor, action, subject, payload, prev_hash, hash FROM audit_log ORDER BY seq"_s);
    while (q.next()) {
        if (!report(progress, ++done, total))
            return cancelled(error);
        const QJsonObject payload = Json::objectFromString(q.value(5).toString());
        const QStringList fields{q.value(0).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            Json::compact(payload.value(u"details"_s).toObject()), q.value(6).toString(), q.value(7).toString()};
        QStringList escaped;
        for (const QString& f : fields)
            escaped.append(csvField(f));
        out += escaped.join(u',') + u'\n';
    }
    return writeFile(path, out.toUtf8(), error);
}

bool exportJson(const QSqlDatabase& db, const QString& path, QString* error, const Progress& progress)
{
    QJsonArray entries;
    const qint64 total = progress ? entryCount(db) : 0;
    qint64 done = 0;
    QSqlQuery q = Sql::exec(db, u"SELECT payload, prev_hash, hash FROM audit_log ORDER BY seq"_s);
    while (q.next()) {
        if (!report(progress, ++done, total))
            return cancelled(error);
        QJsonObject o;
        o.insert(u"entry"_s, Json::objectFromString(q.value(0).toString()));
        o.insert(u"prev_hash"_s, q.value(1).toString());
        o.insert(u"hash"_s, q.value(2).toString());
        entries.append(o);
    }
    QJsonObject doc;
    doc.insert(u"format"_s, u"quorum-audit-1"_s);
    doc.insert(u"hash"_s, u"sha256(prev_hash + \"\\n\" + canonical(entry))"_s);
    doc.insert(u"entries"_s, entries);
    return writeFile(path, QJsonDocument(doc).toJson(QJsonDocument::Indented), error);
}

} // namespace AuditLog
