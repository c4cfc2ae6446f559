#include "JobRegistry.h"

void JobRegistry::add(JobKind kind, std::unique_ptr<JobHandler> handler, Needs needs)
{
    Q_ASSERT_X(!m_entries.contains(kind.key()), "JobRegistry::add", "a job kind is registered twice");
    m_entries.insert(kind.key(), Entry{std::shared_ptr<const JobHandler>(std::move(handler)), needs});
}

const JobHandler* JobRegistry::handler(const QString& storedKind) const
{
    const auto it = m_entries.constFind(storedKind);
    return it == m_entries.cend() ? nullptr : it->handler.get();
}

QStringList JobRegistry::kindsNeeding(Needs unmet) const
{
    QStringList out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->needs & unmet)
            out.append(it.key());
    }
    out.sort();
    return out;
}

QStringList JobRegistry::kinds() const
{
    QStringList out = m_entries.keys();
    out.sort();
    return out;
}
