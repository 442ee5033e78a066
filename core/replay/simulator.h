#pragma once

#include "analyses.h"
#include "cluster.h"
#include "metrics.h"
#include "policykind.h"
#include "snapshot.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace debrief::trace {
struct Trace;
}

namespace debrief::replay {

// One stretch of time a job held its GPUs (a preempted job has several).
struct RunInterval {
    std::uint32_t jobIndex = 0;  // trace index
    std::int64_t start = 0;
    std::int64_t end = 0;
};

struct ReplayOptions {
    Cluster cluster;
    PolicyKind policy = PolicyKind::Fifo;
    PolicyOptions policyOptions;
    bool gpuJobsOnly = false;       // leave 0-GPU jobs out (counted in ReplayResult::cpuOnlyExcluded)
    bool keepPerJob = true;         // fill ReplayResult's per-job arrays (sweeps turn this off)
    bool analyses = true;           // fill ReplayResult::analyses (sweeps turn this off)
    std::int64_t snapshotStep = 0;  // simulated seconds between snapshots; 0 = none
    // Points per CDF in the analyses; 0 = no CDFs.
    std::size_t cdfPoints = kMaxCdfPoints;
    // Called on the replaying thread; must not block. A final snapshot is always sent when set.
    std::function<void(const Snapshot&)> onSnapshot;
    const std::atomic<bool>* cancel = nullptr;  // checked between events
    // Called on the replaying thread after the policy decided at each event time, with the state at
    // that moment (the window fields of Snapshot stay at their defaults). It lets a caller pause or
    // step a replay event by event; the engine itself never waits on anything.
    std::function<void(const Snapshot&)> onEvent;
    bool keepRunIntervals = false;  // fill ReplayResult::runIntervals (tests, Gantt views)
};

struct ReplayResult {
    PolicyKind policy = PolicyKind::Fifo;
    Cluster cluster;
    std::uint64_t jobs = 0;                    // accepted jobs (n)
    std::uint64_t rejected = 0;                // asked for more GPUs than the cluster has
    std::vector<std::uint32_t> rejectedLines;  // their file lines, in trace order
    std::uint64_t cpuOnlyExcluded = 0;         // 0-GPU jobs left out by gpuJobsOnly
    std::uint64_t preemptions = 0;
    std::optional<Metrics> metrics;  // absent when n = 0
    // ReplayOptions::analyses; absent when n = 0.
    std::optional<Analyses> analyses;
    bool cancelled = false;

    // Per accepted job, in trace-index order (keepPerJob): its trace index, first start and end,
    // in rebased seconds (the earliest accepted submit is 0).
    std::vector<std::uint32_t> jobIndex;
    std::vector<std::int64_t> start;
    std::vector<std::int64_t> end;
    std::int64_t origin = 0;  // trace submit time that became 0
    // keepPerJob: every job preempted at least once, with Interruption::job its trace index, sorted
    // by it. Jobs not listed were never preempted.
    std::vector<Interruption> interruptions;
    // keepRunIntervals: every stretch a job ran, in the order the stretches ended.
    std::vector<RunInterval> runIntervals;
};

// Replays `trace` under one policy on one cluster. Deterministic: the same inputs give
// bit-identical results on every run and thread.
ReplayResult replay(const trace::Trace& trace, const ReplayOptions& options);

// Runs one replay: picks the policy, drives the event loop of replay-semantics.md and gathers the
// result. replay() is the usual entry point; the class exists so the loop has one home.
class Simulator {
public:
    Simulator(const trace::Trace& trace, const ReplayOptions& options);
    ReplayResult run();

private:
    const trace::Trace& m_trace;
    const ReplayOptions& m_options;
};

}  // namespace debrief::replay
