// Import speed of generic CSV shaped like `debrief-cli generate` output, in bytes per second.
#include "trace/syntheticgenerator.h"
#include "trace/traceimporter.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::string generatedCsv(std::uint64_t jobs)
{
    const auto path = std::filesystem::temp_directory_path() / ("debrief-bench-" + std::to_string(jobs) + ".csv");
    if (!std::filesystem::exists(path)) {
        std::ofstream out(path, std::ios::binary);
        debrief::trace::SyntheticGenerator({jobs, 42, 2048, 0.9}).writeCsv(out);
    }
    return path.string();
}

void BM_ImportGenericCsv(benchmark::State& state)
{
    const std::string path = generatedCsv(std::uint64_t(state.range(0)));
    const auto bytes = std::int64_t(std::filesystem::file_size(path));
    for (auto _ : state) {
        auto trace = debrief::trace::importTrace(path);
        benchmark::DoNotOptimize(trace.jobs.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ImportGenericCsv)->Arg(82'000)->Arg(1'000'000)->Arg(5'000'000)->Unit(benchmark::kMillisecond);

void BM_ImportOpenbSample(benchmark::State& state)
{
    const std::string path = DEBRIEF_SHARED_TRACES "/openb_pod_list_default.csv";
    if (!std::filesystem::exists(path)) {
        state.SkipWithError("shared/traces is not next to the checkout");
        return;
    }
    const auto bytes = std::int64_t(std::filesystem::file_size(path));
    for (auto _ : state) {
        auto trace = debrief::trace::importTrace(path);
        benchmark::DoNotOptimize(trace.jobs.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ImportOpenbSample)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
