#include "AuditVerifyRun.h"

#include "audit/AuditCheckpoints.h"
#include "core/Clock.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

AuditVerifyRun::AuditVerifyRun(const CommandLine& options, std::FILE* out, std::FILE* err, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{ }

AuditVerifyRun::~AuditVerifyRun()
{
    delete m_secrets;
    m_secrets = nullptr;
}

void AuditVerifyRun::say(const QString& line)
{
    std::fprintf(m_out, "%s\n", qPrintable(line));
    std::fflush(m_out);
}

bool AuditVerifyRun::start()
{
    const QString dir = m_options.workspace;
    // Verifying never creates a workspace: a mistyped folder is said as such.
    if (!QFileInfo::exists(QDir(dir).filePath(u"quorum.db"_s))) {
        std::fprintf(m_err, "quorum: %s\n",
            qPrintable(tr("There is no workspace in %1 (no quorum.db there).").arg(QDir::toNativeSeparators(dir))));
        m_exitCode = CannotVerify;
        return false;
    }
    QString error;
    m_workspace = Workspace::open(dir, &error);
    if (!m_workspace) {
        std::fprintf(m_err, "quorum: %s\n", qPrintable(tr("Cannot open the workspace %1: %2").arg(dir, error)));
        m_exitCode = CannotVerify;
        return false;
    }
    m_cache = std::make_unique<SecretCache>();
    m_secrets = new SecretStore(m_workspace->db(), m_cache.get(), Clock::system());
    // From the event loop, so that finished() always comes after start() returned.
    QMetaObject::invokeMethod(
        this,
        [this] {
            AuditCheckpoints::readKey(m_workspace->db(), m_workspace->root(), AuditCheckpoints::keychainOf(m_secrets),
                this, [this](const AuditAnchor::Key& key) { verify(key); });
        },
        Qt::QueuedConnection);
    return true;
}

void AuditVerifyRun::verify(const AuditAnchor::Key& key)
{
    using Anchor = AuditLog::Verification::Anchor;
    AuditLog::Verification v;
    try {
        v = AuditAnchor::verify(m_workspace->db(), m_workspace->root(), key, Clock::system()->nowMs());
    } catch (const SqlError& e) {
        std::fprintf(m_err, "quorum: %s\n", qPrintable(tr("Cannot read the audit trail: %1").arg(e.message())));
        m_exitCode = CannotVerify;
        emit finished(m_exitCode);
        return;
    }
    if (!v.ok) {
        say(v.anchor == Anchor::Broken
                ? tr("The audit trail was changed: %1.").arg(v.reason)
                : tr("The audit trail was changed: entry %1 is the first that does not verify (%2).")
                      .arg(QLocale().toString(v.firstBrokenSeq), v.reason));
        m_exitCode = Changed;
    } else {
        say(tr("The audit trail is intact: %1 entries, each chained to the one before.")
                .arg(QLocale().toString(v.checked)));
        if (!v.anchorNote.isEmpty())
            say(v.anchorNote.left(1).toUpper() + v.anchorNote.mid(1) + u'.');
        m_exitCode = v.anchor == Anchor::Anchored ? Intact : NotAnchored;
    }
    emit finished(m_exitCode);
}
