// Replay speed: every policy on an 82,000-job Philly-sized trace, all eight together (in sequence
// and on the sweep pool), fifo on 5,000,000 jobs, and the baseline measured in the same run: the
// engine against the plain reference simulator (tests/core/replay, O(n^2)) on 2,000 jobs.
#include "../core/replay/referencesimulator.h"

#include "replay/simulator.h"
#include "replay/sweep.h"
#include "trace/syntheticgenerator.h"
#include "trace/trace.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

using namespace debrief;

constexpr std::uint32_t kClusterGpus = 2048;  // about Philly's size

const trace::Trace& syntheticTrace(std::uint64_t jobs)
{
    static std::map<std::uint64_t, trace::Trace> cache;
    auto it = cache.find(jobs);
    if (it == cache.end())
        it = cache.emplace(jobs, trace::SyntheticGenerator({jobs, 42, kClusterGpus, 0.95}).makeTrace()).first;
    return it->second;
}

replay::ReplayOptions optionsFor(replay::PolicyKind policy)
{
    replay::ReplayOptions options;
    options.cluster = replay::Cluster::pooled(kClusterGpus, 2.5);
    options.policy = policy;
    return options;
}

void BM_Replay82k(benchmark::State& state)
{
    const auto policy = replay::kAllPolicies[std::size_t(state.range(0))];
    state.SetLabel(std::string(replay::policyName(policy)));
    const trace::Trace& trace = syntheticTrace(82'000);
    for (auto _ : state) {
        auto result = replay::replay(trace, optionsFor(policy));
        benchmark::DoNotOptimize(result.metrics);
    }
    state.SetItemsProcessed(state.iterations() * 82'000);
}
BENCHMARK(BM_Replay82k)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);

// Baseline pair: scripts/bench reports the engine's time as a ratio to the reference simulator's.
void BM_Replay2kFifo(benchmark::State& state)
{
    const trace::Trace& trace = syntheticTrace(2'000);
    for (auto _ : state) {
        auto result = replay::replay(trace, optionsFor(replay::PolicyKind::Fifo));
        benchmark::DoNotOptimize(result.metrics);
    }
}
BENCHMARK(BM_Replay2kFifo)->Unit(benchmark::kMillisecond);

void BM_ReferenceReplay2kFifo(benchmark::State& state)
{
    const trace::Trace& trace = syntheticTrace(2'000);
    for (auto _ : state) {
        auto result = replay::test::referenceReplay(trace, optionsFor(replay::PolicyKind::Fifo));
        benchmark::DoNotOptimize(result.metrics);
    }
}
BENCHMARK(BM_ReferenceReplay2kFifo)->Unit(benchmark::kMillisecond);

void BM_Replay82kAllPoliciesInSequence(benchmark::State& state)
{
    const trace::Trace& trace = syntheticTrace(82'000);
    for (auto _ : state)
        for (auto policy : replay::kAllPolicies) {
            auto result = replay::replay(trace, optionsFor(policy));
            benchmark::DoNotOptimize(result.metrics);
        }
}
BENCHMARK(BM_Replay82kAllPoliciesInSequence)->Unit(benchmark::kMillisecond);

void BM_Replay82kAllPoliciesOnSweepPool(benchmark::State& state)
{
    const trace::Trace& trace = syntheticTrace(82'000);
    const auto scenarios = replay::scenarioGrid({replay::kAllPolicies.begin(), replay::kAllPolicies.end()},
                                                {replay::Cluster::pooled(kClusterGpus)}, {2.5});
    replay::CpuSweepBackend backend;
    replay::SweepOptions options;
    options.threads = unsigned(state.range(0));
    for (auto _ : state) {
        auto rows = backend.run(trace, scenarios, options);
        benchmark::DoNotOptimize(rows.data());
    }
}
BENCHMARK(BM_Replay82kAllPoliciesOnSweepPool)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Replay5MFifo(benchmark::State& state)
{
    const trace::Trace& trace = syntheticTrace(5'000'000);
    for (auto _ : state) {
        auto result = replay::replay(trace, optionsFor(replay::PolicyKind::Fifo));
        benchmark::DoNotOptimize(result.metrics);
    }
    state.SetItemsProcessed(state.iterations() * 5'000'000);
}
BENCHMARK(BM_Replay5MFifo)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
