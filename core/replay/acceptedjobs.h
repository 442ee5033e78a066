#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace debrief::trace {
struct Trace;
struct Job;
}  // namespace debrief::trace

namespace debrief::replay {

class RankOrder;

inline constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
inline constexpr std::uint32_t kNoJob = std::numeric_limits<std::uint32_t>::max();

// The jobs a replay runs, in queue rank order (submit, trace index), as a few compact arrays: a
// 5 M-job replay must not copy Job records. Submit times are rebased so the earliest is 0.
class AcceptedJobs {
public:
    AcceptedJobs(const trace::Trace& trace, std::uint64_t clusterGpus, bool gpuJobsOnly);
    // The jobs of a shared rank order that fit a cluster of `clusterGpus` (a sweep's scenarios).
    AcceptedJobs(const RankOrder& order, std::uint64_t clusterGpus);

    std::uint32_t size() const { return std::uint32_t(m_submit.size()); }
    std::int64_t submit(std::uint32_t rank) const { return m_submit[rank]; }
    std::int64_t duration(std::uint32_t rank) const { return m_duration[rank]; }
    std::uint32_t gpus(std::uint32_t rank) const { return m_gpus[rank]; }
    std::span<const std::int64_t> submits() const { return m_submit; }
    std::span<const std::int64_t> durations() const { return m_duration; }
    std::span<const std::uint32_t> gpuCounts() const { return m_gpus; }
    const trace::Job& job(std::uint32_t rank) const;
    // The job's priority and 0-based record index in the file (Trace's side arrays).
    std::int32_t priority(std::uint32_t rank) const;
    std::uint32_t index(std::uint32_t rank) const;
    // Position in Trace::jobs (file order); the trace index that breaks submit ties.
    std::uint32_t position(std::uint32_t rank) const { return m_position.empty() ? rank : m_position[rank]; }
    // True when rank order is file order, so per-job arrays need no permutation.
    bool inFileOrder() const { return m_inFileOrder; }

    // Distinct GPU demands in ascending order and each job's index into them. Built on first use:
    // fifo on a pooled cluster never needs them.
    void buildDemandBuckets();
    const std::vector<std::uint32_t>& demands() const { return m_demands; }
    std::uint32_t bucket(std::uint32_t rank) const { return m_bucketOf[m_gpus[rank]]; }

    std::int64_t origin() const { return m_origin; }
    const std::vector<std::uint32_t>& rejectedLines() const { return m_rejectedLines; }
    std::uint64_t cpuOnlyExcluded() const { return m_cpuOnlyExcluded; }
    const trace::Trace& trace() const { return *m_trace; }

private:
    const trace::Trace* m_trace;
    std::vector<std::int64_t> m_submit;
    std::vector<std::int64_t> m_duration;
    std::vector<std::uint32_t> m_gpus;
    std::vector<std::uint32_t> m_position;  // empty when rank = position (the trace as it is)
    std::vector<std::uint32_t> m_demands;
    std::vector<std::uint32_t> m_bucketOf;  // per demand up to the largest: its bucket
    std::vector<std::uint32_t> m_rejectedLines;
    std::uint64_t m_cpuOnlyExcluded = 0;
    std::int64_t m_origin = 0;
    bool m_inFileOrder = true;
};

}  // namespace debrief::replay
