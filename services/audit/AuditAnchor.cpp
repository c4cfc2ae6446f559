#include "AuditAnchor.h"

#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <optional>

using namespace Qt::StringLiterals;

namespace AuditAnchor
{

namespace
{

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QJsonObject signedFields(const QString& anchorId, const Checkpoint& c)
{
    return QJsonObject{{u"ws"_s, anchorId}, {u"n"_s, c.n}, {u"count"_s, c.count}, {u"headHash"_s, c.headHash},
        {u"at"_s, c.at}, {u"prevMac"_s, c.prevMac}};
}

std::optional<Checkpoint> parseLine(const QByteArray& line, QString* ws)
{
    QString error;
    const auto o = Json::parseObject(line, &error);
    if (!o)
        return std::nullopt;
    Checkpoint c;
    c.n = o->value(u"n"_s).toInteger();
    c.count = o->value(u"count"_s).toInteger(-1);
    c.headHash = o->value(u"headHash"_s).toString();
    c.at = o->value(u"at"_s).toInteger();
    c.prevMac = o->value(u"prevMac"_s).toString();
    c.mac = o->value(u"mac"_s).toString();
    *ws = o->value(u"ws"_s).toString();
    if (c.n <= 0 || c.count < 0 || c.mac.isEmpty())
        return std::nullopt;
    return c;
}

// The hash of entry seq, or empty when there is no such entry.
QString hashAt(const QSqlDatabase& db, qint64 seq)
{
    return Sql::scalar(db, u"SELECT hash FROM audit_log WHERE seq = ?"_s, {seq}).toString();
}

} // namespace

QString filePath(const QString& workspaceRoot)
{
    return QDir(workspaceRoot).filePath(FileName);
}

QString keyName(const QString& anchorId)
{
    return u"audit/anchor-key/"_s + anchorId;
}

QByteArray newKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

QString macOf(const QByteArray& key, const QString& anchorId, const Checkpoint& checkpoint)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        Json::canonical(signedFields(anchorId, checkpoint)), key, QCryptographicHash::Sha256)
                                   .toHex());
}

QByteArray lineOf(const QByteArray& key, const QString& anchorId, Checkpoint checkpoint)
{
    QJsonObject o = signedFields(anchorId, checkpoint);
    o.insert(u"mac"_s, macOf(key, anchorId, checkpoint));
    return Json::canonical(o) + '\n';
}

bool appendLine(const QString& path, const QByteArray& line, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(line) != line.size() || !f.flush()) {
        if (error)
            *error = QCoreApplication::translate("AuditAnchor", "Cannot write the audit anchor %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

Reading read(const QString& path, const QString& anchorId, const QByteArray& key)
{
    Reading r;
    QFile f(path);
    if (!f.exists())
        return r;
    r.exists = true;
    if (!f.open(QIODevice::ReadOnly)) {
        r.badLine = 1;
        return r;
    }
    const QByteArray all = f.readAll();
    QList<QByteArray> lines = all.split('\n');
    // A last line without its newline is a write cut short by a crash, not a checkpoint.
    lines.removeLast();
    QString expectedWs = anchorId;
    QString prevMac;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString ws;
        const auto c = parseLine(lines.at(i), &ws);
        if (i == 0 && c && r.anchorId.isEmpty())
            r.anchorId = ws;
        if (expectedWs.isEmpty())
            expectedWs = ws;
        const bool follows = c && ws == expectedWs && c->n == i + 1 && c->prevMac == prevMac
            && (r.checkpoints.isEmpty() || c->count >= r.checkpoints.constLast().count);
        if (!follows || (!key.isEmpty() && macOf(key, ws, *c) != c->mac)) {
            r.badLine = i + 1;
            return r;
        }
        r.checkpoints.append(*c);
        prevMac = c->mac;
    }
    return r;
}

QString anchorId(const QSqlDatabase& db, const QString& workspaceRoot)
{
    const QString id = Settings::value(db, IdSetting);
    if (!id.isEmpty())
        return id;
    return read(filePath(workspaceRoot), {}, {}).anchorId;
}

QString when(qint64 atMs, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QLocale locale;
    if (at.date() == now.date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

AuditLog::Verification verify(const QSqlDatabase& db, const QString& workspaceRoot, const Key& key, qint64 nowMs,
    const AuditLog::Progress& progress)
{
    using Anchor = AuditLog::Verification::Anchor;
    AuditLog::Verification v = AuditLog::verify(db, progress);
    if (!v.ok) {
        v.anchor = Anchor::Unchecked;
        return v;
    }
    const auto broken = [&v](qint64 firstBroken, const QString& reason) {
        v.ok = false;
        v.anchor = Anchor::Broken;
        v.firstBrokenSeq = firstBroken;
        v.reason = reason;
        return v;
    };
    const QString path = filePath(workspaceRoot);
    const QString file = QDir::toNativeSeparators(path);
    const QString dbId = Settings::value(db, IdSetting);
    const qint64 written = Settings::intValue(db, CountSetting, 0);
    const QString id = !key.anchorId.isEmpty() ? key.anchorId : anchorId(db, workspaceRoot);
    const Reading reading = read(path, id, key.key);

    if (!reading.exists) {
        if (!dbId.isEmpty() && written > 0)
            return broken(0,
                QCoreApplication::translate("AuditAnchor",
                    "the audit anchor %1 is missing, but this workspace wrote %2 checkpoints to it: it was deleted or "
                    "moved, and the trail can no longer be held against it")
                    .arg(file, number(written)));
        v.anchor = Anchor::NotAnchored;
        v.anchorNote = !key.whyNoKey.isEmpty()
            ? key.whyNoKey
            : QCoreApplication::translate(
                "AuditAnchor", "not anchored yet: no checkpoint has been written for this workspace");
        return v;
    }
    if (!dbId.isEmpty() && !reading.anchorId.isEmpty() && reading.anchorId != dbId)
        return broken(0,
            QCoreApplication::translate("AuditAnchor", "the audit anchor %1 belongs to another workspace").arg(file));
    if (reading.badLine > 0)
        return broken(0,
            QCoreApplication::translate("AuditAnchor",
                "line %1 of the audit anchor %2 is not a checkpoint this workspace's key signed after the one "
                "before: the anchor file was changed")
                .arg(reading.badLine)
                .arg(file));
    const QList<Checkpoint>& cps = reading.checkpoints;
    if (cps.size() < written)
        return broken(0,
            QCoreApplication::translate(
                "AuditAnchor", "the audit anchor %1 ends after checkpoint %2 of %3: its last checkpoints were removed")
                .arg(file, number(cps.size()), number(written)));
    if (cps.isEmpty()) {
        v.anchor = Anchor::NotAnchored;
        v.anchorNote = !key.whyNoKey.isEmpty()
            ? key.whyNoKey
            : QCoreApplication::translate(
                "AuditAnchor", "not anchored yet: no checkpoint has been written for this workspace");
        return v;
    }

    // The chain holds together, so once a checkpoint's head still matches, every earlier one does too:
    // find the first that no longer matches among those the chain still reaches.
    const qint64 total = v.checked;
    qsizetype reached = 0;
    while (reached < cps.size() && cps.at(reached).count <= total)
        ++reached;
    const auto matches = [&](qsizetype i) {
        const Checkpoint& c = cps.at(i);
        return c.count == 0 ? c.headHash == AuditLog::GenesisHash : hashAt(db, c.count) == c.headHash;
    };
    qsizetype lo = 0;
    qsizetype hi = reached; // the first mismatch lies in [lo, hi]; hi == reached: none
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (matches(mid))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < reached) {
        const Checkpoint& c = cps.at(lo);
        const qint64 from = lo > 0 ? cps.at(lo - 1).count + 1 : 1;
        return broken(from,
            QCoreApplication::translate("AuditAnchor",
                "entries %1–%2 were rewritten and their hashes recomputed: entry %2 is not the entry the checkpoint "
                "at %3 saw (entries were changed, removed or renumbered)")
                .arg(number(from), number(c.count), when(c.at, nowMs)));
    }
    const Checkpoint& last = cps.constLast();
    if (last.count > total)
        return broken(total + 1,
            QCoreApplication::translate("AuditAnchor", "entries after %1 are missing; the last checkpoint at %2 saw %3")
                .arg(number(total), when(last.at, nowMs), number(last.count)));

    if (key.key.isEmpty()) {
        v.anchor = Anchor::Unsigned;
        v.anchorNote
            = QCoreApplication::translate(
                "AuditAnchor", "%1; the checkpoints agree with the trail, but their signatures could not be checked")
                  .arg(key.whyNoKey.isEmpty() ? QCoreApplication::translate("AuditAnchor", "not anchored: no key")
                                              : key.whyNoKey);
        return v;
    }
    v.anchor = Anchor::Anchored;
    const qint64 newer = total - last.count;
    v.anchorNote = newer > 0
        ? QCoreApplication::translate("AuditAnchor",
            "anchored: the last checkpoint at %1 saw %2 entries; the %3 newer ones are not checkpointed yet")
              .arg(when(last.at, nowMs), number(last.count), number(newer))
        : QCoreApplication::translate("AuditAnchor", "anchored: the last checkpoint at %1 saw all %2 entries")
              .arg(when(last.at, nowMs), number(last.count));
    return v;
}

} // namespace AuditAnchor
