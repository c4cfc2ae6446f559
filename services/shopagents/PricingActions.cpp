#include "PricingActions.h"

#include "PricingAgent.h"
#include "agents/AgentRuns.h"
#include "core/Clock.h"
#include "core/SmallFile.h"
#include "jobs/WorkerPool.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

PricingActions::PricingActions(const ChangeDoor& door, WorkerPool* pool)
    : m_door(door)
    , m_pool(pool)
{ }

Pricing::Rules PricingActions::rules() const
{
    return Pricing::load(m_door.db());
}

Pricing::ListState PricingActions::list() const
{
    return Pricing::listState(m_door.db());
}

void PricingActions::askAgent(const QSqlDatabase& db)
{
    // A paused agent waits, as its runs do.
    AgentRuns::queueNow(db, QString::fromLatin1(PricingAgent::Name), m_door.clock()->nowMs());
}

bool PricingActions::save(const Pricing::Rules& rules, QString* error)
{
    if (const QString invalid = Pricing::validate(rules); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    const bool ok = m_door.change(
        {u"settings.pricing"_s, u"pricing"_s, Pricing::toJson(rules)},
        [&](const QSqlDatabase& db) {
            Pricing::save(db, rules);
            askAgent(db);
        },
        error);
    if (ok && m_pool)
        m_pool->wake();
    return ok;
}

PricingActions::Import PricingActions::importCompetitorPrices(const QString& path)
{
    Import out;
    if (const QString why = m_door.whyNot(); !why.isEmpty()) {
        out.summary = why;
        return out;
    }
    const auto bytes = SmallFile::read(path, 64LL * 1024 * 1024, {}, &out.summary);
    if (!bytes)
        return out;
    const Pricing::ParsedList parsed = Pricing::parseCompetitorPrices(*bytes);
    out.problems = parsed.problems;
    if (!parsed.error.isEmpty()) {
        out.summary = parsed.error;
        return out;
    }
    Pricing::Written written;
    QString error;
    const QString name = QFileInfo(path).fileName();
    const qint64 now = m_door.clock()->nowMs();
    out.ok = m_door.change(
        {u"pricing.competitors_imported"_s, u"competitor_prices:%1"_s.arg(name),
            QJsonObject{
                {u"file"_s, name}, {u"rows"_s, parsed.rows.size()}, {u"rows_not_read"_s, parsed.problems.size()}}},
        [&](const QSqlDatabase& db) {
            written = Pricing::write(db, parsed, Settings::value(db, u"workspace.currency"_s, u"EUR"_s),
                QDateTime::fromMSecsSinceEpoch(now).date(), now);
            askAgent(db);
        },
        &error);
    if (out.ok && m_pool)
        m_pool->wake();
    out.summary = out.ok ? Pricing::summary(parsed, written) : error;
    return out;
}
