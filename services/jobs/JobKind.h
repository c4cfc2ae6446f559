#pragma once

#include <QLatin1StringView>
#include <QString>

// A kind of job on the durable queue. The domain that owns a kind declares it once, as a constant
// next to its handler ("generate" in pipeline/PipelineJobs.h, "publish" in publishing/PublishJobs.h),
// and registers a handler for it (JobRegistry); nothing else compares kinds as loose strings.
class JobKind
{
public:
    constexpr JobKind() = default; // no kind: enqueue refuses it
    constexpr explicit JobKind(QLatin1StringView key)
        : m_key(key)
    { }

    // What the jobs table stores.
    QString key() const { return QString(m_key); }
    bool is(const QString& storedKind) const { return storedKind == m_key; }
    bool isEmpty() const { return m_key.isEmpty(); }

    friend bool operator==(JobKind a, JobKind b) { return a.m_key == b.m_key; }

private:
    QLatin1StringView m_key;
};
