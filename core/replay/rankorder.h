#pragma once

#include "arrivalscale.h"

#include <cstdint>
#include <map>
#include <span>
#include <utility>
#include <vector>

namespace debrief::trace {
struct Trace;
}

namespace debrief::replay {

// The queue rank order of a trace under one arrival scale: every job a replay may run (after
// gpu-jobs-only) sorted by (scaled submit, trace index), with its scaled submit time. It does not
// depend on the cluster or the policy, so a sweep computes it once per arrival scale and every
// scenario of that scale shares it; a cluster then only drops the jobs too large for it, which
// keeps the order (AcceptedJobs, FlatTrace).
class RankOrder {
public:
    RankOrder(const trace::Trace& trace, bool gpuJobsOnly, const ArrivalScale& scale);

    const trace::Trace& trace() const { return *m_trace; }
    bool gpuJobsOnly() const { return m_gpuJobsOnly; }
    const ArrivalScale& scale() const { return m_scale; }
    std::uint32_t size() const { return std::uint32_t(m_position.size()); }
    // Per rank: the job's position in Trace::jobs and its scaled submit time (not rebased).
    std::span<const std::uint32_t> positions() const { return m_position; }
    std::span<const std::int64_t> submits() const { return m_submit; }
    // True when rank order is file order (positions ascend).
    bool inFileOrder() const { return m_inFileOrder; }
    std::uint64_t cpuOnlyExcluded() const { return m_cpuOnlyExcluded; }

private:
    const trace::Trace* m_trace;
    ArrivalScale m_scale;
    bool m_gpuJobsOnly;
    bool m_inFileOrder = true;
    std::vector<std::uint32_t> m_position;
    std::vector<std::int64_t> m_submit;
    std::uint64_t m_cpuOnlyExcluded = 0;
};

// One RankOrder per distinct arrival scale of a sweep, built up front so that worker threads only
// read them.
class RankOrders {
public:
    RankOrders(const trace::Trace& trace, bool gpuJobsOnly) : m_trace(&trace), m_gpuJobsOnly(gpuJobsOnly) {}
    // Builds the order for `scale` unless it exists. Not thread-safe: call before the workers start.
    const RankOrder& prepare(const ArrivalScale& scale);
    // Precondition: prepare(scale) was called.
    const RankOrder& at(const ArrivalScale& scale) const { return m_orders.at({scale.numerator, scale.denominator}); }
    std::size_t size() const { return m_orders.size(); }

private:
    const trace::Trace* m_trace;
    bool m_gpuJobsOnly;
    std::map<std::pair<std::int64_t, std::int64_t>, RankOrder> m_orders;
};

}  // namespace debrief::replay
