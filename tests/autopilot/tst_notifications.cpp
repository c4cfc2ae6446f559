#include "PipelineFixture.h"
#include "SmtpServer.h"
#include "WebhookSink.h"
#include "autopilot/Alerts.h"
#include "autopilot/AutopilotSettings.h"
#include "autopilot/Mailer.h"
#include "autopilot/Notifications.h"
#include "autopilot/Reports.h"
#include "jobs/JobHandler.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
QByteArray header(const QByteArray& message, const QByteArray& name)
{
    return SmtpServer::header(message, name);
}
} // namespace

// Alerts and reports reach the owner: by e-mail through a real SMTP server (aiosmtpd) and to a webhook,
// sent by the worker pool, once; a mail server that is away is tried again, one that would get a
// password in the clear is refused, a webhook that fails is retried with the same idempotency key.
class TestNotifications : public QObject
{
    Q_OBJECT

private:
    static void tell(PipelineFixture& fx, const QString& smtpUrl, const QString& webhook = {})
    {
        AutopilotSettings::Set s;
        s.emailTo = u"owner@shop.test"_s;
        s.emailFrom = u"quorum@shop.test"_s;
        s.smtpUrl = smtpUrl;
        s.webhookUrl = webhook;
        AutopilotSettings::save(fx.db(), s);
    }

    static Alerts::Alert raise(PipelineFixture& fx, const QString& title)
    {
        const Alerts::Outcome o
            = Alerts::judge(fx.db(), {Alerts::Condition{u"queue_stuck"_s, {}, title, u"Start “quorum serve”."_s, 0}},
                {u"queue_stuck"_s}, fx.ws().clock().nowMs());
        return o.raised.value(0);
    }

    static QString stateOf(PipelineFixture& fx, const QString& channel)
    {
        return Sql::scalar(fx.db(), u"SELECT state FROM notifications WHERE channel = ? ORDER BY id DESC"_s, {channel})
            .toString();
    }

private slots:
    void anAlertIsMailedOnce()
    {
        SmtpServer smtp;
        QVERIFY(smtp.start());
        PipelineFixture fx;
        tell(fx, smtp.url());
        const Alerts::Alert a = raise(fx, u"The queue is stuck: ünïcode in the subject"_s);
        QVERIFY(a.id > 0);
        fx.startPool();
        QVERIFY(fx.waitUntilIdle(30'000));
        QCOMPARE(stateOf(fx, u"email"_s), u"sent"_s);
        const QList<QByteArray> mail = smtp.messages();
        QCOMPARE(mail.size(), 1);
        QCOMPARE(header(mail.first(), "To"), QByteArray("owner@shop.test"));
        QCOMPARE(header(mail.first(), "From"), QByteArray("quorum@shop.test"));
        QVERIFY(header(mail.first(), "Subject").startsWith("=?UTF-8?B?"));
        QVERIFY(mail.first().contains("multipart/alternative"));
        QVERIFY(header(mail.first(), "Message-ID").startsWith("<quorum-notification-"));
        // Judged again: nothing more is sent.
        raise(fx, u"The queue is stuck: ünïcode in the subject"_s);
        fx.pool()->wake();
        QVERIFY(fx.waitUntilIdle(30'000));
        QCOMPARE(smtp.messages().size(), 1);
    }

    void aReportComesWithItsPdf()
    {
        SmtpServer smtp;
        QVERIFY(smtp.start());
        PipelineFixture fx;
        tell(fx, smtp.url());
        const QDate day(2026, 11, 19);
        const Reports::Made made
            = Reports::make(fx.db(), ReportData::Period::Daily, day, day, fx.ws().clock().nowMs(), u"Ann"_s);
        QVERIFY2(made.created, qPrintable(made.error));
        fx.startPool();
        QVERIFY(fx.waitUntilIdle(30'000));
        const QList<QByteArray> mail = smtp.messages();
        QCOMPARE(mail.size(), 1);
        QVERIFY(mail.first().contains("Content-Type: application/pdf"));
        QVERIFY(mail.first().contains("text/html"));
        // The attachment is the PDF kept in the workspace.
        const qsizetype at = mail.first().indexOf("Content-Disposition: attachment");
        QVERIFY(at > 0);
        const qsizetype start = mail.first().indexOf("\n\n", at) >= 0 ? mail.first().indexOf("\n\n", at) + 2
                                                                      : mail.first().indexOf("\r\n\r\n", at) + 4;
        const qsizetype end = mail.first().indexOf("--", start);
        const QByteArray pdf = QByteArray::fromBase64(mail.first().mid(start, end - start));
        QCOMPARE(pdf, Reports::pdf(fx.db(), made.id));
    }

    void aMailServerThatIsAwayIsTriedAgain()
    {
        SmtpServer smtp; // its port, not listening yet
        PipelineFixture fx;
        tell(fx, smtp.url());
        raise(fx, u"Sync failing"_s);
        bool started = false;
        fx.startPool();
        connect(fx.pool(), &WorkerPool::jobFinished, this, [&](qint64, const QString& kind, qint64, int outcome) {
            if (kind == Notifications::Send.key() && outcome == int(JobOutcome::Retrying) && !started) {
                started = true;
                QCOMPARE(stateOf(fx, u"email"_s), u"pending"_s);
                const QString error = Sql::scalar(fx.db(), u"SELECT last_error FROM notifications"_s).toString();
                QVERIFY2(error.contains(u"cannot be reached"_s), qPrintable(error));
                QVERIFY(smtp.start());
            }
        });
        QVERIFY(fx.waitUntilIdle(60'000));
        QVERIFY(started);
        QCOMPARE(stateOf(fx, u"email"_s), u"sent"_s);
        QCOMPARE(smtp.messages().size(), 1);
    }

    void aPasswordIsNeverSentInTheClear()
    {
        SmtpServer smtp;
        QVERIFY(smtp.start());
        PipelineFixture fx;
        AutopilotSettings::Set s;
        s.emailTo = u"owner@shop.test"_s;
        s.smtpUrl = smtp.url();
        s.smtpUser = u"quorum"_s;
        AutopilotSettings::save(fx.db(), s);
        fx.runtime().secrets()->put(QString::fromLatin1(AutopilotSettings::SmtpPasswordKey), u"s3cret-pw"_s,
            SecretCache::originOf(QUrl(smtp.url())));
        raise(fx, u"Breaker open"_s);
        fx.startPool();
        QVERIFY(fx.waitUntilIdle(30'000));
        QCOMPARE(stateOf(fx, u"email"_s), u"failed"_s); // at once: sending again would not help
        const QString error = Sql::scalar(fx.db(), u"SELECT last_error FROM notifications"_s).toString();
        QVERIFY2(error.contains(u"no encryption"_s), qPrintable(error));
        QVERIFY(!error.contains(u"s3cret"_s));
        QVERIFY(smtp.messages().isEmpty());
        QCOMPARE(fx.count(u"SELECT attempts FROM jobs WHERE kind = ?"_s, {Notifications::Send.key()}), 1);
    }

    void aWebhookGetsJsonAndIsRetriedWithTheSameKey()
    {
        WebhookSink sink({500, 200});
        PipelineFixture fx;
        AutopilotSettings::Set s;
        s.webhookUrl = sink.url();
        AutopilotSettings::save(fx.db(), s);
        const Alerts::Alert a = raise(fx, u"The queue is stuck"_s);
        fx.startPool();
        QVERIFY(fx.waitUntilIdle(30'000));
        QCOMPARE(stateOf(fx, u"webhook"_s), u"sent"_s);
        QCOMPARE(sink.calls.size(), 2);
        const QByteArray key = header(sink.calls.at(0).head, "Idempotency-Key");
        QVERIFY(key.startsWith("quorum-notification-"));
        QCOMPARE(header(sink.calls.at(1).head, "Idempotency-Key"), key);
        const QJsonObject body = QJsonDocument::fromJson(sink.calls.at(1).body).object();
        QCOMPARE(body.value(u"type"_s).toString(), u"alert"_s);
        QCOMPARE(body.value(u"kind"_s).toString(), u"queue_stuck"_s);
        QCOMPARE(body.value(u"id"_s).toInteger(), a.id);
        QCOMPARE(body.value(u"title"_s).toString(), u"The queue is stuck"_s);
    }

    void aWebhookThatRefusesIsNotAskedAgain()
    {
        WebhookSink sink({404});
        PipelineFixture fx;
        AutopilotSettings::Set s;
        s.webhookUrl = sink.url();
        AutopilotSettings::save(fx.db(), s);
        raise(fx, u"The queue is stuck"_s);
        fx.startPool();
        QVERIFY(fx.waitUntilIdle(30'000));
        QCOMPARE(stateOf(fx, u"webhook"_s), u"failed"_s);
        QCOMPARE(sink.calls.size(), 1);
        QVERIFY(Sql::scalar(fx.db(), u"SELECT last_error FROM notifications"_s).toString().contains(u"HTTP 404"_s));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
