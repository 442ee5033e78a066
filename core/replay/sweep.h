#pragma once

#include "arrivalscale.h"
#include "simulator.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace debrief::replay {

struct Scenario {
    PolicyKind policy = PolicyKind::Fifo;
    Cluster cluster;
    PolicyOptions policyOptions;
    ArrivalScale arrivalScale;  // 1 = the trace's own arrival times
};

struct SweepRow {
    Scenario scenario;
    ReplayResult result;  // without per-job arrays
    std::string backend;  // "cpu", or the accelerator that produced it
};

struct SweepOptions {
    unsigned threads = 0;  // 0 = every core
    bool gpuJobsOnly = false;
    std::function<void(std::size_t done, std::size_t total)> progress;  // any thread, serialised
    const std::atomic<bool>* cancel = nullptr;
};

// Where a sweep runs. core owns the interface; the CPU pool is the default and gpu/ may add one.
class SweepBackend {
public:
    virtual ~SweepBackend() = default;
    virtual std::string name() const = 0;
    // Results in scenario order; rows the backend cannot run are computed by the CPU pool.
    virtual std::vector<SweepRow> run(const trace::Trace& trace, const std::vector<Scenario>& scenarios,
                                      const SweepOptions& options) = 0;
};

// The CPU thread pool: scenarios are claimed from a shared counter, rows land in scenario order.
class CpuSweepBackend final : public SweepBackend {
public:
    std::string name() const override { return "cpu"; }
    std::vector<SweepRow> run(const trace::Trace& trace, const std::vector<Scenario>& scenarios,
                              const SweepOptions& options) override;
};

// Every combination of policies x cluster sizes x prices, in that nesting order.
std::vector<Scenario> scenarioGrid(const std::vector<PolicyKind>& policies, const std::vector<Cluster>& clusters,
                                   const std::vector<double>& prices);
// The same grid with arrival-rate scales innermost: policies x clusters x prices x scales. An empty
// `scales` means the trace's own rate.
std::vector<Scenario> scenarioGrid(const std::vector<PolicyKind>& policies, const std::vector<Cluster>& clusters,
                                   const std::vector<double>& prices, const std::vector<ArrivalScale>& scales);

}  // namespace debrief::replay
