#include "Autopilot.h"

#include "AutopilotSettings.h"
#include "Reports.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "server/ServerStatus.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

Autopilot::Autopilot(
    const QSqlDatabase& db, const QString& location, const Clock* clock, EventBus* bus, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_location(location)
    , m_clock(clock)
    , m_bus(bus)
{ }

qint64 Autopilot::periodMs() const
{
    try {
        if (const qint64 ms = Settings::intValue(m_db, u"server.health_ms"_s, 0); ms > 0)
            return std::clamp<qint64>(ms, 200, 24 * 3600'000);
        return qint64(AutopilotSettings::load(m_db).healthMinutes) * 60'000;
    } catch (const SqlError&) {
        return 15 * 60'000;
    }
}

void Autopilot::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock->callAfter(0, this, [this] {
        scheduledCycle();
        schedule();
    });
}

void Autopilot::schedule()
{
    m_clock->callAfter(periodMs(), this, [this] {
        scheduledCycle();
        schedule();
    });
}

void Autopilot::setServerReachable(bool reachable)
{
    m_serverAway = !reachable;
    if (reachable && m_waited) {
        m_waited = false;
        m_clock->callAfter(0, this, [this] { cycle(); });
    }
}

void Autopilot::scheduledCycle()
{
    if (m_serverAway) {
        if (!m_waited)
            qCWarning(lcApp) << "the team server cannot be reached: the health check waits for it";
        m_waited = true;
        return;
    }
    cycle();
}

void Autopilot::cycle()
{
    ++m_cycles;
    const qint64 now = m_clock->nowMs();
    bool queued = false;
    try {
        const ServerStatus::Report report = ServerStatus::read(m_db, m_location, now);
        for (const QString& p : report.problems)
            if (!m_problems.contains(p))
                qCWarning(lcApp).noquote() << "needs attention:" << p;
        for (const QString& p : std::as_const(m_problems))
            if (!report.problems.contains(p))
                qCInfo(lcApp).noquote() << "resolved:" << p;
        m_problems = report.problems;

        QList<Alerts::Condition> conditions = Alerts::fromStatus(report);
        conditions.append(Alerts::fromFinance(FinanceAlerts::open(m_db)));
        const Alerts::Outcome outcome
            = Alerts::judge(m_db, conditions, Alerts::statusKinds() + Alerts::financeKinds(), now);
        for (const Alerts::Alert& a : outcome.raised)
            qCWarning(lcApp).noquote() << "alert raised:" << a.title;
        for (const Alerts::Alert& a : outcome.resolved)
            if (a.raisedAt > 0)
                qCInfo(lcApp).noquote() << "alert resolved:" << a.title;
        if (!outcome.raised.isEmpty()) {
            queued = true;
            emit alertsRaised(outcome.raised);
        }
        if ((!outcome.raised.isEmpty() || !outcome.resolved.isEmpty()) && m_bus)
            m_bus->publishChanged(EventBus::Topic::Alerts, {}, true);
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "the health check cannot read the workspace:" << e.message();
    }
    try {
        for (const Reports::Due& due : Reports::due(m_db, QDateTime::fromMSecsSinceEpoch(now))) {
            const Reports::Made made = Reports::make(m_db, due.period, due.first, due.last, now, u"autopilot"_s);
            if (!made.error.isEmpty()) {
                qCWarning(lcApp).noquote()
                    << "the" << ReportData::periodKey(due.period) << "report cannot be made:" << made.error;
            } else if (made.created) {
                qCInfo(lcApp).noquote() << "made the" << ReportData::periodKey(due.period) << "report of"
                                        << due.first.toString(Qt::ISODate);
                queued = true;
                emit reportMade(made.id);
                if (m_bus)
                    m_bus->publishChanged(EventBus::Topic::Alerts, {made.id}, true);
            }
        }
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "the reports cannot be made:" << e.message();
    }
    if (queued)
        emit notificationsQueued();
}
