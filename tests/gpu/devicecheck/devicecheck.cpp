// debrief-device-check: the GPU path checked on a device machine that has CUDA but no Qt. One
// subcommand per check, so scripts/device-check can give each its own time limit:
//   discover              the devices, or why none is usable (exit 3)
//   parity DEMO_DIR       every case of the parity table: GPU rows bit-identical to the CPU engine
//   replay TRACE          device replay of a trace (fifo, sjf, priority), every job measured
//   bench [--scenarios N] [--jobs J]
//                         the sweep benchmark, GPU against CpuSweepBackend on every core
// Each check ends with one line "row<TAB>check<TAB>pass|FAIL<TAB>detail<TAB>gpu s<TAB>cpu s<TAB>ratio"
// that the script folds into its table. Exit status: 0 passed, 1 failed, 2 bad usage, 3 no device.
#include "paritycases.h"

#include "cudasweepbackend.h"
#include "devicediscovery.h"
#include "devicereplayer.h"

#include "replay/policykind.h"
#include "trace/importissue.h"
#include "trace/trace.h"
#include "trace/traceimporter.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace debrief;
using Clock = std::chrono::steady_clock;

constexpr int kNoDevice = 3;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string fixed(double value, int decimals)
{
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(decimals);
    out << value;
    return out.str();
}

void row(std::string_view check, bool passed, const std::string& detail, const std::string& gpu = "-",
         const std::string& cpu = "-", const std::string& ratio = "-")
{
    std::cout << "row\t" << check << '\t' << (passed ? "pass" : "FAIL") << '\t' << detail << '\t' << gpu << '\t' << cpu
              << '\t' << ratio << std::endl;
}

// Every check but discovery needs a device; without one it says why and exits 3.
bool usable(const gpu::DeviceDiscovery& discovery)
{
    if (discovery.usable())
        return true;
    std::cout << "no usable device: " << discovery.reason << std::endl;
    return false;
}

int discover()
{
    const gpu::DeviceDiscovery discovery = gpu::discoverDevices();
    std::cout << "CUDA driver " << discovery.driverVersion << ", runtime " << discovery.runtimeVersion
              << ", built for sm_" << (discovery.builtArchitectures.empty() ? "-" : discovery.builtArchitectures)
              << "; " << std::thread::hardware_concurrency() << " CPU threads\n";
    std::string names;
    for (const gpu::CudaDevice& device : discovery.devices) {
        std::cout << "device " << device.ordinal << ": " << device.name << ", compute " << device.computeMajor << '.'
                  << device.computeMinor << ", " << device.multiprocessors << " SMs, "
                  << device.totalMemoryBytes / (1024 * 1024) << " MiB"
                  << (device.usable ? "" : " (not usable: " + device.whyNotUsable + ")") << '\n';
        if (device.usable)
            names += (names.empty() ? "" : ", ") + device.name;
    }
    if (!usable(discovery))
        return kNoDevice;
    row("device discovery", true, names);
    return 0;
}

int parity(const std::string& demoDirectory)
{
    gpu::CudaSweepBackend backend;
    if (!usable(backend.discovery()))
        return kNoDevice;
    const auto scenarios = gpu::devicecheck::parityScenarios();
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    int failed = 0;
    std::string firstFailure;
    const auto start = Clock::now();
    for (const auto& parityCase : gpu::devicecheck::parityCases()) {
        const auto caseStart = Clock::now();
        std::string failure;
        std::size_t gpuRows = 0;
        std::string policies;
        try {
            const trace::Trace trace = gpu::devicecheck::parityTrace(parityCase, demoDirectory);
            const auto outcome = gpu::devicecheck::checkParity(backend, trace, scenarios, threads);
            failure = outcome.failure;
            gpuRows = outcome.gpuRows;
            for (replay::PolicyKind policy : outcome.gpuPolicies)
                policies += (policies.empty() ? "" : " ") + std::string(replay::policyName(policy));
        } catch (const trace::ImportError& error) {
            failure = "the trace did not load: " + error.issue().message();
        } catch (const std::exception& error) {
            failure = error.what();
        }
        std::cout << (failure.empty() ? "pass  " : "FAIL  ") << parityCase.name << ": " << gpuRows << " of "
                  << scenarios.size() << " rows on the GPU (" << policies << "), " << fixed(secondsSince(caseStart), 2)
                  << " s" << (failure.empty() ? "" : "\n      " + failure) << std::endl;
        if (!failure.empty() && failed++ == 0)
            firstFailure = parityCase.name + ": " + failure;
    }
    const std::size_t cases = gpu::devicecheck::parityCases().size();
    row("parity, GPU rows = CPU rows", failed == 0,
        failed == 0 ? std::to_string(cases) + " cases x " + std::to_string(scenarios.size()) + " scenarios"
                    : std::to_string(failed) + " of " + std::to_string(cases) + " cases failed; first: " + firstFailure,
        fixed(secondsSince(start), 2) + " s");
    return failed == 0 ? 0 : 1;
}

int deviceReplay(const std::string& tracePath)
{
    const gpu::DeviceReplayer replayer;
    if (!usable(replayer.discovery()))
        return kNoDevice;
    trace::Trace trace;
    try {
        trace = trace::importTrace(tracePath);
    } catch (const std::exception& error) {
        row("device replay", false, tracePath + " did not load: " + error.what());
        return 1;
    }
    // The demo's 3,271 trace seconds (arrivals and the last run) in under 2 s a policy; fifo, which
    // the launcher keeps on one stream, at most its 10,705 s of summed durations: 5.4 s.
    constexpr double kCompression = 2000.0;
    constexpr double kLaunchJitterSeconds = 0.05;
    std::string failure;
    double wall = 0.0;
    for (replay::PolicyKind policy : {replay::PolicyKind::Fifo, replay::PolicyKind::Sjf, replay::PolicyKind::Priority}) {
        gpu::DeviceReplayOptions options;
        options.policy = policy;
        options.traceSecondsPerSecond = kCompression;
        const gpu::DeviceReplayResult result = replayer.run(trace, options);
        const std::string name(replay::policyName(policy));
        std::string problem;
        if (!result.ran)
            problem = result.reason;
        else if (result.jobs.size() != trace.jobs.size())
            problem = std::to_string(result.jobs.size()) + " of " + std::to_string(trace.jobs.size()) + " jobs measured";
        for (const gpu::DeviceJobTiming& job : result.jobs) {
            if (!problem.empty())
                break;
            if (job.end < job.start)
                problem = "job " + std::to_string(job.jobIndex) + " ended before it started";
            else if (job.start + kCompression * kLaunchJitterSeconds < job.submit)
                problem = "job " + std::to_string(job.jobIndex) + " started " + fixed(job.submit - job.start, 1) +
                          " trace s before its submit time";
        }
        if (problem.empty() && !(result.throughputJobsPerHour > 0.0))
            problem = "no throughput measured";
        wall += result.wallSeconds;
        std::cout << (problem.empty() ? "pass  " : "FAIL  ") << name << " on " << result.device << ": "
                  << result.jobs.size() << " jobs, mean wait " << fixed(result.meanQueueingSeconds, 1)
                  << " trace s, p95 " << fixed(result.p95QueueingSeconds, 1) << " trace s, "
                  << fixed(result.wallSeconds, 2) << " s wall" << (problem.empty() ? "" : "\n      " + problem)
                  << std::endl;
        if (!problem.empty() && failure.empty())
            failure = name + ": " + problem;
    }
    const std::string file = tracePath.substr(tracePath.find_last_of('/') + 1);
    row("device replay", failure.empty(),
        failure.empty() ? file + ", " + std::to_string(trace.jobs.size()) + " jobs x fifo, sjf, priority" : failure,
        fixed(wall, 2) + " s");
    return failure.empty() ? 0 : 1;
}

int bench(std::size_t scenarioCount, std::size_t jobs)
{
    constexpr std::uint32_t kTraceGpus = 2048;
    gpu::CudaSweepBackend backend;
    if (!usable(backend.discovery()))
        return kNoDevice;
    const std::string check = "sweep benchmark, " + std::to_string(scenarioCount) + " scenarios";
    auto start = Clock::now();
    const trace::Trace trace = gpu::devicecheck::benchmarkTrace(jobs, kTraceGpus);
    const auto scenarios = gpu::devicecheck::benchmarkScenarios(scenarioCount, kTraceGpus);
    std::cout << "generated " << trace.jobs.size() << " jobs in " << fixed(secondsSince(start), 2) << " s"
              << std::endl;

    // The CUDA context and the first upload are paid once here, not in the timed sweep.
    const std::vector<replay::Scenario> warmUp(scenarios.begin(),
                                               scenarios.begin() + std::ptrdiff_t(std::min<std::size_t>(5, scenarioCount)));
    backend.run(trace, warmUp, {});
    if (!backend.fallbackReason().empty()) {
        row(check, false, "warm-up fell back to the CPU: " + backend.fallbackReason());
        return 1;
    }

    start = Clock::now();
    const auto gpuRows = backend.run(trace, scenarios, {});
    const double gpuSeconds = secondsSince(start);
    std::cout << "GPU (" << backend.name() << "): " << fixed(gpuSeconds, 3) << " s" << std::endl;
    if (!backend.fallbackReason().empty()) {
        row(check, false, "rows fell back to the CPU: " + backend.fallbackReason(), fixed(gpuSeconds, 3) + " s");
        return 1;
    }

    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    start = Clock::now();
    const auto cpuRows = gpu::devicecheck::cpuRows(trace, scenarios, threads);
    const double cpuSeconds = secondsSince(start);
    std::cout << "CPU (CpuSweepBackend, " << threads << " threads): " << fixed(cpuSeconds, 3) << " s" << std::endl;

    // The timed rows are checked too: a fast GPU sweep with wrong answers is a failure.
    const std::string difference = gpu::devicecheck::firstDifference(cpuRows, gpuRows);
    const std::string workload = std::to_string(trace.jobs.size()) + " jobs, CPU on " + std::to_string(threads) + " threads";
    row(check, difference.empty(), difference.empty() ? workload + ", rows equal" : "rows differ: " + difference,
        fixed(gpuSeconds, 3) + " s", fixed(cpuSeconds, 3) + " s",
        gpuSeconds > 0.0 ? fixed(cpuSeconds / gpuSeconds, 1) + "x" : "-");
    return difference.empty() ? 0 : 1;
}

std::size_t countOption(const std::vector<std::string>& args, std::string_view name, std::size_t fallback)
{
    for (const std::string& arg : args) {
        if (arg.rfind(std::string(name) + "=", 0) == 0) {
            const std::size_t value = std::strtoull(arg.c_str() + name.size() + 1, nullptr, 10);
            if (value == 0)
                throw std::invalid_argument(std::string(name) + " needs a positive count");
            return value;
        }
    }
    return fallback;
}

constexpr const char* kUsage =
    "usage: debrief-device-check discover | parity DEMO_DIR | replay TRACE | bench [--scenarios=N] [--jobs=J]\n";

}  // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    try {
        if (args[0] == "discover" && args.size() == 1)
            return discover();
        if (args[0] == "parity" && args.size() == 2)
            return parity(args[1]);
        if (args[0] == "replay" && args.size() == 2)
            return deviceReplay(args[1]);
        const bool benchOptions = std::all_of(args.begin() + 1, args.end(), [](const std::string& arg) {
            return arg.rfind("--scenarios=", 0) == 0 || arg.rfind("--jobs=", 0) == 0;
        });
        if (args[0] == "bench" && benchOptions)
            return bench(countOption(args, "--scenarios", 4096), countOption(args, "--jobs", 82'000));
    } catch (const std::exception& error) {
        std::cerr << "debrief-device-check: " << error.what() << "\n";
        return 1;
    }
    std::cerr << kUsage;
    return 2;
}
