#include "sweep.h"

#include "rankorder.h"

#include "trace/trace.h"

#include <tuple>

#include <map>
#include <mutex>
#include <thread>

namespace debrief::replay {

std::vector<SweepRow> CpuSweepBackend::run(const trace::Trace& trace, const std::vector<Scenario>& scenarios,
                                           const SweepOptions& options)
{
    RankOrders orders(trace, options.gpuJobsOnly);
    return run(orders, scenarios, options);
}

std::vector<SweepRow> CpuSweepBackend::run(RankOrders& orders, const std::vector<Scenario>& scenarios,
                                           const SweepOptions& options)
{
    std::vector<SweepRow> rows(scenarios.size());
    const std::vector<std::vector<std::size_t>> groups = scheduleGroups(scenarios);
    std::atomic<std::size_t> nextGroup{0};
    std::atomic<std::size_t> replayed{0};
    std::size_t done = 0;
    std::mutex progressMutex;

    // Every scale's rank order up front, so the workers only read.
    for (const auto& group : groups)
        orders.prepare(scenarios[group.front()].arrivalScale);

    const auto work = [&] {
        while (true) {
            if (options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t g = nextGroup.fetch_add(1, std::memory_order_relaxed);
            if (g >= groups.size())
                return;
            const std::vector<std::size_t>& group = groups[g];
            const Scenario& first = scenarios[group.front()];
            ReplayOptions replayOptions;
            replayOptions.cluster = first.cluster;
            replayOptions.policy = first.policy;
            replayOptions.policyOptions = first.policyOptions;
            replayOptions.gpuJobsOnly = options.gpuJobsOnly;
            replayOptions.keepPerJob = false;
            replayOptions.analyses = false;
            replayOptions.cancel = options.cancel;
            ReplayResult result = replay(orders.at(first.arrivalScale), replayOptions);
            replayed.fetch_add(1, std::memory_order_relaxed);
            for (std::size_t k = group.size(); k-- > 0;) {
                const std::size_t i = group[k];
                rows[i].scenario = scenarios[i];
                // The first scenario's row is the replay itself; the others move in their price.
                rows[i].result = k == 0 ? std::move(result) : withPrice(result, scenarios[i].cluster.pricePerGpuHour);
                rows[i].backend = name();
            }
            if (options.progress) {
                std::lock_guard lock(progressMutex);
                for (std::size_t k = 0; k < group.size(); ++k)
                    options.progress(++done, scenarios.size());
            }
        }
    };

    unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, groups.size()));
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    if (threads > 0)
        work();
    for (std::thread& thread : pool)
        thread.join();
    m_schedulesReplayed = replayed.load();
    // Rows never claimed (cancelled sweep) say so.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].backend.empty()) {
            rows[i].scenario = scenarios[i];
            rows[i].result.policy = scenarios[i].policy;
            rows[i].result.cluster = scenarios[i].cluster;
            rows[i].result.cancelled = true;
            rows[i].backend = name();
        }
    }
    return rows;
}

std::vector<std::vector<std::size_t>> scheduleGroups(const std::vector<Scenario>& scenarios)
{
    // Everything a replay reads except the price.
    const auto schedule = [](const Scenario& s) {
        const PolicyOptions& o = s.policyOptions;
        return std::tie(s.policy, s.cluster.placement, s.cluster.nodes, s.cluster.gpusPerNode, s.arrivalScale.numerator,
                        s.arrivalScale.denominator, o.priorityAgingPerHour, o.srtfRestartPenalty, o.lasThresholds,
                        o.lasStarveFactor, o.fairBy);
    };
    const auto less = [&](std::size_t a, std::size_t b) { return schedule(scenarios[a]) < schedule(scenarios[b]); };
    std::map<std::size_t, std::size_t, decltype(less)> groupOf(less);  // first scenario -> group
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const auto [it, added] = groupOf.try_emplace(i, groups.size());
        if (added)
            groups.emplace_back();
        groups[it->second].push_back(i);
    }
    return groups;
}

ReplayResult withPrice(ReplayResult result, double pricePerGpuHour)
{
    result.cluster.pricePerGpuHour = pricePerGpuHour;
    if (result.metrics) {
        const Metrics& m = *result.metrics;
        result.metrics->cost =
            costOf(result.cluster.totalGpus(), m.makespan, m.gpuSeconds, result.jobs, pricePerGpuHour);
    }
    return result;
}

std::vector<Scenario> scenarioGrid(const std::vector<PolicyKind>& policies, const std::vector<Cluster>& clusters,
                                   const std::vector<double>& prices)
{
    std::vector<Scenario> grid;
    for (PolicyKind policy : policies) {
        for (const Cluster& cluster : clusters) {
            if (prices.empty()) {
                grid.push_back({policy, cluster, {}, {}});
                continue;
            }
            for (double price : prices) {
                Cluster priced = cluster;
                priced.pricePerGpuHour = price;
                grid.push_back({policy, priced, {}, {}});
            }
        }
    }
    return grid;
}

std::vector<Scenario> scenarioGrid(const std::vector<PolicyKind>& policies, const std::vector<Cluster>& clusters,
                                   const std::vector<double>& prices, const std::vector<ArrivalScale>& scales)
{
    const std::vector<Scenario> base = scenarioGrid(policies, clusters, prices);
    if (scales.empty())
        return base;
    std::vector<Scenario> grid;
    grid.reserve(base.size() * scales.size());
    for (const Scenario& scenario : base) {
        for (const ArrivalScale& scale : scales) {
            grid.push_back(scenario);
            grid.back().arrivalScale = scale;
        }
    }
    return grid;
}

}  // namespace debrief::replay
