#pragma once

#include "arrivalscale.h"
#include "devicestep.h"

#include <cstdint>
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

    FlatJobs jobs() const;
    std::uint32_t size() const { return std::uint32_t(m_submit.size()); }
    const ArrivalScale& scale() const { return m_scale; }

    // Per rank.
    const std::vector<std::int64_t>& submits() const { return m_submit; }
    const std::vector<std::int64_t>& durations() const { return m_duration; }
    const std::vector<std::uint32_t>& gpus() const { return m_gpus; }
    const std::vector<std::int32_t>& priorities() const { return m_priority; }
    const std::vector<std::uint32_t>& positions() const { return m_position; }  // in Trace::jobs

    std::uint32_t zeroGpuJobs() const { return m_zeroGpuJobs; }
    std::uint64_t cpuOnlyExcluded() const { return m_cpuOnlyExcluded; }
    // File lines of the jobs a cluster of `clusterGpus` rejects, in file order.
    std::vector<std::uint32_t> rejectedLines(std::uint64_t clusterGpus) const;
    const trace::Trace& trace() const { return *m_trace; }

private:
    const trace::Trace* m_trace;
    ArrivalScale m_scale;
    std::vector<std::int64_t> m_submit;
    std::vector<std::int64_t> m_duration;
    std::vector<std::uint32_t> m_gpus;
    std::vector<std::int32_t> m_priority;
    std::vector<std::uint32_t> m_position;
    std::uint32_t m_zeroGpuJobs = 0;
    std::uint64_t m_cpuOnlyExcluded = 0;
};

}  // namespace debrief::replay
