#include "AgentRoster.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

void AgentRoster::add(std::unique_ptr<Agent> agent)
{
    Agent::Spec spec = agent->spec();
    Q_ASSERT(!find(spec.name));
    m_entries.push_back({std::move(spec), std::shared_ptr<const Agent>(std::move(agent))});
}

void AgentRoster::addEventAgent(const Agent::Spec& spec)
{
    Q_ASSERT(spec.intervalMs == 0);
    m_entries.push_back({spec, nullptr});
}

const Agent* AgentRoster::find(const QString& name) const
{
    for (const Entry& e : m_entries) {
        if (e.spec.name == name)
            return e.agent.get();
    }
    return nullptr;
}

QList<Agent::Spec> AgentRoster::specs() const
{
    QList<Agent::Spec> out;
    for (const Entry& e : m_entries)
        out.append(e.spec);
    return out;
}

QList<const Agent*> AgentRoster::scheduled() const
{
    QList<const Agent*> out;
    for (const Entry& e : m_entries) {
        if (e.agent && e.spec.intervalMs > 0)
            out.append(e.agent.get());
    }
    return out;
}

namespace AgentData
{
QString displayName(const QString& key)
{
    static const QHash<QString, const char*> names{
        {u"orders"_s, QT_TRANSLATE_NOOP("AgentData", "orders")},
        {u"customers"_s, QT_TRANSLATE_NOOP("AgentData", "customers")},
        {u"stock"_s, QT_TRANSLATE_NOOP("AgentData", "stock levels")},
        {u"products"_s, QT_TRANSLATE_NOOP("AgentData", "products and their facts")},
        {u"content"_s, QT_TRANSLATE_NOOP("AgentData", "generated content")},
        {u"ad_sets"_s, QT_TRANSLATE_NOOP("AgentData", "ad sets and their daily figures")},
        {u"decisions"_s, QT_TRANSLATE_NOOP("AgentData", "the approval history")},
        {u"approval_rules"_s, QT_TRANSLATE_NOOP("AgentData", "approval rules")},
        {u"reorder_rules"_s, QT_TRANSLATE_NOOP("AgentData", "reorder rules")},
        {u"experiments"_s, QT_TRANSLATE_NOOP("AgentData", "A/B tests")},
        {u"goals"_s, QT_TRANSLATE_NOOP("AgentData", "the owner's goals")},
        {u"ai_spend"_s, QT_TRANSLATE_NOOP("AgentData", "AI spend")},
        {u"forecasts"_s, QT_TRANSLATE_NOOP("AgentData", "demand forecasts")},
        {u"competitor_prices"_s, QT_TRANSLATE_NOOP("AgentData", "competitors' prices")},
        {u"reviews"_s, QT_TRANSLATE_NOOP("AgentData", "product reviews")},
        {u"suppliers"_s, QT_TRANSLATE_NOOP("AgentData", "the supplier list")},
        {u"proposals"_s, QT_TRANSLATE_NOOP("AgentData", "the waiting proposals")},
        {u"jobs"_s, QT_TRANSLATE_NOOP("AgentData", "the work waiting for AI calls")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("AgentData", it.value());
}
} // namespace AgentData
