#include "LeadActions.h"
#include "Outreach.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "storage/BackgroundTask.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

LeadActions::LeadActions(
    const QString& databasePath, const ChangeDoor& door, const UserSession* session, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_door(door)
    , m_session(session)
{ }

LeadActions::~LeadActions()
{
    // A running import finishes the batch it is in (whole rows), then stops.
    cancel();
}

QString LeadActions::whyNot() const
{
    return m_session ? m_session->whyViewer() : QString();
}

void LeadActions::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

Leads::Territory LeadActions::territory() const
{
    try {
        return Leads::Territory::load(m_door.db());
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read the territory:" << e.message();
        return {};
    }
}

void LeadActions::importFile(const QString& path)
{
    if (isBusy())
        return;
    const QString refusal = whyNot();
    if (!refusal.isEmpty()) {
        emit imported({}, refusal);
        return;
    }
    struct Outcome
    {
        LeadImport::Result result;
        QString error;
    };
    const QString actor = m_door.actor();
    const QString machine = m_session ? m_session->machine() : QString();
    const Clock* clock = m_door.clock();
    const Leads::Territory territory = this->territory();
    m_cancel = BackgroundTask::run<Outcome>(
        m_databasePath, this,
        [path, actor, machine, clock, territory](const BackgroundTask::Step& step) {
            Outcome o;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                o.error = QCoreApplication::translate("LeadImport", "Cannot open %1: %2").arg(path, file.errorString());
                return o;
            }
            const QByteArray bytes = file.readAll();
            try {
                o.result = LeadImport::run(step.db, bytes, territory, clock->nowMs(),
                    [&step](qint64 done, qint64 total) { return step.progress(done, total); });
            } catch (const SqlError& e) {
                qCWarning(lcApp) << "lead import stopped:" << e.message();
                o.error = QCoreApplication::translate("LeadImport", "The import stopped: %1").arg(e.message());
            }
            if (o.error.isEmpty())
                o.error = o.result.fatal;
            if (o.error.isEmpty() && o.result.cancelled)
                o.error = QCoreApplication::translate("LeadImport",
                    "Cancelled: %n lead(s) were written; importing the file again adds the rest.", nullptr,
                    o.result.added + o.result.updated);
            try {
                Transaction tx(step.db);
                AuditLog::append(step.db, clock->nowMs(), actor, u"leads.imported"_s, u"leads"_s,
                    QJsonObject{{u"file"_s, QFileInfo(path).fileName()}, {u"import"_s, o.result.importId},
                        {u"added"_s, o.result.added}, {u"updated"_s, o.result.updated},
                        {u"duplicates"_s, o.result.duplicates},
                        {u"rows_refused"_s, o.result.problems.size() - o.result.duplicates},
                        {u"cancelled"_s, o.result.cancelled}, {u"error"_s, o.error}, {u"machine"_s, machine}});
                tx.commit();
            } catch (const SqlError& e) {
                qCWarning(lcApp) << "cannot write the lead import's audit entry:" << e.message();
            }
            return o;
        },
        [this](qint64 done, qint64 total, const QString&) { emit progress(done, total); },
        [this](Outcome o) {
            m_cancel.reset();
            if (EventBus* bus = m_door.bus()) {
                bus->publishChanged(EventBus::Topic::Sites, {}, true);
                bus->publishChanged(EventBus::Topic::Audit, {}, true);
            }
            emit imported(o.result, o.error);
        });
}

bool LeadActions::saveTerritory(const Leads::Territory& territory, QString* error)
{
    if (isBusy()) {
        if (error)
            *error = QCoreApplication::translate("LeadImport", "Wait for the import or scoring under way to finish.");
        return false;
    }
    // Until every lead is scored again the workspace says so: a rescoring interrupted (the app closed) runs
    // again at the next start rather than leaving some leads scored on the old territory.
    if (!m_door.change(
            {u"settings.territory"_s, u"leads"_s, territory.toJson(), EventBus::Topic::Sites},
            [&territory](const QSqlDatabase& db) {
                territory.save(db);
                Settings::setValue(db, u"leads.rescore_pending"_s, u"1"_s);
            },
            error))
        return false;
    rescore(territory);
    return true;
}

void LeadActions::resumeRescoring()
{
    try {
        if (isBusy() || Settings::value(m_door.db(), u"leads.rescore_pending"_s).isEmpty())
            return;
    } catch (const SqlError& e) {
        qCWarning(lcApp) << "cannot read whether the leads need scoring:" << e.message();
        return;
    }
    rescore(territory());
}

void LeadActions::rescore(const Leads::Territory& territory)
{
    const Clock* clock = m_door.clock();
    struct Outcome
    {
        int count = 0;
        QString error;
    };
    m_cancel = BackgroundTask::run<Outcome>(
        m_databasePath, this,
        [territory, clock](const BackgroundTask::Step& step) {
            Outcome o;
            try {
                o.count = LeadImport::rescoreAll(step.db, territory, clock->nowMs(),
                    [&step](qint64 done, qint64 total) { return step.progress(done, total); });
                if (step.cancelled()) {
                    o.error = QCoreApplication::translate(
                        "LeadImport", "Scoring the leads again was interrupted; it goes on at the next start.");
                } else {
                    Transaction tx(step.db);
                    Settings::remove(step.db, u"leads.rescore_pending"_s);
                    tx.commit();
                }
            } catch (const SqlError& e) {
                qCWarning(lcApp) << "rescoring the leads stopped:" << e.message();
                o.error
                    = QCoreApplication::translate("LeadImport", "Scoring the leads again stopped: %1").arg(e.message());
            }
            return o;
        },
        [this](qint64 done, qint64 total, const QString&) { emit progress(done, total); },
        [this](Outcome o) {
            m_cancel.reset();
            if (EventBus* bus = m_door.bus())
                bus->publishChanged(EventBus::Topic::Sites, {}, true);
            emit rescored(o.count, o.error);
        });
}

bool LeadActions::setStatus(qint64 leadId, const QString& status, QString* error)
{
    // A person marks a lead new or not to be contacted; contacted and bounced are outreach's to set.
    static const QStringList statuses{u"new"_s, u"do_not_contact"_s};
    const QString refusal = whyNot();
    if (!refusal.isEmpty() || !statuses.contains(status)) {
        if (error)
            *error = !refusal.isEmpty()
                ? refusal
                : QCoreApplication::translate("LeadImport", "A lead cannot be marked “%1”.").arg(status);
        return false;
    }
    const QSqlDatabase& db = m_door.db();
    try {
        Transaction tx(db, Transaction::Durable);
        const QVariant before = Sql::scalar(db, u"SELECT status FROM leads WHERE id = ?"_s, {leadId});
        if (!before.isValid()) {
            if (error)
                *error = QCoreApplication::translate("LeadImport", "That lead is no longer in the workspace.");
            return false;
        }
        Sql::update(db, u"UPDATE leads SET status = ?, updated_at = ? WHERE id = ?"_s,
            {status, m_door.clock()->nowMs(), leadId});
        // Not to be contacted: its address goes on the suppression list, so no other lead with it is written to
        // and an e-mail already approved is stopped.
        if (status == u"do_not_contact")
            Outreach::suppress(db, Sql::scalar(db, u"SELECT email FROM leads WHERE id = ?"_s, {leadId}).toString(),
                u"do_not_contact"_s, QString(), m_door.actor(), m_door.clock()->nowMs());
        AuditLog::append(db, m_door.clock()->nowMs(), m_door.actor(), u"lead.status"_s, u"lead:%1"_s.arg(leadId),
            QJsonObject{{u"from"_s, before.toString()}, {u"to"_s, status},
                {u"machine"_s, m_session ? m_session->machine() : QString()}});
        tx.commit();
    } catch (const SqlError& e) {
        if (error)
            *error = QCoreApplication::translate("ChangeDoor", "Nothing was saved: %1").arg(e.message());
        return false;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {leadId}, true); // it may leave a filtered list
        bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return true;
}
