// Sweep speed, GPU against CPU: N scenarios (default 4,096: the non-preemptive policies x cluster
// sizes x prices x arrival scales) over an 82,000-job Philly-sized trace, on the CUDA backend and
// on the CPU pool using every core. The CUDA case skips (SkipWithError) without a usable device.
// `--scenarios=N` picks a smaller sweep (4,096 on the CPU takes a long time on a small machine);
// every other argument goes to Google Benchmark.
#include "cudasweepbackend.h"
#include "paritycases.h"

#include "replay/flatsweepreplayer.h"
#include "replay/rankorder.h"
#include "replay/sweep.h"
#include "trace/trace.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace debrief;

constexpr std::uint32_t kTraceGpus = 2048;

const trace::Trace& philly82k()
{
    static const trace::Trace trace = gpu::devicecheck::benchmarkTrace(82'000, kTraceGpus);
    return trace;
}

// The workload debrief-device-check times on a device machine (tests/gpu/devicecheck/paritycases.h).
std::vector<replay::Scenario> sweepScenarios(std::size_t count)
{
    return gpu::devicecheck::benchmarkScenarios(count, kTraceGpus);
}

void reportScenarios(benchmark::State& state, std::size_t count)
{
    state.counters["scenarios"] = double(count);
    state.counters["scenarios_per_s"] = benchmark::Counter(double(count), benchmark::Counter::kIsRate);
}

void sweepCuda(benchmark::State& state, std::size_t count)
{
    gpu::CudaSweepBackend backend;
    if (!backend.deviceUsable()) {
        state.SkipWithError(("no usable CUDA device: " + backend.discovery().reason).c_str());
        return;
    }
    state.SetLabel(backend.name());
    const auto scenarios = sweepScenarios(count);
    for (auto _ : state) {
        const auto rows = backend.run(philly82k(), scenarios, {});
        if (!backend.fallbackReason().empty()) {
            state.SkipWithError(("rows fell back to the CPU: " + backend.fallbackReason()).c_str());
            return;
        }
        benchmark::DoNotOptimize(rows.data());
    }
    reportScenarios(state, count);
}

void sweepCpu(benchmark::State& state, std::size_t count)
{
    replay::CpuSweepBackend backend;  // every core
    const auto scenarios = sweepScenarios(count);
    for (auto _ : state) {
        const auto rows = backend.run(philly82k(), scenarios, {});
        benchmark::DoNotOptimize(rows.data());
    }
    reportScenarios(state, count);
}

// The flat step itself on one CPU core: what each GPU thread runs, for reading the GPU's numbers.
void flatStepOneCore(benchmark::State& state, std::size_t count)
{
    const auto scenarios = sweepScenarios(count);
    for (auto _ : state) {
        // One rank order per arrival scale, as the backends share it.
        replay::RankOrders orders(philly82k(), false);
        for (const replay::Scenario& scenario : scenarios) {
            const replay::FlatTrace flat(orders.prepare(scenario.arrivalScale));
            benchmark::DoNotOptimize(replay::FlatSweepReplayer::run(flat, scenario, false).metrics);
        }
    }
    reportScenarios(state, count);
}

}  // namespace

int main(int argc, char** argv)
{
    std::size_t count = 4096;
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.starts_with("--scenarios="))
            count = std::size_t(std::strtoull(argv[i] + 12, nullptr, 10));
        else
            rest.push_back(argv[i]);
    }
    if (count == 0)
        count = 1;
    const std::string suffix = "/scenarios:" + std::to_string(count);
    benchmark::RegisterBenchmark(("BM_SweepCuda" + suffix).c_str(), sweepCuda, count)
        ->Unit(benchmark::kSecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark(("BM_SweepCpuAllCores" + suffix).c_str(), sweepCpu, count)
        ->Unit(benchmark::kSecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark(("BM_FlatStepOneCore" + suffix).c_str(), flatStepOneCore, count)
        ->Unit(benchmark::kSecond)
        ->UseRealTime()
        ->Iterations(1);
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
