#pragma once

// The GPU-against-CPU parity cases, in standard C++ only: one table read both by the QtTest test
// (test_gpu_sweep_parity) and by the device-check driver (debrief-device-check), which runs on a
// device machine without Qt. A case is a trace (generated, or a demo file under resources/demo)
// swept over parityScenarios(); it passes when every row the GPU supports ran there and every row
// is bit-identical to CpuSweepBackend's.
#include "replay/sweep.h"
#include "trace/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace debrief::gpu {
class CudaSweepBackend;
}

namespace debrief::gpu::devicecheck {

struct ParityCase {
    std::string name;
    // Generated when demoFile is empty: test::randomTrace(seed, jobs, maxGpus, meanGap).
    std::uint32_t seed = 0;
    std::size_t jobs = 0;
    std::uint32_t maxGpus = 0;
    double meanGap = 0.0;
    std::string demoFile;  // a file name under resources/demo (the driver carries a copy)
};

const std::vector<ParityCase>& parityCases();

// The case's trace; demo files are read from `demoDirectory`. Throws trace::ImportError.
trace::Trace parityTrace(const ParityCase& parityCase, const std::string& demoDirectory);

// Every policy on pooled and packed clusters at two arrival scales, so GPU rows (the non-preemptive
// policies on pooled clusters) and CPU rows alternate in one sweep.
std::vector<replay::Scenario> parityScenarios();

// Empty when both sweeps have the same rows bit for bit; otherwise the first difference in words.
std::string firstDifference(const std::vector<replay::SweepRow>& expected, const std::vector<replay::SweepRow>& actual);

// The CPU pool's rows for the same sweep (the reference).
std::vector<replay::SweepRow> cpuRows(const trace::Trace& trace, const std::vector<replay::Scenario>& scenarios,
                                      unsigned threads);

struct ParityOutcome {
    std::string failure;  // empty when the case passed
    std::size_t rows = 0;
    std::size_t gpuRows = 0;
    std::vector<replay::PolicyKind> gpuPolicies;  // the policies that had rows on the GPU
};

// Sweeps `trace` over `scenarios` on `backend` and on the CPU pool and compares them. Fails when a
// row fell back to the CPU, when a scenario the flat step supports did not run on the device, when
// a policy the flat step supports had no GPU row, or when any row differs.
ParityOutcome checkParity(CudaSweepBackend& backend, const trace::Trace& trace,
                          const std::vector<replay::Scenario>& scenarios, unsigned cpuThreads);

// The sweep benchmark's workload (bench_sweep and the driver): `count` scenarios, policy i % 5 of
// the non-preemptive ones, then cluster size, price and arrival scale cycling, so any prefix mixes
// every policy and the sizes around the trace's own GPUs.
std::vector<replay::Scenario> benchmarkScenarios(std::size_t count, std::uint32_t traceGpus);

// The Philly-sized synthetic trace the benchmark sweeps: `jobs` jobs (82,000 by default) on 2,048 GPUs.
trace::Trace benchmarkTrace(std::size_t jobs, std::uint32_t traceGpus);

}  // namespace debrief::gpu::devicecheck
