#include "replaypacer.h"

#include <algorithm>
#include <thread>

namespace debrief::studio {

namespace {
// Short enough that cancel and resume feel immediate, long enough not to spin a core.
constexpr auto kNap = std::chrono::milliseconds(4);
}  // namespace

ReplayPacer::ReplayPacer(const std::atomic<bool>& cancel) : m_cancel(cancel), m_since(Clock::now())
{
}

void ReplayPacer::reset()
{
    const std::lock_guard lock(m_mutex);
    m_allowedBase = 0.0;
    m_since = Clock::now();
    m_paused.store(false);
    m_steps.store(0);
    m_steppedTo.store(0);
    updateFreeRunning();
}

void ReplayPacer::setSpeed(double simulatedSecondsPerSecond)
{
    const std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    m_allowedBase = allowedTimeLocked(now);
    m_since = now;
    m_speed = std::max(0.0, simulatedSecondsPerSecond);
    updateFreeRunning();
}

double ReplayPacer::speed() const
{
    const std::lock_guard lock(m_mutex);
    return m_speed;
}

void ReplayPacer::pause()
{
    const std::lock_guard lock(m_mutex);
    if (m_paused.load())
        return;
    const auto now = Clock::now();
    m_allowedBase = allowedTimeLocked(now);
    m_since = now;
    m_paused.store(true);
    updateFreeRunning();
}

void ReplayPacer::resume()
{
    const std::lock_guard lock(m_mutex);
    if (!m_paused.load())
        return;
    m_allowedBase = std::max(m_allowedBase, double(m_steppedTo.load()));
    m_since = Clock::now();
    m_paused.store(false);
    updateFreeRunning();
}

void ReplayPacer::step()
{
    if (m_paused.load())
        m_steps.fetch_add(1);
}

void ReplayPacer::updateFreeRunning()
{
    m_freeRunning.store(m_speed <= 0.0 && !m_paused.load());
}

double ReplayPacer::allowedTimeLocked(Clock::time_point now) const
{
    if (m_paused.load() || m_speed <= 0.0)
        return m_allowedBase;
    return m_allowedBase + m_speed * std::chrono::duration<double>(now - m_since).count();
}

void ReplayPacer::awaitTurn(std::int64_t simulatedTime, std::uint64_t& stepsTaken)
{
    while (!m_cancel.load(std::memory_order_relaxed)) {
        if (m_freeRunning.load(std::memory_order_relaxed))
            return;
        if (m_paused.load()) {
            // A step lets this replay handle its next event; it then waits here again.
            if (stepsTaken < m_steps.load()) {
                stepsTaken = m_steps.load();
                std::int64_t reached = m_steppedTo.load();
                while (reached < simulatedTime && !m_steppedTo.compare_exchange_weak(reached, simulatedTime)) {
                }
                return;
            }
        } else {
            stepsTaken = m_steps.load();
            std::unique_lock lock(m_mutex);
            if (m_speed <= 0.0 || double(simulatedTime) <= allowedTimeLocked(Clock::now()))
                return;
        }
        std::this_thread::sleep_for(kNap);
    }
}

}  // namespace debrief::studio
