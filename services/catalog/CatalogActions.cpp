#include "CatalogActions.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "pipeline/ProductStore.h"
#include "storage/BackgroundTask.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CatalogActions::CatalogActions(const QString& databasePath, const Clock* clock, EventBus* bus, WorkerPool* pool,
    const UserSession* session, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_bus(bus)
    , m_pool(pool)
    , m_session(session)
{ }

CatalogActions::~CatalogActions()
{
    // A read is abandoned; a write finishes the batch it is in (whole products), then stops.
    cancel();
}

QString CatalogActions::whyNot() const
{
    return m_session ? m_session->whyViewer() : QString();
}

void CatalogActions::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CatalogActions::read(const QString& path, const CatalogImport::Options& options)
{
    if (isBusy())
        return;
    m_cancel = BackgroundTask::run<CatalogImport::Preview>(
        m_databasePath, this,
        [path, options](const BackgroundTask::Step& step) {
            CatalogImport::Preview preview = CatalogImport::readFile(
                path, options, [&step](qint64 done, qint64 total) { return step.progress(done, total, u"read"_s); });
            if (!preview.fatal.isEmpty())
                return preview;
            try {
                CatalogImport::match(step.db, &preview,
                    [&step](qint64 done, qint64 total) { return step.progress(done, total, u"match"_s); });
            } catch (const SqlError& e) {
                qCWarning(lcCatalog) << "cannot match the import with the workspace:" << e.message();
                preview.fatal = QCoreApplication::translate("CatalogImport", "Cannot compare with the workspace: %1")
                                    .arg(e.message());
            }
            if (step.cancelled())
                preview.fatal = QCoreApplication::translate("CatalogImport", "Reading the file was cancelled.");
            return preview;
        },
        [this](qint64 done, qint64 total, const QString& what) {
            emit progress(what == u"match" ? Phase::Matching : Phase::Reading, done, total);
        },
        [this](CatalogImport::Preview preview) {
            m_cancel.reset();
            emit previewReady(preview);
        });
}

void CatalogActions::import(const CatalogImport::Preview& preview, bool run)
{
    if (isBusy())
        return;
    struct Outcome
    {
        CatalogImport::Result result;
        QString error;
    };
    const QString refusal = whyNot();
    if (!refusal.isEmpty()) {
        emit imported({}, false, refusal);
        return;
    }
    const QString actor = m_session ? m_session->name() : u"import"_s;
    const QString machine = m_session ? m_session->machine() : QString();
    const Clock* clock = m_clock;
    m_cancel = BackgroundTask::run<Outcome>(
        m_databasePath, this,
        [preview, actor, machine, clock](const BackgroundTask::Step& step) {
            Outcome o;
            try {
                o.result = CatalogImport::apply(step.db, preview, actor, clock->nowMs(),
                    [&step](qint64 done, qint64 total) { return step.progress(done, total, u"write"_s); });
            } catch (const SqlError& e) {
                qCWarning(lcCatalog) << "import stopped:" << e.message();
                o.error = QCoreApplication::translate("CatalogImport", "The import stopped: %1").arg(e.message());
            }
            const int written = static_cast<int>(o.result.created.size() + o.result.updated.size());
            if (o.error.isEmpty() && o.result.cancelled)
                o.error = QCoreApplication::translate("CatalogImport",
                    "Cancelled: %n product(s) were written; importing the file again adds the rest.", nullptr, written);
            // What happened, in the audit trail (also when it stopped half-way).
            try {
                Transaction tx(step.db);
                AuditLog::append(step.db, clock->nowMs(), actor, u"catalog.imported"_s, u"catalog"_s,
                    QJsonObject{{u"format"_s, CatalogImport::formatName(preview.format)},
                        {u"created"_s, o.result.created.size()}, {u"updated"_s, o.result.updated.size()},
                        {u"unchanged"_s, o.result.unchanged}, {u"rows_skipped"_s, preview.skippedRows()},
                        {u"cancelled"_s, o.result.cancelled}, {u"error"_s, o.error}, {u"machine"_s, machine}});
                tx.commit();
            } catch (const SqlError& e) {
                qCWarning(lcCatalog) << "cannot write the import's audit entry:" << e.message();
            }
            return o;
        },
        [this](qint64 done, qint64 total, const QString&) { emit progress(Phase::Writing, done, total); },
        [this, run, actor](Outcome o) {
            m_cancel.reset();
            if (m_bus) {
                m_bus->publishChanged(EventBus::Topic::Products, {}, true);
                m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
            }
            const bool queue = run && !o.result.created.isEmpty() && !o.result.cancelled;
            emit imported(o.result, queue, o.error);
            if (queue)
                queueRuns(o.result.created, actor);
        });
}

void CatalogActions::queueRuns(const QList<qint64>& products, const QString& actor)
{
    struct Outcome
    {
        int queued = 0;
        QString error;
    };
    const Clock* clock = m_clock;
    m_cancel = BackgroundTask::run<Outcome>(
        m_databasePath, this,
        [products, actor, clock](const BackgroundTask::Step& step) {
            Outcome o;
            try {
                const auto request = ProductStore::requestRun(step.db, products, actor, clock->nowMs(),
                    [&step](qint64 done, qint64 total) { return step.progress(done, total, u"queue"_s); });
                o.queued = static_cast<int>(request.queued.size());
            } catch (const SqlError& e) {
                qCWarning(lcCatalog) << "cannot queue the imported products:" << e.message();
                o.error = QCoreApplication::translate("CatalogImport",
                    "The new products were imported but not all were queued for writing: %1. Run the drafts to "
                    "queue the rest.")
                              .arg(e.message());
            }
            return o;
        },
        [this](qint64 done, qint64 total, const QString&) { emit progress(Phase::Queuing, done, total); },
        [this](Outcome o) {
            m_cancel.reset();
            if (m_bus) {
                m_bus->publishChanged(EventBus::Topic::Products, {}, true);
                m_bus->publishChanged(EventBus::Topic::Jobs);
            }
            if (m_pool && o.queued > 0)
                m_pool->wake();
            emit queued(o.queued, o.error);
        });
}
