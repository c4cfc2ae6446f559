#pragma once

#include "approvals/ExternalProposals.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

// The approval gateway's protocol, version 1 (README: "The approval gateway"): JSON messages with a
// "type", answered in order. The WebSocket endpoint and the HTTP mirror both come here, so they mean the
// same. Parsing never trusts the frame: every bad frame is answered with an error naming what is wrong.
namespace GatewayProtocol
{
inline constexpr int Version = 1;
inline constexpr int MaxMessageBytes = 256 * 1024;

struct Parsed
{
    QJsonObject message;
    ExternalProposals::Error error;
};
// A frame as a request: a JSON object with a known "type" and, when given, version 1.
Parsed parse(const QByteArray& frame);

// Answers one request of an authenticated caller: propose, status, cancel, receipt, ack, decisions.
// The reply carries "in_reply_to" when the request had an "id".
QJsonObject handle(const QSqlDatabase& db, const ExternalProposals::Caller& caller, const QJsonObject& message,
    const QString& machine, qint64 now);

// The HTTP status for an error code.
int httpStatus(const QString& code);
QJsonObject error(const QString& code, const QString& message, const QString& path = {});
} // namespace GatewayProtocol

// The workspace's events as the gateway offers them to subscribers, read from the audit trail (so that
// every process's events are seen, in order): agent:status, task:created, task:completed,
// approval:required, approval:decided, ceo:decision. agent names whose work the event is about.
namespace GatewayEvents
{
struct Event
{
    qint64 seq = 0; // the audit entry's
    QString name;
    QString agent;
    QJsonObject payload;
};
QStringList names();
QList<Event> after(const QSqlDatabase& db, qint64 seq, int limit = 500);
qint64 last(const QSqlDatabase& db);
} // namespace GatewayEvents
