#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace debrief::replay {

// sum, mean and nearest-rank percentiles (value at 0-based index ceil(p*n/100)-1 of the sorted
// values) of one per-job quantity.
template <typename T> struct Distribution {
    T sum{};
    double mean = 0.0;
    T p50{}, p95{}, p99{}, max{};
};

// Nearest-rank statistics; `values` is reordered. Precondition: not empty.
Distribution<std::int64_t> distributionOf(std::span<std::int64_t> values);
Distribution<double> distributionOf(std::span<double> values);
inline Distribution<std::int64_t> distributionOf(std::vector<std::int64_t>& values)
{
    return distributionOf(std::span<std::int64_t>(values));
}
inline Distribution<double> distributionOf(std::vector<double>& values)
{
    return distributionOf(std::span<double>(values));
}

struct CostUsd {
    double cluster = 0.0;  // cluster GPUs x makespan hours x price
    double used = 0.0;     // GPU-seconds / 3600 x price
    double idle = 0.0;     // cluster - used
    double perJob = 0.0;   // cluster / jobs
};

// Everything replay-semantics.md calls a metric, over the accepted jobs. Absent when n = 0.
struct Metrics {
    Distribution<std::int64_t> jct;
    Distribution<std::int64_t> queueingDelay;
    Distribution<double> slowdown;       // bounded: JCT / max(run time, 10 s)
    std::int64_t makespan = 0;           // last end - first submit
    std::int64_t gpuSeconds = 0;         // sum of GPUs x run time
    double utilization = 0.0;            // gpuSeconds / (cluster GPUs x makespan); 0 if makespan 0
    double throughputJobsPerHour = 0.0;  // n x 3600 / makespan; 0 if makespan 0
    CostUsd cost;
    // Packed only. The GPU-seconds during which GPUs were free while some waiting job asked for no
    // more GPUs than were free in total but fitted on no node (free by count, not by shape), summed
    // as free GPUs x seconds and divided by cluster GPUs x makespan: the time-weighted mean share of
    // the cluster left idle by node boundaries. 0 when the makespan is 0.
    std::optional<double> fragmentation;
};

// The cost numbers of replay-semantics.md for a cluster run for `makespan` seconds with `gpuSeconds`
// used; snapshots use it with the time so far so their final costs equal the metrics exactly.
CostUsd costOf(std::uint64_t clusterGpus, std::int64_t makespan, std::int64_t gpuSeconds, std::uint64_t jobs,
               double pricePerGpuHour);

// Per accepted job, all spans of the same length and in the same order (the order only decides
// how the slowdown sum rounds). gpuSeconds is the integral of busy GPUs over the replay.
struct JobOutcomes {
    std::span<const std::int64_t> submit;
    std::span<const std::int64_t> duration;
    std::span<const std::int64_t> firstStart;
    std::span<const std::int64_t> end;
};
std::optional<Metrics> metricsOf(const JobOutcomes& jobs, std::int64_t gpuSeconds, std::uint64_t clusterGpus,
                                 double pricePerGpuHour);

}  // namespace debrief::replay
