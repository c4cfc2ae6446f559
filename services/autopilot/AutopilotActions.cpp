#include "AutopilotActions.h"

#include "Notifications.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

AutopilotActions::AutopilotActions(const ChangeDoor& door, SecretStore* secrets, WorkerPool* pool, QObject* parent)
    : QObject(parent)
    , m_door(door)
    , m_secrets(secrets)
    , m_pool(pool)
{
    m_since = m_door.clock()->nowMs();
    if (m_door.bus())
        connect(m_door.bus(), &EventBus::changed, this, [this](EventBus::Topic topic) {
            if (topic == EventBus::Topic::Alerts) {
                lookForNew();
                emit changed();
            }
        });
}

void AutopilotActions::lookForNew()
{
    try {
        QList<Alerts::Alert> raised;
        for (const Alerts::Alert& a : Alerts::raisedSince(m_door.db(), m_since))
            if (!(a.raisedAt == m_since && m_toldAtSince.contains(a.id)))
                raised.append(a);
        if (raised.isEmpty())
            return;
        if (raised.last().raisedAt > m_since) {
            m_since = raised.last().raisedAt;
            m_toldAtSince.clear();
        }
        for (const Alerts::Alert& a : std::as_const(raised))
            if (a.raisedAt == m_since)
                m_toldAtSince.insert(a.id);
        QList<Alerts::Alert> real;
        for (const Alerts::Alert& a : raised)
            if (a.kind != u"test")
                real.append(a);
        if (!real.isEmpty())
            emit alertsRaised(real);
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read the alerts:" << e.message();
    }
}

// The reads below answer with nothing (and log why) when the workspace cannot be read: a team desk whose
// server is away keeps its windows open.
AutopilotSettings::Set AutopilotActions::settings() const
{
    try {
        return AutopilotSettings::load(m_door.db());
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read the autopilot's settings:" << e.message();
        return {};
    }
}

bool AutopilotActions::hasSmtpPassword() const
{
    try {
        return Sql::scalar(m_door.db(), u"SELECT COUNT(*) FROM secret_index WHERE key = ?"_s,
                   {QString::fromLatin1(AutopilotSettings::SmtpPasswordKey)})
                   .toInt()
            > 0;
    } catch (const SqlError&) {
        return false;
    }
}

bool AutopilotActions::save(const AutopilotSettings::Set& settings, const QString& password, QString* error,
    std::function<void(const QString&)> passwordDone)
{
    if (const QString invalid = AutopilotSettings::validate(settings); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    if (!password.isEmpty() && settings.smtpUser.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("AutopilotActions", "A password goes with a user name: enter both.");
        return false;
    }
    QJsonObject details = AutopilotSettings::toJson(settings);
    details.insert(u"smtp_password_changed"_s, !password.isEmpty());
    if (!m_door.change(
            {u"settings.autopilot"_s, u"autopilot"_s, details},
            [&](const QSqlDatabase& db) { AutopilotSettings::save(db, settings); }, error))
        return false;
    if (password.isEmpty() || !m_secrets) {
        if (passwordDone)
            passwordDone({});
        return true;
    }
    m_secrets->writeFor(QString::fromLatin1(AutopilotSettings::SmtpPasswordKey), password,
        SecretCache::originOf(QUrl(settings.smtpUrl.trimmed())), 0, this,
        [done = std::move(passwordDone)](const QString& e) {
            if (done)
                done(e);
        });
    return true;
}

int AutopilotActions::sendTest(QString* error)
{
    int queued = 0;
    const bool ok = m_door.change(
        {u"alerts.test"_s, u"alerts"_s, {}, EventBus::Topic::Alerts},
        [&](const QSqlDatabase& db) {
            const qint64 now = m_door.clock()->nowMs();
            const QString title = QCoreApplication::translate("AutopilotActions", "Test message from Quorum");
            const QString detail = QCoreApplication::translate(
                "AutopilotActions", "%1 sent this test from Settings → Autopilot. Alerts and reports come this way.")
                                       .arg(m_door.actor());
            const qint64 id = Sql::insert(db,
                u"INSERT INTO alerts (kind, subject, title, detail, first_seen_at, seen_at, raised_at, resolved_at) "
                u"VALUES ('test', ?, ?, ?, ?, ?, ?, ?)"_s,
                {QUuid::createUuid().toString(QUuid::WithoutBraces), title, detail, now, now, now, now});
            m_testAlert = id;
            Alerts::Alert a;
            a.id = id;
            a.kind = u"test"_s;
            queued = Notifications::queueForAlert(db, a, now);
        },
        error);
    if (!ok)
        return -1;
    if (queued > 0 && m_pool)
        m_pool->wake();
    return queued;
}

QList<Notifications::State> AutopilotActions::testStates() const
{
    if (m_testAlert == 0)
        return {};
    try {
        return Notifications::forAlert(m_door.db(), m_testAlert);
    } catch (const SqlError&) {
        return {};
    }
}

QList<Alerts::Alert> AutopilotActions::openAlerts() const
{
    QList<Alerts::Alert> out;
    try {
        for (const Alerts::Alert& a : Alerts::open(m_door.db()))
            if (a.raisedAt > 0)
                out.append(a);
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read the alerts:" << e.message();
    }
    return out;
}

QList<Reports::Stored> AutopilotActions::reports() const
{
    try {
        return Reports::list(m_door.db());
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read the reports:" << e.message();
        return {};
    }
}

QByteArray AutopilotActions::reportPdf(qint64 id) const
{
    try {
        return Reports::pdf(m_door.db(), id);
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read report" << id << ":" << e.message();
        return {};
    }
}

Reports::Made AutopilotActions::makeReport(ReportData::Period period)
{
    if (const QString why = m_door.whyNot(); !why.isEmpty())
        return Reports::Made{0, false, why};
    const qint64 now = m_door.clock()->nowMs();
    const auto [first, last] = ReportData::coverage(period, QDateTime::fromMSecsSinceEpoch(now).date());
    try {
        const Reports::Made made = Reports::make(m_door.db(), period, first, last, now, m_door.actor());
        if (made.created) {
            if (m_pool)
                m_pool->wake();
            if (m_door.bus())
                m_door.bus()->publishChanged(EventBus::Topic::Alerts, {made.id}, true);
        }
        return made;
    } catch (const SqlError& e) {
        return Reports::Made{0, false, e.message()};
    }
}
