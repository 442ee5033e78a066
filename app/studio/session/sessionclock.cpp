#include "sessionclock.h"

#include <QElapsedTimer>

#include <memory>
#include <utility>

namespace debrief::studio {

SessionClock::SessionClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_source = [timer] { return std::int64_t(timer->elapsed()); };
}

void SessionClock::setTimeSource(TimeSource source)
{
    const std::int64_t now = elapsedMs();
    m_source = std::move(source);
    m_base = now;
    m_startedAt = m_source();
}

void SessionClock::start(std::int64_t fromMs)
{
    m_base = fromMs;
    m_startedAt = m_source();
    m_running = true;
}

void SessionClock::pause()
{
    if (!m_running)
        return;
    m_base = elapsedMs();
    m_running = false;
}

void SessionClock::resume()
{
    if (m_running)
        return;
    m_startedAt = m_source();
    m_running = true;
}

std::int64_t SessionClock::elapsedMs() const
{
    return m_running ? m_base + (m_source() - m_startedAt) : m_base;
}

}  // namespace debrief::studio
