#include "core/api/serverhealth.h"

namespace Springdesk::Api {

bool ServerHealth::pauseUntil(qint64 untilMs)
{
    {
        const std::lock_guard lock(m_mutex);
        if (untilMs <= m_pausedUntilMs)
            return false;
        m_pausedUntilMs = untilMs;
    }
    notify();
    return true;
}

qint64 ServerHealth::pausedUntilMs() const
{
    const std::lock_guard lock(m_mutex);
    return m_pausedUntilMs;
}

bool ServerHealth::isPaused(qint64 nowMs) const
{
    const std::lock_guard lock(m_mutex);
    return m_pausedUntilMs >= 0 && nowMs < m_pausedUntilMs;
}

ServerHealth::Breaker ServerHealth::breaker(qint64 nowMs) const
{
    const std::lock_guard lock(m_mutex);
    if (!m_open)
        return Breaker::Closed;
    return nowMs < m_openUntilMs ? Breaker::Open : Breaker::HalfOpen;
}

qint64 ServerHealth::openUntilMs() const
{
    const std::lock_guard lock(m_mutex);
    return m_open ? m_openUntilMs : -1;
}

int ServerHealth::consecutiveFailures() const
{
    const std::lock_guard lock(m_mutex);
    return m_consecutiveFailures;
}

ApiError ServerHealth::lastFailure() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastFailure;
}

void ServerHealth::recordSuccess()
{
    bool closed = false;
    {
        const std::lock_guard lock(m_mutex);
        m_consecutiveFailures = 0;
        if (m_open) {
            m_open = false;
            m_openUntilMs = -1;
            m_trial = 0;
            closed = true;
        }
    }
    if (closed)
        notify();
}

void ServerHealth::recordFailure(qint64 nowMs, const ApiError &error, int threshold, qint64 cooldownMs)
{
    bool opened = false;
    {
        const std::lock_guard lock(m_mutex);
        ++m_consecutiveFailures;
        m_lastFailure = error;
        const bool halfOpen = m_open && nowMs >= m_openUntilMs;
        if (halfOpen || (!m_open && m_consecutiveFailures >= threshold)) {
            m_open = true;
            m_openUntilMs = nowMs + cooldownMs;
            m_trial = 0;
            opened = true;
        }
    }
    if (opened)
        notify();
}

ServerHealth::Ticket ServerHealth::beginTrial(qint64 nowMs)
{
    const std::lock_guard lock(m_mutex);
    if (!m_open || nowMs < m_openUntilMs || m_trial != 0)
        return 0;
    m_trial = m_nextTicket++;
    return m_trial;
}

void ServerHealth::endTrial(Ticket ticket)
{
    {
        const std::lock_guard lock(m_mutex);
        if (ticket == 0 || m_trial != ticket)
            return;
        m_trial = 0;
    }
    notify();
}

ServerHealth::ListenerId ServerHealth::addListener(std::function<void()> listener)
{
    const std::lock_guard lock(m_listenerMutex);
    const ListenerId id = m_nextListener++;
    m_listeners.emplace(id, std::move(listener));
    return id;
}

void ServerHealth::removeListener(ListenerId id)
{
    const std::lock_guard lock(m_listenerMutex);
    m_listeners.erase(id);
}

void ServerHealth::notify()
{
    // Held while calling, so a listener removed on another thread is not called afterwards.
    const std::lock_guard lock(m_listenerMutex);
    for (const auto &[id, listener] : m_listeners)
        listener();
}

} // namespace Springdesk::Api
