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

class RankOrders;

// The CPU thread pool. Scenarios that differ only in price share one schedule (the price changes
// no decision), so each distinct schedule (policy and its options x cluster shape x arrival scale)
// is replayed once and every price's row is derived from it with withPrice(); the workers claim
// schedules from a shared counter and rows land in scenario order. Each arrival scale's rank order
// is computed once and shared by all its schedules.
class CpuSweepBackend final : public SweepBackend {
public:
    std::string name() const override { return "cpu"; }
    std::vector<SweepRow> run(const trace::Trace& trace, const std::vector<Scenario>& scenarios,
                              const SweepOptions& options) override;
    // The same over rank orders the caller already has (the CUDA backend shares its own); the
    // orders of the scenarios' scales are added when missing.
    std::vector<SweepRow> run(RankOrders& orders, const std::vector<Scenario>& scenarios, const SweepOptions& options);
    // How many replays the last run() made: one per distinct schedule, not one per scenario.
    std::size_t schedulesReplayed() const { return m_schedulesReplayed; }

private:
    std::size_t m_schedulesReplayed = 0;
};

// Scenario indices grouped by schedule: scenarios in one group differ at most in price, so one
// replay serves them all. Groups and their members are in order of first appearance.
std::vector<std::vector<std::size_t>> scheduleGroups(const std::vector<Scenario>& scenarios);
// A replay's result at another price: only the cost figures depend on it, and they are recomputed
// from the same integers by the same formula, so the row is bit-identical to replaying at `price`.
ReplayResult withPrice(ReplayResult result, double pricePerGpuHour);

// Every combination of policies x cluster sizes x prices, in that nesting order.
std::vector<Scenario> scenarioGrid(const std::vector<PolicyKind>& policies, const std::vector<Cluster>& clusters,
                                   const std::vector<double>& prices);
// The same grid with arrival-rate scales innermost: policies x clusters x prices x scales. An empty
// `scales` means the trace's own rate.
std::vector<Scenario> scenarioGrid(const std::vector<PolicyKind>& policies, const std::vector<Cluster>& clusters,
                                   const std::vector<double>& prices, const std::vector<ArrivalScale>& scales);

}  // namespace debrief::replay
