#include "VisualActions.h"

#include "VisualRun.h"
#include "core/Clock.h"
#include "jobs/WorkerPool.h"
#include "resilience/Pricing.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

VisualActions::VisualActions(const ChangeDoor& door, WorkerPool* pool, const QString& root)
    : m_door(door)
    , m_root(root)
    , m_pool(pool)
{ }

QList<VisualStore::Visual> VisualActions::visuals(qint64 productId) const
{
    return VisualStore::forProduct(m_door.db(), productId);
}

VisualActions::Progress VisualActions::progress(qint64 productId) const
{
    Progress p;
    try {
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
    } catch (const SqlError& e) {
        p.problem = e.message();
    }
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

VisualActions::Look VisualActions::look(QString* error) const
{
    const QSqlDatabase& db = m_door.db();
    Look l;
    try {
        l.brand = VisualStore::brandColors(db);
        l.logoPath = VisualStore::logoPath(db);
        l.providers = VisualStore::choices(db, PriceTable::load(db));
        l.minimumQuality = VisualStore::minimumQuality(db);
        l.rules = VisualStore::rules(db);
    } catch (const SqlError& e) {
        if (error)
            *error = e.message();
        return Look{};
    }
    return l;
}

bool VisualActions::saveLook(const Look& look, QString* error)
{
    QString logo = look.logoPath;
    if (!logo.isEmpty() && logo != VisualStore::logoPath(m_door.db())) {
        const QImage picture(logo);
        if (picture.isNull() || std::min(picture.width(), picture.height()) < 32) {
            if (error)
                *error = QCoreApplication::translate("VisualActions", "%1 is not a picture of at least 32 × 32 pixels")
                             .arg(QFileInfo(logo).fileName());
            return false;
        }
        // Kept in the workspace as a PNG: the visuals do not depend on a file elsewhere.
        const QString target = QDir(m_root).filePath(u"visuals/logo-%1.png"_s.arg(m_door.clock()->nowMs()));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!picture.save(target, "PNG")) {
            if (error)
                *error = QCoreApplication::translate("VisualActions", "Cannot keep the logo in the workspace (%1)")
                             .arg(target);
            return false;
        }
        logo = target;
    }
    QJsonArray brand;
    for (const QColor& c : look.brand)
        brand.append(c.name());
    QJsonObject marks;
    for (const auto& p : look.providers)
        marks.insert(p.providerId, p.quality);
    return m_door.change(
        {u"settings.visuals"_s, u"visuals"_s,
            {{u"brand"_s, brand}, {u"logo"_s, !logo.isEmpty()}, {u"quality"_s, marks},
                {u"minimum_quality"_s, look.minimumQuality}, {u"min_contrast"_s, look.rules.minContrast},
                {u"max_delta_e"_s, look.rules.maxDeltaE}, {u"max_text_on_product"_s, look.rules.maxTextOnProduct}},
            EventBus::Topic::Settings},
        [&](const QSqlDatabase& db) {
            VisualStore::setBrandColors(db, look.brand);
            VisualStore::setLogoPath(db, logo);
            for (const auto& p : look.providers)
                VisualStore::setQuality(db, p.providerId, p.quality);
            VisualStore::setMinimumQuality(db, look.minimumQuality);
            VisualStore::setRules(db, look.rules);
        },
        error);
}

bool VisualActions::decide(const VisualStore::Visual& seen, bool approve, QString* error)
{
    const QString status = approve ? u"approved"_s : u"rejected"_s;
    return m_door.change(
        {approve ? u"visual.approved"_s : u"visual.rejected"_s, u"visual:%1"_s.arg(seen.id),
            {{u"format"_s, seen.format}, {u"path"_s, QFileInfo(seen.path).fileName()}}, EventBus::Topic::Products},
        [&](const QSqlDatabase& db) {
            if (Sql::update(db, u"UPDATE product_visuals SET status = ? WHERE id = ? AND created_at = ? AND path = ?"_s,
                    {status, seen.id, seen.createdAt, seen.path})
                != 1)
                throw SqlError(QCoreApplication::translate(
                    "VisualActions", "The visual was made again since you looked at it: look at the new one first"));
        },
        error);
}
