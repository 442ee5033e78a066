#include "acceptedjobs.h"

#include "rankorder.h"

#include "trace/trace.h"

#include <algorithm>

namespace debrief::replay {

AcceptedJobs::AcceptedJobs(const trace::Trace& trace, std::uint64_t clusterGpus, bool gpuJobsOnly)
    : AcceptedJobs(RankOrder(trace, gpuJobsOnly, {}), clusterGpus)
{
}

AcceptedJobs::AcceptedJobs(const RankOrder& order, std::uint64_t clusterGpus) : m_trace(&order.trace())
{
    const auto& jobs = order.trace().jobs;
    // Rejected lines in file order, as the trace lists them (0-GPU jobs are never rejected, so
    // gpu-jobs-only does not change this list).
    for (const trace::Job& job : jobs) {
        if (job.gpus > clusterGpus)
            m_rejectedLines.push_back(job.line);
    }
    m_cpuOnlyExcluded = order.cpuOnlyExcluded();
    m_inFileOrder = order.inFileOrder();
    // Dropping the jobs too large for the cluster keeps the rank order of the rest.
    const auto positions = order.positions();
    const auto submits = order.submits();
    const std::size_t n = positions.size() - (m_rejectedLines.size());
    m_submit.resize(n);
    m_duration.resize(n);
    m_gpus.resize(n);
    // Every job, in file order: rank is position, so no table of positions is needed.
    const bool identity = n == jobs.size() && order.inFileOrder();
    if (!identity)
        m_position.resize(n);
    std::size_t r = 0;
    for (std::size_t k = 0; k < positions.size(); ++k) {
        const trace::Job& job = jobs[positions[k]];
        if (job.gpus > clusterGpus)
            continue;
        m_submit[r] = submits[k];
        m_duration[r] = std::max<std::int64_t>(job.duration, 0);
        m_gpus[r] = job.gpus;
        if (!identity)
            m_position[r] = positions[k];
        ++r;
    }

    // The earliest accepted submit becomes 0.
    m_origin = n == 0 ? 0 : m_submit[0];
    if (m_origin != 0) {
        for (std::int64_t& submit : m_submit)
            submit -= m_origin;
    }
}

const trace::Job& AcceptedJobs::job(std::uint32_t rank) const
{
    return m_trace->jobs[position(rank)];
}

std::int32_t AcceptedJobs::priority(std::uint32_t rank) const
{
    return m_trace->priority(position(rank));
}

std::uint32_t AcceptedJobs::index(std::uint32_t rank) const
{
    return m_trace->index(position(rank));
}

void AcceptedJobs::buildDemandBuckets()
{
    if (!m_demands.empty() || m_gpus.empty())
        return;
    const std::uint32_t maxGpus = *std::max_element(m_gpus.begin(), m_gpus.end());
    // Demands are bounded by the cluster size, so a direct table beats sorting.
    std::vector<std::uint32_t> table(std::size_t(maxGpus) + 1, kNoJob);
    for (std::uint32_t g : m_gpus)
        table[g] = 0;
    for (std::uint32_t g = 0; g <= maxGpus; ++g) {
        if (table[g] != kNoJob) {
            table[g] = std::uint32_t(m_demands.size());
            m_demands.push_back(g);
        }
    }
    m_bucketOf = std::move(table);
}

}  // namespace debrief::replay
