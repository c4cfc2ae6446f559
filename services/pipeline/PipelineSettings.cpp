#include "PipelineSettings.h"

#include "ContentSpec.h"
#include "ContentStore.h"
#include "LockedText.h"
#include "PieceGate.h"
#include "ProductFacts.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "resilience/ApiRuntime.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

PipelineSettings::PipelineSettings(const ChangeDoor& door, WorkerPool* pool, ApiRuntime* runtime)
    : m_door(door)
    , m_pool(pool)
    , m_runtime(runtime)
{ }

BrandProfile PipelineSettings::brand() const
{
    return BrandProfile::load(m_door.db());
}

bool PipelineSettings::saveBrand(const BrandProfile& brand, QString* error)
{
    return m_door.change(
        {u"settings.brand"_s, u"brand"_s,
            QJsonObject{{u"voice"_s, brand.voice}, {u"banned"_s, Json::fromStringList(brand.bannedWords)},
                {u"required"_s, Json::fromStringList(brand.requiredPhrases)},
                {u"palette"_s, Json::fromStringList(brand.palette)}, {u"fonts"_s, Json::fromStringList(brand.fonts)},
                {u"target_margin"_s, brand.targetMargin}, {u"language"_s, brand.language},
                {u"reply_offers"_s, Json::fromStringList(brand.replyOffers)},
                {u"competitors"_s, Json::fromStringList(brand.competitors)},
                {u"certifications"_s, Json::fromStringList(brand.certifications)}}},
        [&](const QSqlDatabase& db) { brand.save(db); }, error);
}

PipelineSettings::Tuning PipelineSettings::tuning() const
{
    const QSqlDatabase& db = m_door.db();
    Tuning t;
    t.pool = PoolSettings::load(db);
    t.gate = GateSettings::load(db);
    t.prices = PriceTable::load(db);
    t.dailyBudgetMicros = SpendGuard::storedDailyBudget(db);
    return t;
}

bool PipelineSettings::saveTuning(const Tuning& t, QString* error, bool* resized)
{
    const PoolSettings before = PoolSettings::load(m_door.db());
    const bool resize = before.workers != t.pool.workers || before.jobsPerWorker != t.pool.jobsPerWorker;
    QJsonObject marks;
    for (auto it = t.gate.minScores.begin(); it != t.gate.minScores.end(); ++it)
        marks.insert(it.key(), it.value());
    QJsonArray prices;
    for (const PriceTable::Price& p : t.prices.prices())
        prices.append(QJsonObject{{u"kind"_s, p.kind}, {u"model"_s, p.model}, {u"input"_s, p.inputPerMillion},
            {u"output"_s, p.outputPerMillion}});
    const bool ok = m_door.change(
        {u"settings.pipeline"_s, u"pipeline"_s,
            QJsonObject{{u"workers"_s, t.pool.workers}, {u"jobs_per_worker"_s, t.pool.jobsPerWorker},
                {u"pass_marks"_s, marks}, {u"max_attempts"_s, t.gate.maxAttempts},
                {u"daily_budget_micros"_s, t.dailyBudgetMicros}, {u"prices"_s, prices}}},
        [&](const QSqlDatabase& db) {
            t.pool.save(db);
            t.gate.save(db);
            SpendGuard::storeDailyBudget(db, t.dailyBudgetMicros);
            t.prices.save(db);
        },
        error);
    if (!ok)
        return false;
    if (m_runtime)
        m_runtime->loadFrom(m_door.db());
    if (resize && m_pool && m_pool->isStarted()) {
        // Workers give their jobs back and a pool of the new size takes them up.
        m_pool->stop();
        m_pool->start(m_door.db());
    }
    if (resized)
        *resized = resize;
    return true;
}

QList<PromptTemplates::Template> PipelineSettings::promptHistory(const QString& name) const
{
    return PromptTemplates::history(m_door.db(), name);
}

QHash<int, PromptTemplates::Record> PipelineSettings::promptRecords(const QString& name) const
{
    try {
        return PromptTemplates::records(m_door.db(), name);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read the record of" << name << e.message();
        return {};
    }
}

namespace
{
// A skill's locked sections must be sound before a version is stored: the writer and the checks read them.
bool lockedSectionsSound(const QString& body, QString* error)
{
    const LockedText::Parsed parsed = LockedText::parse(body);
    if (parsed.error.isEmpty())
        return true;
    *error = parsed.error;
    return false;
}
} // namespace

int PipelineSettings::savePrompt(const QString& name, const QString& body, QString* error)
{
    if (!lockedSectionsSound(body, error))
        return 0;
    int version = 0;
    m_door.change(
        {u"settings.prompt"_s, u"prompt:%1"_s.arg(name), QJsonObject{{u"body"_s, body}}},
        [&](const QSqlDatabase& db) {
            version = PromptTemplates::save(db, name, body, m_door.actor(), m_door.clock()->nowMs());
            // A version saved by hand is the one in use: a trial running beside it ends.
            PromptTemplates::endTrial(db, name);
        },
        error);
    return version;
}

int PipelineSettings::startPromptTrial(const QString& name, const QString& body, int sharePct, QString* error)
{
    if (!PromptTemplates::hasRecord(name)) {
        *error = QCoreApplication::translate("PipelineSettings",
            "Only a writer's prompt for one kind of piece can be tried on a share of runs: the shared ones serve "
            "every kind.");
        return 0;
    }
    if (!lockedSectionsSound(body, error))
        return 0;
    int version = 0;
    m_door.change(
        {u"settings.prompt_trial"_s, u"prompt:%1"_s.arg(name),
            QJsonObject{{u"body"_s, body}, {u"share_pct"_s, sharePct}}},
        [&](const QSqlDatabase& db) {
            PromptTemplates::Trial t;
            t.control = PromptTemplates::current(db, name).version;
            t.variant = version = PromptTemplates::save(db, name, body, m_door.actor(), m_door.clock()->nowMs());
            t.sharePct = std::clamp(sharePct, 5, 95);
            t.startedAt = m_door.clock()->nowMs();
            t.startedBy = m_door.actor();
            PromptTemplates::setTrial(db, name, t);
        },
        error);
    return version;
}

PromptTemplates::Trial PipelineSettings::promptTrial(const QString& name) const
{
    try {
        return PromptTemplates::trial(m_door.db(), name);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read the trial of" << name << e.message();
        return {};
    }
}

PromptTemplates::TrialVerdict PipelineSettings::promptTrialVerdict(const QString& name) const
{
    try {
        return PromptTemplates::judge(m_door.db(), name, PromptTemplates::trial(m_door.db(), name));
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot judge the trial of" << name << e.message();
        return {};
    }
}

bool PipelineSettings::endPromptTrial(const QString& name, int keepVersion, QString* error)
{
    const PromptTemplates::Trial t = promptTrial(name);
    if (!t.active() || (keepVersion != t.control && keepVersion != t.variant)) {
        *error = QCoreApplication::translate("PipelineSettings", "That trial has ended already.");
        return false;
    }
    return m_door.change(
        {u"settings.prompt_trial_end"_s, u"prompt:%1"_s.arg(name),
            QJsonObject{{u"kept"_s, keepVersion}, {u"control"_s, t.control}, {u"variant"_s, t.variant}}},
        [&](const QSqlDatabase& db) {
            if (keepVersion == t.control)
                PromptTemplates::save(db, name, PromptTemplates::version(db, name, t.control).body, m_door.actor(),
                    m_door.clock()->nowMs());
            PromptTemplates::endTrial(db, name);
        },
        error);
}

QList<std::pair<qint64, QString>> PipelineSettings::previewProducts(int limit) const
{
    QList<std::pair<qint64, QString>> out;
    try {
        QSqlQuery q = Sql::exec(m_door.db(), u"SELECT id, name FROM products ORDER BY name LIMIT ?"_s, {limit});
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot list products for the prompt preview:" << e.message();
    }
    return out;
}

QString PipelineSettings::preview(const QString& name, const QString& body, qint64 productId, const QString& kind) const
{
    const QSqlDatabase& db = m_door.db();
    const auto facts = ProductFacts::load(db, productId);
    if (!facts)
        return QCoreApplication::translate("PromptsPage", "Add a product to see the prompt filled in.");
    QHash<QString, QString> vars = PieceGate::variables(*facts, brand(), GateSettings::load(db), kind, 1, {}, {});
    if (const auto piece = ContentStore::piece(db, facts->id, kind); piece && piece->currentVersionId > 0) {
        if (const auto v = ContentStore::version(db, piece->currentVersionId))
            vars.insert(u"piece_text"_s, ContentSpec::render(kind, v->json()));
    }
    if (!vars.contains(u"piece_text"_s))
        vars.insert(
            u"piece_text"_s, QCoreApplication::translate("PromptsPage", "(the piece under review appears here)"));
    vars.insert(
        u"review"_s, QCoreApplication::translate("PromptsPage", "(the reviewer's scores and problems appear here)"));
    vars.insert(u"subject"_s, u"one product"_s); // the site factory's prompts, previewed with a product
    vars.insert(u"claims"_s,
        QCoreApplication::translate(
            "PromptsPage", "(the piece's claims, numbered, for a verdict on each, appear here)"));
    const QString filled = PromptTemplates::render(body, vars);
    if (name.endsWith(u".system"_s))
        return QCoreApplication::translate("PromptsPage", "SYSTEM\n\n%1").arg(filled);
    const QString systemName = name.startsWith(u"reviewer."_s) ? u"reviewer.system"_s : u"writer.system"_s;
    const QString system = PromptTemplates::render(PromptTemplates::current(db, systemName).body, vars);
    return QCoreApplication::translate("PromptsPage", "SYSTEM\n\n%1\n\nUSER\n\n%2").arg(system, filled);
}
