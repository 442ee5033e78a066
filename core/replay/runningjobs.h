#pragma once

#include "acceptedjobs.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace debrief::replay {

// Running jobs of a non-preemptive policy as a 4-ary min-heap on (end, rank): the next completion in
// O(1), each start and end in O(log running). Four children per node halve the depth of a binary
// heap and keep siblings in one cache line, which is most of the 5 M-job fifo replay.
class RunningJobs {
public:
    std::int64_t nextEnd() const { return m_heap.empty() ? kNever : m_heap.front().end; }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    void push(std::int64_t end, std::uint32_t job)
    {
        std::size_t i = m_heap.size();
        m_heap.push_back({end, job});
        const Entry entry{end, job};
        while (i > 0) {
            const std::size_t parent = (i - 1) / 4;
            if (!(entry < m_heap[parent]))
                break;
            m_heap[i] = m_heap[parent];
            i = parent;
        }
        m_heap[i] = entry;
    }
    std::uint32_t pop()
    {
        const std::uint32_t job = m_heap.front().job;
        const Entry last = m_heap.back();
        m_heap.pop_back();
        const std::size_t n = m_heap.size();
        if (n == 0)
            return job;
        std::size_t i = 0;
        while (true) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            const std::size_t stop = std::min(first + 4, n);
            for (std::size_t c = first + 1; c < stop; ++c) {
                if (m_heap[c] < m_heap[best])
                    best = c;
            }
            if (!(m_heap[best] < last))
                break;
            m_heap[i] = m_heap[best];
            i = best;
        }
        m_heap[i] = last;
        return job;
    }

private:
    struct Entry {
        std::int64_t end;
        std::uint32_t job;
        bool operator<(const Entry& other) const { return end < other.end || (end == other.end && job < other.job); }
    };
    std::vector<Entry> m_heap;
};

}  // namespace debrief::replay
