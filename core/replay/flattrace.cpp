#include "flattrace.h"

#include "trace/trace.h"

#include <algorithm>

namespace debrief::replay {

FlatTrace::FlatTrace(const trace::Trace& trace, bool gpuJobsOnly, const ArrivalScale& scale)
    : m_trace(&trace), m_scale(scale)
{
    // 0-GPU jobs are never rejected, so leaving them out before the cluster's rejection (which
    // AcceptedJobs checks first) gives the same accepted set.
    std::vector<std::uint32_t> order;
    std::vector<std::int64_t> scaled(trace.jobs.size());
    order.reserve(trace.jobs.size());
    for (std::uint32_t pos = 0; pos < trace.jobs.size(); ++pos) {
        const trace::Job& job = trace.jobs[pos];
        scaled[pos] = scale.scaleSubmit(job.submit);
        if (gpuJobsOnly && job.gpus == 0) {
            ++m_cpuOnlyExcluded;
            continue;
        }
        order.push_back(pos);
    }
    // Rank = (scaled submit, trace index), exactly AcceptedJobs' stable sort of the scaled trace.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return scaled[a] < scaled[b]; });
    const std::size_t n = order.size();
    m_submit.resize(n);
    m_duration.resize(n);
    m_gpus.resize(n);
    m_priority.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        const trace::Job& job = trace.jobs[order[r]];
        m_submit[r] = scaled[order[r]];
        m_duration[r] = std::max<std::int64_t>(job.duration, 0);
        m_gpus[r] = job.gpus;
        m_priority[r] = job.priority;
        m_zeroGpuJobs += job.gpus == 0;
    }
    m_position = std::move(order);
}

FlatJobs FlatTrace::jobs() const
{
    return {m_submit.data(), m_duration.data(), m_gpus.data(), m_priority.data(), size()};
}

std::vector<std::uint32_t> FlatTrace::rejectedLines(std::uint64_t clusterGpus) const
{
    std::vector<std::uint32_t> lines;
    for (const trace::Job& job : m_trace->jobs) {
        if (job.gpus > clusterGpus)
            lines.push_back(job.line);
    }
    return lines;
}

}  // namespace debrief::replay
