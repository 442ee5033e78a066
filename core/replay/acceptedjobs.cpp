#include "acceptedjobs.h"

#include "trace/trace.h"

#include <algorithm>
#include <numeric>

namespace debrief::replay {

AcceptedJobs::AcceptedJobs(const trace::Trace& trace, std::uint64_t clusterGpus, bool gpuJobsOnly) : m_trace(&trace)
{
    const auto& jobs = trace.jobs;
    std::vector<std::uint32_t> accepted;
    accepted.reserve(jobs.size());
    bool sorted = true;
    std::int64_t lastSubmit = std::numeric_limits<std::int64_t>::min();
    std::int64_t origin = std::numeric_limits<std::int64_t>::max();
    for (std::uint32_t pos = 0; pos < jobs.size(); ++pos) {
        const trace::Job& job = jobs[pos];
        if (job.gpus > clusterGpus) {
            m_rejectedLines.push_back(job.line);
            continue;
        }
        if (gpuJobsOnly && job.gpus == 0) {
            ++m_cpuOnlyExcluded;
            continue;
        }
        sorted = sorted && job.submit >= lastSubmit;
        lastSubmit = job.submit;
        origin = std::min(origin, job.submit);
        accepted.push_back(pos);
    }
    if (!sorted) {
        // Rank = (submit, trace index): a stable sort of file order by submit.
        std::stable_sort(accepted.begin(), accepted.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return jobs[a].submit < jobs[b].submit; });
        m_inFileOrder = false;
    }
    m_origin = accepted.empty() ? 0 : origin;
    const std::size_t n = accepted.size();
    m_submit.resize(n);
    m_duration.resize(n);
    m_gpus.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        const trace::Job& job = jobs[accepted[r]];
        m_submit[r] = job.submit - m_origin;
        m_duration[r] = std::max<std::int64_t>(job.duration, 0);
        m_gpus[r] = job.gpus;
    }
    m_position = std::move(accepted);
}

const trace::Job& AcceptedJobs::job(std::uint32_t rank) const
{
    return m_trace->jobs[m_position[rank]];
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
    m_bucket.resize(m_gpus.size());
    for (std::size_t r = 0; r < m_gpus.size(); ++r)
        m_bucket[r] = table[m_gpus[r]];
}

}  // namespace debrief::replay
