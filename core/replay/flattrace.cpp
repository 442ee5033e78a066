#include "flattrace.h"

#include "trace/trace.h"

#include <algorithm>

namespace debrief::replay {

FlatTrace::FlatTrace(const trace::Trace& trace, bool gpuJobsOnly, const ArrivalScale& scale)
    : m_owned(std::in_place, trace, gpuJobsOnly, scale), m_order(&*m_owned)
{
    fill();
}

FlatTrace::FlatTrace(const RankOrder& order) : m_order(&order)
{
    fill();
}

void FlatTrace::fill()
{
    // 0-GPU jobs are never rejected, so leaving them out before the cluster's rejection (which
    // AcceptedJobs checks first) gives the same accepted set.
    const auto& jobs = m_order->trace().jobs;
    const auto positions = m_order->positions();
    const std::size_t n = positions.size();
    m_duration.resize(n);
    m_gpus.resize(n);
    m_priority.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        const trace::Job& job = jobs[positions[r]];
        m_duration[r] = std::max<std::int64_t>(job.duration, 0);
        m_gpus[r] = job.gpus;
        m_priority[r] = m_order->trace().priority(positions[r]);
        m_zeroGpuJobs += job.gpus == 0;
    }
}

FlatJobs FlatTrace::jobs() const
{
    return {m_order->submits().data(), m_duration.data(), m_gpus.data(), m_priority.data(), size()};
}

std::vector<std::uint32_t> FlatTrace::rejectedLines(std::uint64_t clusterGpus) const
{
    std::vector<std::uint32_t> lines;
    for (const trace::Job& job : m_order->trace().jobs) {
        if (job.gpus > clusterGpus)
            lines.push_back(job.line);
    }
    return lines;
}

}  // namespace debrief::replay
