// Import speed of generic CSV shaped like `debrief-cli generate` output, in bytes per second, next
// to a plain loop that only reads the same file in 1 MB chunks, splits lines and fields and parses
// the three numbers: the floor an importer could reach, so the two rates say what checking,
// interning and building the trace cost.
#include "trace/syntheticgenerator.h"
#include "trace/traceimporter.h"

#include <benchmark/benchmark.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

// Sums of the parsed numbers, so nothing is optimised away. Rows: submit,duration,gpus,user,vc.
void BM_PlainReadAndParse(benchmark::State& state)
{
    const std::string path = generatedCsv(std::uint64_t(state.range(0)));
    const auto bytes = std::int64_t(std::filesystem::file_size(path));
    std::vector<char> buffer(1 << 20);
    for (auto _ : state) {
        std::FILE* file = std::fopen(path.c_str(), "rb");
        std::int64_t sums[3] = {0, 0, 0};
        std::uint64_t rows = 0;
        std::string carry;
        bool header = true;
        const auto parseLine = [&](const char* begin, const char* end) {
            if (header) {
                header = false;
                return;
            }
            for (int field = 0; field < 3 && begin < end; ++field) {
                std::int64_t value = 0;
                const auto [next, ec] = std::from_chars(begin, end, value);
                sums[field] += ec == std::errc() ? value : 0;
                begin = next + 1;  // past the comma
            }
            ++rows;
        };
        std::size_t got = 0;
        while ((got = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
            const char* begin = buffer.data();
            const char* const end = begin + got;
            for (const char* p = begin; p < end; ++p) {
                if (*p != '\n')
                    continue;
                if (!carry.empty()) {
                    carry.append(begin, p);
                    parseLine(carry.data(), carry.data() + carry.size());
                    carry.clear();
                } else {
                    parseLine(begin, p);
                }
                begin = p + 1;
            }
            carry.append(begin, end);
        }
        std::fclose(file);
        benchmark::DoNotOptimize(sums);
        benchmark::DoNotOptimize(rows);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PlainReadAndParse)->Arg(82'000)->Arg(5'000'000)->Unit(benchmark::kMillisecond);

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
