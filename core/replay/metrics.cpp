#include "metrics.h"

#include <algorithm>

namespace debrief::replay {

namespace {

// 0-based index of the nearest-rank percentile p: ceil(p * n / 100) - 1, in integers.
std::size_t nearestRank(std::size_t p, std::size_t n)
{
    return (p * n + 99) / 100 - 1;
}

// p50, p95, p99 and max by successive nth_element on the shrinking upper part: about 1.6 n work
// instead of a full sort, which matters at 5 M jobs.
template <typename T> void fillPercentiles(std::span<T> values, Distribution<T>& out)
{
    const std::size_t n = values.size();
    const auto at = [&](std::size_t i) { return values.begin() + std::ptrdiff_t(i); };
    const std::size_t i50 = nearestRank(50, n), i95 = nearestRank(95, n), i99 = nearestRank(99, n);
    std::nth_element(values.begin(), at(i50), values.end());
    out.p50 = values[i50];
    std::nth_element(at(i50), at(i95), values.end());
    out.p95 = values[i95];
    std::nth_element(at(i95), at(i99), values.end());
    out.p99 = values[i99];
    out.max = *std::max_element(at(i99), values.end());
}

}  // namespace

Distribution<std::int64_t> distributionOf(std::span<std::int64_t> values)
{
    Distribution<std::int64_t> out;
    for (std::int64_t v : values)
        out.sum += v;
    out.mean = double(out.sum) / double(values.size());
    fillPercentiles(values, out);
    return out;
}

Distribution<double> distributionOf(std::span<double> values)
{
    Distribution<double> out;
    for (double v : values)
        out.sum += v;
    out.mean = out.sum / double(values.size());
    fillPercentiles(values, out);
    return out;
}

CostUsd costOf(std::uint64_t clusterGpus, std::int64_t makespan, std::int64_t gpuSeconds, std::uint64_t jobs,
               double pricePerGpuHour)
{
    CostUsd cost;
    cost.cluster = double(clusterGpus) * double(makespan) / 3600.0 * pricePerGpuHour;
    cost.used = double(gpuSeconds) / 3600.0 * pricePerGpuHour;
    cost.idle = cost.cluster - cost.used;
    cost.perJob = jobs > 0 ? cost.cluster / double(jobs) : 0.0;
    return cost;
}

std::optional<Metrics> metricsOf(const JobOutcomes& jobs, std::int64_t gpuSeconds, std::uint64_t clusterGpus,
                                 double pricePerGpuHour)
{
    const std::size_t n = jobs.submit.size();
    if (n == 0)
        return std::nullopt;
    Metrics m;
    std::int64_t firstSubmit = jobs.submit[0];
    std::int64_t lastEnd = jobs.end[0];
    std::vector<std::int64_t> values(n);
    for (std::size_t i = 0; i < n; ++i) {
        values[i] = jobs.firstStart[i] - jobs.submit[i];
        firstSubmit = std::min(firstSubmit, jobs.submit[i]);
        lastEnd = std::max(lastEnd, jobs.end[i]);
    }
    m.queueingDelay = distributionOf(values);
    for (std::size_t i = 0; i < n; ++i)
        values[i] = jobs.end[i] - jobs.submit[i];
    m.jct = distributionOf(values);
    // One scratch array at a time: at 5 M jobs each is 40 MB of the replay's peak memory.
    values = std::vector<std::int64_t>();  // frees it (`= {}` would only empty it, keeping the memory)
    std::vector<double> slowdown(n);
    for (std::size_t i = 0; i < n; ++i)
        slowdown[i] = double(jobs.end[i] - jobs.submit[i]) / double(std::max<std::int64_t>(jobs.duration[i], 10));
    m.slowdown = distributionOf(slowdown);
    m.makespan = lastEnd - firstSubmit;
    m.gpuSeconds = gpuSeconds;
    if (m.makespan > 0) {
        if (clusterGpus > 0)
            m.utilization = double(gpuSeconds) / (double(clusterGpus) * double(m.makespan));
        m.throughputJobsPerHour = double(n) * 3600.0 / double(m.makespan);
    }
    m.cost = costOf(clusterGpus, m.makespan, gpuSeconds, n, pricePerGpuHour);
    return m;
}

}  // namespace debrief::replay
