#include "AuditCheckpoints.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

AuditCheckpoints::AuditCheckpoints(
    const QSqlDatabase& db, const QString& workspaceRoot, Keychain keychain, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_root(workspaceRoot)
    , m_keychain(std::move(keychain))
    , m_clock(clock)
{ }

void AuditCheckpoints::readKey(const QSqlDatabase& db, const QString& workspaceRoot, const Keychain& keychain,
    QObject* context, std::function<void(const AuditAnchor::Key& key)> done)
{
    AuditAnchor::Key none;
    try {
        none.anchorId = AuditAnchor::anchorId(db, workspaceRoot);
    } catch (const SqlError& e) {
        none.whyNoKey = e.message();
        done(none);
        return;
    }
    if (none.anchorId.isEmpty()) {
        none.whyNoKey = QCoreApplication::translate(
            "AuditAnchor", "not anchored yet: no checkpoint has been written for this workspace");
        done(none);
        return;
    }
    const auto available = keychain.available;
    keychain.read(AuditAnchor::keyName(none.anchorId), context,
        [none, available, done](const QString& error, const QString& value) mutable {
            if (!error.isEmpty()) {
                none.whyNoKey = available()
                    ? QCoreApplication::translate("AuditAnchor",
                        "not anchored: the keychain holds no key for this workspace's checkpoints (was it opened "
                        "under another account or on another computer?)")
                    : QCoreApplication::translate("AuditAnchor", "not anchored: no keychain");
                done(none);
                return;
            }
            const QByteArray key = QByteArray::fromBase64(value.toLatin1());
            if (key.size() != 32) {
                none.whyNoKey = QCoreApplication::translate(
                    "AuditAnchor", "not anchored: the keychain's key for this workspace's checkpoints is damaged");
                done(none);
                return;
            }
            none.key = key;
            done(none);
        });
}

void AuditCheckpoints::start()
{
    QString id;
    try {
        id = AuditAnchor::anchorId(m_db, m_root);
    } catch (const SqlError& e) {
        noKey(e.message());
        return;
    }
    if (!id.isEmpty()) {
        readKey(m_db, m_root, m_keychain, this, [this](const AuditAnchor::Key& k) {
            if (k.key.isEmpty())
                noKey(k.whyNoKey);
            else
                useKey(k.anchorId, k.key);
        });
        return;
    }
    // The first time: a new anchor, and its key in the keychain before anything refers to it.
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray key = AuditAnchor::newKey();
    m_keychain.write(
        AuditAnchor::keyName(newId), QString::fromLatin1(key.toBase64()), this, [this, newId, key](const QString& e) {
            if (!e.isEmpty()) {
                noKey(m_keychain.available()
                        ? QCoreApplication::translate("AuditAnchor", "not anchored: the keychain refused the key (%1)")
                              .arg(e)
                        : QCoreApplication::translate("AuditAnchor", "not anchored: no keychain"));
                return;
            }
            useKey(newId, key);
        });
}

void AuditCheckpoints::useKey(const QString& anchorId, const QByteArray& key)
{
    m_anchorId = anchorId;
    m_key = key;
    try {
        if (Settings::value(m_db, AuditAnchor::IdSetting) != anchorId)
            Settings::setValue(m_db, AuditAnchor::IdSetting, anchorId);
        const qint64 written = Settings::intValue(m_db, AuditAnchor::CountSetting, 0);
        const AuditAnchor::Reading r = AuditAnchor::read(AuditAnchor::filePath(m_root), anchorId, key);
        if (!r.checkpoints.isEmpty())
            m_last = r.checkpoints.constLast();
        // A damaged, shortened or missing anchor file is left as it is, for Verify to name: carrying on
        // after it would either be ignored (after a bad line) or wipe out the evidence (a new file).
        m_damaged = r.badLine > 0 || r.checkpoints.size() < written;
        if (m_damaged)
            qCWarning(lcAudit) << "the audit anchor is damaged; no more checkpoints are written until it is looked at";
    } catch (const SqlError& e) {
        qCWarning(lcAudit) << "audit anchor:" << e.message();
        m_damaged = true;
    }
    m_settled = true;
    qCInfo(lcAudit) << "audit trail anchored:" << m_last.n << "checkpoints so far";
    emit settled();
    checkpointNow();
    m_clock->callAfter(TickMs, this, [this] { tick(); });
}

void AuditCheckpoints::noKey(const QString& why)
{
    m_whyNoKey = why;
    m_settled = true;
    qCWarning(lcAudit) << "audit trail:" << why;
    emit settled();
}

void AuditCheckpoints::finish()
{
    if (m_finished)
        return;
    checkpointNow();
    m_finished = true;
}

AuditAnchor::Key AuditCheckpoints::key() const
{
    AuditAnchor::Key k{m_anchorId, m_key, m_whyNoKey};
    if (!m_settled)
        k.whyNoKey = QCoreApplication::translate("AuditAnchor", "not anchored: the keychain has not answered yet");
    return k;
}

void AuditCheckpoints::tick()
{
    if (m_finished)
        return;
    if (due())
        checkpointNow();
    m_clock->callAfter(TickMs, this, [this] { tick(); });
}

bool AuditCheckpoints::due() const
{
    try {
        const qint64 head = Sql::scalar(m_db, u"SELECT COALESCE(MAX(seq), 0) FROM audit_log"_s).toLongLong();
        const qint64 added = head - m_last.count;
        return added >= EveryEntries || (added > 0 && m_clock->nowMs() - m_last.at >= EveryMs);
    } catch (const SqlError& e) {
        qCWarning(lcAudit) << "audit anchor:" << e.message();
        return false;
    }
}

bool AuditCheckpoints::checkpointNow()
{
    if (m_key.isEmpty() || m_damaged || m_finished)
        return false;
    try {
        QSqlQuery q = Sql::exec(m_db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        if (!q.next())
            return false;
        AuditAnchor::Checkpoint c;
        c.count = q.value(0).toLongLong();
        c.headHash = q.value(1).toString();
        q.finish();
        if (c.count <= m_last.count)
            return false;
        // A checkpoint must not vouch for a chain that no longer holds what the last one saw.
        if (m_last.n > 0
            && Sql::scalar(m_db, u"SELECT hash FROM audit_log WHERE seq = ?"_s, {m_last.count}).toString()
                != m_last.headHash) {
            qCWarning(lcAudit) << "the audit trail no longer holds entry" << m_last.count
                               << "as the last checkpoint saw it; no checkpoint written";
            return false;
        }
        c.n = m_last.n + 1;
        c.at = m_clock->nowMs();
        c.prevMac = m_last.mac;
        c.mac = AuditAnchor::macOf(m_key, m_anchorId, c);
        QString error;
        if (!AuditAnchor::appendLine(
                AuditAnchor::filePath(m_root), AuditAnchor::lineOf(m_key, m_anchorId, c), &error)) {
            qCWarning(lcAudit) << error;
            return false;
        }
        m_last = c;
        Settings::setValue(m_db, AuditAnchor::CountSetting, c.n);
        return true;
    } catch (const SqlError& e) {
        qCWarning(lcAudit) << "audit anchor:" << e.message();
        return false;
    }
}
