#include "PipelineActions.h"

#include "SetupState.h"

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
#include <QRegularExpression>

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
    QSqlQuery q = Sql::exec(m_db, u"SELECT id FROM products WHERE stage = 'draft' ORDER BY id"_s);
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
        return Sql::scalar(m_db, u"SELECT COUNT(*) FROM products WHERE stage = 'draft'"_s).toInt();
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot count drafts:" << e.message();
        return 0;
    }
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
    Sql::exec(m_db, u"INSERT OR REPLACE INTO product_drafts (id, data, updated_at) VALUES (1, ?, ?)"_s,
        {Json::compact(draft), m_clock->nowMs()});
}

void PipelineActions::clearDraft()
{
    Sql::exec(m_db, u"DELETE FROM product_drafts"_s);
}
