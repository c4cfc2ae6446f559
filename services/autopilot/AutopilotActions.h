#pragma once

#include "Alerts.h"
#include "AutopilotSettings.h"
#include "Notifications.h"
#include "Reports.h"
#include "users/ChangeDoor.h"

#include <QObject>

#include <functional>

class SecretStore;
class WorkerPool;

// The autopilot through the one door: the owner sets its schedule and where alerts and reports go (the
// SMTP password into the keychain), sends a test message, makes a report now; everyone reads the open
// alerts and the reports kept. It follows the alerts raised by any process of the workspace (the event
// bus, and the doorbell in a team) and says which are new to this desk.
class AutopilotActions final : public QObject
{
    Q_OBJECT
public:
    AutopilotActions(const ChangeDoor& door, SecretStore* secrets, WorkerPool* pool, QObject* parent = nullptr);

    AutopilotSettings::Set settings() const;
    QString whyNot() const { return m_door.whyNot(); }
    bool hasSmtpPassword() const;
    // Saves the settings (audited); a non-empty password goes to the keychain, bound to the mail server
    // (done says how that went; at once when there is none).
    bool save(const AutopilotSettings::Set& settings, const QString& password, QString* error,
        std::function<void(const QString& error)> passwordDone = {});
    // A test alert, raised and resolved at once, so its e-mail and webhook go out as a real one would.
    // How many messages were queued (0: nothing is set up to receive one).
    int sendTest(QString* error);
    // How the last test's messages went (empty before a test): channel, target, state, error.
    QList<Notifications::State> testStates() const;

    QList<Alerts::Alert> openAlerts() const;
    QList<Reports::Stored> reports() const;
    QByteArray reportPdf(qint64 id) const;
    // Makes the report of the last complete day or week now (owners), or finds it when it was made.
    Reports::Made makeReport(ReportData::Period period);

signals:
    // Alerts raised since this desk last looked (by any process), oldest first.
    void alertsRaised(const QList<Alerts::Alert>& alerts);
    void changed();

private:
    void lookForNew();

    ChangeDoor m_door;
    SecretStore* m_secrets;
    WorkerPool* m_pool;
    // Alerts raised from here on are new to this desk; those raised at exactly m_since were told already.
    qint64 m_since = 0;
    QSet<qint64> m_toldAtSince;
    qint64 m_testAlert = 0;
};
