#include "sweep.h"

#include "trace/trace.h"

#include <map>
#include <mutex>
#include <thread>

namespace debrief::replay {

std::vector<SweepRow> CpuSweepBackend::run(const trace::Trace& trace, const std::vector<Scenario>& scenarios,
                                           const SweepOptions& options)
{
    std::vector<SweepRow> rows(scenarios.size());
    std::atomic<std::size_t> nextScenario{0};
    std::size_t done = 0;
    std::mutex progressMutex;

    // A scaled scenario replays a scaled copy of the trace: one copy per distinct scale, made up
    // front so the workers only read.
    std::map<std::pair<std::int64_t, std::int64_t>, trace::Trace> scaledTraces;
    for (const Scenario& scenario : scenarios) {
        const ArrivalScale& scale = scenario.arrivalScale;
        if (!scale.identity() && !scaledTraces.contains({scale.numerator, scale.denominator}))
            scaledTraces.emplace(std::pair{scale.numerator, scale.denominator}, scaledTrace(trace, scale));
    }
    const auto traceOf = [&](const Scenario& scenario) -> const trace::Trace& {
        const ArrivalScale& scale = scenario.arrivalScale;
        return scale.identity() ? trace : scaledTraces.at({scale.numerator, scale.denominator});
    };

    const auto work = [&] {
        while (true) {
            if (options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t i = nextScenario.fetch_add(1, std::memory_order_relaxed);
            if (i >= scenarios.size())
                return;
            ReplayOptions replayOptions;
            replayOptions.cluster = scenarios[i].cluster;
            replayOptions.policy = scenarios[i].policy;
            replayOptions.policyOptions = scenarios[i].policyOptions;
            replayOptions.gpuJobsOnly = options.gpuJobsOnly;
            replayOptions.keepPerJob = false;
            replayOptions.analyses = false;
            replayOptions.cancel = options.cancel;
            rows[i].scenario = scenarios[i];
            rows[i].result = replay(traceOf(scenarios[i]), replayOptions);
            rows[i].backend = name();
            if (options.progress) {
                std::lock_guard lock(progressMutex);
                options.progress(++done, scenarios.size());
            }
        }
    };

    unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, scenarios.size()));
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    if (threads > 0)
        work();
    for (std::thread& thread : pool)
        thread.join();
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
