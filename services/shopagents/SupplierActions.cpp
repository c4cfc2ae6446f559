#include "SupplierActions.h"

#include "SupplierAgent.h"
#include "agents/AgentRuns.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/SmallFile.h"
#include "jobs/WorkerPool.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

SupplierActions::SupplierActions(const ChangeDoor& door, WorkerPool* pool)
    : m_door(door)
    , m_pool(pool)
{ }

Suppliers::ListState SupplierActions::list() const
{
    return Suppliers::listState(m_door.db());
}

QList<Suppliers::Quote> SupplierActions::quotes() const
{
    try {
        return Suppliers::quotes(m_door.db());
    } catch (const SqlError& e) {
        qCWarning(lcAgents) << "supplier list:" << e.message();
        return {};
    }
}

SupplierActions::Import SupplierActions::importList(const QString& path)
{
    Import out;
    if (const QString why = m_door.whyNot(); !why.isEmpty()) {
        out.summary = why;
        return out;
    }
    const auto bytes = SmallFile::read(path, 64LL * 1024 * 1024, {}, &out.summary);
    if (!bytes)
        return out;
    const Suppliers::ParsedList parsed = Suppliers::parse(*bytes);
    out.problems = parsed.problems;
    if (!parsed.error.isEmpty()) {
        out.summary = parsed.error;
        return out;
    }
    Suppliers::Written written;
    QString error;
    const QString name = QFileInfo(path).fileName();
    const qint64 now = m_door.clock()->nowMs();
    out.ok = m_door.change(
        {u"suppliers.imported"_s, u"supplier_quotes:%1"_s.arg(name),
            QJsonObject{
                {u"file"_s, name}, {u"rows"_s, parsed.rows.size()}, {u"rows_not_read"_s, parsed.problems.size()}}},
        [&](const QSqlDatabase& db) {
            written = Suppliers::write(db, parsed, Settings::value(db, u"workspace.currency"_s, u"EUR"_s), now);
            // A paused agent waits, as its runs do.
            AgentRuns::queueNow(db, QString::fromLatin1(SupplierAgent::Name), now);
            out.agentPaused = Sql::scalar(
                db, u"SELECT paused FROM agents WHERE name = ?"_s, {QString::fromLatin1(SupplierAgent::Name)})
                                  .toBool();
        },
        &error);
    if (out.ok && m_pool)
        m_pool->wake();
    out.summary = out.ok ? Suppliers::summary(parsed, written) : error;
    return out;
}
