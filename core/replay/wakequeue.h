#pragma once

#include "acceptedjobs.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// Each job's next wake-up (the time and what happens then) in an indexed binary min-heap on
// (time, job): one entry per job that has one, moved in place when it changes. A preemptive policy
// that re-plans a job on every start and stop then leaves no stale entries to sift past. Each heap
// entry carries its time, so a sift compares what it has already loaded instead of looking the
// time up in a per-job array.
class WakeQueue {
public:
    explicit WakeQueue(std::uint32_t jobs) : m_at(jobs, kNoJob), m_what(jobs, 0) {}

    bool empty() const { return m_heap.empty(); }
    std::int64_t nextTime() const { return m_heap.empty() ? kNever : m_heap.front().time; }
    std::uint32_t nextJob() const { return m_heap.front().job; }
    std::uint8_t what(std::uint32_t job) const { return m_what[job]; }

    // Sets (or moves) the job's wake-up.
    void set(std::uint32_t job, std::int64_t time, std::uint8_t what)
    {
        m_what[job] = what;
        const std::uint32_t at = m_at[job];
        if (at == kNoJob) {
            m_heap.push_back({time, job});
            up(std::uint32_t(m_heap.size() - 1));
            return;
        }
        const std::int64_t old = m_heap[at].time;
        m_heap[at].time = time;
        if (time < old)
            up(at);
        else
            down(at);
    }
    void remove(std::uint32_t job)
    {
        const std::uint32_t at = m_at[job];
        if (at == kNoJob)
            return;
        m_at[job] = kNoJob;
        const Entry last = m_heap.back();
        m_heap.pop_back();
        if (last.job == job)
            return;
        m_heap[at] = last;
        m_at[last.job] = at;
        up(at);
        down(m_at[last.job]);
    }

private:
    struct Entry {
        std::int64_t time;
        std::uint32_t job;
    };
    static bool before(const Entry& a, const Entry& b)
    {
        return a.time < b.time || (a.time == b.time && a.job < b.job);
    }
    void place(std::uint32_t at, const Entry& entry)
    {
        m_heap[at] = entry;
        m_at[entry.job] = at;
    }
    void up(std::uint32_t at)
    {
        const Entry entry = m_heap[at];
        while (at > 0) {
            const std::uint32_t parent = (at - 1) / 2;
            if (!before(entry, m_heap[parent]))
                break;
            place(at, m_heap[parent]);
            at = parent;
        }
        place(at, entry);
    }
    void down(std::uint32_t at)
    {
        const Entry entry = m_heap[at];
        const auto n = std::uint32_t(m_heap.size());
        while (true) {
            std::uint32_t child = 2 * at + 1;
            if (child >= n)
                break;
            if (child + 1 < n && before(m_heap[child + 1], m_heap[child]))
                ++child;
            if (!before(m_heap[child], entry))
                break;
            place(at, m_heap[child]);
            at = child;
        }
        place(at, entry);
    }

    std::vector<Entry> m_heap;
    std::vector<std::uint32_t> m_at;  // per job: its place in m_heap, or kNoJob
    std::vector<std::uint8_t> m_what;  // per job, the policy's own code
};

}  // namespace debrief::replay
