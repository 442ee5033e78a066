#pragma once

#include "arrivalscale.h"
#include "devicestep.h"
#include "rankorder.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace debrief::trace {
struct Trace;
}

namespace debrief::replay {

// A trace as the flat step (devicestep.h) reads it: the jobs a sweep may run, after gpu-jobs-only
// and one arrival scale, in queue rank order as plain arrays that upload to a GPU as they are. Each
// scenario's cluster then rejects the jobs too large for it, as AcceptedJobs does.
class FlatTrace {
public:
    FlatTrace(const trace::Trace& trace, bool gpuJobsOnly, const ArrivalScale& scale);
    // Over a rank order the caller keeps alive (a sweep's, shared with its CPU scenarios).
    explicit FlatTrace(const RankOrder& order);
    FlatTrace(const FlatTrace&) = delete;
    FlatTrace& operator=(const FlatTrace&) = delete;

    FlatJobs jobs() const;
    std::uint32_t size() const { return m_order->size(); }
    const ArrivalScale& scale() const { return m_order->scale(); }

    // Per rank.
    std::span<const std::int64_t> submits() const { return m_order->submits(); }
    const std::vector<std::int64_t>& durations() const { return m_duration; }
    const std::vector<std::uint32_t>& gpus() const { return m_gpus; }
    const std::vector<std::int32_t>& priorities() const { return m_priority; }
    std::span<const std::uint32_t> positions() const { return m_order->positions(); }  // in Trace::jobs

    std::uint32_t zeroGpuJobs() const { return m_zeroGpuJobs; }
    std::uint64_t cpuOnlyExcluded() const { return m_order->cpuOnlyExcluded(); }
    // File lines of the jobs a cluster of `clusterGpus` rejects, in file order.
    std::vector<std::uint32_t> rejectedLines(std::uint64_t clusterGpus) const;
    const trace::Trace& trace() const { return m_order->trace(); }

private:
    void fill();

    std::optional<RankOrder> m_owned;
    const RankOrder* m_order;
    std::vector<std::int64_t> m_duration;
    std::vector<std::uint32_t> m_gpus;
    std::vector<std::int32_t> m_priority;
    std::uint32_t m_zeroGpuJobs = 0;
};

}  // namespace debrief::replay
