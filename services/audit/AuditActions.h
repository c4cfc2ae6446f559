#pragma once

#include "AuditLog.h"

#include <QPointer>

#include <QObject>

#include <atomic>
#include <memory>

class AuditCheckpoints;
class Clock;

// Verify and export the audit trail from the desktop: both walk every entry, so they run in the
// background on a connection of their own, report progress, and can be cancelled. The result comes
// back on the thread that asked. Verify holds the chain against the checkpoints outside the database
// (AuditAnchor) with the key the session's AuditCheckpoints read from the keychain; without
// checkpoints (null, or no keychain) it says the trail is not anchored.
class AuditActions final : public QObject
{
    Q_OBJECT
public:
    AuditActions(const QString& databasePath, const QString& workspaceRoot, AuditCheckpoints* checkpoints,
        const Clock* clock, QObject* parent = nullptr);
    ~AuditActions() override;

    enum class Format
    {
        Csv,
        Json
    };

    void verify();
    void exportTo(const QString& path, Format format);
    void cancel();
    bool isBusy() const { return m_cancel != nullptr; }

signals:
    void progress(qint64 done, qint64 total);
    void verified(const AuditLog::Verification& result);
    // ok false: error says why (cancelled, cannot write); nothing was written then.
    void exported(bool ok, const QString& path, const QString& error);

private:
    QString m_databasePath;
    QString m_workspaceRoot;
    QPointer<AuditCheckpoints> m_checkpoints;
    const Clock* m_clock;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
