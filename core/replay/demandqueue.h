#pragma once

#include "acceptedjobs.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace debrief::replay {

// Waiting jobs bucketed by GPU demand, each bucket a min-heap on (key, rank). "The first job in
// (key, rank) order that fits" is then the best bucket head among the demands that fit, found in
// O(distinct demands) instead of a scan of every waiting job. Whether a demand fits is monotone
// (GpuAllocator), so the scan stops at the first demand that does not.
class DemandQueue {
public:
    explicit DemandQueue(AcceptedJobs& jobs)
    {
        jobs.buildDemandBuckets();
        m_jobs = &jobs;
        m_buckets.resize(jobs.demands().size());
    }

    void push(std::uint32_t job, std::int64_t key)
    {
        auto& heap = m_buckets[m_jobs->bucket(job)];
        heap.emplace_back(key, job);
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
    }

    // The bucket whose head comes first in (key, rank) order among those `fits(demand)` accepts, or
    // kNoJob. The caller pops it with popFront.
    template <typename Fits> std::uint32_t firstFitting(const Fits& fits) const
    {
        const auto& demands = m_jobs->demands();
        std::uint32_t best = kNoJob;
        for (std::uint32_t b = 0; b < m_buckets.size(); ++b) {
            if (m_buckets[b].empty())
                continue;
            if (!fits(demands[b]))
                break;
            if (best == kNoJob || m_buckets[b].front() < m_buckets[best].front())
                best = b;
        }
        return best;
    }

    std::uint32_t popFront(std::uint32_t bucket)
    {
        auto& heap = m_buckets[bucket];
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const std::uint32_t job = heap.back().second;
        heap.pop_back();
        return job;
    }

private:
    const AcceptedJobs* m_jobs = nullptr;
    std::vector<std::vector<std::pair<std::int64_t, std::uint32_t>>> m_buckets;
};

}  // namespace debrief::replay
