#include "Deadline.h"

#include <string>

namespace Deadline
{

namespace
{
thread_local const Scope* t_current = nullptr;
} // namespace

Exceeded::Exceeded(qint64 limitMs)
    : std::runtime_error("stopped after " + std::to_string(limitMs) + " ms, the most this work may take")
    , m_limitMs(limitMs)
{ }

Scope::Scope(qint64 limitMs)
    : m_limitMs(limitMs)
    , m_until(limitMs)
    , m_outer(t_current)
{
    if (m_outer && m_outer->m_until < m_until) {
        m_until = m_outer->m_until;
        m_limitMs = m_outer->m_limitMs;
    }
    t_current = this;
}

Scope::~Scope()
{
    t_current = m_outer;
}

void check()
{
    if (const Scope* s = t_current; s && s->m_until.hasExpired())
        throw Exceeded(s->m_limitMs);
}

} // namespace Deadline
