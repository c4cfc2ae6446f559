#pragma once

#include "JobHandler.h"

#include <QHash>
#include <QStringList>

#include <memory>

// Which handler runs which kind of job. Each domain registers the kinds it owns (the composition
// root calls Domains::registerAll once, before any worker starts); after that the registry is only
// read, from every worker thread. Adding a kind of job is a handler in its domain and one add().
class JobRegistry
{
public:
    // What a kind needs before it may be claimed: such jobs wait in the queue (not failing
    // attempts) while it is missing.
    enum Need
    {
        None = 0,
        Network = 1, // a network connection (publishing's outbox)
        Secrets = 2  // the keychain has answered at start
    };
    Q_DECLARE_FLAGS(Needs, Need)

    void add(JobKind kind, std::unique_ptr<JobHandler> handler, Needs needs = None);

    const JobHandler* handler(const QString& storedKind) const;
    // Kinds that must wait while the given needs are unmet.
    QStringList kindsNeeding(Needs unmet) const;
    QStringList kinds() const;

private:
    struct Entry
    {
        std::shared_ptr<const JobHandler> handler;
        Needs needs;
    };
    QHash<QString, Entry> m_entries;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(JobRegistry::Needs)
