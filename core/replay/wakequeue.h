#pragma once

#include "acceptedjobs.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// Each job's next wake-up (the time and what happens then) in an indexed binary min-heap on
// (time, job): one entry per job that has one, moved in place when it changes. A preemptive policy
// that re-plans a job on every start and stop then leaves no stale entries to sift past.
class WakeQueue {
public:
    explicit WakeQueue(std::uint32_t jobs) : m_at(jobs, kNoJob), m_time(jobs, 0), m_what(jobs, 0) {}

    bool empty() const { return m_heap.empty(); }
    std::int64_t nextTime() const { return m_heap.empty() ? kNever : m_time[m_heap.front()]; }
    std::uint32_t nextJob() const { return m_heap.front(); }
    std::uint8_t what(std::uint32_t job) const { return m_what[job]; }

    // Sets (or moves) the job's wake-up.
    void set(std::uint32_t job, std::int64_t time, std::uint8_t what)
    {
        m_what[job] = what;
        if (m_at[job] == kNoJob) {
            m_time[job] = time;
            m_at[job] = std::uint32_t(m_heap.size());
            m_heap.push_back(job);
            up(m_at[job]);
            return;
        }
        const std::int64_t old = m_time[job];
        m_time[job] = time;
        if (time < old)
            up(m_at[job]);
        else
            down(m_at[job]);
    }
    void remove(std::uint32_t job)
    {
        const std::uint32_t at = m_at[job];
        if (at == kNoJob)
            return;
        m_at[job] = kNoJob;
        const std::uint32_t last = m_heap.back();
        m_heap.pop_back();
        if (last == job)
            return;
        m_heap[at] = last;
        m_at[last] = at;
        up(at);
        down(m_at[last]);
    }

private:
    bool before(std::uint32_t a, std::uint32_t b) const
    {
        return m_time[a] < m_time[b] || (m_time[a] == m_time[b] && a < b);
    }
    void place(std::uint32_t at, std::uint32_t job)
    {
        m_heap[at] = job;
        m_at[job] = at;
    }
    void up(std::uint32_t at)
    {
        const std::uint32_t job = m_heap[at];
        while (at > 0) {
            const std::uint32_t parent = (at - 1) / 2;
            if (!before(job, m_heap[parent]))
                break;
            place(at, m_heap[parent]);
            at = parent;
        }
        place(at, job);
    }
    void down(std::uint32_t at)
    {
        const std::uint32_t job = m_heap[at];
        const auto n = std::uint32_t(m_heap.size());
        while (true) {
            std::uint32_t child = 2 * at + 1;
            if (child >= n)
                break;
            if (child + 1 < n && before(m_heap[child + 1], m_heap[child]))
                ++child;
            if (!before(m_heap[child], job))
                break;
            place(at, m_heap[child]);
            at = child;
        }
        place(at, job);
    }

    std::vector<std::uint32_t> m_heap;  // jobs
    std::vector<std::uint32_t> m_at;    // per job: its place in m_heap, or kNoJob
    std::vector<std::int64_t> m_time;   // per job
    std::vector<std::uint8_t> m_what;   // per job, the policy's own code
};

}  // namespace debrief::replay
