#include "paritycases.h"

#include "../../core/replay/replayresultcompare.h"
#include "../../core/replay/testtraces.h"

#include "cudasweepbackend.h"

#include "replay/flatsweepreplayer.h"
#include "trace/syntheticgenerator.h"
#include "trace/traceimporter.h"

#include <algorithm>
#include <set>

namespace debrief::gpu::devicecheck {

using replay::PolicyKind;
using replay::Scenario;
using replay::SweepRow;

const std::vector<ParityCase>& parityCases()
{
    // Random traces: mostly 1-GPU jobs, heavy-tailed durations, a few jobs too large for the
    // smaller clusters (rejected), rows shuffled so rank order differs from file order. The demo
    // files are the two real traces the studio ships.
    static const std::vector<ParityCase> cases = [] {
        std::vector<ParityCase> table;
        for (std::uint32_t seed = 1; seed <= 5; ++seed)
            table.push_back({"random trace, seed " + std::to_string(seed), seed, 2000, 64, 30.0, {}});
        table.push_back({"demo 60_job.csv (Tiresias)", 0, 0, 0, 0.0, "60_job.csv"});
        table.push_back({"demo openb_pod_list_default.csv (Alibaba)", 0, 0, 0, 0.0, "openb_pod_list_default.csv"});
        return table;
    }();
    return cases;
}

trace::Trace parityTrace(const ParityCase& parityCase, const std::string& demoDirectory)
{
    if (parityCase.demoFile.empty())
        return replay::test::randomTrace(parityCase.seed, parityCase.jobs, parityCase.maxGpus, parityCase.meanGap);
    return trace::importTrace(demoDirectory + "/" + parityCase.demoFile);
}

std::vector<Scenario> parityScenarios()
{
    std::vector<PolicyKind> policies(replay::kAllPolicies.begin(), replay::kAllPolicies.end());
    auto scenarios = replay::scenarioGrid(
        policies, {replay::Cluster::pooled(16), replay::Cluster::pooled(48), replay::Cluster::packed(4, 8)}, {2.5},
        {{1, 1}, {3, 2}});
    scenarios.push_back({PolicyKind::Priority, replay::Cluster::pooled(32, 1.0), {}, {1, 2}});
    scenarios.back().policyOptions.priorityAgingPerHour = 5;
    return scenarios;
}

std::string firstDifference(const std::vector<SweepRow>& expected, const std::vector<SweepRow>& actual)
{
    if (expected.size() != actual.size())
        return "row counts differ: " + std::to_string(expected.size()) + " against " + std::to_string(actual.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const std::string difference = replay::test::differenceBetween(expected[i].result, actual[i].result);
        if (!difference.empty() || !(expected[i].scenario.arrivalScale == actual[i].scenario.arrivalScale))
            return "row " + std::to_string(i) + " (" + std::string(replay::policyName(expected[i].scenario.policy)) +
                   "): " + (difference.empty() ? std::string("arrival scale differs") : difference);
    }
    return {};
}

std::vector<SweepRow> cpuRows(const trace::Trace& trace, const std::vector<Scenario>& scenarios, unsigned threads)
{
    replay::CpuSweepBackend cpu;
    replay::SweepOptions options;
    options.threads = threads;
    return cpu.run(trace, scenarios, options);
}

ParityOutcome checkParity(CudaSweepBackend& backend, const trace::Trace& trace, const std::vector<Scenario>& scenarios,
                          unsigned cpuThreads)
{
    ParityOutcome outcome;
    const std::vector<SweepRow> rows = backend.run(trace, scenarios, {});
    outcome.rows = rows.size();
    if (!backend.fallbackReason().empty()) {
        outcome.failure = "rows fell back to the CPU: " + backend.fallbackReason();
        return outcome;
    }
    std::set<PolicyKind> supported;
    std::set<PolicyKind> onDevice;
    for (std::size_t i = 0; i < rows.size() && i < scenarios.size(); ++i) {
        if (!replay::FlatSweepReplayer::supports(scenarios[i]))
            continue;
        supported.insert(scenarios[i].policy);
        if (rows[i].backend != backend.name()) {
            outcome.failure = "row " + std::to_string(i) + " (" + std::string(replay::policyName(scenarios[i].policy)) +
                              ") ran on `" + rows[i].backend + "`, not on " + backend.name();
            return outcome;
        }
        ++outcome.gpuRows;
        onDevice.insert(scenarios[i].policy);
    }
    outcome.gpuPolicies.assign(onDevice.begin(), onDevice.end());
    if (supported.empty()) {
        outcome.failure = "no scenario of the sweep runs on the GPU";
        return outcome;
    }
    outcome.failure = firstDifference(cpuRows(trace, scenarios, cpuThreads), rows);
    return outcome;
}

std::vector<Scenario> benchmarkScenarios(std::size_t count, std::uint32_t traceGpus)
{
    constexpr PolicyKind kPolicies[] = {PolicyKind::Fifo, PolicyKind::FirstFit, PolicyKind::Sjf,
                                        PolicyKind::EasyBackfill, PolicyKind::Priority};
    constexpr replay::ArrivalScale kScales[] = {{1, 1}, {5, 4}, {3, 4}, {3, 2}};
    const std::uint32_t smallest = traceGpus / 4 * 3;
    const std::uint32_t step = std::max<std::uint32_t>(1, traceGpus / 32);
    std::vector<Scenario> scenarios;
    scenarios.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t rest = i / 5;
        const auto gpus = std::uint32_t(smallest + (rest % 32) * step);
        const double price = 1.0 + double((rest / 32) % 8) * 0.5;
        scenarios.push_back({kPolicies[i % 5], replay::Cluster::pooled(gpus, price), {}, kScales[(rest / 256) % 4]});
    }
    return scenarios;
}

trace::Trace benchmarkTrace(std::size_t jobs, std::uint32_t traceGpus)
{
    return trace::SyntheticGenerator({jobs, 42, traceGpus, 0.95}).makeTrace();
}

}  // namespace debrief::gpu::devicecheck
