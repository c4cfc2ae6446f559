#pragma once

#include <QDeadlineTimer>

#include <stdexcept>

// How long a piece of work may take, in real time (as its latency is measured). It is checked where the
// work can stop cleanly: before every query (Sql) and at each step of a long loop (check()). When the
// time is up check() throws Exceeded; the work's transaction rolls back on the way out. Per thread:
// work outside a Scope is never stopped.
namespace Deadline
{

class Exceeded : public std::runtime_error
{
public:
    explicit Exceeded(qint64 limitMs);
    qint64 limitMs() const { return m_limitMs; }

private:
    qint64 m_limitMs;
};

// The limit for what runs on this thread while the scope lives. A scope inside another keeps the
// earlier of the two ends.
class Scope
{
public:
    explicit Scope(qint64 limitMs);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

private:
    friend void check();
    qint64 m_limitMs;
    QDeadlineTimer m_until;
    const Scope* m_outer;
};

// Throws Exceeded when the thread's time is up.
void check();

} // namespace Deadline
