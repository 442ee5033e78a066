#include "rankorder.h"

#include "trace/trace.h"

#include <algorithm>
#include <limits>

namespace debrief::replay {

RankOrder::RankOrder(const trace::Trace& trace, bool gpuJobsOnly, const ArrivalScale& scale)
    : m_trace(&trace), m_scale(scale), m_gpuJobsOnly(gpuJobsOnly)
{
    const auto& jobs = trace.jobs;
    m_position.reserve(jobs.size());
    m_submit.reserve(jobs.size());
    bool sorted = true;
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    for (std::uint32_t pos = 0; pos < jobs.size(); ++pos) {
        if (gpuJobsOnly && jobs[pos].gpus == 0) {
            ++m_cpuOnlyExcluded;
            continue;
        }
        const std::int64_t submit = scale.scaleSubmit(jobs[pos].submit);
        sorted = sorted && submit >= last;
        last = submit;
        m_position.push_back(pos);
        m_submit.push_back(submit);
    }
    if (sorted)
        return;
    // Rank = (scaled submit, trace index): a stable sort of file order by scaled submit.
    m_inFileOrder = false;
    std::vector<std::pair<std::int64_t, std::uint32_t>> keyed(m_position.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        keyed[i] = {m_submit[i], m_position[i]};
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t r = 0; r < keyed.size(); ++r) {
        m_submit[r] = keyed[r].first;
        m_position[r] = keyed[r].second;
    }
}

const RankOrder& RankOrders::prepare(const ArrivalScale& scale)
{
    const std::pair key{scale.numerator, scale.denominator};
    auto it = m_orders.find(key);
    if (it == m_orders.end())
        it = m_orders.try_emplace(key, *m_trace, m_gpuJobsOnly, scale).first;
    return it->second;
}

}  // namespace debrief::replay
