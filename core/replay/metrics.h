#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace debrief::replay {

// sum, mean and nearest-rank percentiles (value at 0-based index ceil(p*n/100)-1 of the sorted
// values) of one per-job quantity.
template <typename T>
struct Distribution {
    T sum{};
    double mean = 0.0;
    T p50{}, p95{}, p99{}, max{};
};

// Nearest-rank statistics; `values` is reordered. Precondition: not empty.
Distribution<std::int64_t> distributionOf(std::vector<std::int64_t>& values);
Distribution<double> distributionOf(std::vector<double>& values);

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
    std::optional<double> fragmentation; // packed only: time-weighted share of GPUs free but unusable
};

} // namespace debrief::replay
