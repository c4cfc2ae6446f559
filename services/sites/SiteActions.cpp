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

SiteActions::SiteActions(const ChangeDoor& door, const UserSession* session, QObject* parent)
    : QObject(parent)
    , m_door(door)
    , m_session(session)
{ }

QString SiteActions::whyNot() const
{
    return m_session ? m_session->whyViewer() : QString();
}

bool SiteActions::write(const Write& change, QString* error)
{
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QSqlDatabase& db = m_door.db();
    Done done;
    try {
        Transaction tx(db, Transaction::Durable);
        if (!change(db, m_door.clock()->nowMs(), &done, error))
            return false;
        AuditLog::append(
            db, m_door.clock()->nowMs(), m_door.actor(), done.action, u"site:%1"_s.arg(done.siteId), done.details);
        tx.commit();
    } catch (const SqlError& e) {
        *error = QCoreApplication::translate("ChangeDoor", "Nothing was saved: %1").arg(e.message());
        return false;
    }
    if (EventBus* bus = m_door.bus()) {
        bus->publishChanged(EventBus::Topic::Sites, {done.siteId}, true);
        if (done.queued)
            bus->publishChanged(EventBus::Topic::Jobs, {}, true);
        bus->publishChanged(EventBus::Topic::Audit, {}, true);
    }
    return true;
}

bool SiteActions::enqueue(qint64 siteId, qint64 unitId, const QString& instruction, QString* error)
{
    const QSqlDatabase& db = m_door.db();
    const qint64 now = m_door.clock()->nowMs();
    if (unitId == 0 && JobQueue::hasActiveJob(db, SiteJobs::Generate, siteId)) {
        *error = tr("This site is being generated already.");
        return false;
    }
    JobQueue::NewJob job;
    job.kind = SiteJobs::Generate;
    job.subjectId = siteId;
    job.idempotencyKey = u"site:%1:%2:%3"_s.arg(siteId).arg(unitId).arg(now);
    // One run of a site's chain at a time: a part written again while the chain still runs waits its turn.
    job.payload = QJsonObject{{u"lane"_s, u"site:%1"_s.arg(siteId)}};
    if (unitId > 0) {
        job.payload.insert(u"unit"_s, unitId);
        job.payload.insert(u"instruction"_s, instruction);
        job.payload.insert(u"actor"_s, m_door.actor());
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

qint64 SiteActions::generateForCatalog(const QString& collection, QString* error)
{
    qint64 siteId = 0;
    const bool ok = write(
        [&](const QSqlDatabase& db, qint64 now, Done* done, QString* why) {
            siteId = SiteStore::createForCatalog(db, collection, now);
            if (siteId == 0) {
                *why = collection.isEmpty() ? tr("The shop has no products yet: add or import them first.")
                                            : tr("The collection %1 has no products.").arg(collection);
                return false;
            }
            if (!enqueue(siteId, 0, {}, why))
                return false;
            *done = Done{siteId, u"site.generate"_s,
                QJsonObject{{collection.isEmpty() ? u"shop"_s : u"collection"_s,
                                collection.isEmpty() ? QJsonValue(true) : QJsonValue(collection)},
                    {u"title"_s, SiteStore::site(db, siteId)->name}},
                true};
            return true;
        },
        error);
    return ok ? siteId : 0;
}

qint64 SiteActions::generate(qint64 productId, qint64 leadId, QString* error)
{
    qint64 siteId = 0;
    const bool ok = write(
        [&](const QSqlDatabase& db, qint64 now, Done* done, QString* why) {
            if (leadId > 0
                && Sql::scalar(db, u"SELECT status FROM leads WHERE id = ?"_s, {leadId}).toString()
                    == u"do_not_contact") {
                *why = tr("That lead is marked do not contact: no concept is written for them.");
                return false;
            }
            siteId = leadId > 0 ? SiteStore::createForLead(db, leadId, now)
                                : SiteStore::createForProduct(db, productId, now);
            if (siteId == 0) {
                *why = leadId > 0 ? tr("That lead is no longer in the workspace.")
                                  : tr("That product is no longer in the workspace.");
                return false;
            }
            if (!enqueue(siteId, 0, {}, why))
                return false;
            *done = Done{siteId, u"site.generate"_s,
                QJsonObject{{leadId > 0 ? u"lead"_s : u"product"_s, leadId > 0 ? leadId : productId},
                    {u"title"_s, SiteStore::site(db, siteId)->name}},
                true};
            return true;
        },
        error);
    return ok ? siteId : 0;
}

bool SiteActions::regenerate(qint64 unitId, const QString& instruction, QString* error)
{
    return write(
        [&](const QSqlDatabase& db, qint64 now, Done* done, QString* why) {
            const auto unit = SiteStore::unit(db, unitId);
            if (!unit) {
                *why = tr("That part of the site no longer exists.");
                return false;
            }
            if (unit->locked) {
                *why = tr("%1 is locked: unlock it to write it again.").arg(SiteSpec::displayName(unit->piece.kind));
                return false;
            }
            const qint64 siteId = unit->piece.productId;
            SiteStore::queueAgain(db, unitId, now, instruction.trimmed(), m_door.actor());
            if (!enqueue(siteId, unitId, instruction.trimmed(), why))
                return false;
            *done = Done{siteId, u"site.regenerate"_s,
                QJsonObject{{u"unit"_s, unit->piece.kind}, {u"instruction"_s, instruction.trimmed()},
                    {u"title"_s, SiteStore::site(db, siteId)->name}},
                true};
            return true;
        },
        error);
}

bool SiteActions::setLocked(qint64 unitId, bool locked, QString* error)
{
    return write(
        [&](const QSqlDatabase& db, qint64 now, Done* done, QString* why) {
            const auto unit = SiteStore::unit(db, unitId);
            if (!unit) {
                *why = tr("That part of the site no longer exists.");
                return false;
            }
            if (locked && unit->piece.acceptedVersionId == 0) {
                *why = tr("Only a part both models accepted can be locked.");
                return false;
            }
            const qint64 siteId = unit->piece.productId;
            SiteStore::setLocked(db, unitId, locked, now);
            *done = Done{siteId, locked ? u"site.lock"_s : u"site.unlock"_s,
                QJsonObject{{u"unit"_s, unit->piece.kind}, {u"title"_s, SiteStore::site(db, siteId)->name}}, false};
            return true;
        },
        error);
}

bool SiteActions::resume(qint64 siteId, QString* error)
{
    return write(
        [&](const QSqlDatabase& db, qint64 now, Done* done, QString* why) {
            const auto site = SiteStore::site(db, siteId);
            if (!site) {
                *why = tr("That site no longer exists.");
                return false;
            }
            // The parts that stopped the chain get a fresh run of attempts; the accepted ones stay.
            for (const SiteStore::Unit& u : SiteStore::units(db, siteId)) {
                if (!u.locked
                    && (u.piece.state == ContentStore::PieceState::Rejected
                        || u.piece.state == ContentStore::PieceState::Failed))
                    SiteStore::queueAgain(db, u.piece.id, now, u.instruction, u.instructionBy);
            }
            if (!enqueue(siteId, 0, {}, why))
                return false;
            *done = Done{siteId, u"site.resume"_s, QJsonObject{{u"title"_s, site->name}}, true};
            return true;
        },
        error);
}
