#include "Notifications.h"

#include "Alerts.h"
#include "AutopilotSettings.h"
#include "Mailer.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/HtmlText.h"
#include "core/Log.h"
#include "core/Redaction.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRegistry.h"
#include "net/HttpClient.h"
#include "resilience/ApiRuntime.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Notifications
{
namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Notifications", text);
}

int queue(const QSqlDatabase& db, const QString& column, qint64 id, qint64 now)
{
    const AutopilotSettings::Set s = AutopilotSettings::load(db);
    QList<std::pair<QString, QString>> channels;
    if (s.emails())
        channels.append({u"email"_s, s.recipients().join(u", "_s)});
    if (s.webhook())
        channels.append({u"webhook"_s, s.webhookUrl.trimmed()});
    int queued = 0;
    for (const auto& [channel, target] : channels) {
        const QVariant nid = Sql::scalar(db,
            u"INSERT INTO notifications (%1, channel, target, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING "
            u"RETURNING id"_s.arg(column),
            {id, channel, target, now});
        if (!nid.isValid())
            continue;
        JobQueue::enqueue(db,
            {Send, nid.toLongLong(), u"notify:%1"_s.arg(nid.toLongLong()), QJsonObject{{u"channel"_s, channel}}, 5, 6,
                0, {}},
            now);
        ++queued;
    }
    return queued;
}

QList<State> states(const QSqlDatabase& db, const QString& column, qint64 id)
{
    QList<State> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT channel, target, state, last_error FROM notifications WHERE %1 = ? ORDER BY channel"_s.arg(column),
        {id});
    while (q.next())
        out.append(State{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

// What one notification says, read when it is sent.
struct Content
{
    qint64 id = 0;
    QString channel;
    QString target;
    Mailer::Message mail;
    QJsonObject webhook;
};

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

std::optional<Content> load(const QSqlDatabase& db, qint64 id, QString* error)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT channel, target, COALESCE(alert_id, 0), COALESCE(report_id, 0), state FROM notifications WHERE id = "
        u"?"_s,
        {id});
    if (!q.next()) {
        *error = tr("The notification is gone.");
        return std::nullopt;
    }
    Content c;
    c.id = id;
    c.channel = q.value(0).toString();
    c.target = q.value(1).toString();
    const qint64 alertId = q.value(2).toLongLong();
    const qint64 reportId = q.value(3).toLongLong();
    q.finish();
    const QString workspace = Settings::value(db, u"workspace.name"_s, u"Quorum"_s);
    const AutopilotSettings::Set s = AutopilotSettings::load(db);
    c.mail.from = s.sender();
    c.mail.to = c.target.split(u", "_s, Qt::SkipEmptyParts);
    c.mail.messageId = u"<quorum-notification-%1@%2>"_s.arg(id).arg(QUrl(s.smtpUrl).host());
    if (alertId > 0) {
        const auto a = Alerts::find(db, alertId);
        if (!a) {
            *error = tr("The alert is gone.");
            return std::nullopt;
        }
        c.mail.subject = u"[%1] %2"_s.arg(workspace, a->title);
        QString text = a->title + u"\n\n"_s;
        if (!a->detail.isEmpty())
            text += a->detail + u"\n\n"_s;
        text += tr("Seen first: %1. Raised: %2.").arg(when(a->firstSeenAt), when(a->raisedAt)) + u"\n"_s
            + tr("Quorum tells you once; it shows the alert until it is resolved.");
        c.mail.text = text;
        c.mail.html = u"<html><body><h2>%1</h2><p>%2</p><p style=\"color:#666\">%3</p></body></html>"_s.arg(
            HtmlText::escape(a->title), HtmlText::escape(a->detail).replace(u"\n"_s, u"<br>"_s),
            HtmlText::escape(tr("Seen first: %1. Raised: %2.").arg(when(a->firstSeenAt), when(a->raisedAt))));
        c.webhook = QJsonObject{{u"type"_s, u"alert"_s}, {u"id"_s, a->id}, {u"kind"_s, a->kind},
            {u"subject"_s, a->subject}, {u"title"_s, a->title}, {u"detail"_s, a->detail},
            {u"first_seen_at"_s, QDateTime::fromMSecsSinceEpoch(a->firstSeenAt, Qt::UTC).toString(Qt::ISODate)},
            {u"raised_at"_s, QDateTime::fromMSecsSinceEpoch(a->raisedAt, Qt::UTC).toString(Qt::ISODate)},
            {u"workspace"_s, workspace}};
    } else {
        QSqlQuery r = Sql::exec(db,
            u"SELECT period, first_day, last_day, title, summary, text, html, pdf FROM reports WHERE id = ?"_s,
            {reportId});
        if (!r.next()) {
            *error = tr("The report is gone.");
            return std::nullopt;
        }
        c.mail.subject = u"[%1] %2"_s.arg(workspace, r.value(3).toString());
        c.mail.text = r.value(5).toString();
        c.mail.html = r.value(6).toString();
        c.mail.attachments.append(
            Mailer::Attachment{u"quorum-%1-%2.pdf"_s.arg(r.value(0).toString(), r.value(1).toString()),
                "application/pdf", r.value(7).toByteArray()});
        c.webhook = QJsonObject{{u"type"_s, u"report"_s}, {u"id"_s, reportId}, {u"period"_s, r.value(0).toString()},
            {u"first_day"_s, r.value(1).toString()}, {u"last_day"_s, r.value(2).toString()},
            {u"title"_s, r.value(3).toString()},
            {u"summary"_s, QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object()},
            {u"workspace"_s, workspace}};
    }
    return c;
}

class SendRun final : public QObject
{
public:
    SendRun(JobContext& ctx, const JobQueue::Job& job, JobDone done)
        : QObject(ctx.thread())
        , m_ctx(ctx)
        , m_job(job)
        , m_done(std::move(done))
    { }

    void start()
    {
        QString error;
        std::optional<Content> content;
        try {
            content = load(m_ctx.db(), m_job.subjectId, &error);
        } catch (const SqlError& e) {
            finish(e.message(), true);
            return;
        }
        if (!content) {
            finish(error, false);
            return;
        }
        m_target = content->target;
        try {
            if (content->channel == u"webhook")
                sendWebhook(*content);
            else
                sendMail(*content);
        } catch (const SqlError& e) {
            finish(e.message(), true);
        }
    }

private:
    void sendMail(const Content& c)
    {
        QString why;
        const std::optional<Mailer::Server> server = mailServer(m_ctx, &why);
        if (!server) {
            finish(why, false);
            return;
        }
        auto* watcher = new QFutureWatcher<Mailer::Result>(this);
        connect(watcher, &QFutureWatcher<Mailer::Result>::finished, this, [this, watcher] {
            const Mailer::Result r = watcher->result();
            finish(r.error, r.retryable);
        });
        watcher->setFuture(
            QtConcurrent::run([server = *server, message = c.mail] { return Mailer::send(server, message); }));
    }

    void sendWebhook(const Content& c)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(c.target);
        request.setHeader("Content-Type", "application/json");
        request.setHeader("Idempotency-Key", "quorum-notification-" + QByteArray::number(c.id));
        request.body = QJsonDocument(c.webhook).toJson(QJsonDocument::Compact);
        request.deadlineMs = 30'000;
        m_ctx.http()->send(request, this, [this](const HttpResponse& r) {
            if (r.ok()) {
                finish({}, true);
                return;
            }
            const QString what = r.hasHttpStatus() ? u"HTTP %1"_s.arg(r.status) : r.errorString;
            // A 4xx other than 408/429 will not change by sending again.
            const bool retry = !r.hasHttpStatus() || r.status >= 500 || r.status == 408 || r.status == 429;
            finish(QCoreApplication::translate("Notifications", "The webhook did not take the message (%1).").arg(what),
                retry);
        });
    }

    void finish(const QString& error, bool retryable)
    {
        const QSqlDatabase db = m_ctx.db();
        const qint64 now = m_ctx.clock()->nowMs();
        try {
            Transaction tx(db, Transaction::Durable);
            if (error.isEmpty()) {
                Sql::exec(db, u"UPDATE notifications SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?"_s,
                    {now, m_job.subjectId});
                if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), {}, now)) {
                    m_done(JobOutcome::LostLease, {});
                    return;
                }
                tx.commit();
                if (m_ctx.bus())
                    m_ctx.bus()->publishChanged(EventBus::Topic::Alerts, {}, false);
                qCInfo(lcPipeline) << "notification" << m_job.subjectId << "sent to" << m_target;
                m_done(JobOutcome::Done, {});
                return;
            }
            const auto outcome = JobQueue::fail(db, m_job.id, m_ctx.owner(), error, retryable,
                JobQueue::backoffMs(m_job.attempts + 1, m_ctx.random01(), m_ctx.retryBaseMs()), now);
            Sql::exec(db, u"UPDATE notifications SET state = ?, last_error = ? WHERE id = ?"_s,
                {outcome == JobQueue::FailOutcome::Dead ? u"failed"_s : u"pending"_s, error, m_job.subjectId});
            tx.commit();
            if (m_ctx.bus())
                m_ctx.bus()->publishChanged(EventBus::Topic::Alerts, {}, false);
            qCWarning(lcPipeline).noquote()
                << "notification" << m_job.subjectId << "to" << m_target << "not sent:" << error;
            m_done(outcome == JobQueue::FailOutcome::Dead
                    ? JobOutcome::Dead
                    : (outcome == JobQueue::FailOutcome::LostLease ? JobOutcome::LostLease : JobOutcome::Retrying),
                error);
        } catch (const SqlError& e) {
            m_done(JobOutcome::LostLease, e.message());
        }
    }

    JobContext& m_ctx;
    JobQueue::Job m_job;
    JobDone m_done;
    QString m_target;
};

class SendHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* run = new SendRun(ctx, job, std::move(done));
        run->start();
        return run;
    }
};
} // namespace

std::optional<Mailer::Server> mailServer(JobContext& ctx, QString* error)
{
    const AutopilotSettings::Set s = AutopilotSettings::load(ctx.db());
    Mailer::Server server;
    server.url = s.smtpUrl.trimmed();
    server.user = s.smtpUser;
    server.startTls = s.smtpStartTls;
    // How long the server may take to answer (Settings key, default 30 s).
    server.timeoutMs = std::clamp(Settings::value(ctx.db(), u"mail.timeout_ms"_s, u"30000"_s).toInt(), 500, 300'000);
    if (server.url.isEmpty()) {
        *error = QCoreApplication::translate(
            "Notifications", "No mail server is set: enter it in Settings → Autopilot (e-mail).");
        return std::nullopt;
    }
    if (server.user.isEmpty())
        return server;
    QString why;
    std::optional<QString> password
        = ctx.runtime()->secrets()->resolveFor(u"keychain:"_s + QString::fromLatin1(AutopilotSettings::SmtpPasswordKey),
            QUrl(server.url), QString::fromLatin1(AutopilotSettings::SmtpOwnerPrefix), &why);
    // A server has no keychain: its operator gives the mail server's password in the environment
    // (the systemd unit's /etc/quorum/NAME.env), meant for that server alone.
    if (!password) {
        const QString fromEnvironment = qEnvironmentVariable("QUORUM_SECRET_SMTP_PASSWORD");
        if (!fromEnvironment.isEmpty()) {
            Redaction::registerSecret(fromEnvironment);
            password = fromEnvironment;
        }
    }
    if (!password) {
        *error = QCoreApplication::translate("Notifications", "The mail server's password is not in the keychain: %1")
                     .arg(why);
        return std::nullopt;
    }
    server.password = *password;
    return server;
}

int queueForAlert(const QSqlDatabase& db, const Alerts::Alert& alert, qint64 now)
{
    return queue(db, u"alert_id"_s, alert.id, now);
}

int queueForReport(const QSqlDatabase& db, qint64 reportId, qint64 now)
{
    return queue(db, u"report_id"_s, reportId, now);
}

QList<State> forAlert(const QSqlDatabase& db, qint64 alertId)
{
    return states(db, u"alert_id"_s, alertId);
}

QList<State> forReport(const QSqlDatabase& db, qint64 reportId)
{
    return states(db, u"report_id"_s, reportId);
}

void registerAll(JobRegistry& registry)
{
    registry.add(Send, std::make_unique<SendHandler>(), JobRegistry::Network | JobRegistry::Secrets);
}

} // namespace Notifications
