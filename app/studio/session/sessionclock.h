#pragma once

#include <cstdint>
#include <functional>

namespace debrief::studio {

// The session's elapsed time, pauses excluded. Reads a monotonic millisecond source that tests replace
// with one they advance by hand.
class SessionClock {
public:
    using TimeSource = std::function<std::int64_t()>;

    SessionClock();
    void setTimeSource(TimeSource source);

    void start(std::int64_t fromMs);  // running, counting on from fromMs
    void pause();
    void resume();
    void setPaused(bool paused) { paused ? pause() : resume(); }
    bool isRunning() const { return m_running; }
    std::int64_t elapsedMs() const;

private:
    TimeSource m_source;
    std::int64_t m_base = 0;       // elapsed when it last started or paused
    std::int64_t m_startedAt = 0;  // source time when it last started
    bool m_running = false;
};

}  // namespace debrief::studio
