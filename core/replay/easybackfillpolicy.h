#pragma once

#include "replaystate.h"

#include <cstdint>
#include <set>
#include <utility>
#include <vector>

namespace debrief::replay {

// easy-backfill: the rank-first waiting job (the head) starts if it fits; otherwise it gets a
// reservation at the shadow time, the earliest end of running jobs by which enough GPUs are free
// by count. A later job (rank order, skip) may start now if it fits and either ends by the shadow
// time or uses only the "extra" GPUs (free at the shadow time beyond the head's need; using them
// without ending in time consumes them). Under packed placement the reservation is by count only:
// the head starts when it fits by shape, which node boundaries may delay past the shadow time.
//
// Waiting jobs are bucketed by demand in rank order, each bucket with a min-duration segment tree,
// so "the first job of this demand that ends by the shadow time" costs O(log bucket).
class EasyBackfillPolicy {
public:
    EasyBackfillPolicy(ReplayState& state, AcceptedJobs& jobs);

    std::int64_t nextEvent() const { return m_running.empty() ? kNever : m_running.begin()->first; }
    void completeAt(std::int64_t t);
    void arrive(std::uint32_t job);
    void schedule(std::int64_t t);

private:
    struct Bucket {
        std::vector<std::uint32_t> members;  // every job of this demand, in rank order
        std::vector<std::int64_t> tree;      // min duration of waiting members; kNever elsewhere
        std::uint32_t leaves = 1;
        std::uint32_t head = 0;  // first member not yet started
        std::uint32_t arrived = 0;
    };
    void start(std::uint32_t job, std::int64_t t);
    void setLeaf(Bucket& bucket, std::uint32_t slot, std::int64_t value);
    // First waiting slot of `bucket` whose duration is <= limit, or kNoJob.
    std::uint32_t firstShortEnough(const Bucket& bucket, std::int64_t limit) const;

    ReplayState& m_state;
    const AcceptedJobs& m_jobs;
    std::vector<Bucket> m_buckets;
    std::vector<std::uint32_t> m_slot;  // per job: its position in its bucket
    std::vector<bool> m_started;
    std::set<std::pair<std::int64_t, std::uint32_t>> m_running;  // (end, job), for the shadow time
};

}  // namespace debrief::replay
