#pragma once

#include "metrics.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace debrief::replay {

// The figures a scheduling researcher reads after the headline metrics (README, "Replay semantics:
// analyses"): waiting and preempted time, queueing delay and slowdown by job size and by run time,
// fairness across users and virtual clusters, and JCT / slowdown CDFs. Computed over the accepted
// jobs of one replay; absent when n = 0.

// Job-size buckets by whole GPUs: 0, 1, 2, 3-4, 5-8, 9-16, 17-64, >64.
inline constexpr std::size_t kGpuBucketCount = 8;
inline constexpr std::array<std::string_view, kGpuBucketCount> kGpuBucketNames{"0",   "1",    "2",     "3-4",
                                                                               "5-8", "9-16", "17-64", ">64"};
std::size_t gpuBucketOf(std::uint32_t gpus);

// Run-time buckets: < 10 min, < 1 h, < 6 h, < 1 day, longer (upper bounds exclusive).
inline constexpr std::size_t kRuntimeBucketCount = 5;
inline constexpr std::array<std::string_view, kRuntimeBucketCount> kRuntimeBucketNames{"<10m", "<1h", "<6h", "<1d",
                                                                                       ">=1d"};
std::size_t runtimeBucketOf(std::int64_t runSeconds);

// Queueing delay and bounded slowdown of the jobs in one bucket. The distributions are absent when
// the bucket holds no job (every bucket is always listed, so policies line up column by column).
struct BucketStats {
    std::string_view bucket;  // one of kGpuBucketNames / kRuntimeBucketNames
    std::uint64_t jobs = 0;
    std::optional<Distribution<std::int64_t>> queueingDelay;
    std::optional<Distribution<double>> slowdown;
};

// Jain's index (sum x)^2 / (m x sum x^2) over m groups' mean bounded slowdown: 1 when every group
// waits alike, 1/m when one group takes all the slowdown. Absent when no accepted job names a user
// (a virtual cluster); jobs without one are left out of the index.
struct Fairness {
    std::optional<double> jainUserSlowdown;
    std::optional<double> jainVcSlowdown;
    std::uint64_t users = 0;  // groups behind each index
    std::uint64_t virtualClusters = 0;
};

// One point of an empirical CDF: `share` of the jobs have a value at or below `value` by rank
// (value is the nearest-rank percentile at 100 x share).
struct CdfPoint {
    double value = 0.0;
    double share = 0.0;
    bool operator==(const CdfPoint&) const = default;
};
inline constexpr std::size_t kMaxCdfPoints = 200;

// The analyses of one replay.
struct Analyses {
    // Per job: waiting = (end - submit) - run time = queued + preempted + restart penalty.
    Distribution<std::int64_t> waiting;
    Distribution<std::int64_t> preempted;    // seconds off the GPUs after the first start
    std::uint64_t jobsPreempted = 0;         // jobs preempted at least once
    std::int64_t restartPenaltySeconds = 0;  // sum over jobs of penalty seconds re-run (srtf)
    std::int64_t lostGpuSeconds = 0;         // the same, weighted by each job's GPUs
    std::array<BucketStats, kGpuBucketCount> byGpus;
    std::array<BucketStats, kRuntimeBucketCount> byRuntime;
    Fairness fairness;
    std::vector<CdfPoint> jctCdf;       // seconds
    std::vector<CdfPoint> slowdownCdf;  // bounded slowdown
};

// Jain's fairness index of `x` (all >= 0): (sum x)^2 / (m x sum x^2). Absent when x is empty;
// 1 when every x is 0 (nobody is treated worse than anybody else).
std::optional<double> jainIndex(std::span<const double> x);

// The CDF of `values` (reordered) in at most `maxPoints` (>= 2) points, exact at both ends: with
// K = min(n, maxPoints) the points are ranks r_k = floor(k (n - 1) / (K - 1)), k = 0..K-1, each
// (v[r_k], (r_k + 1) / n) of the sorted values. Empty when values is.
std::vector<CdfPoint> cdfOf(std::vector<std::int64_t>& values, std::size_t maxPoints = kMaxCdfPoints);
std::vector<CdfPoint> cdfOf(std::vector<double>& values, std::size_t maxPoints = kMaxCdfPoints);

// A job preempted at least once, as the engine counted it while it happened. Jobs not listed were
// never preempted (preempted and penalty seconds 0).
struct Interruption {
    std::uint32_t job = 0;  // rank in AnalysisInput's spans (the replay's queue rank)
    std::uint32_t preemptions = 0;
    std::int64_t preemptedSeconds = 0;  // sum of (restart - preemption) over its preemptions
    std::int64_t penaltySeconds = 0;    // restart penalty added to its run (srtf)
    bool operator==(const Interruption&) const = default;
};

// Per accepted job, all spans of equal length. names(i) gives job i's user and virtual cluster as
// name indexes (below nameCount; trace::kNoName = 0 is none): a function, not arrays, so a 5 M-job
// replay copies no names. Interruptions in any order, each
// job at most once.
struct JobNames {
    std::uint32_t user = 0;
    std::uint32_t vc = 0;
};
struct AnalysisInput {
    JobOutcomes outcomes;
    std::span<const std::uint32_t> gpus;
    std::function<JobNames(std::size_t)> names;  // empty: no job names a user or virtual cluster
    std::uint32_t nameCount = 0;
    std::span<const Interruption> interruptions;
    // Points per CDF (0: none). The multi-rank selection costs about a third of a sort, so callers
    // that show no CDF (the CLI's plain table) skip it.
    std::size_t cdfPoints = kMaxCdfPoints;
};
// Peak extra memory is one value per job (8 bytes) plus a byte of buckets, like metricsOf.
std::optional<Analyses> analysesOf(const AnalysisInput& input);

}  // namespace debrief::replay
