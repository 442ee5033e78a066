#pragma once

#include "replay/simulator.h"

#include <cstring>
#include <sstream>
#include <string>

namespace debrief::replay::test {

// Where two replay results differ, in words; empty when they are bit-identical (doubles compared
// by their bytes, so "equal within rounding" does not pass).
inline std::string differenceBetween(const ReplayResult& a, const ReplayResult& b)
{
    std::ostringstream out;
    const auto same = [](double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; };
    const auto check = [&](const char* what, bool equal) {
        if (!equal && out.tellp() < 2000)
            out << what << " differs; ";
    };
    check("policy", a.policy == b.policy);
    check("cluster", a.cluster.totalGpus() == b.cluster.totalGpus() && a.cluster.placement == b.cluster.placement &&
                         same(a.cluster.pricePerGpuHour, b.cluster.pricePerGpuHour));
    check("jobs", a.jobs == b.jobs);
    check("rejected", a.rejected == b.rejected && a.rejectedLines == b.rejectedLines);
    check("cpuOnlyExcluded", a.cpuOnlyExcluded == b.cpuOnlyExcluded);
    check("preemptions", a.preemptions == b.preemptions);
    check("cancelled", a.cancelled == b.cancelled);
    check("origin", a.origin == b.origin);
    check("jobIndex", a.jobIndex == b.jobIndex);
    for (std::size_t i = 0; i < a.start.size() && i < b.start.size(); ++i) {
        if (a.start[i] != b.start[i] || a.end[i] != b.end[i]) {
            out << "job " << a.jobIndex[i] << ": start/end " << a.start[i] << "/" << a.end[i] << " vs " << b.start[i]
                << "/" << b.end[i] << "; ";
            break;
        }
    }
    check("start", a.start == b.start);
    check("end", a.end == b.end);
    check("metrics present", a.metrics.has_value() == b.metrics.has_value());
    if (a.metrics && b.metrics) {
        const Metrics& x = *a.metrics;
        const Metrics& y = *b.metrics;
        const auto integers = [&](const char* what, const Distribution<std::int64_t>& p,
                                  const Distribution<std::int64_t>& q) {
            check(what, p.sum == q.sum && same(p.mean, q.mean) && p.p50 == q.p50 && p.p95 == q.p95 && p.p99 == q.p99 &&
                            p.max == q.max);
        };
        integers("jct", x.jct, y.jct);
        integers("queueingDelay", x.queueingDelay, y.queueingDelay);
        check("slowdown", same(x.slowdown.sum, y.slowdown.sum) && same(x.slowdown.mean, y.slowdown.mean) &&
                              same(x.slowdown.p50, y.slowdown.p50) && same(x.slowdown.p95, y.slowdown.p95) &&
                              same(x.slowdown.p99, y.slowdown.p99) && same(x.slowdown.max, y.slowdown.max));
        check("makespan", x.makespan == y.makespan);
        check("gpuSeconds", x.gpuSeconds == y.gpuSeconds);
        check("utilization", same(x.utilization, y.utilization));
        check("throughput", same(x.throughputJobsPerHour, y.throughputJobsPerHour));
        check("cost", same(x.cost.cluster, y.cost.cluster) && same(x.cost.used, y.cost.used) &&
                          same(x.cost.idle, y.cost.idle) && same(x.cost.perJob, y.cost.perJob));
        check("fragmentation", x.fragmentation.has_value() == y.fragmentation.has_value() &&
                                   (!x.fragmentation || same(*x.fragmentation, *y.fragmentation)));
    }
    return out.str();
}

}  // namespace debrief::replay::test
