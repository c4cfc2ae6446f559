#pragma once

#include "LeadImport.h"
#include "users/ChangeDoor.h"

#include <QObject>

#include <atomic>
#include <memory>

class UserSession;

// Leads from the desktop, through one door. Importing a CSV reads, checks, scores and writes in the
// background on a connection of its own, with progress and a cancel; the territory the score measures
// against is an owner's setting (audited), and saving it scores every lead again in the background.
// Marking a lead (do not contact, contacted) is for those who decide; viewers change nothing. Every
// change is in the audit trail.
class LeadActions final : public QObject
{
    Q_OBJECT
public:
    LeadActions(
        const QString& databasePath, const ChangeDoor& door, const UserSession* session, QObject* parent = nullptr);
    ~LeadActions() override;

    // Why the session's user may not import or mark leads, or empty.
    QString whyNot() const;
    // Why the session's user may not change the territory (an owner's setting), or empty.
    QString whyNotTerritory() const { return m_door.whyNot(); }
    bool isBusy() const { return m_cancel != nullptr; }

    void importFile(const QString& path);
    void cancel();

    Leads::Territory territory() const;
    // Saves the territory (audited) and scores every lead again in the background (rescored() follows).
    bool saveTerritory(const Leads::Territory& territory, QString* error);
    // A person's mark: new or do_not_contact (audited).
    bool setStatus(qint64 leadId, const QString& status, QString* error);
    // Scores every lead again when an earlier rescoring was interrupted (call at workspace open).
    void resumeRescoring();

signals:
    void progress(qint64 done, qint64 total);
    // error is empty when the file was read; result.problems lists the rows refused.
    void imported(const LeadImport::Result& result, const QString& error);
    void rescored(int count, const QString& error);

private:
    void rescore(const Leads::Territory& territory);

    QString m_databasePath;
    ChangeDoor m_door;
    const UserSession* m_session;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
