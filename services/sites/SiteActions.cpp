#include "SiteActions.h"

#include "SiteJobs.h"
#include "SiteSpec.h"
#include "SiteStore.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "jobs/JobQueue.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString savedNothing(const SqlError& e)
{
    return QCoreApplication::translate("ChangeDoor", "Nothing was saved: %1").arg(e.message());
}
} // namespace

SiteActions::SiteActions(const ChangeDoor& door, const UserSession* session, QObject* parent)
    : QObject(parent)
    , m_door(door)
    , m_session(session)
{ }

QString SiteActions::whyNot() const
{
    return m_session ? m_session->whyViewer() : QString();
}

bool SiteActions::enqueue(qint64 siteId, qint64 unitId, const QString& instruction, QString* error)
{
    const QSqlDatabase& db = m_door.db();
    const qint64 now = m_door.clock()->nowMs();
    JobQueue::NewJob job;
    job.kind = SiteJobs::Generate;
    job.subjectId = siteId;
    job.idempotencyKey = u"site:%1:%2:%3"_s.arg(siteId).arg(unitId).arg(now);
    if (unitId > 0)
        job.payload = QJsonObject{{u"unit"_s, unitId}, {u"instruction"_s, instruction}, {u"actor"_s, m_door.actor()}};
    if (JobQueue::hasActiveJob(db, SiteJobs::Generate, siteId) && unitId == 0) {
        *error = QCoreApplication::translate("SiteActions", "This site is being generated already.");
        return false;
    }
    JobQueue::enqueue(db, job, now);
    SiteStore::setStage(db, siteId, SiteStore::Stage::Queued, now);
    return true;
}

qint64 SiteActions::generateForProduct(qint64 productId, QString* error)
{
    return generate(productId, 0, error);
}

qint64 SiteActions::generateForLead(qint64 leadId, QString* error)
{
    return generate(0, leadId, error);
}

qint64 SiteActions::generate(qint64 productId, qint64 leadId, QString* error)
{
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        *error = refusal;
        return 0;
    }
    const QSqlDatabase& db = m_door.db();
    qint64 siteId = 0;
    try {
        Transaction tx(db, Transaction::Durable);
        const qint64 now = m_door.clock()->nowMs();
        siteId
            = leadId > 0 ? SiteStore::createForLead(db, leadId, now) : SiteStore::createForProduct(db, productId, now);
        if (siteId == 0) {
            *error = leadId > 0
                ? QCoreApplication::translate("SiteActions", "That lead is no longer in the workspace.")
                : QCoreApplication::translate("SiteActions", "That product is no longer in the workspace.");
            return 0;
        }
        if (!enqueue(siteId, 0, {}, error))
            return 0;
        AuditLog::append(db, now, m_door.actor(), u"site.generate"_s, u"site:%1"_s.arg(siteId),
            QJsonObject{{leadId > 0 ? u"lead"_s : u"product"_s, leadId > 0 ? leadId : productId},
                {u"title"_s, SiteStore::site(db, siteId)->name}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = savedNothing(e);
        return 0;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {siteId}, true);
        bus->publishChanged(EventBus::Topic::Jobs, {}, true);
        bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return siteId;
}

bool SiteActions::regenerate(qint64 unitId, const QString& instruction, QString* error)
{
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QSqlDatabase& db = m_door.db();
    qint64 siteId = 0;
    try {
        Transaction tx(db, Transaction::Durable);
        const auto unit = SiteStore::unit(db, unitId);
        if (!unit) {
            *error = QCoreApplication::translate("SiteActions", "That part of the site no longer exists.");
            return false;
        }
        if (unit->locked) {
            *error = QCoreApplication::translate("SiteActions", "%1 is locked: unlock it to write it again.")
                         .arg(SiteSpec::displayName(unit->piece.kind));
            return false;
        }
        siteId = unit->piece.productId;
        const qint64 now = m_door.clock()->nowMs();
        SiteStore::queueAgain(db, unitId, now);
        if (!enqueue(siteId, unitId, instruction.trimmed(), error))
            return false;
        AuditLog::append(db, now, m_door.actor(), u"site.regenerate"_s, u"site:%1"_s.arg(siteId),
            QJsonObject{{u"unit"_s, unit->piece.kind}, {u"instruction"_s, instruction.trimmed()},
                {u"title"_s, SiteStore::site(db, siteId)->name}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = savedNothing(e);
        return false;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {siteId}, true);
        bus->publishChanged(EventBus::Topic::Jobs, {}, true);
        bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return true;
}

bool SiteActions::setLocked(qint64 unitId, bool locked, QString* error)
{
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QSqlDatabase& db = m_door.db();
    qint64 siteId = 0;
    try {
        Transaction tx(db, Transaction::Durable);
        const auto unit = SiteStore::unit(db, unitId);
        if (!unit) {
            *error = QCoreApplication::translate("SiteActions", "That part of the site no longer exists.");
            return false;
        }
        if (locked && unit->piece.acceptedVersionId == 0) {
            *error = QCoreApplication::translate("SiteActions", "Only a part both models accepted can be locked.");
            return false;
        }
        siteId = unit->piece.productId;
        const qint64 now = m_door.clock()->nowMs();
        SiteStore::setLocked(db, unitId, locked, now);
        AuditLog::append(db, now, m_door.actor(), locked ? u"site.lock"_s : u"site.unlock"_s, u"site:%1"_s.arg(siteId),
            QJsonObject{{u"unit"_s, unit->piece.kind}, {u"title"_s, SiteStore::site(db, siteId)->name}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = savedNothing(e);
        return false;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {siteId}, true);
        bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return true;
}

bool SiteActions::resume(qint64 siteId, QString* error)
{
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QSqlDatabase& db = m_door.db();
    try {
        Transaction tx(db, Transaction::Durable);
        if (!SiteStore::site(db, siteId)) {
            *error = QCoreApplication::translate("SiteActions", "That site no longer exists.");
            return false;
        }
        if (!enqueue(siteId, 0, {}, error))
            return false;
        AuditLog::append(db, m_door.clock()->nowMs(), m_door.actor(), u"site.resume"_s, u"site:%1"_s.arg(siteId),
            QJsonObject{{u"title"_s, SiteStore::site(db, siteId)->name}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = savedNothing(e);
        return false;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {siteId}, true);
        bus->publishChanged(EventBus::Topic::Jobs, {}, true);
    }
    return true;
}
