#pragma once

#include "Mailer.h"
#include "jobs/JobKind.h"

#include <QSqlDatabase>
#include <QString>

class JobContext;
class JobRegistry;
namespace Alerts
{
struct Alert;
}

// Telling the owner (table notifications): an alert raised or a report made goes, once per channel,
// by e-mail and to the webhook the owner set (AutopilotSettings). Each message is a "notify.send" job
// on the durable queue: retried with backoff when the mail server or the webhook fails, failed for good
// after its attempts (the notification says why), sent once. Webhook calls carry an Idempotency-Key
// (quorum-notification-<id>) so a receiver can drop the rare repeat after a crash.
namespace Notifications
{

// Subject: the notification.
inline constexpr JobKind Send{QLatin1StringView("notify.send")};

// Queue the alert's messages (in the caller's transaction). Returns how many were queued.
int queueForAlert(const QSqlDatabase& db, const Alerts::Alert& alert, qint64 now);
int queueForReport(const QSqlDatabase& db, qint64 reportId, qint64 now);

struct State
{
    QString channel;
    QString target;
    QString state; // pending, sent, failed
    QString lastError;
};
QList<State> forAlert(const QSqlDatabase& db, qint64 alertId);
QList<State> forReport(const QSqlDatabase& db, qint64 reportId);

// The mail server of the autopilot's settings with its password (the keychain; on a server, the environment), or
// nothing with *error. Outreach e-mails go through the same server.
std::optional<Mailer::Server> mailServer(JobContext& ctx, QString* error);

void registerAll(JobRegistry& registry);

} // namespace Notifications
