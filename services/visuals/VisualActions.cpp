#include "VisualActions.h"

#include "VisualRun.h"
#include "core/Clock.h"
#include "jobs/WorkerPool.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

VisualActions::VisualActions(const ChangeDoor& door, WorkerPool* pool)
    : m_door(door)
    , m_pool(pool)
{ }

QList<VisualStore::Visual> VisualActions::visuals(qint64 productId) const
{
    return VisualStore::forProduct(m_door.db(), productId);
}

VisualActions::Progress VisualActions::progress(qint64 productId) const
{
    Progress p;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT state, last_error, result FROM jobs WHERE kind = ? AND subject_id = ? ORDER BY id DESC LIMIT 1"_s,
        {Visuals::Make.key(), productId});
    if (!q.next())
        return p;
    const QString state = q.value(0).toString();
    p.busy = state == u"queued" || state == u"running";
    if (state == u"dead")
        p.problem = q.value(1).toString();
    p.note = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(u"note"_s).toString();
    return p;
}

QList<QColor> VisualActions::headlineColors() const
{
    return VisualStore::brandColors(m_door.db()) << QColor(Qt::white) << QColor(Qt::black);
}

bool VisualActions::make(qint64 productId, const QString& headline, const QColor& textColor, QString* error)
{
    bool queued = false;
    const bool ok = m_door.change(
        {u"visual.requested"_s, u"product:%1"_s.arg(productId),
            {{u"headline"_s, headline}, {u"text_color"_s, textColor.isValid() ? textColor.name() : QString()}},
            EventBus::Topic::Products},
        [&](const QSqlDatabase& db) {
            queued = Visuals::queue(db, productId, headline, m_door.clock()->nowMs(), textColor);
        },
        error);
    if (ok && queued && m_pool)
        m_pool->wake();
    return ok;
}

bool VisualActions::decide(qint64 visualId, bool approve, QString* error)
{
    const QString status = approve ? u"approved"_s : u"rejected"_s;
    return m_door.change(
        {approve ? u"visual.approved"_s : u"visual.rejected"_s, u"visual:%1"_s.arg(visualId), {},
            EventBus::Topic::Products},
        [&](const QSqlDatabase& db) {
            if (Sql::update(db, u"UPDATE product_visuals SET status = ? WHERE id = ?"_s, {status, visualId}) != 1)
                throw SqlError(QCoreApplication::translate("VisualActions", "The visual was made again meanwhile"));
        },
        error);
}
