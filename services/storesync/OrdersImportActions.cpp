#include "OrdersImportActions.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "storage/BackgroundTask.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

OrdersImportActions::OrdersImportActions(
    const QString& databasePath, const Clock* clock, EventBus* bus, const UserSession* session, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_bus(bus)
    , m_session(session)
{ }

OrdersImportActions::~OrdersImportActions()
{
    // Reading is abandoned; writing finishes the batch it is in (whole orders), then stops.
    cancel();
}

QString OrdersImportActions::whyNot() const
{
    return m_session ? m_session->whyViewer() : QString();
}

void OrdersImportActions::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void OrdersImportActions::import(const QString& path)
{
    if (isBusy())
        return;
    const QString file = QFileInfo(path).fileName();
    if (const QString refusal = whyNot(); !refusal.isEmpty()) {
        Outcome o;
        o.file = file;
        o.summary = refusal;
        emit imported(o);
        return;
    }
    const QString actor = m_session ? m_session->name() : u"import"_s;
    const QString machine = m_session ? m_session->machine() : QString();
    const Clock* clock = m_clock;
    m_cancel = BackgroundTask::run<Outcome>(
        m_databasePath, this,
        [path, file, actor, machine, clock](const BackgroundTask::Step& step) {
            Outcome o;
            o.file = file;
            const OrdersExport::Parsed parsed = OrdersExport::readFile(
                path, [&step](qint64 done, qint64 total) { return step.progress(done, total, u"read"_s); });
            o.rows = parsed.rows;
            o.issues = parsed.issues;
            o.warnings = parsed.warnings;
            OrdersExport::Written written;
            QString error = parsed.fatal;
            if (parsed.cancelled) {
                o.cancelled = true;
                error = QCoreApplication::translate(
                    "OrdersExport", "Reading the file was stopped; nothing was imported.");
            } else if (error.isEmpty()) {
                try {
                    written = OrdersExport::write(step.db, parsed.orders, clock->nowMs(),
                        [&step](qint64 done, qint64 total) { return step.progress(done, total, u"write"_s); });
                    o.ok = true;
                } catch (const SqlError& e) {
                    qCWarning(lcCommerce) << "orders import stopped:" << e.message();
                    error = QCoreApplication::translate("OrdersExport", "The import stopped: %1").arg(e.message());
                }
            }
            o.orders = written.orders;
            o.created = written.created;
            o.cancelled = o.cancelled || written.cancelled;
            o.summary = error.isEmpty() ? OrdersExport::summary(parsed, written) : error;
            // What happened, in the audit trail (also when nothing could be imported).
            try {
                Transaction tx(step.db);
                AuditLog::append(step.db, clock->nowMs(), actor, u"orders.imported"_s, u"orders"_s,
                    QJsonObject{{u"file"_s, file}, {u"source"_s, QString(OrdersExport::kSource)},
                        {u"rows"_s, parsed.rows}, {u"orders"_s, written.orders}, {u"created"_s, written.created},
                        {u"skipped"_s, parsed.issues.size()}, {u"cut_off_line"_s, parsed.cutOffLine},
                        {u"cancelled"_s, o.cancelled}, {u"error"_s, error}, {u"machine"_s, machine}});
                tx.commit();
            } catch (const SqlError& e) {
                qCWarning(lcCommerce) << "cannot write the orders import's audit entry:" << e.message();
            }
            return o;
        },
        [this](qint64 done, qint64 total, const QString& what) {
            emit progress(what == u"write" ? Phase::Writing : Phase::Reading, done, total);
        },
        [this](Outcome o) {
            m_cancel.reset();
            if (m_bus) {
                if (o.orders > 0)
                    m_bus->publishChanged(EventBus::Topic::StoreData, {}, true);
                m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
            }
            emit imported(o);
        });
}
