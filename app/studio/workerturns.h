#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>

namespace debrief::studio {

// Lets more threads share a piece of work than may compute at once: at most `capacity` of them hold
// a turn, the others wait in line. A thread with a turn hands it on at natural breaks (pass()), once
// it has held it for a slice, to the one that waited longest, so every thread moves on at about the
// same pace (a live replay's policies draw side by side) while no more than `capacity` cores are
// busy (BackgroundWork::workerThreads(): one stays for the UI thread).
class WorkerTurns {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kSlice{5};

    explicit WorkerTurns(int capacity);
    WorkerTurns(const WorkerTurns&) = delete;
    WorkerTurns& operator=(const WorkerTurns&) = delete;

    int capacity() const { return m_capacity; }
    void enter();  // waits for a turn
    void leave();  // gives the turn back (before a long wait, or at the end)
    // At a break: hands the turn on when it was held for a slice and someone waits; returns at once
    // otherwise.
    void pass();
    // The most threads that ever held a turn at once since construction.
    int peakHolders() const { return m_peak.load(); }

    // Holds a turn for a scope.
    class Turn {
    public:
        explicit Turn(WorkerTurns& turns) : m_turns(turns) { m_turns.enter(); }
        ~Turn() { m_turns.leave(); }
        Turn(const Turn&) = delete;
        Turn& operator=(const Turn&) = delete;

    private:
        WorkerTurns& m_turns;
    };

private:
    const int m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::uint64_t> m_line;  // tickets of the waiting threads, longest waiting first
    std::uint64_t m_nextTicket = 0;
    int m_holders = 0;
    std::atomic<int> m_waiting{0};
    std::atomic<int> m_peak{0};
    static thread_local Clock::time_point t_since;  // when this thread's turn began
};

}  // namespace debrief::studio
