#include "PipelineActions.h"

#include "PipelineJobs.h"
#include "SetupState.h"

#include "audit/AuditLog.h"

#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "resilience/Pricing.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <functional>

using namespace Qt::StringLiterals;

PipelineActions::PipelineActions(const QSqlDatabase& db, const QString& workspaceRoot, const Clock* clock,
    EventBus* bus, WorkerPool* pool, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_root(workspaceRoot)
    , m_clock(clock)
    , m_bus(bus)
    , m_pool(pool)
    , m_actor(qEnvironmentVariable("USER", u"owner"_s))
{
    if (m_pool)
        connect(m_pool, &WorkerPool::stateChanged, this, &PipelineActions::stateChanged);
}

void PipelineActions::setActor(const QString& actor, bool canChange, bool isOwner)
{
    m_actor = actor;
    m_canChange = canChange;
    m_isOwner = isOwner;
}

QString PipelineActions::whyReadOnly() const
{
    if (m_canChange)
        return {};
    return QCoreApplication::translate("PipelineActions", "%1 is a viewer: viewers see everything and change nothing.")
        .arg(m_actor);
}

void PipelineActions::changed(const QList<qint64>& productIds, bool membership)
{
    if (m_bus) {
        m_bus->publishChanged(EventBus::Topic::Products, productIds, membership);
        m_bus->publishChanged(EventBus::Topic::Jobs);
    }
    if (m_pool)
        m_pool->wake();
}

qint64 PipelineActions::addProduct(ProductFacts facts, const QStringList& imageFiles, bool run, QString* error)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return 0;
    }
    facts.source = u"manual"_s;
    // Images are part of the facts: they are copied, so the product survives the originals moving.
    const QDir images(QDir(m_root).filePath(u"images"_s));
    if (!images.exists() && !QDir().mkpath(images.path())) {
        *error = QCoreApplication::translate("PipelineActions", "Cannot create the folder %1.").arg(images.path());
        return 0;
    }
    const qint64 now = m_clock->nowMs();
    QStringList copied;
    facts.images.clear();
    for (int i = 0; i < imageFiles.size(); ++i) {
        const QFileInfo source(imageFiles.at(i));
        const QString name = u"%1-%2-%3.%4"_s.arg(now).arg(i + 1).arg(
            QString(facts.name).toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s).left(40),
            source.suffix().toLower());
        const QString target = images.filePath(name);
        if (!QFile::copy(source.absoluteFilePath(), target)) {
            for (const QString& done : copied)
                QFile::remove(done);
            *error = QCoreApplication::translate("PipelineActions", "Cannot copy the image %1 into the workspace.")
                         .arg(source.fileName());
            return 0;
        }
        copied.append(target);
        facts.images.append(u"images/"_s + name);
    }
    const auto problems = facts.validate(ProductFacts::Origin::Manual);
    if (!problems.isEmpty()) {
        for (const QString& done : copied)
            QFile::remove(done);
        *error = problems.first().message;
        return 0;
    }
    qint64 id = 0;
    try {
        Transaction tx(m_db);
        id = ProductStore::create(m_db, facts, m_actor, now);
        Sql::exec(m_db, u"DELETE FROM product_drafts"_s);
        tx.commit();
    } catch (const SqlError& e) {
        for (const QString& done : copied)
            QFile::remove(done);
        *error = e.message().contains(u"UNIQUE"_s)
            ? QCoreApplication::translate("PipelineActions", "A product with SKU “%1” already exists.").arg(facts.sku)
            : e.message();
        return 0;
    }
    qCInfo(lcPipeline) << "product" << id << "added by hand";
    // The product is kept either way; its run waits for a provider rather than failing on jargon.
    if (run && whyCannotRun().isEmpty())
        ProductStore::requestRun(m_db, {id}, m_actor, now);
    changed({id}, true);
    return id;
}

ProductStore::RunRequest PipelineActions::run(const QList<qint64>& productIds)
{
    if (!m_canChange) {
        ProductStore::RunRequest refused;
        for (qint64 id : productIds)
            refused.skipped.append({id, whyReadOnly()});
        return refused;
    }
    if (const QString why = whyCannotRun(); !why.isEmpty()) {
        ProductStore::RunRequest refused;
        for (qint64 id : productIds)
            refused.skipped.append({id, why});
        return refused;
    }
    const auto result = ProductStore::requestRun(m_db, productIds, m_actor, m_clock->nowMs());
    changed(result.queued, false);
    return result;
}

ProductStore::RunRequest PipelineActions::runAllDrafts()
{
    QList<qint64> ids;
    QSqlQuery q
        = Sql::exec(m_db, u"SELECT id FROM products WHERE stage = 'draft' AND archived_at IS NULL ORDER BY id"_s);
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return run(ids);
}

PipelineActions::CostBasis PipelineActions::costBasis() const
{
    CostBasis basis;
    try {
        QList<qint64> costs;
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT cost_micros FROM products WHERE cost_micros > 0 AND stage NOT IN ('draft', 'enhancing') "
            u"ORDER BY cost_micros LIMIT 10001"_s);
        while (q.next())
            costs.append(q.value(0).toLongLong());
        basis.products = static_cast<int>(costs.size());
        if (!costs.isEmpty())
            basis.perProductMicros = costs.at(costs.size() / 2);
        basis.dailyBudgetMicros = SpendGuard::storedDailyBudget(m_db);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read the cost of earlier runs:" << e.message();
    }
    return basis;
}

QString PipelineActions::whyCannotRun() const
{
    return SetupState::whyCannotWrite(m_db);
}

bool PipelineActions::regenerate(qint64 productId, const QString& kind, const QString& instruction, QString* error)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return false;
    }
    if (const QString why = whyCannotRun(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!ProductStore::requestPieceRun(m_db, productId, kind, instruction, m_actor, m_clock->nowMs(), error))
        return false;
    changed({productId}, false);
    return true;
}

qint64 PipelineActions::saveEdit(qint64 pieceId, const QJsonObject& body, QString* error)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return 0;
    }
    const qint64 id = ProductStore::saveEdit(m_db, pieceId, body, m_actor, m_clock->nowMs(), error);
    if (id > 0) {
        const qint64 product
            = Sql::scalar(m_db, u"SELECT product_id FROM content_pieces WHERE id = ?"_s, {pieceId}).toLongLong();
        changed({product}, false);
    }
    return id;
}

namespace
{
// The facts a person can correct, by the name the audit entry uses; content marks those the
// generated copy states (and the fact checks hold it to).
struct FactField
{
    QString key;
    bool content;
    std::function<QJsonValue(const ProductFacts&)> value;
};

const QList<FactField>& factFields()
{
    static const QList<FactField> fields{
        {u"name"_s, true, [](const ProductFacts& f) { return QJsonValue(f.name); }},
        {u"description"_s, true, [](const ProductFacts& f) { return QJsonValue(f.description); }},
        {u"price_cents"_s, true, [](const ProductFacts& f) { return QJsonValue(f.priceCents); }},
        {u"currency"_s, true, [](const ProductFacts& f) { return QJsonValue(f.currency); }},
        {u"category"_s, true, [](const ProductFacts& f) { return QJsonValue(f.category); }},
        {u"material"_s, true, [](const ProductFacts& f) { return QJsonValue(f.material()); }},
        {u"sizes"_s, true, [](const ProductFacts& f) { return QJsonValue(Json::fromStringList(f.sizes())); }},
        {u"sku"_s, false, [](const ProductFacts& f) { return QJsonValue(f.sku); }},
        {u"cost_cents"_s, false,
            [](const ProductFacts& f) { return f.costCents ? QJsonValue(*f.costCents) : QJsonValue(); }},
        {u"audience"_s, false, [](const ProductFacts& f) { return QJsonValue(f.audience); }},
        {u"brand_voice"_s, false, [](const ProductFacts& f) { return QJsonValue(f.brandVoice); }},
        {u"competitor_urls"_s, false,
            [](const ProductFacts& f) { return QJsonValue(Json::fromStringList(f.competitorUrls)); }},
        {u"attributes"_s, false, [](const ProductFacts& f) { return QJsonValue(f.attributes); }},
        {u"images"_s, false, [](const ProductFacts& f) { return QJsonValue(Json::fromStringList(f.images)); }},
    };
    return fields;
}

QString fieldName(const QString& key)
{
    if (key == u"name")
        return QCoreApplication::translate("PipelineActions", "Name");
    if (key == u"description")
        return QCoreApplication::translate("PipelineActions", "Description");
    if (key == u"price_cents")
        return QCoreApplication::translate("PipelineActions", "Price");
    if (key == u"currency")
        return QCoreApplication::translate("PipelineActions", "Currency");
    if (key == u"category")
        return QCoreApplication::translate("PipelineActions", "Category");
    if (key == u"material")
        return QCoreApplication::translate("PipelineActions", "Material");
    if (key == u"sizes")
        return QCoreApplication::translate("PipelineActions", "Sizes");
    return key;
}
} // namespace

bool PipelineActions::updateFacts(qint64 productId, const ProductFacts& edited, QString* error, QString* summary)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return false;
    }
    const auto before = facts(productId);
    if (!before) {
        *error = QCoreApplication::translate("PipelineActions", "The product no longer exists.");
        return false;
    }
    ProductFacts after = edited;
    after.id = productId;
    after.source = before->source;
    // The store keeps a SKU or handle that is not given (as an import does): say what it keeps.
    if (after.handle.trimmed().isEmpty())
        after.handle = before->handle;
    if (after.sku.trimmed().isEmpty())
        after.sku = before->sku;
    const auto problems
        = after.validate(before->source == u"manual" ? ProductFacts::Origin::Manual : ProductFacts::Origin::Import);
    if (!problems.isEmpty()) {
        *error = problems.first().message;
        return false;
    }
    QJsonObject beforeJson, afterJson;
    QStringList contentChanges;
    for (const FactField& f : factFields()) {
        const QJsonValue a = f.value(*before), b = f.value(after);
        if (a == b)
            continue;
        beforeJson.insert(f.key, a);
        afterJson.insert(f.key, b);
        if (f.content)
            contentChanges.append(fieldName(f.key));
    }
    if (beforeJson.isEmpty()) {
        if (summary)
            *summary = QCoreApplication::translate("PipelineActions", "Nothing changed.");
        return true;
    }
    const qint64 now = m_clock->nowMs();
    int rechecked = 0;
    QString notChecked;
    try {
        Transaction tx(m_db);
        if (!contentChanges.isEmpty() && ProductStore::hasActiveWork(m_db, productId)) {
            *error = QCoreApplication::translate(
                "PipelineActions", "The product is being worked on; wait for it to finish, then correct its facts.");
            return false;
        }
        ProductStore::updateFacts(m_db, productId, after, now);
        if (!contentChanges.isEmpty()) {
            const ProductStage s = ProductStore::stage(m_db, productId);
            const bool archived
                = Sql::scalar(m_db, u"SELECT archived_at IS NOT NULL FROM products WHERE id = ?"_s, {productId})
                      .toBool();
            if (ProductStore::canChangeContent(s) && !archived) {
                const QString reason = QCoreApplication::translate("PipelineActions", "Facts changed: %1")
                                           .arg(contentChanges.join(u", "_s));
                rechecked = ProductStore::queueFactsRecheck(m_db, productId, reason, now);
            } else if (!archived) {
                notChecked = Stage::displayName(s);
            }
        }
        QJsonObject detail{{u"product"_s, after.name}, {u"before"_s, beforeJson}, {u"after"_s, afterJson}};
        if (rechecked > 0)
            detail.insert(u"pieces_rechecked"_s, rechecked);
        AuditLog::append(m_db, now, m_actor, u"product.facts_changed"_s, u"product:%1"_s.arg(productId), detail);
        tx.commit();
    } catch (const SqlError& e) {
        *error = e.message().contains(u"UNIQUE"_s)
            ? QCoreApplication::translate("PipelineActions", "A product with SKU “%1” already exists.").arg(after.sku)
            : e.message();
        return false;
    }
    qCInfo(lcPipeline) << "facts of product" << productId << "changed:" << afterJson.keys();
    if (summary) {
        const QString list = QLocale().createSeparatedList(contentChanges);
        if (contentChanges.isEmpty())
            *summary = QCoreApplication::translate("PipelineActions", "Facts saved.");
        else if (rechecked > 0)
            *summary = QCoreApplication::translate(
                "PipelineActions", "%1 changed; %n piece(s) will be checked again.", nullptr, rechecked)
                           .arg(list);
        else if (!notChecked.isEmpty())
            *summary = QCoreApplication::translate(
                "PipelineActions", "%1 changed; the content is not checked again while the product is %2.")
                           .arg(list, notChecked);
        else
            *summary = QCoreApplication::translate("PipelineActions", "%1 changed.").arg(list);
    }
    changed({productId}, false);
    if (m_bus)
        m_bus->publishChanged(EventBus::Topic::Audit);
    return true;
}

namespace
{
QList<qint64> existingProducts(const QSqlDatabase& db, const QList<qint64>& ids, bool archived)
{
    QList<qint64> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT id FROM products WHERE id IN (%1) AND archived_at IS %2 NULL ORDER BY id"_s.arg(
            Sql::idList(ids), archived ? u"NOT"_s : QString()));
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}
} // namespace

int PipelineActions::archive(const QList<qint64>& productIds, QString* error)
{
    return setArchived(productIds, true, error);
}

int PipelineActions::unarchive(const QList<qint64>& productIds, QString* error)
{
    return setArchived(productIds, false, error);
}

int PipelineActions::setArchived(const QList<qint64>& productIds, bool archived, QString* error)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return 0;
    }
    const qint64 now = m_clock->nowMs();
    QList<qint64> ids;
    try {
        Transaction tx(m_db);
        ids = existingProducts(m_db, productIds, !archived);
        if (ids.isEmpty()) {
            *error = archived ? QCoreApplication::translate("PipelineActions", "Nothing to archive.")
                              : QCoreApplication::translate("PipelineActions", "Nothing to restore.");
            return 0;
        }
        if (archived) {
            // A product being worked on is left alone: archiving it would either run it after all or
            // throw away work that undo could not bring back.
            QList<qint64> idle;
            for (qint64 id : std::as_const(ids)) {
                if (!ProductStore::hasActiveWork(m_db, id))
                    idle.append(id);
            }
            if (idle.isEmpty()) {
                *error = QCoreApplication::translate(
                    "PipelineActions", "Being worked on right now; archive when the work has finished.");
                return 0;
            }
            ids = idle;
        }
        Sql::exec(m_db, u"UPDATE products SET archived_at = ?, updated_at = ? WHERE id IN (%1)"_s.arg(Sql::idList(ids)),
            {archived ? QVariant(now) : QVariant(), now});
        QJsonArray list;
        for (qint64 id : std::as_const(ids))
            list.append(id);
        AuditLog::append(m_db, now, m_actor, archived ? u"product.archived"_s : u"product.unarchived"_s, u"products"_s,
            QJsonObject{{u"products"_s, list}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = e.message();
        return 0;
    }
    changed(ids, true);
    if (m_bus)
        m_bus->publishChanged(EventBus::Topic::Audit);
    return static_cast<int>(ids.size());
}

qint64 PipelineActions::duplicate(qint64 productId, QString* error)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return 0;
    }
    const auto original = facts(productId);
    if (!original) {
        *error = QCoreApplication::translate("PipelineActions", "The product no longer exists.");
        return 0;
    }
    ProductFacts copy = *original;
    copy.id = 0;
    copy.sku.clear();
    copy.handle.clear();
    copy.name = QCoreApplication::translate("PipelineActions", "%1 (copy)").arg(original->name);
    copy.source = u"manual"_s;
    const qint64 now = m_clock->nowMs();
    qint64 id = 0;
    try {
        Transaction tx(m_db);
        id = ProductStore::create(m_db, copy, m_actor, now);
        AuditLog::append(m_db, now, m_actor, u"product.duplicated"_s, u"product:%1"_s.arg(id),
            QJsonObject{{u"from"_s, productId}, {u"name"_s, copy.name}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = e.message();
        return 0;
    }
    changed({id}, true);
    if (m_bus)
        m_bus->publishChanged(EventBus::Topic::Audit);
    return id;
}

qint64 PipelineActions::restoreVersion(qint64 versionId, QString* error)
{
    if (!m_canChange) {
        *error = whyReadOnly();
        return 0;
    }
    const qint64 now = m_clock->nowMs();
    qint64 product = 0;
    qint64 id = 0;
    try {
        Transaction tx(m_db);
        id = ProductStore::restoreVersion(m_db, versionId, m_actor, now, error, &product);
        if (id <= 0)
            return 0;
        AuditLog::append(m_db, now, m_actor, u"content.version_restored"_s, u"version:%1"_s.arg(id),
            QJsonObject{{u"product"_s, product}, {u"restored_from"_s, versionId}});
        tx.commit();
    } catch (const SqlError& e) {
        *error = e.message();
        return 0;
    }
    changed({product}, false);
    if (m_bus)
        m_bus->publishChanged(EventBus::Topic::Audit);
    return id;
}

RunControl::State PipelineActions::state() const
{
    return m_pool ? m_pool->state() : RunControl::state(m_db);
}

bool PipelineActions::setState(RunControl::State state, QString* error)
{
    QString why = whyReadOnly();
    if (why.isEmpty() && !m_isOwner && this->state() == RunControl::State::Stopped
        && state != RunControl::State::Stopped)
        why = QCoreApplication::translate("PipelineActions", "Only an owner can lift an emergency stop.");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (m_pool) {
        m_pool->setState(m_db, state, m_actor);
    } else {
        RunControl::setState(m_db, state, m_actor, m_clock->nowMs());
        emit stateChanged(state);
    }
    if (m_bus)
        m_bus->publishChanged(EventBus::Topic::Audit);
    return true;
}

std::optional<ProductFacts> PipelineActions::facts(qint64 productId) const
{
    try {
        return productId > 0 ? ProductFacts::load(m_db, productId) : std::nullopt;
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read product" << productId << ":" << e.message();
        return std::nullopt;
    }
}

std::optional<PipelineActions::Status> PipelineActions::status(qint64 productId) const
{
    try {
        QSqlQuery q
            = Sql::exec(m_db, u"SELECT stage, stage_reason, cost_micros FROM products WHERE id = ?"_s, {productId});
        if (!q.next())
            return std::nullopt;
        return Status{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read product" << productId << ":" << e.message();
        return std::nullopt;
    }
}

int PipelineActions::draftCount() const
{
    try {
        return Sql::scalar(m_db, u"SELECT COUNT(*) FROM products WHERE stage = 'draft' AND archived_at IS NULL"_s)
            .toInt();
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot count drafts:" << e.message();
        return 0;
    }
}

PipelineActions::BatchCounts PipelineActions::batchCounts(qint64 since) const
{
    BatchCounts counts;
    try {
        // Two range reads (jobs_claim, jobs_finished), not a walk over every run there ever was.
        const QString kind = PipelineJobs::Generate.key();
        counts.inFlight = Sql::scalar(
            m_db, u"SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running') AND kind = ?"_s, {kind})
                              .toInt();
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT state, COUNT(*) FROM jobs WHERE kind = ? AND state IN ('done', 'dead') AND updated_at >= ? "
            u"GROUP BY state"_s,
            {kind, since});
        while (q.next())
            (q.value(0).toString() == u"done" ? counts.writtenSince : counts.failedSince) = q.value(1).toInt();
    } catch (const SqlError& e) {
        qCDebug(lcPipeline) << "queue busy; the next refresh tries again:" << e.message();
    }
    return counts;
}

bool PipelineActions::isBusy(qint64 productId) const
{
    try {
        return ProductStore::hasActiveWork(m_db, productId);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read the work of product" << productId << ":" << e.message();
        return false;
    }
}

GateSettings PipelineActions::gateSettings() const
{
    return GateSettings::load(m_db);
}

QList<ContentStore::Evidence> PipelineActions::reviewEvidence(qint64 productId) const
{
    try {
        return ContentStore::reviewEvidence(m_db, productId);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "review evidence:" << e.message();
        return {};
    }
}

QString PipelineActions::workspaceCurrency() const
{
    return Settings::value(m_db, u"workspace.currency"_s, u"EUR"_s);
}

double PipelineActions::targetMargin() const
{
    return Settings::doubleValue(m_db, QString(SettingKeys::TargetMargin), 0.55);
}

QJsonObject PipelineActions::draft() const
{
    return Json::objectFromString(Sql::scalar(m_db, u"SELECT data FROM product_drafts WHERE id = 1"_s).toString());
}

void PipelineActions::saveDraft(const QJsonObject& draft)
{
    Sql::exec(m_db,
        u"INSERT INTO product_drafts (id, data, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        u"data = excluded.data, updated_at = excluded.updated_at"_s,
        {Json::compact(draft), m_clock->nowMs()});
}

void PipelineActions::clearDraft()
{
    Sql::exec(m_db, u"DELETE FROM product_drafts"_s);
}
