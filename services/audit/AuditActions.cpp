#include "AuditActions.h"

#include "AuditAnchor.h"
#include "AuditCheckpoints.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "storage/BackgroundTask.h"
#include "storage/Sql.h"

#include <QCoreApplication>

AuditActions::AuditActions(const QString& databasePath, const QString& workspaceRoot, AuditCheckpoints* checkpoints,
    const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_workspaceRoot(workspaceRoot)
    , m_checkpoints(checkpoints)
    , m_clock(clock)
{ }

AuditActions::~AuditActions()
{
    cancel();
}

void AuditActions::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AuditActions::verify()
{
    if (isBusy())
        return;
    // The key as the session has it now: a keychain that has not answered yet is said so, not waited for.
    AuditAnchor::Key key;
    if (m_checkpoints)
        key = m_checkpoints->key();
    else
        key.whyNoKey = QCoreApplication::translate(
            "AuditAnchor", "not anchored: the demo workspace keeps nothing in the keychain");
    m_cancel = BackgroundTask::run<AuditLog::Verification>(
        m_databasePath, this,
        [root = m_workspaceRoot, key, now = m_clock->nowMs()](const BackgroundTask::Step& step) {
            try {
                return AuditAnchor::verify(
                    step.db, root, key, now, [&step](qint64 done, qint64 total) { return step.progress(done, total); });
            } catch (const SqlError& e) {
                qCWarning(lcAudit) << "cannot verify the audit trail:" << e.message();
                AuditLog::Verification v;
                v.ok = false;
                v.reason = e.message();
                return v;
            }
        },
        [this](qint64 done, qint64 total, const QString&) { emit progress(done, total); },
        [this](AuditLog::Verification v) {
            m_cancel.reset();
            emit verified(v);
        });
}

void AuditActions::exportTo(const QString& path, Format format)
{
    if (isBusy())
        return;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    m_cancel = BackgroundTask::run<Outcome>(
        m_databasePath, this,
        [path, format](const BackgroundTask::Step& step) {
            Outcome o;
            const auto progress = [&step](qint64 done, qint64 total) { return step.progress(done, total); };
            try {
                o.ok = format == Format::Json ? AuditLog::exportJson(step.db, path, &o.error, progress)
                                              : AuditLog::exportCsv(step.db, path, &o.error, progress);
            } catch (const SqlError& e) {
                qCWarning(lcAudit) << "cannot export the audit trail:" << e.message();
                o.error = e.message();
            }
            return o;
        },
        [this](qint64 done, qint64 total, const QString&) { emit progress(done, total); },
        [this, path](Outcome o) {
            m_cancel.reset();
            emit exported(o.ok, path, o.error);
        });
}
