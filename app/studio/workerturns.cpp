#include "workerturns.h"

#include <algorithm>

namespace debrief::studio {

thread_local WorkerTurns::Clock::time_point WorkerTurns::t_since;

WorkerTurns::WorkerTurns(int capacity) : m_capacity(std::max(1, capacity))
{
}

void WorkerTurns::enter()
{
    std::unique_lock lock(m_mutex);
    if (m_line.empty() && m_holders < m_capacity) {
        ++m_holders;
    } else {
        const std::uint64_t ticket = m_nextTicket++;
        m_line.push_back(ticket);
        m_waiting.fetch_add(1);
        m_changed.wait(lock, [&] { return m_line.front() == ticket && m_holders < m_capacity; });
        m_line.pop_front();
        m_waiting.fetch_sub(1);
        ++m_holders;
        // The next in line may have room too (a capacity above one).
        if (!m_line.empty() && m_holders < m_capacity)
            m_changed.notify_all();
    }
    int peak = m_peak.load();
    while (m_holders > peak && !m_peak.compare_exchange_weak(peak, m_holders)) {
    }
    lock.unlock();
    t_since = Clock::now();
}

void WorkerTurns::leave()
{
    {
        const std::lock_guard lock(m_mutex);
        --m_holders;
    }
    m_changed.notify_all();
}

void WorkerTurns::pass()
{
    if (m_waiting.load(std::memory_order_relaxed) == 0 || Clock::now() - t_since < kSlice)
        return;
    leave();
    enter();
}

}  // namespace debrief::studio
