#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace debrief::studio {

// Paces live replays from their event hooks: a speed in simulated seconds per second (0 = as fast
// as possible), pause, resume and step-to-next-event. The UI thread only flips state here; replay
// threads wait in short sleeps that re-check `cancel`, so a cancel is seen within milliseconds and
// the engine never waits on the UI.
class ReplayPacer {
public:
    using Clock = std::chrono::steady_clock;

    explicit ReplayPacer(const std::atomic<bool>& cancel);

    void reset();  // running, at simulated time 0, speed kept
    void setSpeed(double simulatedSecondsPerSecond);
    double speed() const;
    void pause();
    void resume();
    void step();  // while paused: every replay moves on by one event
    bool isPaused() const { return m_paused.load(); }
    bool isFreeRunning() const { return m_freeRunning.load(std::memory_order_relaxed); }

    // Replay thread, after each event at `simulatedTime`; `stepsTaken` belongs to the caller's
    // replay. Returns once the replay may go on to its next event (or is cancelled).
    void awaitTurn(std::int64_t simulatedTime, std::uint64_t& stepsTaken);

private:
    double allowedTimeLocked(Clock::time_point now) const;
    void updateFreeRunning();

    const std::atomic<bool>& m_cancel;
    mutable std::mutex m_mutex;
    double m_speed = 0.0;
    double m_allowedBase = 0.0;  // simulated seconds allowed at m_since
    Clock::time_point m_since;
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_freeRunning{true};
    std::atomic<std::uint64_t> m_steps{0};
    std::atomic<std::int64_t> m_steppedTo{0};  // furthest time a step reached (resume continues there)
};

}  // namespace debrief::studio
