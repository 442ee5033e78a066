#pragma once

#include "acceptedjobs.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace debrief::replay {

// Running jobs of a non-preemptive policy as a min-heap on (end, rank): the next completion in
// O(1), each start and end in O(log running).
class RunningJobs {
public:
    std::int64_t nextEnd() const { return m_heap.empty() ? kNever : m_heap.front().first; }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    void push(std::int64_t end, std::uint32_t job)
    {
        m_heap.emplace_back(end, job);
        std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    }
    std::uint32_t pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const std::uint32_t job = m_heap.back().second;
        m_heap.pop_back();
        return job;
    }

private:
    std::vector<std::pair<std::int64_t, std::uint32_t>> m_heap;
};

} // namespace debrief::replay
