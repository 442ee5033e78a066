#pragma once

#include "analyses.h"
#include "cluster.h"
#include "metrics.h"
#include "offeredload.h"
#include "policykind.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace debrief::replay {

struct ReplayResult;

// A comparison's numbers: several policies replayed on one trace and cluster, each against a
// baseline policy. The Trace Lab table and the evidence writer read these numbers and format them
// themselves; nothing here is a display string.
struct Comparison {
    // One replayed policy (the baseline has a row too, with no changes against itself).
    struct Row {
        PolicyKind policy = PolicyKind::Fifo;
        std::uint64_t jobs = 0;
        std::uint64_t preemptions = 0;
        Metrics metrics;
        std::optional<Analyses> analyses;  // absent when the replay did not compute them
        bool isBaseline = false;

        // Against the baseline: (new - old) / old, absent when old is 0. Negative is better for
        // delays, JCT, slowdown and waiting; positive is better for throughput.
        std::optional<double> p95QueueingChange;
        std::optional<double> meanJctChange;
        std::optional<double> p95SlowdownChange;
        std::optional<double> meanWaitingChange;  // needs analyses on both rows
        std::optional<double> throughputChange;
        double utilisationPoints = 0.0;    // (new - old) utilisation x 100
        double clusterCostPerMonth = 0.0;  // USD per 30-day month more (+) or less (-) than the baseline
        double idleCostPerMonth = 0.0;
    };

    Cluster cluster;
    std::uint64_t jobs = 0;      // accepted
    std::uint64_t rejected = 0;  // asked for more GPUs than the cluster has
    std::optional<double> offeredLoad;
    std::optional<SuggestedCluster> suggested;
    std::optional<PolicyKind> baseline;  // absent when the baseline has no metrics (n = 0)
    std::vector<Row> rows;               // in the order of the results given, results without metrics left out

    static constexpr double kMonthSeconds = 30.0 * 24 * 3600;

    // `results` of one trace and cluster; `baseline` indexes into them. Offered load and the
    // suggested size are the caller's (offeredload.h): they need the trace, not the results.
    static Comparison of(const std::vector<ReplayResult>& results, std::size_t baseline,
                         std::optional<double> offeredLoad = std::nullopt,
                         std::optional<SuggestedCluster> suggested = std::nullopt);

    const Row* row(PolicyKind policy) const;
    const Row* baselineRow() const;

    // The relative change (after - before) / before, or nothing when before is 0.
    static std::optional<double> relativeChange(double before, double after);
    // Dollars per 30-day month that `after` costs more (positive) or less than `before`, scaling the
    // baseline's makespan to a month of the same workload; 0 when that makespan is 0.
    static double monthlyDelta(double before, double after, std::int64_t baselineMakespan);
};

}  // namespace debrief::replay
